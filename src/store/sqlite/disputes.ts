// Reading disputes: open ones take their amount out of what the collector chases.
import type { Ledger } from './ledger.js';
import type { DisputeRow, NewDispute } from '../port.js';
export type { DisputeRow, NewDispute } from '../port.js';

const SELECT = `SELECT d.id, d.customer_id AS customerId, d.invoice_id AS invoiceId, i.number AS invoiceNumber,
       d.amount_minor AS amountMinor, d.currency, d.reason, d.status, d.opened_at AS openedAt,
       d.resolved_at AS resolvedAt, d.note
  FROM disputes d LEFT JOIN invoices i ON i.id = d.invoice_id`;

export async function openDisputes(ledger: Ledger): Promise<DisputeRow[]> {
  return ledger.db.prepare(`${SELECT} WHERE d.status = 'open' ORDER BY d.customer_id, d.id`).all() as DisputeRow[];
}

export async function customerDisputes(ledger: Ledger, customerId: number): Promise<DisputeRow[]> {
  return ledger.db.prepare(`${SELECT} WHERE d.customer_id = @customerId ORDER BY d.opened_at DESC, d.id DESC`).all({ customerId }) as DisputeRow[];
}

export async function allDisputes(ledger: Ledger): Promise<DisputeRow[]> {
  return ledger.db.prepare(`${SELECT} ORDER BY d.opened_at, d.id`).all() as DisputeRow[];
}

export async function getDispute(ledger: Ledger, id: number): Promise<DisputeRow | undefined> {
  return ledger.db.prepare(`${SELECT} WHERE d.id = @id`).get({ id }) as DisputeRow | undefined;
}

/** Resolve or cancel an open dispute; false when it is not open (a settled dispute stays settled). */
export async function settleDispute(ledger: Ledger, id: number, status: 'resolved' | 'cancelled', at: string, note: string | null = null): Promise<boolean> {
  const info = ledger.db
    .prepare(`UPDATE disputes SET status = @status, resolved_at = @at, note = coalesce(@note, note) WHERE id = @id AND status = 'open'`)
    .run({ id, status, at, note });
  return info.changes === 1;
}

/** Record a dispute. Returns null when the named invoice is not in the ledger for that customer. */
export async function addDispute(ledger: Ledger, d: NewDispute): Promise<number | null> {
  let invoiceId: number | null = null;
  if (d.invoiceNumber) {
    const row = ledger.db
      .prepare(`SELECT id FROM invoices WHERE customer_id = @customerId AND number = @number ORDER BY kind LIMIT 1`)
      .get({ customerId: d.customerId, number: d.invoiceNumber }) as { id: number } | undefined;
    if (!row) return null;
    invoiceId = row.id;
  }
  return Number(
    ledger.db
      .prepare(
        `INSERT INTO disputes (customer_id, invoice_id, amount_minor, currency, reason, status, opened_at, resolved_at, note, created_at)
         VALUES (@customerId, @invoiceId, @amountMinor, @currency, @reason, @status, @openedAt, @resolvedAt, @note, @createdAt)`,
      )
      .run({
        customerId: d.customerId,
        invoiceId,
        amountMinor: d.amountMinor,
        currency: d.currency,
        reason: d.reason,
        status: d.status ?? 'open',
        openedAt: d.openedAt,
        resolvedAt: d.resolvedAt ?? null,
        note: d.note ?? null,
        createdAt: d.createdAt,
      }).lastInsertRowid,
  );
}
