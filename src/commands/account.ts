// `ar account ID`: one customer on one screen — balances and aging per currency, open invoices,
// contacts, how they pay, promises and disputes, the score and why, the next dunning step, the
// limitation deadline, and a recent timeline. ID is a code or a name (fuzzy); several matches are
// offered on a terminal, listed (exit 2) without one.
import path from 'node:path';
import type { Register } from './shared.js';
import { writeJson, type Context } from '../cli/context.js';
import { defineMessages, type Lang } from '../i18n/index.js';
import { DataError, UsageError } from '../errors.js';
import { formatMoney } from '../core/money.js';
import { formatDate } from '../core/dates.js';
import { typeLabel, type Account } from '../core/priority.js';
import { renderTable } from '../view/table.js';
import { displayWidth, padEnd, truncate } from '../view/width.js';
import { daysText, existingLedger, explainParts, ROLE_LABELS, shortDate, stepText, wrapPhrases, reasonText } from './queue.js';
import { signed } from '../view/aging.js';

const m = defineMessages({
  describe: { en: 'one customer on one screen: balances, aging, invoices, contacts, promises, score, next step', zh: '一个客户的全貌：余额、账龄、发票、联系人、承诺、评分、下一步' },
  id: { en: 'customer code or name (part of a name is enough)', zh: '客户编码或名称（名称的一部分即可）' },
  pick: { en: 'Several customers match "{q}" — which one?', zh: '有多个客户与“{q}”匹配——选哪一个？' },
  many: { en: '{n} customers match "{q}"', zh: '有 {n} 个客户与“{q}”匹配' },
  manyHint: { en: 'give the code, e.g. `ar account {code}`', zh: '请给出客户编码，例如 `ar account {code}`' },
  more: { en: '…and {n} more', zh: '……另有 {n} 个' },
  none: { en: 'no customer matches "{q}"', zh: '没有与“{q}”匹配的客户' },
  noneHint: { en: 'check the code or name; `ar aging` lists the customers with open items', zh: '请检查编码或名称；`ar aging` 列出有未结款项的客户' },
  headName: { en: '{name} ({code})', zh: '{name}（{code}）' },
  headType: { en: '{type}, grade {grade}{strategic}', zh: '{type}，{grade} 级{strategic}' },
  headCollector: { en: 'collector {collector}', zh: '催收员 {collector}' },
  strategic: { en: ', strategic', zh: '，战略客户' },
  headLanguage: { en: 'letters in {language}', zh: '信函语言：{language}' },
  noCollector: { en: 'none', zh: '未分配' },
  lOpen: { en: 'Open', zh: '未结' },
  lAging: { en: 'Aging', zh: '账龄' },
  lPays: { en: 'Pays', zh: '付款' },
  lContacts: { en: 'Contacts', zh: '联系人' },
  lPromises: { en: 'Promises', zh: '承诺' },
  lDisputes: { en: 'Disputes', zh: '争议' },
  lNext: { en: 'Next step', zh: '下一步' },
  lLimitation: { en: 'Limitation', zh: '诉讼时效' },
  lScore: { en: 'Score', zh: '评分' },
  lToday: { en: 'Today', zh: '今日' },
  lTimeline: { en: 'Timeline', zh: '动态' },
  lInvoices: { en: 'Open items', zh: '未结款项' },
  openLine: { en: '{cur} {open} (overdue {overdue}{extra})', zh: '{cur} {open}（逾期 {overdue}{extra}）' },
  nothingOpen: { en: 'nothing open', zh: '无未结款项' },
  credits: { en: 'open credit notes {cur} {amount} (netted)', zh: '未核销红字发票 {cur} {amount}（已抵减）' },
  onAccount: { en: 'on account: {cur} {amount} unallocated', zh: '未分配收款（挂账）：{cur} {amount}' },
  disputedPart: { en: ', disputed {v}', zh: '，争议 {v}' },
  heldPart: { en: ', on hold {v}', zh: '，暂停 {v}' },
  creditLimit: { en: 'credit limit {v}', zh: '信用额度 {v}' },
  terms: { en: 'terms {n}', zh: '账期 {n} 天' },
  termsDefault: { en: 'terms {n} (default)', zh: '账期 {n} 天（默认）' },
  payRun: { en: 'pays on day {days} of the month', zh: '每月 {days} 日付款' },
  approval: { en: 'approval: {v}', zh: '审批：{v}' },
  docs: { en: 'needs: {v}', zh: '所需单据：{v}' },
  behaviour: { en: 'on average {n} late (last {w} days)', zh: '近 {w} 天平均迟付 {n} 天' },
  nothingKnown: {
    en: 'nothing recorded — a customers file with payment-run and approval columns adds it (`ar import FILE`)',
    zh: '未记录——导入含付款日、审批流程列的客户文件即可补充（`ar import 文件`）',
  },
  noContacts: { en: 'none — a contacts file adds them (`ar import FILE`)', zh: '无——导入联系人文件即可添加（`ar import 文件`）' },
  dm: { en: 'decision maker', zh: '决策人' },
  primary: { en: 'primary', zh: '主要' },
  promiseLine: { en: '{amount} by {date} — {status}', zh: '{date} 前 {amount} — {status}' },
  keptRate: { en: 'kept {kept} of {decided}', zh: '已兑现 {kept}/{decided}' },
  none2: { en: 'none', zh: '无' },
  disputeLine: { en: '{inv} {amount} {reason}, {status} since {date}', zh: '{inv} {amount} {reason}，{status}（{date} 起）' },
  wholeAccount: { en: 'account', zh: '整户' },
  nextNone: { en: 'nothing to dun', zh: '无需催收' },
  nextComplete: { en: 'ladder complete: consider legal action (payment order, lawsuit)', zh: '催收步骤已用完：考虑法律途径（支付令、起诉）' },
  lastStep: { en: 'last: step {step} {label}, {date}', zh: '上一步：第{step}步 {label}（{date}）' },
  limRuns: { en: 'runs to {date} ({days}; {since})', zh: '至 {date}（剩 {days} 天；{since}）' },
  limExpired: { en: 'EXPIRED on {date} ({since}) — the debtor may refuse to pay unless they acknowledge the debt', zh: '已于 {date} 届满（{since}）——除非债务人重新确认，否则可拒绝履行' },
  limDefault: { en: 'since {inv} fell due', zh: '自 {inv} 逾期起算' },
  limEvent: { en: 'last restarted by {kind} {date}', zh: '最近一次中断：{kind} {date}' },
  limNone: { en: 'nothing overdue', zh: '无逾期款项' },
  hidden: { en: 'not on today\'s list: {why}', zh: '不在今日待办中：{why}' },
  hPromise: { en: 'a promise is not yet due', zh: '有未到期的付款承诺' },
  hDisputed: { en: 'everything overdue is disputed', zh: '逾期款项全部有争议' },
  hHold: { en: 'everything overdue is on hold', zh: '逾期款项全部暂停催收' },
  hLow: { en: 'nothing scheduled and the score is under {n}', zh: '无待办事项且评分低于 {n}' },
  hNothing: { en: 'nothing overdue', zh: '无逾期款项' },
  onList: { en: 'on today\'s list: {why}', zh: '今日待办：{why}' },
  hNumber: { en: 'Number', zh: '单号' },
  hIssued: { en: 'Issued', zh: '开票日' },
  hDue: { en: 'Due', zh: '到期日' },
  hDays: { en: 'Days', zh: '天数' },
  hOpen: { en: 'Open', zh: '未结' },
  hNote: { en: 'Note', zh: '备注' },
  credit: { en: 'credit note', zh: '红字发票' },
  disputedNote: { en: 'disputed {v}', zh: '争议 {v}' },
  heldNote: { en: 'on hold to {date}', zh: '暂停至 {date}' },
  noDue: { en: 'due by terms', zh: '按账期计算到期日' },
  moreInvoices: { en: '…{n} more (`--json` lists all)', zh: '……另有 {n} 张（`--json` 列出全部）' },
  tImport: { en: 'import {file} ({n} invoices)', zh: '导入 {file}（{n} 张发票）' },
  tImport1: { en: 'import {file} (1 invoice)', zh: '导入 {file}（1 张发票）' },
  tPayment: { en: 'payment {amount}', zh: '收款 {amount}' },
  tLetter: { en: 'letter step {step} {label} {ref}', zh: '催款函 第{step}步 {label} {ref}' },
  tLetterDraft: { en: 'letter step {step} drafted {ref}', zh: '催款函 第{step}步 已起草 {ref}' },
  tPromise: { en: 'promise {amount} by {date}', zh: '承诺 {date} 前付 {amount}' },
  tDispute: { en: 'dispute {inv} {amount} ({reason})', zh: '争议 {inv} {amount}（{reason}）' },
  tDisputeResolved: { en: 'dispute {inv} resolved', zh: '争议 {inv} 已解决' },
  tNext: { en: 'next {date}', zh: '下次 {date}' },
  nothingYet: { en: 'nothing yet', zh: '暂无' },
});

const STATUS: Record<string, { en: string; zh: string }> = {
  pending: { en: 'pending', zh: '待兑现' },
  kept: { en: 'kept', zh: '已兑现' },
  broken: { en: 'broken', zh: '已违约' },
  partial: { en: 'partly kept', zh: '部分兑现' },
  cancelled: { en: 'cancelled', zh: '已取消' },
  open: { en: 'open', zh: '未解决' },
  resolved: { en: 'resolved', zh: '已解决' },
};

const REASONS: Record<string, { en: string; zh: string }> = {
  quality: { en: 'quality', zh: '质量' },
  quantity: { en: 'quantity', zh: '数量' },
  price: { en: 'price', zh: '价格' },
  documents: { en: 'documents', zh: '单据' },
  other: { en: 'other', zh: '其他' },
};

export const OUTCOMES: Record<string, { en: string; zh: string }> = {
  'reached-promise': { en: 'reached, promised', zh: '已联系，承诺付款' },
  'reached-refused': { en: 'reached, refused', zh: '已联系，拒绝付款' },
  'reached-dispute': { en: 'reached, dispute raised', zh: '已联系，提出争议' },
  'reached-already-paid': { en: 'reached, says already paid', zh: '已联系，称已付款' },
  'reached-callback': { en: 'reached, call back', zh: '已联系，约定回访' },
  'no-answer': { en: 'no answer', zh: '无人接听' },
  voicemail: { en: 'voicemail', zh: '留言' },
  'wrong-contact': { en: 'wrong contact', zh: '联系人有误' },
  'invoice-not-received': { en: 'invoice not received', zh: '未收到发票' },
  'awaiting-approval': { en: 'awaiting approval', zh: '等待审批' },
  'in-payment-run': { en: 'in the payment run', zh: '已排入付款批次' },
  'letter-sent': { en: 'letter sent', zh: '已寄函' },
  'email-sent': { en: 'email sent', zh: '已发邮件' },
  visit: { en: 'visit', zh: '上门拜访' },
  note: { en: 'note', zh: '备注' },
};

const CHANNELS: Record<string, { en: string; zh: string }> = {
  call: { en: 'call', zh: '电话' },
  email: { en: 'email', zh: '邮件' },
  letter: { en: 'letter', zh: '信函' },
  wechat: { en: 'WeChat', zh: '微信' },
  visit: { en: 'visit', zh: '拜访' },
  sms: { en: 'SMS', zh: '短信' },
  note: { en: 'note', zh: '备注' },
};

const LIMITATION_KINDS: Record<string, { en: string; zh: string }> = {
  letter: { en: 'letter', zh: '催款函' },
  demand: { en: 'demand', zh: '催告' },
  acknowledgement: { en: 'acknowledgement', zh: '债务确认' },
  'partial-payment': { en: 'partial payment', zh: '部分付款' },
  plan: { en: 'repayment plan', zh: '还款计划' },
  lawsuit: { en: 'lawsuit', zh: '起诉' },
  'payment-order': { en: 'payment order', zh: '支付令' },
  other: { en: 'event', zh: '事件' },
};

const label = (map: Record<string, { en: string; zh: string }>, key: string | null | undefined, lang: Lang) => (key ? map[key]?.[lang] ?? key : '');

const LANGUAGES: Record<string, { en: string; zh: string }> = {
  en: { en: 'English', zh: '英文' },
  zh: { en: 'Chinese', zh: '中文' },
};

/** Payment methods as exports write them, in Chinese; anything else is shown as written. */
const METHODS_ZH: Record<string, string> = {
  'bank transfer': '银行转账',
  'bank-transfer': '银行转账',
  transfer: '转账',
  wire: '电汇',
  'wire transfer': '电汇',
  check: '支票',
  cheque: '支票',
  'acceptance draft': '银行承兑汇票',
  'bank acceptance draft': '银行承兑汇票',
  'bank acceptance': '银行承兑汇票',
  'commercial acceptance draft': '商业承兑汇票',
  cash: '现金',
  card: '银行卡',
  'credit card': '信用卡',
  alipay: '支付宝',
  'wechat pay': '微信支付',
};

export function methodText(method: string, lang: Lang): string {
  if (lang === 'en') return method;
  return METHODS_ZH[method.trim().toLowerCase().replace(/\s+/g, ' ')] ?? method;
}


/** Find the customer: exact code/name, else fuzzy; ask on a terminal when several match. */
export async function resolveCustomer(ctx: Context, query: string): Promise<number> {
  const ledger = await existingLedger(ctx);
  const { findCustomer } = await import('../store/customers.js');
  const { customer, candidates: found } = await findCustomer(ledger, query);
  if (customer) return customer.id;
  if (found.length === 0) throw new DataError(m.both('none', { q: query }), m.both('noneHint'));
  if (ctx.interactive) {
    return ctx.prompts.select({
      message: m.t(ctx.lang, 'pick', { q: query }),
      choices: found.slice(0, 30).map((c) => ({ name: `${c.code}  ${c.name}`, value: c.id })),
    });
  }
  const details = found.slice(0, 10).map((c) => `  ${c.code}  ${c.name}`);
  if (found.length > 10) details.push('  ' + m.t(ctx.lang, 'more', { n: found.length - 10 }));
  throw new UsageError(m.both('many', { n: found.length, q: query }), m.both('manyHint', { code: found[0].code }), details);
}

export interface AccountView {
  asOf: string;
  customer: Omit<import('../store/customers.js').Customer, 'nameKey' | 'createdAt' | 'updatedAt'>;
  balances: { currency: string; openMinor: number; overdueMinor: number; disputedMinor: number; onHoldMinor: number; daysPastDue: number }[];
  /** Open credit notes per currency (negative; already netted in the balances). */
  openCredits: { currency: string; openMinor: number; items: number }[];
  /** Money received and not allocated to any invoice, per currency (not netted in the balances). */
  onAccount: { currency: string; unallocatedMinor: number; payments: number }[];
  aging: { basis: 'due'; buckets: { key: string; label: string }[]; byCurrency: { currency: string; openMinor: number; byBucket: Record<string, number> }[] };
  invoices: {
    number: string;
    kind: string;
    issueDate: string | null;
    dueDate: string | null;
    daysPastDue: number;
    currency: string;
    totalMinor: number;
    openMinor: number;
    disputedMinor: number;
    holdUntil: string | null;
  }[];
  contacts: import('../store/contacts.js').Contact[];
  paymentProcess: { paymentRunDays: string | null; approvalChain: string | null; documentsRequired: string | null; avgDaysBeyondTerms: number | null; windowDays: number };
  promises: { amountMinor: number; currency: string; dueDate: string; createdAt: string; status: string; paidMinor: number; method: string | null; payer: string | null }[];
  keptRate: { kept: number; decided: number };
  disputes: Awaited<ReturnType<typeof import('../store/disputes.js').customerDisputes>>;
  scores: {
    currency: string;
    score: number;
    factors: { factor: string; points: number; value: number | string | null }[];
    reasons: string[];
    hidden: string | null;
    nextStep: { step: number; key: string; label: string; dueOn: string | null; due: boolean } | null;
    lastStep: { step: number; key: string; date: string } | null;
    limitation: { deadline: string; daysLeft: number; level: number | 'expired' | null; since: { kind: string; at: string; ref?: string | null }; invoice: string | null } | null;
  }[];
  timeline: { date: string; kind: 'import' | 'payment' | 'activity' | 'letter' | 'promise' | 'dispute'; text: string }[];
  highScore: number;
  defaultTermsDays: number;
  /** Not in --json: the assessed accounts behind `scores`. */
  accounts?: Account[];
}

export async function accountView(ctx: Context, customerId: number): Promise<AccountView> {
  const L = ctx.lang;
  const today = ctx.clock.today();
  const ledger = await existingLedger(ctx);
  const store = await import('../store/reports.js');
  const { readSettings } = await import('../store/settings.js');
  const aging = await import('../core/aging.js');
  const { keptRate } = await import('../core/promises.js');
  const settings = (await readSettings(ledger)) as Record<string, unknown>;
  const { getCustomer } = await import('../store/customers.js');
  const { listContacts } = await import('../store/contacts.js');
  const { nameKey: _k, createdAt: _c, updatedAt: _u, ...customer } = (await getCustomer(ledger, customerId))!;
  const { accounts, config, promises } = await store.loadAccounts(ledger, settings, today, { customerId });
  accounts.sort((a, b) => (a.currency < b.currency ? -1 : 1));
  const invoices = await store.openInvoiceDetails(ledger, customerId);
  const { customerDisputes } = await import('../store/disputes.js');
  const disputes = await customerDisputes(ledger, customerId);
  const disputedBy = new Map<number, number>();
  for (const d of disputes) if (d.status === 'open' && d.invoiceId != null) disputedBy.set(d.invoiceId, (disputedBy.get(d.invoiceId) ?? 0) + d.amountMinor);

  // Aging per currency on the default buckets (due basis).
  const placed = aging.placeScheme({ basis: 'due', current: true, bounds: config.aging.buckets }, today);
  const aged = aging.ageItems(
    invoices.map((i) => ({ ...i, termsDays: customer.termsDays })),
    placed,
    config.aging.default_terms_days,
    () => null,
  );
  const keyed = (arr: number[]) => Object.fromEntries(placed.defs.map((d, i) => [d.key, arr[i]]));

  const evaluated = promises.get(customerId) ?? [];
  const timeline: AccountView['timeline'] = [];
  for (const t of await store.importsTouching(ledger, customerId)) {
    timeline.push({ date: t.at.slice(0, 10), kind: 'import', text: m.t(L, t.invoices === 1 ? 'tImport1' : 'tImport', { file: path.basename(t.fileName), n: t.invoices }) });
  }
  for (const p of await store.recentPayments(ledger, customerId)) {
    const method = p.method ? methodText(p.method, L) : '';
    timeline.push({
      date: p.receivedDate,
      kind: 'payment',
      text: m.t(L, 'tPayment', { amount: `${p.currency} ${formatMoney(p.amountMinor, p.currency)}` }) + (method ? (L === 'zh' ? `（${method}）` : ` (${method})`) : ''),
    });
  }
  const { recentActivities } = await import('../store/activities.js');
  for (const a of await recentActivities(ledger, customerId)) {
    const parts = [label(CHANNELS, a.channel, L), label(OUTCOMES, a.outcome, L)].filter(Boolean);
    let text = parts.join(L === 'zh' ? '：' : ': ');
    if (a.note) text += (text ? ' — ' : '') + a.note;
    if (a.nextActionAt) text += ` (${m.t(L, 'tNext', { date: shortDate(a.nextActionAt.slice(0, 10), today, L) })})`;
    timeline.push({ date: a.at.slice(0, 10), kind: 'activity', text });
  }
  const { customerLetters } = await import('../store/letters.js');
  const { stepLabel } = await import('../core/policy.js');
  const ladderKey = (step: number) => config.policy.ladder.find((s) => s.step === step)?.key ?? String(step);
  for (const l of await customerLetters(ledger, customerId)) {
    const lbl = stepLabel(ladderKey(l.step))[L];
    timeline.push(
      l.sentAt
        ? { date: l.sentAt.slice(0, 10), kind: 'letter', text: m.t(L, 'tLetter', { step: l.step, label: lbl, ref: l.referenceNo }) }
        : { date: l.createdAt.slice(0, 10), kind: 'letter', text: m.t(L, 'tLetterDraft', { step: l.step, ref: l.referenceNo }) },
    );
  }
  for (const e of evaluated) {
    const p = e.record;
    timeline.push({
      date: p.createdAt.slice(0, 10),
      kind: 'promise',
      text: m.t(L, 'tPromise', { amount: `${p.currency} ${formatMoney(p.amountMinor, p.currency)}`, date: shortDate(p.dueDate, today, L) }) + ` — ${label(STATUS, e.evaluation.status, L)}`,
    });
  }
  for (const d of disputes) {
    const inv = d.invoiceNumber ?? m.t(L, 'wholeAccount');
    timeline.push({ date: d.openedAt.slice(0, 10), kind: 'dispute', text: m.t(L, 'tDispute', { inv, amount: `${d.currency} ${formatMoney(d.amountMinor, d.currency)}`, reason: label(REASONS, d.reason, L) }) });
    if (d.resolvedAt) timeline.push({ date: d.resolvedAt.slice(0, 10), kind: 'dispute', text: m.t(L, 'tDisputeResolved', { inv }) });
  }
  timeline.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

  const credits = new Map<string, { currency: string; openMinor: number; items: number }>();
  for (const i of invoices) {
    if (i.kind !== 'credit_note' || i.openMinor === 0) continue;
    const c = credits.get(i.currency) ?? { currency: i.currency, openMinor: 0, items: 0 };
    c.openMinor += i.openMinor;
    c.items++;
    credits.set(i.currency, c);
  }

  return {
    asOf: today,
    customer,
    balances: accounts.map((a) => ({ currency: a.currency, openMinor: a.openMinor, overdueMinor: a.overdueMinor, disputedMinor: a.disputedMinor, onHoldMinor: a.onHoldMinor, daysPastDue: a.daysPastDue })),
    openCredits: [...credits.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1)),
    onAccount: await store.unallocatedPayments(ledger, customerId),
    aging: {
      basis: 'due',
      buckets: placed.defs.map((d) => ({ key: d.key, label: d.label[L] })),
      byCurrency: aged.totals.map((t) => ({ currency: t.currency, openMinor: t.openMinor, byBucket: keyed(t.byBucket) })),
    },
    invoices: invoices.map((i) => {
      const due = aging.anchorDate({ ...i, termsDays: customer.termsDays }, 'due', config.aging.default_terms_days);
      return {
        number: i.number,
        kind: i.kind,
        issueDate: i.issueDate,
        dueDate: i.dueDate,
        // A credit note is owed to the customer: it is never overdue.
        daysPastDue: i.kind === 'credit_note' ? 0 : aging.ageInDays(due, today),
        currency: i.currency,
        totalMinor: i.totalMinor,
        openMinor: i.openMinor,
        disputedMinor: Math.max(0, Math.min(i.openMinor, disputedBy.get(i.id) ?? 0)),
        holdUntil: i.holdUntil,
      };
    }),
    contacts: await listContacts(ledger, customerId),
    paymentProcess: {
      paymentRunDays: customer.paymentRunDays,
      approvalChain: customer.approvalChain,
      documentsRequired: customer.documentsRequired,
      avgDaysBeyondTerms: accounts[0]?.avgDaysBeyondTerms ?? null,
      windowDays: config.priority.behaviour_window_days,
    },
    promises: evaluated.map((e) => ({
      amountMinor: e.record.amountMinor,
      currency: e.record.currency,
      dueDate: e.record.dueDate,
      createdAt: e.record.createdAt,
      status: e.evaluation.status,
      paidMinor: e.evaluation.paidMinor,
      method: e.record.method ?? null,
      payer: e.record.payer ?? null,
    })),
    keptRate: keptRate(evaluated.map((e) => e.evaluation.status)),
    disputes,
    scores: accounts.map((a) => ({
      currency: a.currency,
      score: a.score,
      factors: a.parts.map((p) => ({ factor: p.factor, points: p.points, value: p.value })),
      reasons: a.reasons,
      hidden: a.hidden,
      nextStep: a.dunning.next ? { step: a.dunning.next.step, key: a.dunning.next.key, label: a.dunning.next.label[L], dueOn: a.dunning.next.dueOn, due: a.dunning.next.due } : null,
      lastStep: a.dunning.last ? { step: a.dunning.last.step, key: a.dunning.last.key, date: a.dunning.last.date } : null,
      limitation: a.limitation
        ? { deadline: a.limitation.deadline, daysLeft: a.limitation.daysLeft, level: a.limitation.level, since: a.limitation.since, invoice: a.limitation.invoiceNumber || null }
        : null,
    })),
    timeline,
    highScore: config.priority.high_score,
    defaultTermsDays: config.aging.default_terms_days,
    accounts,
  };
}

function renderAccount(ctx: Context, v: AccountView): string {
  const L = ctx.lang;
  const s = ctx.style;
  const today = v.asOf;
  const c = v.customer;
  const W = ctx.width;
  const labels = ['lOpen', 'lAging', 'lPays', 'lContacts', 'lPromises', 'lDisputes', 'lNext', 'lLimitation', 'lScore', 'lToday', 'lTimeline'] as const;
  const lw = Math.max(...labels.map((k) => displayWidth(m.t(L, k)))) + 2;
  const out: string[] = [];
  const line = (key: (typeof labels)[number], phrases: string[]) => {
    if (phrases.length === 0) return;
    const lab = padEnd(m.t(L, key), lw);
    const lines = wrapPhrases(phrases, W, lw, lab);
    lines[0] = s.bold(lab) + lines[0].slice(lab.length);
    out.push(...lines);
  };
  const money = (minor: number, cur: string) => formatMoney(minor, cur);

  const head = wrapPhrases(
    [
      m.t(L, 'headName', { name: c.name, code: c.code }),
      m.t(L, 'headType', { type: typeLabel(c.type, L, 'long'), grade: c.grade, strategic: c.strategic ? m.t(L, 'strategic') : '' }),
      m.t(L, 'headCollector', { collector: c.collector ?? m.t(L, 'noCollector') }),
      ...(c.language ? [m.t(L, 'headLanguage', { language: LANGUAGES[c.language]?.[L] ?? c.language })] : []),
    ],
    W,
    2,
  );
  out.push(...head.map((x) => s.bold(x)));
  // Open
  const open: string[] = v.balances.map((b) => {
    let extra = '';
    if (b.disputedMinor) extra += m.t(L, 'disputedPart', { v: money(b.disputedMinor, b.currency) });
    if (b.onHoldMinor) extra += m.t(L, 'heldPart', { v: money(b.onHoldMinor, b.currency) });
    return m.t(L, 'openLine', { cur: b.currency, open: money(b.openMinor, b.currency), overdue: money(b.overdueMinor, b.currency), extra });
  });
  if (open.length === 0) open.push(m.t(L, 'nothingOpen'));
  for (const cr of v.openCredits) open.push(m.t(L, 'credits', { cur: cr.currency, amount: money(-cr.openMinor, cr.currency) }));
  for (const oa of v.onAccount) open.push(s.yellow(m.t(L, 'onAccount', { cur: oa.currency, amount: money(oa.unallocatedMinor, oa.currency) })));
  if (c.creditLimitMinor != null) open.push(m.t(L, 'creditLimit', { v: money(c.creditLimitMinor, c.currency ?? v.balances[0]?.currency ?? 'CNY') }));
  open.push(c.termsDays != null ? m.t(L, 'terms', { n: daysText(L, c.termsDays) }) : m.t(L, 'termsDefault', { n: daysText(L, v.defaultTermsDays) }));
  line('lOpen', open);
  // Aging, one line per currency: the buckets that hold something (a credit note with a real minus).
  for (const a of v.aging.byCurrency) {
    const held = v.aging.buckets.filter((b) => a.byBucket[b.key] !== 0).map((b) => `${b.label} ${signed(money(a.byBucket[b.key], a.currency))}`);
    if (held.length === 0) held.push(`${v.aging.buckets[0]?.label ?? ''} ${money(0, a.currency)}`.trim());
    if (v.aging.byCurrency.length > 1) held[0] = `${a.currency} ${held[0]}`;
    line('lAging', held);
  }
  // Pays
  const p = v.paymentProcess;
  const pays: string[] = [];
  if (p.paymentRunDays) pays.push(m.t(L, 'payRun', { days: p.paymentRunDays }));
  if (p.approvalChain) pays.push(m.t(L, 'approval', { v: p.approvalChain }));
  if (p.documentsRequired) pays.push(m.t(L, 'docs', { v: p.documentsRequired }));
  if (p.avgDaysBeyondTerms !== null) pays.push(m.t(L, 'behaviour', { n: daysText(L, p.avgDaysBeyondTerms), w: p.windowDays }));
  line('lPays', pays.length ? pays : [m.t(L, 'nothingKnown')]);
  // Contacts
  line(
    'lContacts',
    v.contacts.length
      ? v.contacts.map((x) => {
          const role = x.role ? ROLE_LABELS[x.role]?.[L] ?? x.role : null;
          const tags: string[] = [];
          for (const t of [x.title || role, x.isDecisionMaker && x.role !== 'decision-maker' ? m.t(L, 'dm') : null, x.isPrimary ? m.t(L, 'primary') : null]) {
            if (t && !tags.some((u) => u.toLowerCase() === t.toLowerCase())) tags.push(t);
          }
          const how = [x.mobile, x.phone, x.email, x.wechat ? `${CHANNELS.wechat[L]} ${x.wechat}` : null].filter(Boolean)[0] ?? '';
          return `${x.name}${tags.length ? (L === 'zh' ? `（${tags.join('，')}）` : ` (${tags.join(', ')})`) : ''}${how ? ' ' + how : ''}`;
        })
      : [m.t(L, 'noContacts')],
  );
  // Promises (open and the last few decided)
  const proms = v.promises.slice(0, 4).map((x) => {
    const st = label(STATUS, x.status, L);
    const text = m.t(L, 'promiseLine', { amount: `${x.currency} ${money(x.amountMinor, x.currency)}`, date: shortDate(x.dueDate, today, L), status: st });
    return x.status === 'broken' || x.status === 'partial' ? s.red(text) : x.status === 'pending' ? s.yellow(text) : text;
  });
  if (v.keptRate.decided) proms.push(m.t(L, 'keptRate', v.keptRate));
  line('lPromises', proms.length ? proms : [m.t(L, 'none2')]);
  // Disputes
  const disp = v.disputes
    .filter((d) => d.status === 'open')
    .map((d) =>
      m.t(L, 'disputeLine', {
        inv: d.invoiceNumber ?? m.t(L, 'wholeAccount'),
        amount: `${d.currency} ${money(d.amountMinor, d.currency)}`,
        reason: label(REASONS, d.reason, L),
        status: label(STATUS, d.status, L),
        date: shortDate(d.openedAt.slice(0, 10), today, L),
      }),
    );
  line('lDisputes', disp.length ? disp : [m.t(L, 'none2')]);
  // Per currency: next step, limitation, score, today's status
  const multi = v.scores.length > 1;
  v.scores.forEach((sc, i) => {
    const a = v.accounts![i];
    const pre = multi ? `${sc.currency} ` : '';
    const next: string[] = [];
    if (a.dunning.next) next.push(pre + stepText(a.dunning.next, L, today).replace(/^[^:：]*[:：]\s*/, ''));
    else next.push(pre + m.t(L, a.dunning.complete ? 'nextComplete' : 'nextNone'));
    if (a.dunning.last) next.push(m.t(L, 'lastStep', { step: a.dunning.last.step, label: a.dunning.last.label[L], date: shortDate(a.dunning.last.date, today, L) }));
    line('lNext', next);
    const lim = a.limitation;
    if (lim) {
      const since =
        lim.since.kind === 'default'
          ? m.t(L, 'limDefault', { inv: lim.invoiceNumber || '—' })
          : m.t(L, 'limEvent', { kind: label(LIMITATION_KINDS, lim.since.kind, L), date: formatDate(lim.since.at, L) + (lim.since.ref ? ` ${lim.since.ref}` : '') });
      const text =
        lim.level === 'expired'
          ? m.t(L, 'limExpired', { date: formatDate(lim.deadline, L), since })
          : m.t(L, 'limRuns', { date: formatDate(lim.deadline, L), days: daysText(L, lim.daysLeft), since });
      line('lLimitation', [lim.level === 'expired' ? s.red.bold(pre + text) : typeof lim.level === 'number' ? s.magenta(pre + text) : pre + text]);
    } else line('lLimitation', [pre + m.t(L, 'limNone')]);
    {
      const lab = padEnd(m.t(L, 'lScore'), lw);
      const [head, ...rest] = `${pre}${a.score} = ${explainParts(a.parts, L)}`.split(' + ');
      const lines = wrapPhrases([head, ...rest], W, lw, lab, ' + ');
      lines[0] = s.bold(lab) + lines[0].slice(lab.length);
      out.push(...lines);
    }
    const why = a.hidden
      ? m.t(L, 'hidden', {
          why:
            a.hidden === 'promise-pending'
              ? m.t(L, 'hPromise')
              : a.hidden === 'disputed'
                ? m.t(L, 'hDisputed')
                : a.hidden === 'on-hold'
                  ? m.t(L, 'hHold')
                  : a.hidden === 'low-score'
                    ? m.t(L, 'hLow', { n: v.highScore })
                    : m.t(L, 'hNothing'),
        })
      : null;
    if (why) line('lToday', [pre + why]);
    else {
      const rs = a.reasons.map((r) => reasonText(a, r, L, today));
      line('lToday', [pre + m.t(L, 'onList', { why: rs[0] ?? '' }), ...rs.slice(1)]);
    }
  });
  // Timeline (latest first)
  const tl = v.timeline.slice(0, 8).map((t) => `${shortDate(t.date, today, L)} ${t.text}`);
  if (tl.length === 0) line('lTimeline', [m.t(L, 'nothingYet')]);
  else {
    out.push(s.bold(padEnd(m.t(L, 'lTimeline'), lw)) + truncate(tl[0], W - lw));
    for (const t of tl.slice(1)) out.push(' '.repeat(lw) + truncate(t, W - lw));
  }
  // Open items table
  if (v.invoices.length) {
    out.push('', s.bold(m.t(L, 'lInvoices')));
    const shown = v.invoices.slice(0, 20);
    const multiCur = new Set(v.invoices.map((i) => i.currency)).size > 1;
    const rows = shown.map((i) => {
      const notes: string[] = [];
      if (i.kind === 'credit_note') notes.push(m.t(L, 'credit'));
      if (i.disputedMinor) notes.push(m.t(L, 'disputedNote', { v: money(i.disputedMinor, i.currency) }));
      if (i.holdUntil && i.holdUntil > today) notes.push(m.t(L, 'heldNote', { date: shortDate(i.holdUntil, today, L) }));
      if (!i.dueDate && i.kind === 'invoice') notes.push(m.t(L, 'noDue'));
      const days = i.daysPastDue > 0 ? String(i.daysPastDue) : '';
      return [
        i.number,
        i.issueDate ? formatDate(i.issueDate, L) : '',
        i.dueDate ? formatDate(i.dueDate, L) : '',
        i.daysPastDue > 90 ? s.red(days) : i.daysPastDue > 30 ? s.yellow(days) : days,
        (multiCur ? i.currency + ' ' : '') + signed(money(i.openMinor, i.currency)),
        notes.join(L === 'zh' ? '，' : ', '),
      ];
    });
    out.push(
      renderTable(
        [
          { header: m.t(L, 'hNumber') },
          { header: m.t(L, 'hIssued') },
          { header: m.t(L, 'hDue') },
          { header: m.t(L, 'hDays'), align: 'right' },
          { header: m.t(L, 'hOpen'), align: 'right' },
          { header: m.t(L, 'hNote'), flex: true, minWidth: 8 },
        ],
        rows,
        { width: W, headerStyle: s.dim },
      ).replace(/\n$/, ''),
    );
    if (v.invoices.length > shown.length) out.push(s.dim(m.t(L, 'moreInvoices', { n: v.invoices.length - shown.length })));
  }
  return out.join('\n') + '\n';
}

export async function showAccount(ctx: Context, id: string): Promise<void> {
  const customerId = await resolveCustomer(ctx, id);
  const view = await accountView(ctx, customerId);
  if (ctx.json) {
    const { accounts: _omit, ...json } = view;
    return writeJson(ctx, json);
  }
  ctx.out.write(renderAccount(ctx, view));
}

const register: Register = (program, r) => {
  program
    .command('account')
    .description(r.t(m.both('describe')))
    .argument('<id>', r.t(m.both('id')))
    .action(r.action(async (ctx, id: string) => showAccount(ctx, id)));
};
export default register;
