// Human tables: borderless, aligned by display width (CJK and emoji count two columns), drawn by
// cli-table3. The widest flexible column gives way first when the table would not fit the terminal.
// A table meant for a person can stop after `limit` rows with an "N more" line; the footer rows
// (totals) always follow whole. One fallback draws very long tables the same way (see BENCHMARKS.md:
// cli-table3 takes ≈ 0.3 ms a row and grows faster than the rows).
import { createRequire } from 'node:module';
import type TableT from 'cli-table3';
import { displayWidth, padEnd, padStart, truncate } from './width.js';

export interface Column {
  header: string;
  align?: 'left' | 'right';
  /** May be cut with … to fit the width (names, notes). Others are never cut. */
  flex?: boolean;
  minWidth?: number;
}

export interface TableOptions {
  width?: number;
  indent?: number;
  gap?: number;
  /** Style applied to the header line (e.g. bold/dim); identity when colour is off. */
  headerStyle?: (s: string) => string;
  /** Show at most this many body rows (0 or undefined: all), then the `more` line. */
  limit?: number;
  /** The line that stands for the rows left out ("… 120 more"). */
  more?: (n: number) => string;
  /** Rows after the body that are never cut (totals). */
  footer?: string[][];
}

/** Shrink flexible columns, widest first, down to their minimum, until the table fits `max`. */
function fitWidths(columns: Column[], rows: string[][], max: number, indent: number, gap: number): number[] {
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  let total = indent + widths.reduce((a, b) => a + b, 0) + gap * (columns.length - 1);
  while (total > max) {
    let best = -1;
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i];
      if (!c?.flex) continue;
      const min = c.minWidth ?? Math.min(10, displayWidth(c.header));
      if ((widths[i] ?? 0) > min && (best < 0 || (widths[i] ?? 0) > (widths[best] ?? 0))) best = i;
    }
    if (best < 0) break;
    widths[best] = (widths[best] ?? 0) - 1;
    total -= 1;
  }
  return widths;
}

const NO_BORDER = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
};

/** Above this many rows cli-table3 is too slow (BENCHMARKS.md): the same layout is drawn directly. */
const CLI_TABLE3_MAX_ROWS = 500;

// cli-table3 (CommonJS, ≈ 20 ms to load) is required on the first table, not when `ar --help` starts.
let Table: typeof TableT | undefined;
function tableClass(): typeof TableT {
  Table ??= createRequire(import.meta.url)('cli-table3') as typeof TableT;
  return Table;
}

function tableLines(columns: Column[], widths: number[], rows: string[][], gap: number): string[] {
  const fitCells = (cells: string[]) => columns.map((_, i) => truncate(cells[i] ?? '', widths[i] ?? 0));
  if (rows.length > CLI_TABLE3_MAX_ROWS) {
    // The one fallback: plain padding by display width, the layout cli-table3 would draw.
    const sep = ' '.repeat(gap);
    return rows.map((r) =>
      fitCells(r)
        .map((c, i) => (columns[i]?.align === 'right' ? padStart(c, widths[i] ?? 0) : padEnd(c, widths[i] ?? 0)))
        .join(sep),
    );
  }
  const table = new (tableClass())({
    chars: { ...NO_BORDER, middle: ' '.repeat(gap) },
    style: { 'padding-left': 0, 'padding-right': 0, head: [], border: [] },
    colWidths: widths,
    colAligns: columns.map((c) => c.align ?? 'left'),
    wordWrap: false,
  });
  table.push(...rows.map(fitCells));
  return rows.length ? table.toString().split('\n') : [];
}

export function renderTable(columns: Column[], rows: string[][], opts: TableOptions = {}): string {
  const gap = opts.gap ?? 2;
  const indent = opts.indent ?? 0;
  const limit = opts.limit ?? 0;
  const cut = limit > 0 && rows.length > limit ? rows.length - limit : 0;
  const shown = cut ? rows.slice(0, limit) : rows;
  const footer = opts.footer ?? [];
  const widths = fitWidths(columns, [...shown, ...footer], opts.width ?? 80, indent, gap);
  const pad = ' '.repeat(indent);
  const clean = (l: string) => (pad + l).replace(/\s+$/, '');
  const head = clean(tableLines(columns, widths, [columns.map((c) => c.header)], gap)[0] ?? '');
  const lines = [opts.headerStyle ? opts.headerStyle(head) : head, ...tableLines(columns, widths, shown, gap).map(clean)];
  // The "N more" line stands for the rows left out; the totals after it stay whole.
  if (cut) lines.push(pad + (opts.more ? opts.more(cut) : `… ${cut}`));
  lines.push(...tableLines(columns, widths, footer, gap).map(clean));
  return lines.join('\n') + '\n';
}

/** The CSV writer lives in csv.ts; kept here for the commands that import it from the table module. */
export { renderCsv } from './csv.js';
