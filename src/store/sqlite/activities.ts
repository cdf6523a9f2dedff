// Reading the contact log: when each customer was last contacted, callbacks, and a customer's timeline.
import type { Ledger } from './ledger.js';
import type { ContactSummary } from '../../core/priority.js';
import type { ActivityRow, NewActivity } from '../port.js';
export type { ActivityRow, NewActivity } from '../port.js';

/**
 * Per customer, in one GROUP BY: the last activity, the last real contact (not a note), and the latest
 * callback set (`at|next_action_at` of the latest activity that set one).
 */
export async function contactSummaries(ledger: Ledger, customerId?: number): Promise<Map<number, ContactSummary>> {
  const one = customerId !== undefined;
  const rows = ledger.db
    .prepare(
      `SELECT customer_id, max(at),
              max(CASE WHEN coalesce(channel, '') <> 'note' AND coalesce(outcome, '') <> 'note' THEN at END),
              max(CASE WHEN next_action_at IS NOT NULL THEN at || '|' || next_action_at END)
         FROM activities${one ? ' WHERE customer_id = @customerId' : ''} GROUP BY customer_id`,
    )
    .raw(true)
    .all(one ? { customerId } : {}) as [number, string | null, string | null, string | null][];
  const out = new Map<number, ContactSummary>();
  for (const [id, lastAny, lastContact, cb] of rows) {
    let callback: ContactSummary['callback'] = null;
    if (cb) {
      const bar = cb.lastIndexOf('|');
      callback = { at: cb.slice(0, bar), nextActionAt: cb.slice(bar + 1, bar + 11) };
    }
    out.set(id, { lastActivityAt: lastAny, lastContactAt: lastContact, callback });
  }
  return out;
}

export async function recentActivities(ledger: Ledger, customerId: number, limit = 20): Promise<ActivityRow[]> {
  return ledger.db
    .prepare(
      `SELECT id, at, channel, outcome, note, collector, next_action_at AS nextActionAt, contact, evidence FROM activities
        WHERE customer_id = @customerId ORDER BY at DESC, id DESC LIMIT @limit`,
    )
    .all({ customerId, limit }) as ActivityRow[];
}

export async function addActivity(ledger: Ledger, a: NewActivity): Promise<number> {
  return Number(
    ledger.db
      .prepare(
        `INSERT INTO activities (customer_id, at, channel, outcome, note, collector, next_action_at, invoices, contact, evidence, created_at)
         VALUES (@customerId, @at, @channel, @outcome, @note, @collector, @nextActionAt, @invoices, @contact, @evidence, @createdAt)`,
      )
      .run({
        customerId: a.customerId,
        at: a.at,
        channel: a.channel ?? null,
        outcome: a.outcome ?? null,
        note: a.note ?? null,
        collector: a.collector ?? null,
        nextActionAt: a.nextActionAt ?? null,
        invoices: a.invoices ? JSON.stringify(a.invoices) : null,
        contact: a.contact ?? null,
        evidence: a.evidence ?? null,
        createdAt: a.createdAt,
      }).lastInsertRowid,
  );
}
