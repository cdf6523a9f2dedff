// Reading what restarts the limitation clock: recorded events, and partial payments on open invoices.
// (Sent letters come from letters.ts.)
import type { Ledger } from './ledger.js';
import type { LimitationEventRow, NewLimitationEvent } from '../port.js';
export type { LimitationEventRow, NewLimitationEvent } from '../port.js';

export async function limitationEvents(ledger: Ledger, customerId?: number): Promise<LimitationEventRow[]> {
  const one = customerId !== undefined;
  const params = one ? { customerId } : {};
  const recorded = ledger.db
    .prepare(
      `SELECT customer_id AS customerId, invoice_id AS invoiceId, kind, at, evidence AS ref
         FROM limitation_events ${one ? 'WHERE customer_id = @customerId' : ''}`,
    )
    .all(params) as LimitationEventRow[];
  // A partial payment is the debtor's acknowledgement of that invoice (open invoices paid in part only).
  // A correlated subquery rather than a join + GROUP BY, so the scan stays on the open-invoice index.
  const partial = (
    ledger.db
      .prepare(
        `SELECT i.customer_id AS customerId, i.id AS invoiceId, 'partial-payment' AS kind,
                (SELECT max(p.received_date) FROM allocations a JOIN payments p ON p.id = a.payment_id WHERE a.invoice_id = i.id) AS at,
                NULL AS ref
           FROM invoices i
          WHERE i.status = 'open' AND i.kind = 'invoice' AND i.open_minor <> i.total_minor ${one ? 'AND i.customer_id = @customerId' : ''}`,
      )
      .all(params) as (LimitationEventRow & { at: string | null })[]
  ).filter((e): e is LimitationEventRow => e.at !== null);
  return [...recorded, ...partial];
}

/** Record an event that restarts the clock, with how it can be proved. */
export async function addLimitationEvent(ledger: Ledger, e: NewLimitationEvent, now: string): Promise<number> {
  return Number(
    ledger.db
      .prepare(
        `INSERT INTO limitation_events (customer_id, invoice_id, kind, at, evidence, note, created_at)
         VALUES (@customerId, @invoiceId, @kind, @at, @evidence, @note, @createdAt)`,
      )
      .run({
        customerId: e.customerId,
        invoiceId: e.invoiceId ?? null,
        kind: e.kind,
        at: e.at,
        evidence: e.evidence ?? null,
        note: e.note ?? null,
        createdAt: e.createdAt ?? now,
      }).lastInsertRowid,
  );
}
