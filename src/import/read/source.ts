// Opening a file as rows: CSV/TSV/TXT streamed through the decoder and tokenizer, XLSX read with
// the spreadsheet library (loaded only here, only then). Each row carries its physical line (CSV)
// or sheet row number (XLSX).
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { DataError, UsageError } from '../../errors.js';
import { CsvTokenizer, detectDelimiter, sepLine, type CsvRecord } from './csv.js';
import { detectFileEncoding, encodingLabel, makeDecoder, parseEncodingOption, type Detected } from './decode.js';
import { msg, render, t } from '../../i18n/index.js';
import { inBoth } from '../text.js';
import type { Cell, EncodingName, SourceRow } from '../types.js';

export interface OpenedSource {
  type: 'csv' | 'xlsx';
  /** Shown in the summary: UTF-8, GB18030, … or "xlsx". */
  encoding: string;
  /** The decoder's encoding (CSV only). */
  encodingName?: EncodingName;
  delimiter?: string;
  sheet?: string;
  date1904: boolean;
  size: number;
  /** Rows in batches; `onBytes` is told the bytes read so far (for a progress bar). */
  batches(onBytes?: (n: number) => void): AsyncGenerator<SourceRow[]>;
  /** SHA-256 of the file's bytes; complete once batches() has run to the end. */
  sha256(): string | undefined;
  /** Something the user should know about how the file was read (a message key). */
  notice?: 'wTextSpreadsheet';
}

export interface SourceOptions {
  encoding?: string;
  delimiter?: string;
  sheet?: string;
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function head(file: string, n: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const b = Buffer.alloc(n);
    const r = fs.readSync(fd, b, 0, n, 0);
    return b.subarray(0, r);
  } finally {
    fs.closeSync(fd);
  }
}

/** Control bytes that never occur in a text export (NUL, and C0 codes other than tab, newlines, form feed, Ctrl-Z, Esc). */
function hasControlBytes(b: Buffer): boolean {
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1a && c !== 0x1b) return true;
  }
  return false;
}

export async function openSource(file: string, display: string, o: SourceOptions): Promise<OpenedSource> {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = (L: 'en' | 'zh') => (code === 'ENOENT' ? t(L, 'import.noSuchFile') : (e as Error).message);
    throw new DataError(
      inBoth((L) => t(L, 'import.cannotRead', { file: display, why: why(L) })),
      msg('import.cannotReadHint'),
    );
  }
  if (st.isDirectory()) {
    throw new DataError(
      inBoth((L) => t(L, 'import.cannotRead', { file: display, why: render(L, msg('import.isFolder')) })),
      msg('import.cannotReadHint'),
    );
  }
  const h = head(file, 512);
  if (h.subarray(0, 4).equals(ZIP)) return openXlsx(file, display, st.size, o);
  if (h.subarray(0, 8).equals(OLE)) throw new DataError(msg('import.legacyXls', { file: display }), msg('import.legacyXlsHint'));
  const start = h.toString('latin1').trimStart().slice(0, 20).toLowerCase();
  if (start.startsWith('<html') || start.startsWith('<!doctype html') || start.startsWith('<table')) {
    throw new DataError(msg('import.htmlFile', { file: display }), msg('import.legacyXlsHint'));
  }
  const spreadsheetName = /\.(xlsx|xlsm|xltx)$/i.test(path.basename(file));
  if (st.size > 0 && hasControlBytes(h) && !/^(utf16|utf-16)/i.test(o.encoding ?? '')) {
    // Control bytes without a UTF-16 shape: not a text export.
    const det = await detectFileEncoding(file);
    if (det.encoding !== 'utf16le' && det.encoding !== 'utf16be') {
      if (spreadsheetName) throw new DataError(msg('import.notXlsx', { file: display }), msg('import.notXlsxHint'));
      throw new DataError(msg('import.binaryFile', { file: display }), msg('import.cannotReadHint'));
    }
  }
  const src = await openCsv(file, display, st.size, o);
  // A CSV saved under a spreadsheet's name (some systems do): read as the text it is, and say so.
  if (spreadsheetName) src.notice = 'wTextSpreadsheet';
  return src;
}

/** The file's encoding: --encoding (its BOM still skipped), else detected. */
async function csvEncoding(file: string, o: SourceOptions): Promise<Detected> {
  const forced = parseEncodingOption(o.encoding);
  if (forced === 'auto') return detectFileEncoding(file);
  const b = head(file, 4);
  const bom =
    forced === 'utf8' && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf
      ? 3
      : forced === 'utf16le' && b[0] === 0xff && b[1] === 0xfe
        ? 2
        : forced === 'utf16be' && b[0] === 0xfe && b[1] === 0xff
          ? 2
          : 0;
  return { encoding: forced, bom, how: 'flag' };
}

/** The delimiter (--delimiter, a `sep=` first line, else guessed from a sample) and the `sep=` line's. */
async function csvDelimiter(file: string, display: string, det: Detected, o: SourceOptions): Promise<{ delimiter: string; sep?: string }> {
  const sampleBytes = head(file, 256 * 1024).subarray(det.bom);
  const dec = await makeDecoder(det.encoding);
  let sampleText: string;
  try {
    sampleText = dec.write(sampleBytes);
  } catch {
    throw new DataError(msg('import.badBytes', { file: display, enc: encodingLabel(det.encoding), line: 1 }), msg('import.badBytesHint'));
  }
  const lines = sampleText.split(/\r\n|\n|\r/);
  if (sampleBytes.length === 256 * 1024) lines.pop();
  const sep = lines.length ? sepLine(lines[0]) : undefined;
  const delimiter = o.delimiter ? unescapeDelimiter(o.delimiter) : (sep ?? detectDelimiter(sep ? lines.slice(1) : lines));
  return { delimiter: delimiter.length === 1 ? delimiter : ',', sep };
}

async function openCsv(file: string, display: string, size: number, o: SourceOptions): Promise<OpenedSource> {
  const det = await csvEncoding(file, o);
  const encoding: EncodingName = det.encoding;
  const { delimiter, sep } = await csvDelimiter(file, display, det, o);
  let hash: string | undefined;

  async function* batches(onBytes?: (n: number) => void): AsyncGenerator<SourceRow[]> {
    const h = createHash('sha256');
    const decoder = await makeDecoder(encoding);
    const tok = new CsvTokenizer(delimiter);
    // Small chunks: fewer rows alive at once, so fewer survive into V8's old space (flat memory).
    const stream = fs.createReadStream(file, { highWaterMark: 1 << 16 });
    let read = 0;
    let skip = det.bom;
    let first = true;
    const out: CsvRecord[] = [];
    const emit = (): SourceRow[] => {
      const rows: SourceRow[] = new Array(out.length);
      let n = 0;
      for (let i = 0; i < out.length; i++) {
        const r = out[i];
        if (first) {
          first = false;
          if (r.line === 1 && sep !== undefined && r.fields.length <= 2 && sepLine(r.fields.join(delimiter)) !== undefined) continue;
        }
        rows[n++] = r.unterminated ? { line: r.line, cells: r.fields, unterminated: true } : { line: r.line, cells: r.fields };
      }
      rows.length = n;
      out.length = 0;
      return rows;
    };
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        h.update(chunk);
        read += chunk.length;
        let buf = chunk;
        if (skip > 0) {
          const s = Math.min(skip, buf.length);
          buf = buf.subarray(s);
          skip -= s;
        }
        let text: string;
        try {
          text = decoder.write(buf);
        } catch {
          throw new DataError(msg('import.badBytes', { file: display, enc: encodingLabel(encoding), line: tok.lines + 1 }), msg('import.badBytesHint'));
        }
        tok.push(text, out);
        onBytes?.(read);
        if (out.length) yield emit();
      }
      let tail: string;
      try {
        tail = decoder.end();
      } catch {
        throw new DataError(msg('import.badBytes', { file: display, enc: encodingLabel(encoding), line: tok.lines + 1 }), msg('import.badBytesHint'));
      }
      tok.push(tail, out);
      tok.end(out);
      if (out.length) yield emit();
      hash = h.digest('hex');
    } finally {
      stream.destroy();
    }
  }

  return {
    type: 'csv',
    encoding: encodingLabel(encoding),
    encodingName: encoding,
    delimiter,
    date1904: false,
    size,
    batches,
    sha256: () => hash,
  };
}

function unescapeDelimiter(d: string): string {
  const map: Record<string, string> = { '\\t': '\t', tab: '\t', TAB: '\t', comma: ',', semicolon: ';', pipe: '|', ',': ',', ';': ';', '|': '|' };
  return map[d] ?? d;
}

// ---------------------------------------------------------------------------- XLSX

interface ExcelCellValue {
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
  richText?: { text: string }[];
  text?: unknown;
  hyperlink?: string;
  error?: string;
}

function xlsxCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  const o = v as ExcelCellValue;
  if ('formula' in o || 'sharedFormula' in o) return o.result === undefined ? null : xlsxCell(o.result);
  if (Array.isArray(o.richText)) return o.richText.map((t) => t.text).join('');
  if ('hyperlink' in o && o.text !== undefined) return xlsxCell(o.text);
  if ('error' in o) return String(o.error);
  if ('text' in o) return xlsxCell(o.text);
  return String(v);
}

async function openXlsx(file: string, display: string, size: number, o: SourceOptions): Promise<OpenedSource> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw new DataError(msg('import.badXlsx', { file: display, why: (e as Error).message }), msg('import.legacyXlsHint'));
  }
  const sheets = wb.worksheets;
  let ws = o.sheet ? (sheets.find((s) => s.name === o.sheet) ?? sheets.find((s) => s.name.trim().toLowerCase() === o.sheet!.trim().toLowerCase())) : undefined;
  if (o.sheet && !ws) {
    throw new UsageError(msg('import.noSheet', { file: display, sheet: o.sheet, sheets: sheets.map((s) => s.name).join(', ') }), msg('import.noSheetHint'));
  }
  if (!ws) {
    // The first sheet that holds a table (at least two rows with two or more cells).
    ws = sheets.find((s) => {
      let n = 0;
      s.eachRow((row) => {
        if ((row.actualCellCount ?? 0) >= 2) n++;
      });
      return n >= 2;
    });
  }
  if (!ws) throw new DataError(msg('import.emptyWorkbook', { file: display }), msg('import.cannotReadHint'));
  const date1904 = !!(wb.properties as { date1904?: boolean } | undefined)?.date1904;
  const rows: SourceRow[] = [];
  const last = ws.rowCount;
  for (let r = 1; r <= last; r++) {
    const row = ws.getRow(r);
    const values = row.values as unknown[];
    const cells: Cell[] = [];
    for (let c = 1; c < values.length; c++) cells.push(xlsxCell(values[c]));
    rows.push({ line: r, cells });
  }
  const hash = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  const sheetName = ws.name;
  return {
    type: 'xlsx',
    encoding: 'xlsx',
    sheet: sheetName,
    date1904,
    size,
    async *batches(onBytes) {
      for (let i = 0; i < rows.length; i += 5000) {
        onBytes?.(Math.round((size * Math.min(rows.length, i + 5000)) / Math.max(rows.length, 1)));
        yield rows.slice(i, i + 5000);
      }
    },
    sha256: () => hash,
  };
}
