// Reading promises and what settles them (payments, and when a balance reached zero). Status is
// derived in src/core/promises.ts; a stored status other than 'pending' is kept as it is.
import type { Statement } from 'better-sqlite3';
import type { Ledger } from './ledger.js';
import type { PaymentLite, PromiseRecord, PromiseStatus } from '../../core/promises.js';
import type { NewPromise } from '../port.js';
export type { NewPromise } from '../port.js';

interface Row {
  id: number;
  customer_id: number;
  amount_minor: number;
  currency: string;
  due_date: string;
  method: string | null;
  payer: string | null;
  status: PromiseStatus;
  paid_minor: number;
  resolved_at: string | null;
  created_at: string;
}

const COLS = 'id, customer_id, amount_minor, currency, due_date, method, payer, status, paid_minor, resolved_at, created_at';

function toRecord(r: Row): PromiseRecord {
  return {
    id: r.id,
    customerId: r.customer_id,
    amountMinor: r.amount_minor,
    currency: r.currency,
    dueDate: r.due_date,
    createdAt: r.created_at,
    storedStatus: r.status,
    resolvedAt: r.resolved_at,
    storedPaidMinor: r.paid_minor,
    method: r.method,
    payer: r.payer,
  };
}

/** Promises that can matter today: still pending, or due on/after `since` (and not cancelled). */
export async function recentPromises(ledger: Ledger, since: string): Promise<PromiseRecord[]> {
  const rows = ledger.db
    .prepare(`SELECT ${COLS} FROM promises WHERE status <> 'cancelled' AND (status = 'pending' OR due_date >= @since) ORDER BY customer_id, due_date, id`)
    .all({ since }) as Row[];
  return rows.map(toRecord);
}

/** Every promise of one customer, newest due date first. */
export async function customerPromises(ledger: Ledger, customerId: number): Promise<PromiseRecord[]> {
  const rows = ledger.db.prepare(`SELECT ${COLS} FROM promises WHERE customer_id = @customerId ORDER BY due_date DESC, id DESC`).all({ customerId }) as Row[];
  return rows.map(toRecord);
}

/** Payments received from a customer in a currency within [from, to]. */
export async function paymentsBetween(ledger: Ledger, customerId: number, currency: string, from: string, to: string): Promise<PaymentLite[]> {
  return stmt(
    ledger,
    'payments',
    `SELECT received_date AS receivedDate, currency, amount_minor AS amountMinor FROM payments
        WHERE customer_id = @customerId AND currency = @currency AND received_date >= @from AND received_date <= @to`,
  ).all({
    customerId,
    currency,
    from,
    to,
  }) as PaymentLite[];
}

/** The last date an item of this customer and currency was closed (when its balance reached zero). */
export async function lastClosedAt(ledger: Ledger, customerId: number, currency: string): Promise<string | null> {
  const r = stmt(
    ledger,
    'closed',
    `SELECT max(closed_at) AS at FROM invoices WHERE customer_id = @customerId AND currency = @currency AND status <> 'open'`,
  ).get({
    customerId,
    currency,
  }) as { at: string | null };
  return r.at;
}

// Statements used once per promise are prepared once per ledger.
const statements = new WeakMap<Ledger, Map<string, Statement>>();
function stmt(ledger: Ledger, key: string, sql: string): Statement {
  let m = statements.get(ledger);
  if (!m) statements.set(ledger, (m = new Map()));
  let s = m.get(key);
  if (!s) m.set(key, (s = ledger.db.prepare(sql)));
  return s;
}

export async function addPromise(ledger: Ledger, p: NewPromise): Promise<number> {
  return Number(
    ledger.db
      .prepare(
        `INSERT INTO promises (customer_id, amount_minor, currency, due_date, method, payer, status, resolved_at, activity_id, note, created_at)
         VALUES (@customerId, @amountMinor, @currency, @dueDate, @method, @payer, @status, @resolvedAt, @activityId, @note, @createdAt)`,
      )
      .run({ method: null, payer: null, status: 'pending', resolvedAt: null, activityId: null, note: null, ...p }).lastInsertRowid,
  );
}
