// Borderless, width-aware tables (CJK counts two columns). The widest flexible column gives way
// first when the table would not fit the terminal.
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
}

export function renderTable(columns: Column[], rows: string[][], opts: TableOptions = {}): string {
  const gap = opts.gap ?? 2;
  const indent = opts.indent ?? 0;
  const max = opts.width ?? 80;
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const total = () => indent + widths.reduce((a, b) => a + b, 0) + gap * (columns.length - 1);
  // Shrink flexible columns, widest first, down to their minimum.
  while (total() > max) {
    let best = -1;
    for (let i = 0; i < columns.length; i++) {
      if (!columns[i].flex) continue;
      const min = columns[i].minWidth ?? Math.min(10, displayWidth(columns[i].header));
      if (widths[i] > min && (best < 0 || widths[i] > widths[best])) best = i;
    }
    if (best < 0) break;
    widths[best] -= 1;
  }
  const line = (cells: string[], style?: (s: string) => string) => {
    const parts = columns.map((c, i) => {
      const cell = truncate(cells[i] ?? '', widths[i]);
      return c.align === 'right' ? padStart(cell, widths[i]) : padEnd(cell, widths[i]);
    });
    const text = (' '.repeat(indent) + parts.join(' '.repeat(gap))).replace(/\s+$/, '');
    return style ? style(text) : text;
  };
  const out = [line(columns.map((c) => c.header), opts.headerStyle)];
  for (const r of rows) out.push(line(r));
  return out.join('\n') + '\n';
}

/** The CSV writer lives in csv.ts; kept here for the commands that import it from the table module. */
export { renderCsv } from './csv.js';
