// Finding the table in an export: title rows above the header (with the as-of date), the header
// row itself, and the structural rows inside the table that are not data: blank rows, group rows
// (a customer name or an aging-bucket label alone), subtotal/total rows and footers.
import { cellText, isBlank } from './values.js';
import type { Cell, SourceRow } from '../types.js';

/** Each cell as trimmed text (spreadsheet numbers and dates written out). */
export function texts(cells: Cell[]): string[] {
  return cells.map((c) => (typeof c === 'string' ? c.trim() : c === null || c === undefined ? '' : cellText(c)));
}

/**
 * Multi-row headers: where the header row leaves a column empty or the row above it labels a
 * group ("Amount" over "Original | Open"), join them. Returns the header texts per column.
 */
export function headerTexts(rows: SourceRow[], index: number): string[] {
  const own = texts(rows[index].cells);
  if (index === 0) return own;
  const above = texts(rows[index - 1].cells);
  // Only when the row above looks like part of the header (several short labels, no numbers).
  const aboveFilled = above.filter((c) => c !== '').length;
  if (aboveFilled < 2 || rows[index - 1].cells.some((c) => typeof c === 'number' || c instanceof Date)) return own;
  const out = own.slice();
  for (let i = 0; i < Math.max(own.length, above.length); i++) {
    if ((out[i] ?? '') === '' && (above[i] ?? '') !== '') out[i] = above[i];
  }
  return out;
}

const AS_OF_PATTERNS: RegExp[] = [
  /\b(?:as\s+of|as\s+at|as\s+on|through|ending|report\s+date|statement\s+date|stichtag|per|date)\s*[:：]?\s*(.+)$/i,
  /(?:截至|截止日期|截止|查询日期|报表日期|统计日期|统计截止日|打印日期|日期)\s*[:：]?\s*(.+?)(?:\s*止)?$/,
];

/** Text of a title row that states the as-of date ("As of November 30, 2026", "查询日期：2026-11-30"). */
export function asOfText(rows: SourceRow[]): string | undefined {
  for (const r of rows) {
    const cells = texts(r.cells).filter((c) => c !== '');
    // An unquoted "As of November 30, 2026" arrives split at the comma: try the joined row too.
    for (const c of [cells.join(', '), ...cells]) {
      if (!c) continue;
      for (const re of AS_OF_PATTERNS) {
        const m = re.exec(c.normalize('NFKC'));
        if (m && /\d/.test(m[1])) return m[1].trim().replace(/[.。]$/, '');
      }
    }
  }
  return undefined;
}

const TOTAL_RE =
  /^(?:grand\s+total|total|sub-?\s*total|totals|summe|gesamtsumme|zwischensumme|gesamt|合\s*计|小\s*计|总\s*计|总合计|本页合计|累计|本月合计|本年累计|\*+)(?:\b|$|[\s:：(（])/i;
const TOTAL_FOR_RE = /^total\s+(?:for\s+)?(.+)$/i;

/** Whether a cell's text labels a total row. */
const TOTAL_FIRST = new Set(['g', 'G', 't', 'T', 's', 'S', 'z', 'Z', '合', '小', '总', '本', '累', '*', ' ', '\u3000', 'Ｔ', 'ｔ', 'Ｇ', 'Ｓ']);

// "苏州恒通机械有限公司小计", "客户小计", "本页小计", "【小计】": Chinese reports put the word last.
const TOTAL_END_RE = /(?:小\s*计|合\s*计|总\s*计|累\s*计)\s*[】\]]?$/;

export function isTotalLabel(text: string): boolean {
  if (TOTAL_FIRST.has(text.charAt(0))) {
    const s = text.normalize('NFKC').trim();
    if (s !== '' && TOTAL_RE.test(s)) return true;
  }
  return text.includes('计') && TOTAL_END_RE.test(text.normalize('NFKC').trim());
}

const TOTAL_WORD_RE = /^(?:grand\s+total|sub-?\s*total|totals?|summe|gesamtsumme|zwischensumme|total\s+for\s+.+)$/i;

/** A cell that is nothing but a total's label (`小计`, `客户小计`, `【合计】`, `Subtotal`, `Total for Acme`). */
function isTotalWord(text: string): boolean {
  const last = text.charAt(text.length - 1);
  if (last !== '计' && last !== '】' && last !== ']' && last !== ' ' && !TOTAL_FIRST.has(text.charAt(0))) return false;
  const s = text.normalize('NFKC').trim();
  return TOTAL_END_RE.test(s) || TOTAL_WORD_RE.test(s);
}

/** "Total for Acme Corp" → "Acme Corp" (the group it closes); undefined for grand totals. */
export function totalGroupName(text: string): string | undefined {
  const s = text.normalize('NFKC').trim();
  if (/^(grand\s+total|total|totals|合\s*计|总\s*计|总合计)$/i.test(s)) return undefined;
  const m = TOTAL_FOR_RE.exec(s);
  if (m) return m[1].trim();
  const zh = /^(?:小计|合计)\s*[:：(（]?\s*(.+?)[)）]?$/.exec(s);
  if (zh) return zh[1];
  const last = /^[【[]?\s*(.+?)\s*(?:小计|合计)\s*[】\]]?$/.exec(s);
  return last ? last[1] : undefined;
}

const BUCKET_RE =
  /^(?:current|not\s+(?:yet\s+)?due|not\s+overdue|\d+\s*(?:-|–|to)\s*\d+\s*days?(?:\s+past\s+due|\s+overdue)?|(?:\d+|over\s+\d+|more\s+than\s+\d+)\s*(?:\+\s*)?(?:or\s+more\s+)?days?(?:\s+(?:or\s+more\s+)?past\s+due|\s+overdue)?|\d+\+|>\s*\d+(?:\s*days?)?|未到期|未逾期|逾期\s*\d+\s*(?:-|–|至|到)\s*\d+\s*天|逾期\s*\d+\s*天以上|\d+\s*(?:-|–|至)\s*\d+\s*天|\d+\s*天以上|\d+\s*年以上|\d+\s*(?:-|–|至)\s*\d+\s*年|\d+\s*年以内.*|1年以内.*|账龄.*)$/i;

// Aging columns of aged-receivables reports: Xero's `< 1 Month` … `Older`, QuickBooks' bare `1 - 30`,
// `91 and over`, 用友's `30天以内`.
const BUCKET_COLUMN_RE =
  /^(?:<\s*)?\d+\s*months?(?:\s+(?:overdue|past\s+due))?$|^older$|^\d+\s*天以内$|^\d+\s*(?:-|–|to)\s*\d+$|^\d+\s*(?:and|or)\s+(?:over|more|older)$|^(?:over|>)\s*\d+$/i;

/** An aging bucket's label, as a group row above its invoices or as a report's column. */
export function isBucketLabel(text: string): boolean {
  const s = text.normalize('NFKC').trim();
  return s !== '' && (BUCKET_RE.test(s) || BUCKET_COLUMN_RE.test(s));
}

const FOOTER_RE =
  /(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?|accrual\s+basis|cash\s+basis|page\s+\d+|^\s*第\s*\d+\s*页|制表人|制表|审核人|打印人|打印时间|generated|report\s+run|run\s+(?:date|time)|printed)/i;

export function isFooterText(text: string): boolean {
  return FOOTER_RE.test(text.normalize('NFKC'));
}

// Lines that only end a report: signature blocks of Chinese reports (制表人：王丽, 审核人：, 单位负责人),
// page numbers, and QuickBooks' basis-and-time line. Seen first in a row, they are never data.
const SIGNATURE_RE =
  /^(?:制表人?|制单人?|审核人?|复核人?|记账人?|单位负责人|会计主管|财务主管|财务负责人|经办人|出纳|操作员|打印人|打印日期|打印时间|(?:报表)?(?:生成|导出)(?:时间|日期|人)|report\s+(?:run|generated|printed)(?:\s+(?:on|at|by))?|prepared\s+by|reviewed\s+by|approved\s+by|printed\s+(?:on|by))\s*[:：]|^第\s*\d+\s*页|^共\s*\d+\s*页|^page\s+\d+(?:\s+of\s+\d+)?$|^(?:accrual|cash)\s+basis\b/i;

export function isSignatureText(text: string): boolean {
  return SIGNATURE_RE.test(text.normalize('NFKC').trim());
}

// First characters of SIGNATURE_RE's words, so that a data row costs one Set lookup.
const SIGNATURE_FIRST = new Set([...'制审复记单会财经出操打报生导第共PpAaCcRr']);

function signatureFirst(cells: Cell[]): boolean {
  for (const c of cells) {
    if (isBlank(c)) continue;
    if (typeof c !== 'string') return false;
    const t = c.trimStart();
    return SIGNATURE_FIRST.has(t.charAt(0)) && isSignatureText(t);
  }
  return false;
}

const DATA = { kind: 'data' } as const;
const FOOTER = { kind: 'footer' } as const;

export type RowClass =
  | { kind: 'blank' }
  | { kind: 'total'; label: string; group?: string }
  | { kind: 'group'; text: string; bucket: boolean; footer: boolean }
  | { kind: 'footer' }
  | { kind: 'data' };

/**
 * What a row inside the table is. `keyCols` are the columns that every data row fills (invoice
 * number, customer); `amountCols` hold money.
 */
export function classifyRow(cells: Cell[], keyCols: number[], amountCols: number[], numberCol?: number): RowClass {
  // "小计" or "Subtotal" where the document number goes: no document is numbered so, whatever
  // the customer column beside it says (金蝶 repeats the customer on its 小计 rows).
  if (numberCol !== undefined) {
    const c = cells[numberCol];
    if (typeof c === 'string' && c !== '' && isTotalWord(c)) return { kind: 'total', label: c.trim(), group: totalGroupName(c) };
  }
  // Fast path for the common data row: two or more key columns, all filled. (A total row leaves
  // its key columns empty or puts the label in one of them and leaves the others empty.)
  if (keyCols.length >= 2) {
    let all = true;
    let labels = 0;
    for (const i of keyCols) {
      const c = cells[i];
      if (c === null || c === undefined || (typeof c === 'string' && c.trim() === '')) {
        all = false;
        break;
      }
      if (typeof c === 'string' && isTotalLabel(c)) labels++;
    }
    // "复核：张三,,记账：李四": a signature block can fill the key columns too.
    if (all && labels < keyCols.length) return signatureFirst(cells) ? FOOTER : DATA;
  }
  let filled = 0;
  let firstText = '';
  let firstIdx = -1;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (isBlank(c)) continue;
    filled++;
    if (firstIdx < 0) {
      firstIdx = i;
      firstText = typeof c === 'string' ? c.trim() : cellText(c);
    }
  }
  if (filled === 0) return { kind: 'blank' };
  if (typeof cells[firstIdx] === 'string' && isSignatureText(firstText)) return FOOTER;
  const keysEmpty = keyCols.length > 0 && keyCols.every((i) => isBlank(cells[i] ?? null));
  // A total label anywhere before the amounts, in a row whose key columns are empty or hold the label.
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (typeof c !== 'string' || c.trim() === '') continue;
    if (isTotalLabel(c)) {
      const keyHoldsLabel = keyCols.includes(i) && keyCols.every((k) => k === i || isBlank(cells[k] ?? null) || isTotalLabel(String(cells[k])));
      if (keysEmpty || keyHoldsLabel || keyCols.length === 0) return { kind: 'total', label: c.trim(), group: totalGroupName(c) };
    }
    break; // only the first text cell can be a label
  }
  const hasAmount = amountCols.some((i) => !isBlank(cells[i] ?? null));
  if (filled === 1 && !hasAmount && typeof cells[firstIdx] === 'string') {
    return { kind: 'group', text: firstText, bucket: isBucketLabel(firstText), footer: isFooterText(firstText) };
  }
  if (keysEmpty && hasAmount) {
    // No invoice number, no customer, but an amount: an unlabelled (per-currency) total line.
    return { kind: 'total', label: '' };
  }
  if (keysEmpty && !hasAmount && filled <= 2 && (isFooterText(firstText) || isBucketLabel(firstText))) {
    return { kind: 'group', text: firstText, bucket: isBucketLabel(firstText), footer: isFooterText(firstText) };
  }
  return { kind: 'data' };
}
