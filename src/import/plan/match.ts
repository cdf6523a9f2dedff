// Matching a header row to an import kind's fields: the EN/ZH header words of each kind
// (kinds/<kind>.ts) through the normalisations of headers.ts; finding the header row by them.
import { kindFields, kindSpec } from '../kinds/index.js';
import { IMPORT_KINDS, type ColumnMap, type Field, type ImportKind, type SourceRow } from '../types.js';
import { displayHeader, expandedKeys, fullHeaderKey, headerKey, resolveColumn, type ColumnSpec } from './headers.js';
import { texts } from './locate.js';
import { headerUnit } from './units.js';
import { placeReference } from '../kinds/invoices.js';

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
  // `USD '000`, `人民币（万元）`: a column headed by nothing but a currency and a unit holds amounts.
  if (
    headerUnit(header) &&
    /^\s*(?:[A-Z]{3}|人民币|美元|欧元|港币|RMB)?\s*(?:'?0{3}(?:,?000)?s?|in\s+(?:thousands|millions)|[(（[【].*)?\s*$/i.test(header.normalize('NFKC'))
  ) {
    return fieldForHeader(kind, 'Amount');
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
  if (kind === 'invoices') placeReference(map, source, headers);
  const duplicates: [string, number[]][] = [];
  for (const [, cols] of seenKeys) if (cols.length > 1) duplicates.push([displayHeader(headers[cols[0]]), cols]);
  return { map, source, duplicates, missing };
}

export interface HeaderGuess {
  /** Index into the rows given. */
  index: number;
  /** Best kind by header matches (with its score). */
  scores: Record<ImportKind, number>;
}

/**
 * The header row: among the first rows, the one where the most cells are known headers (for the
 * given kind, else any kind). Needs at least two known headers; undefined otherwise.
 */
export function findHeaderRow(rows: SourceRow[], kind?: ImportKind, limit = 60): HeaderGuess | undefined {
  let best: HeaderGuess | undefined;
  let bestScore = 1;
  const kinds = kind ? [kind] : IMPORT_KINDS;
  for (let i = 0; i < Math.min(rows.length, limit); i++) {
    const cells = texts(rows[i].cells);
    const filled = cells.filter((c) => c !== '').length;
    if (filled < 2) continue;
    // A header row is text, not amounts or dates.
    if (rows[i].cells.some((c) => typeof c === 'number' || c instanceof Date)) continue;
    const scores = Object.fromEntries(IMPORT_KINDS.map((k) => [k, headerScore(k, cells)])) as Record<ImportKind, number>;
    const score = Math.max(...kinds.map((k) => scores[k]));
    if (score > bestScore) {
      best = { index: i, scores };
      bestScore = score;
    }
  }
  return best;
}
