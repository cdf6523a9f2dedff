// Ability and willingness to pay (评价客户支付实力), read from the ledger: how late they pay and whether
// that is getting worse, partial payments, promises kept and broken, open disputes, how much of the
// credit limit is used, and whether anyone answers. Each finding is a signal (a code and its numbers,
// the evidence a collector can check); the levels add them up. From the same signals a customer type
// is *suggested* (DOMAIN §2) — never set: only the collector classifies a customer.
import type { CustomerType } from './priority.js';
import type { PromiseStatus } from './promises.js';
import { isFailed } from './promises.js';
import { daysBetween } from './dates.js';

export type Level = 'good' | 'fair' | 'poor' | 'unknown';

export type SignalCode =
  | 'late-worse'
  | 'late-better'
  | 'late-steady'
  | 'late-average'
  | 'partial-payments'
  | 'promises-broken'
  | 'promises-kept'
  | 'disputes-open'
  | 'over-credit-limit'
  | 'credit-limit-use'
  | 'no-answer'
  | 'reached';

export interface Signal {
  code: SignalCode;
  /** The numbers behind it (days, counts, percent): evidence, shown with the signal. */
  params: Record<string, number>;
  /** What it says about: the means to pay, or the will to. */
  about: 'ability' | 'willingness';
  /** +1 speaks for the customer, −1 against, 0 is context. */
  weight: -1 | 0 | 1;
}

export interface Suggestion {
  type: CustomerType;
  /** The signals that point to it. */
  evidence: Signal[];
}

export interface Assessment {
  ability: Level;
  willingness: Level;
  signals: Signal[];
  /** The type the history points to, first the strongest; empty when it points to none. */
  suggestions: Suggestion[];
}

export interface AssessmentFacts {
  today: string;
  /** Invoices paid in the last year: closing date and days beyond the due date. */
  paid: readonly { closedAt: string; lateDays: number }[];
  /** Open invoices paid in part. */
  partlyPaidInvoices: number;
  /** Promises with their evaluated status. */
  promises: readonly { status: PromiseStatus }[];
  openDisputes: number;
  /** Open balance in the customer's own currency, and its credit limit there (null: none set). */
  openMinor: number | null;
  creditLimitMinor: number | null;
  /** Outcome codes of logged activities, newest first. */
  outcomes: readonly (string | null)[];
}

export interface AssessmentRules {
  /** Days that split "recent" payments from the earlier ones for the trend. */
  recentDays: number;
  /** A change of average lateness of at least this many days is a trend. */
  trendDays: number;
  /** Attempts in a row without an answer that make a customer look unreachable. */
  noAnswerAttempts: number;
  /** Paid on average within this many days of the due date: an oversight, not a problem. */
  paidSoonDays: number;
}

export const DEFAULT_ASSESSMENT_RULES: AssessmentRules = { recentDays: 90, trendDays: 7, noAnswerAttempts: 3, paidSoonDays: 15 };

const NO_ANSWER = new Set(['no-answer', 'voicemail', 'wrong-contact']);
const avg = (xs: readonly number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);

/** Lateness: the trend between earlier and recent payments, or the average when only one side is known. */
function lateness(f: AssessmentFacts, r: AssessmentRules): Signal[] {
  if (f.paid.length === 0) return [];
  const recent = f.paid.filter((p) => daysBetween(p.closedAt, f.today) <= r.recentDays).map((p) => p.lateDays);
  const earlier = f.paid.filter((p) => daysBetween(p.closedAt, f.today) > r.recentDays).map((p) => p.lateDays);
  if (recent.length && earlier.length) {
    const now = avg(recent);
    const before = avg(earlier);
    if (now - before >= r.trendDays) return [{ code: 'late-worse', params: { before, now }, about: 'ability', weight: -1 }];
    // Getting better speaks for them only once they pay within a month of the due date.
    if (before - now >= r.trendDays) return [{ code: 'late-better', params: { before, now }, about: 'ability', weight: now <= 30 ? 1 : 0 }];
    return [{ code: 'late-steady', params: { before, now }, about: 'ability', weight: now <= r.paidSoonDays ? 1 : now > 60 ? -1 : 0 }];
  }
  const all = f.paid.map((p) => p.lateDays);
  const days = avg(all);
  return [{ code: 'late-average', params: { days, n: all.length }, about: 'willingness', weight: days <= r.paidSoonDays ? 1 : days > 30 ? -1 : 0 }];
}

function promiseSignals(f: AssessmentFacts): Signal[] {
  const kept = f.promises.filter((p) => p.status === 'kept').length;
  const failed = f.promises.filter((p) => isFailed(p.status)).length;
  const partial = f.promises.filter((p) => p.status === 'partial').length;
  const out: Signal[] = [];
  if (f.partlyPaidInvoices + partial > 0) {
    out.push({ code: 'partial-payments', params: { n: f.partlyPaidInvoices + partial }, about: 'ability', weight: -1 });
  }
  if (failed > 0)
    out.push({ code: 'promises-broken', params: { broken: failed, decided: kept + failed }, about: 'willingness', weight: failed > kept ? -1 : 0 });
  else if (kept > 0) out.push({ code: 'promises-kept', params: { kept }, about: 'willingness', weight: 1 });
  return out;
}

function contactSignals(f: AssessmentFacts, r: AssessmentRules): Signal[] {
  let streak = 0;
  for (const o of f.outcomes) {
    if (o && NO_ANSWER.has(o)) streak++;
    else if (o?.startsWith('reached')) break;
  }
  const reached = f.outcomes.filter((o) => o?.startsWith('reached') || o?.startsWith('visited')).length;
  const out: Signal[] = [];
  if (streak >= r.noAnswerAttempts) out.push({ code: 'no-answer', params: { n: streak }, about: 'willingness', weight: -1 });
  if (reached > 0) out.push({ code: 'reached', params: { n: reached }, about: 'willingness', weight: 0 });
  return out;
}

function creditSignals(f: AssessmentFacts): Signal[] {
  if (!f.creditLimitMinor || f.creditLimitMinor <= 0 || f.openMinor === null) return [];
  // Integer percent (never a float for money): floor(open × 100 / limit).
  const pct = Math.floor((f.openMinor * 100) / f.creditLimitMinor);
  if (pct > 100) return [{ code: 'over-credit-limit', params: { pct }, about: 'ability', weight: -1 }];
  return [{ code: 'credit-limit-use', params: { pct }, about: 'ability', weight: 0 }];
}

function level(signals: readonly Signal[], about: Signal['about']): Level {
  const mine = signals.filter((s) => s.about === about);
  if (mine.length === 0) return 'unknown';
  const sum = mine.reduce((a, s) => a + s.weight, 0);
  return sum > 0 ? 'good' : sum < 0 ? 'poor' : 'fair';
}

/** The types the signals point to, strongest first (DOMAIN §2: the tool suggests, the collector sets). */
function suggest(signals: readonly Signal[], f: AssessmentFacts, r: AssessmentRules): Suggestion[] {
  const by = (c: SignalCode) => signals.find((s) => s.code === c);
  const out: Suggestion[] = [];
  const disputes = by('disputes-open');
  if (disputes) out.push({ type: 'dispute', evidence: [disputes] });
  const broken = by('promises-broken');
  if (broken && (broken.params.broken ?? 0) >= 2) out.push({ type: 'delayer', evidence: [broken] });
  const partial = by('partial-payments');
  const reached = by('reached');
  if (partial && reached) out.push({ type: 'cashflow', evidence: [partial, reached] });
  const silent = by('no-answer');
  if (silent) out.push({ type: 'unreachable', evidence: [silent] });
  const late = by('late-average') ?? by('late-steady') ?? by('late-better');
  const days = late ? (late.params.days ?? late.params.now ?? Infinity) : Infinity;
  if (late && days <= r.paidSoonDays && !broken && !f.openDisputes) out.push({ type: 'oversight', evidence: [late] });
  return out;
}

export function assess(f: AssessmentFacts, rules: AssessmentRules = DEFAULT_ASSESSMENT_RULES): Assessment {
  const signals = [...lateness(f, rules), ...promiseSignals(f), ...creditSignals(f), ...contactSignals(f, rules)];
  if (f.openDisputes > 0) signals.push({ code: 'disputes-open', params: { n: f.openDisputes }, about: 'willingness', weight: 0 });
  return { ability: level(signals, 'ability'), willingness: level(signals, 'willingness'), signals, suggestions: suggest(signals, f, rules) };
}
