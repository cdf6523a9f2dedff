// Contacts: the people at a customer (who pays, who approves, who decides) and how to reach them.
import { msg } from '../../i18n/index.js';
import { CONTACT_ROLES, type ContactRole } from '../../core/contacts.js';
import type { FilePlan } from '../plan/file-plan.js';
import { cellText, isBlank, parseBool, parseId, parseText } from '../plan/values.js';
import { requiredMsg } from '../text.js';
import { columnsOf, type KindHeaders, type KindSpec } from './kind.js';
import { dataRows, emptyCounts, optText, rejectRow, RowErrors, type LoadCounts, type RunState } from './rows.js';

const HEADERS: KindHeaders = {
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

const ROLE_WORDS: Record<string, ContactRole> = {
  ap: 'ap-clerk',
  'ap clerk': 'ap-clerk',
  'accounts payable': 'ap-clerk',
  出纳: 'ap-clerk',
  应付会计: 'ap-clerk',
  会计: 'ap-clerk',
  'finance manager': 'finance-manager',
  cfo: 'finance-manager',
  controller: 'finance-manager',
  财务经理: 'finance-manager',
  财务总监: 'finance-manager',
  财务主管: 'finance-manager',
  purchaser: 'purchaser',
  buyer: 'purchaser',
  procurement: 'purchaser',
  采购: 'purchaser',
  采购经理: 'purchaser',
  'decision maker': 'decision-maker',
  owner: 'decision-maker',
  ceo: 'decision-maker',
  总经理: 'decision-maker',
  老板: 'decision-maker',
  决策人: 'decision-maker',
  'legal rep': 'legal-rep',
  'legal representative': 'legal-rep',
  法人: 'legal-rep',
  法定代表人: 'legal-rep',
  其他: 'other',
};

async function loadContacts(plan: FilePlan, run: RunState): Promise<LoadCounts> {
  const c = emptyCounts();
  const M = plan.map;
  const keys = columnsOf(M, contacts.keyFields);
  const amounts = columnsOf(M, contacts.amountFields);
  for await (const row of dataRows(plan, run, c, keys, amounts)) {
    const cells = row.cells;
    const errs = new RowErrors(plan);
    const code = M.customerCode !== undefined ? errs.get(parseId(cells[M.customerCode] ?? null), 'customerCode') : undefined;
    const cname = M.customerName !== undefined ? errs.get(parseText(cells[M.customerName] ?? null), 'customerName') : undefined;
    const name = M.name !== undefined ? errs.get(parseText(cells[M.name] ?? null), 'name') : undefined;
    if (!name) errs.add('name', requiredMsg('name'));
    let role: ContactRole | undefined;
    if (M.role !== undefined && !isBlank(cells[M.role] ?? null)) {
      const v = cellText(cells[M.role] ?? null)
        .normalize('NFKC')
        .trim();
      const k = v.toLowerCase();
      role = (CONTACT_ROLES as readonly string[]).includes(k) ? (k as ContactRole) : (ROLE_WORDS[k] ?? ROLE_WORDS[v]);
      if (!role) errs.add('role', msg('import.badRole', { v, roles: CONTACT_ROLES.join(', ') }));
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
      else if (who) errs.add('customerName', msg('import.ambiguousCustomer', { name: cname ?? '' }));
      else
        errs.add(
          M.customerCode !== undefined ? 'customerCode' : 'customerName',
          code || cname ? msg('import.unknownCustomer', { who: code ?? cname ?? '' }) : msg('import.noCustomer'),
        );
    }
    if (errs.any || customerId === undefined || !name) {
      rejectRow(run, plan, row, errs.list);
      c.rejected++;
      continue;
    }
    const out = await run.tx.contacts.upsert(
      {
        customerId,
        name,
        role: M.role !== undefined ? (role ?? null) : undefined,
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

export const contacts: KindSpec = {
  kind: 'contacts',
  headers: HEADERS,
  required: [['customerCode', 'customerName'], ['name']],
  keyFields: ['name', 'customerCode', 'customerName'],
  amountFields: [],
  dateFields: [],
  aliases: { customer: 'customerName' },
  load: (plan, run) => loadContacts(plan, run),
};
