// Invoices as `ar import` writes them. An invoice is identified by (customer, number, kind).
// The writer is built once per file and then called once per invoice, synchronously, inside the
// import's transaction: prepared statements, no per-row lookups for customers created in this run.
import type { Ledger } from './ledger.js';

export type InvoiceKind = 'invoice' | 'credit_note';

export interface InvoiceRecord {
  customerId: number;
  number: string;
  kind: InvoiceKind;
  /** undefined: the file has no such column (keep what the ledger has). */
  issueDate?: string | null;
  dueDate?: string | null;
  currency: string;
  /** Signed: credit notes negative. */
  totalMinor: number;
  /** From an open/balance column (authoritative); undefined: total less what is already settled. */
  openMinor?: number;
  po?: string | null;
  terms?: string | null;
  salesperson?: string | null;
}


export interface InvoiceWriterOptions {
  batchId: number;
  now: string;
  /** Date an invoice imported as fully paid is closed on (the file's as-of date). */
  asOf: string;
  source: string | null;
}

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
}

function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: string })?.code === 'SQLITE_CONSTRAINT_UNIQUE' || (e as { code?: string })?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Rows per multi-row INSERT: binding one statement per row costs more than SQLite's work. */
const BULK = 100;
const PER_ROW = 14;

export interface WriterCounts {
  imported: number;
  updated: number;
  unchanged: number;
  /** Invoices this file listed a second time (the first listing is kept). */
  duplicates: number;
  firstDuplicate?: { number: string; line: number };
}

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
  readonly counts: WriterCounts = { imported: 0, updated: 0, unchanged: 0, duplicates: 0 };
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
      `SELECT id, issue_date, due_date, currency, total_minor, open_minor, po, terms, salesperson, status, closed_at, closed_by, batch_id
         FROM invoices WHERE customer_id = @customerId AND number = @number AND kind = @kind`,
    );
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
    this.update.run({ ...next, id: ex.id, source: this.o.source, batchId: this.o.batchId, now: this.o.now });
    return 'updated';
  }
}

export async function openInvoiceWriter(ledger: Ledger, o: InvoiceWriterOptions): Promise<InvoiceWriter> {
  return new InvoiceWriter(ledger, o);
}

export interface SnapshotOptions {
  mode: 'all' | 'customers';
  /** closed_at: the file's as-of date, else the clock's today. */
  date: string;
  now: string;
}

/**
 * Close every open item that the run's invoice files did not list (`all`), or only those of the
 * customers the files mention (`customers`). Returns how many were closed.
 */
export async function closeBySnapshot(ledger: Ledger, o: SnapshotOptions): Promise<number> {
  const scope = o.mode === 'customers' ? `AND customer_id IN (SELECT id FROM temp.import_customers)` : '';
  const info = ledger.db
    .prepare(
      `UPDATE invoices SET status = 'closed', closed_by = 'snapshot', closed_at = @date, open_minor = 0, updated_at = @now
        WHERE status = 'open'
          AND id NOT IN (SELECT id FROM temp.import_seen)
          AND (batch_id IS NULL OR batch_id NOT IN (SELECT id FROM temp.import_run_batches))
          ${scope}`,
    )
    .run({ date: o.date, now: o.now });
  return info.changes;
}

/** Remember a batch as part of this run (its new invoices count as listed for the snapshot). */
export async function noteRunBatch(ledger: Ledger, batchId: number): Promise<void> {
  ledger.db.prepare(`INSERT OR IGNORE INTO temp.import_run_batches (id) VALUES (@id)`).run({ id: batchId });
}

/** Invoices by number across customers (a payment that names an invoice but no known customer). */
export async function customersWithInvoice(ledger: Ledger, number: string): Promise<number[]> {
  return ledger.db.prepare(`SELECT DISTINCT customer_id FROM invoices WHERE number = @number AND kind = 'invoice'`).pluck().all({ number }) as number[];
}
