// Header text: normalise a header (trim, NFKC, no leading `*`, no unit suffix such as `(元)`,
// case- and punctuation-insensitive), compare two, and resolve a `Header#2` spec to a column.
// Matching headers to a kind's fields is in match.ts.
import type { Field } from '../types.js';

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
  dt: 'date',
  dte: 'date',
  amt: 'amount',
  amnt: 'amount',
  curr: 'currency',
  cur: 'currency',
  ccy: 'currency',
  crcy: 'currency',
  no: 'number',
  nr: 'number',
  num: 'number',
  nbr: 'number',
  nummer: 'number',
  doc: 'document',
  inv: 'invoice',
  cust: 'customer',
  bal: 'balance',
  pstng: 'posting',
  orig: 'original',
  acct: 'account',
  ref: 'reference',
  dc: 'document currency',
  lc: 'local currency',
  pmt: 'payment',
  pymt: 'payment',
  rcpt: 'receipt',
  outstdg: 'outstanding',
  dat: 'date',
  datum: 'date',
  betr: 'betrag',
  währg: 'währung',
  fälligk: 'fälligkeit',
  bw: 'belegwährung',
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
  return words
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join('')
    .replace(/\s+/g, '');
}

export function expandedKeys(header: string): string[] {
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
