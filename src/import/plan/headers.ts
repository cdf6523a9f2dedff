// Header matching: normalise a header (trim, NFKC, no leading `*`, no unit suffix such as `(元)`,
// case- and punctuation-insensitive), then look it up in the EN/ZH header words of the kind
// (kinds/<kind>.ts). The kinds are looked up on use: their loaders use the helpers here.
import { kindFields, kindSpec } from '../kinds/index.js';
import type { ColumnMap, Field, ImportKind } from '../types.js';

/** The comparable form of a header, without its unit suffix. */
export function headerKey(header: string): string {
  return keyOf(stripUnit(baseText(header)));
}

/** The comparable form keeping a parenthesised suffix ("Amount (Foreign Currency)"). */
export function fullHeaderKey(header: string): string {
  return keyOf(baseText(header));
}

function baseText(h: string): string {
  return h
    .normalize('NFKC')
    .replace(/[\u200b\ufeff]/g, '')
    .trim()
    .replace(/^[*＊]+\s*/, '')
    .replace(/\s*[*＊]+$/, '')
    .trim();
}

function stripUnit(s: string): string {
  // `应收金额(元)`, `Amount (USD)`, `金额[万元]`, `Balance - CNY`: the unit is not the field.
  let out = s.replace(/\s*[([（【［][^()[\]（）【】［］]{0,16}[)\]）】］]\s*$/, '');
  out = out.replace(/\s*[-–/]\s*(?:[A-Z]{3}|元|万元|人民币)\s*$/, '');
  return out.trim() === '' ? s : out;
}

function keyOf(s: string): string {
  return s
    .toLowerCase()
    .replace(/#/g, 'no')
    .replace(/№/g, 'no')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

// Abbreviations exports use in column labels (SAP's "Net due dt", "Amount in DC", "Curr.",
// "Doc. No"; "Inv Amt", "Cust #"): each word is expanded before comparing, on both sides.
const ABBREVIATIONS: Record<string, string> = {
  dt: 'date', dte: 'date', amt: 'amount', amnt: 'amount', curr: 'currency', cur: 'currency', ccy: 'currency', crcy: 'currency',
  no: 'number', nr: 'number', num: 'number', nbr: 'number', nummer: 'number', doc: 'document', inv: 'invoice', cust: 'customer',
  bal: 'balance', pstng: 'posting', orig: 'original', acct: 'account', ref: 'reference', dc: 'document currency',
  lc: 'local currency', pmt: 'payment', pymt: 'payment', rcpt: 'receipt', outstdg: 'outstanding', dat: 'date', datum: 'date',
  betr: 'betrag', währg: 'währung', fälligk: 'fälligkeit', bw: 'belegwährung',
};

/**
 * The comparable form with abbreviations written out: words split at spaces, punctuation and
 * camelCase humps ("DocumentNo" → document number), then each looked up in ABBREVIATIONS.
 */
export function expandedKey(header: string): string {
  const words = baseText(header)
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .replace(/[#№]/g, ' no ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.map((w) => ABBREVIATIONS[w] ?? w).join('').replace(/\s+/g, '');
}

function expandedKeys(header: string): string[] {
  const full = expandedKey(header);
  const stripped = expandedKey(stripUnit(baseText(header)));
  return full === stripped ? [full] : [full, stripped];
}

/** Whether two headers name the same column (exactly, normalised, or with abbreviations written out). */
export function sameHeader(a: string, b: string): boolean {
  if (a.trim() === b.trim()) return true;
  if (fullHeaderKey(a) === fullHeaderKey(b) || headerKey(a) === headerKey(b)) return true;
  const ka = expandedKeys(a);
  return expandedKeys(b).some((k) => k !== '' && ka.includes(k));
}

/** A header's display form for messages (trimmed). */
export function displayHeader(h: string): string {
  return h.replace(/\s+/g, ' ').trim();
}








/** Snake-case names accepted in --map and profiles besides the camelCase ones. */
export function fieldFromName(kind: ImportKind, name: string): Field | undefined {
  const k = name.trim().replace(/[-_\s]+(\w)/g, (_, c: string) => c.toUpperCase());
  const fields = kindFields(kind);
  const direct = fields.find((f) => f.toLowerCase() === k.toLowerCase());
  if (direct) return direct;
  const a = kindSpec(kind).aliases[k.toLowerCase()];
  return a && fields.includes(a) ? a : undefined;
}

const DICT = new Map<ImportKind, { exact: Map<string, Field>; expanded: Map<string, Field> }>();
function dict(kind: ImportKind): { exact: Map<string, Field>; expanded: Map<string, Field> } {
  let d = DICT.get(kind);
  if (!d) {
    d = { exact: new Map(), expanded: new Map() };
    const words = Object.entries(kindSpec(kind).headers) as [Field, readonly string[]][];
    for (const [field, list] of words) {
      // The field's own camelCase name always matches too.
      for (const w of [field, ...list]) {
        for (const k of [fullHeaderKey(w), headerKey(w)]) if (k && !d.exact.has(k)) d.exact.set(k, field);
      }
    }
    // Second pass, so that an exact synonym of one field always beats an expanded form of another.
    for (const [field, list] of words) {
      for (const w of list) for (const k of expandedKeys(w)) if (k && !d.expanded.has(k)) d.expanded.set(k, field);
    }
    DICT.set(kind, d);
  }
  return d;
}

/** The canonical field a header means for this kind, if the dictionary knows it. */
export function fieldForHeader(kind: ImportKind, header: string): Field | undefined {
  const d = dict(kind);
  const hit = d.exact.get(fullHeaderKey(header)) ?? d.exact.get(headerKey(header));
  if (hit) return hit;
  for (const k of expandedKeys(header)) {
    const f = d.expanded.get(k);
    if (f) return f;
  }
  return undefined;
}

/** How many cells of a row look like headers of this kind (used to find the header row). */
export function headerScore(kind: ImportKind, cells: string[]): number {
  const seen = new Set<Field>();
  for (const c of cells) {
    if (!c || c.length > 60) continue;
    const f = fieldForHeader(kind, c);
    if (f) seen.add(f);
  }
  return seen.size;
}

export interface HeaderMatch {
  map: ColumnMap;
  /** Field → how it was matched: dictionary | profile | flag. */
  source: Partial<Record<Field, string>>;
  /** Header names that appear more than once: [header, 0-based columns]. */
  duplicates: [string, number[]][];
}

export interface ColumnSpec {
  field: Field;
  /** Header text, `Header#2`, or `#3` (1-based column). */
  spec: string;
  from: 'profile' | 'flag';
}

/** Resolve `Header`, `Header#2` or `#3` against the header row; undefined when absent. */
export function resolveColumn(headers: string[], spec: string): number | undefined {
  const s = spec.trim();
  const byIndex = /^#(\d+)$/.exec(s);
  if (byIndex) {
    const i = Number(byIndex[1]) - 1;
    return i >= 0 && i < headers.length ? i : undefined;
  }
  let nth = 1;
  let name = s;
  const m = /^(.*\S)\s*#(\d+)$/.exec(s);
  if (m && !headers.some((h) => h.trim() === s)) {
    name = m[1];
    nth = Number(m[2]);
  }
  const exact = headers.map((h, i) => [h, i] as const).filter(([h]) => h.trim() === name);
  if (exact.length >= nth) return exact[nth - 1][1];
  const key = fullHeaderKey(name);
  const loose = headers.map((h, i) => [h, i] as const).filter(([h]) => h && (fullHeaderKey(h) === key || headerKey(h) === headerKey(name)));
  if (loose.length >= nth) return loose[nth - 1][1];
  // Abbreviations written out: a profile's "Net due date" finds SAP's "Net due dt".
  const keys = expandedKeys(name);
  const expanded = headers.map((h, i) => [h, i] as const).filter(([h]) => h && expandedKeys(h).some((k) => keys.includes(k)));
  if (expanded.length >= nth) return expanded[nth - 1][1];
  return undefined;
}

/**
 * Map a header row: explicit specs (profile, then --map, the later winning) first, then the
 * dictionary for every other column. The first of duplicate headers is the one matched.
 */
export function matchHeaders(kind: ImportKind, headers: string[], explicit: ColumnSpec[]): HeaderMatch & { missing: ColumnSpec[] } {
  const map: ColumnMap = {};
  const source: Partial<Record<Field, string>> = {};
  const used = new Set<number>();
  const missing: ColumnSpec[] = [];
  for (const e of explicit) {
    if (e.spec === '') {
      // An explicit empty mapping switches a field off.
      delete map[e.field];
      source[e.field] = e.from;
      continue;
    }
    const i = resolveColumn(headers, e.spec);
    if (i === undefined) {
      if (e.from === 'flag') missing.push(e);
      continue;
    }
    map[e.field] = i;
    source[e.field] = e.from;
  }
  for (const i of Object.values(map)) used.add(i as number);
  const seenKeys = new Map<string, number[]>();
  headers.forEach((h, i) => {
    const k = fullHeaderKey(h ?? '');
    if (!k) return;
    seenKeys.set(k, [...(seenKeys.get(k) ?? []), i]);
  });
  headers.forEach((h, i) => {
    if (used.has(i) || !h) return;
    const f = fieldForHeader(kind, h);
    if (!f || f in source) return;
    // The first of duplicates wins.
    if ((seenKeys.get(fullHeaderKey(h)) ?? [i])[0] !== i) return;
    map[f] = i;
    source[f] = 'dictionary';
    used.add(i);
  });
  // 原币 (the document's currency) over 本币 (the company's): amounts follow the row's currency.
  for (const f of Object.keys(map) as Field[]) {
    const i = map[f] as number;
    if (source[f] !== 'dictionary' || !/本币/.test(headers[i] ?? '')) continue;
    const j = headers.findIndex((h, k) => !used.has(k) && /原币/.test(h ?? '') && fieldForHeader(kind, h) === f);
    if (j >= 0) {
      map[f] = j;
      used.add(j);
      used.delete(i);
    }
  }
  const duplicates: [string, number[]][] = [];
  for (const [, cols] of seenKeys) if (cols.length > 1) duplicates.push([displayHeader(headers[cols[0]]), cols]);
  return { map, source, duplicates, missing };
}
