// Invoice rows → invoice records, with no database: classification (data, group, total rows),
// cell values, line items grouped into one invoice, signs, and total-row checks.
import { parseTermsDays } from '../../core/terms.js';
import { formatMoney } from '../../core/money.js';
import { addDays, endOfMonth } from '../../core/dates.js';
import { msg, t, type Lang } from '../../i18n/index.js';
import type { DateOrder } from '../plan/dates.js';
import { classifyRow, type RowClass } from '../plan/locate.js';
import { columnName, isTitleLine, noneSkipped, type CellProblem } from './rows.js';
import { counted, requiredMsg } from '../text.js';
import {
  cellText,
  isBlank,
  parseAmount,
  parseAmountRounded,
  parseCurrency,
  parseDate,
  parseId,
  parseKind,
  parseStatus,
  parseText,
  type Parsed,
} from '../plan/values.js';
import type { ColumnMap, Field, SourceRow } from '../types.js';

/** Everything the parser needs from the plan. */
export interface ParserConfig {
  display: string;
  lang: Lang;
  map: ColumnMap;
  headers: string[];
  headerLine: number;
  dateOrder: DateOrder;
  /** The order was given (flag, profile, answer), so a date that does not fit it says so. */
  dateOrderGiven?: boolean;
  decimalMark: '.' | ',' | 'auto';
  /** Currency of rows that name none. */
  currency: string;
  date1904: boolean;
  groupCustomers: boolean;
  /** QuickBooks "Customer:Job": the customer is the part before the colon, and nested group rows are jobs. */
  customerJobs?: boolean;
  amountIsOpen: boolean;
  invert: boolean;
  skip: string[];
  /** Power of ten of each amount column stated in a unit (万元 = 4). */
  powers?: Partial<Record<Field, number>>;
}

/** One invoice as the file states it, before its customer is looked up. */
export interface InvoiceRecord {
  /** The line it starts on, and the other lines of the same invoice. */
  line: number;
  otherLines: number[];
  customerCode: string | null;
  customerName: string | null;
  number: string;
  kind: 'invoice' | 'credit_note';
  issueDate: string | null;
  dueDate: string | null;
  currency: string;
  totalMinor: number;
  /** Null: the file has no open amount (the ledger works it out from payments). */
  openMinor: number | null;
  po: string | null;
  terms: string | null;
  salesperson: string | null;
  /** The job or location (QuickBooks "Customer:Job", a job group row, a Job/项目 column). */
  job: string | null;
  /** A contact the row names (联系人, e-mail, phone), or null. */
  contact: InvoiceContact | null;
}

/** A contact named on an invoice row: a person's name when the file has one, and how to reach them. */
export interface InvoiceContact {
  name: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
}

export interface BadOut {
  line: number;
  cells: string[];
  errs: CellProblem[];
}

interface Line {
  row: SourceRow;
  key: string;
  number: string;
  customerCode?: string;
  customerName?: string;
  declaredKind?: 'invoice' | 'credit_note';
  paidStatus: boolean;
  issueDate: string | null;
  dueDate: string | null;
  currency: string;
  total?: number;
  open?: number;
  paid?: number;
  line?: number;
  po: string | null;
  terms: string | null;
  salesperson: string | null;
  job: string | null;
  contact: InvoiceContact | null;
  bad?: CellProblem[];
}

export class Sums {
  all = new Map<string, number>();
  since = new Map<string, number>();
  /**
   * The running sum (per currency, and of all currencies as plain numbers under '') at each total
   * row so far, and 0 for the start: a subtotal may cover the rows since any of them — 本页小计 the
   * page since the last 本页小计 (past the 客户小计 in between), 累计 everything from the start.
   */
  private marks = new Map<string, Set<number>>();
  add(currency: string, v: number): void {
    this.all.set(currency, (this.all.get(currency) ?? 0) + v);
    this.since.set(currency, (this.since.get(currency) ?? 0) + v);
  }
  /** Whether `stated` is the sum of the rows since the start or since an earlier total row. */
  coversSinceMark(currency: string | undefined, stated: number): boolean {
    const start = (currency ? (this.all.get(currency) ?? 0) : this.plain()) - stated;
    return start === 0 || (this.marks.get(currency ?? '')?.has(start) ?? false);
  }
  mark(): void {
    this.since.clear();
    for (const [c, v] of this.all) this.markAt(c, v);
    this.markAt('', this.plain());
  }
  private markAt(key: string, v: number): void {
    let set = this.marks.get(key);
    if (!set) this.marks.set(key, (set = new Set()));
    set.add(v);
  }
  private plain(): number {
    let sum = 0;
    for (const v of this.all.values()) sum += v;
    return sum;
  }
}

function keysAndAmounts(M: ColumnMap): { keys: number[]; amounts: number[] } {
  const pick = (fs: Field[]) => fs.map((f) => M[f]).filter((i): i is number => i !== undefined);
  return { keys: pick(['number', 'customerCode', 'customerName']), amounts: pick(['total', 'open', 'paid', 'lineAmount']) };
}

export class InvoiceParser {
  rowsRead = 0;
  /** Lines that are not data: titles above the header, subtotal and total rows (checked, then skipped), report footers, void or draft documents. */
  skipped = noneSkipped();
  /** Invoices and credit notes the lines made, and their currencies. */
  documents = 0;
  readonly currencies = new Set<string>();
  /** After the grand total, a line that does not read as an invoice is the report's footer. */
  private afterGrand = false;
  rejected = 0;
  readonly warnings: string[] = [];
  private M: ColumnMap;
  private keys: number[];
  private amounts: number[];
  private cmpField: Field | undefined;
  private sums = new Sums();
  private groupCustomer: string | undefined;
  /** The job of the nested group rows the current rows sit in (QuickBooks Desktop). */
  private groupJob: string | null = null;
  /** Group rows by column (QuickBooks indents a customer's jobs one column in). */
  private groupLevels: string[] = [];
  /** The running sums where each group started, for its "Total <group>" row. */
  private groupStart = new Map<string, Map<string, number>>();
  /** Line amounts count only when no column gives the invoice's total. */
  private useLines: boolean;
  private rounded = 0;
  private roundedLine = 0;
  private derived = new Map<string, number>();
  private pending: Line[] = [];
  private skipRes: RegExp[];
  private summed = 0;
  private summedFirst?: { number: string; line: number };
  private out: InvoiceRecord[] = [];
  private bad: BadOut[] = [];

  constructor(private cfg: ParserConfig) {
    this.M = cfg.map;
    ({ keys: this.keys, amounts: this.amounts } = keysAndAmounts(cfg.map));
    this.cmpField = cfg.map.open !== undefined ? 'open' : cfg.map.total !== undefined ? 'total' : undefined;
    this.useLines = cfg.map.lineAmount !== undefined && cfg.map.total === undefined;
    if (!this.useLines && cfg.map.lineAmount !== undefined) {
      // Not needed: the total (and the open amount) come from their own columns.
      this.M = { ...cfg.map };
      delete this.M.lineAmount;
      ({ keys: this.keys, amounts: this.amounts } = keysAndAmounts(this.M));
    }
    this.skipRes = cfg.skip.map((s) => new RegExp(s, 'iu'));
  }

  /** Records and bad rows produced so far (taken: the parser forgets them). */
  take(): { records: InvoiceRecord[]; bad: BadOut[] } {
    const r = { records: this.out, bad: this.bad };
    this.out = [];
    this.bad = [];
    return r;
  }

  push(rows: SourceRow[]): void {
    const cfg = this.cfg;
    for (const row of rows) {
      if (row.line <= cfg.headerLine) {
        if (isTitleLine(row, cfg.headerLine)) this.skipped.title++;
        continue;
      }
      if (row.unterminated) {
        this.rowsRead++;
        this.rejected++;
        this.bad.push({ line: row.line, cells: row.cells.map((c) => cellText(c)), errs: [{ column: '', reason: msg('import.unterminated') }] });
        continue;
      }
      if (this.skipRes.length) {
        const text = row.cells.map((c) => cellText(c)).join(' ');
        if (this.skipRes.some((re) => re.test(text))) continue;
      }
      const cls = classifyRow(row.cells, this.keys, this.amounts, this.M.number);
      if (cls.kind === 'blank') continue;
      if (cls.kind === 'footer') {
        this.skipped.footer++;
        continue;
      }
      if (cls.kind === 'total') {
        this.flush();
        this.skipped.subtotal++;
        if (cfg.customerJobs && cls.group) this.closeGroup(cls.group);
        if (this.totalRow(row, cls)) this.afterGrand = true;
        continue;
      }
      if (cls.kind === 'group') {
        this.flush();
        if (cls.footer || (this.afterGrand && !cfg.groupCustomers)) {
          // "报表生成时间 2026-12-01 09:12" alone on its line, or anything after the grand total.
          this.skipped.footer++;
          continue;
        }
        this.groupStart.set(groupKey(cls.text), new Map(this.sums.all));
        if (cfg.groupCustomers && !cls.bucket && !cls.footer) {
          if (cfg.customerJobs) {
            // "Carter Co" at column 0, its job "Warehouse Job" at column 1: the customer is the outermost.
            const col = row.cells.findIndex((c) => !isBlank(c));
            this.groupLevels.length = Math.max(col, 0);
            this.groupLevels[Math.max(col, 0)] = cls.text;
            const top = this.groupLevels.find((g) => g !== undefined) ?? cls.text;
            this.groupCustomer = jobParent(top);
            this.groupJob = this.jobOfGroups();
          } else this.groupCustomer = cls.text;
        }
        continue;
      }
      this.rowsRead++;
      const line = this.parseLine(row);
      if (line === 'skip') continue;
      if (this.afterGrand && line.bad && line.number === '') {
        // "Accrual Basis Monday, November 30, 2026 09:12 AM" split at its commas: not a bad invoice.
        this.rowsRead--;
        this.skipped.footer++;
        continue;
      }
      if (this.pending.length > 0 && this.pending[0].key !== line.key) this.flush();
      this.pending.push(line);
    }
  }

  end(): void {
    this.flush();
    const L = this.cfg.lang;
    if (this.summed)
      this.warnings.push(
        t(L, 'import.wSummed', { items: counted(L, 'invoices', this.summed), number: this.summedFirst!.number, line: this.summedFirst!.line }),
      );
    if (this.rounded) this.warnings.push(t(L, 'import.wLinesRounded', { items: counted(L, 'lineAmounts', this.rounded), line: this.roundedLine }));
  }

  /** "Carter Co" › "Warehouse Job": the levels under the customer, or the job in "Carter Co:Warehouse Job". */
  private jobOfGroups(): string | null {
    const levels = this.groupLevels.filter((g): g is string => g !== undefined);
    if (levels.length > 1) return levels.slice(1).join(':');
    return levels[0] !== undefined ? splitJob(levels[0]).job : null;
  }

  /** "Total Warehouse Job": the rows after it are the customer's own again. */
  private closeGroup(label: string): void {
    const i = this.groupLevels.findIndex((g) => g !== undefined && groupKey(g) === groupKey(label));
    if (i <= 0) return;
    this.groupLevels.length = i;
    this.groupJob = this.jobOfGroups();
  }

  private column(f: Field | undefined): string {
    return columnName({ headers: this.cfg.headers, map: this.M }, f);
  }

  /** A status column that says void or draft: the row is skipped (and counted for the warning). */
  private skippedByStatus(row: SourceRow): boolean | 'paid' {
    if (this.M.status === undefined) return false;
    const status = parseStatus(row.cells[this.M.status] ?? null);
    if (status === 'void' || status === 'draft') {
      this.skipped.void++;
      return true;
    }
    return status === 'paid' ? 'paid' : false;
  }

  /** An amount cell in the row's currency (or, when no column names one, in the currency its symbol names). */
  private amount(row: SourceRow, f: Field, cur: { currency: string; fromColumn: boolean }, errs: CellProblem[]): number | undefined {
    const i = this.M[f];
    if (i === undefined) return undefined;
    const cfg = this.cfg;
    // Line amounts that are summed may carry sub-cent digits (Xero's 4 decimals): rounded.
    const parse = f === 'lineAmount' ? parseAmountRounded : parseAmount;
    const power = cfg.powers?.[f] ?? 0;
    let r: Parsed<{ minor: number; currency?: string; rounded?: boolean }> = parse(row.cells[i] ?? null, cur.currency, cfg.decimalMark, power);
    if (r.ok && r.value.currency && r.value.currency !== cur.currency) {
      if (cur.fromColumn) {
        errs.push({ column: this.column(f), reason: msg('import.currencyConflict', { found: r.value.currency, currency: cur.currency }) });
        return undefined;
      }
      // The amount names its currency and no column does: read it in that currency.
      cur.currency = r.value.currency;
      r = parse(row.cells[i] ?? null, cur.currency, cfg.decimalMark, power);
    }
    if (!r.ok) {
      if (!r.empty) errs.push({ column: this.column(f), reason: r.reason });
      return undefined;
    }
    if (r.value.rounded) {
      this.rounded++;
      this.roundedLine ||= row.line;
    }
    return cfg.invert ? -r.value.minor : r.value.minor;
  }

  /**
   * An unapplied payment or a credit memo without a number (QuickBooks leaves Num empty): numbered
   * by its type, date and amount, so the next export finds the same item.
   */
  private derivedNumber(kindText: string, customer: string, date: string, amount: number, currency: string): string {
    const base = `${kindText || 'Credit'} ${date} ${formatMoney(Math.abs(amount), currency)}`.replace(/\s+/g, ' ').trim();
    const k = `${customer}\u0001${base}`;
    const n = (this.derived.get(k) ?? 0) + 1;
    this.derived.set(k, n);
    return n === 1 ? base : `${base} #${n}`;
  }

  /** Problems of a whole line: no number, no customer, no amount, no date. */
  private lineProblems(line: Line, raw: (i: number | undefined) => string, errs: CellProblem[]): void {
    const M = this.M;
    if (!line.number && raw(M.number) === '') errs.push({ column: this.column('number'), reason: requiredMsg('number') });
    if (!line.customerCode && !line.customerName && raw(M.customerCode) === '' && raw(M.customerName) === '') {
      errs.push({ column: this.column(M.customerName !== undefined ? 'customerName' : 'customerCode'), reason: msg('import.noCustomer') });
    }
    if (errs.length === 0 && line.total === undefined && line.open === undefined && line.line === undefined) {
      errs.push({ column: this.column(M.total !== undefined ? 'total' : M.open !== undefined ? 'open' : 'lineAmount'), reason: msg('import.noAmount') });
    }
    if (errs.length === 0 && !line.issueDate && !line.dueDate && (M.issueDate !== undefined || M.dueDate !== undefined)) {
      errs.push({ column: this.column(M.issueDate !== undefined ? 'issueDate' : 'dueDate'), reason: msg('import.noDate') });
    }
  }

  /** Who the line is for: its code and name columns, else the customer group row above it. */
  private customerOf(row: SourceRow, errs: CellProblem[]): { customerCode?: string; customerName?: string; job: string | null } {
    const M = this.M;
    const cfg = this.cfg;
    const get = <T>(r: Parsed<T>, f: Field) => this.value(r, f, errs);
    const customerCode = M.customerCode !== undefined ? get(parseId(row.cells[M.customerCode] ?? null), 'customerCode') : undefined;
    let customerName = M.customerName !== undefined ? get(parseText(row.cells[M.customerName] ?? null), 'customerName') : undefined;
    let job: string | null = null;
    if (customerName && cfg.customerJobs) ({ customer: customerName, job } = splitJob(customerName));
    if (!customerCode && !customerName && cfg.groupCustomers) {
      customerName = this.groupCustomer;
      if (cfg.customerJobs) job = this.groupJob;
    }
    return { customerCode, customerName, job };
  }

  private value<T>(r: Parsed<T>, f: Field, errs: CellProblem[]): T | undefined {
    if (r.ok) return r.value;
    if (!r.empty) errs.push({ column: this.column(f), reason: r.reason });
    return undefined;
  }

  private parseLine(row: SourceRow): Line | 'skip' {
    const M = this.M;
    const cfg = this.cfg;
    const cells = row.cells;
    const errs: CellProblem[] = [];
    const get = <T>(r: Parsed<T>, f: Field) => this.value(r, f, errs);
    const cell = (i: number | undefined) => (i === undefined ? null : (cells[i] ?? null));
    const raw = (i: number | undefined) => (i === undefined ? '' : cellText(cells[i] ?? null).trim());
    const status = this.skippedByStatus(row);
    if (status === true) return 'skip';
    const docNumber = M.number !== undefined ? get(parseId(cell(M.number)), 'number') : undefined;
    const { customerCode, customerName, job } = this.customerOf(row, errs);
    const declaredKind = M.kind !== undefined ? get(parseKind(cell(M.kind)), 'kind') : undefined;
    if (declaredKind === 'skip') return 'skip';
    const cur = { currency: cfg.currency, fromColumn: false };
    const named = M.currency !== undefined ? get(parseCurrency(cell(M.currency)), 'currency') : undefined;
    if (named) Object.assign(cur, { currency: named, fromColumn: true });
    const [total, open, paid, lineAmount] = (['total', 'open', 'paid', 'lineAmount'] as const).map((f) => this.amount(row, f, cur, errs));
    const system = cfg.date1904 ? 1904 : 1900;
    const date = (f: 'issueDate' | 'dueDate') => (M[f] !== undefined ? get(parseDate(cell(M[f]), cfg.dateOrder, system, !!cfg.dateOrderGiven), f) : undefined);
    const issueDate = date('issueDate');
    const dueDate = date('dueDate');
    const text = (f: Field): string | null => {
      const r = parseText(cell(M[f]));
      return r.ok ? r.value : null;
    };
    let number = docNumber;
    if (!number && raw(M.number) === '' && declaredKind === 'credit_note' && (total ?? open) !== undefined) {
      number = this.derivedNumber(
        raw(M.kind),
        `${customerCode ?? ''}\u0001${customerName ?? ''}`,
        issueDate ?? dueDate ?? '',
        (total ?? open) as number,
        cur.currency,
      );
    }
    const line: Line = {
      row,
      // The group key uses the raw text so that a bad line still joins its invoice.
      key: `${customerCode ?? raw(M.customerCode)}\u0001${customerName ?? raw(M.customerName)}\u0001${number ?? raw(M.number)}`,
      number: number ?? '',
      customerCode,
      customerName,
      declaredKind,
      paidStatus: status === 'paid',
      issueDate: issueDate ?? null,
      dueDate: dueDate ?? null,
      currency: cur.currency,
      total,
      open,
      paid,
      line: lineAmount,
      po: text('po'),
      terms: text('terms'),
      salesperson: text('salesperson'),
      job: jobLabel(job, text('job')),
      contact: contactOf(text),
    };
    this.lineProblems(line, raw, errs);
    if (errs.length) line.bad = errs;
    else if (this.cmpField) {
      const v = this.cmpField === 'open' ? open : total;
      if (v !== undefined) this.sums.add(cur.currency, v);
    }
    return line;
  }

  private reject(lines: Line[], reasonFor: (l: Line) => CellProblem[]): void {
    for (const l of lines) {
      this.rejected++;
      this.bad.push({ line: l.row.line, cells: l.row.cells.map((c) => cellText(c)), errs: reasonFor(l) });
    }
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const lines = this.pending;
    this.pending = [];
    const M = this.M;
    const badLine = lines.find((l) => l.bad);
    if (badLine) {
      this.reject(lines, (l) => l.bad ?? [{ column: '', reason: msg('import.groupBad', { number: badLine.number, line: badLine.row.line }) }]);
      return;
    }
    const first = lines[0];
    let { total, open, paid, issueDate, dueDate } = first;
    if (lines.length > 1) {
      const same = lines.every(
        (l) =>
          l.total === first.total &&
          l.open === first.open &&
          l.paid === first.paid &&
          l.currency === first.currency &&
          l.issueDate === first.issueDate &&
          l.dueDate === first.dueDate,
      );
      if (lines.some((l) => l.currency !== first.currency)) {
        this.reject(lines, () => [{ column: this.column('currency'), reason: msg('import.dupInvoice', { number: first.number }) }]);
        return;
      }
      if (M.total === undefined && M.lineAmount !== undefined) {
        total = lines.reduce((s, l) => s + (l.line ?? 0), 0);
      } else if (!same) {
        // Rows with different figures: instalments or split lines of one document.
        const add = (k: 'total' | 'open' | 'paid') => (lines.some((l) => l[k] !== undefined) ? lines.reduce((s, l) => s + (l[k] ?? 0), 0) : undefined);
        total = add('total');
        open = add('open');
        paid = add('paid');
        const min = (k: 'issueDate' | 'dueDate') =>
          lines
            .map((l) => l[k])
            .filter((d): d is string => !!d)
            .sort()[0] ?? first[k];
        issueDate = min('issueDate');
        dueDate = min('dueDate');
        this.summed++;
        this.summedFirst ??= { number: first.number, line: first.row.line };
      }
    } else if (M.total === undefined && first.line !== undefined) total = first.line;
    if (total === undefined) total = open ?? first.line;
    if (this.cfg.amountIsOpen && open === undefined && M.paid === undefined) open = total;
    if (first.paidStatus && open === undefined) open = 0;
    const t = total as number;
    const isCredit = first.declaredKind === 'credit_note' || t < 0 || (t === 0 && (open ?? 0) < 0);
    let totalMinor = t;
    let openMinor = open;
    if (isCredit) {
      totalMinor = -Math.abs(t);
      if (openMinor !== undefined) openMinor = -Math.abs(openMinor);
    }
    if (openMinor === undefined && paid !== undefined) openMinor = totalMinor + (isCredit ? Math.abs(paid) : -paid);
    this.documents++;
    this.currencies.add(first.currency);
    this.out.push({
      line: first.row.line,
      otherLines: lines.slice(1).map((l) => l.row.line),
      customerCode: first.customerCode ?? null,
      customerName: first.customerName ?? null,
      number: first.number,
      kind: isCredit ? 'credit_note' : 'invoice',
      issueDate,
      dueDate: dueDate ?? dueFromTerms(first.terms, issueDate),
      currency: first.currency,
      totalMinor,
      openMinor: openMinor ?? null,
      po: first.po,
      terms: first.terms,
      salesperson: first.salesperson,
      job: first.job,
      contact: lines.map((l) => l.contact).find((c) => c !== null) ?? null,
    });
  }

  /** Checks a total row against the rows above it; whether it is the grand total. */
  private totalRow(row: SourceRow, cls: Extract<RowClass, { kind: 'total' }>): boolean {
    const grandLabel =
      !cls.group && (cls.label === '' || /^(grand\s+total|total|totals|合\s*计|总\s*计|总合计|gesamtsumme)$/i.test(cls.label.normalize('NFKC').trim()));
    const M = this.M;
    const cmpCol = this.cmpField ? M[this.cmpField] : undefined;
    if (cmpCol === undefined) return grandLabel;
    const sums = this.sums;
    const L = this.cfg.lang;
    // The total's currency: its own currency cell, else the only currency so far; with several
    // currencies and none named, the row adds them up as plain numbers (as some exports do).
    let currency: string | undefined;
    if (M.currency !== undefined) {
      const cur = parseCurrency(row.cells[M.currency] ?? null);
      if (cur.ok) currency = cur.value;
    }
    if (!currency && sums.all.size <= 1) currency = sums.all.size === 1 ? [...sums.all.keys()][0] : this.cfg.currency;
    const r = parseAmount(
      row.cells[cmpCol] ?? null,
      currency ?? this.cfg.currency,
      this.cfg.decimalMark,
      (this.cmpField && this.cfg.powers?.[this.cmpField]) || 0,
    );
    if (!r.ok) return grandLabel;
    const stated = this.cfg.invert ? -r.value.minor : r.value.minor;
    const add = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    const all = currency ? (sums.all.get(currency) ?? 0) : add(sums.all);
    const since = currency ? (sums.since.get(currency) ?? 0) : add(sums.since);
    const grand = grandLabel;
    // "Total Carter Co" after "Total Warehouse Job": the customer's total covers its jobs' rows too.
    const start = cls.group ? this.groupStart.get(groupKey(cls.group)) : undefined;
    const inGroup = start ? (currency ? (sums.all.get(currency) ?? 0) - (start.get(currency) ?? 0) : add(sums.all) - add(start)) : undefined;
    const ok = stated === since || (grand && stated === all) || stated === inGroup || sums.coversSinceMark(currency, stated);
    if (!ok && currency) {
      this.warnings.push(
        t(L, 'import.wTotalMismatch', {
          line: row.line,
          stated: formatMoney(stated, currency, { locale: L }),
          currency,
          // Right after another total row nothing is "since": the rows from the start say more.
          sum: formatMoney(grand || since === 0 ? all : since, currency, { locale: L }),
        }),
      );
    }
    sums.mark();
    return grand;
  }
}

/** A due date from the terms column when the file has none (`Net 60` on 1 Sep → 31 Oct). */
function dueFromTerms(terms: string | null, issueDate: string | null): string | null {
  const t = issueDate ? parseTermsDays(terms) : undefined;
  if (!t || !issueDate) return null;
  return addDays(t.monthEnd ? endOfMonth(issueDate) : issueDate, t.days);
}

function groupKey(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** "Carter Co:Warehouse Job" → "Carter Co" (QuickBooks customer:job). */
function jobParent(name: string): string {
  return splitJob(name).customer;
}

/** "Carter Co:Warehouse Job" → customer "Carter Co", job "Warehouse Job" (deeper levels stay joined by ":"). */
function splitJob(name: string): { customer: string; job: string | null } {
  const i = name.indexOf(':');
  if (i <= 0) return { customer: name, job: null };
  const customer = name.slice(0, i).trim();
  const job = name.slice(i + 1).trim();
  return customer === '' ? { customer: name, job: null } : { customer, job: job || null };
}

/** The job from the "Customer:Job" name (or group row) and from a Job / Location / 项目 column: both when they differ. */
function jobLabel(fromName: string | null, fromColumn: string | null): string | null {
  if (fromName && fromColumn && fromName !== fromColumn) return `${fromName} / ${fromColumn}`;
  return fromColumn ?? fromName;
}

/** The contact a row names; null when it names none. */
function contactOf(text: (f: Field) => string | null): InvoiceContact | null {
  const c = { name: text('contact'), email: text('email'), phone: text('phone'), mobile: text('mobile') };
  return c.name || c.email || c.phone || c.mobile ? c : null;
}
