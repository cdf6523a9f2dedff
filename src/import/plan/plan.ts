// Planning one file before anything is written: open it, find the header, pick the profile and
// the kind, map the columns, decide the date order. Questions (on a TTY) are asked here, so the
// import transaction never waits on a person.
import path from 'node:path';
import { minorDigits } from '../../core/money.js';
import { formatDate } from '../../view/dates.js';
import { UsageError, DataError } from '../../errors.js';
import { detectDateOrder, parseDateText, type DateOrder, type DateOrderGuess } from './dates.js';
import { displayHeader, resolveColumn, type ColumnSpec } from './headers.js';
import { fieldForHeader, fieldFromName, findHeaderRow, matchHeaders } from './match.js';
import { kindFields, kindSpec } from '../kinds/index.js';
import { columnsOf } from '../kinds/kind.js';
import { isReferenceHeader } from '../kinds/invoices.js';
import { classifyRow, asOfText, headerTexts, isBucketLabel, texts } from './locate.js';
import { msg, render, t, type Lang } from '../../i18n/index.js';
import { fieldLabel, inBoth, kindLabel } from '../text.js';
import { detectProfile, findProfile, holdsAll, mappedHeaders, profileFingerprints, userProfiles, type Profile } from './profiles.js';
import { openSource, type OpenedSource } from '../read/source.js';
import { isBlank, parseAmount } from './values.js';
import { decideUnits } from './units.js';
import { IMPORT_KINDS, type ColumnMap, type CurrencySource, type Field, type ImportKind, type ImportOptions, type SourceRow } from '../types.js';
import type { ImportEnv } from '../types.js';

export type { FilePlan } from './file-plan.js';
import type { FilePlan } from './file-plan.js';

const SNIFF_ROWS = 2000;

export function parseDateFormat(v: string | undefined): DateOrder | undefined {
  if (v === undefined || v === '') return undefined;
  const s = v.trim().toLowerCase();
  if (s === 'ymd' || s === 'mdy' || s === 'dmy') return s;
  if (s === 'iso') return 'ymd';
  const y = s.search(/y/);
  const m = s.search(/m/);
  const d = s.search(/d/);
  if (y >= 0 && m >= 0 && d >= 0) {
    if (y < m && m < d) return 'ymd';
    if (m < d && d < y) return 'mdy';
    if (d < m && m < y) return 'dmy';
  }
  throw new UsageError(msg('import.badDateFormat', { v }));
}

export function missingFields(kind: ImportKind, map: ColumnMap, groupCustomers: boolean): Field[][] {
  return kindSpec(kind).required.filter((alts) => {
    if (alts.some((f) => map[f] !== undefined)) return false;
    if (kind === 'invoices' && alts.includes('customerCode') && groupCustomers) return false;
    return true;
  });
}

function kindFromName(file: string): ImportKind | undefined {
  const b = path.basename(file).toLowerCase();
  if (/contact|联系人/.test(b)) return 'contacts';
  if (/payment|receipt|remittance|^pay|收款|回款|到账/.test(b)) return 'payments';
  if (/invoice|aging|ageing|open.?items|receivable|发票|应收|账龄|fbl5n/.test(b)) return 'invoices';
  if (/customer|client|客户/.test(b)) return 'customers';
  return undefined;
}

function guessKind(file: string, headers: string[], only?: ImportKind[]): ImportKind | undefined {
  const maps = Object.fromEntries(IMPORT_KINDS.map((k) => [k, matchHeaders(k, headers, []).map])) as Record<ImportKind, ColumnMap>;
  // A Reference column says nothing about the kind: payments files have one too.
  if (maps.invoices.po !== undefined && isReferenceHeader(headers[maps.invoices.po] ?? '')) {
    maps.invoices = { ...maps.invoices };
    delete maps.invoices.po;
  }
  // A document number beside an amount or a due date is a receivable list, whatever else the
  // columns could be ("Type" and "Account" also name customer fields): never customers or contacts.
  const inv = maps.invoices;
  const invoiceish =
    inv.number !== undefined &&
    (inv.total !== undefined || inv.open !== undefined || inv.paid !== undefined || inv.lineAmount !== undefined || inv.dueDate !== undefined);
  const kinds = IMPORT_KINDS.filter((k) => (!only || only.length === 0 || only.includes(k)) && !(invoiceish && (k === 'customers' || k === 'contacts')));
  if (kinds.length === 0) return undefined;
  const scored = kinds
    .map((k) => {
      const m = maps[k];
      const n = Object.keys(m).length;
      const complete = missingFields(k, m, false).length === 0;
      // Receivable lists are the usual import; a payments file says so in its headers.
      const paymentWords = k === 'payments' && headers.some((h) => /payment|receipt|remittance|收款|回款|到账/i.test(h ?? '')) ? 2 : 0;
      // Fields only one kind has weigh a little more.
      const distinctive: Partial<Record<ImportKind, Field[]>> = {
        invoices: ['dueDate', 'open', 'paid', 'kind', 'po', 'terms', 'salesperson', 'status', 'lineAmount'],
        payments: ['reference', 'method'],
      };
      const extra = (distinctive[k] ?? []).filter((f) => m[f] !== undefined).length * 0.5;
      return { k, score: n + extra + (complete ? 10 : 0) + (kindFromName(file) === k ? 1.5 : 0) + (k === 'invoices' ? 0.6 : 0) + paymentWords };
    })
    .sort((a, b) => b.score - a.score);
  if (scored.length === 1 && only?.length === 1) return scored[0].k;
  if (scored[0].score < 2) return undefined;
  if (scored[1] && scored[0].score - scored[1].score < 0.5) return undefined;
  return scored[0].k;
}

/** The field names of --map specs. */
function mapFieldNames(specs: string[] | undefined): string[] {
  return (specs ?? []).map((s) => s.slice(0, Math.max(s.indexOf('='), 0)).trim()).filter(Boolean);
}

/** The header names of --map specs (what locates the header row), without `#N` column numbers. */
function mapHeaderNames(specs: string[] | undefined): string[] {
  const out: string[] = [];
  for (const s of specs ?? []) {
    const eq = s.indexOf('=');
    if (eq <= 0) continue;
    const h = s
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .replace(/\s*#\d+$/, '');
    if (h && !out.includes(h)) out.push(h);
  }
  return out;
}

/** The kinds whose fields every --map names (a --map of invoice fields says the file holds invoices). */
function kindsForMap(specs: string[] | undefined): ImportKind[] {
  const names = mapFieldNames(specs);
  if (names.length === 0) return [];
  return IMPORT_KINDS.filter((k) => names.every((n) => fieldFromName(k, n) !== undefined));
}

/** `field=Header` specs from --map, resolved against the kind. */
export function parseMapSpecs(kind: ImportKind, specs: string[] | undefined): ColumnSpec[] {
  const out: ColumnSpec[] = [];
  for (const spec of specs ?? []) {
    const eq = spec.indexOf('=');
    if (eq <= 0) throw new UsageError(msg('import.badMap', { spec }), msg('import.badMapHint'));
    const name = spec.slice(0, eq).trim();
    const field = fieldFromName(kind, name);
    if (!field) {
      throw new UsageError(
        inBoth((L) => t(L, 'import.unknownField', { spec, field: name, kind: kindLabel(L, kind), fields: kindFields(kind).join(', ') })),
        msg('import.badMapHint'),
      );
    }
    out.push({
      field,
      spec: spec
        .slice(eq + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1'),
      from: 'flag',
    });
  }
  return out;
}

export function profileSpecs(kind: ImportKind, p: Profile): ColumnSpec[] {
  if (p.kind && p.kind !== kind) return [];
  const out: ColumnSpec[] = [];
  for (const [name, spec] of Object.entries(p.map ?? {})) {
    const field = fieldFromName(kind, name);
    if (field) out.push({ field, spec, from: 'profile' });
  }
  return out;
}

async function sniff(source: OpenedSource): Promise<{ rows: SourceRow[]; complete: boolean }> {
  const rows: SourceRow[] = [];
  let complete = true;
  for await (const batch of source.batches()) {
    for (const r of batch) {
      rows.push(r);
      if (rows.length >= SNIFF_ROWS) break;
    }
    if (rows.length >= SNIFF_ROWS) {
      complete = false;
      break;
    }
  }
  return { rows, complete };
}

function dateColumns(kind: ImportKind, map: ColumnMap): number[] {
  return columnsOf(map, kindSpec(kind).dateFields);
}

/** The columns that tell a data row from a group or total row. */
export function keyAndAmountCols(kind: ImportKind, map: ColumnMap): { keys: number[]; amounts: number[] } {
  const spec = kindSpec(kind);
  return { keys: columnsOf(map, spec.keyFields), amounts: columnsOf(map, spec.amountFields) };
}

/** Text date samples from data rows (spreadsheet dates and numbers need no order). */
function dateSamples(rows: SourceRow[], cols: number[], keys: number[], amounts: number[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    if (classifyRow(r.cells, keys, amounts).kind !== 'data') continue;
    for (const c of cols) {
      const v = r.cells[c];
      if (typeof v === 'string' && v.trim() !== '') out.push(v);
    }
  }
  return out;
}

export interface PlanDeps {
  mapper?: (ctx: ImportEnv, plan: PartialPlan, rows: SourceRow[]) => Promise<PartialPlan>;
  /** The ledger's default currency. */
  defaultCurrency?: string;
}

export type PartialPlan = Omit<FilePlan, 'dateOrder'> & { dateOrder?: DateOrder };

const HEADER_SCAN = 60;

/** Whether a row could be a header row: text only. */
function textRow(r: SourceRow): boolean {
  return !r.cells.some((c) => typeof c === 'number' || c instanceof Date);
}

/** The row (among the first) that holds the most of these headers; needs `need` of them. */
function rowHolding(rows: SourceRow[], headers: string[], need: number): number | undefined {
  let best: number | undefined;
  let bestN = 0;
  for (let i = 0; i < Math.min(rows.length, HEADER_SCAN); i++) {
    if (!textRow(rows[i])) continue;
    const cells = texts(rows[i].cells);
    const n = headers.filter((h) => resolveColumn(cells, h) !== undefined).length;
    if (n > bestN) {
      best = i;
      bestN = n;
    }
  }
  return bestN >= need ? best : undefined;
}

/**
 * The header row: the one the --map headers name, else the one a named profile's headers (or a
 * user profile's fingerprint) are in, else the one with the most headers the dictionary knows.
 */
function locateHeader(rows: SourceRow[], o: { kind?: ImportKind; mapHeaders: string[]; named?: Profile; users: Profile[] }): number | undefined {
  if (o.mapHeaders.length) {
    const i = rowHolding(rows, o.mapHeaders, Math.min(2, o.mapHeaders.length));
    if (i !== undefined) return i;
  }
  if (o.named && !o.named.builtin) {
    for (const fp of profileFingerprints(o.named)) {
      const i = rowHolding(rows, fp, fp.length);
      if (i !== undefined) return i;
    }
    const mapped = mappedHeaders(o.named);
    const i = rowHolding(rows, mapped, Math.min(2, mapped.length || 1));
    if (i !== undefined) return i;
  }
  const dict = findHeaderRow(rows, o.kind, HEADER_SCAN);
  // A user profile's own headers (its layout need not use words the dictionary knows).
  for (let i = 0; i < Math.min(rows.length, HEADER_SCAN); i++) {
    if (dict && i >= dict.index) break;
    if (!textRow(rows[i])) continue;
    const cells = texts(rows[i].cells).filter(Boolean);
    if (cells.length < 2) continue;
    for (const p of o.users) if (profileFingerprints(p).some((fp) => holdsAll(cells, fp))) return i;
  }
  if (dict) return dict.index;
  if (o.named?.builtin) {
    const mapped = mappedHeaders(o.named);
    return rowHolding(rows, mapped, Math.min(2, mapped.length || 1));
  }
  return undefined;
}

/** The first row that reads like column names (two or more text cells, no numbers or dates). */
function likelyHeaderRow(rows: SourceRow[]): number {
  for (let i = 0; i < Math.min(rows.length, HEADER_SCAN); i++) {
    const t = texts(rows[i].cells).filter(Boolean);
    if (t.length >= 2 && textRow(rows[i]) && t.every((x) => !/^[-+(]?[\d.,'\s/:-]+\)?$/.test(x))) return i;
  }
  return 0;
}

/** The required fields missing from a map, each group with an example --map (a column not yet used). */
function mapExample(missing: Field[][], headers: string[], map: ColumnMap, rows: SourceRow[]): string {
  const used = { ...map };
  const parts: string[] = [];
  for (const alts of missing) {
    let field = alts[0];
    let col: string | undefined;
    // The customer: a name reads better than a code.
    const order = alts.includes('customerName') ? (['customerName', ...alts.filter((f) => f !== 'customerName')] as Field[]) : alts;
    // A column whose name says so first (for any of the alternatives), then one whose values fit.
    for (const strict of [true, false]) {
      for (const f of order) {
        const c = suggestColumn(f, headers, used, rows, strict);
        if (c !== undefined) {
          field = f;
          col = c;
          break;
        }
      }
      if (col !== undefined) break;
    }
    if (col !== undefined) used[field] = headers.findIndex((h) => displayHeader(h) === col);
    parts.push(`--map ${field}="${col ?? 'Header'}"`);
  }
  return parts.join(' ');
}

function fieldList(missing: Field[][], L: Lang): string {
  return missing.map((alts) => alts.map((f) => fieldLabel(L, f)).join(t(L, 'import.or'))).join(t(L, 'import.sep'));
}

// ---------------------------------------------------------------------------- amounts

type MarkEvidence = { comma?: string; dot?: string; unclear?: string };

/** What one amount cell says about the decimal mark. */
function markEvidence(text: string, e: MarkEvidence): void {
  const s = text.replace(/[^0-9.,]/g, '');
  if (s === '' || !/\d/.test(s)) return;
  const dot = s.lastIndexOf('.');
  const comma = s.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) {
    if (comma > dot) e.comma ??= text.trim();
    else e.dot ??= text.trim();
    return;
  }
  if (dot < 0 && comma < 0) return;
  const ch = dot >= 0 ? '.' : ',';
  const parts = s.split(ch);
  const head = parts[0];
  const tail = parts[parts.length - 1];
  // Several of one mark: thousands separators, so the other one is the decimal mark.
  if (parts.length > 2) {
    if (ch === '.') e.comma ??= text.trim();
    else e.dot ??= text.trim();
    return;
  }
  // One mark before exactly three digits with a 1–3 digit head ("1.500", "2,345"): could be either.
  if (tail.length === 3 && /^[1-9]\d{0,2}$/.test(head)) {
    if (ch === '.') e.unclear ??= text.trim();
    return;
  }
  if (ch === ',') e.comma ??= text.trim();
  else e.dot ??= text.trim();
}

/** Decide the decimal mark of a whole file from its amount cells (like the date order). */
function detectDecimalMark(rows: SourceRow[], cols: number[]): MarkEvidence {
  const e: MarkEvidence = {};
  for (const r of rows) {
    for (const c of cols) {
      const v = r.cells[c];
      if (typeof v === 'string' && v !== '') markEvidence(v, e);
    }
    if (e.comma && e.dot) break;
  }
  return e;
}

/** The currency mark of an amount cell: "€1.234,00" → €, "1,234.50元" → 元, "USD 10" → USD. */
function symbolOf(v: string): string {
  return v.replace(/[\d.,'’\s()+\-−]/g, '') || v.trim();
}

const DOLLAR_CURRENCIES = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'TWD', 'MXN']);

/** The one currency the amounts' symbols name (€, £, ¥, 元, US$, codes), and whether a bare $ appears. */
function symbolCurrency(rows: SourceRow[], cols: number[], def: string, mark: '.' | ',' | 'auto'): { currency?: string; symbol?: string; dollar: boolean } {
  const found = new Map<string, string>();
  let dollar = false;
  for (const r of rows) {
    for (const c of cols) {
      const v = r.cells[c];
      if (typeof v !== 'string' || v === '' || /^[-\d.,\s()]+$/.test(v)) continue;
      const a = parseAmount(v, def, mark);
      if (a.ok && a.value.currency) {
        if (!found.has(a.value.currency)) found.set(a.value.currency, symbolOf(v));
      } else if (/[¥￥]/.test(v)) {
        const cur = def === 'JPY' ? 'JPY' : 'CNY';
        if (!found.has(cur)) found.set(cur, symbolOf(v));
      } else if (v.includes('$')) dollar = true;
    }
  }
  if (found.size === 1) {
    const [[currency, symbol]] = [...found];
    if (!dollar || DOLLAR_CURRENCIES.has(currency)) return { currency, symbol, dollar: false };
  }
  return { dollar: dollar && found.size === 0 };
}

const MONEY_TEXT = /^[-(]?\s*(?:[A-Z]{3}|[$€£¥￥])?\s*[-(]?\d[\d.,'\s]*[.,]\d{1,4}\)?-?(?:\s*(?:[A-Z]{3}|元))?$/;

const NOT_OPEN = /tax|vat|gst|qty|quantity|price|rate|discount|unit|税|数量|单价|汇率|折扣|价格/i;
const DATE_TEXT = /^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?:\s.*)?$/;

/** Unmapped columns whose data rows hold money / dates. */
function unmappedColumns(headers: string[], map: ColumnMap, rows: SourceRow[], test: (c: SourceRow['cells'][number]) => boolean): number[] {
  const used = new Set(Object.values(map) as number[]);
  const out: number[] = [];
  headers.forEach((h, i) => {
    if (!h || used.has(i)) return;
    const sample = rows
      .slice(0, 200)
      .map((r) => r.cells[i] ?? null)
      .filter((c) => !isBlank(c));
    if (sample.length > 0 && sample.filter(test).length >= Math.ceil(sample.length * 0.8)) out.push(i);
  });
  return out;
}

/** Where the header row is: --header-row or the profile's, else found, else asked, else an error that says what to map. */
async function findHeaderIndex(
  ctx: ImportEnv,
  rows: SourceRow[],
  display: string,
  opts: ImportOptions,
  named: Profile | undefined,
  deps: PlanDeps,
): Promise<number> {
  const L = ctx.lang;
  const requestedKind = opts.kind && opts.kind !== 'auto' ? opts.kind : named?.kind;
  const headerRow = opts.headerRow ?? named?.headerRow;
  if (headerRow !== undefined) {
    const idx = rows.findIndex((r) => r.line === headerRow);
    if (idx < 0) throw new UsageError(msg('import.noHeaderRow', { file: display, row: headerRow }));
    return idx;
  }
  const found = locateHeader(rows, { kind: requestedKind, mapHeaders: mapHeaderNames(opts.map), named, users: userProfiles(ctx.env) });
  if (found !== undefined) return found;
  if (!ctx.interactive || !deps.mapper) throw noHeaderError(rows, display, requestedKind ?? kindsForMap(opts.map)[0] ?? 'invoices');
  const answer = await ctx.prompts.input({
    message: t(L, 'import.mapperHeader'),
    default: String(rows[likelyHeaderRow(rows)]?.line ?? 1),
    validate: (v) => (rows.some((r) => String(r.line) === v.trim()) ? true : t(L, 'import.noHeaderRow', { file: display, row: v })),
  });
  return rows.findIndex((r) => String(r.line) === answer.trim());
}

/** No header row: say what is missing, show the columns, and give a --map line that works as it stands. */
function noHeaderError(rows: SourceRow[], display: string, hintKind: ImportKind): UsageError {
  const guess = likelyHeaderRow(rows);
  const cols = texts(rows[guess].cells);
  const m = matchHeaders(hintKind, cols, []).map;
  const missing = kindSpec(hintKind).required.filter((alts) => alts.every((f) => m[f] === undefined));
  const example = mapExample(missing, cols, m, rows.slice(guess + 1));
  const others = IMPORT_KINDS.filter((k) => k !== hintKind).join('|');
  const columns = (L: Lang) => cols.filter(Boolean).map(displayHeader).join(t(L, 'import.sep'));
  return new UsageError(
    msg('import.noHeader', { file: display }),
    inBoth((L) =>
      t(L, 'import.noHeaderHint', { kind: kindLabel(L, hintKind), fields: fieldList(missing, L), example, row: rows[guess].line, columns: columns(L), others }),
    ),
  );
}

/** The kind: --kind, the profile's, the --map fields, the headers and file name, else asked. */
async function decideKind(
  ctx: ImportEnv,
  file: string,
  headers: string[],
  opts: ImportOptions,
  requested: ImportKind | undefined,
  deps: PlanDeps,
): Promise<{ kind: ImportKind; asked: boolean }> {
  let kind = requested;
  if (!kind) {
    const fromMap = kindsForMap(opts.map);
    kind = fromMap.length === 1 ? fromMap[0] : guessKind(file, headers, fromMap);
  }
  if (kind) return { kind, asked: false };
  if (!ctx.interactive || !deps.mapper) throw new UsageError(msg('import.kindUnclear', { file }), msg('import.kindUnclearHint'));
  kind = await ctx.prompts.select<ImportKind>({
    message: t(ctx.lang, 'import.mapperKind', { file }),
    choices: IMPORT_KINDS.map((k) => ({ name: kindLabel(ctx.lang, k), value: k })),
  });
  return { kind, asked: true };
}

/** Map the header row: profile and --map first, then the dictionary; a --map column that is not there stops. */
function mapColumns(L: Lang, display: string, kind: ImportKind, headers: string[], opts: ImportOptions, profile: Profile, warnings: string[]): ColumnMap {
  const match = matchHeaders(kind, headers, [...profileSpecs(kind, profile), ...parseMapSpecs(kind, opts.map)]);
  for (const miss of match.missing) {
    const eq = miss.spec;
    throw new UsageError(
      msg('import.mapNoColumn', { spec: `${miss.field}=${eq}`, file: display, header: eq, columns: headers.filter(Boolean).map(displayHeader).join(', ') }),
      msg('import.badMapHint'),
    );
  }
  const mapped = Object.values(match.map) as number[];
  for (const [h, cols] of match.duplicates) {
    if (mapped.includes(cols[0]) && cols.slice(1).some((i) => !mapped.includes(i)))
      warnings.push(t(L, 'import.duplicateHeader', { header: h, n: cols.length }));
  }
  return match.map;
}

/**
 * An aging summary (one line per customer: Current, 1 - 30 … Total, no document numbers) cannot be
 * aged, dunned or matched to payments: refused with the report to export instead.
 */
function refuseAgingSummary(rows: SourceRow[], display: string, opts: ImportOptions, named: Profile | undefined): void {
  const kind = opts.kind && opts.kind !== 'auto' ? opts.kind : named?.kind;
  if ((kind && kind !== 'invoices') || opts.headerRow !== undefined || opts.map?.some((m) => /^\s*number\s*=/i.test(m))) return;
  for (const r of rows.slice(0, 30)) {
    const cells = texts(r.cells);
    const line = r.line;
    if (cells.filter((c) => isBucketLabel(c)).length < 3) continue;
    if (cells.some((c) => c !== '' && fieldForHeader('invoices', c) === 'number')) return;
    throw new DataError(msg('import.agingSummary', { file: display, line }), msg('import.agingSummaryHint'));
  }
}

/**
 * An aged-receivables report (two or more aging columns) lists only what is open, so its total column
 * is the open balance: `合计` beside `1-30天 … 90天以上` is mapped as open when no amount column was.
 * Whether the file is one.
 */
function agingReportTotal(headers: string[], map: ColumnMap): boolean {
  if (headers.filter((h) => isBucketLabel(h)).length < 2) return false;
  if (map.open === undefined && map.total === undefined && map.lineAmount === undefined) {
    const used = new Set(Object.values(map));
    const i = headers.findIndex(
      (h, k) => !used.has(k) && /^(?:合\s*计|总\s*计|合计金额|余额合计|总额|total|total\s+due|balance)$/i.test(h.normalize('NFKC').trim()),
    );
    if (i >= 0) map.open = i;
  }
  return true;
}

/** Customers from group rows: no customer column, and group rows (a lone text cell) in the data. */
function hasGroupCustomers(kind: ImportKind, map: ColumnMap, dataRows: SourceRow[]): boolean {
  if (kind !== 'invoices' || map.customerCode !== undefined || map.customerName !== undefined) return false;
  const { keys, amounts } = keyAndAmountCols(kind, map);
  return dataRows.some((r) => {
    const c = classifyRow(r.cells, keys, amounts);
    return c.kind === 'group' && !c.bucket && !c.footer;
  });
}

/** Required fields the mapping lacks: asked on a terminal, else an error with a --map example. */
async function completeMapping(ctx: ImportEnv, plan: PartialPlan, dataRows: SourceRow[], deps: PlanDeps): Promise<PartialPlan> {
  const missing = missingFields(plan.kind, plan.map, plan.groupCustomers);
  if (missing.length === 0 && !plan.interactive) return plan;
  if (ctx.interactive && deps.mapper) {
    const next = await deps.mapper(ctx, plan, dataRows.slice(0, 200));
    next.interactive = true;
    return next;
  }
  const cols = plan.headers.filter(Boolean).map(displayHeader);
  const example = mapExample(missing, plan.headers, plan.map, dataRows);
  throw new UsageError(
    inBoth((L) => t(L, 'import.unmapped', { file: plan.display, fields: fieldList(missing, L) })),
    inBoth((L) => t(L, 'import.unmappedHint', { example, columns: cols.join(t(L, 'import.sep')) })),
  );
}

/** The decimal mark (flag, profile, else decided once for the whole file from its amounts) and the currency of rows that name none. */
function decideAmounts(L: Lang, plan: PartialPlan, dataRows: SourceRow[], opts: ImportOptions): void {
  const amountCols = keyAndAmountCols(plan.kind, plan.map).amounts;
  const ledgerCurrency = plan.ledgerCurrency;
  if (plan.decimalMark === 'auto' && amountCols.length) {
    const e = detectDecimalMark(dataRows, amountCols);
    if (e.comma && e.dot) plan.warnings.push(t(L, 'import.wDecimalMixed', { comma: e.comma, dot: e.dot }));
    else if (e.comma) plan.decimalMark = ',';
    else if (e.dot) plan.decimalMark = '.';
    else if (e.unclear && minorDigits(plan.currency ?? ledgerCurrency) !== 3) plan.warnings.push(t(L, 'import.wDecimalUnclear', { example: e.unclear }));
  }
  // The currency of rows that name none: flag, profile, the amounts' symbols, else the ledger's. Where
  // it came from is part of the file's summary line (not a warning of its own).
  plan.currencySource = currencySource(plan, opts);
  if ((plan.kind === 'invoices' || plan.kind === 'payments') && plan.map.currency === undefined && plan.currency === undefined) {
    const sym = symbolCurrency(dataRows, amountCols, ledgerCurrency, plan.decimalMark);
    if (sym.currency) {
      plan.currency = sym.currency;
      plan.currencySource = 'symbol';
      plan.currencySymbol = sym.symbol ?? '';
    } else if (sym.dollar && !DOLLAR_CURRENCIES.has(ledgerCurrency)) {
      // "$" is USD, CAD, AUD, SGD, HKD …: booking it in a CNY ledger's default would be a wrong number.
      throw new UsageError(msg('importS3.dollarNoCode', { file: plan.display, currency: ledgerCurrency }), msg('importS3.dollarNoCodeHint'));
    }
    // Payments fall back to each customer's currency first (see the loader's warning).
  }
}

function currencySource(plan: PartialPlan, opts: ImportOptions): CurrencySource {
  if (plan.map.currency !== undefined) return 'column';
  if (opts.currency) return 'flag';
  return plan.currency !== undefined ? 'profile' : 'ledger';
}

/** The sniffed rows did not decide the date order: read on through the file until a date does. */
async function readOnForDateOrder(plan: PartialPlan, cols: number[], first: string[], guess: DateOrderGuess): Promise<DateOrderGuess> {
  const more: string[] = [];
  for await (const batch of plan.source.batches()) {
    for (const r of batch) {
      if (r.line <= plan.headerLine) continue;
      for (const c of cols) {
        const v = r.cells[c];
        if (typeof v === 'string' && v.trim() !== '') more.push(v);
      }
      if (more.length < 5000) continue;
      const g = detectDateOrder([...first, ...more]);
      more.length = 0;
      if (g.order !== 'ambiguous' || g.conflict) return g;
    }
  }
  return more.length ? detectDateOrder([...first, ...more]) : guess;
}

/** Date order: --date-format, the profile's, else the data (asked on a terminal when it cannot tell). */
async function decideDateOrder(
  ctx: ImportEnv,
  plan: PartialPlan,
  dataRows: SourceRow[],
  complete: boolean,
  opts: ImportOptions,
): Promise<{ dateOrder: DateOrder; dateOrderGiven: boolean }> {
  const { profile } = plan;
  const order = parseDateFormat(opts.dateFormat) ?? parseDateFormat(Array.isArray(profile.dateFormat) ? profile.dateFormat[0] : profile.dateFormat);
  if (order) return { dateOrder: order, dateOrderGiven: true };
  const L = ctx.lang;
  const cols = dateColumns(plan.kind, plan.map);
  const kc = keyAndAmountCols(plan.kind, plan.map);
  const samples = dateSamples(dataRows, cols, kc.keys, kc.amounts);
  if (plan.asOfRaw) samples.push(plan.asOfRaw);
  let guess = detectDateOrder(samples);
  if (guess.order === 'ambiguous' && !guess.conflict && !complete && cols.length > 0) guess = await readOnForDateOrder(plan, cols, samples.slice(0, 1), guess);
  const evidence = (lang: Lang, fallback: string) => (guess.evidence ? render(lang, guess.evidence) : fallback);
  if (guess.conflict) {
    throw new UsageError(
      inBoth((lang) => t(lang, 'import.datesConflict', { file: plan.display, evidence: evidence(lang, '') })),
      msg('import.datesAmbiguousHint'),
    );
  }
  if (guess.order !== 'ambiguous') return { dateOrder: guess.order, dateOrderGiven: false };
  const example = samples.find((s) => /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}/.test(s)) ?? samples[0] ?? '';
  if (plan.decimalMark === ',') {
    // Countries that write a decimal comma write the day first; none writes month/day/year.
    plan.warnings.push(t(L, 'import.wDatesFromDecimal', { example: example.trim() }));
    return { dateOrder: 'dmy', dateOrderGiven: false };
  }
  if (!ctx.interactive) {
    throw new UsageError(
      inBoth((lang) => t(lang, 'import.datesAmbiguous', { file: plan.display, evidence: evidence(lang, example) })),
      msg('import.datesAmbiguousHint'),
    );
  }
  const dateOrder = await ctx.prompts.select<DateOrder>({
    message: t(L, 'import.askDateOrder', { file: plan.display, example }),
    choices: [
      { name: t(L, 'import.dayFirst'), value: 'dmy' },
      { name: t(L, 'import.monthFirst'), value: 'mdy' },
    ],
  });
  return { dateOrder, dateOrderGiven: true };
}

/** Columns the mapping leaves out that the collector would miss (a due date, an open balance). */
function missingColumnWarnings(L: Lang, plan: PartialPlan, dataRows: SourceRow[]): void {
  if (plan.kind !== 'invoices') return;
  if (plan.map.dueDate === undefined) {
    const dates = unmappedColumns(plan.headers, plan.map, dataRows, (c) => c instanceof Date || (typeof c === 'string' && DATE_TEXT.test(c.trim())));
    const h = dates.length ? displayHeader(plan.headers[dates[0]]) : undefined;
    plan.warnings.push(h ? t(L, 'import.wNoDueDateColumn', { header: h }) : t(L, 'import.wNoDueDate'));
  }
  if (plan.map.open === undefined && plan.map.paid === undefined && !plan.amountIsOpen && (plan.map.total !== undefined || plan.map.lineAmount !== undefined)) {
    const money = unmappedColumns(
      plan.headers,
      plan.map,
      dataRows,
      (c) => (typeof c === 'number' && !Number.isInteger(c)) || (typeof c === 'string' && MONEY_TEXT.test(c.trim())),
    );
    // An aged-receivables report (Xero's Current, < 1 Month … Older; 账龄 columns) holds only what is
    // open: its total is the open balance, and its bucket columns are no alternative to suggest.
    const buckets = plan.headers.filter((h) => isBucketLabel(h)).length;
    const pick = buckets >= 2 ? undefined : money.find((i) => !NOT_OPEN.test(plan.headers[i]));
    if (pick !== undefined) plan.warnings.push(t(L, 'import.wNoOpenColumn', { header: displayHeader(plan.headers[pick]) }));
  }
}

/** Plan one file: how to read it, where its table is, what it holds, and how each column maps. */
export async function planFile(ctx: ImportEnv, file: string, opts: ImportOptions, deps: PlanDeps = {}): Promise<FilePlan> {
  const display = file;
  const abs = path.resolve(file);
  const L = ctx.lang;
  // A named profile may set how to read the file.
  const named = opts.profile ? findProfile(opts.profile, ctx.env) : undefined;
  const warnings: string[] = [];
  const source = await openSource(abs, display, {
    encoding: opts.encoding && opts.encoding !== 'auto' ? opts.encoding : named?.encoding,
    delimiter: opts.delimiter ?? named?.delimiter,
    sheet: opts.sheet,
  });
  if (source.notice) warnings.push(t(L, `import.${source.notice}`));
  const { rows, complete } = await sniff(source);
  if (rows.length === 0 || rows.every((r) => r.cells.every(isBlank))) throw new DataError(msg('import.emptyFile', { file: display }));
  refuseAgingSummary(rows, display, opts, named);
  const headerIdx = await findHeaderIndex(ctx, rows, display, opts, named, deps);
  const headers = headerTexts(rows, headerIdx).map((h) => h ?? '');
  const profile = named ?? detectProfile(headers, ctx.env);
  const dataRows = rows.slice(headerIdx + 1);
  const headerOnly = complete && dataRows.every((r) => r.cells.every(isBlank));
  const requested = (opts.kind && opts.kind !== 'auto' ? opts.kind : named?.kind) ?? profile.kind;
  const { kind, asked } = await decideKind(ctx, display, headers, opts, requested, deps);
  const map = mapColumns(L, display, kind, headers, opts, profile, warnings);
  const agingReport = kind === 'invoices' && agingReportTotal(headers, map);
  const groupCustomers = hasGroupCustomers(kind, map, dataRows);
  const base: PartialPlan = {
    file: abs,
    display,
    source,
    headerLine: rows[headerIdx].line,
    headers,
    kind,
    profile,
    map,
    asOfRaw: asOfText(rows.slice(0, headerIdx)),
    decimalMark: opts.decimalMark && opts.decimalMark !== 'auto' ? opts.decimalMark : (profile.decimalMark ?? 'auto'),
    currency: opts.currency ?? profile.currency?.toUpperCase(),
    ledgerCurrency: deps.defaultCurrency ?? 'CNY',
    negativeStyle: profile.negativeStyle ?? 'auto',
    amountIsOpen: !!profile.amountIsOpen || agingReport,
    customerJobs: !!profile.customerJobs,
    skip: (profile.skip ?? []).map((s) => new RegExp(s, 'iu')),
    groupCustomers,
    warnings,
    interactive: asked,
    headerOnly,
  };
  if (groupCustomers) warnings.push(t(L, 'import.wCustomerGroups'));
  if (headerOnly) {
    warnings.push(t(L, 'import.wHeaderOnly'));
    return { ...base, dateOrder: 'ymd' };
  }
  const plan = await completeMapping(ctx, base, dataRows, deps);
  plan.units = decideUnits(display, headers, plan.map, rows.slice(0, headerIdx), base.headerLine);
  decideAmounts(L, plan, dataRows, opts);
  const { dateOrder, dateOrderGiven } = await decideDateOrder(ctx, plan, dataRows, complete, opts);
  missingColumnWarnings(L, plan, dataRows);
  let asOf: string | undefined;
  if (plan.asOfRaw) {
    const r = parseDateText(plan.asOfRaw, dateOrder);
    if (r.kind === 'ok') asOf = r.iso;
    else plan.warnings.push(t(L, 'import.wAsOfUnread', { text: plan.asOfRaw, today: formatDate(ctx.clock.today(), L) }));
  }
  return { ...plan, dateOrder, dateOrderGiven, asOf };
}

const AMOUNTISH = new Set<Field>(['total', 'open', 'paid', 'lineAmount', 'amount', 'creditLimit']);
const DATEISH = new Set<Field>(['issueDate', 'dueDate', 'date']);
const HINTS: Partial<Record<Field, RegExp>> = {
  number: /(nr|no\b|num|#|号|编号|编码|id|ref|beleg|doc|factuur|factura|fattura|facture|rechnung|invoice)/i,
  reference: /(ref|nr|no\b|num|#|号|编号)/i,
  total: /(amount|betrag|bedrag|montant|importe|importo|wert|sum|total|金额|合计|value)/i,
  open: /(open|balance|due|offen|saldo|solde|余额|未)/i,
  amount: /(amount|betrag|bedrag|montant|importe|wert|sum|金额|paid)/i,
  issueDate: /(date|datum|fecha|data|日期)/i,
  dueDate: /(due|fällig|verval|échéance|vencimiento|scadenza|到期)/i,
  date: /(date|datum|fecha|data|日期)/i,
  customerName: /(customer|client|kunde|klant|cliente|name|naam|客户|单位)/i,
  customerCode: /(customer|client|kunde|klant|code|客户|编码)/i,
  name: /(name|naam|姓名|名称)/i,
};

/** A plausible column for an unmapped field, for the --map example in an error message. */
function suggestColumn(field: Field, headers: string[], map: ColumnMap, rows: SourceRow[], strict = false): string | undefined {
  const used = new Set(Object.values(map) as number[]);
  const free = headers.map((h, i) => [h, i] as const).filter(([h, i]) => h && !used.has(i));
  const samples = (i: number) =>
    rows
      .slice(0, 50)
      .map((r) => r.cells[i])
      .filter((c) => !isBlank(c ?? null));
  const sample = (i: number) => samples(i)[0] ?? null;
  const looksAmount = (i: number) => {
    const c = sample(i);
    return typeof c === 'number' || (typeof c === 'string' && /^[-(]?[\d.,' ]+\)?-?$/.test(c.trim()) && /\d/.test(c));
  };
  const looksDate = (i: number) => {
    const c = sample(i);
    return c instanceof Date || (typeof c === 'string' && DATE_TEXT.test(c.trim()));
  };
  const looksText = (i: number) => {
    const c = sample(i);
    return typeof c === 'string' && /\p{L}{2}/u.test(c) && !DATE_TEXT.test(c.trim());
  };
  const looksId = (i: number) => {
    const c = sample(i);
    return (typeof c === 'string' && /^[\p{L}\d][\p{L}\d\-/_.]{0,30}$/u.test(c.trim()) && /\d/.test(c)) || (typeof c === 'number' && Number.isInteger(c));
  };
  const fits = (i: number) =>
    AMOUNTISH.has(field) ? looksAmount(i) : DATEISH.has(field) ? looksDate(i) : field === 'number' || field === 'reference' ? looksId(i) : true;
  const hint = HINTS[field];
  if (strict) {
    const hit = free.find(([h, i]) => hint?.test(h) && fits(i));
    return hit ? displayHeader(hit[0]) : undefined;
  }
  const pick =
    free.find(([h, i]) => hint?.test(h) && fits(i)) ??
    (AMOUNTISH.has(field) || DATEISH.has(field) ? free.find(([, i]) => fits(i)) : undefined) ??
    (field === 'customerName' || field === 'name' ? free.find(([, i]) => looksText(i)) : undefined) ??
    (field === 'number' ? free.find(([, i]) => looksId(i) && !looksAmount(i) && !looksDate(i)) : undefined) ??
    free.find(([h]) => hint?.test(h));
  return pick ? displayHeader(pick[0]) : undefined;
}
