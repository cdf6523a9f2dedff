// Who to call first, and why. Everything per customer and currency ("account"): amounts in different
// currencies are never compared or added. Pure: the store gathers the facts, this file judges them.
//
// Order of the worklist:
//   1. scheduled follow-ups — a promise due today, a broken promise nobody has chased yet, a callback
//      date reached (DOMAIN §8: a scheduled follow-up ranks above pure score);
//   2. everything else on the list — a dunning step due, the ladder complete (legal action to
//      decide), the limitation deadline within the warning window, a high score — by score alone.
//      The reason says why the account is on the list, not how urgent it is: the score does, so a
//      debt of 380k and 189 days whose ladder is done never waits behind a 7-day reminder.
// Within a tier, the higher score first. The score is a sum of named parts, each shown by --explain.
// Not called at all: accounts with a promise not yet due, and accounts whose overdue amount is
// entirely disputed or on hold.
import { anchorDate, dateOf, dayNo, daysFrom, DEFAULT_AGING, type AgingSettings } from './aging.js';
import { minorDigits } from './money.js';
import { DEFAULT_POLICY, nextDunningStep, type DunningItem, type DunningState, type LastStep, type PolicySettings } from './policy.js';
import { isFailed, keptRate, outstanding, type PromiseEvaluation, type PromiseRecord } from './promises.js';
import { convertMinor, fxTable, rateOn, type FxTable } from './fx.js';
import { DEFAULT_LIMITATION, datedLimitation, limitationDeadline, type InterruptingEvent, type Limitation, type LimitationSettings } from './limitation.js';

export type CustomerType = 'oversight' | 'process' | 'dispute' | 'cashflow' | 'delayer' | 'unreachable';
export const CUSTOMER_TYPES: CustomerType[] = ['oversight', 'process', 'dispute', 'cashflow', 'delayer', 'unreachable'];

export interface Weights {
  amount: number;
  days: number;
  broken_promises: number;
  grade: number;
  type: number;
  no_contact: number;
  behaviour: number;
  limitation: number;
}

/** Points out of 100 when each factor is at its maximum. */
export const DEFAULT_WEIGHTS: Weights = {
  amount: 35,
  days: 20,
  broken_promises: 12,
  grade: 8,
  type: 7,
  no_contact: 8,
  behaviour: 5,
  limitation: 5,
};

export interface PrioritySettings {
  /** An account with this score or more is on the list even without anything scheduled. */
  high_score: number;
  /** Overdue amount (major units) that scores nothing / full marks, on a log scale; per currency, else "default". */
  amount_range: Record<string, [number, number]>;
  /** Days past due that score full marks (linear). */
  days_full: number;
  /** Days without contact that score full marks (linear). */
  no_contact_full: number;
  /** Average days beyond terms that score full marks (linear). */
  behaviour_full: number;
  /** Broken promises (in the window) that score full marks. */
  broken_full: number;
  broken_window_days: number;
  /** Paid invoices closed within this many days describe the customer's payment behaviour. */
  behaviour_window_days: number;
  grade_risk: Record<string, number>;
  type_risk: Record<string, number>;
}

export const DEFAULT_PRIORITY: PrioritySettings = {
  high_score: 50,
  amount_range: { default: [100, 1_000_000], JPY: [10_000, 100_000_000], KRW: [100_000, 1_000_000_000] },
  days_full: 180,
  no_contact_full: 30,
  behaviour_full: 60,
  broken_full: 2,
  broken_window_days: 90,
  behaviour_window_days: 180,
  grade_risk: { A: 0, B: 0.5, C: 1 },
  type_risk: { oversight: 0.2, process: 0.4, dispute: 0.3, cashflow: 0.7, delayer: 1, unreachable: 0.6 },
};

export type Reason = 'promise-broken' | 'promise-due' | 'callback-due' | 'step-due' | 'ladder-complete' | 'limitation-warning' | 'high-score';
const TIER: Record<Reason, number> = {
  'promise-broken': 1,
  'promise-due': 1,
  'callback-due': 1,
  'step-due': 2,
  'ladder-complete': 2,
  'limitation-warning': 2,
  'high-score': 2,
};

export type Hidden = 'promise-pending' | 'disputed' | 'on-hold' | 'nothing-overdue' | 'low-score';

export type Factor = keyof Weights;

/**
 * How the amount factor read a foreign-currency amount: converted into the base at a dated rate, or
 * scored in its own currency because no rate was known on the day.
 */
export type FxNote = { currency: string; base: string; rate: string; date: string; baseMinor: number } | { currency: string; base: string; missing: true };

export interface ScorePart {
  factor: Factor;
  points: number;
  /** The raw input: minor units, days, count, grade letter, type key. */
  value: number | string | null;
  /** The amount part only, for an account not in the base currency. */
  fx?: FxNote;
}

export interface OpenItem {
  id: number;
  number: string;
  kind: 'invoice' | 'credit_note';
  issueDate: string | null;
  dueDate: string | null;
  currency: string;
  openMinor: number;
  holdUntil: string | null;
}

/** How an unclassified customer is scored and dunned until a collector sets type and grade (DOMAIN §2). */
export const UNCLASSIFIED_AS = 'oversight';
export const UNGRADED_AS = 'B';

export interface CustomerFacts {
  id: number;
  code: string;
  name: string;
  /** null: unclassified (imported, not yet judged by a collector): scored as oversight. */
  type: string | null;
  /** null: no grade yet: scored as B. */
  grade: string | null;
  strategic: boolean;
  termsDays: number | null;
  collector: string | null;
  /** Whose limitation law applies (core/jurisdictions.ts); absent or null: the ledger's default. */
  jurisdiction?: string | null;
}

export interface DisputeLite {
  id: number;
  invoiceId: number | null;
  amountMinor: number;
  currency: string;
}

export interface EvaluatedPromise {
  record: PromiseRecord;
  evaluation: PromiseEvaluation;
}

export interface ContactSummary {
  /** Latest activity of any kind (date or timestamp). */
  lastActivityAt: string | null;
  /** Latest real contact: an activity that is not a note, or a letter sent. */
  lastContactAt: string | null;
  /** The latest callback date set, and when it was set. */
  callback: { at: string; nextActionAt: string } | null;
}

export interface AccountInput {
  customer: CustomerFacts;
  currency: string;
  /** This customer's open items in this currency. */
  items: readonly OpenItem[];
  /** Open disputes in this currency. */
  disputes: readonly DisputeLite[];
  /** Promises in this currency, status already evaluated. */
  promises: readonly EvaluatedPromise[];
  contact: ContactSummary;
  /** Ladder steps sent to this customer for this currency (or for all its currencies). */
  steps: readonly LastStep[];
  /** Average days beyond terms over recently paid invoices (null: no history). */
  avgDaysBeyondTerms: number | null;
  limitationEvents: readonly InterruptingEvent[];
}

export interface PriorityConfig {
  /** Base currency and dated rates: the amount factor compares accounts in one currency. */
  fx: FxTable;
  aging: AgingSettings;
  policy: PolicySettings;
  priority: PrioritySettings;
  weights: Weights;
  limitation: LimitationSettings;
}

export interface Account {
  customer: CustomerFacts;
  currency: string;
  openMinor: number;
  /**
   * Overdue — the one meaning every screen uses: open items past their due date (credit notes past
   * theirs netted), exactly what aging puts after "current". Disputed and held amounts are part of it.
   */
  pastDueMinor: number;
  /** Of the overdue amount: disputed, and on hold. */
  disputedMinor: number;
  onHoldMinor: number;
  /** What the collector can chase: overdue less disputed and held, less credit notes not yet due (never below 0). */
  collectibleMinor: number;
  /** Oldest collectible item's days past due (0 when nothing collectible is overdue). */
  daysPastDue: number;
  brokenPromises: number;
  promiseDue: EvaluatedPromise | null;
  promiseBroken: EvaluatedPromise | null;
  promisePending: EvaluatedPromise | null;
  callbackDue: string | null;
  daysSinceContact: number | null;
  avgDaysBeyondTerms: number | null;
  dunning: DunningState;
  limitation: Limitation | null;
  score: number;
  parts: ScorePart[];
  reasons: Reason[];
  tier: number;
  hidden: Hidden | null;
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

export function amountFactor(minor: number, currency: string, ranges: PrioritySettings['amount_range']): number {
  if (minor <= 0) return 0;
  const [lo, hi] = ranges[currency] ?? ranges.default ?? [100, 1_000_000];
  const major = minor / 10 ** minorDigits(currency);
  if (major <= lo) return 0;
  return clamp01((Math.log10(major) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)));
}

/**
 * The amount factor of an account: on the amount converted into the base currency at the rate in
 * force on `fx.date`, so that CNY 17,345 and EUR 17,480 no longer score alike. Without a rate the
 * amount is scored in its own currency (its own amount_range), and the note says so.
 */
export function amountPart(
  minor: number,
  currency: string,
  ranges: PrioritySettings['amount_range'],
  fx?: { table: FxTable; date: string },
): { factor: number; fx?: FxNote } {
  if (!fx || currency === fx.table.base || minor <= 0) return { factor: amountFactor(minor, currency, ranges) };
  const base = fx.table.base;
  const r = rateOn(fx.table, currency, fx.date);
  if (!r) return { factor: amountFactor(minor, currency, ranges), fx: { currency, base, missing: true } };
  const baseMinor = convertMinor(minor, currency, base, r.rate);
  return { factor: amountFactor(baseMinor, base, ranges), fx: { currency, base, rate: r.rate, date: r.date, baseMinor } };
}

/** Each part rounded to whole points; the score is their sum, so the explanation adds up. */
export function scoreParts(
  a: Pick<Account, 'collectibleMinor' | 'currency' | 'daysPastDue' | 'brokenPromises' | 'daysSinceContact' | 'avgDaysBeyondTerms' | 'limitation'> & {
    grade: string | null;
    type: string | null;
    /** Share of the account's decided promises that were kept (0 when none): a good record softens a broken one. */
    keptShare?: number;
  },
  w: Weights,
  p: PrioritySettings,
  limitationWindow: number,
  fx?: { table: FxTable; date: string },
): ScorePart[] {
  const overdue = a.collectibleMinor > 0;
  const amount = amountPart(a.collectibleMinor, a.currency, p.amount_range, fx);
  const dated = datedLimitation(a.limitation);
  const parts: ScorePart[] = [
    { factor: 'amount', points: w.amount * amount.factor, value: a.collectibleMinor, ...(amount.fx ? { fx: amount.fx } : {}) },
    { factor: 'days', points: overdue ? w.days * clamp01(a.daysPastDue / p.days_full) : 0, value: a.daysPastDue },
    // The kept rate feeds the score: a customer who kept every other promise weighs a broken one at ¾.
    {
      factor: 'broken_promises',
      points: w.broken_promises * clamp01(a.brokenPromises / p.broken_full) * (1 - clamp01(a.keptShare ?? 0) / 2),
      value: a.brokenPromises,
    },
    // Unclassified customers are scored as the neutral oversight/B; the value stays null so that
    // --explain can say "unclassified — scored as oversight/B".
    { factor: 'grade', points: w.grade * clamp01(p.grade_risk[a.grade ?? UNGRADED_AS] ?? 0.5), value: a.grade },
    { factor: 'type', points: w.type * clamp01(p.type_risk[a.type ?? UNCLASSIFIED_AS] ?? 0.5), value: a.type },
    {
      factor: 'no_contact',
      points: overdue ? w.no_contact * (a.daysSinceContact === null ? 1 : clamp01(a.daysSinceContact / p.no_contact_full)) : 0,
      value: a.daysSinceContact,
    },
    {
      factor: 'behaviour',
      points: a.avgDaysBeyondTerms === null ? 0 : w.behaviour * clamp01(a.avgDaysBeyondTerms / p.behaviour_full),
      value: a.avgDaysBeyondTerms,
    },
    {
      factor: 'limitation',
      points: overdue && dated && dated.daysLeft >= 0 && dated.daysLeft <= limitationWindow ? w.limitation : 0,
      value: dated ? dated.daysLeft : null,
    },
  ];
  for (const x of parts) x.points = Math.round(x.points);
  return parts;
}

/** Average days beyond terms from a count and a sum of days, to one decimal; null without history. */
export function averageLate(n: number, lateDays: number): number | null {
  return n > 0 ? Math.round((lateDays / n) * 10) / 10 : null;
}

/**
 * The highest step sent in the current episode: letters from before the oldest open item could have
 * been dunned (its due date − 7 days) belong to debts since paid, so a customer who paid up and fell
 * behind again starts the ladder afresh.
 */
export function currentEpisodeStep(steps: readonly LastStep[], openDaysPastDue: readonly number[], today: string): LastStep | null {
  if (steps.length === 0 || openDaysPastDue.length === 0) return null;
  const oldest = Math.max(...openDaysPastDue);
  const from = dayNo(today) - (oldest + 7);
  let best: LastStep | null = null;
  for (const s of steps) {
    if (dayNo(s.date) < from) continue;
    if (!best || s.step > best.step || (s.step === best.step && s.date > best.date)) best = s;
  }
  return best;
}

/** Each open item as the ladder sees it: days past due, and the collectible part (minor). */
interface Work extends DunningItem {
  item: OpenItem;
  dpd: number;
  collectible: number;
}

/** The open items of one account, sorted into overdue, disputed, on hold and credits. */
interface Balances {
  work: Work[];
  openMinor: number;
  grossOverdue: number;
  /** Past-due credit notes (negative): aging nets them in its past-due buckets, so overdue does too. */
  pastDueCredits: number;
  disputed: number;
  onHold: number;
  credits: number;
  limitationInvoices: { id: number; number: string; dueDate: string | null }[];
}

/** Disputed amount per invoice, and the total of disputes tied to no invoice. */
function disputesByInvoice(disputes: AccountInput['disputes']): { byInvoice: Map<number, number>; unlinked: number } {
  const byInvoice = new Map<number, number>();
  let unlinked = 0;
  for (const d of disputes) {
    if (d.invoiceId == null) unlinked += d.amountMinor;
    else byInvoice.set(d.invoiceId, (byInvoice.get(d.invoiceId) ?? 0) + d.amountMinor);
  }
  return { byInvoice, unlinked };
}

function balancesOf(input: Pick<AccountInput, 'customer' | 'items'>, defaultTerms: number, today: string, disputedBy: Map<number, number>): Balances {
  const b: Balances = { work: [], openMinor: 0, grossOverdue: 0, pastDueCredits: 0, disputed: 0, onHold: 0, credits: 0, limitationInvoices: [] };
  for (const it of input.items) {
    b.openMinor += it.openMinor;
    // An item with a due date is anchored on it (anchorDate's first rule) without copying the item.
    const due = it.dueDate ? it.dueDate : anchorDate({ ...it, termsDays: input.customer.termsDays }, 'due', defaultTerms);
    const dpd = due === null ? 0 : daysFrom(due, today);
    if (it.kind === 'credit_note' || it.openMinor < 0) {
      b.credits += it.openMinor;
      if (dpd >= 1) b.pastDueCredits += it.openMinor;
      b.work.push({ item: it, dpd, collectible: it.openMinor, daysPastDue: dpd, minor: it.openMinor });
      continue;
    }
    if (dpd >= 1) {
      b.grossOverdue += it.openMinor;
      // Disputed or held, the claim still runs out: every overdue invoice has a limitation clock.
      b.limitationInvoices.push({ id: it.id, number: it.number, dueDate: due });
    }
    if (it.holdUntil && it.holdUntil > today) {
      if (dpd >= 1) b.onHold += it.openMinor;
      continue;
    }
    const dis = disputedBy.size ? Math.min(it.openMinor, disputedBy.get(it.id) ?? 0) : 0;
    if (dpd >= 1) b.disputed += dis;
    b.work.push({ item: it, dpd, collectible: it.openMinor - dis, daysPastDue: dpd, minor: it.openMinor - dis });
  }
  return b;
}

/** Disputes tied to no invoice are set against the oldest collectible items first. */
function applyUnlinkedDisputes(b: Balances, unlinked: number): void {
  if (unlinked <= 0) return;
  b.work.sort((x, y) => y.dpd - x.dpd);
  for (const w of b.work) {
    if (unlinked <= 0) break;
    if (w.collectible <= 0) continue;
    const take = Math.min(w.collectible, unlinked);
    w.collectible -= take;
    w.minor = w.collectible;
    unlinked -= take;
    if (w.dpd >= 1) b.disputed += take;
  }
}

/** Collectible overdue (credits set against it), its oldest item's age, and the oldest open item's. */
function overdueOf(b: Balances): { collectibleMinor: number; daysPastDue: number; oldestOpen: number } {
  let overdueSum = 0;
  let oldestCollectible = 0;
  let oldestOpen = -Infinity;
  for (const w of b.work) {
    if (w.collectible <= 0) continue;
    if (w.dpd > oldestOpen) oldestOpen = w.dpd;
    if (w.dpd >= 1) {
      overdueSum += w.collectible;
      if (w.dpd > oldestCollectible) oldestCollectible = w.dpd;
    }
  }
  const collectibleMinor = Math.max(0, overdueSum + b.credits);
  return { collectibleMinor, daysPastDue: collectibleMinor > 0 ? oldestCollectible : 0, oldestOpen };
}

interface PromiseFacts {
  brokenPromises: number;
  promiseDue: EvaluatedPromise | null;
  promiseBroken: EvaluatedPromise | null;
  promisePending: EvaluatedPromise | null;
  /** What the pending promises not yet due still cover (a partial promise leaves the rest collectible). */
  pendingMinor: number;
}

/** Broken promises in the window (the latest one not yet followed up), one due today, the next pending. */
function promiseFacts(promises: readonly EvaluatedPromise[], windowDays: number, contactDate: string | null, today: string): PromiseFacts {
  const windowStart = dateOf(dayNo(today) - windowDays);
  const f: PromiseFacts = { brokenPromises: 0, promiseDue: null, promiseBroken: null, promisePending: null, pendingMinor: 0 };
  for (const p of promises) {
    const st = p.evaluation.status;
    const due = p.record.dueDate;
    if (isFailed(st) && due >= windowStart && due < today) {
      f.brokenPromises++;
      if ((contactDate === null || contactDate <= due) && (!f.promiseBroken || due > f.promiseBroken.record.dueDate)) f.promiseBroken = p;
    }
    if (st === 'pending' && due === today) f.promiseDue = p;
    if (st === 'pending' && due > today && (!f.promisePending || due < f.promisePending.record.dueDate)) f.promisePending = p;
    if (st === 'pending' && due > today) f.pendingMinor += outstanding(p.evaluation, p.record.amountMinor);
  }
  return f;
}

/** The latest callback set, when its date has come and nothing was logged on or after it. */
function callbackDueOf(contact: AccountInput['contact'], today: string): string | null {
  const cb = contact.callback;
  const lastAny = contact.lastActivityAt ? contact.lastActivityAt.slice(0, 10) : null;
  return cb && cb.nextActionAt <= today && (lastAny === null || lastAny < cb.nextActionAt) ? cb.nextActionAt : null;
}

interface ReasonInput {
  promises: PromiseFacts;
  callbackDue: string | null;
  collectibleMinor: number;
  limitation: Limitation | null;
  dunning: DunningState;
  score: number;
}

function reasonsOf(r: ReasonInput, cfg: PriorityConfig, today: string): Reason[] {
  const reasons: Reason[] = [];
  if (r.promises.promiseBroken) reasons.push('promise-broken');
  if (r.promises.promiseDue) reasons.push('promise-due');
  if (r.callbackDue) reasons.push('callback-due');
  if (r.collectibleMinor <= 0) return reasons;
  // A claim about to expire comes before the routine step.
  if (typeof datedLimitation(r.limitation)?.level === 'number') reasons.push('limitation-warning');
  const { dunning } = r;
  if (dunning.next?.due && dunning.next.day > 0) reasons.push('step-due');
  // Every step sent and the last one's deadline (the minimum gap) over: legal action is the next step.
  const promiseFirst = r.promises.promiseDue !== null && r.promises.promiseDue.record.amountMinor >= r.collectibleMinor;
  if (!promiseFirst && dunning.complete && (!dunning.last || daysFrom(dunning.last.date, today) >= cfg.policy.min_gap_days)) reasons.push('ladder-complete');
  if (r.score >= cfg.priority.high_score) reasons.push('high-score');
  return reasons;
}

function hiddenOf(promisePending: EvaluatedPromise | null, b: Balances, collectible: number, reasons: readonly Reason[]): Hidden | null {
  if (promisePending) return 'promise-pending';
  if (b.grossOverdue > 0 && collectible === 0 && (b.disputed > 0 || b.onHold > 0)) return b.disputed >= b.onHold ? 'disputed' : 'on-hold';
  if (reasons.length === 0) return collectible > 0 ? 'low-score' : 'nothing-overdue';
  return null;
}

export function assessAccount(input: AccountInput, cfg: PriorityConfig, today: string): Account {
  const { customer, currency } = input;
  const { byInvoice, unlinked } = disputesByInvoice(input.disputes);
  const b = balancesOf(input, cfg.aging.default_terms_days, today, byInvoice);
  applyUnlinkedDisputes(b, unlinked);
  const { collectibleMinor, daysPastDue, oldestOpen } = overdueOf(b);

  const contactDate = input.contact.lastContactAt ? input.contact.lastContactAt.slice(0, 10) : null;
  const promises = promiseFacts(input.promises, cfg.priority.broken_window_days, contactDate, today);
  const callbackDue = callbackDueOf(input.contact, today);
  const daysSinceContact = contactDate ? Math.max(0, daysFrom(contactDate, today)) : null;

  const lastStep = oldestOpen === -Infinity ? null : currentEpisodeStep(input.steps, [oldestOpen], today);
  const dunning: DunningState = nextDunningStep(cfg.policy, {
    type: customer.type ?? UNCLASSIFIED_AS,
    strategic: customer.strategic,
    brokenPromiseRecently: promises.brokenPromises > 0,
    currency,
    items: b.work,
    lastStep,
    today,
  });
  // On the day a promise to pay everything chaseable falls due, the promise comes first: no letter.
  const fullPromiseToday = promises.promiseDue !== null && promises.promiseDue.record.amountMinor >= collectibleMinor;
  if (fullPromiseToday && dunning.next?.due) dunning.next = { ...dunning.next, due: false, waiting: 'promise' };
  const jurisdiction = customer.jurisdiction || cfg.limitation.jurisdiction || null;
  const limitation = limitationDeadline(b.limitationInvoices, input.limitationEvents, cfg.limitation, today, jurisdiction);
  const limitationWindow = Math.max(0, ...cfg.limitation.warn_days);
  const { brokenPromises } = promises;
  const rate = keptRate(input.promises.map((p) => p.evaluation.status));
  const parts = scoreParts(
    {
      collectibleMinor,
      currency,
      daysPastDue,
      brokenPromises,
      keptShare: rate.decided ? rate.kept / rate.decided : 0,
      daysSinceContact,
      avgDaysBeyondTerms: input.avgDaysBeyondTerms,
      limitation,
      grade: customer.grade,
      type: customer.type,
    },
    cfg.weights,
    cfg.priority,
    limitationWindow,
    { table: cfg.fx, date: today },
  );
  const score = parts.reduce((a, p) => a + p.points, 0);
  const reasons = reasonsOf({ promises, callbackDue, collectibleMinor, limitation, dunning, score }, cfg, today);
  return {
    customer,
    currency,
    openMinor: b.openMinor,
    pastDueMinor: b.grossOverdue + b.pastDueCredits,
    disputedMinor: b.disputed,
    onHoldMinor: b.onHold,
    collectibleMinor,
    daysPastDue,
    brokenPromises,
    promiseDue: promises.promiseDue,
    promiseBroken: promises.promiseBroken,
    promisePending: promises.promisePending,
    callbackDue,
    daysSinceContact,
    avgDaysBeyondTerms: input.avgDaysBeyondTerms,
    dunning,
    limitation,
    score,
    parts,
    reasons,
    tier: reasons.length ? Math.min(...reasons.map((r) => TIER[r])) : 9,
    // A promise hides the account only when it covers what is collectible: 10% promised leaves 90% to chase.
    hidden: hiddenOf(promises.pendingMinor >= collectibleMinor ? promises.promisePending : null, b, collectibleMinor, reasons),
  };
}

/** Scheduled work first, then by score; ties by overdue days, then customer code (stable output). */
export function compareAccounts(a: Account, b: Account): number {
  return (
    a.tier - b.tier ||
    b.score - a.score ||
    b.daysPastDue - a.daysPastDue ||
    (a.customer.code < b.customer.code ? -1 : a.customer.code > b.customer.code ? 1 : 0) ||
    (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0)
  );
}

export interface Worklist {
  /** Accounts that need the collector today, ranked (before --limit). */
  ranked: Account[];
  /** Accounts with open items (the "of N"). */
  withOpenItems: number;
  hidden: Record<Hidden, number>;
}

/** `quiet`: accounts with nothing overdue and nothing scheduled that were counted without assessing. */
export function buildWorklist(accounts: Iterable<Account>, quiet = 0): Worklist {
  const hidden: Record<Hidden, number> = { 'promise-pending': 0, disputed: 0, 'on-hold': 0, 'nothing-overdue': quiet, 'low-score': 0 };
  const ranked: Account[] = [];
  let withOpen = quiet;
  for (const a of accounts) {
    withOpen++;
    if (a.hidden) hidden[a.hidden]++;
    else ranked.push(a);
  }
  ranked.sort(compareAccounts);
  return { ranked, withOpenItems: withOpen, hidden };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** Defaults overlaid with stored values at every depth (a stored `weights.amount` keeps the other weights). */
export function deepMerge<T>(base: T, over: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined || over === null ? base : (over as T);
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = k in out ? deepMerge(out[k], v) : v;
  return out as T;
}

/** The engine's settings from the ledger's effective settings. */
export function priorityConfig(settings: Record<string, unknown>): PriorityConfig {
  const currency = typeof settings.default_currency === 'string' && settings.default_currency ? settings.default_currency : 'CNY';
  return {
    fx: fxTable(settings.fx as Parameters<typeof fxTable>[0], currency),
    aging: deepMerge(DEFAULT_AGING, settings.aging),
    policy: deepMerge(DEFAULT_POLICY, settings.policy),
    priority: deepMerge(DEFAULT_PRIORITY, settings.priority),
    weights: deepMerge(DEFAULT_WEIGHTS, settings.weights),
    limitation: deepMerge(DEFAULT_LIMITATION, settings.limitation),
  };
}
