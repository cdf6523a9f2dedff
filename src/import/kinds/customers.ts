// Customers: the master data (code, name, type, grade, terms, credit limit, who collects, how they pay).
import { msg } from '../../i18n/index.js';
import { CUSTOMER_TYPES, type CustomerType } from '../../core/priority.js';
import { jurisdictionFromCountry } from '../../core/jurisdictions.js';
import type { CustomerInput } from '../../store/port.js';
import type { FilePlan } from '../plan/file-plan.js';
import { cellText, isBlank, parseAmount, parseBool, parseCurrency, parseId, parseInteger, parseText } from '../plan/values.js';
import { requiredMsg } from '../text.js';
import { columnsOf, type KindHeaders, type KindSpec } from './kind.js';
import { columnName, dataRows, emptyCounts, optText, rejectRow, RowErrors, type LoadCounts, type RunState } from './rows.js';

const HEADERS: KindHeaders = {
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
  country: ['jurisdiction', 'country', 'country code', 'billing country', 'country/region', '国家', '国家/地区', '国家或地区', '国别', '法域'],
  state: ['state', 'billing state', 'state/province', 'us state', '州'],
};

const TYPE_WORDS: Record<string, CustomerType> = {
  疏忽遗忘型: 'oversight',
  疏忽型: 'oversight',
  遗忘型: 'oversight',
  流程卡点型: 'process',
  流程型: 'process',
  争议型: 'dispute',
  资金困难型: 'cashflow',
  资金困难: 'cashflow',
  恶意拖欠型: 'delayer',
  恶意拖欠: 'delayer',
  '失联/资不抵债型': 'unreachable',
  失联型: 'unreachable',
  失联: 'unreachable',
  资不抵债型: 'unreachable',
  'admin slip': 'oversight',
  'process-blocked': 'process',
  disputed: 'dispute',
  'cash-strapped': 'cashflow',
  'deliberate delayer': 'delayer',
  insolvent: 'unreachable',
};

async function loadCustomers(plan: FilePlan, run: RunState): Promise<LoadCounts> {
  const c = emptyCounts();
  const M = plan.map;
  const keys = columnsOf(M, customers.keyFields);
  const amounts = columnsOf(M, customers.amountFields);
  for await (const row of dataRows(plan, run, c, keys, amounts)) {
    const cells = row.cells;
    const errs = new RowErrors(plan);
    const input: CustomerInput = {};
    input.code = M.code !== undefined ? errs.get(parseId(cells[M.code] ?? null), 'code') : undefined;
    input.name = M.name !== undefined ? errs.get(parseText(cells[M.name] ?? null), 'name') : undefined;
    if (!input.code && !input.name) errs.add(M.name !== undefined ? 'name' : 'code', requiredMsg('name'));
    if (M.type !== undefined && !isBlank(cells[M.type] ?? null)) {
      const v = cellText(cells[M.type] ?? null)
        .normalize('NFKC')
        .trim();
      const t = (CUSTOMER_TYPES as readonly string[]).includes(v.toLowerCase())
        ? (v.toLowerCase() as CustomerType)
        : (TYPE_WORDS[v.toLowerCase()] ?? TYPE_WORDS[v]);
      if (t) input.type = t;
      else errs.add('type', msg('import.badType', { v, types: CUSTOMER_TYPES.join(', ') }));
    }
    if (M.grade !== undefined && !isBlank(cells[M.grade] ?? null)) {
      const v = cellText(cells[M.grade] ?? null)
        .normalize('NFKC')
        .trim()
        .toUpperCase();
      if (v === 'A' || v === 'B' || v === 'C') input.grade = v;
      else errs.add('grade', msg('import.badGrade', { v }));
    }
    if (M.strategic !== undefined) {
      const b = parseBool(cells[M.strategic] ?? null);
      if (b.ok) input.strategic = b.value;
      else if (!b.empty) errs.add('strategic', b.reason);
    }
    if (M.language !== undefined && !isBlank(cells[M.language] ?? null)) {
      const v = cellText(cells[M.language] ?? null)
        .normalize('NFKC')
        .trim()
        .toLowerCase();
      const lang =
        v === 'en' || v === 'english' || v === '英文' || v === '英语'
          ? 'en'
          : v === 'zh' || v === 'chinese' || v === '中文' || v === 'zh-cn'
            ? 'zh'
            : undefined;
      if (lang) input.language = lang;
      else errs.add('language', msg('import.badLanguage', { v }));
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
    input.taxId = M.taxId !== undefined ? ((parseId(cells[M.taxId] ?? null) as { value?: string }).value ?? null) : undefined;
    input.address = optText(cells, M.address);
    input.phone = optText(cells, M.phone);
    input.email = optText(cells, M.email);
    input.paymentRunDays = optText(cells, M.paymentRunDays);
    input.approvalChain = optText(cells, M.approvalChain);
    input.documentsRequired = optText(cells, M.documentsRequired);
    input.notes = optText(cells, M.notes);
    // Where the customer is: the law its debts most likely follow (limitation, interest).
    if (M.country !== undefined) input.jurisdiction = jurisdictionFromCountry(optText(cells, M.country), optText(cells, M.state));
    if (errs.any) {
      rejectRow(run, plan, row, errs.list);
      c.rejected++;
      continue;
    }
    const r = await run.tx.customers.upsert(input, run.now, run.resolver);
    if ('ambiguous' in r) {
      rejectRow(run, plan, row, [{ column: columnName(plan, 'name'), reason: msg('import.ambiguousCustomer', { name: input.name ?? '' }) }]);
      c.rejected++;
    } else if ('missingParent' in r) {
      rejectRow(run, plan, row, [{ column: columnName(plan, 'parent'), reason: msg('import.missingParent', { code: r.missingParent }) }]);
      c.rejected++;
    } else c[r.outcome]++;
  }
  return c;
}

export const customers: KindSpec = {
  kind: 'customers',
  headers: HEADERS,
  required: [['name', 'code']],
  keyFields: ['code', 'name'],
  amountFields: ['creditLimit'],
  dateFields: [],
  aliases: { customer: 'name', terms: 'termsDays', creditlimit: 'creditLimit' },
  load: (plan, run) => loadCustomers(plan, run),
};
