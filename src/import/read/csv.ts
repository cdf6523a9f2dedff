// A streaming CSV tokenizer that knows physical line numbers. Lines without a quote character are
// split directly (the fast path: most lines of an export); lines with quotes run a small RFC 4180
// state machine that may continue over several physical lines (quoted newlines). Stray quotes
// inside unquoted fields are kept as text, as Excel does.

export interface CsvRecord {
  /** Physical 1-based line where the record starts. */
  line: number;
  fields: string[];
  /** A quoted field opened on this line never closes: the record is this line alone (the lines after it are read again). */
  unterminated?: boolean;
}

interface Pending {
  fields: string[];
  field: string;
  line: number;
}

export class CsvTokenizer {
  /** Physical lines consumed so far. */
  lines = 0;
  private partial = '';
  private pending: Pending | null = null;
  /**
   * The physical lines of the pending record, so that a quote that never closes can be undone: its
   * record is cut to its first line and the lines after it are read again. Only this record's
   * lines are kept (a quoted newline spans a few; a stray quote, the rest of the file).
   */
  private pendingRaw: string[] = [];
  private newline: '\n' | '\r' | undefined;

  constructor(readonly delimiter: string) {
    if (delimiter.length !== 1) throw new RangeError('CSV delimiter must be one character');
  }

  /** Feed decoded text; complete records are appended to out. */
  push(text: string, out: CsvRecord[]): void {
    if (text === '') return;
    if (this.newline === undefined) {
      const lf = text.indexOf('\n');
      const cr = text.indexOf('\r');
      if (lf >= 0) this.newline = '\n';
      else if (cr >= 0 && cr < text.length - 1) this.newline = '\r';
      else {
        this.partial += text;
        return;
      }
    }
    const data = this.partial + text;
    const parts = data.split(this.newline);
    this.partial = parts.pop() as string;
    const crlf = this.newline === '\n';
    for (let k = 0; k < parts.length; k++) {
      let s = parts[k];
      if (crlf && s.length > 0 && s.charCodeAt(s.length - 1) === 13) s = s.slice(0, -1);
      this.line(s, out);
    }
  }

  end(out: CsvRecord[]): void {
    if (this.partial !== '' || this.pending) {
      let s = this.partial;
      this.partial = '';
      if (s.endsWith('\r')) s = s.slice(0, -1);
      // The empty text after a final newline is no line (inside a quote that never closes it would
      // only have added a newline to a record that is read again anyway).
      if (s !== '') this.line(s, out);
    }
    while (this.pending) this.reread(out);
  }

  /**
   * The file ended inside a quoted field (or the quote that closed it opened another field): the
   * record it started is its first line alone, marked unterminated (the import rejects it), and the
   * lines after it are tokenized again from scratch, with their own line numbers. Another quote that
   * never closes among them is undone the same way.
   */
  private reread(out: CsvRecord[]): void {
    const raw = this.pendingRaw;
    const start = (this.pending as Pending).line;
    this.pending = null;
    this.pendingRaw = [];
    this.lines = start - 1;
    // The first line again, alone: the fields before the open quote and the open field's text.
    const first: CsvRecord[] = [];
    this.line(raw[0] ?? '', first);
    const p = this.pending as Pending | null;
    this.pending = null;
    this.pendingRaw = [];
    out.push({ line: start, fields: p ? [...p.fields, p.field] : (first[0]?.fields ?? []), unterminated: true });
    for (let k = 1; k < raw.length; k++) this.line(raw[k], out);
  }

  private line(s: string, out: CsvRecord[]): void {
    const lineNo = ++this.lines;
    const d = this.delimiter;
    if (this.pending === null) {
      if (s.indexOf('"') < 0) {
        out.push({ line: lineNo, fields: s.split(d) });
        return;
      }
      this.parse(s, [], '', false, lineNo, out);
      if (this.pending) this.pendingRaw = [s];
    } else {
      const p = this.pending;
      this.pending = null;
      this.pendingRaw.push(s);
      this.parse(s, p.fields, p.field + '\n', true, p.line, out);
      if (!this.pending) this.pendingRaw = [];
    }
  }

  private parse(s: string, fields: string[], field: string, inQuotes: boolean, start: number, out: CsvRecord[]): void {
    const d = this.delimiter;
    const n = s.length;
    let i = 0;
    for (;;) {
      if (!inQuotes) {
        // At the start of a field.
        let j = i;
        while (j < n && s.charCodeAt(j) === 32) j++;
        if (j < n && s.charCodeAt(j) === 34) {
          inQuotes = true;
          field = '';
          i = j + 1;
        } else {
          const e = s.indexOf(d, i);
          if (e < 0) {
            fields.push(s.slice(i));
            out.push({ line: start, fields });
            return;
          }
          fields.push(s.slice(i, e));
          i = e + 1;
          continue;
        }
      }
      // Inside quotes.
      const q = s.indexOf('"', i);
      if (q < 0) {
        this.pending = { fields, field: field + s.slice(i), line: start };
        return;
      }
      field += s.slice(i, q);
      if (s.charCodeAt(q + 1) === 34) {
        field += '"';
        i = q + 2;
        continue;
      }
      inQuotes = false;
      i = q + 1;
      if (i < n && s[i] !== d) {
        if (start !== this.lines) {
          // A quote that "closes" lines later with text right after it is the opening quote of
          // another field: the first one never closed. Undo the record as at the end of the file.
          this.pending = { fields, field, line: start };
          this.reread(out);
          return;
        }
        // Text after the closing quote: keep it (relaxed, like Excel).
        const e = s.indexOf(d, i);
        field += e < 0 ? s.slice(i) : s.slice(i, e);
        i = e < 0 ? n : e;
      }
      fields.push(field);
      field = '';
      if (i >= n) {
        out.push({ line: start, fields });
        return;
      }
      i += 1; // the delimiter
      if (i === n) {
        fields.push('');
        out.push({ line: start, fields });
        return;
      }
    }
  }
}

/** Count delimiter characters outside quoted sections of one line. */
function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') q = !q;
    else if (!q && c === ch) n++;
  }
  return n;
}

export const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The delimiter whose count per line is most consistent across the sample (title and footer lines
 * disagree; the table's lines agree), preferring more columns on a tie.
 */
export function detectDelimiter(lines: string[]): string {
  const sample = lines.filter((l) => l.trim() !== '').slice(0, 200);
  if (sample.length === 0) return ',';
  const scored: { d: string; score: number; mode: number }[] = [];
  for (const d of DELIMITERS) {
    const counts = sample.map((l) => countOutsideQuotes(l, d));
    const freq = new Map<number, number>();
    for (const c of counts) if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1);
    let mode = 0;
    let modeN = 0;
    for (const [c, k] of freq) if (k > modeN || (k === modeN && c > mode)) [mode, modeN] = [c, k];
    if (mode === 0) continue;
    scored.push({ d, score: modeN / sample.length, mode });
  }
  if (scored.length === 0) return ',';
  const top = Math.max(...scored.map((s) => s.score));
  // Among the (nearly) most consistent, the one that makes the most columns: a decimal comma
  // is as regular as the semicolons around it, but there are fewer of them.
  let best = scored[0];
  for (const s of scored) {
    if (s.score < top - 0.15) continue;
    if (best.score < top - 0.15 || s.mode > best.mode) best = s;
  }
  return best.d;
}

/** An Excel `sep=;` first line names the delimiter. */
export function sepLine(line: string): string | undefined {
  const m = /^"?sep=(.)"?\s*$/i.exec(line);
  return m ? m[1] : undefined;
}
