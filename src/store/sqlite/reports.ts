// The read side of aging, the queue and the account screen: bulk queries that feed the pure engine in
// src/core. SQL filters and groups (open items come off the partial index on open invoices; dates are
// compared as ISO text); per-customer judgement (buckets, score, ladder, promises) happens in core.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Ledger } from './ledger.js';
import type { LimitationEventRow } from './limitation.js';
import { anchorDate, daysFrom } from '../../core/aging.js';
import { addDays, fromDayNumber, isIsoDate, toDayNumber } from '../../core/dates.js';
import { evaluatePromise, type PromiseRecord } from '../../core/promises.js';
import {
  assessAccount,
  averageLate,
  priorityConfig,
  type Account,
  type ContactSummary,
  type CustomerFacts,
  type DisputeLite,
  type EvaluatedPromise,
  type OpenItem,
  type PriorityConfig,
} from '../../core/priority.js';
import type { LastStep } from '../../core/policy.js';
import type { InterruptingEvent } from '../../core/limitation.js';
import type { CustomerLite, OpenItemRow, SideFacts, OpenInvoiceDetail, PaymentRow, ImportTouch, AgingCut, AgingAggregate } from '../port.js';
export type { CustomerLite, OpenItemRow, SideFacts, OpenInvoiceDetail, PaymentRow, ImportTouch, AgingCut, AgingAggregate } from '../port.js';


export function sameCollector(a: string | null, b: string): boolean {
  return (a ?? '').normalize('NFKC').trim().toLowerCase() === b.normalize('NFKC').trim().toLowerCase();
}

/**
 * Customers by id; `collector` keeps only that collector's (case-insensitive). Raw rows: 50k customers
 * in tens of ms. Without `names` the name is left empty (the worklist reads names for the lines shown).
 */
export async function customersLite(
  ledger: Ledger,
  opts: { collector?: string; customerId?: number; names?: boolean } = {},
): Promise<Map<number, CustomerLite>> {
  const names = opts.names ?? true;
  const cols = `id, code, type, grade, strategic, terms_days, collector${names ? ', name, language' : ''}`;
  const rows = (
    opts.customerId !== undefined
      ? ledger.db.prepare(`SELECT ${cols} FROM customers WHERE id = @id`).raw(true).all({ id: opts.customerId })
      : ledger.db.prepare(`SELECT ${cols} FROM customers`).raw(true).all()
  ) as [number, string, string, string, number, number | null, string | null, string?, string?][];
  const out = new Map<number, CustomerLite>();
  for (const [id, code, type, grade, strategic, terms, collector, name, language] of rows) {
    if (opts.collector !== undefined && !sameCollector(collector, opts.collector)) continue;
    out.set(id, { id, code, name: name ?? '', type, grade, strategic: !!strategic, termsDays: terms, collector, language: language ?? null });
  }
  return out;
}

/** Names of some customers (for the lines a worklist shows). */
export async function customerNames(ledger: Ledger, ids: readonly number[]): Promise<Map<number, string>> {
  const st = ledger.db.prepare('SELECT name FROM customers WHERE id = @id').pluck(true);
  return new Map(ids.map((id) => [id, (st.get({ id }) as string | undefined) ?? '']));
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
    .all(one ? { customerId } : {}) as [number, number, 'invoice' | 'credit_note', string | null, string | null, string, number, string | null, string?][];
  const out: OpenItemRow[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    out[i] = { id: r[0], customerId: r[1], kind: r[2], issueDate: r[3], dueDate: r[4], currency: r[5], openMinor: r[6], holdUntil: r[7], number: r[8] ?? '' };
  }
  return out;
}

/**
 * The worklist's view of open items, compact: per account (customer × currency) one aggregate row of
 * the plain invoices — count, open, overdue, oldest overdue due date, earliest future due date — and
 * the unusual items one by one: credit notes, invoices without a due date (aged by terms), held or
 * disputed invoices, and partly paid ones (a partial payment restarts that invoice's limitation
 * clock). The aggregate walks the covering index on open invoices in (customer, currency) order, so
 * it groups without sorting; core treats each aggregate as one overdue and one current item.
 */
export async function openItemsCompact(
  ledger: Ledger,
  today: string,
): Promise<{ aggregates: [number, string, number, number, number, string | null, string | null][]; special: OpenItemRow[] }> {
  const special = `(kind <> 'invoice' OR due_date IS NULL OR hold_until IS NOT NULL OR open_minor <> total_minor
      OR id IN (SELECT invoice_id FROM disputes WHERE status = 'open' AND invoice_id IS NOT NULL))`;
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
    .all() as [number, number, 'invoice' | 'credit_note', string | null, string | null, string, number, string | null][];
  return {
    aggregates,
    special: rows.map((r) => ({ id: r[0], customerId: r[1], kind: r[2], issueDate: r[3], dueDate: r[4], currency: r[5], openMinor: r[6], holdUntil: r[7], number: '' })),
  };
}

/**
 * Payment behaviour per customer: invoices closed by payment since `since`, how many, and the sum of
 * days beyond terms (max(0, closed − due)). Day numbers come from core (a temporary calendar table of
 * ISO date → day number), so SQL only adds integers and no SQLite date function is needed. Invoices
 * without a due date come back one by one: their due date needs the customer's terms.
 */
export async function paymentBehaviour(
  ledger: Ledger,
  since: string,
  today: string,
  customerId?: number,
): Promise<{ sums: Map<number, { n: number; late: number }>; noDue: { customerId: number; issueDate: string; closedAt: string }[] }> {
  const db = ledger.db;
  const one = customerId !== undefined;
  const filter = `status = 'closed' AND closed_by = 'payment' AND kind = 'invoice' AND closed_at >= @since${one ? ' AND customer_id = @customerId' : ''}`;
  const params = one ? { since, customerId } : { since };
  const sums = new Map<number, { n: number; late: number }>();
  const range = db.prepare(`SELECT min(due_date) AS lo, max(substr(closed_at, 1, 10)) AS hi FROM invoices WHERE ${filter}`).get(params) as { lo: string | null; hi: string | null };
  if (range.lo && range.hi && isIsoDate(range.lo) && isIsoDate(range.hi)) {
    const hi = range.hi > today ? range.hi : today;
    db.exec('CREATE TEMP TABLE IF NOT EXISTS ar_calendar (d TEXT PRIMARY KEY, n INTEGER NOT NULL)');
    db.exec('DELETE FROM ar_calendar');
    const ins = db.prepare('INSERT INTO ar_calendar (d, n) VALUES (@d, @n)');
    const first = toDayNumber(range.lo);
    const last = toDayNumber(hi);
    db.transaction(() => {
      for (let n = first; n <= last; n++) ins.run({ d: fromDayNumber(n), n });
    })();
    // `customer_id + 0`: group with a sort rather than walking the customer-ordered index on closed
    // invoices, so the planner takes the range on closed_at.
    const rows = db
      .prepare(
        `SELECT i.customer_id + 0 AS cid, count(*) AS n, sum(CASE WHEN k.n > d.n THEN k.n - d.n ELSE 0 END) AS late
           FROM invoices i
           JOIN ar_calendar d ON d.d = i.due_date
           JOIN ar_calendar k ON k.d = substr(i.closed_at, 1, 10)
          WHERE i.${filter.replace(/ AND /g, ' AND i.')}
          GROUP BY cid`,
      )
      .raw(true)
      .all(params) as [number, number, number][];
    for (const [cid, n, late] of rows) sums.set(cid, { n, late });
  }
  const noDue = db
    .prepare(`SELECT customer_id AS customerId, issue_date AS issueDate, closed_at AS closedAt FROM invoices WHERE ${filter} AND due_date IS NULL AND issue_date IS NOT NULL`)
    .all(params) as { customerId: number; issueDate: string; closedAt: string }[];
  return { sums, noDue };
}

function group<T, K>(rows: Iterable<T>, key: (r: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    let a = m.get(k);
    if (!a) m.set(k, (a = []));
    a.push(r);
  }
  return m;
}

const acct = (customerId: number, currency: string) => `${customerId}\u0000${currency}`;



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

/** Ledgers with more customers than this read the side facts in a worker thread. */
const PARALLEL_FROM_CUSTOMERS = 5000;

function sideFactsFor(ledger: Ledger, today: string, behaviourSince: string, customerId?: number): Promise<SideFacts> {
  if (customerId === undefined && ledger.file !== ':memory:') {
    const n = (ledger.db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n;
    if (n > PARALLEL_FROM_CUSTOMERS) {
      try {
        const worker = new Worker(new URL(import.meta.url), { workerData: { arSideFacts: { file: ledger.file, today, behaviourSince } } });
        return new Promise<SideFacts>((resolve, reject) => {
          worker.once('message', (m: SideFacts) => resolve(m));
          worker.once('error', reject);
        }).catch(() => sideFacts(ledger, today, behaviourSince));
      } catch {
        // no worker threads here: read them on this connection
      }
    }
  }
  return sideFacts(ledger, today, behaviourSince, customerId);
}

// In the worker: open the ledger read-only, read the side facts, hand them back.
if (!isMainThread && (workerData as { arSideFacts?: unknown } | null)?.arSideFacts) {
  const job = (workerData as { arSideFacts: { file: string; today: string; behaviourSince: string } }).arSideFacts;
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(job.file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    parentPort!.postMessage(await sideFacts({ db, file: job.file } as unknown as Ledger, job.today, job.behaviourSince));
  } finally {
    db.close();
  }
}

export interface AccountsResult {
  accounts: Account[];
  /** Accounts with open items but nothing overdue and nothing scheduled, counted without assessing them. */
  quiet: number;
  /** Customers with open items (an account is a customer in one currency: there may be fewer customers). */
  customersWithOpenItems: number;
  customers: Map<number, CustomerLite>;
  config: PriorityConfig;
  /** Every promise read, evaluated, by customer (all currencies). */
  promises: Map<number, EvaluatedPromise[]>;
}

/**
 * Assess every account (customer × currency with open items): the facts the queue ranks and the
 * account screen explains. `customerId` limits it to one customer (all its promises are evaluated then).
 */
export async function loadAccounts(
  ledger: Ledger,
  settings: Record<string, unknown>,
  today: string,
  opts: { collector?: string; customerId?: number } = {},
): Promise<AccountsResult> {
  const config = priorityConfig(settings);
  // Contacts, letters, limitation events and payment behaviour do not depend on the rest: on a big
  // ledger they are read by a worker thread on a second connection while this thread reads the items.
  const behaviourSince = addDays(today, -config.priority.behaviour_window_days);
  const sidePromise = sideFactsFor(ledger, today, behaviourSince, opts.customerId);
  const customers = await customersLite(ledger, { ...opts, names: opts.customerId !== undefined });
  const { openDisputes } = await import('./disputes.js');
  const allDisputes = (await openDisputes(ledger)).filter((d) => customers.has(d.customerId));
  const disputes = group(allDisputes, (d) => acct(d.customerId, d.currency));
  let items: OpenItemRow[];
  if (opts.customerId !== undefined) {
    items = await openItems(ledger, opts.customerId);
  } else {
    // Compact: plain invoices aggregated per account (two stand-in items: the overdue part aged from
    // the oldest overdue due date, the rest from the earliest coming one), unusual items as they are.
    // A dispute not tied to an invoice is set against the account's items one by one: those few
    // accounts are read in full.
    const compact = await openItemsCompact(ledger, today);
    const whole = new Set(allDisputes.filter((d) => d.invoiceId == null).map((d) => d.customerId));
    items = compact.special.filter((i) => customers.has(i.customerId) && !whole.has(i.customerId));
    let pseudo = -1;
    for (const [cid, currency, , open, overdue, oldestDue, nextDue] of compact.aggregates) {
      if (!customers.has(cid) || whole.has(cid)) continue;
      if (overdue !== 0) {
        items.push({ id: pseudo--, customerId: cid, number: '', kind: 'invoice', issueDate: null, dueDate: oldestDue, currency, openMinor: overdue, holdUntil: null });
      }
      if (open !== overdue) {
        items.push({ id: pseudo--, customerId: cid, number: '', kind: 'invoice', issueDate: null, dueDate: nextDue ?? oldestDue, currency, openMinor: open - overdue, holdUntil: null });
      }
    }
    for (const cid of whole) items.push(...(await openItems(ledger, cid)));
  }
  const byAccount = group(items, (i) => acct(i.customerId, i.currency));

  // Promises: everything that can still matter, status derived from payments and balances.
  const promisesStore = await import('./promises.js');
  const since = addDays(today, -Math.max(config.priority.broken_window_days, 1));
  const records: PromiseRecord[] =
    opts.customerId !== undefined
      ? await promisesStore.customerPromises(ledger, opts.customerId)
      : (await promisesStore.recentPromises(ledger, since)).filter((p) => customers.has(p.customerId));
  const evaluated: EvaluatedPromise[] = [];
  for (const p of records) {
    let payments: Awaited<ReturnType<typeof promisesStore.paymentsBetween>> = [];
    let balance: { openMinor: number; zeroSince: string | null } | undefined;
    if (p.storedStatus === 'pending') {
      const to = p.dueDate < today ? p.dueDate : today;
      const from = p.createdAt.slice(0, 10);
      if (from <= to) payments = await promisesStore.paymentsBetween(ledger, p.customerId, p.currency, from, to);
      const open = (byAccount.get(acct(p.customerId, p.currency)) ?? []).reduce((a, i) => a + i.openMinor, 0);
      balance = { openMinor: open, zeroSince: open <= 0 ? await promisesStore.lastClosedAt(ledger, p.customerId, p.currency) : null };
    }
    evaluated.push({ record: p, evaluation: evaluatePromise(p, payments, today, balance) });
  }
  const promisesByCustomer = group(evaluated, (e) => e.record.customerId);
  const promisesByAccount = group(evaluated, (e) => acct(e.record.customerId, e.record.currency));

  const side = await sidePromise;
  const contacts = side.contacts;

  // Letters: the last step sent per currency, the latest contact, and demands for the limitation clock.
  const letters = side.letters;
  const stepsBy = group(letters.steps.filter((l) => customers.has(l.customerId)), (l) => l.customerId);
  const lastLetter = new Map<number, string>();
  for (const l of letters.steps) {
    const prev = lastLetter.get(l.customerId);
    if (!prev || l.sentAt > prev) lastLetter.set(l.customerId, l.sentAt);
  }
  const events = new Map<number, InterruptingEvent[]>();
  const addEvent = (cid: number, e: InterruptingEvent) => {
    let a = events.get(cid);
    if (!a) events.set(cid, (a = []));
    a.push(e);
  };
  for (const l of config.limitation.letters_need_evidence ? letters.proved : letters.any) {
    if (customers.has(l.customerId)) addEvent(l.customerId, { kind: 'letter', at: l.sentAt.slice(0, 10), invoiceId: null, ref: l.referenceNo });
  }
  for (const e of side.limitation) {
    if (customers.has(e.customerId)) addEvent(e.customerId, { kind: e.kind, at: e.at, invoiceId: e.invoiceId, ref: e.ref });
  }

  // Payment behaviour: days beyond terms on invoices paid within the window.
  const behaviour = new Map<number, number | null>();
  const paid = side.paid;
  const extra = new Map<number, { n: number; late: number }>();
  for (const r of paid.noDue) {
    const c = customers.get(r.customerId);
    if (!c) continue;
    const due = anchorDate({ kind: 'invoice', issueDate: r.issueDate, dueDate: null, termsDays: c.termsDays }, 'due', config.aging.default_terms_days)!;
    const e = extra.get(r.customerId) ?? { n: 0, late: 0 };
    e.n++;
    e.late += Math.max(0, daysFrom(due, r.closedAt.slice(0, 10)));
    extra.set(r.customerId, e);
  }
  for (const cid of new Set([...paid.sums.keys(), ...extra.keys()])) {
    if (!customers.has(cid)) continue;
    const a = paid.sums.get(cid) ?? { n: 0, late: 0 };
    const b = extra.get(cid) ?? { n: 0, late: 0 };
    behaviour.set(cid, averageLate(a.n + b.n, a.late + b.late));
  }

  const accounts: Account[] = [];
  const noContact: ContactSummary = { lastActivityAt: null, lastContactAt: null, callback: null };
  const none: never[] = [];
  let quiet = 0;
  const withOpen = new Set<number>();
  for (const [key, list] of byAccount) {
    withOpen.add(list[0].customerId);
    const { customerId, currency } = list[0];
    const summary = contacts.get(customerId) ?? noContact;
    const accountPromises = promisesByAccount.get(key);
    // Bulk: an account whose only item is the not-yet-due stand-in, with no promise and no callback
    // reached, needs no judgement — it is counted, not assessed.
    if (
      opts.customerId === undefined &&
      list.length === 1 &&
      list[0].id < 0 &&
      list[0].dueDate !== null &&
      list[0].dueDate >= today &&
      !accountPromises &&
      !(summary.callback && summary.callback.nextActionAt <= today)
    ) {
      quiet++;
      continue;
    }
    const customer = customers.get(customerId)!;
    const letterAt = lastLetter.get(customerId);
    const contact: ContactSummary =
      letterAt && (!summary.lastContactAt || letterAt > summary.lastContactAt)
        ? { lastActivityAt: summary.lastActivityAt, lastContactAt: letterAt, callback: summary.callback }
        : summary;
    const sent = stepsBy.get(customerId);
    const steps: LastStep[] = sent ? sent.filter((l) => l.currency === null || l.currency === currency).map((l) => ({ step: l.step, date: l.sentAt.slice(0, 10) })) : none;
    const dl = disputes.get(key);
    const ds: DisputeLite[] = dl ? dl.map((d) => ({ id: d.id, invoiceId: d.invoiceId, amountMinor: d.amountMinor, currency: d.currency })) : none;
    accounts.push(
      assessAccount(
        {
          customer,
          currency,
          items: list,
          disputes: ds,
          promises: accountPromises ?? none,
          contact,
          steps,
          avgDaysBeyondTerms: behaviour.get(customerId) ?? null,
          limitationEvents: events.get(customerId) ?? none,
        },
        config,
        today,
      ),
    );
  }
  return { accounts, quiet, customersWithOpenItems: withOpen.size, customers, config, promises: promisesByCustomer };
}

/** The collectors named on customers, as written (first spelling of each), sorted. */
export async function collectorNames(ledger: Ledger): Promise<string[]> {
  const rows = ledger.db.prepare(`SELECT DISTINCT collector FROM customers WHERE collector IS NOT NULL AND trim(collector) <> ''`).pluck(true).all() as string[];
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
              open_minor AS openMinor, total_minor AS totalMinor, hold_until AS holdUntil, hold_reason AS holdReason, po
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
