// Reading disputes: open ones take their amount out of what the collector chases.
import type { Ledger } from './ledger.js';

export interface DisputeRow {
  id: number;
  customerId: number;
  invoiceId: number | null;
  invoiceNumber: string | null;
  amountMinor: number;
  currency: string;
  reason: string;
  status: 'open' | 'resolved' | 'cancelled';
  openedAt: string;
  resolvedAt: string | null;
  note: string | null;
}

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
