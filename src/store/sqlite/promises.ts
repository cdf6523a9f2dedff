// Reading promises and what settles them (payments, and when a balance reached zero). Status is
// derived in src/core/promises.ts; a stored status other than 'pending' is kept as it is.
import type { Statement } from 'better-sqlite3';
import type { Ledger } from './ledger.js';
import type { PaymentLite, PromiseRecord, PromiseStatus } from '../../core/promises.js';
import type { NewPromise, PaidLate } from '../port.js';
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
  plan_id: number | null;
  instalment: number | null;
  contact: string | null;
  note: string | null;
}

const COLS =
  'id, customer_id, amount_minor, currency, due_date, method, payer, status, paid_minor, resolved_at, created_at, plan_id, instalment, contact, note';

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
    planId: r.plan_id,
    instalment: r.instalment,
    contact: r.contact,
    note: r.note,
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

/** Every promise (or one customer's), by due date. */
export async function allPromises(ledger: Ledger, customerId?: number): Promise<PromiseRecord[]> {
  const where = customerId === undefined ? '' : 'WHERE customer_id = @customerId';
  const rows = ledger.db.prepare(`SELECT ${COLS} FROM promises ${where} ORDER BY due_date, id`).all(customerId === undefined ? {} : { customerId }) as Row[];
  return rows.map(toRecord);
}

export async function getPromise(ledger: Ledger, id: number): Promise<PromiseRecord | undefined> {
  const r = ledger.db.prepare(`SELECT ${COLS} FROM promises WHERE id = @id`).get({ id }) as Row | undefined;
  return r && toRecord(r);
}

/**
 * What was paid towards promises from a customer in a currency within [from, to]: payments received,
 * and invoices a complete aging export stopped listing (closed by snapshot) — for many collectors the
 * only sign that a customer paid. Such an invoice counts for what was still open on it when it closed.
 */
export async function paymentsBetween(ledger: Ledger, customerId: number, currency: string, from: string, to: string): Promise<PaymentLite[]> {
  return stmt(
    ledger,
    'payments',
    `SELECT received_date AS receivedDate, currency, amount_minor AS amountMinor FROM payments
        WHERE customer_id = @customerId AND currency = @currency AND received_date >= @from AND received_date <= @to
     UNION ALL
     SELECT substr(i.closed_at, 1, 10), i.currency,
            i.total_minor - coalesce((SELECT sum(a.amount_minor) FROM allocations a WHERE a.invoice_id = i.id), 0)
       FROM invoices i
      WHERE i.customer_id = @customerId AND i.currency = @currency AND i.status = 'closed' AND i.closed_by = 'snapshot'
        AND i.kind = 'invoice' AND substr(i.closed_at, 1, 10) >= @from AND substr(i.closed_at, 1, 10) <= @to`,
  ).all({
    customerId,
    currency,
    from,
    to,
  }) as PaymentLite[];
}

/**
 * paymentsBetween for many customers at once (every currency), by customer: one read for a worklist
 * instead of one per account with a promise. Each customer's list is in the order paymentsBetween
 * gives (payments by the (customer, reference) key, then snapshot closes by the invoice key), so a
 * caller keeping one currency gets the same list.
 */
export async function paymentsBetweenMany(ledger: Ledger, customerIds: readonly number[], from: string, to: string): Promise<Map<number, PaymentLite[]>> {
  const out = new Map<number, PaymentLite[]>();
  if (customerIds.length === 0) return out;
  const params = { ids: JSON.stringify(customerIds), from, to };
  const ids = 'customer_id IN (SELECT value FROM json_each(@ids))';
  const payments = ledger.db
    .prepare(
      `SELECT customer_id, received_date, currency, amount_minor FROM payments
        WHERE ${ids} AND received_date >= @from AND received_date <= @to ORDER BY customer_id, reference`,
    )
    .raw(true)
    .all(params) as [number, string, string, number][];
  const closes = ledger.db
    .prepare(
      `SELECT i.customer_id, substr(i.closed_at, 1, 10), i.currency,
              i.total_minor - coalesce((SELECT sum(a.amount_minor) FROM allocations a WHERE a.invoice_id = i.id), 0)
         FROM invoices i
        WHERE i.${ids} AND i.status = 'closed' AND i.closed_by = 'snapshot' AND i.kind = 'invoice'
          AND substr(i.closed_at, 1, 10) >= @from AND substr(i.closed_at, 1, 10) <= @to
        ORDER BY i.customer_id, i.number, i.kind`,
    )
    .raw(true)
    .all(params) as [number, string, string, number][];
  for (const [cid, receivedDate, currency, amountMinor] of [...payments, ...closes]) {
    let list = out.get(cid);
    if (!list) out.set(cid, (list = []));
    list.push({ receivedDate, currency, amountMinor });
  }
  return out;
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

/** A customer's invoices paid since a date: closing date and days beyond the due date, oldest first. */
export async function lateHistory(ledger: Ledger, customerId: number, since: string): Promise<PaidLate[]> {
  return ledger.db
    .prepare(
      `SELECT substr(closed_at, 1, 10) AS closedAt, late_days AS lateDays FROM invoices
        WHERE customer_id = @customerId AND status = 'closed' AND closed_by = 'payment' AND kind = 'invoice'
          AND due_date IS NOT NULL AND late_days IS NOT NULL AND closed_at >= @since
        ORDER BY closed_at, id`,
    )
    .all({ customerId, since }) as PaidLate[];
}

export async function addPromise(ledger: Ledger, p: NewPromise, planId: number | null = null): Promise<number> {
  return Number(
    ledger.db
      .prepare(
        `INSERT INTO promises (customer_id, amount_minor, currency, due_date, method, payer, status, resolved_at, activity_id, note,
                               plan_id, instalment, contact, created_at)
         VALUES (@customerId, @amountMinor, @currency, @dueDate, @method, @payer, @status, @resolvedAt, @activityId, @note,
                 @planId, @instalment, @contact, @createdAt)`,
      )
      .run({ method: null, payer: null, status: 'pending', resolvedAt: null, activityId: null, note: null, instalment: null, contact: null, ...p, planId })
      .lastInsertRowid,
  );
}

/** A plan: the instalments share plan_id, the first instalment's id (the first points at itself). */
export async function addPlan(ledger: Ledger, instalments: NewPromise[]): Promise<number[]> {
  const ids: number[] = [];
  for (const p of instalments) {
    const id = await addPromise(ledger, p, ids[0] ?? null);
    if (ids.length === 0) ledger.db.prepare(`UPDATE promises SET plan_id = @id WHERE id = @id`).run({ id });
    ids.push(id);
  }
  return ids;
}

/** Resolve a pending promise by hand; false when it is not pending (resolved ones stay as they are). */
export async function resolvePromise(ledger: Ledger, id: number, status: PromiseStatus, at: string, note: string | null = null): Promise<boolean> {
  const info = ledger.db
    .prepare(`UPDATE promises SET status = @status, resolved_at = @at, note = coalesce(@note, note) WHERE id = @id AND status = 'pending'`)
    .run({ id, status, at, note });
  return info.changes === 1;
}
