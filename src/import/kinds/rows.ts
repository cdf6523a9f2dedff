// What every kind's loader shares: the run's state (inside the import's transaction), the one place
// a bad row is recorded (for the error report and the rejects file), and the walk over data rows.
import type { Lang } from '../../i18n/index.js';
import type { CustomerResolver, LedgerTx } from '../../store/port.js';
import { displayHeader } from '../plan/headers.js';
import { classifyRow } from '../plan/locate.js';
import type { FilePlan } from '../plan/file-plan.js';
import { cellText, isBlank, parseText, type Parsed } from '../plan/values.js';
import { fieldLabel, type Reason } from '../text.js';
import type { Cell, CollectorFrom, ColumnMap, Field, SourceRow } from '../types.js';
import { msg } from '../../i18n/index.js';

export interface LoadCounts {
  rowsRead: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  warnings: string[];
  /** SHA-256 of the file when a worker read it. */
  sha256?: string;
  /** Invoices left alone because the ledger knows newer figures. */
  stale?: number;
  firstStale?: string;
  /** Invoice files: contacts added from their e-mail and phone columns, collectors from their salesperson. */
  contactsAdded?: number;
  collectors?: { assigned: number; keptManual: number };
  /** Lines that were not data: title lines above the header, subtotal/total rows, report footers, void or draft documents. */
  skipped?: Skipped;
  /** Documents the lines made (a line-item export has several lines per invoice); else the rows taken. */
  documents?: number;
  /** The currencies the file's documents were booked in. */
  currencies?: string[];
  /** Set when the loader chose the currency itself (payments in each customer's own currency). */
  currencySource?: 'customer';
}

export interface Skipped {
  title: number;
  subtotal: number;
  footer: number;
  void: number;
}

export const noneSkipped = (): Skipped => ({ title: 0, subtotal: 0, footer: 0, void: 0 });

/** A line above the header that holds text: the report's title, company, date range, unit. */
export function isTitleLine(row: SourceRow, headerLine: number): boolean {
  return row.line < headerLine && row.cells.some((c) => !isBlank(c));
}

export const emptyCounts = (): LoadCounts => ({ rowsRead: 0, imported: 0, updated: 0, unchanged: 0, rejected: 0, warnings: [] });

/** One problem of one row: the column's header (or the field's name) and what is wrong. */
export interface CellProblem {
  column: string;
  reason: Reason;
}

export interface BadRow extends CellProblem {
  file: string;
  line: number;
}

export interface RejectRow {
  file: string;
  headers: string[];
  cells: string[];
  line: number;
  column: string;
  reasons: Reason[];
}

export interface RunState {
  /** The import's transaction: every write of the run goes through it. */
  tx: LedgerTx;
  now: string;
  lang: Lang;
  resolver: CustomerResolver;
  defaultCurrency: string;
  errors: BadRow[];
  errorCount: number;
  rejects: RejectRow[];
  /** `salesperson`: collectors from the invoices' salesperson (--collector-from, import.collector_from). */
  collectorFrom: CollectorFrom;
  /** The user asked for it on this run (--collector-from), not only the setting: a file without salespeople is worth a warning. */
  collectorFromAsked?: boolean;
  /** Called with bytes read so far. */
  onBytes?: (n: number) => void;
  env?: NodeJS.ProcessEnv;
}

/** Where a kind's records go: the batch this file's rows belong to. */
export interface LoadTarget {
  batchId: number;
  asOf: string;
}

const MAX_ERRORS_KEPT = 10_000;
const MAX_REJECTS_KEPT = 1_000_000;

/** Record one rejected row: each problem for the error report, the row itself for the rejects file. */
export function recordReject(run: RunState, plan: FilePlan, line: number, cells: string[], problems: CellProblem[]): void {
  for (const p of problems) {
    run.errorCount++;
    if (run.errors.length < MAX_ERRORS_KEPT) run.errors.push({ file: plan.display, line, column: p.column, reason: p.reason });
  }
  if (run.rejects.length >= MAX_REJECTS_KEPT) return;
  run.rejects.push({
    file: plan.display,
    headers: plan.headers,
    cells,
    line,
    column:
      problems
        .map((p) => p.column)
        .filter(Boolean)
        .join('; ') ||
      (problems[0]?.column ?? ''),
    reasons: problems.map((p) => p.reason),
  });
}

/** A rejected source row (its cells as text). */
export function rejectRow(run: RunState, plan: FilePlan, row: SourceRow, problems: CellProblem[]): void {
  recordReject(
    run,
    plan,
    row.line,
    row.cells.map((c) => cellText(c)),
    problems,
  );
}

/** The header of a field's column, else the field's (English) name: the COLUMN of FILE:ROW:COLUMN. */
export function columnName(plan: Pick<FilePlan, 'headers'> & { map: ColumnMap }, field: Field | undefined, col?: number): string {
  const i = col ?? (field ? plan.map[field] : undefined);
  if (i !== undefined && plan.headers[i]) return displayHeader(plan.headers[i]);
  return field ? fieldLabel('en', field) : '';
}

/** Per-row problem collector. */
export class RowErrors {
  list: CellProblem[] = [];
  constructor(private plan: FilePlan) {}
  add(field: Field | undefined, reason: Reason, col?: number): void {
    this.list.push({ column: columnName(this.plan, field, col), reason });
  }
  get any(): boolean {
    return this.list.length > 0;
  }
  /** A parsed value, or undefined with the problem noted (an empty cell is not a problem here). */
  get<T>(r: Parsed<T>, field: Field): T | undefined {
    if (r.ok) return r.value;
    if (!r.empty) this.add(field, r.reason);
    return undefined;
  }
}

/** A text cell's value, null when empty, undefined when the column is not mapped. */
export function optText(cells: Cell[], i: number | undefined): string | null | undefined {
  if (i === undefined) return undefined;
  const r = parseText(cells[i] ?? null);
  return r.ok ? r.value : null;
}

/** The rows after the header that the profile does not skip, in batches; unterminated rows are rejected. */
export async function* tableRows(plan: FilePlan, run: RunState, c: LoadCounts): AsyncGenerator<SourceRow[]> {
  for await (const batch of plan.source.batches(run.onBytes)) {
    const out: SourceRow[] = [];
    for (const r of batch) {
      if (r.line <= plan.headerLine) {
        if (isTitleLine(r, plan.headerLine)) (c.skipped ??= noneSkipped()).title++;
        continue;
      }
      if (r.unterminated) {
        c.rowsRead++;
        c.rejected++;
        rejectRow(run, plan, r, [{ column: '', reason: msg('import.unterminated') }]);
        continue;
      }
      if (plan.skip.length) {
        const text = r.cells.map((x) => cellText(x)).join(' ');
        if (plan.skip.some((re) => re.test(text))) continue;
      }
      out.push(r);
    }
    if (out.length) yield out;
  }
}

/** The data rows of a small table (customers, contacts, payments), one at a time, counted as read. */
export async function* dataRows(
  plan: FilePlan,
  run: RunState,
  c: LoadCounts,
  keys: number[],
  amounts: number[],
  onTotal?: (row: SourceRow) => void,
): AsyncGenerator<SourceRow> {
  for await (const batch of tableRows(plan, run, c)) {
    for (const row of batch) {
      const cls = classifyRow(row.cells, keys, amounts);
      if (cls.kind !== 'data') {
        // Counted, so that the summary and --json say what was skipped (a 收款 list's 合计, 制单人 lines).
        const skipped = (c.skipped ??= noneSkipped());
        if (cls.kind === 'total') {
          skipped.subtotal++;
          onTotal?.(row);
        } else if (cls.kind === 'footer' || (cls.kind === 'group' && cls.footer)) skipped.footer++;
        continue;
      }
      c.rowsRead++;
      yield row;
    }
  }
}
