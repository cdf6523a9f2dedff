// The one CSV writer (RFC 4180): --csv output and the files a command writes (import rejects).
// Amounts use the ASCII minus so a spreadsheet reads them as numbers; a text cell that a spreadsheet
// would run as a formula (=, +, -, @, tab, CR at its start) is prefixed with ' so it stays text.
export type CsvCell = string | number | null | undefined;

export interface CsvOptions {
  /** UTF-8 byte-order mark first, so Excel opens the file as UTF-8 (files, not stdout). */
  bom?: boolean;
  /** Line end: '\n' for stdout, '\r\n' for files meant for Excel. */
  eol?: string;
}

/** A number or a phone number (-1234.50, +65 5550 0199): nothing to run, kept as it is. */
const NUMBER = /^[+-]?[\d\s().\-/]+$/;
const FORMULA = /^[=+\-@\t\r]/;

function cell(v: CsvCell): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (typeof v === 'string' && FORMULA.test(s) && !NUMBER.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function renderCsv(headers: string[], rows: CsvCell[][], opts: CsvOptions = {}): string {
  const eol = opts.eol ?? '\n';
  return (opts.bom ? '\ufeff' : '') + [headers, ...rows].map((r) => r.map(cell).join(',')).join(eol) + eol;
}
