// Limitation periods (DOMAIN §9). Which law applies is the customer's jurisdiction (else the ledger's
// default); with none known there is no date at all — never another country's. Per overdue invoice
// the clock runs from its due date (Germany: from the end of that year) and is restarted by the
// events its rule accepts (core/jurisdictions.ts); a customer's deadline is the earliest among its
// overdue invoices: the cautious, earliest defensible date, with the article that set it.
import { addMonths } from './dates.js';
import { daysFrom } from './aging.js';
import { isLimitationEventKind, jurisdictionRule, type JurisdictionRule } from './jurisdictions.js';

export interface LimitationSettings {
  /** The ledger's default jurisdiction (a code of core/jurisdictions.ts); '' when not set. */
  jurisdiction: string;
  warn_days: number[];
  /** Count a sent letter as a demand only when proof of delivery (evidence) is recorded. */
  letters_need_evidence: boolean;
}

export const DEFAULT_LIMITATION: LimitationSettings = { jurisdiction: '', warn_days: [90, 60, 30], letters_need_evidence: true };

export interface LimitationInvoice {
  id: number;
  number?: string;
  /** The due date the invoice is aged from (due date, else issue date + terms). */
  dueDate: string | null;
}

export interface InterruptingEvent {
  /** A LimitationEventKind, or 'letter': a sent letter, a demand whose proof the settings judged. */
  kind: string;
  at: string;
  /** null: the whole account. */
  invoiceId?: number | null;
  /** The evidence: a reference, a file, how it was obtained. */
  ref?: string | null;
  /** A plan: the last instalment's due date (an instalment debt runs from it where the rule says so). */
  until?: string | null;
}

/** What set the date: the period itself, a restart, an instalment plan's last due date, or the cap. */
export type LimitationBasis = 'period' | 'goods' | 'restart' | 'instalments' | 'cap';

export interface LimitationResult {
  jurisdiction: string;
  deadline: string;
  daysLeft: number;
  /** The tightest warning threshold reached (e.g. 30), 'expired', or null. */
  level: number | 'expired' | null;
  /** What the running period counts from: the due date (or year end) itself, or the latest restart. */
  since: { kind: 'default' | string; at: string; ref?: string | null };
  /** The statute (catalogue key limitation.law.LAW) and article that give this date, and the period. */
  rule: { law: string; article: string; years: number; basis: LimitationBasis };
  invoiceId: number;
  invoiceNumber?: string;
}

/** Overdue invoices, but no jurisdiction known: no date is shown. */
export interface LimitationNotSet {
  jurisdiction: null;
  invoiceId: number;
  invoiceNumber?: string;
}

export type Limitation = LimitationResult | LimitationNotSet;

export function warningLevel(daysLeft: number, warnDays: readonly number[]): number | 'expired' | null {
  if (daysLeft < 0) return 'expired';
  const hits = warnDays.filter((d) => daysLeft <= d);
  return hits.length ? Math.min(...hits) : null;
}

/**
 * The last day to act, `years` after the day the period counts from. The one counting rule, for every
 * jurisdiction: the start day is not counted (民法典 Art. 201; common law excludes the day of accrual),
 * so the period ends on the same calendar date N years on — a Chinese collector counts an invoice due
 * 2026-10-06 to 2029-10-06. Some courts would allow one day more; the cautious date does not. 29 Feb
 * ends on 28 Feb in a common year (addMonths clamps), again the earlier day.
 */
export function periodEnd(from: string, years: number): string {
  return addMonths(from, 12 * years);
}

/** Whether an event restarts the clock under a rule (a sent letter is a demand, its proof judged already). */
export function restarts(rule: JurisdictionRule, e: InterruptingEvent): boolean {
  const kind = e.kind === 'letter' ? 'demand' : e.kind;
  const proof = isLimitationEventKind(kind) ? rule.restarts[kind] : undefined;
  if (!proof) return false;
  return proof === 'any' || e.kind === 'letter' || !!e.ref?.trim();
}

interface Dated {
  deadline: string;
  since: LimitationResult['since'];
  rule: LimitationResult['rule'];
}

/** One invoice's deadline under a rule, given the events that concern it (account-wide or its own). */
function invoiceDeadline(rule: JurisdictionRule, due: string, events: readonly InterruptingEvent[]): Dated {
  // The period counts from the due date; in Germany from the end of the year the claim arose (§199).
  const start = rule.start === 'year-end' ? `${due.slice(0, 4)}-12-31` : due;
  const shorter = rule.goods && rule.goods.years < rule.years ? rule.goods : null;
  const years = shorter ? shorter.years : rule.years;
  let best: Dated = {
    deadline: periodEnd(start, years),
    since: { kind: 'default', at: start },
    rule: shorter ? { law: shorter.law, article: shorter.article, years, basis: 'goods' } : { law: rule.law, article: rule.article, years, basis: 'period' },
  };
  for (const e of events) {
    // An event before the default interrupts nothing; a restart never brings the date forward.
    if (e.at <= due || !restarts(rule, e)) continue;
    const plan = rule.instalments && e.kind === 'plan' && e.until && e.until > e.at;
    const from = plan ? e.until! : e.at;
    const deadline = periodEnd(from, years);
    if (deadline <= best.deadline) continue;
    best = {
      deadline,
      since: { kind: e.kind, at: e.at, ref: e.ref ?? null },
      rule: plan
        ? { law: rule.law, article: rule.instalments!, years, basis: 'instalments' }
        : { law: rule.restartLaw ?? rule.law, article: rule.restartArticle, years, basis: 'restart' },
    };
  }
  if (rule.cap) {
    const cap = periodEnd(due, rule.cap.years);
    if (cap < best.deadline) best = { ...best, deadline: cap, rule: { law: rule.law, article: rule.cap.article, years: rule.cap.years, basis: 'cap' } };
  }
  return best;
}

/**
 * The earliest limitation deadline among the overdue invoices under the jurisdiction's rule; "not set"
 * when no jurisdiction is known; null when nothing is overdue.
 */
export function limitationDeadline(
  invoices: readonly LimitationInvoice[],
  events: readonly InterruptingEvent[],
  settings: Pick<LimitationSettings, 'warn_days'>,
  today: string,
  jurisdiction: string | null,
): Limitation | null {
  const overdue = invoices.filter((inv): inv is LimitationInvoice & { dueDate: string } => !!inv.dueDate && inv.dueDate < today);
  const first = overdue[0];
  if (!first) return null;
  const rule = jurisdictionRule(jurisdiction);
  if (!rule) {
    const oldest = overdue.reduce((a, b) => (b.dueDate < a.dueDate ? b : a), first);
    return { jurisdiction: null, invoiceId: oldest.id, invoiceNumber: oldest.number };
  }
  const known = events.map((e) => ({ ...e, at: e.at.slice(0, 10) })).filter((e) => e.at <= today);
  let best: (Dated & { inv: LimitationInvoice }) | null = null;
  for (const inv of overdue) {
    const own = known.filter((e) => e.invoiceId == null || e.invoiceId === inv.id);
    const d = invoiceDeadline(rule, inv.dueDate, own);
    if (!best || d.deadline < best.deadline) best = { ...d, inv };
  }
  const b = best!;
  const daysLeft = daysFrom(today, b.deadline);
  return {
    jurisdiction: rule.code,
    deadline: b.deadline,
    daysLeft,
    level: warningLevel(daysLeft, settings.warn_days),
    since: b.since,
    rule: b.rule,
    invoiceId: b.inv.id,
    invoiceNumber: b.inv.number,
  };
}

/** The dated result, or null (nothing overdue, or no jurisdiction). */
export function datedLimitation(l: Limitation | null): LimitationResult | null {
  return l && l.jurisdiction !== null ? l : null;
}
