// Header matching: normalise a header (trim, NFKC, no leading `*`, no unit suffix such as `(元)`,
// case- and punctuation-insensitive), then look it up in an EN/ZH synonym dictionary per kind.
import type { ColumnMap, Field, ImportKind } from '../types.js';

/** The comparable form of a header, without its unit suffix. */
export function headerKey(header: string): string {
  return keyOf(stripUnit(baseText(header)));
}

/** The comparable form keeping a parenthesised suffix ("Amount (Foreign Currency)"). */
export function fullHeaderKey(header: string): string {
  return keyOf(baseText(header));
}

function baseText(h: string): string {
  return h
    .normalize('NFKC')
    .replace(/[\u200b\ufeff]/g, '')
    .trim()
    .replace(/^[*＊]+\s*/, '')
    .replace(/\s*[*＊]+$/, '')
    .trim();
}

function stripUnit(s: string): string {
  // `应收金额(元)`, `Amount (USD)`, `金额[万元]`, `Balance - CNY`: the unit is not the field.
  let out = s.replace(/\s*[([（【［][^()[\]（）【】［］]{0,16}[)\]）】］]\s*$/, '');
  out = out.replace(/\s*[-–/]\s*(?:[A-Z]{3}|元|万元|人民币)\s*$/, '');
  return out.trim() === '' ? s : out;
}

function keyOf(s: string): string {
  return s
    .toLowerCase()
    .replace(/#/g, 'no')
    .replace(/№/g, 'no')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

// Abbreviations exports use in column labels (SAP's "Net due dt", "Amount in DC", "Curr.",
// "Doc. No"; "Inv Amt", "Cust #"): each word is expanded before comparing, on both sides.
const ABBREVIATIONS: Record<string, string> = {
  dt: 'date', dte: 'date', amt: 'amount', amnt: 'amount', curr: 'currency', cur: 'currency', ccy: 'currency', crcy: 'currency',
  no: 'number', nr: 'number', num: 'number', nbr: 'number', nummer: 'number', doc: 'document', inv: 'invoice', cust: 'customer',
  bal: 'balance', pstng: 'posting', orig: 'original', acct: 'account', ref: 'reference', dc: 'document currency',
  lc: 'local currency', pmt: 'payment', pymt: 'payment', rcpt: 'receipt', outstdg: 'outstanding', dat: 'date', datum: 'date',
  betr: 'betrag', währg: 'währung', fälligk: 'fälligkeit', bw: 'belegwährung',
};

/**
 * The comparable form with abbreviations written out: words split at spaces, punctuation and
 * camelCase humps ("DocumentNo" → document number), then each looked up in ABBREVIATIONS.
 */
export function expandedKey(header: string): string {
  const words = baseText(header)
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .replace(/[#№]/g, ' no ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.map((w) => ABBREVIATIONS[w] ?? w).join('').replace(/\s+/g, '');
}

function expandedKeys(header: string): string[] {
  const full = expandedKey(header);
  const stripped = expandedKey(stripUnit(baseText(header)));
  return full === stripped ? [full] : [full, stripped];
}

/** Whether two headers name the same column (exactly, normalised, or with abbreviations written out). */
export function sameHeader(a: string, b: string): boolean {
  if (a.trim() === b.trim()) return true;
  if (fullHeaderKey(a) === fullHeaderKey(b) || headerKey(a) === headerKey(b)) return true;
  const ka = expandedKeys(a);
  return expandedKeys(b).some((k) => k !== '' && ka.includes(k));
}

/** A header's display form for messages (trimmed). */
export function displayHeader(h: string): string {
  return h.replace(/\s+/g, ' ').trim();
}

const CUSTOMER_CODE = [
  'customer_code', 'customer code', 'customer id', 'customer no', 'customer number', 'customer #', 'cust id', 'cust no',
  'account', 'customer account', 'account number', 'account no', 'debtor', 'debtor code', 'client id', 'client code',
  'contact id', 'customer ref', 'kundennummer', 'konto', 'debitor',
  '客户编码', '客户代码', '客户编号', '客户号', '往来单位编码', '单位编码', '客户代号',
];
const CUSTOMER_NAME = [
  'customer_name', 'customer name', 'customer', 'customer full name', 'customer/project', 'contact name', 'contact', 'client',
  'client name', 'kunde', 'kundenname', 'company', 'company name', 'debtor name', 'bill to', 'billed to', 'name 1', 'name1', 'account name', 'name',
  '客户名称', '客户', '客户全称', '客户简称', '单位名称', '往来单位', '往来单位名称', '购货单位', '购买方名称', '购方名称', '付款单位',
];

const INVOICE: Record<string, string[]> = {
  customerCode: CUSTOMER_CODE,
  customerName: CUSTOMER_NAME,
  number: [
    'number', 'invoice number', 'invoice no', 'invoice #', 'invoice', 'inv no', 'inv #', 'num', 'no', 'doc no', 'doc number',
    'document number', 'document no', 'document', 'transaction number', 'transaction no', 'ref no', 'bill no', 'belegnummer', 'beleg',
    'rechnung', 'rechnungsnummer', 'rechnungsnr', 'beleg nr', 'belegnr', 'facture', 'numéro de facture', '凭证编号',
    '发票号', '发票号码', '发票编号', '单据编号', '单据号', '单号', '单据编码', '应收单号', '凭证号', '销售发票号',
  ],
  kind: [
    'kind', 'type', 'transaction type', 'document type', 'doc type', 'doc. type', 'invoice type', 'belegart',
    '单据类型', '类型', '业务类型', '发票类型', '单据类别',
  ],
  issueDate: [
    'issue_date', 'issue date', 'date', 'invoice date', 'document date', 'doc date', 'doc. date', 'transaction date', 'bill date',
    'posting date', 'created date', 'belegdatum', 'belegdat', 'buchungsdatum', 'datum', 'rechnungsdatum', 'date de facture', '凭证日期',
    '日期', '业务日期', '单据日期', '开票日期', '发票日期', '记账日期', '制单日期', '出库日期',
  ],
  dueDate: [
    'due_date', 'due date', 'net due date', 'due on', 'payment due', 'payment due date', 'due', 'receive by', 'nettofälligkeit',
    'fälligkeit', 'fälligkeitsdatum', 'fällig', 'fällig am', 'fälligkeitstermin', 'due date/receive by', 'échéance', 'date due', 'due by',
    'payment due by', 'pay by', 'maturity date', 'maturity', 'net due dt', 'due net', 'nettofälligk.', 'fälligk.', 'baseline due date', 'date d\'échéance',
    '净到期日', '到期日', '到期日期', '应收日期', '收款到期日', '最后收款日', '付款到期日', '收款期限', '付款期限', '最后付款日', '最迟付款日',
    '最迟收款日', '约定收款日', '约定付款日', '应收款日期', '到期时间',
  ],
  currency: [
    'currency', 'curr', 'curr.', 'crcy', 'ccy', 'currency code', 'document currency', 'doc currency', 'doc. currency', 'belegwährung', 'währung',
    'währg', 'devise', '凭证货币',
    '币别', '币种', '币制', '货币', '原币币别', '原币',
  ],
  total: [
    'total', 'amount', 'invoice amount', 'invoice total', 'total amount', 'gross amount', 'gross', 'original amount', 'orig amount',
    'amount in doc curr', 'amount in doc. curr.', 'amount in document currency', 'amount in dc', 'amount (foreign currency)', 'betrag',
    'betrag in belegwährung', 'betrag in belegwähr', 'betrag in bw', 'montant', 'invoice amt', '凭证货币金额', '价税合计', '应收金额', '金额', '发票金额',
    '含税金额', '单据金额', '原币金额', '应收款金额', '合计金额', '价税合计原币', '原币价税合计',
  ],
  open: [
    'open', 'open_minor', 'open balance', 'open amount', 'balance', 'balance due', 'amount due', 'invoice amount due', 'outstanding',
    'outstanding amount', 'amount remaining', 'amount remaining (foreign currency)', 'remaining', 'remaining amount', 'amount open',
    'open item amount', 'offener betrag', 'offen', 'restbetrag', 'solde', 'outstanding balance', 'balance outstanding', 'amount outstanding',
    'open amt', 'balance (foreign currency)', 'remaining balance', 'unpaid amount', 'unpaid balance',
    '未核销金额', '未核销余额', '未收金额', '未收款金额', '未收余额', '余额', '应收余额', '未结金额', '欠款金额', '未结算金额', '剩余金额', '未回款金额',
    '原币余额', '本币余额', '期末余额', '原币期末余额', '本币期末余额', '原币未收金额', '本币未收金额', '原币未核销金额', '本币未核销金额', '未收款余额',
    '应收账款余额', '剩余应收', '尚欠金额',
  ],
  paid: [
    'paid', 'amount paid', 'invoice amount paid', 'paid amount', 'payments', 'amount received', 'applied', 'amount applied',
    '已核销金额', '已收金额', '已收款金额', '已回款金额', '已结算金额', '累计收款',
  ],
  lineAmount: ['line amount', 'lineamount', 'line total', 'item total', 'item amount', '行金额', '明细金额'],
  po: [
    'po', 'po number', 'po no', 'p.o. #', 'p.o. no', 'purchase order', 'purchase order number', 'purchaseorder', 'customer po', 'order no',
    'order number', '订单号', '采购订单号', '合同号', '销售订单号', '订单编号', '合同编号',
  ],
  terms: ['terms', 'payment terms', 'terms of payment', 'zahlungsbedingung', '付款条件', '收款条件', '结算条件', '账期'],
  salesperson: [
    'salesperson', 'sales person', 'sales rep', 'salesrep', 'rep', 'sales representative', 'account manager', 'sales person name',
    '销售员', '业务员', '销售人员', '负责业务员',
  ],
  status: ['status', 'invoice status', 'document status', 'state', '状态', '单据状态', '发票状态'],
};

const PAYMENT: Record<string, string[]> = {
  customerCode: CUSTOMER_CODE,
  customerName: CUSTOMER_NAME,
  reference: [
    'reference', 'payment reference', 'ref', 'payment no', 'payment number', 'payment #', 'receipt no', 'receipt number', 'number',
    'document number', 'transaction number', 'check no', 'cheque no', 'bank reference', '收款单号', '单据编号', '单据号', '收款单编号',
    '流水号', '银行流水号', '凭证号',
  ],
  date: [
    'date', 'payment date', 'received date', 'receipt date', 'date received', 'value date', 'posting date', 'paid date',
    '收款日期', '日期', '业务日期', '单据日期', '到账日期', '付款日期',
  ],
  currency: INVOICE.currency,
  amount: [
    'amount', 'payment amount', 'amount received', 'received', 'paid amount', 'total', '收款金额', '金额', '实收金额', '到账金额', '付款金额',
  ],
  invoice: [
    'invoice', 'invoice number', 'invoice no', 'invoice #', 'applied to', 'apply to', 'for invoice', '发票号', '发票号码', '核销单据号',
    '对应发票', '源单编号', '应收单号',
  ],
  method: ['method', 'payment method', 'payment type', 'channel', '收款方式', '结算方式', '付款方式'],
  note: ['note', 'notes', 'memo', 'description', 'remark', 'remarks', '备注', '摘要', '说明'],
};

const CUSTOMER: Record<string, string[]> = {
  code: ['code', 'customer code', 'customer_code', 'customer id', 'customer no', 'account', 'account number', 'id', '客户编码', '编码', '客户代码', '客户编号'],
  name: ['name', 'customer name', 'customer', 'company', 'company name', 'legal name', '客户名称', '名称', '客户全称', '单位名称'],
  type: ['type', 'customer type', 'category', '类型', '客户类型', '客户类别'],
  grade: ['grade', 'credit grade', 'rating', 'credit rating', '等级', '信用等级', '客户等级'],
  strategic: ['strategic', 'key account', 'is strategic', '战略客户', '重点客户', '是否战略客户'],
  language: ['language', 'lang', 'preferred language', '语言'],
  currency: ['currency', 'default currency', '币种', '币别'],
  termsDays: ['terms_days', 'terms days', 'terms', 'payment terms', 'payment terms days', 'credit days', 'net days', '账期', '账期天数', '信用期', '收款期限'],
  creditLimit: ['credit_limit', 'credit limit', 'limit', '信用额度', '授信额度', '信用限额'],
  collector: ['collector', 'owner', 'account owner', 'assigned to', '催收员', '负责人', '收款负责人', '跟进人'],
  parent: ['parent', 'parent code', 'parent customer', 'group', '上级客户', '母公司', '集团'],
  taxId: ['tax_id', 'tax id', 'vat', 'vat number', 'tax number', 'ein', 'uscc', '税号', '纳税人识别号', '统一社会信用代码', '税务登记号'],
  address: ['address', 'billing address', 'street', '地址', '公司地址', '注册地址', '开票地址'],
  phone: ['phone', 'telephone', 'tel', 'phone number', '电话', '联系电话', '座机'],
  email: ['email', 'e-mail', 'email address', 'mail', '邮箱', '电子邮箱', '电子邮件'],
  paymentRunDays: ['payment_run_days', 'payment run days', 'payment run', 'pay days', 'payment days', '付款日', '付款日期', '对方付款日'],
  approvalChain: ['approval_chain', 'approval chain', 'approvals', 'approval process', '审批流程', '审批链', '付款审批'],
  documentsRequired: ['documents_required', 'documents required', 'required documents', 'documents', '所需单据', '所需资料', '付款所需单据'],
  notes: ['notes', 'note', 'memo', 'remarks', '备注', '说明'],
};

const CONTACT: Record<string, string[]> = {
  customerCode: ['customer_code', 'customer code', 'customer id', 'customer no', 'account', 'account number', '客户编码', '客户代码', '客户编号'],
  customerName: ['customer_name', 'customer name', 'customer', 'company', 'company name', '客户名称', '客户', '单位名称', '公司'],
  name: ['name', 'contact', 'contact name', 'full name', 'person', '联系人', '姓名', '联系人姓名'],
  role: ['role', 'contact role', '角色', '联系人角色'],
  title: ['title', 'job title', 'position', '职务', '职位', '岗位'],
  phone: ['phone', 'telephone', 'tel', 'office phone', 'work phone', '电话', '座机', '办公电话'],
  mobile: ['mobile', 'mobile phone', 'cell', 'cell phone', '手机', '手机号', '移动电话'],
  email: ['email', 'e-mail', 'email address', '邮箱', '电子邮箱'],
  wechat: ['wechat', 'weixin', 'wechat id', '微信', '微信号'],
  isPrimary: ['is_primary', 'primary', 'is primary', 'main contact', '主要联系人', '是否主要联系人', '首要联系人'],
  isDecisionMaker: ['is_decision_maker', 'decision maker', 'is decision maker', '决策人', '是否决策人', '关键决策人'],
  notes: ['notes', 'note', 'memo', '备注'],
};

const RAW: Record<ImportKind, Record<string, string[]>> = {
  invoices: INVOICE,
  payments: PAYMENT,
  customers: CUSTOMER,
  contacts: CONTACT,
};

/** Canonical fields each kind knows, in display order. */
export const KIND_FIELDS: Record<ImportKind, Field[]> = {
  invoices: Object.keys(INVOICE) as Field[],
  payments: Object.keys(PAYMENT) as Field[],
  customers: Object.keys(CUSTOMER) as Field[],
  contacts: Object.keys(CONTACT) as Field[],
};

/** Snake-case names accepted in --map and profiles besides the camelCase ones. */
export function fieldFromName(kind: ImportKind, name: string): Field | undefined {
  const k = name.trim().replace(/[-_\s]+(\w)/g, (_, c: string) => c.toUpperCase());
  const fields = KIND_FIELDS[kind];
  const direct = fields.find((f) => f.toLowerCase() === k.toLowerCase());
  if (direct) return direct;
  const aliases: Record<string, string> = {
    customer: kind === 'contacts' || kind === 'invoices' || kind === 'payments' ? 'customerName' : 'name',
    invoicenumber: kind === 'payments' ? 'invoice' : 'number',
    invoicedate: 'issueDate',
    date: kind === 'payments' ? 'date' : 'issueDate',
    amount: kind === 'payments' ? 'amount' : 'total',
    balance: 'open',
    openbalance: 'open',
    terms: kind === 'customers' ? 'termsDays' : 'terms',
    creditlimit: 'creditLimit',
  };
  const a = aliases[k.toLowerCase()];
  return a && fields.includes(a as Field) ? (a as Field) : undefined;
}

const DICT = new Map<ImportKind, { exact: Map<string, Field>; expanded: Map<string, Field> }>();
function dict(kind: ImportKind): { exact: Map<string, Field>; expanded: Map<string, Field> } {
  let d = DICT.get(kind);
  if (!d) {
    d = { exact: new Map(), expanded: new Map() };
    for (const [field, words] of Object.entries(RAW[kind])) {
      // The field's own camelCase name always matches too.
      for (const w of [field, ...words]) {
        for (const k of [fullHeaderKey(w), headerKey(w)]) if (k && !d.exact.has(k)) d.exact.set(k, field as Field);
      }
    }
    // Second pass, so that an exact synonym of one field always beats an expanded form of another.
    for (const [field, words] of Object.entries(RAW[kind])) {
      for (const w of words) for (const k of expandedKeys(w)) if (k && !d.expanded.has(k)) d.expanded.set(k, field as Field);
    }
    DICT.set(kind, d);
  }
  return d;
}

/** The canonical field a header means for this kind, if the dictionary knows it. */
export function fieldForHeader(kind: ImportKind, header: string): Field | undefined {
  const d = dict(kind);
  const hit = d.exact.get(fullHeaderKey(header)) ?? d.exact.get(headerKey(header));
  if (hit) return hit;
  for (const k of expandedKeys(header)) {
    const f = d.expanded.get(k);
    if (f) return f;
  }
  return undefined;
}

/** How many cells of a row look like headers of this kind (used to find the header row). */
export function headerScore(kind: ImportKind, cells: string[]): number {
  const seen = new Set<Field>();
  for (const c of cells) {
    if (!c || c.length > 60) continue;
    const f = fieldForHeader(kind, c);
    if (f) seen.add(f);
  }
  return seen.size;
}

export interface HeaderMatch {
  map: ColumnMap;
  /** Field → how it was matched: dictionary | profile | flag. */
  source: Partial<Record<Field, string>>;
  /** Header names that appear more than once: [header, 0-based columns]. */
  duplicates: [string, number[]][];
}

export interface ColumnSpec {
  field: Field;
  /** Header text, `Header#2`, or `#3` (1-based column). */
  spec: string;
  from: 'profile' | 'flag';
}

/** Resolve `Header`, `Header#2` or `#3` against the header row; undefined when absent. */
export function resolveColumn(headers: string[], spec: string): number | undefined {
  const s = spec.trim();
  const byIndex = /^#(\d+)$/.exec(s);
  if (byIndex) {
    const i = Number(byIndex[1]) - 1;
    return i >= 0 && i < headers.length ? i : undefined;
  }
  let nth = 1;
  let name = s;
  const m = /^(.*\S)\s*#(\d+)$/.exec(s);
  if (m && !headers.some((h) => h.trim() === s)) {
    name = m[1];
    nth = Number(m[2]);
  }
  const exact = headers.map((h, i) => [h, i] as const).filter(([h]) => h.trim() === name);
  if (exact.length >= nth) return exact[nth - 1][1];
  const key = fullHeaderKey(name);
  const loose = headers.map((h, i) => [h, i] as const).filter(([h]) => h && (fullHeaderKey(h) === key || headerKey(h) === headerKey(name)));
  if (loose.length >= nth) return loose[nth - 1][1];
  // Abbreviations written out: a profile's "Net due date" finds SAP's "Net due dt".
  const keys = expandedKeys(name);
  const expanded = headers.map((h, i) => [h, i] as const).filter(([h]) => h && expandedKeys(h).some((k) => keys.includes(k)));
  if (expanded.length >= nth) return expanded[nth - 1][1];
  return undefined;
}

/**
 * Map a header row: explicit specs (profile, then --map, the later winning) first, then the
 * dictionary for every other column. The first of duplicate headers is the one matched.
 */
export function matchHeaders(kind: ImportKind, headers: string[], explicit: ColumnSpec[]): HeaderMatch & { missing: ColumnSpec[] } {
  const map: ColumnMap = {};
  const source: Partial<Record<Field, string>> = {};
  const used = new Set<number>();
  const missing: ColumnSpec[] = [];
  for (const e of explicit) {
    if (e.spec === '') {
      // An explicit empty mapping switches a field off.
      delete map[e.field];
      source[e.field] = e.from;
      continue;
    }
    const i = resolveColumn(headers, e.spec);
    if (i === undefined) {
      if (e.from === 'flag') missing.push(e);
      continue;
    }
    map[e.field] = i;
    source[e.field] = e.from;
  }
  for (const i of Object.values(map)) used.add(i as number);
  const seenKeys = new Map<string, number[]>();
  headers.forEach((h, i) => {
    const k = fullHeaderKey(h ?? '');
    if (!k) return;
    seenKeys.set(k, [...(seenKeys.get(k) ?? []), i]);
  });
  headers.forEach((h, i) => {
    if (used.has(i) || !h) return;
    const f = fieldForHeader(kind, h);
    if (!f || f in source) return;
    // The first of duplicates wins.
    if ((seenKeys.get(fullHeaderKey(h)) ?? [i])[0] !== i) return;
    map[f] = i;
    source[f] = 'dictionary';
    used.add(i);
  });
  // 原币 (the document's currency) over 本币 (the company's): amounts follow the row's currency.
  for (const f of Object.keys(map) as Field[]) {
    const i = map[f] as number;
    if (source[f] !== 'dictionary' || !/本币/.test(headers[i] ?? '')) continue;
    const j = headers.findIndex((h, k) => !used.has(k) && /原币/.test(h ?? '') && fieldForHeader(kind, h) === f);
    if (j >= 0) {
      map[f] = j;
      used.add(j);
      used.delete(i);
    }
  }
  const duplicates: [string, number[]][] = [];
  for (const [, cols] of seenKeys) if (cols.length > 1) duplicates.push([displayHeader(headers[cols[0]]), cols]);
  return { map, source, duplicates, missing };
}
