// Limitation periods (DOMAIN §9). Each overdue invoice's clock starts the day after its due date (the
// default) and is restarted by an interrupting event: a provable demand, the debtor's acknowledgement,
// a partial payment, a repayment plan, a lawsuit, a payment order. The claim expires `years` after
// the latest of these. A customer's deadline is the earliest among its open overdue invoices; the
// collector is warned 90/60/30 days ahead. (China: 3 years, Civil Code Arts. 188/195; the 20-year
// absolute cap and US state rules are not modelled — set `limitation.years` for another law.)
import { addDays, addMonths, daysBetween } from './dates.js';

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
  let best: LimitationResult | null = null;
  for (const inv of invoices) {
    if (!inv.dueDate || inv.dueDate >= today) continue; // not in default yet
    const defaultOn = addDays(inv.dueDate, 1);
    let since: LimitationResult['since'] = { kind: 'default', at: defaultOn };
    for (const e of [accountLatest, perInvoice.get(inv.id) ?? null]) {
      if (e && e.at.slice(0, 10) > since.at) since = { kind: e.kind, at: e.at.slice(0, 10), ref: e.ref ?? null };
    }
    const deadline = addMonths(since.at, 12 * settings.years);
    if (!best || deadline < best.deadline) {
      const daysLeft = daysBetween(today, deadline);
      best = { deadline, daysLeft, level: warningLevel(daysLeft, settings.warn_days), since, invoiceId: inv.id, invoiceNumber: inv.number };
    }
  }
  return best;
}
