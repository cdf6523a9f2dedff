// `ar queue`: today's worklist. Who to call first, why today, what the next step is and whom to ask
// for. Scheduled follow-ups (promise due, promise broken, callback due) come first; every other
// account on the list (a dunning step due, the ladder complete, the limitation deadline near, a high
// score) follows by score. Accounts with a promise not yet due or with everything disputed are left
// off, and the footer says how many.
import type { Register } from './shared.js';
import { writeJson, type Context } from '../cli/context.js';
import { defineMessages, type Bilingual, type Lang } from '../i18n/index.js';
import { DataError, UsageError } from '../errors.js';
import { CURRENCY_NAME_ZH, formatMoney } from '../core/money.js';
import { formatDate } from '../core/dates.js';
import { typeLabel, type Account, type Factor, type Reason, type ScorePart } from '../core/priority.js';
import type { NextStep } from '../core/policy.js';
import { renderCsv, renderTable } from '../view/table.js';
import { displayWidth, truncate } from '../view/width.js';
import { checkCollector, existingLedger } from './shared.js';
import { wrapPhrases } from '../view/wrap.js';
// Moved to shared.ts and view/wrap.ts; re-exported for account.ts until it imports them there.
export { existingLedger, wrapPhrases };

const m = defineMessages({
  describe: { en: "today's worklist, ranked, with the reason for each line", zh: '今日催收待办，按优先级排序，并给出每一行的原因' },
  collector: { en: "only this collector's customers", zh: '只看该催收员的客户' },
  limit: { en: 'how many to show (default 25; 0 = all)', zh: '显示多少个（默认 25；0 = 全部）' },
  explain: { en: "show each factor's contribution to the score", zh: '显示评分中每个因素的分值' },
  csv: { en: 'CSV on stdout', zh: '在标准输出打印 CSV' },
  badLimit: { en: '--limit takes a whole number ≥ 0, not "{v}"', zh: '--limit 需要不小于 0 的整数，而不是“{v}”' },
  title: { en: "Today's calls — {date}", zh: '今日待办催收 — {date}' },
  // One line per account: a customer in one currency. When every customer owes in one currency the
  // two are the same and the header counts customers; else it counts accounts and says how many
  // customers they are, so that both numbers of a pair are in the same unit.
  countCustomers: { en: '{need} of {open} customers need you today', zh: '{open} 个客户中今天需处理 {need} 个' },
  countAccounts: {
    en: '{need} of {open} accounts ({needC} of {openC} customers) need you today',
    zh: '{open} 个账户（{openC} 个客户）中今天需处理 {need} 个（{needC} 个客户）',
  },
  showing: { en: ' (showing {n})', zh: '（显示 {n} 个）' },
  hRank: { en: '#', zh: '序号' },
  hCustomer: { en: 'Customer', zh: '客户' },
  hType: { en: 'Type/Grade', zh: '类型/等级' },
  hOverdue: { en: 'Overdue', zh: '逾期金额' },
  hOverdueCur: { en: 'Overdue ({cur})', zh: '逾期金额({cur})' },
  hDays: { en: 'Days', zh: '天数' },
  hWhy: { en: 'Why today', zh: '今日原因' },
  nothing: { en: 'Nobody needs a call today{who}.', zh: '今天没有需要处理的客户{who}。' },
  nothingOpen: { en: 'Nothing is open{who}. `ar import FILE` brings in an aging or open-invoice export.', zh: '没有未结款项{who}。用 `ar import 文件` 导入账龄表或未结发票。' },
  noLedger: { en: 'no ledger at {path}', zh: '{path} 处没有账本' },
  noLedgerHint: {
    en: '`ar import FILE` creates it from an aging or open-invoice export; `ar demo` builds a sample ledger to try (check --db or AR_DB if you meant another file)',
    zh: '用 `ar import 文件` 从账龄表或未结发票导出文件创建；或用 `ar demo` 生成示例账本试用（如要用其他账本，请检查 --db 或 AR_DB）',
  },
  noCollector: { en: 'no collector named "{name}" in this ledger', zh: '本账本中没有名为“{name}”的催收员' },
  collectorsHint: { en: 'collectors: {list}', zh: '催收员：{list}' },
  noCollectorsHint: { en: 'no customer has a collector yet (a customers file with a collector column sets them)', zh: '还没有客户分配催收员（导入含催收员列的客户文件即可设置）' },
  whoCollector: { en: ' for {name}', zh: '（催收员 {name}）' },
  hidden: { en: 'Hidden: {list}', zh: '未列出：{list}' },
  hidPromise: { en: '{n} with a promise not yet due', zh: '{n} 个承诺付款未到期' },
  hidDisputed: { en: '{n} wholly disputed', zh: '{n} 个全部有争议' },
  hidHold: { en: '{n} on hold', zh: '{n} 个暂停催收' },
  hidCapacity: { en: "{n} beyond today's limit (--limit)", zh: '{n} 个超出今日上限（--limit）' },
  hidLow: { en: '{n} lower priority (score under {score}, nothing scheduled)', zh: '{n} 个优先级较低（评分低于 {score}，无待办事项）' },
  hidNotDue: { en: '{n} with nothing overdue', zh: '{n} 个没有逾期款项' },
  next: { en: 'Next: `ar account {code}` for details · `ar queue --explain` for the scores', zh: '下一步：`ar account {code}` 查看详情 · `ar queue --explain` 查看评分' },
  nextExplained: { en: 'Next: `ar account {code}` for details', zh: '下一步：`ar account {code}` 查看详情' },
  // reasons
  rPromiseBroken: { en: 'promise broken {date}', zh: '承诺违约 {date}' },
  rPromiseDue: { en: 'promise due today', zh: '承诺今日付款' },
  rCallbackToday: { en: 'callback due today', zh: '今日回访' },
  rCallback: { en: 'callback due {date}', zh: '回访到期 {date}' },
  rStep: { en: 'step {step}: {label}', zh: '第{step}步：{label}' },
  rLimitation: { en: 'limitation in {days}', zh: '诉讼时效剩 {days} 天' },
  rLadder: { en: 'ladder complete', zh: '催收步骤已用完' },
  rHighScore: { en: 'high score ({score})', zh: '评分高（{score}）' },
  // detail line
  dNext: { en: 'next: step {step} {label}', zh: '下一步：第{step}步 {label}' },
  dDueNow: { en: ' (due now)', zh: '（现在）' },
  dDueOn: { en: ' on {date}', zh: '（{date}）' },
  dBelowMin: { en: ' (below the minimum amount)', zh: '（低于最低催收金额）' },
  dComplete: { en: 'ladder complete: consider legal action', zh: '催收步骤已用完：考虑法律途径' },
  dAsk: { en: 'ask for {who}', zh: '联系 {who}' },
  dPromise: { en: 'promised {amount} by {date}', zh: '承诺 {date} 前付 {amount}' },
  dDisputed: { en: '{amount} disputed', zh: '争议 {amount}' },
  dHeld: { en: '{amount} on hold', zh: '暂停 {amount}' },
  score: { en: 'score {score} = {parts}', zh: '评分 {score} = {parts}' },
  fAmount: { en: 'overdue amount', zh: '逾期金额' },
  fDays: { en: 'days overdue ({v})', zh: '逾期天数（{v}）' },
  fBroken: { en: 'broken promises ({v})', zh: '违约承诺（{v}）' },
  fGrade: { en: 'grade {v}', zh: '等级 {v}' },
  fType: { en: '{v}', zh: '{v}' },
  fNoContact: { en: 'no contact ({v})', zh: '未联系（{v} 天）' },
  fNeverContacted: { en: 'never contacted', zh: '从未联系' },
  fBehaviour: { en: 'pays late ({v})', zh: '平均迟付（{v} 天）' },
  fLimitation: { en: 'limitation ({v})', zh: '诉讼时效（{v} 天）' },
});

export const ROLE_LABELS: Record<string, Bilingual> = {
  'ap-clerk': { en: 'AP', zh: '应付会计' },
  'finance-manager': { en: 'finance manager', zh: '财务经理' },
  purchaser: { en: 'purchasing', zh: '采购' },
  'decision-maker': { en: 'decision maker', zh: '决策人' },
  'legal-rep': { en: 'legal rep', zh: '法定代表人' },
  other: { en: 'contact', zh: '联系人' },
};


/** Whom to ask for first, by type (DOMAIN §2): the AP clerk for a slip, the decision maker for a delayer… */
const ROLE_PREFERENCE: Record<string, string[]> = {
  oversight: ['ap-clerk', 'finance-manager', 'purchaser'],
  process: ['ap-clerk', 'decision-maker', 'finance-manager'],
  dispute: ['purchaser', 'finance-manager', 'decision-maker'],
  cashflow: ['finance-manager', 'decision-maker', 'ap-clerk'],
  delayer: ['decision-maker', 'finance-manager', 'legal-rep'],
  unreachable: ['legal-rep', 'decision-maker', 'finance-manager'],
};

export interface ContactLite {
  name: string;
  role: string | null;
  title?: string | null;
  phone: string | null;
  mobile: string | null;
  email: string | null;
  wechat?: string | null;
  isPrimary: boolean | number;
  isDecisionMaker: boolean | number;
}

export function pickContact<T extends ContactLite>(contacts: readonly T[], type: string): T | null {
  if (contacts.length === 0) return null;
  const prefs = ROLE_PREFERENCE[type] ?? ROLE_PREFERENCE.oversight;
  for (const role of prefs) {
    const c = contacts.find((x) => x.role === role || (role === 'decision-maker' && x.isDecisionMaker));
    if (c) return c;
  }
  return contacts.find((c) => c.isPrimary) ?? contacts[0];
}

export function reachBy(c: ContactLite): string | null {
  return c.mobile || c.phone || c.email || c.wechat || null;
}

export function contactText(c: ContactLite, lang: Lang): string {
  const role = c.role ? ROLE_LABELS[c.role]?.[lang] ?? c.role : null;
  const how = reachBy(c);
  const who = role ? (lang === 'zh' ? `${c.name}（${role}）` : `${c.name} (${role})`) : c.name;
  return how ? `${who} ${how}` : who;
}

/** en: "29 Nov" this year, "29 Nov 2025" otherwise; zh likewise. */
export function shortDate(iso: string, today: string, lang: Lang): string {
  return formatDate(iso, lang, iso.slice(0, 4) === today.slice(0, 4) ? 'short' : 'long');
}

export function stepText(next: NextStep, lang: Lang, today: string): string {
  let s = m.t(lang, 'dNext', { step: next.step, label: next.label[lang] });
  if (next.waiting === 'amount') s += m.t(lang, 'dBelowMin');
  else if (next.due) s += m.t(lang, 'dDueNow');
  else if (next.dueOn) s += m.t(lang, 'dDueOn', { date: shortDate(next.dueOn, today, lang) });
  return s;
}

/** "1 day", "2 days" in English; the Chinese templates carry their own 天. */
export function daysText(lang: Lang, n: number | string): string {
  return lang === 'zh' ? String(n) : `${n} ${Number(n) === 1 ? 'day' : 'days'}`;
}

/**
 * English step names short enough for the reason column (the full name is on the line below). The
 * Chinese names fit as they are, so they are the same everywhere (src/core/policy.ts STEP_LABELS).
 */
const STEP_SHORT: Record<string, string> = {
  'pre-due': 'heads-up',
  reminder: 'reminder',
  'first-notice': '1st notice',
  'formal-demand': 'formal demand',
  'final-demand': 'final demand',
  'pre-legal': 'pre-legal',
};

function stepShort(next: NextStep, lang: Lang): string {
  return lang === 'en' ? STEP_SHORT[next.key] ?? next.label.en : next.label.zh;
}

export function reasonText(a: Account, r: Reason, lang: Lang, today: string): string {
  switch (r) {
    case 'promise-broken':
      return m.t(lang, 'rPromiseBroken', { date: shortDate(a.promiseBroken!.record.dueDate, today, lang) });
    case 'promise-due':
      return m.t(lang, 'rPromiseDue');
    case 'callback-due':
      return a.callbackDue === today ? m.t(lang, 'rCallbackToday') : m.t(lang, 'rCallback', { date: shortDate(a.callbackDue!, today, lang) });
    case 'step-due':
      return m.t(lang, 'rStep', { step: a.dunning.next!.step, label: stepShort(a.dunning.next!, lang) });
    case 'ladder-complete':
      return m.t(lang, 'rLadder');
    case 'limitation-warning':
      return m.t(lang, 'rLimitation', { days: daysText(lang, a.limitation!.daysLeft) });
    case 'high-score':
      return m.t(lang, 'rHighScore', { score: a.score });
  }
}

const FACTOR_KEY: Record<Factor, Parameters<typeof m.t>[1]> = {
  amount: 'fAmount',
  days: 'fDays',
  broken_promises: 'fBroken',
  grade: 'fGrade',
  type: 'fType',
  no_contact: 'fNoContact',
  behaviour: 'fBehaviour',
  limitation: 'fLimitation',
};

/** "overdue amount 25 + days 12 + grade C 8": each non-zero part with what produced it. */
export function explainParts(parts: readonly ScorePart[], lang: Lang): string {
  const shown = parts.filter((p) => p.points !== 0);
  if (shown.length === 0) return '0';
  return shown
    .map((p) => {
      let label: string;
      if (p.factor === 'type') label = typeLabel(String(p.value), lang);
      else if (p.factor === 'no_contact' && p.value === null) label = m.t(lang, 'fNeverContacted');
      else if (p.factor === 'no_contact' || p.factor === 'behaviour' || p.factor === 'limitation') label = m.t(lang, FACTOR_KEY[p.factor], { v: p.value === null ? '' : daysText(lang, p.value) });
      else label = m.t(lang, FACTOR_KEY[p.factor], { v: p.value === null ? '' : String(p.value) });
      return `${label} ${p.points}`;
    })
    .join(' + ');
}

export function explainScore(a: Pick<Account, 'score' | 'parts'>, lang: Lang): string {
  return m.t(lang, 'score', { score: a.score, parts: explainParts(a.parts, lang) });
}

export interface QueueOptions {
  collector?: string;
  limit?: string | number;
  explain?: boolean;
  csv?: boolean;
}

export interface QueueEntry {
  rank: number;
  customer: { code: string; name: string; type: string; grade: string; strategic: boolean; collector: string | null };
  currency: string;
  overdueMinor: number;
  disputedMinor: number;
  onHoldMinor: number;
  daysPastDue: number;
  score: number;
  factors: { factor: Factor; points: number; value: number | string | null }[];
  reasons: Reason[];
  nextStep: { step: number; key: string; label: string; channel: string; dueOn: string | null; due: boolean } | null;
  promise: { amountMinor: number; currency: string; dueDate: string; status: string } | null;
  callbackDue: string | null;
  limitation: { deadline: string; daysLeft: number } | null;
  askFor: { name: string; role: string | null; phone: string | null; email: string | null } | null;
}

export interface QueueResult {
  asOf: string;
  entries: QueueEntry[];
  /** The accounts behind entries, same order. */
  accounts: Account[];
  need: number;
  withOpenItems: number;
  /** The same two counts in customers (a customer owing in two currencies is two accounts). */
  needCustomers: number;
  customersWithOpenItems: number;
  hidden: { promisePending: number; disputed: number; onHold: number; capacity: number; lowScore: number; nothingOverdue: number };
  highScore: number;
}

function parseLimit(v: string | number | undefined): number {
  if (v === undefined) return 25;
  const s = String(v).trim();
  if (!/^\d+$/.test(s)) throw new UsageError(m.both('badLimit', { v: s }));
  return Number(s);
}

export async function queueReport(ctx: Context, opts: QueueOptions): Promise<QueueResult> {
  const limit = parseLimit(opts.limit);
  const today = ctx.clock.today();
  const ledger = await existingLedger(ctx);
  const { readSettings } = await import('../store/settings.js');
  const store = await import('../store/reports.js');
  const { buildWorklist } = await import('../core/priority.js');
  const settings = (await readSettings(ledger)) as Record<string, unknown>;
  if (opts.collector !== undefined) await checkCollector(ledger, opts.collector, ctx.lang);
  const { accounts, quiet, config, customersWithOpenItems } = await store.loadAccounts(ledger, settings, today, { collector: opts.collector });
  const wl = buildWorklist(accounts, quiet);
  const shown = limit === 0 ? wl.ranked : wl.ranked.slice(0, limit);
  const names = await store.customerNames(ledger, shown.map((a) => a.customer.id));
  for (const a of shown) a.customer = { ...a.customer, name: names.get(a.customer.id) ?? a.customer.name };
  const { listContacts } = await import('../store/contacts.js');
  const contactCache = new Map<number, Awaited<ReturnType<typeof listContacts>>>();
  const entries: QueueEntry[] = [];
  for (const [i, a] of shown.entries()) {
    let contacts = contactCache.get(a.customer.id);
    if (!contacts) contactCache.set(a.customer.id, (contacts = await listContacts(ledger, a.customer.id)));
    const c = pickContact(contacts, a.customer.type);
    const p = a.promiseBroken ?? a.promiseDue;
    const next = a.dunning.next;
    entries.push({
      rank: i + 1,
      customer: { code: a.customer.code, name: a.customer.name, type: a.customer.type, grade: a.customer.grade, strategic: a.customer.strategic, collector: a.customer.collector },
      currency: a.currency,
      overdueMinor: a.overdueMinor,
      disputedMinor: a.disputedMinor,
      onHoldMinor: a.onHoldMinor,
      daysPastDue: a.daysPastDue,
      score: a.score,
      factors: a.parts.map((x) => ({ factor: x.factor, points: x.points, value: x.value })),
      reasons: a.reasons,
      nextStep: next ? { step: next.step, key: next.key, label: next.label[ctx.lang], channel: next.channel, dueOn: next.dueOn, due: next.due } : null,
      promise: p ? { amountMinor: p.record.amountMinor, currency: p.record.currency, dueDate: p.record.dueDate, status: p.evaluation.status } : null,
      callbackDue: a.callbackDue,
      limitation: a.limitation ? { deadline: a.limitation.deadline, daysLeft: a.limitation.daysLeft } : null,
      askFor: c ? { name: c.name, role: c.role, phone: c.mobile || c.phone || null, email: c.email } : null,
    });
  }
  return {
    asOf: today,
    entries,
    accounts: shown,
    need: wl.ranked.length,
    withOpenItems: wl.withOpenItems,
    needCustomers: new Set(wl.ranked.map((a) => a.customer.id)).size,
    customersWithOpenItems,
    hidden: {
      promisePending: wl.hidden['promise-pending'],
      disputed: wl.hidden.disputed,
      onHold: wl.hidden['on-hold'],
      capacity: wl.ranked.length - shown.length,
      lowScore: wl.hidden['low-score'],
      nothingOverdue: wl.hidden['nothing-overdue'],
    },
    highScore: config.priority.high_score,
  };
}

const REASON_STYLE: Record<Reason, 'red' | 'yellow' | 'cyan' | 'magenta' | 'plain'> = {
  'promise-broken': 'red',
  'promise-due': 'yellow',
  'callback-due': 'yellow',
  'step-due': 'cyan',
  'ladder-complete': 'cyan',
  'limitation-warning': 'magenta',
  'high-score': 'plain',
};

export function renderQueue(ctx: Context, q: QueueResult, explain: boolean, who?: string): string {
  const L = ctx.lang;
  const s = ctx.style;
  const today = q.asOf;
  const whoText = who ? m.t(L, 'whoCollector', { name: who }) : '';
  if (q.withOpenItems === 0) return m.t(L, 'nothingOpen', { who: whoText }) + '\n';
  const out: string[] = [];
  const sameUnit = q.need === q.needCustomers && q.withOpenItems === q.customersWithOpenItems;
  let counts = sameUnit
    ? m.t(L, 'countCustomers', { need: q.need, open: q.withOpenItems })
    : m.t(L, 'countAccounts', { need: q.need, open: q.withOpenItems, needC: q.needCustomers, openC: q.customersWithOpenItems });
  if (q.entries.length < q.need) counts += m.t(L, 'showing', { n: q.entries.length });
  for (const line of wrapPhrases([m.t(L, 'title', { date: formatDate(today, L, 'weekday') }), counts], ctx.width, 2)) out.push(s.bold(line));
  out.push('');
  if (q.entries.length === 0) out.push(m.t(L, 'nothing', { who: whoText }));
  else {
    const currencies = new Set(q.entries.map((e) => e.currency));
    const one = currencies.size === 1 ? [...currencies][0] : null;
    const curName = (c: string) => (L === 'zh' ? CURRENCY_NAME_ZH[c] ?? c : c);
    const paint = (r: Reason, text: string) => {
      const st = REASON_STYLE[r];
      return st === 'plain' ? text : st === 'red' ? s.red.bold(text) : s[st](text);
    };
    const rows = q.entries.map((e) => {
      const a = q.accounts[e.rank - 1];
      // The first reason here; the others open the line below.
      const why = e.reasons.length ? paint(e.reasons[0], reasonText(a, e.reasons[0], L, today)) : '';
      const amount = formatMoney(e.overdueMinor, e.currency);
      const days = e.daysPastDue > 90 ? s.red(String(e.daysPastDue)) : e.daysPastDue > 30 ? s.yellow(String(e.daysPastDue)) : String(e.daysPastDue);
      return [String(e.rank), e.customer.name, `${typeLabel(e.customer.type, L, 'table')} ${e.customer.grade}`, one ? amount : `${e.currency} ${amount}`, days, why];
    });
    // The reason is what the collector reads first: give it its room and let the name give way.
    const headers = [
      m.t(L, 'hRank'),
      m.t(L, 'hCustomer'),
      m.t(L, 'hType'),
      one ? m.t(L, 'hOverdueCur', { cur: curName(one) }) : m.t(L, 'hOverdue'),
      m.t(L, 'hDays'),
      m.t(L, 'hWhy'),
    ];
    const colW = headers.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]))));
    const whyW = Math.min(colW[5], 22);
    const nameW = Math.max(8, Math.min(colW[1], ctx.width - (colW[0] + colW[2] + colW[3] + colW[4] + whyW + 2 * 5)));
    for (const r of rows) r[1] = truncate(r[1], nameW);
    const table = renderTable(
      [
        { header: headers[0], align: 'right' },
        { header: headers[1] },
        { header: headers[2] },
        { header: headers[3], align: 'right' },
        { header: headers[4], align: 'right' },
        { header: headers[5], flex: true, minWidth: 12 },
      ],
      rows,
      { width: ctx.width, headerStyle: s.dim },
    )
      .replace(/\n$/, '')
      .split('\n');
    out.push(table[0]);
    const indent = displayWidth(m.t(L, 'hRank')) + 2;
    q.entries.forEach((e, i) => {
      out.push(table[i + 1]);
      const a = q.accounts[i];
      const phrases: string[] = [];
      const next = a.dunning.next;
      // The column shows the first reason; the rest open this line (a due step in full, as "next";
      // a complete ladder as what to do about it, below).
      for (const r of e.reasons.slice(1)) {
        if (r !== 'ladder-complete') phrases.push(r === 'step-due' && next ? stepText(next, L, today) : reasonText(a, r, L, today));
      }
      if (next && !e.reasons.includes('step-due')) phrases.push(stepText(next, L, today));
      else if (!next && a.dunning.complete) phrases.push(m.t(L, 'dComplete'));
      if (a.promiseDue) phrases.push(m.t(L, 'dPromise', { amount: formatMoney(a.promiseDue.record.amountMinor, a.currency), date: shortDate(a.promiseDue.record.dueDate, today, L) }));
      if (a.disputedMinor > 0) phrases.push(m.t(L, 'dDisputed', { amount: formatMoney(a.disputedMinor, a.currency) }));
      if (a.onHoldMinor > 0) phrases.push(m.t(L, 'dHeld', { amount: formatMoney(a.onHoldMinor, a.currency) }));
      if (e.askFor) {
        const c = { ...e.askFor, mobile: null, isPrimary: 0, isDecisionMaker: 0 };
        phrases.push(m.t(L, 'dAsk', { who: contactText(c, L) }));
      }
      for (const line of wrapPhrases(phrases, ctx.width, indent, ' '.repeat(indent))) out.push(s.dim(line));
      if (explain) {
        const [head, ...rest] = explainScore(a, L).split(' + ');
        for (const line of wrapPhrases([head, ...rest], ctx.width, indent + 2, ' '.repeat(indent), ' + ')) out.push(s.dim(line));
      }
    });
  }
  out.push('');
  const h = q.hidden;
  const hid: string[] = [];
  if (h.promisePending) hid.push(m.t(L, 'hidPromise', { n: h.promisePending }));
  if (h.disputed) hid.push(m.t(L, 'hidDisputed', { n: h.disputed }));
  if (h.onHold) hid.push(m.t(L, 'hidHold', { n: h.onHold }));
  if (h.capacity) hid.push(m.t(L, 'hidCapacity', { n: h.capacity }));
  if (h.lowScore) hid.push(m.t(L, 'hidLow', { n: h.lowScore, score: q.highScore }));
  if (h.nothingOverdue) hid.push(m.t(L, 'hidNotDue', { n: h.nothingOverdue }));
  if (hid.length) {
    const label = m.t(L, 'hidden', { list: '' });
    for (const line of wrapPhrases(hid, ctx.width, displayWidth(label), label)) out.push(line);
  }
  if (q.entries.length) out.push(m.t(L, explain ? 'nextExplained' : 'next', { code: q.entries[0].customer.code }));
  return out.join('\n') + '\n';
}

export function renderQueueCsv(q: QueueResult): string {
  return renderCsv(
    ['rank', 'code', 'name', 'type', 'grade', 'currency', 'overdue', 'days_past_due', 'score', 'reasons', 'next_step', 'next_step_due', 'ask_for', 'phone'],
    q.entries.map((e) => [
      e.rank,
      e.customer.code,
      e.customer.name,
      e.customer.type,
      e.customer.grade,
      e.currency,
      formatMoney(e.overdueMinor, e.currency, { grouping: false }),
      e.daysPastDue,
      e.score,
      e.reasons.join(' '),
      e.nextStep ? `${e.nextStep.step} ${e.nextStep.key}` : '',
      e.nextStep?.dueOn ?? '',
      e.askFor?.name ?? '',
      e.askFor?.phone ?? '',
    ]),
  );
}

/** The worklist on ctx.out, as JSON, CSV or the screen (also used by `ar demo`). */
export async function showQueue(ctx: Context, opts: QueueOptions): Promise<void> {
  const q = await queueReport(ctx, opts);
  if (ctx.json) return writeJson(ctx, q.entries);
  if (opts.csv) return void ctx.out.write(renderQueueCsv(q));
  ctx.out.write(renderQueue(ctx, q, !!opts.explain, opts.collector));
}

const register: Register = (program, r) => {
  program
    .command('queue')
    .description(r.t(m.both('describe')))
    .option('--collector <name>', r.t(m.both('collector')))
    .option('--limit <n>', r.t(m.both('limit')))
    .option('--explain', r.t(m.both('explain')))
    .option('--csv', r.t(m.both('csv')))
    .action(r.action(async (ctx, opts: QueueOptions) => showQueue(ctx, opts)));
};
export default register;
