// Reading what restarts the limitation clock: recorded events, and partial payments on open invoices.
// (Sent letters come from letters.ts.)
import type { Ledger } from './ledger.js';
import type { LimitationEventRow } from '../port.js';
export type { LimitationEventRow } from '../port.js';

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
