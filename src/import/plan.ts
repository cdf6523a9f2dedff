// Planning one file before anything is written: open it, find the header, pick the profile and
// the kind, map the columns, decide the date order. Questions (on a TTY) are asked here, so the
// import transaction never waits on a person.
import path from 'node:path';
import type { Context } from '../context.js';
import { UsageError, DataError } from '../errors.js';
import { detectDateOrder, parseDateText, type DateOrder } from './dates.js';
import { displayHeader, fieldFromName, KIND_FIELDS, matchHeaders, resolveColumn, type ColumnSpec } from './headers.js';
import { classifyRow, asOfText, findHeaderRow, headerTexts } from './locate.js';
import { FIELD_LABELS, KIND_LABELS, msg } from './messages.js';
import { detectProfile, findProfile, type Profile } from './profiles.js';
import { openSource, type OpenedSource } from './source.js';
import { cellText, isBlank } from './values.js';
import { IMPORT_KINDS, type ColumnMap, type Field, type ImportKind, type ImportOptions, type SourceRow } from './types.js';

export interface FilePlan {
  file: string;
  display: string;
  source: OpenedSource;
  /** Physical line / sheet row of the header. */
  headerLine: number;
  headers: string[];
  kind: ImportKind;
  profile: Profile;
  map: ColumnMap;
  dateOrder: DateOrder;
  asOf?: string;
  asOfRaw?: string;
  decimalMark: '.' | ',' | 'auto';
  currency?: string;
  negativeStyle: NonNullable<Profile['negativeStyle']>;
  amountIsOpen: boolean;
  skip: RegExp[];
  /** Customers come from group rows (no customer column). */
  groupCustomers: boolean;
  warnings: string[];
  /** A mapping built interactively, offered for saving after the import. */
  interactive?: boolean;
}

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
  throw new UsageError(msg.both('badDateFormat', { v }));
}

function required(kind: ImportKind): Field[][] {
  switch (kind) {
    case 'invoices':
      return [['number'], ['total', 'open', 'lineAmount'], ['customerCode', 'customerName'], ['issueDate', 'dueDate']];
    case 'payments':
      return [['customerCode', 'customerName'], ['date'], ['amount']];
    case 'customers':
      return [['name', 'code']];
    case 'contacts':
      return [['customerCode', 'customerName'], ['name']];
  }
}

export function missingFields(kind: ImportKind, map: ColumnMap, groupCustomers: boolean): Field[][] {
  return required(kind).filter((alts) => {
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

function guessKind(file: string, headers: string[]): ImportKind | undefined {
  const scored = IMPORT_KINDS.map((k) => {
    const m = matchHeaders(k, headers, []).map;
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
  }).sort((a, b) => b.score - a.score);
  if (scored[0].score < 2) return undefined;
  if (scored[1] && scored[0].score - scored[1].score < 0.5) return undefined;
  return scored[0].k;
}

/** `field=Header` specs from --map, resolved against the kind. */
export function parseMapSpecs(kind: ImportKind, specs: string[] | undefined): ColumnSpec[] {
  const out: ColumnSpec[] = [];
  for (const spec of specs ?? []) {
    const eq = spec.indexOf('=');
    if (eq <= 0) throw new UsageError(msg.both('badMap', { spec }), msg.both('badMapHint'));
    const name = spec.slice(0, eq).trim();
    const field = fieldFromName(kind, name);
    if (!field) {
      throw new UsageError(
        msg.both('unknownField', { spec, field: name, kind, fields: KIND_FIELDS[kind].join(', ') }),
        msg.both('badMapHint'),
      );
    }
    out.push({ field, spec: spec.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1'), from: 'flag' });
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
  const fields: Field[] = kind === 'invoices' ? ['issueDate', 'dueDate'] : kind === 'payments' ? ['date'] : [];
  return fields.map((f) => map[f]).filter((i): i is number => i !== undefined);
}

function keyAndAmountCols(kind: ImportKind, map: ColumnMap): { keys: number[]; amounts: number[] } {
  const pick = (fs: Field[]) => fs.map((f) => map[f]).filter((i): i is number => i !== undefined);
  switch (kind) {
    case 'invoices':
      return { keys: pick(['number', 'customerCode', 'customerName']), amounts: pick(['total', 'open', 'paid', 'lineAmount']) };
    case 'payments':
      return { keys: pick(['reference', 'customerCode', 'customerName', 'invoice']), amounts: pick(['amount']) };
    case 'customers':
      return { keys: pick(['code', 'name']), amounts: pick(['creditLimit']) };
    case 'contacts':
      return { keys: pick(['name', 'customerCode', 'customerName']), amounts: [] };
  }
}

export { keyAndAmountCols };

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
  mapper?: (ctx: Context, plan: PartialPlan, rows: SourceRow[]) => Promise<PartialPlan>;
}

export type PartialPlan = Omit<FilePlan, 'dateOrder'> & { dateOrder?: DateOrder };

export async function planFile(ctx: Context, file: string, opts: ImportOptions, deps: PlanDeps = {}): Promise<FilePlan> {
  const display = file;
  const abs = path.resolve(file);
  // A named profile may set how to read the file.
  const named = opts.profile ? findProfile(opts.profile, ctx.env) : undefined;
  const source = await openSource(abs, display, {
    encoding: opts.encoding && opts.encoding !== 'auto' ? opts.encoding : named?.encoding,
    delimiter: opts.delimiter ?? named?.delimiter,
    sheet: opts.sheet,
  });
  const { rows, complete } = await sniff(source);
  if (rows.length === 0 || rows.every((r) => r.cells.every(isBlank))) throw new DataError(msg.both('emptyFile', { file: display }));
  const requestedKind = opts.kind && opts.kind !== 'auto' ? opts.kind : named?.kind;
  const warnings: string[] = [];

  // The header row.
  let headerIdx: number;
  const headerRow = opts.headerRow ?? named?.headerRow;
  if (headerRow !== undefined) {
    headerIdx = rows.findIndex((r) => r.line === headerRow);
    if (headerIdx < 0) throw new UsageError(msg.both('noHeaderRow', { file: display, row: headerRow }));
  } else {
    const g = findHeaderRow(rows, requestedKind);
    if (!g) {
      if (ctx.interactive && deps.mapper) {
        headerIdx = -1;
      } else throw new UsageError(msg.both('noHeader', { file: display }), msg.both('noHeaderHint'));
    } else headerIdx = g.index;
  }
  if (headerIdx < 0) {
    // Ask which row is the header.
    const answer = await ctx.prompts.input({
      message: msg.t(ctx.lang, 'mapperHeader'),
      default: String(rows.find((r) => r.cells.filter((c) => !isBlank(c)).length >= 2)?.line ?? 1),
      validate: (v) => (rows.some((r) => String(r.line) === v.trim()) ? true : msg.t(ctx.lang, 'noHeaderRow', { file: display, row: v })),
    });
    headerIdx = rows.findIndex((r) => String(r.line) === answer.trim());
  }
  const headers = headerTexts(rows, headerIdx).map((h) => h ?? '');
  const profile = named ?? detectProfile(headers, ctx.env);

  let kind: ImportKind | undefined = requestedKind ?? profile.kind ?? guessKind(file, headers);
  let interactive = false;
  if (!kind) {
    if (ctx.interactive && deps.mapper) {
      kind = await ctx.prompts.select<ImportKind>({
        message: msg.t(ctx.lang, 'mapperKind', { file: display }),
        choices: IMPORT_KINDS.map((k) => ({ name: KIND_LABELS[k][ctx.lang], value: k })),
      });
      interactive = true;
    } else throw new UsageError(msg.both('kindUnclear', { file: display }), msg.both('kindUnclearHint'));
  }

  const flagSpecs = parseMapSpecs(kind, opts.map);
  const match = matchHeaders(kind, headers, [...profileSpecs(kind, profile), ...flagSpecs]);
  for (const miss of match.missing) {
    const eq = miss.spec;
    throw new UsageError(
      msg.both('mapNoColumn', { spec: `${miss.field}=${eq}`, file: display, header: eq, columns: headers.filter(Boolean).map(displayHeader).join(', ') }),
      msg.both('badMapHint'),
    );
  }
  for (const [h, cols] of match.duplicates) {
    const mapped = Object.values(match.map) as number[];
    if (mapped.includes(cols[0]) && cols.slice(1).some((i) => !mapped.includes(i))) warnings.push(msg.t(ctx.lang, 'duplicateHeader', { header: h, n: cols.length }));
  }
  const map = match.map;
  const dataRows = rows.slice(headerIdx + 1);
  // Customers from group rows: no customer column, and group rows (a lone text cell) in the data.
  const { keys, amounts } = keyAndAmountCols(kind, map);
  const groupCustomers =
    kind === 'invoices' &&
    map.customerCode === undefined &&
    map.customerName === undefined &&
    dataRows.some((r) => {
      const c = classifyRow(r.cells, keys, amounts);
      return c.kind === 'group' && !c.bucket && !c.footer;
    });

  const decimalMark = opts.decimalMark ?? profile.decimalMark ?? 'auto';
  let plan: PartialPlan = {
    file: abs,
    display,
    source,
    headerLine: rows[headerIdx].line,
    headers,
    kind,
    profile,
    map,
    asOfRaw: asOfText(rows.slice(0, headerIdx)),
    decimalMark,
    currency: opts.currency ?? profile.currency,
    negativeStyle: profile.negativeStyle ?? 'auto',
    amountIsOpen: !!profile.amountIsOpen,
    skip: (profile.skip ?? []).map((s) => new RegExp(s, 'iu')),
    groupCustomers,
    warnings,
    interactive,
  };
  if (groupCustomers) warnings.push(msg.t(ctx.lang, 'wCustomerGroups'));

  const missing = missingFields(kind, map, groupCustomers);
  if (missing.length > 0 || interactive) {
    if (ctx.interactive && deps.mapper) {
      plan = await deps.mapper(ctx, plan, dataRows.slice(0, 200));
      plan.interactive = true;
    } else {
      const names = missing.map((alts) => alts.map((f) => FIELD_LABELS[f].en).join(' or '));
      const namesZh = missing.map((alts) => alts.map((f) => FIELD_LABELS[f].zh).join('或'));
      const cols = headers.filter(Boolean).map(displayHeader);
      const example = missing.map((alts) => `--map ${alts[0]}="${suggestColumn(alts[0], headers, map, dataRows) ?? 'Header'}"`).join(' ');
      throw new UsageError(
        { en: msg.t('en', 'unmapped', { file: display, fields: names.join(', ') }), zh: msg.t('zh', 'unmapped', { file: display, fields: namesZh.join('、') }) },
        msg.both('unmappedHint', { example, columns: cols.join(', ') }),
      );
    }
  }

  // Date order: flag, profile, else the data.
  const order = parseDateFormat(opts.dateFormat) ?? parseDateFormat(Array.isArray(profile.dateFormat) ? profile.dateFormat[0] : profile.dateFormat);
  let dateOrder: DateOrder;
  if (order) dateOrder = order;
  else {
    const cols = dateColumns(plan.kind, plan.map);
    const kc = keyAndAmountCols(plan.kind, plan.map);
    const samples = dateSamples(dataRows, cols, kc.keys, kc.amounts);
    if (plan.asOfRaw) samples.push(plan.asOfRaw);
    let guess = detectDateOrder(samples);
    if (guess.order === 'ambiguous' && !guess.conflict && !complete && cols.length > 0) {
      // Read on through the file until a date decides it.
      const more: string[] = [];
      outer: for await (const batch of source.batches()) {
        for (const r of batch) {
          if (r.line <= plan.headerLine) continue;
          for (const c of cols) {
            const v = r.cells[c];
            if (typeof v === 'string' && v.trim() !== '') more.push(v);
          }
          if (more.length >= 5000) {
            const g = detectDateOrder([...samples.slice(0, 1), ...more]);
            more.length = 0;
            if (g.order !== 'ambiguous' || g.conflict) {
              guess = g;
              break outer;
            }
          }
        }
      }
      if (guess.order === 'ambiguous' && more.length) guess = detectDateOrder([...samples.slice(0, 1), ...more]);
    }
    if (guess.conflict) throw new UsageError(msg.both('datesConflict', { file: display, evidence: guess.evidence ?? '' }), msg.both('datesAmbiguousHint'));
    if (guess.order === 'ambiguous') {
      const example = samples.find((s) => /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}/.test(s)) ?? samples[0] ?? '';
      if (ctx.interactive) {
        dateOrder = await ctx.prompts.select<DateOrder>({
          message: msg.t(ctx.lang, 'askDateOrder', { file: display, example }),
          choices: [
            { name: msg.t(ctx.lang, 'dayFirst'), value: 'dmy' },
            { name: msg.t(ctx.lang, 'monthFirst'), value: 'mdy' },
          ],
        });
      } else {
        throw new UsageError(msg.both('datesAmbiguous', { file: display, evidence: guess.evidence ?? example }), msg.both('datesAmbiguousHint'));
      }
    } else dateOrder = guess.order;
  }
  let asOf: string | undefined;
  if (plan.asOfRaw) {
    const r = parseDateText(plan.asOfRaw, dateOrder);
    if (r.kind === 'ok') asOf = r.iso;
    else plan.warnings.push(msg.t(ctx.lang, 'wAsOfUnread', { text: plan.asOfRaw, today: ctx.clock.today() }));
  }
  return { ...plan, dateOrder, asOf };
}

const AMOUNTISH = new Set<Field>(['total', 'open', 'paid', 'lineAmount', 'amount', 'creditLimit']);
const HINTS: Partial<Record<Field, RegExp>> = {
  number: /(nr|no\b|num|#|号|编号|编码|id|ref|beleg|doc)/i,
  reference: /(ref|nr|no\b|num|#|号|编号)/i,
  total: /(amount|betrag|wert|sum|total|金额|合计|value)/i,
  open: /(open|balance|due|offen|余额|未)/i,
  amount: /(amount|betrag|wert|sum|金额|paid)/i,
  issueDate: /(date|datum|日期)/i,
  dueDate: /(due|fällig|到期)/i,
  date: /(date|datum|日期)/i,
  customerName: /(customer|client|kunde|name|客户|单位)/i,
  customerCode: /(customer|client|kunde|code|客户|编码)/i,
  name: /(name|姓名|名称)/i,
};

/** A plausible column for an unmapped field, for the --map example in an error message. */
function suggestColumn(field: Field, headers: string[], map: ColumnMap, rows: SourceRow[]): string | undefined {
  const used = new Set(Object.values(map) as number[]);
  const free = headers.map((h, i) => [h, i] as const).filter(([h, i]) => h && !used.has(i));
  const sample = (i: number) => rows.map((r) => r.cells[i]).find((c) => !isBlank(c ?? null)) ?? null;
  const looksAmount = (i: number) => {
    const c = sample(i);
    return typeof c === 'number' || (typeof c === 'string' && /^[-(]?[\d.,' ]+\)?-?$/.test(c.trim()) && /\d/.test(c));
  };
  const hint = HINTS[field];
  const pick =
    free.find(([h, i]) => hint?.test(h) && (!AMOUNTISH.has(field) || looksAmount(i))) ??
    (AMOUNTISH.has(field) ? free.find(([, i]) => looksAmount(i)) : undefined) ??
    free.find(([h]) => hint?.test(h));
  return pick ? displayHeader(pick[0]) : undefined;
}

/** Text of a row's cell for previews. */
export function previewCell(row: SourceRow, i: number | undefined): string {
  if (i === undefined) return '';
  return cellText(row.cells[i] ?? null).trim();
}

export function resolveSpec(headers: string[], spec: string): number | undefined {
  return resolveColumn(headers, spec);
}
