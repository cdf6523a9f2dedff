// What a collector needs in front of them for one call (DOMAIN §5) or one visit, as facts: whom to ask
// for and why, the overdue invoices with PO and days, the last promise and how it went, the dunning
// step and its phase, ability-to-pay signals read from the ledger, the objections this type raises
// (codes: the templates hold the words), and the commitment to secure. No text: the Handlebars
// templates in templates/scripts and templates/visit turn it into words.
import { addDays } from '../core/dates.js';
import { pickContact } from '../core/contacts.js';
import type { CustomerType } from '../core/priority.js';
import type { Contact, LedgerReads } from '../store/port.js';
import { accountReport, type AccountReport } from './account.js';

/** The tone of the call, by how far the ladder has gone: a first friendly call is not a call after a demand. */
export type Phase = 'friendly' | 'notice' | 'demand' | 'final';

export type Objection =
  | 'no-invoice'
  | 'already-paid'
  | 'approval-queue'
  | 'cash-tight'
  | 'dispute'
  | 'call-back-later'
  | 'not-responsible'
  | 'wait-for-customer';

/** The excuses each type gives, most likely first (DOMAIN §5; seeds: 澄清疑义点, 找出立场背后的利益点). */
const OBJECTIONS: Record<CustomerType, Objection[]> = {
  oversight: ['no-invoice', 'already-paid', 'call-back-later'],
  process: ['approval-queue', 'no-invoice', 'not-responsible'],
  dispute: ['dispute', 'no-invoice', 'approval-queue'],
  cashflow: ['cash-tight', 'wait-for-customer', 'call-back-later'],
  delayer: ['call-back-later', 'cash-tight', 'dispute', 'already-paid'],
  unreachable: ['not-responsible', 'cash-tight', 'call-back-later'],
};

/** Days to give for payment, by phase: the further the ladder, the shorter the deadline. */
const ASK_DAYS: Record<Phase, number> = { friendly: 7, notice: 5, demand: 3, final: 2 };

export type AskWhy = 'made-last-promise' | 'decision-maker-for-step' | 'role-for-type' | 'primary' | 'none';

export interface PersonFact {
  name: string;
  role: string | null;
  title: string | null;
  phone: string | null;
  email: string | null;
}

export interface ScriptFacts {
  asOf: string;
  customer: {
    code: string;
    name: string;
    /** null: unclassified — the oversight script is used and says so. */
    type: CustomerType | null;
    scriptType: CustomerType;
    unclassified: boolean;
    grade: string | null;
    strategic: boolean;
    collector: string | null;
    paymentRunDays: string | null;
    approvalChain: string | null;
    documentsRequired: string | null;
  };
  askFor: (PersonFact & { why: AskWhy }) | null;
  /** The decision maker to escalate to when the person on the line cannot move the payment. */
  escalateTo: PersonFact | null;
  currency: string;
  overdueMinor: number;
  openMinor: number;
  disputedMinor: number;
  daysPastDue: number;
  /** Other currencies owed (never added to this one). */
  otherBalances: { currency: string; overdueMinor: number }[];
  invoices: {
    number: string;
    issueDate: string | null;
    dueDate: string | null;
    daysPastDue: number;
    openMinor: number;
    po: string | null;
    disputed: boolean;
  }[];
  lastPromise: {
    amountMinor: number;
    currency: string;
    dueDate: string;
    madeOn: string;
    status: string;
    paidMinor: number;
    payer: string | null;
    method: string | null;
  } | null;
  step: {
    phase: Phase;
    current: { step: number; code: string; sent: boolean } | null;
    lastSent: { step: number; code: string; date: string } | null;
    next: { step: number; code: string; dueOn: string | null; due: boolean } | null;
    ladderComplete: boolean;
  };
  ability: { low: boolean; signals: { code: string; value: number }[] };
  objections: Objection[];
  ask: { amountMinor: number; currency: string; by: string; method: string | null; payer: string | null };
  plan: { count: number; everyDays: number; instalments: { amountMinor: number; dueDate: string }[] } | null;
}

function person(c: Contact): PersonFact {
  return { name: c.name, role: c.role, title: c.title, phone: c.mobile || c.phone || null, email: c.email };
}

function phaseOf(step: number | null, complete: boolean): Phase {
  if (complete || (step !== null && step >= 4)) return 'final';
  if (step === 3) return 'demand';
  if (step === 2) return 'notice';
  return 'friendly';
}

/** The next payment-run day when the customer pays on a fixed day of the month ("25", "25th monthly"). */
function nextRunDay(runDays: string | null, today: string, latest: string): string | null {
  const day = Number(/^\D*(\d{1,2})(?!\d)/.exec(runDays ?? '')?.[1]);
  if (!(day >= 1 && day <= 28)) return null;
  for (let d = today; d <= latest; d = addDays(d, 1)) if (Number(d.slice(8, 10)) === day) return d;
  return null;
}

/** An amount split into n instalments exactly: the remainder goes to the first, so more comes sooner. */
export function splitExact(total: number, n: number): number[] {
  const base = Math.floor(total / n);
  const out = Array.from({ length: n }, () => base);
  out[0] = total - base * (n - 1);
  return out;
}

type Promises = AccountReport['promises'];

function abilityOf(r: AccountReport, currency: string, type: CustomerType): ScriptFacts['ability'] {
  const signals: { code: string; value: number }[] = [];
  const inCur = (p: Promises[number]) => p.currency === currency;
  const broken = r.promises.filter((p) => inCur(p) && p.status === 'broken').length;
  const partial = r.promises.filter((p) => inCur(p) && p.status === 'partial').length;
  const partlyPaid = r.invoices.filter((i) => i.currency === currency && i.kind === 'invoice' && i.openMinor > 0 && i.openMinor < i.totalMinor).length;
  if (partlyPaid) signals.push({ code: 'partly-paid-invoices', value: partlyPaid });
  if (partial) signals.push({ code: 'partial-promises', value: partial });
  if (broken) signals.push({ code: 'broken-promises', value: broken });
  const late = r.paymentProcess.avgDaysBeyondTerms;
  if (late !== null && late > 0) signals.push({ code: 'pays-late', value: Math.round(late) });
  const limit = r.customer.creditLimitMinor;
  const open = r.balances.find((b) => b.currency === currency)?.openMinor ?? 0;
  if (limit && open > limit) signals.push({ code: 'over-credit-limit', value: Math.round((open * 100) / limit) });
  // Willing but unable: a cash-strapped type, a promise paid in part, or part payments with a broken promise.
  const low = type === 'cashflow' || partial > 0 || (partlyPaid > 0 && broken > 0);
  return { low, signals };
}

function whomToAsk(contacts: Contact[], type: CustomerType, phase: Phase, last: ScriptFacts['lastPromise']) {
  const byName = last?.payer ? contacts.find((c) => c.name === last.payer) : undefined;
  const dm = contacts.find((c) => c.isDecisionMaker || c.role === 'decision-maker') ?? null;
  let ask: (PersonFact & { why: AskWhy }) | null = null;
  // Whoever promised answers for the promise; after a demand, the one who decides (not the clerk).
  if (byName && last && last.status !== 'kept') ask = { ...person(byName), why: 'made-last-promise' };
  else if ((phase === 'demand' || phase === 'final') && type !== 'dispute' && dm) ask = { ...person(dm), why: 'decision-maker-for-step' };
  else {
    const c = pickContact(contacts, type);
    if (c) ask = { ...person(c), why: c.role ? 'role-for-type' : 'primary' };
  }
  const escalateTo = dm && dm.name !== ask?.name ? person(dm) : null;
  return { askFor: ask, escalateTo };
}

/** The script's facts for one customer on `today`: the account in `currency`, else the highest-scored one. */
export async function scriptFacts(store: LedgerReads, customerId: number, today: string, currency?: string): Promise<ScriptFacts> {
  const r = await accountReport(store, customerId, today);
  const byScore = [...r.scores].sort((a, b) => b.score - a.score);
  const score = (currency ? r.scores.find((s) => s.currency === currency) : byScore[0]) ?? null;
  const cur = score?.currency ?? currency ?? r.balances[0]?.currency ?? r.customer.currency ?? 'USD';
  const bal = r.balances.find((b) => b.currency === cur);
  const type = (r.customer.type as CustomerType | null) ?? null;
  const scriptType: CustomerType = type ?? 'oversight';
  const lastSent = score?.lastStep ? { step: score.lastStep.step, code: score.lastStep.code, date: score.lastStep.date } : null;
  const next = score?.nextStep ? { step: score.nextStep.step, code: score.nextStep.code, dueOn: score.nextStep.dueOn, due: score.nextStep.due } : null;
  const reached = [lastSent, next?.due ? next : null].filter((s) => s !== null).sort((a, b) => b.step - a.step)[0];
  const phase = phaseOf(reached?.step ?? null, !!score?.ladderComplete);
  const lp = r.promises.find((p) => p.currency === cur) ?? null;
  const lastPromise = lp
    ? {
        amountMinor: lp.amountMinor,
        currency: lp.currency,
        dueDate: lp.dueDate,
        madeOn: lp.createdAt.slice(0, 10),
        status: lp.status,
        paidMinor: lp.paidMinor,
        payer: lp.payer,
        method: lp.method,
      }
    : null;
  const details = new Map((await store.invoices.openDetails(customerId)).map((d) => [d.number, d.po]));
  const invoices = r.invoices
    .filter((i) => i.currency === cur && i.kind === 'invoice' && i.daysPastDue > 0 && i.openMinor > 0)
    .sort((a, b) => b.daysPastDue - a.daysPastDue)
    .map((i) => ({
      number: i.number,
      issueDate: i.issueDate,
      dueDate: i.dueDate,
      daysPastDue: i.daysPastDue,
      openMinor: i.openMinor,
      po: details.get(i.number) ?? null,
      disputed: i.disputedMinor > 0,
    }));
  const { askFor, escalateTo } = whomToAsk(r.contacts, scriptType, phase, lastPromise);
  const ability = abilityOf(r, cur, scriptType);
  const overdue = bal?.overdueMinor ?? 0;
  const latest = addDays(today, ASK_DAYS[phase]);
  const by = (scriptType === 'process' ? nextRunDay(r.customer.paymentRunDays, today, addDays(today, 31)) : null) ?? latest;
  const plan = ability.low && overdue > 0 && scriptType !== 'unreachable' ? planOffer(overdue, by) : null;
  return {
    asOf: today,
    customer: {
      code: r.customer.code,
      name: r.customer.name,
      type,
      scriptType,
      unclassified: type === null,
      grade: r.customer.grade ?? null,
      strategic: r.customer.strategic,
      collector: r.customer.collector,
      paymentRunDays: r.customer.paymentRunDays,
      approvalChain: r.customer.approvalChain,
      documentsRequired: r.customer.documentsRequired,
    },
    askFor,
    escalateTo,
    currency: cur,
    overdueMinor: overdue,
    openMinor: bal?.openMinor ?? 0,
    disputedMinor: bal?.disputedMinor ?? 0,
    daysPastDue: bal?.daysPastDue ?? 0,
    otherBalances: r.balances.filter((b) => b.currency !== cur && b.overdueMinor > 0).map((b) => ({ currency: b.currency, overdueMinor: b.overdueMinor })),
    invoices,
    lastPromise,
    step: {
      phase,
      current: reached ? { step: reached.step, code: reached.code, sent: reached === lastSent } : null,
      lastSent,
      next,
      ladderComplete: !!score?.ladderComplete,
    },
    ability,
    objections: OBJECTIONS[scriptType],
    ask: { amountMinor: overdue, currency: cur, by, method: lastPromise?.method ?? null, payer: lastPromise?.payer ?? askFor?.name ?? null },
    plan,
  };
}

/** Three monthly instalments, the first on the date asked for: what a cash-strapped customer can sign. */
function planOffer(total: number, first: string): ScriptFacts['plan'] {
  const n = 3;
  const every = 30;
  const amounts = splitExact(total, n);
  return { count: n, everyDays: every, instalments: amounts.map((amountMinor, i) => ({ amountMinor, dueDate: addDays(first, i * every) })) };
}

/** What a visit (上门催讨) covers for each type, in order (DOMAIN §2; seeds: 上门催讨策略). */
const AGENDA: Record<CustomerType, string[]> = {
  oversight: ['reconcile-statement', 'confirm-payment-date'],
  process: ['map-approval-chain', 'hand-over-documents', 'confirm-payment-run'],
  dispute: ['clarify-disputed-points', 'agree-resolution', 'collect-undisputed'],
  cashflow: ['assess-ability', 'part-payment-now', 'sign-plan', 'discuss-security'],
  delayer: ['meet-decision-maker', 'state-consequences', 'sign-acknowledgement', 'collect-payment'],
  unreachable: ['confirm-still-trading', 'sign-acknowledgement', 'note-assets'],
};

export interface VisitFacts extends ScriptFacts {
  agenda: string[];
  /** What to bring: codes, and the customer's own AP requirements as they were written down. */
  documents: string[];
  secure: string[];
}

/** The visit brief's facts: the script's, plus the agenda for the type, the documents and what to secure. */
export async function visitFacts(store: LedgerReads, customerId: number, today: string, currency?: string): Promise<VisitFacts> {
  const s = await scriptFacts(store, customerId, today, currency);
  const t = s.customer.scriptType;
  const secure = ['payment', 'signed-statement'];
  if (s.plan) secure.push('signed-plan');
  if (t === 'delayer' || t === 'unreachable') secure.push('signed-acknowledgement');
  const documents = ['statement', 'invoice-copies', 'delivery-notes', 'contract'];
  if (s.disputedMinor > 0) documents.push('dispute-file');
  if (s.plan) documents.push('plan-draft');
  return { ...s, agenda: AGENDA[t], documents, secure };
}
