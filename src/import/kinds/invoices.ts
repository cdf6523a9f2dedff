// Invoices (and credit notes): the open-items export of an ERP or accounting package, one row per
// invoice or per invoice line. The rows become records in invoice-parser.ts; this file looks up
// each record's customer and hands it to the store.
import { msg, t } from '../../i18n/index.js';
import type { InvoiceWriter } from '../../store/port.js';
import type { FilePlan } from '../plan/file-plan.js';
import { counted } from '../text.js';
import { InvoiceParser, type BadOut, type InvoiceContact, type InvoiceRecord, type ParserConfig } from './invoice-parser.js';
import type { KindHeaders, KindSpec } from './kind.js';
import { columnName, recordReject, type LoadCounts, type LoadTarget, type RunState } from './rows.js';
import { CURRENCY, CUSTOMER_CODE, CUSTOMER_NAME } from './words.js';
import { fullHeaderKey } from '../plan/headers.js';
import type { ColumnMap, Field } from '../types.js';

/** Header words that name a reference: the PO beside a document number, else the document number itself. */
const REFERENCE_WORDS = ['reference', 'referenz', 'your reference', 'ref.', 'référence', '参考号', '参考编号'];

const HEADERS: KindHeaders = {
  customerCode: CUSTOMER_CODE,
  customerName: CUSTOMER_NAME,
  number: [
    'number',
    'invoice number',
    'invoice no',
    'invoice #',
    'invoice',
    'inv no',
    'inv #',
    'num',
    'no',
    'doc no',
    'doc number',
    'document number',
    'document no',
    'document',
    'transaction number',
    'transaction no',
    'ref no',
    'bill no',
    'belegnummer',
    'beleg',
    'rechnung',
    'rechnungsnummer',
    'rechnungsnr',
    'beleg nr',
    'belegnr',
    'facture',
    'numéro de facture',
    '凭证编号',
    '发票号',
    '发票号码',
    '发票编号',
    '单据编号',
    '单据号',
    '单号',
    '单据编码',
    '应收单号',
    '凭证号',
    '销售发票号',
  ],
  kind: [
    'kind',
    'type',
    'transaction type',
    'document type',
    'doc type',
    'doc. type',
    'invoice type',
    'belegart',
    '单据类型',
    '类型',
    '业务类型',
    '发票类型',
    '单据类别',
  ],
  issueDate: [
    'issue_date',
    'issue date',
    'date',
    'invoice date',
    'document date',
    'doc date',
    'doc. date',
    'transaction date',
    'bill date',
    'posting date',
    'created date',
    'belegdatum',
    'belegdat',
    'buchungsdatum',
    'datum',
    'rechnungsdatum',
    'date de facture',
    '凭证日期',
    '日期',
    '业务日期',
    '单据日期',
    '开票日期',
    '发票日期',
    '记账日期',
    '制单日期',
    '出库日期',
  ],
  dueDate: [
    'due_date',
    'due date',
    'net due date',
    'due on',
    'payment due',
    'payment due date',
    'due',
    'receive by',
    'nettofälligkeit',
    'fälligkeit',
    'fälligkeitsdatum',
    'fällig',
    'fällig am',
    'fälligkeitstermin',
    'due date/receive by',
    'échéance',
    'date due',
    'due by',
    'payment due by',
    'pay by',
    'maturity date',
    'maturity',
    'net due dt',
    'due net',
    'nettofälligk.',
    'fälligk.',
    'baseline due date',
    "date d'échéance",
    '净到期日',
    '到期日',
    '到期日期',
    '应收日期',
    '收款到期日',
    '最后收款日',
    '付款到期日',
    '收款期限',
    '付款期限',
    '最后付款日',
    '最迟付款日',
    '最迟收款日',
    '约定收款日',
    '约定付款日',
    '应收款日期',
    '到期时间',
  ],
  currency: CURRENCY,
  total: [
    'total',
    'amount',
    'invoice amount',
    'invoice total',
    'total amount',
    'gross amount',
    'gross',
    'original amount',
    'orig amount',
    'amount in doc curr',
    'amount in doc. curr.',
    'amount in document currency',
    'amount in dc',
    'amount (foreign currency)',
    'betrag',
    'betrag in belegwährung',
    'betrag in belegwähr',
    'betrag in bw',
    'montant',
    'invoice amt',
    '凭证货币金额',
    '价税合计',
    '应收金额',
    '金额',
    '发票金额',
    '含税金额',
    '单据金额',
    '原币金额',
    '应收款金额',
    '合计金额',
    '价税合计原币',
    '原币价税合计',
  ],
  open: [
    'open',
    'open_minor',
    'open balance',
    'open amount',
    'balance',
    'balance due',
    'amount due',
    'invoice amount due',
    'outstanding',
    'outstanding amount',
    'amount remaining',
    'amount remaining (foreign currency)',
    'remaining',
    'remaining amount',
    'amount open',
    'open item amount',
    'offener betrag',
    'offen',
    'restbetrag',
    'solde',
    'outstanding balance',
    'balance outstanding',
    'amount outstanding',
    'open amt',
    'balance (foreign currency)',
    'remaining balance',
    'unpaid amount',
    'unpaid balance',
    '未核销金额',
    '未核销余额',
    '未收金额',
    '未收款金额',
    '未收余额',
    '余额',
    '应收余额',
    '未结金额',
    '欠款金额',
    '未结算金额',
    '剩余金额',
    '未回款金额',
    '原币余额',
    '本币余额',
    '期末余额',
    '原币期末余额',
    '本币期末余额',
    '原币未收金额',
    '本币未收金额',
    '原币未核销金额',
    '本币未核销金额',
    '未收款余额',
    '应收账款余额',
    '剩余应收',
    '尚欠金额',
  ],
  paid: [
    'paid',
    'amount paid',
    'invoice amount paid',
    'paid amount',
    'payments',
    'amount received',
    'applied',
    'amount applied',
    '已核销金额',
    '已收金额',
    '已收款金额',
    '已回款金额',
    '已结算金额',
    '累计收款',
  ],
  lineAmount: ['line amount', 'lineamount', 'line total', 'item total', 'item amount', '行金额', '明细金额'],
  po: [
    'po',
    'po number',
    'po no',
    'p.o. #',
    'p.o. no',
    'purchase order',
    'purchase order number',
    'purchaseorder',
    'customer po',
    'customer po number',
    'po no.',
    'client po',
    'assignment',
    'zuordnung',
    ...REFERENCE_WORDS,
    'order no',
    'order number',
    '订单号',
    '采购订单号',
    '合同号',
    '销售订单号',
    '订单编号',
    '合同编号',
    '客户订单号',
    '客户采购订单号',
  ],
  terms: ['terms', 'payment terms', 'terms of payment', 'zahlungsbedingung', '付款条件', '收款条件', '结算条件', '账期'],
  salesperson: [
    'salesperson',
    'sales person',
    'sales rep',
    'salesrep',
    'rep',
    'sales representative',
    'account manager',
    'sales person name',
    '销售员',
    '业务员',
    '销售人员',
    '负责业务员',
    '业务负责人',
  ],
  status: ['status', 'invoice status', 'document status', 'state', '状态', '单据状态', '发票状态'],
  // QuickBooks job or location, a project: kept as the invoice's job label; the customer stays the
  // parent. QuickBooks' Class is left out: it is an accounting category (a department, a line of business).
  job: [
    'job',
    'job name',
    'location',
    'location full name',
    'location name',
    'project',
    'project name',
    'site',
    '项目',
    '工程',
    '项目名称',
    '工程名称',
    '工程项目',
  ],
  // Contact columns: the customer's contacts (a separate person column only: Xero's ContactName is the customer).
  contact: ['contact person', 'attention', 'attn', 'contact person name', '联系人', '联系人姓名', '对方联系人'],
  email: ['email', 'e-mail', 'email address', 'emailaddress', 'contact email', '邮箱', '电子邮箱', '联系人邮箱'],
  phone: ['phone', 'telephone', 'tel', 'phone number', 'contact phone', '联系电话', '电话', '联系人电话', '座机'],
  mobile: ['mobile', 'mobile phone', 'cell', 'cell phone', '手机', '手机号', '手机号码', '移动电话'],
};

/**
 * A `Reference` column (SAP's XBLNR, Xero's Reference) is the PO only when another column is the
 * document number; in a file with no other number column it IS the document number.
 */
export function placeReference(map: ColumnMap, source: Partial<Record<Field, string>>, headers: string[]): void {
  const col = map.po;
  if (col === undefined || source.po !== 'dictionary' || !isReferenceHeader(headers[col] ?? '')) return;
  if (map.number !== undefined) return;
  map.number = col;
  source.number = 'dictionary';
  delete map.po;
  delete source.po;
}

export function isReferenceHeader(h: string): boolean {
  const k = fullHeaderKey(h);
  return REFERENCE_WORDS.some((w) => fullHeaderKey(w) === k);
}

function parserConfig(plan: FilePlan, run: RunState): ParserConfig {
  return {
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
    powers: Object.fromEntries(Object.entries(plan.units ?? {}).map(([f, u]) => [f, u.power])),
  };
}

/** Hands parsed records to the store: bad rows recorded, each record's customer looked up. */
class InvoiceSink {
  ambiguous = 0;
  /** Contacts the rows name, per customer, in file order (each once). */
  readonly contacts = new Map<number, Map<string, InvoiceContact>>();
  /** How many invoices of each customer name each salesperson, in file order (with --collector-from salesperson). */
  readonly salespeople = new Map<number, Map<string, number>>();
  private has: Record<'issueDate' | 'dueDate' | 'po' | 'terms' | 'salesperson' | 'job', boolean>;
  private customerColumn: string;

  constructor(
    private plan: FilePlan,
    private run: RunState,
    private writer: InvoiceWriter,
  ) {
    const M = plan.map;
    this.has = {
      issueDate: M.issueDate !== undefined,
      // A terms column gives the due date when the file has no due date column.
      dueDate: M.dueDate !== undefined || (M.terms !== undefined && M.issueDate !== undefined),
      po: M.po !== undefined,
      terms: M.terms !== undefined,
      salesperson: M.salesperson !== undefined,
      // QuickBooks names the job in the customer column or a group row.
      job: M.job !== undefined || !!plan.customerJobs,
    };
    this.customerColumn = columnName(plan, M.customerName !== undefined ? 'customerName' : M.customerCode !== undefined ? 'customerCode' : undefined);
  }

  take(out: { records: InvoiceRecord[]; bad: BadOut[] }): void {
    for (const b of out.bad) recordReject(this.run, this.plan, b.line, b.cells, b.errs);
    for (const r of out.records) this.write(r);
  }

  private write(r: InvoiceRecord): void {
    const who = this.run.resolver.resolve(r.customerCode ?? undefined, r.customerName ?? undefined, true);
    if (!who || 'ambiguous' in who) {
      // Several customers share this name: every line of the invoice is rejected.
      const reason = msg('import.ambiguousCustomer', { name: r.customerName ?? '' });
      for (const line of [r.line, ...r.otherLines]) {
        this.ambiguous++;
        recordReject(this.run, this.plan, line, [], [{ column: this.customerColumn, reason }]);
      }
      return;
    }
    // A field the file has no column for stays undefined: the ledger keeps what it knows.
    const opt = <T>(has: boolean, v: T) => (has ? v : undefined);
    this.writer.write(
      {
        customerId: who.id,
        number: r.number,
        kind: r.kind,
        issueDate: opt(this.has.issueDate, r.issueDate),
        dueDate: opt(this.has.dueDate, r.dueDate),
        currency: r.currency,
        totalMinor: r.totalMinor,
        openMinor: r.openMinor ?? undefined,
        po: opt(this.has.po, r.po),
        terms: opt(this.has.terms, r.terms),
        salesperson: opt(this.has.salesperson, r.salesperson),
        job: opt(this.has.job, r.job),
      },
      r.line,
    );
    this.note(who.id, r);
  }

  /** The record's contact and salesperson, for after the invoices are written. */
  private note(customerId: number, r: InvoiceRecord): void {
    if (r.contact) {
      const list = this.contacts.get(customerId) ?? new Map<string, InvoiceContact>();
      const key = [r.contact.name, r.contact.email?.toLowerCase(), r.contact.phone, r.contact.mobile].join('\u0001');
      if (!list.has(key)) list.set(key, r.contact);
      this.contacts.set(customerId, list);
    }
    // Counted only when they will pick collectors: a million Map updates otherwise spent for nothing.
    if (r.salesperson && this.run.collectorFrom === 'salesperson') {
      const counts = this.salespeople.get(customerId) ?? new Map<string, number>();
      counts.set(r.salesperson, (counts.get(r.salesperson) ?? 0) + 1);
      this.salespeople.set(customerId, counts);
    }
  }

  /** Each customer's salesperson: the one on most of its invoices (the first listed on a tie). */
  mostFrequent(): { customerId: number; salesperson: string }[] {
    return [...this.salespeople].map(([customerId, counts]) => {
      let best = '';
      let n = 0;
      for (const [sp, k] of counts) if (k > n) [best, n] = [sp, k];
      return { customerId, salesperson: best };
    });
  }
}

/**
 * The contacts an invoice file names, added to their customers: a person's name when the file has
 * a contact column, else the e-mail or phone stands for the contact. Never overwrites or deletes.
 */
async function addContacts(run: RunState, sink: InvoiceSink): Promise<number> {
  let added = 0;
  for (const [customerId, list] of sink.contacts) {
    for (const c of list.values()) {
      const name = c.name ?? c.email ?? c.phone ?? c.mobile;
      if (!name) continue;
      const out = await run.tx.contacts.addFromImport({ customerId, name, email: c.email, phone: c.phone, mobile: c.mobile }, run.now);
      if (out === 'imported') added++;
    }
  }
  return added;
}

async function loadInvoices(plan: FilePlan, run: RunState, target: LoadTarget): Promise<LoadCounts> {
  const writer = await run.tx.invoices.writer({ batchId: target.batchId, now: run.now, asOf: target.asOf, source: plan.profile.name });
  const parser = new InvoiceParser(parserConfig(plan, run));
  const sink = new InvoiceSink(plan, run, writer);
  for await (const rows of plan.source.batches(run.onBytes)) {
    parser.push(rows);
    sink.take(parser.take());
  }
  parser.end();
  sink.take(parser.take());
  // The writer decides imported/updated/unchanged when it merges its staged rows, at flush.
  const c = await writer.flush();
  const contactsAdded = await addContacts(run, sink);
  const collectors = run.collectorFrom === 'salesperson' ? await run.tx.customers.collectorsFromSalespeople(sink.mostFrequent(), run.now) : undefined;
  const L = run.lang;
  const out: LoadCounts = {
    rowsRead: parser.rowsRead,
    imported: c.imported,
    updated: c.updated,
    unchanged: c.unchanged,
    rejected: parser.rejected + sink.ambiguous,
    warnings: [...parser.warnings],
    stale: c.stale,
    firstStale: c.firstStale,
    skipped: { ...parser.skipped },
    contactsAdded,
    ...(collectors ? { collectors } : {}),
    documents: parser.documents,
    currencies: [...parser.currencies].sort(),
  };
  if (run.collectorFromAsked && plan.map.salesperson === undefined) out.warnings.push(t(L, 'kept.wNoSalesperson'));
  const dup = c.firstDuplicate;
  if (c.duplicates && dup) out.warnings.push(t(L, 'import.wDuplicate', { items: counted(L, 'duplicates', c.duplicates), number: dup.number, line: dup.line }));
  const over = c.overSettled;
  if (over.length) out.warnings.push(t(L, 'import.wOverSettled', { items: counted(L, 'invoices', over.length), number: over[0] }));
  return out;
}

export const invoices: KindSpec = {
  kind: 'invoices',
  headers: HEADERS,
  required: [['number'], ['total', 'open', 'lineAmount'], ['customerCode', 'customerName'], ['issueDate', 'dueDate']],
  keyFields: ['number', 'customerCode', 'customerName'],
  amountFields: ['total', 'open', 'paid', 'lineAmount'],
  dateFields: ['issueDate', 'dueDate'],
  aliases: {
    customer: 'customerName',
    invoicenumber: 'number',
    invoicedate: 'issueDate',
    date: 'issueDate',
    amount: 'total',
    balance: 'open',
    openbalance: 'open',
    terms: 'terms',
  },
  load: loadInvoices,
};
