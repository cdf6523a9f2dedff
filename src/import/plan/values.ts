// Cell values → ledger values: money (integer minor units, never through a float), ISO dates,
// currency codes, invoice kinds, booleans, IDs. Each returns ok/empty/error with a bilingual reason.
import { minorDigits, parseMoney } from '../../core/money.js';
import { isIsoDate } from '../../core/dates.js';
import { excelSerialToIso, parseDateText, type DateOrder } from './dates.js';
import type { Cell } from '../types.js';
import { msg, type Msg } from '../../i18n/index.js';
import type { Reason } from '../text.js';
import { isIsoCurrency } from '../../core/money.js';

export type { Reason } from '../text.js';
export type Parsed<T> = { ok: true; value: T } | { ok: false; empty: true } | { ok: false; empty?: false; reason: Reason };

const EMPTY = { ok: false, empty: true } as const;
const fail = (reason: Msg): { ok: false; reason: Msg } => ({ ok: false, reason });

/** Text of a cell as a person would read it. */
export function cellText(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'string') return c;
  if (typeof c === 'number') return String(c);
  if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE';
  return dateToIso(c);
}

export function isBlank(c: Cell): boolean {
  return c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
}

/** Excel's `="00123"` (text kept from being turned into a number) → 00123. */
export function unwrapExcelText(s: string): string {
  if (s.length >= 3 && s.charCodeAt(0) === 61 && s.charCodeAt(1) === 34 && s.endsWith('"')) return s.slice(2, -1).replace(/""/g, '"');
  return s;
}

/** An identifier (invoice number, code): kept as text, leading zeros and all digits included. */
export function parseId(c: Cell): Parsed<string> {
  if (isBlank(c)) return EMPTY;
  if (typeof c === 'number') {
    if (!Number.isSafeInteger(c) && Number.isInteger(c)) {
      return fail(msg('import.value.lostDigits', { v: c }));
    }
    return { ok: true, value: String(c) };
  }
  if (c instanceof Date) return { ok: true, value: dateToIso(c) };
  // Plain ASCII without surrounding spaces (nearly every ID) needs no normalising.
  if (typeof c === 'string' && PLAIN_ID.test(c)) return { ok: true, value: c };
  const s = unwrapExcelText(String(c)).normalize('NFKC').trim();
  return s === '' ? EMPTY : { ok: true, value: s };
}

const PLAIN_ID = /^[\x21-\x3c\x3e-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

export function parseText(c: Cell): Parsed<string> {
  if (typeof c === 'string' && c !== '' && c.charCodeAt(0) > 32 && c.charCodeAt(c.length - 1) > 32 && c.charCodeAt(0) !== 61) return { ok: true, value: c };
  if (isBlank(c)) return EMPTY;
  const s = c instanceof Date ? dateToIso(c) : unwrapExcelText(String(c)).trim();
  return s === '' ? EMPTY : { ok: true, value: s };
}

const PLAIN_MONEY = /^-?\d{1,15}(?:\.\d{1,4})?$/;
const DIGITS = new Map<string, number>();

/**
 * An amount in minor units. Text goes through parseMoney (decimal comma, brackets, trailing minus,
 * 万, symbols); spreadsheet numbers through their shortest decimal form. The detected currency is
 * returned so the caller can check it against the row's currency.
 */
export function parseAmount(c: Cell, currency: string, decimalMark: '.' | ',' | 'auto', power = 0): Parsed<{ minor: number; currency?: string }> {
  if (isBlank(c)) return EMPTY;
  if (power > 0) return parseScaled(c, currency, decimalMark, power);
  let digits = DIGITS.get(currency);
  if (digits === undefined) DIGITS.set(currency, (digits = minorDigits(currency)));
  if (typeof c === 'number') {
    if (!Number.isFinite(c)) return fail(msg('import.value.notAmount', { v: c }));
    let text = String(c);
    if (/e/i.test(text)) text = c.toFixed(digits);
    const frac = text.split('.')[1] ?? '';
    if (frac.length > digits) {
      // A spreadsheet double such as 1234.5599999999999: the stored value rounded to the
      // currency's digits, accepted only when that is within binary noise of it.
      const fixed = c.toFixed(digits);
      if (Math.abs(Number(fixed) - c) > Math.abs(c) * 1e-12 + 10 ** -(digits + 6)) {
        return fail(msg('import.value.tooManyDecimals', { v: text, currency, digits }));
      }
      text = fixed;
    }
    const r = parseMoney(text, { currency, decimalMark: '.' });
    return r.kind === 'ok' ? { ok: true, value: { minor: r.minor } } : r.kind === 'empty' ? EMPTY : { ok: false, reason: r.message };
  }
  if (typeof c !== 'string') return fail(msg('import.value.notAmount', { v: cellText(c) }));
  // Fast path: plain digits with a dot.
  if (decimalMark !== ',' && PLAIN_MONEY.test(c)) {
    const neg = c.charCodeAt(0) === 45;
    const body = neg ? c.slice(1) : c;
    const dot = body.indexOf('.');
    const int = dot < 0 ? body : body.slice(0, dot);
    let frac = dot < 0 ? '' : body.slice(dot + 1);
    if (frac.length <= digits) {
      frac = frac.padEnd(digits, '0');
      const v = Number(int + frac);
      if (Number.isSafeInteger(v)) return { ok: true, value: { minor: neg && v !== 0 ? -v : v } };
    }
  }
  const r = parseMoney(unwrapExcelText(c), { currency, decimalMark });
  if (r.kind === 'empty') return EMPTY;
  if (r.kind === 'error') return { ok: false, reason: r.message };
  return { ok: true, value: r.currency ? { minor: r.minor, currency: r.currency } : { minor: r.minor } };
}

/** An amount in a column stated in a unit (万元: power 4): the decimal point moves, never a float product. */
function parseScaled(c: Cell, currency: string, decimalMark: '.' | ',' | 'auto', power: number): Parsed<{ minor: number; currency?: string }> {
  let text: string;
  if (typeof c === 'number') {
    if (!Number.isFinite(c)) return fail(msg('import.value.notAmount', { v: c }));
    // The shortest decimal form of the cell's number: 12.35 stays 12.35, and 12.35 万 is 123500.
    text = /e/i.test(String(c)) ? c.toFixed(minorDigits(currency) + power) : String(c);
    decimalMark = '.';
  } else if (typeof c === 'string') text = unwrapExcelText(c);
  else return fail(msg('import.value.notAmount', { v: cellText(c) }));
  const r = parseMoney(text, { currency, decimalMark, power });
  if (r.kind === 'empty') return EMPTY;
  if (r.kind === 'error') return { ok: false, reason: r.message };
  return { ok: true, value: r.currency ? { minor: r.minor, currency: r.currency } : { minor: r.minor } };
}

/**
 * An amount with more decimals than its currency has, rounded half away from zero to the
 * currency's digits (Xero's 4-decimal line amounts). `rounded` says whether digits were dropped.
 */
export function parseAmountRounded(
  c: Cell,
  currency: string,
  decimalMark: '.' | ',' | 'auto',
  power = 0,
): Parsed<{ minor: number; currency?: string; rounded?: boolean }> {
  const r = parseAmount(c, currency, decimalMark, power);
  if (r.ok || r.empty || power > 0) return r;
  const digits = minorDigits(currency);
  let text: string;
  if (typeof c === 'number' && Number.isFinite(c)) text = String(c).includes('e') ? c.toFixed(digits + 4) : String(c);
  else if (typeof c === 'string') text = c.trim();
  else return r;
  const mark = decimalMark === ',' ? ',' : '.';
  const other = mark === '.' ? ',' : '.';
  // Sign, integer digits (with the other mark as grouping), the decimal mark, fraction digits.
  const m = new RegExp(`^(-?)([0-9${other === '.' ? '.' : ','}' ]*[0-9])\\${mark}([0-9]+)(-?)$`).exec(text);
  if (!m || m[3].length <= digits || (m[1] && m[4])) return r;
  const int = m[2].replace(/[^0-9]/g, '');
  const frac = m[3];
  const kept = BigInt(int + frac.slice(0, digits)) + (Number(frac.charAt(digits)) >= 5 ? 1n : 0n);
  if (kept > BigInt(Number.MAX_SAFE_INTEGER)) return r;
  const minor = Number(kept);
  return { ok: true, value: { minor: (m[1] || m[4]) && minor !== 0 ? -minor : minor, rounded: true } };
}

export function dateToIso(d: Date): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** YYYY-MM-DD with a real month and day, checked without regular expressions. */
function isoQuick(s: string): boolean {
  const d = (i: number) => s.charCodeAt(i) - 48;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (d(i) < 0 || d(i) > 9) return false;
  const m = d(5) * 10 + d(6);
  const day = d(8) * 10 + d(9);
  if (m < 1 || m > 12 || day < 1) return false;
  return day <= 28 || isIsoDate(s);
}

/** `given`: the order came from the user (--date-format, a profile), so a date that does not fit it says so. */
export function parseDate(c: Cell, order: DateOrder, system: 1900 | 1904, given = false): Parsed<string> {
  if (isBlank(c)) return EMPTY;
  if (c instanceof Date) {
    if (Number.isNaN(c.getTime())) return fail(msg('import.value.notADate'));
    return { ok: true, value: dateToIso(c) };
  }
  if (typeof c === 'number') return serialDate(c, system);
  if (typeof c === 'boolean') return fail(msg('import.value.notDate', { v: String(c) }));
  if (c === null) return EMPTY;
  if (c.length === 10 && isoQuick(c)) return { ok: true, value: c };
  const s = unwrapExcelText(c).trim();
  // A bare Excel serial that reached a CSV (e.g. 46112): 5 digits in a plausible range.
  if (/^\d{5}(?:\.\d+)?$/.test(s)) {
    const n = Number(s);
    if (n >= 20000 && n <= 80000) return serialDate(n, system);
  }
  const r = parseDateText(s, order, given);
  if (r.kind === 'ok') return { ok: true, value: r.iso };
  if (r.kind === 'empty') return EMPTY;
  return { ok: false, reason: r.message };
}

function serialDate(n: number, system: 1900 | 1904): Parsed<string> {
  try {
    if (n < 1 || n > 2958465) throw new RangeError('out of range');
    return { ok: true, value: excelSerialToIso(n, system) };
  } catch {
    return fail(msg('import.value.notDate', { v: n }));
  }
}

// ---------------------------------------------------------------------------- currency

const CURRENCY_NAMES: Record<string, string> = {
  人民币: 'CNY',
  rmb: 'CNY',
  '¥': 'CNY',
  '￥': 'CNY',
  元: 'CNY',
  'cn¥': 'CNY',
  yuan: 'CNY',
  renminbi: 'CNY',
  cnh: 'CNH',
  人民币元: 'CNY',
  本位币: '',
  美元: 'USD',
  us$: 'USD',
  $: 'USD',
  'us dollar': 'USD',
  'us dollars': 'USD',
  dollar: 'USD',
  欧元: 'EUR',
  '€': 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  英镑: 'GBP',
  '£': 'GBP',
  pound: 'GBP',
  'pounds sterling': 'GBP',
  日元: 'JPY',
  日币: 'JPY',
  円: 'JPY',
  'jp¥': 'JPY',
  yen: 'JPY',
  港币: 'HKD',
  港元: 'HKD',
  hk$: 'HKD',
  新台币: 'TWD',
  台币: 'TWD',
  nt$: 'TWD',
  澳元: 'AUD',
  a$: 'AUD',
  加元: 'CAD',
  加币: 'CAD',
  c$: 'CAD',
  新加坡元: 'SGD',
  新元: 'SGD',
  s$: 'SGD',
  瑞士法郎: 'CHF',
  韩元: 'KRW',
  '₩': 'KRW',
  澳门元: 'MOP',
  卢布: 'RUB',
  'canadian dollar': 'CAD',
  'australian dollar': 'AUD',
  'new zealand dollar': 'NZD',
  'singapore dollar': 'SGD',
  'hong kong dollar': 'HKD',
  'british pound': 'GBP',
  'pound sterling': 'GBP',
  'japanese yen': 'JPY',
  'chinese yuan': 'CNY',
  'chinese yuan renminbi': 'CNY',
  'swiss franc': 'CHF',
  'canadian dollars': 'CAD',
  印度卢比: 'INR',
  '₹': 'INR',
  泰铢: 'THB',
  新西兰元: 'NZD',
  马来西亚林吉特: 'MYR',
  林吉特: 'MYR',
};

/** A currency cell → ISO 4217 code: codes, 人民币/RMB/¥ → CNY, 美元 → USD, … */
const CURRENCY_CACHE = new Map<string, Parsed<string>>();

export function parseCurrency(c: Cell): Parsed<string> {
  if (typeof c === 'string') {
    let r = CURRENCY_CACHE.get(c);
    if (r === undefined) {
      r = currencyOf(c);
      if (CURRENCY_CACHE.size < 1000) CURRENCY_CACHE.set(c, r);
    }
    return r;
  }
  return currencyOf(c);
}

function currencyOf(c: Cell): Parsed<string> {
  if (isBlank(c)) return EMPTY;
  const raw = String(c).normalize('NFKC').trim();
  const up = raw.toUpperCase();
  if (/^[A-Z]{3}$/.test(up) && isIsoCurrency(up)) return { ok: true, value: up };
  const named = CURRENCY_NAMES[raw.toLowerCase()] ?? CURRENCY_NAMES[raw.replace(/\s+/g, '').toLowerCase()];
  if (named) return { ok: true, value: named };
  // "CNY - Chinese Yuan", "USD (US Dollar)", "人民币(CNY)"
  const code = /\b([A-Z]{3})\b/.exec(up);
  if (code && isIsoCurrency(code[1])) return { ok: true, value: code[1] };
  return fail(msg('import.value.badCurrency', { v: raw }));
}

// ---------------------------------------------------------------------------- kinds

export type DocKind = 'invoice' | 'credit_note' | 'skip';

const CREDIT_WORDS = [
  'credit',
  'credit note',
  'credit memo',
  'creditnote',
  'credit_note',
  'cn',
  'cr',
  'refund',
  'sales credit note',
  'accrec credit',
  'accreccredit',
  'sales overpayment',
  'sales prepayment',
  'overpayment',
  'prepayment',
  'payment',
  'unapplied payment',
  'journal entry credit',
  'dg',
  'dz',
  'gutschrift',
  'avoir',
  '贷项',
  '贷项通知单',
  '贷项凭证',
  '红字',
  '红字发票',
  '红字应收单',
  '红冲',
  '退货',
  '销售退货',
  '退款',
  '预收',
  '预收款',
  '收款单',
  '折让',
];
const INVOICE_WORDS = [
  'invoice',
  'inv',
  'tax invoice',
  'sales invoice',
  'bill',
  'accrec',
  'dr',
  'rv',
  'rd',
  'dn',
  'debit',
  'debit note',
  'debit memo',
  'charge',
  'statement charge',
  'journal entry',
  'rechnung',
  'facture',
  '发票',
  '销售发票',
  '应收单',
  '蓝字',
  '蓝字发票',
  '增值税专用发票',
  '增值税普通发票',
  '普通发票',
  '专用发票',
  '其他应收单',
  '销售出库',
  '销售',
];

const KIND_MAP = new Map<string, DocKind>();
for (const w of CREDIT_WORDS) KIND_MAP.set(w, 'credit_note');
for (const w of INVOICE_WORDS) KIND_MAP.set(w, 'invoice');

/** A document-type cell → invoice | credit_note; unknown text is an error, blank is empty. */
const KIND_CACHE = new Map<string, Parsed<DocKind>>();

export function parseKind(c: Cell): Parsed<DocKind> {
  if (typeof c === 'string') {
    let r = KIND_CACHE.get(c);
    if (r === undefined) {
      r = kindOf(c);
      if (KIND_CACHE.size < 1000) KIND_CACHE.set(c, r);
    }
    return r;
  }
  return kindOf(c);
}

function kindOf(c: Cell): Parsed<DocKind> {
  if (isBlank(c)) return EMPTY;
  const s = String(c).normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  const k = KIND_MAP.get(s);
  if (k) return { ok: true, value: k };
  if (/credit|贷项|红字|红冲|退货|退款|gutschrift/.test(s)) return { ok: true, value: 'credit_note' };
  if (/invoice|发票|应收单|rechnung|bill/.test(s)) return { ok: true, value: 'invoice' };
  return fail(msg('import.value.badDocType', { v: String(c).trim() }));
}

/** Status words: paid/void/draft documents are handled by the caller. */
export function parseStatus(c: Cell): 'open' | 'paid' | 'void' | 'draft' | undefined {
  if (isBlank(c)) return undefined;
  const s = String(c).normalize('NFKC').trim().toLowerCase();
  if (/^(void|voided|deleted|cancelled|canceled|作废|已作废|删除|已删除|取消|已取消)$/.test(s)) return 'void';
  if (/^(draft|submitted|awaiting approval|草稿|暂存|未审核|待审核|已提交)$/.test(s)) return 'draft';
  if (/^(paid|closed|fully paid|已付|已付款|已收款|已收|已结清|结清|已核销|完全核销|全部核销|关闭|已关闭)$/.test(s)) return 'paid';
  return 'open';
}

// ---------------------------------------------------------------------------- booleans

export function parseBool(c: Cell): Parsed<boolean> {
  if (isBlank(c)) return EMPTY;
  if (typeof c === 'boolean') return { ok: true, value: c };
  if (typeof c === 'number') return c === 1 ? { ok: true, value: true } : c === 0 ? { ok: true, value: false } : fail(msg('import.value.notYesNo', { v: c }));
  const s = String(c).normalize('NFKC').trim().toLowerCase();
  if (['1', 'y', 'yes', 'true', 't', 'x', '✓', '是', '对', '√'].includes(s)) return { ok: true, value: true };
  if (['0', 'n', 'no', 'false', 'f', '否', '不是', '×'].includes(s)) return { ok: true, value: false };
  return fail(msg('import.value.quotedNotYesNo', { v: String(c).trim() }));
}

export function parseInteger(c: Cell): Parsed<number> {
  if (isBlank(c)) return EMPTY;
  const s = String(c).normalize('NFKC').trim();
  const m = /^(?:net\s*)?(\d{1,4})(?:\s*(?:days?|天|日))?$/i.exec(s);
  if (m) return { ok: true, value: Number(m[1]) };
  return fail(msg('import.value.notDays', { v: s }));
}
