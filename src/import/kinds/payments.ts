// Payments: money received, by customer, reference and date, optionally naming the invoices it pays.
// Rows with the same customer and reference are one payment split over several invoices.
import { formatMoney } from '../../core/money.js';
import { msg, t, type Lang } from '../../i18n/index.js';
import type { PaymentWarning } from '../../store/port.js';
import type { FilePlan } from '../plan/file-plan.js';
import { parseAmount, parseCurrency, parseDate, parseId, parseText } from '../plan/values.js';
import { counted, requiredMsg } from '../text.js';
import type { Cell, SourceRow } from '../types.js';
import { columnsOf, type KindHeaders, type KindSpec } from './kind.js';
import { Sums } from './invoice-parser.js';
import { columnName, dataRows, emptyCounts, rejectRow, RowErrors, type LoadCounts, type LoadTarget, type RunState } from './rows.js';
import { CURRENCY, CUSTOMER_CODE, CUSTOMER_NAME } from './words.js';

const HEADERS: KindHeaders = {
  customerCode: CUSTOMER_CODE,
  customerName: CUSTOMER_NAME,
  reference: [
    'reference',
    'payment reference',
    'ref',
    'payment no',
    'payment number',
    'payment #',
    'receipt no',
    'receipt number',
    'number',
    'document number',
    'transaction number',
    'check no',
    'cheque no',
    'bank reference',
    '收款单号',
    '单据编号',
    '单据号',
    '收款单编号',
    '流水号',
    '银行流水号',
    '凭证号',
  ],
  date: [
    'date',
    'payment date',
    'received date',
    'receipt date',
    'date received',
    'value date',
    'posting date',
    'paid date',
    '收款日期',
    '日期',
    '业务日期',
    '单据日期',
    '到账日期',
    '付款日期',
  ],
  currency: CURRENCY,
  amount: ['amount', 'payment amount', 'amount received', 'received', 'paid amount', 'total', '收款金额', '金额', '实收金额', '到账金额', '付款金额'],
  invoice: [
    'invoice',
    'invoice number',
    'invoice no',
    'invoice #',
    'applied to',
    'apply to',
    'for invoice',
    '发票号',
    '发票号码',
    '核销单据号',
    '对应发票',
    '源单编号',
    '应收单号',
  ],
  method: ['method', 'payment method', 'payment type', 'channel', '收款方式', '结算方式', '付款方式'],
  note: ['note', 'notes', 'memo', 'description', 'remark', 'remarks', '备注', '摘要', '说明'],
};

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
}

/** One row's values, before the customer is known. */
interface PaymentRow {
  code?: string;
  name?: string;
  currency: string;
  /** The currency came from the row (its currency column or the amount's symbol), not a default. */
  currencyFromRow: boolean;
  amount?: number;
  date?: string;
  invoice?: string;
  reference?: string;
  method?: string | null;
  note?: string | null;
}

/** State of one file's load: the groups being built and what the warnings will count. */
class PaymentLoad {
  readonly groups = new Map<string, PaymentGroup>();
  readonly derivedCount = new Map<string, number>();
  readonly currencyOf = new Map<number, string | null>();
  readonly fromCustomer = new Map<string, number>();
  defaulted = 0;
  readonly c: LoadCounts = emptyCounts();
  /** Running sums of the payments taken, for the file's 小计 / 合计 rows. */
  readonly sums = new Sums();
  constructor(
    readonly plan: FilePlan,
    readonly run: RunState,
    readonly defCurrency: string,
  ) {}

  reject(row: SourceRow, problems: RowErrors['list']): void {
    rejectRow(this.run, this.plan, row, problems);
    this.c.rejected++;
  }
}

function textOrNull(cells: Cell[], i: number | undefined): string | null | undefined {
  if (i === undefined) return undefined;
  const r = parseText(cells[i] ?? null);
  return r.ok ? r.value : null;
}

/** The amount in the row's currency; an amount whose symbol names another currency switches to it when no column names one. */
function readAmount(s: PaymentLoad, cells: Cell[], v: PaymentRow, errs: RowErrors): void {
  const { plan } = s;
  const col = plan.map.amount;
  if (col === undefined) return;
  const r = parseAmount(cells[col] ?? null, v.currency, plan.decimalMark, plan.units?.amount?.power ?? 0);
  if (!r.ok) {
    errs.add('amount', r.empty ? requiredMsg('amount') : r.reason);
    return;
  }
  let amount: number | undefined = r.value.minor;
  if (r.value.currency && r.value.currency !== v.currency) {
    amount = undefined;
    if (plan.map.currency !== undefined && v.currencyFromRow)
      errs.add('amount', msg('import.currencyConflict', { found: r.value.currency, currency: v.currency }));
    else {
      v.currency = r.value.currency;
      v.currencyFromRow = true;
      const again = parseAmount(cells[col] ?? null, v.currency, plan.decimalMark, plan.units?.amount?.power ?? 0);
      if (again.ok) amount = again.value.minor;
      else if (!again.empty) errs.add('amount', again.reason);
    }
  }
  if (amount !== undefined && plan.negativeStyle === 'invert') amount = -amount;
  if (amount !== undefined && amount <= 0) {
    errs.add('amount', msg('import.notPositive'));
    amount = undefined;
  }
  v.amount = amount;
}

function readRow(s: PaymentLoad, row: SourceRow, errs: RowErrors): PaymentRow {
  const { plan } = s;
  const M = plan.map;
  const cells = row.cells;
  const cell = (i: number) => cells[i] ?? null;
  const v: PaymentRow = { currency: s.defCurrency, currencyFromRow: false };
  if (M.customerCode !== undefined) v.code = errs.get(parseId(cell(M.customerCode)), 'customerCode');
  if (M.customerName !== undefined) v.name = errs.get(parseText(cell(M.customerName)), 'customerName');
  if (M.currency !== undefined) {
    const cur = errs.get(parseCurrency(cell(M.currency)), 'currency');
    if (cur) {
      v.currency = cur;
      v.currencyFromRow = true;
    }
  }
  readAmount(s, cells, v, errs);
  if (M.date !== undefined) {
    const system = plan.source.date1904 ? 1904 : 1900;
    v.date = errs.get(parseDate(cell(M.date), plan.dateOrder, system, !!plan.dateOrderGiven), 'date');
    if (!v.date && !errs.list.some((e) => e.column === columnName(plan, 'date'))) errs.add('date', requiredMsg('date'));
  }
  if (M.invoice !== undefined) v.invoice = errs.get(parseId(cell(M.invoice)), 'invoice');
  if (M.reference !== undefined) v.reference = errs.get(parseId(cell(M.reference)), 'reference');
  v.method = textOrNull(cells, M.method);
  v.note = textOrNull(cells, M.note);
  return v;
}

/** The customer a payment row belongs to: by code or name, else the only customer with the invoice it names. */
async function customerFor(s: PaymentLoad, v: PaymentRow, errs: RowErrors): Promise<number | undefined> {
  const M = s.plan.map;
  const who = s.run.resolver.resolve(v.code, v.name, false);
  if (who && !('ambiguous' in who)) return who.id;
  if (who) errs.add('customerName', msg('import.ambiguousCustomer', { name: v.name ?? '' }));
  else if (!v.code && !v.name && v.invoice) {
    const ids = await s.run.tx.invoices.customersWith(v.invoice);
    if (ids.length === 1) return ids[0];
    errs.add('customerCode', msg('import.noCustomer'));
  } else {
    const field = M.customerCode !== undefined ? 'customerCode' : 'customerName';
    errs.add(field, v.code || v.name ? msg('import.unknownCustomer', { who: v.code ?? v.name ?? '' }) : msg('import.noCustomer'));
  }
  return undefined;
}

/**
 * A file that names no currency anywhere: the amount is in the customer's own currency (else the
 * one its open items are all in). False when the row is rejected.
 */
async function useCustomerCurrency(s: PaymentLoad, row: SourceRow, customerId: number, v: PaymentRow): Promise<boolean> {
  const { plan } = s;
  let own = s.currencyOf.get(customerId);
  if (own === undefined) {
    own = await s.run.tx.customers.currency(customerId);
    s.currencyOf.set(customerId, own);
  }
  const col = plan.map.amount;
  if (own && own !== v.currency && col !== undefined) {
    const again = parseAmount(row.cells[col] ?? null, own, plan.decimalMark, plan.units?.amount?.power ?? 0);
    if (!again.ok) {
      s.reject(row, [{ column: columnName(plan, 'amount'), reason: again.empty ? msg('import.noAmount') : again.reason }]);
      return false;
    }
    v.currency = own;
    v.amount = plan.negativeStyle === 'invert' ? -again.value.minor : again.value.minor;
  }
  if (own) s.fromCustomer.set(v.currency, (s.fromCustomer.get(v.currency) ?? 0) + 1);
  else s.defaulted++;
  return true;
}

/** A payment without a reference in the file: date + amount, numbered when the same pair repeats. */
function derivedReference(s: PaymentLoad, customerId: number, date: string, amount: number, currency: string): string {
  const base = `${date} ${formatMoney(amount, currency)}`;
  const k = `${customerId}\u0001${base}`;
  const n = (s.derivedCount.get(k) ?? 0) + 1;
  s.derivedCount.set(k, n);
  return n === 1 ? base : `${base} #${n}`;
}

/** Add a row to its payment; false (row rejected) when the payment already has another date or currency. */
function addToGroup(s: PaymentLoad, row: SourceRow, customerId: number, v: PaymentRow & { amount: number; date: string; reference: string }): boolean {
  // One reference seen with two currencies or dates (a transfer split across currencies):
  // separate payments, the later ones named "REF/CUR" or "REF/DATE".
  let reference = v.reference;
  let gk = `${customerId}\u0001${reference}`;
  let g = s.groups.get(gk);
  if (g && (g.currency !== v.currency || g.date !== v.date)) {
    reference = g.currency !== v.currency ? `${reference}/${v.currency}` : `${reference}/${v.date}`;
    gk = `${customerId}\u0001${reference}`;
    g = s.groups.get(gk);
  }
  if (!g) {
    g = {
      customerId,
      customerLabel: v.code ?? v.name ?? '',
      reference,
      date: v.date,
      currency: v.currency,
      amount: 0,
      method: v.method,
      note: v.note,
      parts: [],
    };
    s.groups.set(gk, g);
  } else if (g.currency !== v.currency || g.date !== v.date) {
    s.reject(row, [
      { column: s.plan.map.reference !== undefined ? columnName(s.plan, 'reference') : 'reference', reason: msg('import.paymentSplit', { reference }) },
    ]);
    return false;
  }
  g.amount += v.amount;
  g.parts.push({ invoice: v.invoice || undefined, amountMinor: v.amount, line: row.line });
  return true;
}

async function loadRow(s: PaymentLoad, row: SourceRow): Promise<void> {
  const errs = new RowErrors(s.plan);
  const v = readRow(s, row, errs);
  const customerId = errs.any ? undefined : await customerFor(s, v, errs);
  const { amount, date } = v;
  if (errs.any || customerId === undefined || amount === undefined || !date) {
    s.reject(row, errs.list.length ? errs.list : [{ column: '', reason: msg('import.noAmount') }]);
    return;
  }
  // No currency anywhere (no column, flag, profile or symbol): each customer's own currency.
  if (s.plan.currency === undefined && !v.currencyFromRow && !(await useCustomerCurrency(s, row, customerId, v))) return;
  // The customer's currency may have re-read the amount.
  const minor = v.amount ?? amount;
  const reference = v.reference || derivedReference(s, customerId, date, minor, v.currency);
  if (addToGroup(s, row, customerId, { ...v, amount: minor, date, reference })) s.sums.add(v.currency, minor);
}

/**
 * A 收款 list's 小计 / 合计 row, checked like an invoice file's: against the payments since the start or
 * since any earlier total row. With several currencies and no currency cell it cannot be read, and is
 * only skipped.
 */
function checkTotal(s: PaymentLoad, row: SourceRow): void {
  const { plan, sums } = s;
  const col = plan.map.amount;
  if (col === undefined || sums.all.size > 1) {
    sums.mark();
    return;
  }
  const currency = sums.all.size === 1 ? [...sums.all.keys()][0] : s.defCurrency;
  const r = parseAmount(row.cells[col] ?? null, currency, plan.decimalMark, plan.units?.amount?.power ?? 0);
  if (r.ok) {
    const stated = plan.negativeStyle === 'invert' ? -r.value.minor : r.value.minor;
    const since = sums.since.get(currency) ?? 0;
    if (stated !== since && !sums.coversSinceMark(currency, stated)) {
      const L = s.run.lang;
      s.c.warnings.push(
        t(L, 'import.wTotalMismatch', {
          line: row.line,
          stated: formatMoney(stated, currency, { locale: L }),
          currency,
          sum: formatMoney(since === 0 ? (sums.all.get(currency) ?? 0) : since, currency, { locale: L }),
        }),
      );
    }
  }
  sums.mark();
}

async function loadPayments(plan: FilePlan, run: RunState, target: LoadTarget): Promise<LoadCounts> {
  const s = new PaymentLoad(plan, run, plan.currency ?? run.defaultCurrency);
  const keys = columnsOf(plan.map, payments.keyFields);
  const amounts = columnsOf(plan.map, payments.amountFields);
  for await (const row of dataRows(plan, run, s.c, keys, amounts, (row) => checkTotal(s, row))) await loadRow(s, row);
  await writePayments(s, target);
  return s.c;
}

async function writePayments(s: PaymentLoad, target: LoadTarget): Promise<void> {
  const { c, run } = s;
  const L = run.lang;
  const writer = await run.tx.payments.writer(target.batchId, run.now);
  const labels = new Map<number, string>();
  for (const g of s.groups.values()) {
    labels.set(g.customerId, g.customerLabel);
    const r = writer.write({
      customerId: g.customerId,
      reference: g.reference,
      date: g.date,
      currency: g.currency,
      amountMinor: g.amount,
      method: g.method,
      note: g.note,
      source: s.plan.profile.name,
      parts: g.parts,
    });
    c[r.outcome]++;
    for (const w of r.warnings) c.warnings.push(paymentWarning(L, w, labels));
  }
  for (const w of await writer.settle()) c.warnings.push(paymentWarning(L, w, labels));
  c.documents = s.groups.size;
  c.currencies = [...new Set([...s.groups.values()].map((g) => g.currency))].sort();
  if (s.fromCustomer.size && !s.defaulted) c.currencySource = 'customer';
  if (s.defaulted) c.warnings.unshift(t(L, 'import.wPaymentsDefault', { items: counted(L, 'payments', s.defaulted), currency: s.defCurrency }));
  if (s.fromCustomer.size) {
    const n = [...s.fromCustomer.values()].reduce((a, b) => a + b, 0);
    c.warnings.unshift(
      t(L, 'import.wPaymentsCustomerCurrency', { items: counted(L, 'payments', n), currencies: [...s.fromCustomer.keys()].sort().join(', ') }),
    );
  }
}

function money(L: Lang, minor: number, currency: string): string {
  return `${formatMoney(minor, currency, { locale: L })} ${currency}`;
}

function paymentWarning(L: Lang, w: PaymentWarning, labels: Map<number, string>): string {
  switch (w.kind) {
    case 'unknown-invoice':
      return t(L, 'import.wUnknownInvoice', { line: w.line, reference: w.reference, invoice: w.invoice });
    case 'not-an-invoice':
      return t(L, 'import.wNotInvoice', { line: w.line, reference: w.reference, invoice: w.invoice });
    case 'currency-mismatch':
      return t(L, 'import.wCurrencyMismatch', { line: w.line, reference: w.reference, invoice: w.invoice, currency: w.invoiceCurrency });
    case 'over-allocated':
      return t(L, 'import.wOverAllocated', { line: w.line, reference: w.reference, invoice: w.invoice, amount: money(L, w.leftoverMinor, w.currency) });
    case 'credits-applied':
      return t(L, 'import.wCreditsApplied', {
        notes: counted(L, 'creditNotes', w.count),
        amount: w.byCurrency.map((x) => money(L, x.amountMinor, x.currency)).join(', '),
        credit: w.example.credit,
        invoice: w.example.invoice,
      });
    case 'on-account':
      return t(L, 'import.wOnAccount', {
        reference: w.reference,
        customer: labels.get(w.customerId) ?? String(w.customerId),
        amount: money(L, w.amountMinor, w.currency),
      });
  }
}

export const payments: KindSpec = {
  kind: 'payments',
  headers: HEADERS,
  required: [['customerCode', 'customerName'], ['date'], ['amount']],
  keyFields: ['reference', 'customerCode', 'customerName', 'invoice'],
  amountFields: ['amount'],
  dateFields: ['date'],
  aliases: {
    customer: 'customerName',
    invoicenumber: 'invoice',
    invoicedate: 'issueDate',
    date: 'date',
    amount: 'amount',
    balance: 'open',
    openbalance: 'open',
    terms: 'terms',
  },
  load: loadPayments,
};
