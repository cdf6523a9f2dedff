// Aging: which bucket each open item falls in, and bucket totals per currency that add up to the
// open balance exactly. Pure: no I/O, no clock — the caller passes `asOf`.
//
// A bucket scheme is a basis (due date or invoice date), whether a "current" (not yet due) bucket
// leads, and ascending upper bounds: a number of days, or calendar years/months ("1y", "18m").
// Every bound becomes a cutoff date once per run, so placing an item is a text comparison of its
// anchor date against a handful of cutoffs (ISO dates order the same as text).
import { addDays, addMonths, fromDayNumber, toDayNumber } from './dates.js';
import { msg, type Msg } from '../i18n/msg.js';

export type Basis = 'due' | 'invoice';
export type Bound = number | string;

export interface BucketScheme {
  basis: Basis;
  /** A leading "current" bucket (age ≤ 0: not yet due). */
  current: boolean;
  /** Ascending upper bounds, inclusive; a final open-ended bucket follows the last one. */
  bounds: Bound[];
  /** Labels the user typed into a preset, one per bucket (current first when present). */
  labels?: { en: string[]; zh: string[] };
}

/** A bound as a number and its unit: days, months or years. */
export interface Span {
  n: number;
  unit: 'd' | 'm' | 'y';
}

/**
 * What a bucket holds, for its label: not yet due, everything, up to a bound, over a bound, or
 * between two (ages above `lo`, up to `hi`).
 */
export type BucketRange =
  | { kind: 'current' }
  | { kind: 'all' }
  | { kind: 'upTo'; hi: Span }
  | { kind: 'over'; lo: Span }
  | { kind: 'between'; lo: Span; hi: Span };

export interface BucketDef {
  /** Stable code for JSON and CSV ('current', '1-30', 'over-3y'). */
  key: string;
  range: BucketRange;
  /** The scheme mixes days with months or years, so day counts say "days" (1 yr–400 days). */
  mixed: boolean;
  /** A preset's own labels (data the user typed); they win over the catalogue's. */
  own?: { en?: string; zh?: string };
}

export interface AgingItem {
  kind: 'invoice' | 'credit_note';
  issueDate: string | null;
  dueDate: string | null;
  currency: string;
  openMinor: number;
  /** The customer's payment terms, used when an invoice has no due date. */
  termsDays?: number | null;
}

export interface AgingSettings {
  basis: Basis;
  default_terms_days: number;
  buckets: Bound[];
}

export interface PresetSettings {
  basis: Basis;
  current: boolean;
  bounds: Bound[];
  labels_en?: string[];
  labels_zh?: string[];
}

export const DEFAULT_AGING: AgingSettings = { basis: 'due', default_terms_days: 30, buckets: [30, 60, 90, 180, 365] };

export const DEFAULT_AGING_PRESETS: Record<string, PresetSettings> = {
  // 账龄分析: aged from the invoice date, in whole years (1年以内 includes exactly one year). Its labels
  // are the catalogue's (1年以内, 1至2年, 2至3年, 3年以上); labels_en/labels_zh are for a user's own.
  cn: { basis: 'invoice', current: false, bounds: ['1y', '2y', '3y'] },
};

// Memoised date arithmetic for the hot loops (tens of thousands of items, a few thousand distinct dates).
const dayNumbers = new Map<string, number>();
/** Days since 1970-01-01 of an ISO date, cached. */
export function dayNo(iso: string): number {
  let n = dayNumbers.get(iso);
  if (n === undefined) {
    n = toDayNumber(iso);
    if (dayNumbers.size > 100_000) dayNumbers.clear();
    dayNumbers.set(iso, n);
  }
  return n;
}
/** b − a in days, cached. */
export function daysFrom(a: string, b: string): number {
  return dayNo(b) - dayNo(a);
}
const dates = new Map<number, string>();
/** The ISO date of a day number, cached. */
export function dateOf(n: number): string {
  let v = dates.get(n);
  if (v === undefined) {
    v = fromDayNumber(n);
    if (dates.size > 100_000) dates.clear();
    dates.set(n, v);
  }
  return v;
}
const shifted = new Map<string, string>();
/** addDays, cached. */
export function plusDays(iso: string, n: number): string {
  const k = `${iso}|${n}`;
  let v = shifted.get(k);
  if (v === undefined) {
    v = addDays(iso, n);
    if (shifted.size > 100_000) shifted.clear();
    shifted.set(k, v);
  }
  return v;
}

type ParsedBound = { days: number } | { months: number };

/**
 * A bucket scheme that cannot be used; `text` is the catalogue message that says why. Bounds out of
 * order carry them, so the list is written the way the reader's language writes a list.
 */
export class BoundError extends RangeError {
  constructor(
    readonly text: Msg,
    readonly bounds?: Bound[],
  ) {
    super(text.key); // the code for stack traces; users see the text in their language
  }
}

export function parseBound(b: Bound): ParsedBound {
  if (typeof b === 'number') {
    if (!Number.isInteger(b) || b < 1) throw new BoundError(msg('aging.bound.notDays', { b }));
    return { days: b };
  }
  const m = /^\s*(\d+)\s*([dmy]?)\s*$/i.exec(b);
  if (!m || Number(m[1]) < 1) {
    throw new BoundError(msg('aging.bound.badUnit', { b }));
  }
  const n = Number(m[1]);
  const unit = (m[2] || 'd').toLowerCase();
  return unit === 'd' ? { days: n } : { months: unit === 'y' ? n * 12 : n };
}

/** Parse `--buckets 30,60,90` (also `1y,2y`, `30 60 90`); an empty bound (`30,,60`) is refused. */
export function parseBucketList(text: string): Bound[] {
  const trimmed = text.trim();
  if (trimmed === '') throw new BoundError(msg('aging.bound.none'));
  const parts = trimmed.split(/\s*[,，]\s*|\s+/);
  if (parts.some((p) => p === '')) throw new BoundError(msg('aging.bound.empty', { text }));
  const out = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  for (const b of out) parseBound(b);
  return out;
}

/** The earliest anchor date that is at most `b` old on `asOf`. */
function cutoffFor(b: ParsedBound, asOf: string): string {
  return 'days' in b ? addDays(asOf, -b.days) : addMonths(asOf, -b.months);
}

function boundText(b: ParsedBound): Span {
  if ('days' in b) return { n: b.days, unit: 'd' };
  return b.months % 12 === 0 ? { n: b.months / 12, unit: 'y' } : { n: b.months, unit: 'm' };
}

const sfx = (s: Span) => (s.unit === 'd' ? `${s.n}` : `${s.n}${s.unit}`);

/** The bucket of ages above `lo` (null: from the start) up to `hi` (null: open-ended). */
function rangeDef(lo: Span | null, hi: Span | null, mixed: boolean): BucketDef {
  if (lo === null && hi) return { key: `0-${sfx(hi)}`, range: { kind: 'upTo', hi }, mixed };
  if (lo && hi === null) return { key: `over-${sfx(lo)}`, range: { kind: 'over', lo }, mixed };
  const a = lo as Span;
  const b = hi as Span;
  // In days a range starts the day after its lower bound (31–60); in months or years at the bound.
  const key = a.unit === 'd' && b.unit === 'd' ? `${a.n + 1}-${b.n}` : `${sfx(a)}-${sfx(b)}`;
  return { key, range: { kind: 'between', lo: a, hi: b }, mixed };
}

/** The buckets of a scheme, in order, with stable keys (for JSON) and what each holds (for labels). */
export function bucketDefs(scheme: BucketScheme): BucketDef[] {
  const bounds = scheme.bounds.map((b) => boundText(parseBound(b)));
  const mixed = bounds.some((b) => b.unit === 'd') && bounds.some((b) => b.unit !== 'd');
  const defs: BucketDef[] = [];
  if (scheme.current) defs.push({ key: 'current', range: { kind: 'current' }, mixed });
  for (let i = 0; i <= bounds.length; i++) {
    const lo = i === 0 ? (scheme.current ? { n: 0, unit: 'd' as const } : null) : (bounds[i - 1] ?? null);
    const hi = bounds[i] ?? null;
    if (lo === null && hi === null) continue;
    defs.push(rangeDef(lo, hi, mixed));
  }
  if (defs.length === 0) defs.push({ key: 'all', range: { kind: 'all' }, mixed });
  const labels = scheme.labels;
  if (labels) {
    defs.forEach((d, i) => {
      const en = labels.en[i];
      const zh = labels.zh[i];
      if (en || zh) d.own = { ...(en ? { en } : {}), ...(zh ? { zh } : {}) };
    });
  }
  return defs;
}

/** A scheme placed on a date: cutoff dates, descending; check() throws on bounds out of order. */
export interface PlacedScheme {
  scheme: BucketScheme;
  asOf: string;
  defs: BucketDef[];
  /** Item anchor ≥ cutoffs[i] → bucket i (+1 when current leads); else the last bucket. */
  cutoffs: string[];
}

export function placeScheme(scheme: BucketScheme, asOf: string): PlacedScheme {
  const cutoffs = scheme.bounds.map((b) => cutoffFor(parseBound(b), asOf));
  for (let i = 1; i < cutoffs.length; i++) {
    if (!((cutoffs[i] ?? '') < (cutoffs[i - 1] ?? ''))) {
      throw new BoundError(msg('aging.bound.ascend', { list: scheme.bounds.join(', ') }), scheme.bounds);
    }
  }
  return { scheme, asOf, defs: bucketDefs(scheme), cutoffs };
}

/**
 * The date an item is aged from. Due basis: the due date; an invoice without one is due its issue
 * date + the customer's terms (else the default terms); a credit note without one sits at its own
 * date (it is owed to the customer, not payable on terms). Invoice basis: the issue date (else the due
 * date). An item with neither date has no age: it is placed as of today.
 */
export function anchorDate(item: Pick<AgingItem, 'kind' | 'issueDate' | 'dueDate' | 'termsDays'>, basis: Basis, defaultTermsDays: number): string | null {
  if (basis === 'invoice') return item.issueDate ?? item.dueDate ?? null;
  if (item.dueDate) return item.dueDate;
  if (!item.issueDate) return null;
  if (item.kind === 'credit_note') return item.issueDate;
  return plusDays(item.issueDate, item.termsDays ?? defaultTermsDays);
}

/** Days past the anchor on asOf (≤ 0: not yet due). */
export function ageInDays(anchor: string | null, asOf: string): number {
  return anchor === null ? 0 : daysFrom(anchor, asOf);
}

/** Bucket index for an anchor date. */
export function bucketIndex(placed: PlacedScheme, anchor: string | null): number {
  const a = anchor ?? placed.asOf;
  let base = 0;
  if (placed.scheme.current) {
    if (a >= placed.asOf) return 0;
    base = 1;
  }
  const c = placed.cutoffs;
  const i = c.findIndex((cut) => a >= cut);
  return base + (i < 0 ? c.length : i);
}

export interface AgingRow<K> {
  key: K;
  currency: string;
  openMinor: number;
  items: number;
  byBucket: number[];
}

/**
 * Bucket items into rows keyed by (groupKey, currency) and totals per currency. Each item lands in
 * exactly one bucket, so each row's buckets add up to its open amount, and the totals to the sum of
 * the rows. Currencies are never added together.
 */
export function ageItems<T extends AgingItem, K>(
  items: Iterable<T>,
  placed: PlacedScheme,
  defaultTermsDays: number,
  groupOf: (item: T) => K,
): { rows: AgingRow<K>[]; totals: AgingRow<null>[] } {
  const n = placed.defs.length;
  const rows = new Map<string, AgingRow<K>>();
  const totals = new Map<string, AgingRow<null>>();
  const basis = placed.scheme.basis;
  for (const it of items) {
    const k = groupOf(it);
    const rk = `${String(k)}\u0000${it.currency}`;
    let row = rows.get(rk);
    if (!row) rows.set(rk, (row = { key: k, currency: it.currency, openMinor: 0, items: 0, byBucket: new Array(n).fill(0) }));
    let tot = totals.get(it.currency);
    if (!tot) totals.set(it.currency, (tot = { key: null, currency: it.currency, openMinor: 0, items: 0, byBucket: new Array(n).fill(0) }));
    const b = bucketIndex(placed, anchorDate(it, basis, defaultTermsDays));
    row.openMinor += it.openMinor;
    row.items += 1;
    row.byBucket[b] = (row.byBucket[b] ?? 0) + it.openMinor;
    tot.openMinor += it.openMinor;
    tot.items += 1;
    tot.byBucket[b] = (tot.byBucket[b] ?? 0) + it.openMinor;
  }
  for (const r of [...rows.values(), ...totals.values()]) {
    if (!Number.isSafeInteger(r.openMinor)) throw new RangeError('aging total exceeds the safe integer range');
  }
  return {
    rows: [...rows.values()],
    totals: [...totals.values()].sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0)),
  };
}

/**
 * The scheme the user asked for: defaults, --basis, --buckets, --preset. "Current" (not yet due) is a
 * due-date idea: aged from the invoice date, the first bucket simply starts at the invoice date.
 */
export function resolveScheme(
  aging: AgingSettings,
  presets: Record<string, PresetSettings>,
  opts: { basis?: Basis; buckets?: Bound[]; preset?: string },
): BucketScheme {
  if (opts.preset) {
    const p = presets[opts.preset];
    if (!p) throw new RangeError(`unknown preset "${opts.preset}"`);
    return {
      basis: opts.basis ?? p.basis,
      current: p.current,
      bounds: opts.buckets ?? p.bounds,
      labels: !opts.buckets && (p.labels_en || p.labels_zh) ? { en: p.labels_en ?? [], zh: p.labels_zh ?? [] } : undefined,
    };
  }
  const basis = opts.basis ?? aging.basis;
  return { basis, current: basis === 'due', bounds: opts.buckets ?? aging.buckets };
}
