// Amount units: a header `应收金额(万元)`, `Amount (000s)`, `USD '000`, or a line above the table
// (`金额单位：万元`, `Amounts in thousands`) means every amount of that column is a multiple. The unit is
// a power of ten, applied exactly by moving the decimal point (core/money's parseMoney `power`).
import { DataError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import type { ColumnMap, Field, SourceRow } from '../types.js';
import { displayHeader } from './headers.js';

export interface AmountUnit {
  /** Power of ten: 万元 = 4, thousands = 3. */
  power: number;
  /** The unit as the file wrote it (万元, 000s): named in the summary. */
  label: string;
}

const CJK_UNITS: [string, number][] = [
  ['百万元', 6],
  ['百万', 6],
  ['亿元', 8],
  ['亿', 8],
  ['万元', 4],
  ['万', 4],
  ['千元', 3],
  ['千', 3],
  ['元', 0],
];

function cjkUnit(word: string): AmountUnit | undefined {
  const hit = CJK_UNITS.find(([w]) => word === w);
  return hit ? { power: hit[1], label: hit[0] } : undefined;
}

function westernUnit(word: string): AmountUnit | undefined {
  const w = word.toLowerCase().replace(/[’`]/g, "'");
  if (/^(?:'?000s?|thousands?|in thousands)$/.test(w)) return { power: 3, label: word };
  if (/^(?:'?000,?000s?|millions?|in millions|mn|mm)$/.test(w)) return { power: 6, label: word };
  return undefined;
}

/** The unit a header names, if any: `金额（千元）`, `Amount (000s)`, `USD '000`, `Amount in thousands`. */
export function headerUnit(header: string): AmountUnit | undefined {
  const h = header.normalize('NFKC').trim();
  const paren = /[([【]\s*(?:单位\s*[:：]?\s*)?([^()[\]【】]{1,16}?)\s*[)\]】]\s*$/.exec(h);
  if (paren) {
    const inner = paren[1].replace(/^(?:in\s+|[A-Z]{3}\s+)/i, '').trim();
    const u = cjkUnit(inner) ?? westernUnit(inner);
    if (u) return u;
  }
  const tail = /(?:\s|^)('?000s?|'000,000|in thousands|in millions)$/i.exec(h);
  if (tail) return westernUnit(tail[1]);
  const zh = /[-–/]\s*(百万元|万元|千元|亿元)$/.exec(h);
  return zh ? cjkUnit(zh[1]) : undefined;
}

/** A line above the table that states the unit of every amount: `金额单位：万元`, `Amounts in thousands`. */
export function tableUnit(above: SourceRow[]): AmountUnit | undefined {
  return tableUnitLine(above)?.unit;
}

function tableUnitLine(above: SourceRow[]): { unit: AmountUnit; line: number; text: string } | undefined {
  for (const r of above) {
    for (const c of r.cells) {
      if (typeof c !== 'string') continue;
      const s = c.normalize('NFKC').trim();
      const zh = /(?:金额)?单位\s*[:：]\s*(?:人民币)?\s*(百万元|万元|千元|亿元|元)/.exec(s);
      const en = zh ? undefined : /\b(?:amounts?|figures|all amounts)\s+(?:are\s+)?(?:stated\s+|shown\s+)?in\s+(?:[A-Z]{3}\s+)?(thousands|millions)\b/i.exec(s);
      const unit = zh ? cjkUnit(zh[1]) : en ? westernUnit(en[1]) : undefined;
      if (unit) return { unit, line: r.line, text: c.trim() };
    }
  }
  return undefined;
}

const AMOUNT_FIELDS: Field[] = ['total', 'open', 'paid', 'lineAmount', 'amount'];

/**
 * The unit of each mapped amount column: its header's, else the table's. Two amount columns in
 * different units are refused (a total row could not be checked and one figure would be wrong).
 */
export function decideUnits(display: string, headers: string[], map: ColumnMap, above: SourceRow[], headerLine: number): Partial<Record<Field, AmountUnit>> {
  const stated = tableUnitLine(above);
  const table = stated?.unit;
  const out: Partial<Record<Field, AmountUnit>> = {};
  let first: { field: Field; unit: AmountUnit; col: number } | undefined;
  // Two columns in different units (or one without): refused with both headers named.
  const disagree = (a: { unit: AmountUnit; col: number }, col: number, ub: string) =>
    new DataError(
      msg('importS3.unitsDisagree', {
        file: display,
        line: headerLine,
        a: displayHeader(headers[a.col] ?? ''),
        ua: a.unit.label,
        b: displayHeader(headers[col] ?? ''),
        ub,
      }),
      msg('importS3.unitsDisagreeHint'),
    );
  for (const f of AMOUNT_FIELDS) {
    const col = map[f];
    if (col === undefined) continue;
    const own = headerUnit(headers[col] ?? '');
    // `金额单位：万元` above a `金额（千元）` column: one of them is wrong, and which is not ours to guess.
    if (own && stated && own.power !== stated.unit.power) {
      throw new DataError(
        msg('importS3.unitLineDisagree', {
          file: display,
          line: stated.line,
          text: stated.text,
          header: displayHeader(headers[col] ?? ''),
          unit: own.label,
        }),
        msg('importS3.unitLineDisagreeHint'),
      );
    }
    const unit = own ?? table;
    if (!unit) continue;
    if (first && first.unit.power !== unit.power) throw disagree(first, col, unit.label);
    first ??= { field: f, unit, col };
    out[f] = unit;
  }
  // A column without a stated unit beside one with a unit: refused the same way.
  const unitless = AMOUNT_FIELDS.find((f) => map[f] !== undefined && !out[f]);
  if (first && first.unit.power !== 0 && unitless) {
    throw disagree(first, map[unitless] as number, '—');
  }
  return out;
}
