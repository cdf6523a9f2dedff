// Human tables: borderless, aligned by display width (CJK and emoji count two columns), drawn by
// cli-table3. The widest flexible column gives way first when the table would not fit the terminal.
// A table meant for a person can stop after `limit` rows with an "N more" line; the footer rows
// (totals) always follow whole. One fallback, renderWideTable, draws very long tables (see
// BENCHMARKS.md: cli-table3 is too slow for tens of thousands of rows).
import Table from 'cli-table3';
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
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '',
};

export function renderTable(columns: Column[], rows: string[][], opts: TableOptions = {}): string {
  const gap = opts.gap ?? 2;
  const indent = opts.indent ?? 0;
  const limit = opts.limit ?? 0;
  const cut = limit > 0 && rows.length > limit ? rows.length - limit : 0;
  const shown = cut ? rows.slice(0, limit) : rows;
  const footer = opts.footer ?? [];
  const widths = fitWidths(columns, [...shown, ...footer], opts.width ?? 80, indent, gap);
  const table = new Table({
    chars: { ...NO_BORDER, middle: ' '.repeat(gap) },
    style: { 'padding-left': 0, 'padding-right': 0, head: [], border: [] },
    colWidths: widths,
    colAligns: columns.map((c) => c.align ?? 'left'),
    wordWrap: false,
  });
  const fit = (cells: string[]) => columns.map((_, i) => truncate(cells[i] ?? '', widths[i] ?? 0));
  table.push(fit(columns.map((c) => c.header)), ...shown.map(fit));
  // The "N more" line spans the table, so it is written after it, before the totals.
  const lines = table.toString().split('\n').map((l) => (' '.repeat(indent) + l).replace(/\s+$/, ''));
  if (opts.headerStyle && lines.length) lines[0] = opts.headerStyle(lines[0] ?? '');
  if (cut) lines.push(' '.repeat(indent) + (opts.more ? opts.more(cut) : `… ${cut}`));
  if (footer.length) {
    const foot = new Table({
      chars: { ...NO_BORDER, middle: ' '.repeat(gap) },
      style: { 'padding-left': 0, 'padding-right': 0, head: [], border: [] },
      colWidths: widths,
      colAligns: columns.map((c) => c.align ?? 'left'),
      wordWrap: false,
    });
    foot.push(...footer.map(fit));
    lines.push(...foot.toString().split('\n').map((l) => (' '.repeat(indent) + l).replace(/\s+$/, '')));
  }
  return lines.join('\n') + '\n';
}

/**
 * The one fallback: a table of tens of thousands of rows, fast. Only the first column (names) is
 * ever cut; the other columns are right-aligned at the width of their widest cell.
 */
export function renderWideTable(headers: string[], rows: string[][], maxWidth: number, gap: number, nameMin: number): string[] {
  const widths = headers.map((h) => displayWidth(h));
  for (const r of rows) {
    for (let i = 0; i < r.length; i++) {
      const w = displayWidth(r[i] ?? '');
      if (w > (widths[i] ?? 0)) widths[i] = w;
    }
  }
  const rest = widths.slice(1).reduce((a, b) => a + b, 0) + gap * (headers.length - 1);
  const first = widths[0] ?? 0;
  const nameW = Math.max(Math.min(first, maxWidth - rest), Math.min(nameMin, first));
  const sep = ' '.repeat(gap);
  const line = (cells: string[]) => {
    let out = padEnd(truncate(cells[0] ?? '', nameW), nameW);
    for (let i = 1; i < cells.length; i++) out += sep + padStart(cells[i] ?? '', widths[i] ?? 0);
    return out.replace(/\s+$/, '');
  };
  return [line(headers), ...rows.map(line)];
}

/** The CSV writer lives in csv.ts; kept here for the commands that import it from the table module. */
export { renderCsv } from './csv.js';
