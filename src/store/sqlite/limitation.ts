// Reading and recording what restarts the limitation clock: recorded events (limitation_events), and
// partial payments on open invoices, derived from allocations rather than stored twice. (Sent letters
// come from letters.ts.)
import { isLimitationEventKind } from '../../core/jurisdictions.js';
import type { Ledger } from './ledger.js';
import type { LimitationEventRow, NewLimitationEvent } from '../port.js';
export type { LimitationEventRow, NewLimitationEvent } from '../port.js';

export async function limitationEvents(ledger: Ledger, customerId?: number): Promise<LimitationEventRow[]> {
  const one = customerId !== undefined;
  const params = one ? { customerId } : {};
  const recorded = ledger.db
    .prepare(
      // A plan carries the last instalment's due date among the plans agreed by its date (Art. 189).
      `SELECT customer_id AS customerId, invoice_id AS invoiceId, kind, at, evidence AS ref, note,
              CASE WHEN kind = 'plan' THEN
                (SELECT max(p.due_date) FROM promises p
                  WHERE p.customer_id = e.customer_id AND p.plan_id IS NOT NULL AND p.status <> 'cancelled'
                    AND substr(p.created_at, 1, 10) <= substr(e.at, 1, 10)) END AS until
         FROM limitation_events e ${one ? 'WHERE customer_id = @customerId' : ''} ORDER BY at, id`,
    )
    .all(params) as LimitationEventRow[];
  // A partial payment is the debtor's acknowledgement of that invoice (open invoices paid in part only).
  // A correlated subquery rather than a join + GROUP BY, so the scan stays on the open-invoice index;
  // the payment's reference (its evidence) rides along with the date as `date|reference`.
  const partial = ledger.db
    .prepare(
      `SELECT i.customer_id, i.id,
              (SELECT max(p.received_date || '|' || p.reference) FROM allocations a JOIN payments p ON p.id = a.payment_id WHERE a.invoice_id = i.id)
         FROM invoices i
        WHERE i.status = 'open' AND i.kind = 'invoice' AND i.open_minor <> i.total_minor ${one ? 'AND i.customer_id = @customerId' : ''}`,
    )
    .raw(true)
    .all(params) as [number, number, string | null][];
  const derived: LimitationEventRow[] = [];
  for (const [customerId, invoiceId, last] of partial) {
    if (last === null) continue;
    const bar = last.indexOf('|');
    derived.push({ customerId, invoiceId, kind: 'partial-payment', at: last.slice(0, bar), ref: last.slice(bar + 1) || null, note: null, until: null });
  }
  return [...recorded, ...derived];
}

/** Record one event; its id. A kind core does not know is a programming error (commands validate first). */
export async function addLimitationEvent(ledger: Ledger, e: NewLimitationEvent, now: string): Promise<number> {
  if (!isLimitationEventKind(e.kind)) throw new Error(`unknown limitation event kind: ${e.kind}`);
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
