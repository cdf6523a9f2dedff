// Invoices as `ar import` writes them. An invoice is identified by (customer, number, kind).
// The writer is built once per file and then called once per invoice, synchronously, inside the
// import's transaction: prepared statements, no per-row lookups for customers created in this run.
import type { Ledger } from './ledger.js';
import type { InvoiceKind, InvoiceRecord, InvoiceWriterOptions, WriterCounts, SnapshotOptions, SnapshotItem } from '../port.js';
export type { InvoiceKind, InvoiceRecord, InvoiceWriterOptions, WriterCounts, SnapshotOptions, SnapshotItem } from '../port.js';





interface Existing {
  id: number;
  issue_date: string | null;
  due_date: string | null;
  currency: string;
  total_minor: number;
  open_minor: number;
  po: string | null;
  terms: string | null;
  salesperson: string | null;
  status: string;
  closed_at: string | null;
  closed_by: string | null;
  /** As-of date of the import that last changed it. */
  batch_as_of: string | null;
}

function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: string })?.code === 'SQLITE_CONSTRAINT_UNIQUE' || (e as { code?: string })?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Rows per multi-row INSERT: binding one statement per row costs more than SQLite's work. */
const BULK = 100;
const PER_ROW = 14;


export class InvoiceWriter {
  private insertOne;
  private insertBulk;
  private find;
  private update;
  private seen;
  private seenCustomer;
  private customersSeen = new Set<number>();
  private pending: (string | number | null)[] = [];
  private pendingLines: number[] = [];
  private consts: Record<string, unknown>;
  readonly counts: WriterCounts = { imported: 0, updated: 0, unchanged: 0, duplicates: 0, stale: 0 };
  private lastPayment;
  /** Invoices whose total fell below what was already settled against them. */
  readonly overSettled: string[] = [];

  constructor(ledger: Ledger, private o: InvoiceWriterOptions) {
    const db = ledger.db;
    const cols = `customer_id, number, kind, issue_date, due_date, currency, total_minor, open_minor, po, terms, salesperson, status, closed_at,
         closed_by, source, batch_id, created_at, updated_at`;
    const tuple = `(${'?, '.repeat(PER_ROW)}@source, @batchId, @now, @now)`;
    this.insertOne = db.prepare(`INSERT INTO invoices (${cols}) VALUES ${tuple}`);
    this.insertBulk = db.prepare(`INSERT INTO invoices (${cols}) VALUES ${Array(BULK).fill(tuple).join(', ')}`);
    this.consts = { source: o.source, batchId: o.batchId, now: o.now };
    this.find = db.prepare(
      `SELECT i.id, i.issue_date, i.due_date, i.currency, i.total_minor, i.open_minor, i.po, i.terms, i.salesperson, i.status, i.closed_at,
              i.closed_by, i.batch_id, b.as_of AS batch_as_of
         FROM invoices i LEFT JOIN import_batches b ON b.id = i.batch_id
        WHERE i.customer_id = @customerId AND i.number = @number AND i.kind = @kind`,
    );
    this.lastPayment = db
      .prepare(`SELECT max(p.received_date) FROM allocations a JOIN payments p ON p.id = a.payment_id WHERE a.invoice_id = @id`)
      .pluck();
    this.update = db.prepare(
      `UPDATE invoices SET issue_date = @issueDate, due_date = @dueDate, currency = @currency, total_minor = @totalMinor,
         open_minor = @openMinor, po = @po, terms = @terms, salesperson = @salesperson, status = @status, closed_at = @closedAt,
         closed_by = @closedBy, source = coalesce(@source, source), batch_id = @batchId, updated_at = @now
       WHERE id = @id`,
    );
    // Which existing invoices this file listed (for snapshots and to catch an invoice listed twice).
    this.seen = db.prepare(
      `INSERT INTO temp.import_seen (id, batch) VALUES (@id, @batch) ON CONFLICT (id) DO UPDATE SET batch = excluded.batch WHERE batch <> excluded.batch`,
    );
    this.seenCustomer = db.prepare(`INSERT OR IGNORE INTO temp.import_customers (id) VALUES (@id)`);
  }

  private noteCustomer(id: number): void {
    if (this.customersSeen.has(id)) return;
    this.customersSeen.add(id);
    this.seenCustomer.run({ id });
  }

  private duplicate(number: string, line: number): void {
    this.counts.duplicates++;
    this.counts.firstDuplicate ??= { number, line };
  }

  /**
   * Write one invoice. `customerIsNew`: the customer was created in this run, so the invoice
   * cannot exist yet and is queued for a multi-row insert. `line`: where the file lists it.
   */
  write(r: InvoiceRecord, customerIsNew: boolean, line = 0): void {
    this.noteCustomer(r.customerId);
    if (customerIsNew) {
      const open = r.openMinor ?? r.totalMinor;
      const closed = open === 0;
      this.pending.push(
        r.customerId, r.number, r.kind, r.issueDate ?? null, r.dueDate ?? null, r.currency, r.totalMinor, open, r.po ?? null, r.terms ?? null,
        r.salesperson ?? null, closed ? 'closed' : 'open', closed ? this.o.asOf : null, closed ? (r.kind === 'credit_note' ? 'credit' : 'payment') : null,
      );
      this.pendingLines.push(line);
      this.counts.imported++;
      if (this.pendingLines.length === BULK) this.flush();
      return;
    }
    const ex = this.find.get({ customerId: r.customerId, number: r.number, kind: r.kind }) as (Existing & { batch_id: number | null }) | undefined;
    if (!ex) {
      this.insertSingle([
        r.customerId, r.number, r.kind, r.issueDate ?? null, r.dueDate ?? null, r.currency, r.totalMinor, r.openMinor ?? r.totalMinor, r.po ?? null,
        r.terms ?? null, r.salesperson ?? null, null, null, null,
      ], line);
      return;
    }
    if (ex.batch_id === this.o.batchId || this.seen.run({ id: ex.id, batch: this.o.batchId }).changes === 0) {
      this.duplicate(r.number, line);
      return;
    }
    this.counts[this.updateExisting(ex, r)]++;
  }

  /** Insert one row (values as in the bulk tuple, status columns computed here). */
  private insertSingle(v: (string | number | null)[], line: number): void {
    const open = v[7] as number;
    const closed = open === 0;
    v[11] = closed ? 'closed' : 'open';
    v[12] = closed ? this.o.asOf : null;
    v[13] = closed ? (v[2] === 'credit_note' ? 'credit' : 'payment') : null;
    try {
      this.insertOne.run(v, this.consts);
      this.counts.imported++;
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      this.duplicate(String(v[1]), line);
    }
  }

  /** Write the queued rows; an invoice listed twice makes the batch fall back to single rows. */
  flush(): void {
    const n = this.pendingLines.length;
    if (n === 0) return;
    const vals = this.pending;
    const lines = this.pendingLines;
    this.pending = [];
    this.pendingLines = [];
    if (n === BULK) {
      try {
        this.insertBulk.run(vals, this.consts);
        return;
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
      }
    }
    this.counts.imported -= n;
    for (let i = 0; i < n; i++) this.insertSingle(vals.slice(i * PER_ROW, (i + 1) * PER_ROW), lines[i]);
  }

  private updateExisting(ex: Existing, r: InvoiceRecord): 'updated' | 'unchanged' {
    let open: number;
    if (r.openMinor !== undefined) open = r.openMinor;
    else {
      // What was already settled (payments, credits, snapshot) stays settled.
      const settled = ex.total_minor - ex.open_minor;
      open = r.totalMinor - settled;
      const clamped = r.kind === 'invoice' ? Math.min(Math.max(open, 0), Math.max(r.totalMinor, 0)) : Math.max(Math.min(open, 0), Math.min(r.totalMinor, 0));
      if (clamped !== open) this.overSettled.push(r.number);
      open = clamped;
      // A written-off or closed item stays as it is unless the file says otherwise.
      if (ex.status !== 'open' && r.totalMinor === ex.total_minor) open = ex.open_minor;
    }
    let status = ex.status;
    let closedAt = ex.closed_at;
    let closedBy = ex.closed_by;
    if (ex.status === 'written_off') {
      open = ex.open_minor;
    } else if (open === 0) {
      if (ex.status !== 'closed') {
        status = 'closed';
        closedAt = this.o.asOf;
        closedBy = r.kind === 'credit_note' ? 'credit' : 'payment';
      }
    } else {
      status = 'open';
      closedAt = null;
      closedBy = null;
    }
    const next = {
      issueDate: r.issueDate === undefined ? ex.issue_date : r.issueDate,
      dueDate: r.dueDate === undefined ? ex.due_date : r.dueDate,
      currency: r.currency,
      totalMinor: r.totalMinor,
      openMinor: open,
      po: r.po === undefined ? ex.po : r.po,
      terms: r.terms === undefined ? ex.terms : r.terms,
      salesperson: r.salesperson === undefined ? ex.salesperson : r.salesperson,
      status,
      closedAt,
      closedBy,
    };
    if (
      next.issueDate === ex.issue_date &&
      next.dueDate === ex.due_date &&
      next.currency === ex.currency &&
      next.totalMinor === ex.total_minor &&
      next.openMinor === ex.open_minor &&
      next.po === ex.po &&
      next.terms === ex.terms &&
      next.salesperson === ex.salesperson &&
      next.status === ex.status
    ) {
      return 'unchanged';
    }
    if (this.isStale(ex, next.status, open)) {
      this.counts.stale++;
      this.counts.firstStale ??= r.number;
      return 'unchanged';
    }
    this.update.run({ ...next, id: ex.id, source: this.o.source, batchId: this.o.batchId, now: this.o.now });
    return 'updated';
  }

  /**
   * An older export must not undo what the ledger learned later: figures from an import as of a
   * later date, a closing after this file's date, or a payment received after it.
   */
  private isStale(ex: Existing, status: string, open: number): boolean {
    const asOf = this.o.asOf;
    if (ex.batch_as_of !== null && asOf < ex.batch_as_of) return true;
    const reopens = ex.status !== 'open' && status === 'open';
    if (reopens && ex.closed_at !== null && asOf < ex.closed_at) return true;
    const raises = Math.abs(open) > Math.abs(ex.open_minor);
    if (reopens || raises) {
      const paid = this.lastPayment.get({ id: ex.id }) as string | null;
      if (paid && asOf < paid) return true;
    }
    return false;
  }
}

export async function openInvoiceWriter(ledger: Ledger, o: InvoiceWriterOptions): Promise<InvoiceWriter> {
  return new InvoiceWriter(ledger, o);
}



function snapshotWhere(o: SnapshotOptions): { sql: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = { date: o.date };
  const scope = o.mode === 'customers' ? `AND i.customer_id IN (SELECT id FROM temp.import_customers)` : '';
  let currencies = '';
  if (o.currencies) {
    o.currencies.forEach((c, k) => (params[`c${k}`] = c));
    currencies = o.currencies.length ? `AND i.currency IN (${o.currencies.map((_, k) => `@c${k}`).join(', ')})` : 'AND 1 = 0';
  }
  // Never an item the file cannot know about: issued after its as-of date, or confirmed by an
  // import as of a later date (an older export must not close what a newer one listed as open).
  const sql = `i.status = 'open'
          AND i.id NOT IN (SELECT id FROM temp.import_seen)
          AND (i.batch_id IS NULL OR i.batch_id NOT IN (SELECT id FROM temp.import_run_batches))
          AND (i.issue_date IS NULL OR i.issue_date <= @date)
          AND NOT EXISTS (SELECT 1 FROM import_batches b WHERE b.id = i.batch_id AND b.as_of > @date)
          ${scope} ${currencies}`;
  return { sql, params };
}

/**
 * The open items a snapshot would close: every open item that the run's invoice files did not
 * list (`all`), or only those of the customers the files mention (`customers`).
 */
export async function snapshotCandidates(ledger: Ledger, o: SnapshotOptions): Promise<SnapshotItem[]> {
  const { sql, params } = snapshotWhere(o);
  return ledger.db
    .prepare(
      `SELECT i.id, c.code AS customerCode, c.name AS customerName, i.number, i.kind, i.currency, i.open_minor AS openMinor
         FROM invoices i JOIN customers c ON c.id = i.customer_id
        WHERE ${sql}
        ORDER BY i.currency, c.code, i.number`,
    )
    .all(params) as SnapshotItem[];
}

/**
 * Open items a snapshot leaves open although the files did not list them, because the files
 * cannot know about them (issued later, or confirmed by a newer import).
 */
export async function snapshotKept(ledger: Ledger, o: SnapshotOptions): Promise<number> {
  const all = snapshotWhere(o);
  const loose = all.sql
    .replace('AND (i.issue_date IS NULL OR i.issue_date <= @date)', '')
    .replace('AND NOT EXISTS (SELECT 1 FROM import_batches b WHERE b.id = i.batch_id AND b.as_of > @date)', '');
  const n = (sql: string) => Number(ledger.db.prepare(`SELECT count(*) FROM invoices i WHERE ${sql}`).pluck().get(all.params));
  return n(loose) - n(all.sql);
}

/** Close the snapshot's items (closed_by = snapshot, on the file's date). Returns how many. */
export async function closeBySnapshot(ledger: Ledger, o: SnapshotOptions): Promise<number> {
  const { sql, params } = snapshotWhere(o);
  const info = ledger.db
    .prepare(
      `UPDATE invoices SET status = 'closed', closed_by = 'snapshot', closed_at = @date, open_minor = 0, updated_at = @now
        WHERE id IN (SELECT i.id FROM invoices i WHERE ${sql})`,
    )
    .run({ ...params, now: o.now });
  return info.changes;
}

/** Open items in the ledger, and the currencies of the items this run's invoice files listed. */
export async function runScope(ledger: Ledger): Promise<{ openItems: number; fileCurrencies: string[] }> {
  const db = ledger.db;
  const openItems = Number(db.prepare(`SELECT count(*) FROM invoices WHERE status = 'open'`).pluck().get());
  const fileCurrencies = db
    .prepare(
      `SELECT DISTINCT currency FROM invoices
        WHERE id IN (SELECT id FROM temp.import_seen) OR batch_id IN (SELECT id FROM temp.import_run_batches)
        ORDER BY currency`,
    )
    .pluck()
    .all() as string[];
  return { openItems, fileCurrencies };
}

/** Remember a batch as part of this run (its new invoices count as listed for the snapshot). */
export async function noteRunBatch(ledger: Ledger, batchId: number): Promise<void> {
  ledger.db.prepare(`INSERT OR IGNORE INTO temp.import_run_batches (id) VALUES (@id)`).run({ id: batchId });
}

/** Invoices by number across customers (a payment that names an invoice but no known customer). */
export async function customersWithInvoice(ledger: Ledger, number: string): Promise<number[]> {
  return ledger.db.prepare(`SELECT DISTINCT customer_id FROM invoices WHERE number = @number AND kind = 'invoice'`).pluck().all({ number }) as number[];
}
