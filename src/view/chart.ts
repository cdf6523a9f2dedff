// Horizontal bar charts for the terminal, drawn with Unicode eighth blocks (▏▎▍▌▋▊▉█) so a bar can
// end between two columns. Labels and values align by display width (CJK counts two columns).
import { displayWidth, padEnd, padStart, truncate } from './width.js';

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar `value / max` of `width` columns, in eighths of a column. Zero or negative → empty. */
export function bar(value: number, max: number, width: number): string {
  if (!(value > 0) || !(max > 0) || width <= 0) return '';
  const eighths = Math.max(1, Math.round((Math.min(value, max) / max) * width * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

export interface BarRow {
  label: string;
  value: number;
  /** Text printed after the bar (the formatted amount). */
  text: string;
  /** Optional trailing note (a percentage). */
  note?: string;
}

export interface BarChartOptions {
  width?: number;
  indent?: number;
  /** Colour for the bars (identity when colour is off). */
  barStyle?: (s: string) => string;
}

/**
 *   Label   ████████████▍        12,345.00   18%
 * Bars scale to the largest value; rows with zero or negative values get no bar but keep their text.
 */
export function renderBarChart(rows: BarRow[], opts: BarChartOptions = {}): string {
  const width = opts.width ?? 80;
  const indent = opts.indent ?? 0;
  const style = opts.barStyle ?? ((s: string) => s);
  const labelW = Math.min(Math.max(0, ...rows.map((r) => displayWidth(r.label))), 24);
  const textW = Math.max(0, ...rows.map((r) => displayWidth(r.text)));
  const noteW = Math.max(0, ...rows.map((r) => displayWidth(r.note ?? '')));
  const barW = Math.max(10, width - indent - labelW - textW - (noteW ? noteW + 2 : 0) - 4);
  const max = Math.max(0, ...rows.map((r) => r.value));
  return (
    rows
      .map((r) => {
        const b = bar(r.value, max, barW);
        const line =
          ' '.repeat(indent) +
          padEnd(truncate(r.label, labelW), labelW) +
          '  ' +
          style(b) +
          ' '.repeat(barW - displayWidth(b)) +
          '  ' +
          padStart(r.text, textW) +
          (noteW ? '  ' + padStart(r.note ?? '', noteW) : '');
        return line.replace(/\s+$/, '');
      })
      .join('\n') + '\n'
  );
}
