// Promise status is derived, not typed in: a promise stays pending until its date, and is then kept,
// partial or broken by what arrived in its window (created date … due date, inclusive, same
// currency) — or kept when the customer's balance in that currency reached zero by the due date
// (a snapshot import closing everything is how many collectors learn that a customer paid).
// A status stored as anything but 'pending' is an explicit resolution (or a cancellation) and wins.

export type PromiseStatus = 'pending' | 'kept' | 'broken' | 'partial' | 'cancelled';

export interface PromiseRecord {
  id: number;
  customerId: number;
  amountMinor: number;
  currency: string;
  dueDate: string;
  /** When it was made (date or timestamp); the payment window opens on this date. */
  createdAt: string;
  storedStatus: PromiseStatus;
  resolvedAt?: string | null;
  storedPaidMinor?: number;
  method?: string | null;
  payer?: string | null;
}

export interface PaymentLite {
  receivedDate: string;
  currency: string;
  amountMinor: number;
}

/** The customer's open balance in the promise's currency now, and the date it last reached zero. */
export interface BalanceLite {
  openMinor: number;
  /** When the balance is ≤ 0: the last closing date of that currency's items, or null if unknown. */
  zeroSince: string | null;
}

export interface PromiseEvaluation {
  status: PromiseStatus;
  paidMinor: number;
  /** True when the status came from payments/balance, false when the stored one was kept. */
  derived: boolean;
  /** Kept because the balance reached zero (snapshot closure), not by payments. */
  bySettlement: boolean;
}

export function evaluatePromise(p: PromiseRecord, payments: readonly PaymentLite[], today: string, balance?: BalanceLite): PromiseEvaluation {
  if (p.storedStatus !== 'pending') {
    return { status: p.storedStatus, paidMinor: p.storedPaidMinor ?? 0, derived: false, bySettlement: false };
  }
  const from = p.createdAt.slice(0, 10);
  const to = p.dueDate < today ? p.dueDate : today;
  let paid = 0;
  for (const pay of payments) {
    if (pay.currency !== p.currency) continue;
    if (pay.receivedDate >= from && pay.receivedDate <= to && pay.receivedDate <= p.dueDate) paid += pay.amountMinor;
  }
  const settled = !!balance && balance.openMinor <= 0 && (balance.zeroSince === null || balance.zeroSince.slice(0, 10) <= p.dueDate);
  if (paid >= p.amountMinor || settled) return { status: 'kept', paidMinor: paid, derived: true, bySettlement: settled && paid < p.amountMinor };
  if (today <= p.dueDate) return { status: 'pending', paidMinor: paid, derived: true, bySettlement: false };
  return { status: paid > 0 ? 'partial' : 'broken', paidMinor: paid, derived: true, bySettlement: false };
}

/** A promise that was not kept (broken, or only partly kept). */
export function isFailed(status: PromiseStatus): boolean {
  return status === 'broken' || status === 'partial';
}

/** Kept ÷ (kept + broken + partial); null when none has been decided yet. */
export function keptRate(statuses: readonly PromiseStatus[]): { kept: number; decided: number } {
  let kept = 0;
  let decided = 0;
  for (const s of statuses) {
    if (s === 'kept') kept++;
    if (s === 'kept' || isFailed(s)) decided++;
  }
  return { kept, decided };
}
