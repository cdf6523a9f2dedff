// Limitation periods (DOMAIN §9). Each overdue invoice's clock starts the day after its due date (the
// default) and is restarted by an interrupting event: a provable demand, the debtor's acknowledgement,
// a partial payment, a repayment plan, a lawsuit, a payment order. The claim expires `years` after
// the latest of these. A customer's deadline is the earliest among its open overdue invoices; the
// collector is warned 90/60/30 days ahead. (China: 3 years, Civil Code Arts. 188/195; the 20-year
// absolute cap and US state rules are not modelled — set `limitation.years` for another law.)
import { addMonths } from './dates.js';
import { daysFrom, plusDays } from './aging.js';

/**
 * What may restart (or, for negotiation, suspend) the clock. Stored in limitation_events.kind, taken by
 * `ar log --evidence`; whether one restarts depends on the jurisdiction (core/jurisdictions.ts).
 * partial-payment is also derived from the ledger's allocations.
 */
export const LIMITATION_EVENT_KINDS = [
  'demand',
  'acknowledgement',
  'partial-payment',
  'plan',
  'statement-signed',
  'promise-in-writing',
  'negotiation',
  'lawsuit',
  'payment-order',
  'other',
] as const;
export type LimitationEventKind = (typeof LIMITATION_EVENT_KINDS)[number];

export function isLimitationEventKind(k: string): k is LimitationEventKind {
  return (LIMITATION_EVENT_KINDS as readonly string[]).includes(k);
}

export interface LimitationSettings {
  years: number;
  warn_days: number[];
  /** Count a sent letter as a demand only when proof of delivery (evidence) is recorded. */
  letters_need_evidence: boolean;
}

export const DEFAULT_LIMITATION: LimitationSettings = { years: 3, warn_days: [90, 60, 30], letters_need_evidence: true };

export interface LimitationInvoice {
  id: number;
  number?: string;
  /** The due date the invoice is aged from (due date, else issue date + terms). */
  dueDate: string | null;
}

export interface InterruptingEvent {
  /** demand | acknowledgement | partial-payment | plan | lawsuit | payment-order | letter | other */
  kind: string;
  at: string;
  /** null: the whole account. */
  invoiceId?: number | null;
  ref?: string | null;
}

export interface LimitationResult {
  deadline: string;
  daysLeft: number;
  /** The tightest warning threshold reached (e.g. 30), 'expired', or null. */
  level: number | 'expired' | null;
  /** What started the running period: the default itself or the latest interrupting event. */
  since: { kind: 'default' | string; at: string; ref?: string | null };
  invoiceId: number;
  invoiceNumber?: string;
}

export function warningLevel(daysLeft: number, warnDays: readonly number[]): number | 'expired' | null {
  if (daysLeft < 0) return 'expired';
  const hits = warnDays.filter((d) => daysLeft <= d);
  return hits.length ? Math.min(...hits) : null;
}

/** The earliest limitation deadline among the overdue invoices, or null when nothing is overdue. */
export function limitationDeadline(
  invoices: readonly LimitationInvoice[],
  events: readonly InterruptingEvent[],
  settings: LimitationSettings,
  today: string,
): LimitationResult | null {
  // Latest account-wide event, and the latest per invoice.
  let accountLatest: InterruptingEvent | null = null;
  const perInvoice = new Map<number, InterruptingEvent>();
  for (const e of events) {
    const at = e.at.slice(0, 10);
    if (at > today) continue;
    if (e.invoiceId == null) {
      if (!accountLatest || at > accountLatest.at.slice(0, 10)) accountLatest = e;
    } else {
      const cur = perInvoice.get(e.invoiceId);
      if (!cur || at > cur.at.slice(0, 10)) perInvoice.set(e.invoiceId, e);
    }
  }
  // The deadline grows with the start of the running period, so only the earliest start matters.
  // Compared as ISO text: a default period (from due + 1) starts before an event period (from E) exactly
  // when due < E; on equal text the event period is the earlier one.
  const accountAt = accountLatest ? accountLatest.at.slice(0, 10) : null;
  let best: { at: string; event: InterruptingEvent | null; inv: LimitationInvoice; afterDue: boolean } | null = null;
  for (const inv of invoices) {
    if (!inv.dueDate || inv.dueDate >= today) continue; // not in default yet
    // The period starts the day after the due date, or on the latest interrupting event after it.
    let at = inv.dueDate;
    let event: InterruptingEvent | null = null;
    let afterDue = true;
    if (accountAt && accountAt > at) [at, event, afterDue] = [accountAt, accountLatest, false];
    const own = perInvoice.get(inv.id);
    if (own && own.at.slice(0, 10) > at) [at, event, afterDue] = [own.at.slice(0, 10), own, false];
    if (!best || at < best.at || (at === best.at && best.afterDue && !afterDue)) best = { at, event, inv, afterDue };
  }
  if (!best) return null;
  const since: LimitationResult['since'] = best.event
    ? { kind: best.event.kind, at: best.at, ref: best.event.ref ?? null }
    : { kind: 'default', at: plusDays(best.at, 1) };
  const deadline = addMonths(since.at, 12 * settings.years);
  const daysLeft = daysFrom(today, deadline);
  return {
    deadline,
    daysLeft,
    level: warningLevel(daysLeft, settings.warn_days),
    since,
    invoiceId: best.inv.id,
    invoiceNumber: best.inv.number,
  };
}
