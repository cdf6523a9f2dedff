// Invoices as `ar import` writes them. An invoice is identified by (customer, number, kind).
// The writer is built once per file, buffers invoices synchronously, and merges them into the ledger
// set-wise at flush, inside the import's transaction.
import type { Ledger } from './ledger.js';
import type { InvoiceKind, InvoiceRecord, InvoiceWriterOptions, WriterCounts, SnapshotOptions, SnapshotItem } from '../port.js';
export type { InvoiceRecord, InvoiceWriterOptions, WriterCounts, SnapshotOptions, SnapshotItem } from '../port.js';

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
  job: string | null;
  status: string;
  closed_at: string | null;
  closed_by: string | null;
  batch_id: number | null;
  /** As-of date of the import that last changed it. */
  batch_as_of: string | null;
}

/** A staged row joined to the invoice it names: the record's fields, then the invoice's. */
interface Match extends Existing {
  seq: number;
  line: number;
  number: string;
  kind: InvoiceKind;
  r_issue_date: string | null;
  r_due_date: string | null;
  r_currency: string;
  r_total_minor: number;
  r_open_minor: number | null;
  r_po: string | null;
  r_terms: string | null;
  r_salesperson: string | null;
  r_job: string | null;
  /** Which optional fields the file had (a column missing from the file keeps the ledger's value). */
  defined: number;
  seen_batch: number | null;
}

/** Bits of `defined`. */
const HAS = { issue: 1, due: 2, po: 4, terms: 8, sp: 16, open: 32, job: 64 } as const;
const STAGE_COLS = 'seq, line, customer_id, number, kind, issue_date, due_date, currency, total_minor, open_minor, po, terms, salesperson, job, defined';
const STAGE_WIDTH = 15;
const CHANGE_COLS = 'id, issue_date, due_date, currency, total_minor, open_minor, po, terms, salesperson, job, status, closed_at, closed_by';
const CHANGE_WIDTH = 13;
/** Rows per multi-row INSERT into the staging tables: binding one statement per row costs more than SQLite's work. */
const BULK = 200;
/** Staged rows read back per chunk when matching them to existing invoices (bounds memory). */
const CHUNK = 20_000;

const tuples = (width: number, n: number) =>
  Array(n)
    .fill(`(${Array(width).fill('?').join(', ')})`)
    .join(', ');

/**
 * Writes one file's invoices set-wise. `write` only buffers (no await, no lookup per row); full
 * buffers go into a TEMP staging table by multi-row INSERTs. `flush` then merges the stage into
 * `invoices`: invoices listed twice are counted as duplicates (the first listing is kept), the
 * staged rows that name existing invoices are read back joined to them in chunks and judged here
 * (stale exports, settled amounts, over-settled totals), the changed ones are applied by one
 * `UPDATE … FROM`, and the new ones are inserted by one `INSERT … SELECT … ORDER BY customer` so the
 * B-tree fills in key order however the file interleaves customers.
 */
export class InvoiceWriter {
  private db;
  private stageBulk;
  private stageOne;
  private pending: (string | number | null)[] = [];
  private pendingRows = 0;
  /** File order of the rows written, across flushes (the stage's own rowids restart when it is emptied). */
  private seq = 0;
  private firstDupSeq = Number.POSITIVE_INFINITY;
  /** Customers of the rows written since the last flush (a Set here is cheaper than a DISTINCT over the stage). */
  private customers = new Set<number>();
  readonly counts: WriterCounts = { imported: 0, updated: 0, unchanged: 0, duplicates: 0, stale: 0 };
  private lastPayment;
  /** Invoices whose total fell below what was already settled against them. */
  readonly overSettled: string[] = [];

  constructor(
    ledger: Ledger,
    private o: InvoiceWriterOptions,
  ) {
    const db = (this.db = ledger.db);
    // inv: the invoice the row names (set at flush); same: the row changes nothing on it.
    db.exec(`CREATE TEMP TABLE IF NOT EXISTS import_stage (seq INTEGER PRIMARY KEY, line INTEGER, customer_id INTEGER, number TEXT, kind TEXT,
      issue_date TEXT, due_date TEXT, currency TEXT, total_minor INTEGER, open_minor INTEGER, po TEXT, terms TEXT, salesperson TEXT, job TEXT,
      defined INTEGER, inv INTEGER, same INTEGER)`);
    db.exec(`CREATE TEMP TABLE IF NOT EXISTS import_changes (id INTEGER PRIMARY KEY, issue_date TEXT, due_date TEXT, currency TEXT, total_minor INTEGER,
      open_minor INTEGER, po TEXT, terms TEXT, salesperson TEXT, job TEXT, status TEXT, closed_at TEXT, closed_by TEXT)`);
    db.exec('DELETE FROM temp.import_stage; DELETE FROM temp.import_changes');
    this.stageBulk = db.prepare(`INSERT INTO temp.import_stage (${STAGE_COLS}) VALUES ${tuples(STAGE_WIDTH, BULK)}`);
    this.stageOne = db.prepare(`INSERT INTO temp.import_stage (${STAGE_COLS}) VALUES ${tuples(STAGE_WIDTH, 1)}`);
    this.lastPayment = db.prepare(`SELECT max(p.received_date) FROM allocations a JOIN payments p ON p.id = a.payment_id WHERE a.invoice_id = @id`).pluck();
  }

  /** Buffer one invoice; `line` is where the file lists it (for the duplicate warning). */
  write(r: InvoiceRecord, line = 0): void {
    const defined =
      (r.issueDate !== undefined ? HAS.issue : 0) |
      (r.dueDate !== undefined ? HAS.due : 0) |
      (r.po !== undefined ? HAS.po : 0) |
      (r.terms !== undefined ? HAS.terms : 0) |
      (r.salesperson !== undefined ? HAS.sp : 0) |
      (r.job !== undefined ? HAS.job : 0) |
      (r.openMinor !== undefined ? HAS.open : 0);
    this.pending.push(
      ++this.seq,
      line,
      r.customerId,
      r.number,
      r.kind,
      r.issueDate ?? null,
      r.dueDate ?? null,
      r.currency,
      r.totalMinor,
      r.openMinor ?? null,
      r.po ?? null,
      r.terms ?? null,
      r.salesperson ?? null,
      r.job ?? null,
      defined,
    );
    this.customers.add(r.customerId);
    if (++this.pendingRows === BULK) this.stage();
  }

  private stage(): void {
    if (this.pendingRows === BULK) this.stageBulk.run(this.pending);
    else for (let i = 0; i < this.pendingRows; i++) this.stageOne.run(this.pending.slice(i * STAGE_WIDTH, (i + 1) * STAGE_WIDTH));
    this.pending = [];
    this.pendingRows = 0;
  }

  /** Merge everything written so far into the ledger; the counts are then final for those rows. */
  flush(): void {
    this.stage();
    const db = this.db;
    const customer = db.prepare('INSERT OR IGNORE INTO temp.import_customers (id) VALUES (?)');
    for (const id of this.customers) customer.run(id);
    this.customers.clear();
    if (this.matchExisting()) {
      this.dropRepeats('inv', 'inv IS NOT NULL');
      this.counts.unchanged += Number(db.prepare('SELECT count(*) FROM temp.import_stage WHERE same').pluck().get());
      this.mergeExisting();
    }
    this.insertNew();
    db.exec('DELETE FROM temp.import_stage');
  }

  /**
   * The staged rows naming no invoice, inserted by one INSERT … SELECT sorted by the invoices' key
   * so the B-tree fills in order however the file interleaves customers. A repeat within the file
   * sorts right after its first listing and is skipped by the key's conflict clause, so no separate
   * pass over the stage looks for repeats unless the insert shows there were some.
   */
  private insertNew(): void {
    const db = this.db;
    const staged = Number(db.prepare('SELECT count(*) FROM temp.import_stage WHERE inv IS NULL').pluck().get());
    if (staged === 0) return;
    const inserted = db
      .prepare(
        `INSERT INTO invoices (customer_id, number, kind, issue_date, due_date, currency, total_minor, open_minor, po, terms, salesperson, job, status,
                               closed_at, closed_by, source, batch_id, created_at, updated_at)
         SELECT s.customer_id, s.number, s.kind, s.issue_date, s.due_date, s.currency, s.total_minor, coalesce(s.open_minor, s.total_minor),
                s.po, s.terms, s.salesperson, s.job,
                CASE WHEN coalesce(s.open_minor, s.total_minor) = 0 THEN 'closed' ELSE 'open' END,
                CASE WHEN coalesce(s.open_minor, s.total_minor) = 0 THEN @asOf END,
                CASE WHEN coalesce(s.open_minor, s.total_minor) = 0 THEN (CASE s.kind WHEN 'credit_note' THEN 'credit' ELSE 'payment' END) END,
                @source, @batchId, @now, @now
           FROM temp.import_stage s
          WHERE s.inv IS NULL
          ORDER BY s.customer_id, s.number, s.kind, s.seq
         ON CONFLICT (customer_id, number, kind) DO NOTHING`,
      )
      .run({ asOf: this.o.asOf, source: this.o.source, batchId: this.o.batchId, now: this.o.now });
    this.counts.imported += inserted.changes;
    if (inserted.changes < staged) this.dropRepeats('customer_id, number, kind', 'inv IS NULL');
  }

  /**
   * One pass over the stage names each row's existing invoice and decides in SQL whether the row
   * changes nothing on it (the common case when a register is imported again), so that JavaScript
   * judges only the rows that differ. The test is a strict subset of judge()'s 'unchanged': figures
   * and listed fields equal, the open amount within the total (nothing over-settled to report), the
   * status consistent with it, not written off, and not listed earlier in this run's file.
   * Returns whether any staged row names an existing invoice.
   */
  private matchExisting(): boolean {
    // A ledger without invoices (a first import) matches nothing: no need to sort the stage.
    if (this.db.prepare('SELECT 1 FROM invoices LIMIT 1').get() === undefined) return false;
    const opt = (bit: number, col: string) => `(t.defined & ${bit} = 0 OR t.${col} IS i.${col})`;
    // The stage is in file order, where a register interleaves customers: probing the invoices in
    // that order reads their index and rows at random, page after page (most of a re-import's time,
    // and with the file mapped, most of its memory). Sorted by the invoices' key first, the probes
    // walk both in order; the matches are then written back to the stage in its own order.
    const info = this.db
      .prepare(
        `WITH t AS MATERIALIZED (
                SELECT seq, customer_id, number, kind, issue_date, due_date, currency, total_minor, open_minor, po, terms, salesperson, job, defined
                  FROM temp.import_stage ORDER BY customer_id, number, kind),
              m AS MATERIALIZED (
                SELECT t.seq, i.id, (
                   t.currency = i.currency AND t.total_minor = i.total_minor
                   AND ${opt(HAS.issue, 'issue_date')} AND ${opt(HAS.due, 'due_date')} AND ${opt(HAS.po, 'po')} AND ${opt(HAS.terms, 'terms')}
                   AND ${opt(HAS.sp, 'salesperson')} AND ${opt(HAS.job, 'job')}
                   AND CASE WHEN t.defined & ${HAS.open} THEN t.open_minor = i.open_minor
                            WHEN i.kind = 'invoice' THEN i.open_minor BETWEEN 0 AND max(i.total_minor, 0)
                            ELSE i.open_minor BETWEEN min(i.total_minor, 0) AND 0 END
                   AND (i.status = 'open' AND i.open_minor <> 0 OR i.status = 'closed' AND i.open_minor = 0)
                   AND i.batch_id IS NOT @batchId
                   AND NOT EXISTS (SELECT 1 FROM temp.import_seen z WHERE z.id = i.id AND z.batch = @batchId)) AS same
                  FROM t CROSS JOIN invoices i ON i.customer_id = t.customer_id AND i.number = t.number AND i.kind = t.kind
                 ORDER BY t.seq)
         UPDATE temp.import_stage AS s SET inv = m.id, same = m.same FROM m WHERE s.seq = m.seq`,
      )
      .run({ batchId: this.o.batchId });
    return info.changes > 0;
  }

  /**
   * Invoices listed again in this file (rows of `where` sharing `key`): counted, the first listing
   * kept and noted for the warning, the rest dropped from the stage.
   */
  private dropRepeats(key: string, where: string): void {
    const repeats = `SELECT seq, number, line FROM (SELECT seq, number, line, row_number() OVER (PARTITION BY ${key} ORDER BY seq) AS k
      FROM temp.import_stage WHERE ${where}) WHERE k > 1`;
    const first = this.db.prepare(`${repeats} ORDER BY seq LIMIT 1`).raw().get() as [number, string, number] | undefined;
    if (!first) return;
    this.noteFirstDuplicate(...first);
    this.counts.duplicates += this.db.prepare(`DELETE FROM temp.import_stage WHERE seq IN (SELECT seq FROM (${repeats}))`).run().changes;
  }

  /**
   * Staged rows that name invoices the ledger has and may change them: judged in chunks against the invoice (and the import
   * that last set it), changes collected into a TEMP table, then applied by one UPDATE … FROM.
   */
  private mergeExisting(): void {
    const db = this.db;
    const read = db.prepare(
      `SELECT s.seq, s.line, s.number, s.kind, s.issue_date AS r_issue_date, s.due_date AS r_due_date, s.currency AS r_currency,
              s.total_minor AS r_total_minor, s.open_minor AS r_open_minor, s.po AS r_po, s.terms AS r_terms, s.salesperson AS r_salesperson, s.job AS r_job,
              s.defined, i.id, i.issue_date, i.due_date, i.currency, i.total_minor, i.open_minor, i.po, i.terms, i.salesperson, i.job, i.status, i.closed_at,
              i.closed_by, i.batch_id, b.as_of AS batch_as_of, seen.batch AS seen_batch
         FROM temp.import_stage s
         JOIN invoices i ON i.id = s.inv
         LEFT JOIN import_batches b ON b.id = i.batch_id
         LEFT JOIN temp.import_seen seen ON seen.id = i.id
        WHERE s.seq > @after AND s.inv IS NOT NULL AND NOT s.same
        ORDER BY s.seq LIMIT ${CHUNK}`,
    );
    const changeBulk = db.prepare(`INSERT INTO temp.import_changes (${CHANGE_COLS}) VALUES ${tuples(CHANGE_WIDTH, BULK)}`);
    const changeOne = db.prepare(`INSERT INTO temp.import_changes (${CHANGE_COLS}) VALUES ${tuples(CHANGE_WIDTH, 1)}`);
    let changes: (string | number | null)[] = [];
    let n = 0;
    const put = () => {
      if (n === BULK) changeBulk.run(changes);
      else for (let i = 0; i < n; i++) changeOne.run(changes.slice(i * CHANGE_WIDTH, (i + 1) * CHANGE_WIDTH));
      changes = [];
      n = 0;
    };
    for (let after = 0; ; ) {
      const rows = read.all({ after }) as Match[];
      if (rows.length === 0) break;
      after = rows[rows.length - 1]?.seq ?? after;
      for (const m of rows) {
        // Listed earlier in this file (a previous flush) or already changed by it: a duplicate.
        if (m.batch_id === this.o.batchId || m.seen_batch === this.o.batchId) {
          this.counts.duplicates++;
          this.noteFirstDuplicate(m.seq, m.number, m.line);
          continue;
        }
        const next = this.judge(m);
        if (next === 'unchanged') {
          this.counts.unchanged++;
          continue;
        }
        this.counts.updated++;
        changes.push(
          m.id,
          next.issueDate,
          next.dueDate,
          next.currency,
          next.totalMinor,
          next.openMinor,
          next.po,
          next.terms,
          next.salesperson,
          next.job,
          next.status,
          next.closedAt,
          next.closedBy,
        );
        if (++n === BULK) put();
      }
    }
    put();
    // Which existing invoices this file listed (for snapshots, and to catch one listed again later).
    db.prepare(
      `INSERT INTO temp.import_seen (id, batch)
       SELECT s.inv, @batchId FROM temp.import_stage s WHERE s.inv IS NOT NULL
        ON CONFLICT (id) DO UPDATE SET batch = excluded.batch WHERE batch <> excluded.batch`,
    ).run({ batchId: this.o.batchId });
    db.prepare(
      `UPDATE invoices SET issue_date = c.issue_date, due_date = c.due_date, currency = c.currency, total_minor = c.total_minor,
         open_minor = c.open_minor, po = c.po, terms = c.terms, salesperson = c.salesperson, job = c.job, status = c.status, closed_at = c.closed_at,
         closed_by = c.closed_by, source = coalesce(@source, invoices.source), batch_id = @batchId, updated_at = @now
       FROM temp.import_changes c WHERE invoices.id = c.id`,
    ).run({ source: this.o.source, batchId: this.o.batchId, now: this.o.now });
    db.exec('DELETE FROM temp.import_changes');
  }

  private noteFirstDuplicate(seq: number, number: string, line: number): void {
    if (seq < this.firstDupSeq) {
      this.firstDupSeq = seq;
      this.counts.firstDuplicate = { number, line };
    }
  }

  /** The invoice's next figures from this listing, or 'unchanged' (also when the file is stale). */
  private judge(m: Match) {
    const has = (bit: number) => (m.defined & bit) !== 0;
    let open: number;
    if (has(HAS.open)) open = m.r_open_minor!;
    else {
      // What was already settled (payments, credits, snapshot) stays settled.
      const settled = m.total_minor - m.open_minor;
      open = m.r_total_minor - settled;
      const clamped =
        m.kind === 'invoice' ? Math.min(Math.max(open, 0), Math.max(m.r_total_minor, 0)) : Math.max(Math.min(open, 0), Math.min(m.r_total_minor, 0));
      if (clamped !== open) this.overSettled.push(m.number);
      open = clamped;
      // A written-off or closed item stays as it is unless the file says otherwise.
      if (m.status !== 'open' && m.r_total_minor === m.total_minor) open = m.open_minor;
    }
    let status = m.status;
    let closedAt = m.closed_at;
    let closedBy = m.closed_by;
    if (m.status === 'written_off') {
      open = m.open_minor;
    } else if (open === 0) {
      if (m.status !== 'closed') {
        status = 'closed';
        closedAt = this.o.asOf;
        closedBy = m.kind === 'credit_note' ? 'credit' : 'payment';
      }
    } else {
      status = 'open';
      closedAt = null;
      closedBy = null;
    }
    const next = {
      issueDate: has(HAS.issue) ? m.r_issue_date : m.issue_date,
      dueDate: has(HAS.due) ? m.r_due_date : m.due_date,
      currency: m.r_currency,
      totalMinor: m.r_total_minor,
      openMinor: open,
      po: has(HAS.po) ? m.r_po : m.po,
      terms: has(HAS.terms) ? m.r_terms : m.terms,
      salesperson: has(HAS.sp) ? m.r_salesperson : m.salesperson,
      job: has(HAS.job) ? m.r_job : m.job,
      status,
      closedAt,
      closedBy,
    };
    const same =
      next.issueDate === m.issue_date &&
      next.dueDate === m.due_date &&
      next.currency === m.currency &&
      next.totalMinor === m.total_minor &&
      next.openMinor === m.open_minor &&
      next.po === m.po &&
      next.terms === m.terms &&
      next.salesperson === m.salesperson &&
      next.job === m.job &&
      next.status === m.status;
    if (same) return 'unchanged' as const;
    if (this.isStale(m, next.status, open)) {
      this.counts.stale++;
      this.counts.firstStale ??= m.number;
      return 'unchanged' as const;
    }
    return next;
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
    for (const [k, c] of o.currencies.entries()) params[`c${k}`] = c;
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

/** Per currency, the largest of the invoices' totals, their open amounts and the payments, summed (one pass over each table). */
const SUMS = (fn: string) => `SELECT currency, max(m) AS total FROM (
    SELECT currency, max(${fn}(abs(total_minor)), ${fn}(abs(open_minor))) AS m FROM invoices GROUP BY currency
    UNION ALL SELECT currency, ${fn}(abs(amount_minor)) FROM payments GROUP BY currency)
  GROUP BY currency HAVING max(m) > 9007199254740991 ORDER BY currency LIMIT 1`;

/** Summed in SQLite's 64-bit integers and read as BigInt, so that the check itself is exact. */
export async function inexactCurrency(ledger: Ledger): Promise<{ currency: string; totalMinor: bigint } | undefined> {
  try {
    const row = ledger.db.prepare(SUMS('sum')).safeIntegers(true).get() as { currency: string; total: bigint } | undefined;
    return row ? { currency: row.currency, totalMinor: row.total } : undefined;
  } catch (e) {
    // Past 2^63 SQLite's sum() overflows: far beyond exact; total() (a float) names the currency.
    if (!/integer overflow/i.test((e as Error).message)) throw e;
    const row = ledger.db.prepare(SUMS('total')).get() as { currency: string; total: number };
    return { currency: row.currency, totalMinor: BigInt(Math.round(row.total)) };
  }
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
