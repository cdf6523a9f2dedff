// Promises and plans as of a date: every promise with its status derived from what was paid (and
// from a complete export no longer listing the invoices), the plan it belongs to, and the kept rate.
import { evaluateAccountPromises, keptRate, type PaymentLite, type PromiseEvaluation, type PromiseRecord, type PromiseStatus } from '../core/promises.js';
import type { LedgerReads } from '../store/port.js';

export interface PromiseEntry {
  id: number;
  customer: { id: number; code: string; name: string };
  amountMinor: number;
  currency: string;
  dueDate: string;
  status: PromiseStatus;
  paidMinor: number;
  /** Kept because the balance reached zero (an export stopped listing the invoices), not by payments. */
  bySettlement: boolean;
  plan: { id: number; instalment: number; of: number } | null;
  contact: string | null;
  createdAt: string;
}

export interface PromisesReport {
  asOf: string;
  promises: PromiseEntry[];
  keptRate: { kept: number; decided: number };
}

const key = (p: PromiseRecord) => `${p.customerId}\u0000${p.currency}`;

/** The date from which an account's payments can count towards its pending promises (null: none pending). */
export function paymentsFrom(list: readonly PromiseRecord[], today: string): string | null {
  const pending = list.filter((p) => p.storedStatus === 'pending');
  if (pending.length === 0) return null;
  return pending.map((p) => p.createdAt.slice(0, 10)).sort()[0] ?? today;
}

/**
 * One account's promises (customer × currency) evaluated together: the payments since the earliest
 * pending one was made, and the balance (`openMinor`: what is open in that currency now).
 * `customerPaid`: the customer's payments in every currency from that date or earlier up to today,
 * read ahead for many accounts at once (store.payments.betweenMany); without it they are read here.
 */
export async function evaluateAccount(
  store: LedgerReads,
  list: readonly PromiseRecord[],
  today: string,
  openMinor: number,
  customerPaid?: readonly PaymentLite[],
): Promise<Map<number, PromiseEvaluation>> {
  const first = list[0];
  const from = paymentsFrom(list, today);
  if (!first || from === null) return evaluateAccountPromises(list, [], today);
  const inRange = (p: PaymentLite) => p.currency === first.currency && p.receivedDate >= from && p.receivedDate <= today;
  const payments =
    from > today ? [] : customerPaid ? customerPaid.filter(inRange) : await store.payments.between(first.customerId, first.currency, from, today);
  const zeroSince = openMinor <= 0 ? await store.payments.lastClosedAt(first.customerId, first.currency) : null;
  return evaluateAccountPromises(list, payments, today, { openMinor, zeroSince });
}

/** Evaluate every promise of the ledger (or one customer), one account at a time. */
export async function evaluateAll(store: LedgerReads, records: readonly PromiseRecord[], today: string): Promise<Map<number, PromiseEvaluation>> {
  const byAccount = new Map<string, PromiseRecord[]>();
  for (const p of records) byAccount.set(key(p), [...(byAccount.get(key(p)) ?? []), p]);
  const out = new Map<number, PromiseEvaluation>();
  for (const list of byAccount.values()) {
    const first = list[0];
    if (!first) continue;
    const open = (await store.invoices.open(first.customerId)).filter((i) => i.currency === first.currency).reduce((a, i) => a + i.openMinor, 0);
    for (const [id, e] of await evaluateAccount(store, list, today, open)) out.set(id, e);
  }
  return out;
}

export async function promisesReport(store: LedgerReads, today: string, opts: { status?: PromiseStatus; customerId?: number } = {}): Promise<PromisesReport> {
  const records = await store.promises.all(opts.customerId);
  const evaluated = await evaluateAll(store, records, today);
  const names = new Map((await store.customers.list()).map((c) => [c.id, { id: c.id, code: c.code, name: c.name }]));
  const planSize = new Map<number, number>();
  for (const p of records) if (p.planId) planSize.set(p.planId, (planSize.get(p.planId) ?? 0) + 1);
  const all: PromiseEntry[] = records.map((p) => {
    const e = evaluated.get(p.id) ?? { status: p.storedStatus, paidMinor: 0, bySettlement: false, derived: false };
    return {
      id: p.id,
      customer: names.get(p.customerId) ?? { id: p.customerId, code: String(p.customerId), name: '' },
      amountMinor: p.amountMinor,
      currency: p.currency,
      dueDate: p.dueDate,
      status: e.status,
      paidMinor: e.paidMinor,
      bySettlement: e.bySettlement,
      plan: p.planId ? { id: p.planId, instalment: p.instalment ?? 1, of: planSize.get(p.planId) ?? 1 } : null,
      contact: p.contact ?? null,
      createdAt: p.createdAt,
    };
  });
  return {
    asOf: today,
    promises: opts.status ? all.filter((p) => p.status === opts.status) : all,
    keptRate: keptRate(all.map((p) => p.status)),
  };
}
