// The read side of aging, the queue and the account screen: bulk queries that feed the pure engine in
// src/core (assembled in src/reports/worklist.ts). SQL filters and groups (open items come off the partial index on open invoices; dates are
// compared as ISO text); per-customer judgement (buckets, score, ladder, promises) happens in core.
import { sameCollector } from '../../core/contacts.js';
import type { Ledger } from './ledger.js';
import type { CustomerLite, OpenItemRow, SideFacts, OpenInvoiceDetail, PaymentRow, ImportTouch, AgingCut, AgingAggregate, OverdueSplitRow } from '../port.js';
export type { CustomerLite, OpenItemRow, SideFacts, OpenInvoiceDetail, PaymentRow, ImportTouch, AgingCut, AgingAggregate } from '../port.js';

/**
 * Customers by id; `collector` keeps only that collector's (case-insensitive). Raw rows: 50k customers
 * in tens of ms. Without `names` the name is left empty (the worklist reads names for the lines shown).
 */
export async function customersLite(
  ledger: Ledger,
  opts: { collector?: string; customerId?: number; names?: boolean } = {},
): Promise<Map<number, CustomerLite>> {
  const names = opts.names ?? true;
  const cols = `id, code, type, grade, strategic, terms_days, collector, jurisdiction${names ? ', name, language' : ''}`;
  const rows = (
    opts.customerId !== undefined
      ? ledger.db.prepare(`SELECT ${cols} FROM customers WHERE id = @id`).raw(true).all({ id: opts.customerId })
      : ledger.db.prepare(`SELECT ${cols} FROM customers`).raw(true).all()
  ) as [number, string, string, string, number, number | null, string | null, string | null, string?, string?][];
  const out = new Map<number, CustomerLite>();
  for (const [id, code, type, grade, strategic, terms, collector, jurisdiction, name, language] of rows) {
    if (opts.collector !== undefined && !sameCollector(collector, opts.collector)) continue;
    out.set(id, { id, code, name: name ?? '', type, grade, strategic: !!strategic, termsDays: terms, collector, jurisdiction, language: language ?? null });
  }
  return out;
}

/** Names of some customers (for the lines a worklist shows). */
export async function customerNames(ledger: Ledger, ids: readonly number[]): Promise<Map<number, string>> {
  const st = ledger.db.prepare('SELECT name FROM customers WHERE id = @id').pluck(true);
  return new Map(ids.map((id) => [id, (st.get({ id }) as string | undefined) ?? '']));
}

type OpenItemTuple = [number, number, 'invoice' | 'credit_note', string | null, string | null, string, number, string | null, string?];

/** An open item from its raw row (the invoice number only when the query read it). */
function openItemOf(r: OpenItemTuple): OpenItemRow {
  return { id: r[0], customerId: r[1], kind: r[2], issueDate: r[3], dueDate: r[4], currency: r[5], openMinor: r[6], holdUntil: r[7], number: r[8] ?? '' };
}

/**
 * Every open item (invoices and credit notes), or one customer's. Raw rows off the partial index on open
 * invoices (covering with migration 0002); the invoice number only when reading one customer.
 */
export async function openItems(ledger: Ledger, customerId?: number): Promise<OpenItemRow[]> {
  const one = customerId !== undefined;
  const rows = ledger.db
    .prepare(
      `SELECT id, customer_id, kind, issue_date, due_date, currency, open_minor, hold_until${one ? ', number' : ''}
         FROM invoices WHERE status = 'open'${one ? ' AND customer_id = @customerId' : ''}`,
    )
    .raw(true)
    .all(one ? { customerId } : {}) as OpenItemTuple[];
  return rows.map(openItemOf);
}

/**
 * The worklist's view of open items, compact: per account (customer × currency) one aggregate row of
 * the plain invoices — count, open, overdue, oldest overdue due date, earliest future due date — and
 * the unusual items one by one: credit notes, invoices without a due date (aged by terms), held or
 * disputed invoices, partly paid ones (a partial payment restarts that invoice's limitation clock)
 * and those a recorded limitation event names. The aggregate walks the covering index on open
 * invoices in (customer, currency) order, so it groups without sorting; core treats each aggregate
 * as one overdue and one current item.
 */
export async function openItemsCompact(
  ledger: Ledger,
  today: string,
): Promise<{ aggregates: [number, string, number, number, number, string | null, string | null][]; special: OpenItemRow[] }> {
  // Partly paid counts only with an allocation (what limitation.ts reads as the acknowledgement): an
  // imported register gives open ≠ total on a fifth of its invoices with no payment behind it. An
  // invoice a recorded limitation event names keeps its own identity so that event applies to it.
  const special = `(kind <> 'invoice' OR due_date IS NULL OR hold_until IS NOT NULL
      OR (open_minor <> total_minor AND EXISTS (SELECT 1 FROM allocations a WHERE a.invoice_id = invoices.id))
      OR id IN (SELECT invoice_id FROM disputes WHERE status = 'open' AND invoice_id IS NOT NULL)
      OR id IN (SELECT invoice_id FROM limitation_events WHERE invoice_id IS NOT NULL))`;
  const aggregates = ledger.db
    .prepare(
      `SELECT customer_id, currency, count(*), sum(open_minor),
              sum(CASE WHEN due_date < @today THEN open_minor ELSE 0 END),
              min(CASE WHEN due_date < @today THEN due_date END),
              min(CASE WHEN due_date >= @today THEN due_date END)
         FROM invoices WHERE status = 'open' AND NOT ${special}
        GROUP BY customer_id, currency`,
    )
    .raw(true)
    .all({ today }) as [number, string, number, number, number, string | null, string | null][];
  const rows = ledger.db
    .prepare(
      `SELECT id, customer_id, kind, issue_date, due_date, currency, open_minor, hold_until
         FROM invoices WHERE status = 'open' AND ${special}`,
    )
    .raw(true)
    .all() as OpenItemTuple[];
  return {
    aggregates,
    special: rows.map(openItemOf),
  };
}

/**
 * Payment behaviour per customer: invoices closed by payment since `since`, how many, and the sum of
 * days beyond terms. The days come from the late_days column (migration 0003: max(0, closed − due),
 * kept by SQLite itself on every write), so this is one GROUP BY over the customer-ordered index on
 * paid invoices, one row per customer. Invoices without a due date come back one by one: their due
 * date needs the customer's terms, which core applies.
 */
export async function paymentBehaviour(
  ledger: Ledger,
  since: string,
  _today: string,
  customerId?: number,
): Promise<{ sums: Map<number, { n: number; late: number }>; noDue: { customerId: number; issueDate: string; closedAt: string }[] }> {
  const db = ledger.db;
  const one = customerId !== undefined;
  const filter = `status = 'closed' AND closed_by = 'payment' AND kind = 'invoice' AND closed_at >= @since${one ? ' AND customer_id = @customerId' : ''}`;
  const params = one ? { since, customerId } : { since };
  const rows = db
    .prepare(`SELECT customer_id, count(late_days), sum(late_days) FROM invoices WHERE ${filter} AND due_date IS NOT NULL GROUP BY customer_id`)
    .raw(true)
    .all(params) as [number, number, number | null][];
  const sums = new Map<number, { n: number; late: number }>();
  // count(late_days) leaves out a due or closing date that is not a date, as the average must.
  for (const [cid, n, late] of rows) if (n > 0) sums.set(cid, { n, late: late ?? 0 });
  const noDue = db
    .prepare(
      `SELECT customer_id AS customerId, issue_date AS issueDate, closed_at AS closedAt FROM invoices WHERE ${filter} AND due_date IS NULL AND issue_date IS NOT NULL`,
    )
    .all(params) as { customerId: number; issueDate: string; closedAt: string }[];
  return { sums, noDue };
}

/** The facts a worklist needs besides the open items, read on one connection. */
export async function sideFacts(ledger: Ledger, today: string, behaviourSince: string, customerId?: number): Promise<SideFacts> {
  const { contactSummaries } = await import('./activities.js');
  const { lastLetters } = await import('./letters.js');
  const { limitationEvents } = await import('./limitation.js');
  return {
    contacts: await contactSummaries(ledger, customerId),
    letters: await lastLetters(ledger, customerId),
    limitation: await limitationEvents(ledger, customerId),
    paid: await paymentBehaviour(ledger, behaviourSince, today, customerId),
  };
}

/** The collectors named on customers, as written (first spelling of each), sorted. */
export async function collectorNames(ledger: Ledger): Promise<string[]> {
  const rows = ledger.db
    .prepare(`SELECT DISTINCT collector FROM customers WHERE collector IS NOT NULL AND trim(collector) <> ''`)
    .pluck(true)
    .all() as string[];
  const seen = new Map<string, string>();
  for (const r of rows) {
    const k = r.normalize('NFKC').trim().toLowerCase();
    if (!seen.has(k)) seen.set(k, r.trim());
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'en'));
}

/** Money received and not yet allocated to any invoice (on account), per currency. */
export async function unallocatedPayments(ledger: Ledger, customerId: number): Promise<{ currency: string; unallocatedMinor: number; payments: number }[]> {
  return ledger.db
    .prepare(
      `SELECT currency, sum(unallocated_minor) AS unallocatedMinor, count(*) AS payments FROM payments
        WHERE customer_id = @customerId AND unallocated_minor > 0 GROUP BY currency ORDER BY currency`,
    )
    .all({ customerId }) as { currency: string; unallocatedMinor: number; payments: number }[];
}

export async function openInvoiceDetails(ledger: Ledger, customerId: number): Promise<OpenInvoiceDetail[]> {
  return ledger.db
    .prepare(
      `SELECT id, customer_id AS customerId, number, kind, issue_date AS issueDate, due_date AS dueDate, currency,
              open_minor AS openMinor, total_minor AS totalMinor, hold_until AS holdUntil, hold_reason AS holdReason, po, salesperson, job, terms
         FROM invoices WHERE status = 'open' AND customer_id = @customerId
        ORDER BY currency, coalesce(due_date, issue_date), number`,
    )
    .all({ customerId }) as OpenInvoiceDetail[];
}

export async function recentPayments(ledger: Ledger, customerId: number, limit = 20): Promise<PaymentRow[]> {
  return ledger.db
    .prepare(
      `SELECT received_date AS receivedDate, currency, amount_minor AS amountMinor, reference, method FROM payments
        WHERE customer_id = @customerId ORDER BY received_date DESC, id DESC LIMIT @limit`,
    )
    .all({ customerId, limit }) as PaymentRow[];
}

/** Imports that last changed this customer's invoices (invoices.batch_id → import_batches). */
export async function importsTouching(ledger: Ledger, customerId: number, limit = 10): Promise<ImportTouch[]> {
  return ledger.db
    .prepare(
      `SELECT b.id AS batchId, b.file_name AS fileName, b.kind, b.at, count(*) AS invoices
         FROM invoices i JOIN import_batches b ON b.id = i.batch_id
        WHERE i.customer_id = @customerId
        GROUP BY b.id, b.file_name, b.kind, b.at ORDER BY b.at DESC, b.id DESC LIMIT @limit`,
    )
    .all({ customerId, limit }) as ImportTouch[];
}

// ---------------------------------------------------------------------------------------------
// Aging, aggregated in SQL: the bucket of each open item is decided by comparing its anchor date
// (text) with the scheme's cutoff dates, computed in core (src/core/aging.ts placeScheme) and bound
// as parameters — the same comparisons as core's bucketIndex, so both paths agree. Invoices without
// a due date need the customer's terms (date arithmetic), so on the due basis those few rows come back
// one by one and core places them.

export async function agingAggregate(ledger: Ledger, cut: AgingCut): Promise<AgingAggregate> {
  const anchor =
    cut.basis === 'invoice'
      ? 'coalesce(issue_date, due_date, @asOf)'
      : "coalesce(CASE WHEN due_date IS NOT NULL THEN due_date WHEN kind = 'credit_note' THEN issue_date END, @asOf)";
  const params: Record<string, string> = { asOf: cut.asOf };
  const whens: string[] = [];
  const base = cut.current ? 1 : 0;
  if (cut.current) whens.push('WHEN a >= @asOf THEN 0');
  cut.cutoffs.forEach((c, i) => {
    params[`c${i}`] = c;
    whens.push(`WHEN a >= @c${i} THEN ${base + i}`);
  });
  const bucket = `CASE ${whens.join(' ')} ELSE ${base + cut.cutoffs.length} END`;
  const termsRow = "kind = 'invoice' AND due_date IS NULL AND issue_date IS NOT NULL";
  const skip = cut.basis === 'due' ? `AND NOT (${termsRow})` : '';
  const groups = ledger.db
    .prepare(
      `SELECT customer_id, currency, ${bucket} AS b, count(*) AS n, sum(open_minor) AS s
         FROM (SELECT customer_id, currency, open_minor, ${anchor} AS a FROM invoices WHERE status = 'open' ${skip}) AS o
        GROUP BY customer_id, currency, b`,
    )
    .raw(true)
    .all(params) as AgingAggregate['groups'];
  const byTerms =
    cut.basis === 'due'
      ? (ledger.db
          .prepare(`SELECT customer_id, currency, issue_date, open_minor FROM invoices WHERE status = 'open' AND ${termsRow}`)
          .raw(true)
          .all() as AgingAggregate['byTerms'])
      : [];
  return { groups, byTerms };
}

// ---------------------------------------------------------------------------------------------
// Overdue and its parts per account, summed in SQL so aging and status never materialise the open
// items. The rules are core/priority.ts's (balancesOf, applyUnlinkedDisputes, overdueOf), which the
// queue and the account screen apply item by item; test/cli/queue-agreement.test.ts holds them equal.
// An item's due date is its own, else a credit note's issue date, else issue date + the customer's
// terms (anchorDate); it is overdue when that date is before today (days past due >= 1).

// Overdue: most items carry a due date, compared at once; the rest take anchorDate's other rules.
const OVERDUE = `(CASE WHEN due_date IS NOT NULL AND due_date <> '' THEN due_date < @today
  WHEN issue_date IS NULL OR issue_date = '' THEN 0
  WHEN kind = 'credit_note' THEN issue_date < @today
  ELSE date(issue_date, printf('%+d days', coalesce((SELECT terms_days FROM customers c WHERE c.id = invoices.customer_id), @terms))) < @today END)`;
const CREDIT = `(kind = 'credit_note' OR open_minor < 0)`;

export async function overdueSplits(ledger: Ledger, today: string, defaultTermsDays: number): Promise<OverdueSplitRow[]> {
  const db = ledger.db;
  const params = { today, terms: defaultTermsDays };
  // Per account: everything past due (invoices, held ones and credit notes: core's pastDue) and all
  // credits. Each sum tests one condition per row: the scan of the open-items index stays cheap.
  const sums = db
    .prepare(
      `SELECT customer_id, currency, sum(CASE WHEN ${OVERDUE} THEN open_minor ELSE 0 END), sum(CASE WHEN ${CREDIT} THEN open_minor ELSE 0 END)
         FROM invoices WHERE status = 'open' GROUP BY customer_id, currency`,
    )
    .raw(true)
    .all(params) as [number, string, number, number][];
  // The few past-due items that are not plain invoices: held invoices, credit notes (with a positive
  // open amount core counts a credit note as collectible too).
  const odd = db
    .prepare(
      `SELECT customer_id, currency, sum(CASE WHEN NOT ${CREDIT} THEN open_minor ELSE 0 END),
              sum(CASE WHEN ${CREDIT} THEN open_minor ELSE 0 END), sum(CASE WHEN ${CREDIT} AND open_minor > 0 THEN open_minor ELSE 0 END)
         FROM invoices WHERE status = 'open' AND (${CREDIT} OR hold_until > @today) AND ${OVERDUE}
        GROUP BY customer_id, currency`,
    )
    .raw(true)
    .all(params) as [number, string, number, number, number][];
  // A dispute on an invoice covers at most what is open on it; only an overdue invoice not on hold counts.
  const linked = db
    .prepare(
      `SELECT customer_id, currency, sum(min(open_minor, ds))
         FROM (SELECT i.customer_id, i.currency, i.open_minor, i.hold_until, i.kind, i.issue_date, i.due_date, d.ds
                 FROM (SELECT invoice_id, customer_id, currency, sum(amount_minor) AS ds FROM disputes
                        WHERE status = 'open' AND invoice_id IS NOT NULL GROUP BY invoice_id, customer_id, currency) AS d
                CROSS JOIN invoices i ON i.id = d.invoice_id AND i.customer_id = d.customer_id AND i.currency = d.currency
                WHERE i.status = 'open') AS invoices
        WHERE NOT ${CREDIT} AND coalesce(hold_until > @today, 0) = 0 AND ${OVERDUE}
        GROUP BY customer_id, currency`,
    )
    .raw(true)
    .all(params) as [number, string, number][];
  const unlinked = db
    .prepare(`SELECT customer_id, currency, sum(amount_minor) FROM disputes WHERE status = 'open' AND invoice_id IS NULL GROUP BY customer_id, currency`)
    .raw(true)
    .all() as [number, string, number][];
  const key = (cid: number, cur: string) => `${cid}\u0000${cur}`;
  const oddBy = new Map(odd.map(([cid, cur, held, credits, positive]) => [key(cid, cur), [held, credits, positive] as const]));
  const linkedBy = new Map(linked.map(([cid, cur, s]) => [key(cid, cur), s]));
  const unlinkedBy = new Map(unlinked.map(([cid, cur, s]) => [key(cid, cur), s]));
  const out: OverdueSplitRow[] = [];
  for (const [cid, cur, pastDue, credits] of sums) {
    const k = key(cid, cur);
    const [held, pastDueCredits, positiveCredits] = oddBy.get(k) ?? [0, 0, 0];
    const gross = pastDue - pastDueCredits;
    const dis = linkedBy.get(k) ?? 0;
    // What is left to chase on overdue items; disputes tied to no invoice are set against it first.
    const chase = gross - held - dis + positiveCredits;
    const u = unlinkedBy.get(k) ?? 0;
    const take = u > 0 ? Math.min(u, chase) : 0;
    const split: OverdueSplitRow = [cid, cur, pastDue, dis + take, held, Math.max(0, chase - take + credits)];
    if (split[2] !== 0 || split[3] !== 0 || split[4] !== 0 || split[5] !== 0) out.push(split);
  }
  return out;
}
