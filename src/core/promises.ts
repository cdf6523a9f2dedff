// Promise status is derived, not typed in: a promise stays pending until its date, and is then kept,
// partial or broken by what arrived in its window (created date … due date, inclusive, same
// currency) — or kept when the customer's balance in that currency reached zero by the due date
// (a snapshot import closing everything is how many collectors learn that a customer paid).
// A status stored as anything but 'pending' is an explicit resolution (or a cancellation) and wins.
import { addDays } from './dates.js';

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
  /** The plan this promise is an instalment of (the first instalment's id), and its number. */
  planId?: number | null;
  instalment?: number | null;
  /** Who made the promise, so the callback asks for that person. */
  contact?: string | null;
  note?: string | null;
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

/** A promise's amount still to come: what a pending or partly kept promise leaves unpaid. */
export function outstanding(e: PromiseEvaluation, amountMinor: number): number {
  return e.status === 'pending' ? Math.max(0, amountMinor - e.paidMinor) : 0;
}

export interface Instalment {
  instalment: number;
  amountMinor: number;
  dueDate: string;
}

/**
 * An instalment plan: `count` instalments `everyDays` apart from `firstDue`, the total split exactly
 * (integer minor units; the remainder goes one unit at a time to the first instalments, so they add
 * up to the total and no two differ by more than one unit).
 */
export function splitPlan(totalMinor: number, count: number, everyDays: number, firstDue: string): Instalment[] {
  if (!Number.isSafeInteger(totalMinor) || totalMinor <= 0) throw new RangeError('plan total must be a positive amount');
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(everyDays) || everyDays < 1)
    throw new RangeError('plan needs n ≥ 1 instalments ≥ 1 day apart');
  const base = Math.floor(totalMinor / count);
  const rest = totalMinor - base * count;
  const out: Instalment[] = [];
  for (let i = 0; i < count; i++) {
    out.push({ instalment: i + 1, amountMinor: base + (i < rest ? 1 : 0), dueDate: addDays(firstDue, i * everyDays) });
  }
  return out;
}

/**
 * The promises of one account (customer × currency), evaluated together: each payment counts once,
 * for the earliest pending promise whose window (made … due) it falls in, so the instalments of a
 * plan, or two promises a week apart, are not both kept by the same payment.
 */
export function evaluateAccountPromises(
  promises: readonly PromiseRecord[],
  payments: readonly PaymentLite[],
  today: string,
  balance?: BalanceLite,
): Map<number, PromiseEvaluation> {
  const out = new Map<number, PromiseEvaluation>();
  const left = [...payments].sort((a, b) => (a.receivedDate < b.receivedDate ? -1 : a.receivedDate > b.receivedDate ? 1 : 0)).map((p) => ({ ...p }));
  const pending = promises.filter((p) => p.storedStatus === 'pending').sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id - b.id));
  for (const p of promises) if (p.storedStatus !== 'pending') out.set(p.id, evaluatePromise(p, [], today, balance));
  for (const p of pending) {
    const from = p.createdAt.slice(0, 10);
    const to = p.dueDate < today ? p.dueDate : today;
    const taken: PaymentLite[] = [];
    let need = p.amountMinor;
    for (const pay of left) {
      if (need <= 0) break;
      if (pay.currency !== p.currency || pay.amountMinor <= 0 || pay.receivedDate < from || pay.receivedDate > to) continue;
      const take = Math.min(need, pay.amountMinor);
      pay.amountMinor -= take;
      need -= take;
      taken.push({ ...pay, amountMinor: take });
    }
    out.set(p.id, evaluatePromise(p, taken, today, balance));
  }
  return out;
}
