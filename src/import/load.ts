// Loading a planned file into the ledger (inside the import's transaction): rows → values →
// store writes, with every bad row kept for the report and the rejects file.
import { formatMoney } from '../core/money.js';
import { count, type Lang } from '../i18n/index.js';
import type { Ledger } from '../store/sqlite/ledger.js';
import { CUSTOMER_TYPES, type CustomerType } from '../core/priority.js';
import { CustomerResolver, upsertCustomer, type CustomerInput } from '../store/sqlite/customers.js';
import { CONTACT_ROLES, upsertContact, type ContactRole } from '../store/sqlite/contacts.js';
import type { InvoiceWriter } from '../store/sqlite/invoices.js';
import type { BadOut, Flat, ParserConfig } from './invoice-parser.js';
import { PaymentWriter, type PaymentWarning } from '../store/sqlite/payments.js';
import { displayHeader } from './headers.js';
import { classifyRow } from './locate.js';
import { FIELD_LABELS, msg, plural, requiredMsg } from './messages.js';
import { keyAndAmountCols, type FilePlan } from './plan.js';
import {
  cellText, isBlank, parseAmount, parseBool, parseCurrency, parseDate, parseId, parseInteger, parseText,
  type Bi, type Parsed,
} from './values.js';
import type { Cell, Field, SourceRow } from './types.js';

export interface LoadCounts {
  rowsRead: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  warnings: string[];
  /** SHA-256 of the file when a worker read it. */
  sha256?: string;
  /** Invoices left alone because the ledger knows newer figures. */
  stale?: number;
  firstStale?: string;
}

export interface BadRow {
  file: string;
  line: number;
  column: string;
  reason: Bi;
}

export interface RejectRow {
  file: string;
  headers: string[];
  cells: string[];
  line: number;
  column: string;
  reason: Bi;
}

export interface RunState {
  ledger: Ledger;
  now: string;
  lang: Lang;
  resolver: CustomerResolver;
  defaultCurrency: string;
  errors: BadRow[];
  errorCount: number;
  rejects: RejectRow[];
  /** Called with bytes read so far. */
  onBytes?: (n: number) => void;
  env?: NodeJS.ProcessEnv;
}

const MAX_ERRORS_KEPT = 10_000;

/** Per-row error collector: cell problems with the column's header. */
class RowErrors {
  list: { column: string; reason: Bi }[] = [];
  constructor(private plan: FilePlan) {}
  add(field: Field | undefined, reason: Bi, col?: number): void {
    const i = col ?? (field ? this.plan.map[field] : undefined);
    const column = i !== undefined && this.plan.headers[i] ? displayHeader(this.plan.headers[i]) : field ? FIELD_LABELS[field]?.en ?? field : '';
    this.list.push({ column, reason });
  }
  get any(): boolean {
    return this.list.length > 0;
  }
}

function reject(run: RunState, plan: FilePlan, row: SourceRow, errs: { column: string; reason: Bi }[]): void {
  for (const e of errs) {
    run.errorCount++;
    if (run.errors.length < MAX_ERRORS_KEPT) run.errors.push({ file: plan.display, line: row.line, column: e.column, reason: e.reason });
  }
  const first = errs[0];
  if (run.rejects.length < 1_000_000) {
    run.rejects.push({
      file: plan.display,
      headers: plan.headers,
      cells: row.cells.map((c) => cellText(c)),
      line: row.line,
      column: errs.map((e) => e.column).filter(Boolean).join('; ') || first.column,
      reason: { en: errs.map((e) => e.reason.en).join('; '), zh: errs.map((e) => e.reason.zh).join('；') },
    });
  }
}

function get<T>(r: Parsed<T>, field: Field, errs: RowErrors): T | undefined {
  if (r.ok) return r.value;
  if (!r.empty) errs.add(field, r.reason);
  return undefined;
}

/** Rows after the header that the profile does not skip. */
/** The data rows of a small table (customers, contacts, payments), one at a time, counted as read. */
async function* dataRows(plan: FilePlan, run: RunState, c: LoadCounts, keys: number[], amounts: number[]): AsyncGenerator<SourceRow> {
  for await (const batch of tableRows(plan, run, c)) {
    for (const row of batch) {
      if (classifyRow(row.cells, keys, amounts).kind !== 'data') continue;
      c.rowsRead++;
      yield row;
    }
  }
}

async function* tableRows(plan: FilePlan, run: RunState, c: LoadCounts): AsyncGenerator<SourceRow[]> {
  for await (const batch of plan.source.batches(run.onBytes)) {
    const out: SourceRow[] = [];
    for (const r of batch) {
      if (r.line <= plan.headerLine) continue;
      if (r.unterminated) {
        c.rowsRead++;
        c.rejected++;
        reject(run, plan, r, [{ column: '', reason: msg.both('unterminated') }]);
        continue;
      }
      if (plan.skip.length) {
        const text = r.cells.map((c) => cellText(c)).join(' ');
        if (plan.skip.some((re) => re.test(text))) continue;
      }
      out.push(r);
    }
    if (out.length) yield out;
  }
}

// ---------------------------------------------------------------------------- invoices

export async function loadInvoices(plan: FilePlan, run: RunState, writer: InvoiceWriter): Promise<LoadCounts> {
  const { InvoiceParser, REC } = await import('./invoice-parser.js');
  const M = plan.map;
  const config: ParserConfig = {
    display: plan.display,
    lang: run.lang,
    map: plan.map,
    headers: plan.headers,
    headerLine: plan.headerLine,
    dateOrder: plan.dateOrder,
    dateOrderGiven: plan.dateOrderGiven,
    decimalMark: plan.decimalMark,
    currency: plan.currency ?? run.defaultCurrency,
    date1904: plan.source.date1904,
    groupCustomers: plan.groupCustomers,
    customerJobs: plan.customerJobs,
    amountIsOpen: plan.amountIsOpen,
    invert: plan.negativeStyle === 'invert',
    skip: plan.skip.map((r) => r.source),
  };
  const has = { issue: M.issueDate !== undefined, due: M.dueDate !== undefined, po: M.po !== undefined, terms: M.terms !== undefined, sp: M.salesperson !== undefined };
  let ambiguous = 0;
  const customerCol = displayHeader(plan.headers[M.customerName ?? M.customerCode ?? -1] ?? '');

  const consume = (flat: Flat, bad: BadOut[]): void => {
    for (const b of bad) {
      for (const e of b.errs) {
        run.errorCount++;
        if (run.errors.length < MAX_ERRORS_KEPT) run.errors.push({ file: plan.display, line: b.line, column: e.column, reason: e.reason });
      }
      run.rejects.push({
        file: plan.display,
        headers: plan.headers,
        cells: b.cells,
        line: b.line,
        column: b.errs.map((e) => e.column).filter(Boolean).join('; '),
        reason: { en: b.errs.map((e) => e.reason.en).join('; '), zh: b.errs.map((e) => e.reason.zh).join('；') },
      });
    }
    for (let i = 0; i < flat.length; i += REC) {
      const code = flat[i + 1] as string | null;
      const name = flat[i + 2] as string | null;
      const who = run.resolver.resolve(code ?? undefined, name ?? undefined, true);
      if (!who || 'ambiguous' in who) {
        // Several customers share this name: every line of the invoice is rejected.
        const lines = [flat[i] as number, ...String(flat[i + 13] || '').split(',').filter(Boolean).map(Number)];
        for (const line of lines) {
          ambiguous++;
          const reason = msg.both('ambiguousCustomer', { name: name ?? '' });
          run.errorCount++;
          if (run.errors.length < MAX_ERRORS_KEPT) run.errors.push({ file: plan.display, line, column: customerCol, reason });
          run.rejects.push({ file: plan.display, headers: plan.headers, cells: [], line, column: customerCol, reason });
        }
        continue;
      }
      writer.write(
        {
          customerId: who.id,
          number: flat[i + 3] as string,
          kind: flat[i + 4] as 'invoice' | 'credit_note',
          issueDate: has.issue ? (flat[i + 5] as string | null) : undefined,
          dueDate: has.due ? (flat[i + 6] as string | null) : undefined,
          currency: flat[i + 7] as string,
          totalMinor: flat[i + 8] as number,
          openMinor: flat[i + 9] === null ? undefined : (flat[i + 9] as number),
          po: has.po ? (flat[i + 10] as string | null) : undefined,
          terms: has.terms ? (flat[i + 11] as string | null) : undefined,
          salesperson: has.sp ? (flat[i + 12] as string | null) : undefined,
        },
        flat[i] as number,
      );
    }
  };

  const parser = new InvoiceParser(config);
  for await (const rows of plan.source.batches(run.onBytes)) {
    parser.push(rows);
    const { flat, bad } = parser.take();
    consume(flat, bad);
  }
  parser.end();
  const last = parser.take();
  consume(last.flat, last.bad);
  const { rowsRead, rejected, warnings } = parser;
  writer.flush();
  const L = run.lang;
  const c = writer.counts;
  const out: LoadCounts = { rowsRead, imported: c.imported, updated: c.updated, unchanged: c.unchanged, rejected: rejected + ambiguous, warnings: [...warnings], stale: c.stale, firstStale: c.firstStale };
  if (c.duplicates) out.warnings.push(msg.t(L, 'wDuplicate', { n: c.duplicates, items: plural(c.duplicates, 'invoice', 'invoices'), number: c.firstDuplicate!.number, line: c.firstDuplicate!.line }));
  if (writer.overSettled.length) out.warnings.push(msg.t(L, 'wOverSettled', { n: writer.overSettled.length, items: plural(writer.overSettled.length, 'invoice', 'invoices'), number: writer.overSettled[0] }));
  return out;
}

// ---------------------------------------------------------------------------- payments

interface PaymentGroup {
  customerId: number;
  customerLabel: string;
  reference: string;
  date: string;
  currency: string;
  amount: number;
  method?: string | null;
  note?: string | null;
  parts: { invoice?: string; amountMinor: number; line: number }[];
  rows: SourceRow[];
}

export async function loadPayments(plan: FilePlan, run: RunState, writer: PaymentWriter, source: string | null): Promise<LoadCounts> {
  const L = run.lang;
  const c: LoadCounts = { rowsRead: 0, imported: 0, updated: 0, unchanged: 0, rejected: 0, warnings: [] };
  const M = plan.map;
  const { keys, amounts } = keyAndAmountCols('payments', M);
  const defCurrency = plan.currency ?? run.defaultCurrency;
  // No currency anywhere (no column, flag, profile or symbol): each customer's own currency.
  const byCustomer = plan.currency === undefined;
  const system = plan.source.date1904 ? 1904 : 1900;
  const groups = new Map<string, PaymentGroup>();
  const derivedCount = new Map<string, number>();
  const { customersWithInvoice } = await import('../store/sqlite/invoices.js');
  const { customerCurrency } = await import('../store/sqlite/customers.js');
  const currencyOf = new Map<number, string | null>();
  let defaulted = 0;
  const fromCustomer = new Map<string, number>();
  for await (const row of dataRows(plan, run, c, keys, amounts)) {
    const cells = row.cells;
    const errs = new RowErrors(plan);
    const code = M.customerCode !== undefined ? get(parseId(cells[M.customerCode] ?? null), 'customerCode', errs) : undefined;
    const name = M.customerName !== undefined ? get(parseText(cells[M.customerName] ?? null), 'customerName', errs) : undefined;
    let currency = defCurrency;
    let curCol = false;
    if (M.currency !== undefined) {
      const cur = get(parseCurrency(cells[M.currency] ?? null), 'currency', errs);
      if (cur) {
        currency = cur;
        curCol = true;
      }
    }
    let fromSymbol = false;
    let amount: number | undefined;
    if (M.amount !== undefined) {
      const r = parseAmount(cells[M.amount] ?? null, currency, plan.decimalMark);
      if (!r.ok) {
        if (r.empty) errs.add('amount', requiredMsg('amount'));
        else errs.add('amount', r.reason);
      } else {
        if (r.value.currency && r.value.currency !== currency) {
          if (curCol) errs.add('amount', msg.both('currencyConflict', { found: r.value.currency, currency }));
          else {
            currency = r.value.currency;
            fromSymbol = true;
            const again = parseAmount(cells[M.amount] ?? null, currency, plan.decimalMark);
            if (again.ok) amount = again.value.minor;
            else if (!again.empty) errs.add('amount', again.reason);
          }
        } else amount = r.value.minor;
        if (amount !== undefined && plan.negativeStyle === 'invert') amount = -amount;
        if (amount !== undefined && amount <= 0) {
          errs.add('amount', msg.both('notPositive'));
          amount = undefined;
        }
      }
    }
    const date = M.date !== undefined ? get(parseDate(cells[M.date] ?? null, plan.dateOrder, system, !!plan.dateOrderGiven), 'date', errs) : undefined;
    if (M.date !== undefined && !date && !errs.list.some((e) => e.column === displayHeader(plan.headers[M.date!]))) errs.add('date', requiredMsg('date'));
    const invoice = M.invoice !== undefined ? get(parseId(cells[M.invoice] ?? null), 'invoice', errs) : undefined;
    let reference = M.reference !== undefined ? get(parseId(cells[M.reference] ?? null), 'reference', errs) : undefined;
    const method = M.method !== undefined ? (parseText(cells[M.method] ?? null) as { ok: boolean; value?: string }).value ?? null : undefined;
    const note = M.note !== undefined ? (parseText(cells[M.note] ?? null) as { ok: boolean; value?: string }).value ?? null : undefined;
    let customerId: number | undefined;
    if (!errs.any) {
      const who = run.resolver.resolve(code, name, false);
      if (who && !('ambiguous' in who)) customerId = who.id;
      else if (who && 'ambiguous' in who) errs.add('customerName', msg.both('ambiguousCustomer', { name: name ?? '' }));
      else if (!code && !name && invoice) {
        const ids = await customersWithInvoice(run.ledger, invoice);
        if (ids.length === 1) customerId = ids[0];
        else errs.add('customerCode', msg.both('noCustomer'));
      } else errs.add(M.customerCode !== undefined ? 'customerCode' : 'customerName', code || name ? msg.both('unknownCustomer', { who: code ?? name ?? '' }) : msg.both('noCustomer'));
    }
    if (errs.any || customerId === undefined || amount === undefined || !date) {
      reject(run, plan, row, errs.list.length ? errs.list : [{ column: '', reason: msg.both('noAmount') }]);
      c.rejected++;
      continue;
    }
    if (byCustomer && !curCol && !fromSymbol) {
      // The customer's currency (its own, else the one its open items are all in).
      let own = currencyOf.get(customerId);
      if (own === undefined) currencyOf.set(customerId, (own = await customerCurrency(run.ledger, customerId)));
      if (own && own !== currency) {
        const again = parseAmount(cells[M.amount!] ?? null, own, plan.decimalMark);
        if (!again.ok) {
          reject(run, plan, row, [{ column: displayHeader(plan.headers[M.amount!] ?? ''), reason: again.empty ? msg.both('noAmount') : again.reason }]);
          c.rejected++;
          continue;
        }
        currency = own;
        amount = plan.negativeStyle === 'invert' ? -again.value.minor : again.value.minor;
      }
      if (own) fromCustomer.set(currency, (fromCustomer.get(currency) ?? 0) + 1);
      else defaulted++;
    }
    if (!reference) {
      // No reference in the file: date + amount, numbered when the same pair repeats.
      const base = `${date} ${formatMoney(amount, currency)}`;
      const k = `${customerId}\u0001${base}`;
      const n = (derivedCount.get(k) ?? 0) + 1;
      derivedCount.set(k, n);
      reference = n === 1 ? base : `${base} #${n}`;
    }
    // One reference seen with two currencies or dates (a transfer split across currencies):
    // separate payments, the later ones named "REF/CUR" or "REF/DATE".
    let gk = `${customerId}\u0001${reference}`;
    let g = groups.get(gk);
    if (g && (g.currency !== currency || g.date !== date)) {
      reference = g.currency !== currency ? `${reference}/${currency}` : `${reference}/${date}`;
      gk = `${customerId}\u0001${reference}`;
      g = groups.get(gk);
    }
    if (!g) {
      g = { customerId, customerLabel: code ?? name ?? '', reference, date, currency, amount: 0, method, note, parts: [], rows: [] };
      groups.set(gk, g);
    } else if (g.currency !== currency || g.date !== date) {
      reject(run, plan, row, [{ column: displayHeader(plan.headers[M.reference ?? -1] ?? 'reference'), reason: { en: `payment ${reference} appears with another date or currency`, zh: `收款 ${reference} 出现了不同的日期或币种` } }]);
      c.rejected++;
      continue;
    }
    g.amount += amount;
    g.parts.push({ invoice: invoice || undefined, amountMinor: amount, line: row.line });
    g.rows.push(row);
  }
  const labels = new Map<number, string>();
  for (const g of groups.values()) {
    labels.set(g.customerId, g.customerLabel);
    const r = writer.write({ customerId: g.customerId, reference: g.reference, date: g.date, currency: g.currency, amountMinor: g.amount, method: g.method, note: g.note, source, parts: g.parts });
    c[r.outcome]++;
    for (const w of r.warnings) c.warnings.push(paymentWarning(L, w, labels));
  }
  for (const w of writer.settle()) c.warnings.push(paymentWarning(L, w, labels));
  if (defaulted) c.warnings.unshift(msg.t(L, 'wPaymentsDefault', { n: defaulted, items: plural(defaulted, 'payment', 'payments'), currency: defCurrency }));
  if (fromCustomer.size) {
    const n = [...fromCustomer.values()].reduce((a, b) => a + b, 0);
    c.warnings.unshift(msg.t(L, 'wPaymentsCustomerCurrency', { n, items: plural(n, 'payment', 'payments'), currencies: [...fromCustomer.keys()].sort().join(', ') }));
  }
  return c;
}

function paymentWarning(L: Lang, w: PaymentWarning, labels: Map<number, string>): string {
  switch (w.kind) {
    case 'unknown-invoice':
      return msg.t(L, 'wUnknownInvoice', { line: w.line, reference: w.reference, invoice: w.invoice });
    case 'not-an-invoice':
      return msg.t(L, 'wNotInvoice', { line: w.line, reference: w.reference, invoice: w.invoice });
    case 'currency-mismatch':
      return msg.t(L, 'wCurrencyMismatch', { line: w.line, reference: w.reference, invoice: w.invoice, currency: w.invoiceCurrency });
    case 'over-allocated':
      return msg.t(L, 'wOverAllocated', { line: w.line, reference: w.reference, invoice: w.invoice, amount: `${formatMoney(w.leftoverMinor, w.currency, { locale: L })} ${w.currency}` });
    case 'credits-applied':
      return msg.t(L, 'wCreditsApplied', {
        notes: count(L, w.count, ['open credit note', 'open credit notes'], '张未核销的红字发票'),
        amount: w.byCurrency.map((x) => `${formatMoney(x.amountMinor, x.currency, { locale: L })} ${x.currency}`).join(', '),
        credit: w.example.credit,
        invoice: w.example.invoice,
      });
    case 'on-account':
      return msg.t(L, 'wOnAccount', { reference: w.reference, customer: labels.get(w.customerId) ?? String(w.customerId), amount: `${formatMoney(w.amountMinor, w.currency, { locale: L })} ${w.currency}` });
  }
}

// ---------------------------------------------------------------------------- customers

const TYPE_WORDS: Record<string, CustomerType> = {
  '疏忽遗忘型': 'oversight', '疏忽型': 'oversight', '遗忘型': 'oversight', '流程卡点型': 'process', '流程型': 'process', '争议型': 'dispute',
  '资金困难型': 'cashflow', '资金困难': 'cashflow', '恶意拖欠型': 'delayer', '恶意拖欠': 'delayer', '失联/资不抵债型': 'unreachable', '失联型': 'unreachable',
  '失联': 'unreachable', '资不抵债型': 'unreachable', 'admin slip': 'oversight', 'process-blocked': 'process', 'disputed': 'dispute',
  'cash-strapped': 'cashflow', 'deliberate delayer': 'delayer', 'insolvent': 'unreachable',
};

const ROLE_WORDS: Record<string, ContactRole> = {
  ap: 'ap-clerk', 'ap clerk': 'ap-clerk', 'accounts payable': 'ap-clerk', '出纳': 'ap-clerk', '应付会计': 'ap-clerk', '会计': 'ap-clerk',
  'finance manager': 'finance-manager', cfo: 'finance-manager', controller: 'finance-manager', '财务经理': 'finance-manager', '财务总监': 'finance-manager',
  '财务主管': 'finance-manager', purchaser: 'purchaser', buyer: 'purchaser', procurement: 'purchaser', '采购': 'purchaser', '采购经理': 'purchaser',
  'decision maker': 'decision-maker', owner: 'decision-maker', ceo: 'decision-maker', '总经理': 'decision-maker', '老板': 'decision-maker',
  '决策人': 'decision-maker', 'legal rep': 'legal-rep', 'legal representative': 'legal-rep', '法人': 'legal-rep', '法定代表人': 'legal-rep',
  '其他': 'other',
};

function optText(cells: Cell[], i: number | undefined): string | null | undefined {
  if (i === undefined) return undefined;
  const r = parseText(cells[i] ?? null);
  return r.ok ? r.value : null;
}

export async function loadCustomers(plan: FilePlan, run: RunState): Promise<LoadCounts> {
  const c: LoadCounts = { rowsRead: 0, imported: 0, updated: 0, unchanged: 0, rejected: 0, warnings: [] };
  const M = plan.map;
  const { keys, amounts } = keyAndAmountCols('customers', M);
  for await (const row of dataRows(plan, run, c, keys, amounts)) {
    const cells = row.cells;
    const errs = new RowErrors(plan);
    const input: CustomerInput = {};
    input.code = M.code !== undefined ? get(parseId(cells[M.code] ?? null), 'code', errs) : undefined;
    input.name = M.name !== undefined ? get(parseText(cells[M.name] ?? null), 'name', errs) : undefined;
    if (!input.code && !input.name) errs.add(M.name !== undefined ? 'name' : 'code', requiredMsg('name'));
    if (M.type !== undefined && !isBlank(cells[M.type] ?? null)) {
      const v = cellText(cells[M.type] ?? null).normalize('NFKC').trim();
      const t = (CUSTOMER_TYPES as readonly string[]).includes(v.toLowerCase()) ? (v.toLowerCase() as CustomerType) : TYPE_WORDS[v.toLowerCase()] ?? TYPE_WORDS[v];
      if (t) input.type = t;
      else errs.add('type', msg.both('badType', { v, types: CUSTOMER_TYPES.join(', ') }));
    }
    if (M.grade !== undefined && !isBlank(cells[M.grade] ?? null)) {
      const v = cellText(cells[M.grade] ?? null).normalize('NFKC').trim().toUpperCase();
      if (v === 'A' || v === 'B' || v === 'C') input.grade = v;
      else errs.add('grade', msg.both('badGrade', { v }));
    }
    if (M.strategic !== undefined) {
      const b = parseBool(cells[M.strategic] ?? null);
      if (b.ok) input.strategic = b.value;
      else if (!b.empty) errs.add('strategic', b.reason);
    }
    if (M.language !== undefined && !isBlank(cells[M.language] ?? null)) {
      const v = cellText(cells[M.language] ?? null).normalize('NFKC').trim().toLowerCase();
      const lang = v === 'en' || v === 'english' || v === '英文' || v === '英语' ? 'en' : v === 'zh' || v === 'chinese' || v === '中文' || v === 'zh-cn' ? 'zh' : undefined;
      if (lang) input.language = lang;
      else errs.add('language', msg.both('badLanguage', { v }));
    }
    if (M.currency !== undefined) {
      const r = parseCurrency(cells[M.currency] ?? null);
      if (r.ok) input.currency = r.value;
      else if (!r.empty) errs.add('currency', r.reason);
    }
    if (M.termsDays !== undefined) {
      const r = parseInteger(cells[M.termsDays] ?? null);
      if (r.ok) input.termsDays = r.value;
      else if (!r.empty) errs.add('termsDays', r.reason);
    }
    if (M.creditLimit !== undefined) {
      const cur = input.currency ?? plan.currency ?? run.defaultCurrency;
      const r = parseAmount(cells[M.creditLimit] ?? null, cur, plan.decimalMark);
      if (r.ok) input.creditLimitMinor = r.value.minor;
      else if (!r.empty) errs.add('creditLimit', r.reason);
    }
    input.collector = optText(cells, M.collector);
    input.parentCode = optText(cells, M.parent);
    input.taxId = M.taxId !== undefined ? (parseId(cells[M.taxId] ?? null) as { value?: string }).value ?? null : undefined;
    input.address = optText(cells, M.address);
    input.phone = optText(cells, M.phone);
    input.email = optText(cells, M.email);
    input.paymentRunDays = optText(cells, M.paymentRunDays);
    input.approvalChain = optText(cells, M.approvalChain);
    input.documentsRequired = optText(cells, M.documentsRequired);
    input.notes = optText(cells, M.notes);
    if (errs.any) {
      reject(run, plan, row, errs.list);
      c.rejected++;
      continue;
    }
    const r = await upsertCustomer(run.ledger, input, run.now, run.resolver);
    if ('ambiguous' in r) {
      reject(run, plan, row, [{ column: displayHeader(plan.headers[M.name ?? -1] ?? ''), reason: msg.both('ambiguousCustomer', { name: input.name ?? '' }) }]);
      c.rejected++;
    } else if ('missingParent' in r) {
      reject(run, plan, row, [{ column: displayHeader(plan.headers[M.parent ?? -1] ?? ''), reason: msg.both('missingParent', { code: r.missingParent }) }]);
      c.rejected++;
    } else c[r.outcome]++;
  }
  return c;
}

// ---------------------------------------------------------------------------- contacts

export async function loadContacts(plan: FilePlan, run: RunState): Promise<LoadCounts> {
  const c: LoadCounts = { rowsRead: 0, imported: 0, updated: 0, unchanged: 0, rejected: 0, warnings: [] };
  const M = plan.map;
  const { keys, amounts } = keyAndAmountCols('contacts', M);
  for await (const row of dataRows(plan, run, c, keys, amounts)) {
    const cells = row.cells;
    const errs = new RowErrors(plan);
    const code = M.customerCode !== undefined ? get(parseId(cells[M.customerCode] ?? null), 'customerCode', errs) : undefined;
    const cname = M.customerName !== undefined ? get(parseText(cells[M.customerName] ?? null), 'customerName', errs) : undefined;
    const name = M.name !== undefined ? get(parseText(cells[M.name] ?? null), 'name', errs) : undefined;
    if (!name) errs.add('name', requiredMsg('name'));
    let role: ContactRole | undefined;
    if (M.role !== undefined && !isBlank(cells[M.role] ?? null)) {
      const v = cellText(cells[M.role] ?? null).normalize('NFKC').trim();
      const k = v.toLowerCase();
      role = (CONTACT_ROLES as readonly string[]).includes(k) ? (k as ContactRole) : ROLE_WORDS[k] ?? ROLE_WORDS[v];
      if (!role) errs.add('role', msg.both('badRole', { v, roles: CONTACT_ROLES.join(', ') }));
    }
    const bool = (f: 'isPrimary' | 'isDecisionMaker'): boolean | undefined => {
      if (M[f] === undefined) return undefined;
      const b = parseBool(cells[M[f]!] ?? null);
      if (b.ok) return b.value;
      if (!b.empty) errs.add(f, b.reason);
      return undefined;
    };
    const isPrimary = bool('isPrimary');
    const isDecisionMaker = bool('isDecisionMaker');
    let customerId: number | undefined;
    if (!errs.any) {
      const who = run.resolver.resolve(code, cname, false);
      if (who && !('ambiguous' in who)) customerId = who.id;
      else if (who) errs.add('customerName', msg.both('ambiguousCustomer', { name: cname ?? '' }));
      else errs.add(M.customerCode !== undefined ? 'customerCode' : 'customerName', code || cname ? msg.both('unknownCustomer', { who: code ?? cname ?? '' }) : msg.both('noCustomer'));
    }
    if (errs.any || customerId === undefined || !name) {
      reject(run, plan, row, errs.list);
      c.rejected++;
      continue;
    }
    const out = await upsertContact(
      run.ledger,
      {
        customerId,
        name,
        role: M.role !== undefined ? role ?? null : undefined,
        title: optText(cells, M.title),
        phone: optText(cells, M.phone),
        mobile: optText(cells, M.mobile),
        email: optText(cells, M.email),
        wechat: optText(cells, M.wechat),
        isPrimary,
        isDecisionMaker,
        notes: optText(cells, M.notes),
      },
      run.now,
    );
    c[out]++;
  }
  return c;
}
