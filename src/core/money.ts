// Money is integer minor units + ISO 4217 code. Nothing in here goes through a float:
// amounts are parsed and printed as digit strings.

import { msg, type Msg } from '../i18n/msg.js';

export type MoneyParse = { kind: 'empty' } | { kind: 'ok'; minor: number; currency?: string } | { kind: 'error'; code: string; message: Msg };

export type DecimalMark = '.' | ',' | 'auto';

export interface ParseMoneyOptions {
  /** Currency the column is in; decides how many decimals are allowed. */
  currency?: string;
  /** `auto` (default) decides from the text itself. */
  decimalMark?: DecimalMark;
  /** The column's unit as a power of ten (万元 = 4, thousands = 3): the decimal point moves exactly. */
  power?: number;
}

export type MoneyLocale = 'en' | 'zh' | 'de' | 'fr';

export interface FormatMoneyOptions {
  locale?: MoneyLocale;
  symbol?: boolean;
  grouping?: boolean;
}

const ZERO_DIGIT = new Set(['JPY', 'KRW', 'VND', 'CLP', 'ISK', 'BIF', 'DJF', 'GNF', 'KMF', 'PYG', 'RWF', 'UGX', 'UYI', 'VUV', 'XAF', 'XOF', 'XPF']);
const THREE_DIGIT = new Set(['BHD', 'KWD', 'OMR', 'JOD', 'TND', 'IQD', 'LYD']);
const FOUR_DIGIT = new Set(['CLF', 'UYW']);

/** ISO 4217 minor-unit digits; 2 for anything not listed. */
export function minorDigits(currency: string): number {
  const c = currency.trim().toUpperCase();
  if (ZERO_DIGIT.has(c)) return 0;
  if (THREE_DIGIT.has(c)) return 3;
  if (FOUR_DIGIT.has(c)) return 4;
  return 2;
}

// ---------------------------------------------------------------------------
// parsing

// Symbols/words that name a currency unambiguously (written upper-case: matched against upper-cased text). `$` and `¥` do not (USD/CAD/AUD…, CNY/JPY).
const PREFIX_TOKENS: ReadonlyArray<readonly [string, string | undefined]> = [
  ['US$', 'USD'],
  ['HK$', 'HKD'],
  ['NT$', 'TWD'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['C$', 'CAD'],
  ['CA$', 'CAD'],
  ['S$', 'SGD'],
  ['NZ$', 'NZD'],
  ['MX$', 'MXN'],
  ['R$', 'BRL'],
  ['CN¥', 'CNY'],
  ['JP¥', 'JPY'],
  ['RMB', 'CNY'],
  ['人民币', 'CNY'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₩', 'KRW'],
  ['₹', 'INR'],
  ['₫', 'VND'],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
  ['¥', undefined],
  ['$', undefined],
];
const SUFFIX_TOKENS: ReadonlyArray<readonly [string, string | undefined]> = [
  ['人民币', 'CNY'],
  ['RMB', 'CNY'],
  ['元', 'CNY'],
  ['圆', 'CNY'],
  ['円', 'JPY'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₫', 'VND'],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
  ['₩', 'KRW'],
  ['¥', undefined],
  ['$', undefined],
];
const MULTIPLIERS: ReadonlyArray<readonly [string, number]> = [
  ['万', 4],
  ['亿', 8],
];

let isoCodes: Set<string> | undefined;
/**
 * A real ISO 4217 code in upper case (the list the JavaScript runtime knows, plus CNH, the offshore
 * yuan some Chinese banks export). "XYZ" is three letters but no currency.
 */
export function isIsoCurrency(code: unknown): boolean {
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) return false;
  if (!isoCodes) {
    try {
      isoCodes = new Set(Intl.supportedValuesOf('currency'));
    } catch {
      isoCodes = new Set(['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD', 'CHF', 'CAD', 'AUD', 'SGD', 'KRW', 'TWD', 'NZD', 'INR', 'MOP']);
    }
    isoCodes.add('CNH');
  }
  return isoCodes.has(code);
}

function isCurrencyCode(word: string): boolean {
  return /^[A-Za-z]{3}$/.test(word) && isIsoCurrency(word.toUpperCase());
}

const MINUS_CHARS = new Set(['-', '−', '–', '‒', '﹣']);
const EMPTY_TEXTS = new Set(['', '-', '−', '–', '—', '―', '--']);

function err(code: string, message: Msg): MoneyParse {
  return { kind: 'error', code, message };
}
function notANumber(text: string): MoneyParse {
  return err('not-a-number', msg('common.money.notANumber', { text }));
}

/** What peeling an amount's text leaves: the bare number and what was around it. */
interface Peeled {
  s: string;
  negatives: number;
  positives: number;
  currency?: string;
  currencyConflict: boolean;
  /** 4 for 万, 8 for 亿. */
  power: number;
}

/** Take a currency mark off; `c` is undefined for a mark that names no one currency ($). */
function peelCurrency(p: Peeled, c: string | undefined, s: string): void {
  if (c !== undefined) {
    if (p.currency !== undefined && p.currency !== c) p.currencyConflict = true;
    p.currency = c;
  }
  p.s = s.trim();
}

/** A leading or trailing currency code or symbol (USD 5, ¥5, 5 EUR, 5元). */
function peelCurrencies(p: Peeled): void {
  const lead = /^([A-Za-z]{3})(?![A-Za-z])/.exec(p.s);
  if (lead?.[1] && isCurrencyCode(lead[1])) peelCurrency(p, lead[1].toUpperCase(), p.s.slice(3));
  else {
    const tok = PREFIX_TOKENS.find(([t]) => p.s.toUpperCase().startsWith(t));
    if (tok) peelCurrency(p, tok[1], p.s.slice(tok[0].length));
  }
  const tail = /(?<![A-Za-z])([A-Za-z]{3})$/.exec(p.s);
  if (tail?.[1] && isCurrencyCode(tail[1])) peelCurrency(p, tail[1].toUpperCase(), p.s.slice(0, -3));
  else {
    const tok = SUFFIX_TOKENS.find(([t]) => p.s.toUpperCase().endsWith(t));
    if (tok) peelCurrency(p, tok[1], p.s.slice(0, -tok[0].length));
  }
}

/** One round of peeling signs, brackets, currency marks and 万/亿; false when 万/亿 comes twice. */
function peelOnce(p: Peeled): boolean {
  if (p.s.startsWith('(') && p.s.endsWith(')')) {
    p.negatives++;
    p.s = p.s.slice(1, -1).trim();
  }
  const first = p.s.charAt(0);
  if (MINUS_CHARS.has(first)) p.negatives++;
  else if (first === '+') p.positives++;
  if (MINUS_CHARS.has(first) || first === '+') p.s = p.s.slice(1).trim();
  if (p.s.length > 1 && MINUS_CHARS.has(p.s.charAt(p.s.length - 1))) {
    p.negatives++;
    p.s = p.s.slice(0, -1).trim();
  }
  peelCurrencies(p);
  const mult = MULTIPLIERS.find(([tok]) => p.s.endsWith(tok));
  if (mult) {
    if (p.power !== 0) return false;
    p.power = mult[1];
    p.s = p.s.slice(0, -mult[0].length).trim();
  }
  return true;
}

/** Peel both ends until only the number is left (null: not an amount). */
function peel(s: string): Peeled | null {
  const p: Peeled = { s, negatives: 0, positives: 0, currencyConflict: false, power: 0 };
  for (let guard = 0; guard < 12; guard++) {
    const before = p.s;
    if (!peelOnce(p)) return null;
    if (p.s === before) break;
  }
  return p;
}

/**
 * Parse an amount as found in accounting exports. Empty cells are `empty`, never zero.
 * The detected currency (code, or an unambiguous symbol) is returned; when present it, not
 * `opts.currency`, decides the allowed decimals — the caller compares the two.
 */
export function parseMoney(text: string, opts: ParseMoneyOptions = {}): MoneyParse {
  const fast = opts.power ? undefined : parsePlain(text, opts);
  if (fast !== undefined) return fast;
  const original = text.trim();
  const s = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (EMPTY_TEXTS.has(s)) return { kind: 'empty' };
  const p = peel(s);
  if (!p) return notANumber(original);
  if (p.currencyConflict) return err('currency-conflict', msg('common.money.currencyConflict', { text: original }));
  const { negatives, positives, currency } = p;
  if (negatives > 1 || (negatives > 0 && positives > 0) || positives > 1) return notANumber(original);
  if (p.s === '' || !/^[0-9., '’]+$/.test(p.s) || !/[0-9]/.test(p.s)) return notANumber(original);
  const split = splitNumber(p.s, opts.decimalMark ?? 'auto');
  if (!split) return notANumber(original);
  const r = toMinor(split, p.power + (opts.power ?? 0), original, (currency ?? opts.currency)?.toUpperCase());
  if (r.kind !== 'ok') return r;
  const minor = negatives > 0 && r.minor !== 0 ? -r.minor : r.minor;
  return currency === undefined ? { kind: 'ok', minor } : { kind: 'ok', minor, currency };
}

/** The magnitude in minor units of `code` (2 decimals when unknown); refuses digits it would round away. */
function toMinor(split: { int: string; frac: string }, power: number, original: string, code: string | undefined): MoneyParse {
  const digitsAllowed = minorDigits(code ?? '');
  let { int, frac } = split;
  // 万/亿: move the decimal point right, exactly.
  if (power > 0) {
    const padded = frac.padEnd(power, '0');
    int += padded.slice(0, power);
    frac = padded.slice(power);
  }
  if (frac.length > digitsAllowed) {
    if (/[^0]/.test(frac.slice(digitsAllowed))) {
      const m = code
        ? msg('common.money.tooManyDecimals', { text: original, code, n: digitsAllowed })
        : msg('common.money.tooManyDecimalsAny', { text: original, n: digitsAllowed });
      return err('too-many-decimals', m);
    }
    frac = frac.slice(0, digitsAllowed);
  }
  const digits = (int + frac.padEnd(digitsAllowed, '0')).replace(/^0+(?=\d)/, '');
  if (digits.length > 16 || BigInt(digits) > BigInt(Number.MAX_SAFE_INTEGER)) {
    return err('too-large', msg('common.money.tooLarge', { text: original }));
  }
  return { kind: 'ok', minor: Number(digits) };
}

// Fast path for the common "-1234.56" / "1,234.56" cells (imports parse millions of them);
// undefined → full parse. Must agree with the full parse on everything it accepts.
const PLAIN_RE = /^(-?)(\d{1,15}|\d{1,3}(?:,\d{3}){1,4})(?:\.(\d{1,4}))?$/;
function parsePlain(text: string, opts: ParseMoneyOptions): MoneyParse | undefined {
  if (opts.decimalMark === ',') return undefined;
  const m = PLAIN_RE.exec(text);
  if (!m) return undefined;
  const int = (m[2] as string).replaceAll(',', '');
  const frac = m[3] ?? '';
  const d = minorDigits(opts.currency ?? '');
  if (frac.length > d || int.length + d > 15) return undefined;
  const magnitude = Number(int) * 10 ** d + (frac === '' ? 0 : Number(frac.padEnd(d, '0')));
  return { kind: 'ok', minor: m[1] === '-' && magnitude !== 0 ? -magnitude : magnitude };
}

/** Split "1,234.56"-like text into integer and fraction digits, or undefined if malformed. */
function splitNumber(s: string, mark: DecimalMark): { int: string; frac: string } | undefined {
  let decimal: '.' | ',' | undefined;
  if (mark === '.' || mark === ',') {
    decimal = s.includes(mark) ? mark : undefined;
  } else {
    const lastDot = s.lastIndexOf('.');
    const lastComma = s.lastIndexOf(',');
    if (lastDot >= 0 && lastComma >= 0) {
      decimal = lastDot > lastComma ? '.' : ',';
    } else if (lastDot >= 0 || lastComma >= 0) {
      const ch = lastDot >= 0 ? '.' : ',';
      const count = s.split(ch).length - 1;
      const after = s.slice(s.lastIndexOf(ch) + 1);
      // A lone ',' before exactly 3 digits is read as thousands ("1,234"); a lone '.' is always
      // the decimal point, so "1.234" in JPY fails loudly instead of becoming 1234 or 1.
      if (count > 1) decimal = undefined;
      else if (ch === ',' && /^\d{3}$/.test(after)) decimal = undefined;
      else decimal = ch;
    }
  }

  let intText = s;
  let frac = '';
  if (decimal !== undefined) {
    const at = s.lastIndexOf(decimal);
    if (s.indexOf(decimal) !== at) return undefined;
    intText = s.slice(0, at);
    frac = s.slice(at + 1);
    if (!/^\d+$/.test(frac)) return undefined;
    if (intText === '') return { int: '0', frac };
  }

  const groupChars = new Set(intText.replace(/\d/g, ''));
  if (groupChars.size === 0) return /^\d+$/.test(intText) ? { int: intText, frac } : undefined;
  if (groupChars.size > 1) return undefined;
  const [sep] = [...groupChars];
  if (sep === decimal) return undefined;
  const groups = intText.split(sep as string);
  if (!validGrouping(groups)) return undefined;
  return { int: groups.join(''), frac };
}

// Western 1,234,567 or Indian 12,34,567 grouping; anything else is a typo or a misread mark.
function validGrouping(groups: string[]): boolean {
  if (groups.length < 2) return false;
  const [head, ...rest] = groups;
  if (!head || !/^\d{1,3}$/.test(head)) return false;
  const tail = rest[rest.length - 1] as string;
  if (!/^\d{3}$/.test(tail)) return false;
  const middle = rest.slice(0, -1);
  if (middle.every((g) => /^\d{3}$/.test(g))) return true;
  return middle.every((g) => /^\d{2}$/.test(g)) && /^\d{1,2}$/.test(head);
}

// ---------------------------------------------------------------------------
// formatting

const SYMBOLS: Record<string, string> = {
  CNY: '¥',
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: 'JP¥',
  HKD: 'HK$',
};

function assertSafe(minor: number, what = 'amount'): void {
  if (!Number.isSafeInteger(minor)) {
    throw new RangeError(`${what} must be a safe integer of minor units, got ${minor}`);
  }
}

/** Exact text for an amount; `-0` prints as 0. */
export function formatMoney(minor: number, currency: string, opts: FormatMoneyOptions = {}): string {
  assertSafe(minor);
  const locale = opts.locale ?? 'en';
  const grouping = opts.grouping ?? true;
  const code = currency.trim().toUpperCase();
  const d = minorDigits(code);
  const negative = minor < 0;
  const abs = String(Math.abs(minor)).padStart(d + 1, '0');
  const intDigits = abs.slice(0, abs.length - d);
  const fracDigits = abs.slice(abs.length - d);

  const [groupSep, decSep] = locale === 'de' ? ['.', ','] : locale === 'fr' ? ['\u202f', ','] : [',', '.'];
  const intText = grouping ? intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, groupSep) : intDigits;
  const number = d > 0 ? `${intText}${decSep}${fracDigits}` : intText;
  const sign = negative ? '-' : '';
  if (!opts.symbol) return sign + number;

  if (locale === 'de' || locale === 'fr') {
    const sym = code === 'EUR' ? '€' : code === 'GBP' ? '£' : code === 'USD' ? '$' : code;
    return `${sign}${number} ${sym}`;
  }
  const sym = SYMBOLS[code];
  return sym ? `${sign}${sym}${number}` : `${sign}${code} ${number}`;
}

// ---------------------------------------------------------------------------
// 大写金额

const CN_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const CN_UNITS = ['', '拾', '佰', '仟'];
/** Chinese currency names: the 大写 prefix, and how Chinese screens name a currency. */
export const CURRENCY_NAME_ZH: Readonly<Record<string, string>> = {
  CNY: '人民币',
  USD: '美元',
  EUR: '欧元',
  GBP: '英镑',
  JPY: '日元',
  HKD: '港币',
  AUD: '澳元',
  CAD: '加元',
  CHF: '瑞士法郎',
  SGD: '新加坡元',
  KRW: '韩元',
  TWD: '新台币',
  MOP: '澳门元',
};

function section(n: number): string {
  // n in 1..9999; inner zeros collapse to one 零, trailing zeros vanish.
  let out = '';
  let pendingZero = false;
  let started = false;
  for (let i = 3; i >= 0; i--) {
    const digit = Math.floor(n / 10 ** i) % 10;
    if (digit === 0) {
      if (started) pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    started = true;
    out += (CN_DIGITS[digit] as string) + (CN_UNITS[i] as string);
  }
  return out;
}

function integerWords(n: number): string {
  // 万 and 亿 nest: 1e12 is 壹万亿, 9e13 is 玖拾万亿.
  // hi = (n - lo) / base is exact; Math.floor(n / base) can round up near 2^53.
  if (n >= 1e8) {
    const lo = n % 1e8;
    const hi = (n - lo) / 1e8;
    return integerWords(hi) + '亿' + (lo === 0 ? '' : (lo < 1e7 ? '零' : '') + integerWords(lo));
  }
  if (n >= 1e4) {
    const lo = n % 1e4;
    const hi = (n - lo) / 1e4;
    return section(hi) + '万' + (lo === 0 ? '' : (lo < 1000 ? '零' : '') + section(lo));
  }
  return section(n);
}

/** Financial uppercase amount (大写金额), e.g. 1234567 CNY → 人民币壹万贰仟叁佰肆拾伍元陆角柒分. */
export function chineseUppercase(minor: number, currency = 'CNY'): string {
  assertSafe(minor);
  const code = currency.trim().toUpperCase();
  const d = minorDigits(code);
  const prefix = (minor < 0 ? '负' : '') + (CURRENCY_NAME_ZH[code] ?? code);
  const abs = Math.abs(minor);
  let yuan: number;
  let subunits: number; // the 角分 part, 0..99
  if (d === 0) {
    yuan = abs;
    subunits = 0;
  } else if (d === 1) {
    subunits = (abs % 10) * 10;
    yuan = (abs - (abs % 10)) / 10;
  } else {
    const scale = 10 ** (d - 2);
    if (abs % scale !== 0) {
      throw new RangeError(`大写金额 only covers 元/角/分; ${code} amount ${minor} has finer units`);
    }
    const rest = abs % (100 * scale);
    yuan = (abs - rest) / (100 * scale);
    subunits = rest / scale;
  }
  const jiao = Math.floor(subunits / 10);
  const fen = subunits % 10;

  if (yuan === 0 && jiao === 0 && fen === 0) return `${prefix}零元整`;
  let out = yuan > 0 ? integerWords(yuan) + '元' : '';
  if (jiao === 0 && fen === 0) return `${prefix}${out}整`;
  if (jiao > 0) out += (CN_DIGITS[jiao] as string) + '角';
  else if (yuan > 0) out += '零';
  if (fen > 0) out += (CN_DIGITS[fen] as string) + '分';
  return prefix + out;
}

// ---------------------------------------------------------------------------

/** Integer sum that refuses to leave the safe-integer range instead of silently rounding. */
export function sumMinor(values: readonly number[]): number {
  let total = 0;
  for (const v of values) {
    assertSafe(v, 'each value');
    total += v;
    if (!Number.isSafeInteger(total)) throw new RangeError('sum of amounts exceeds the safe integer range');
  }
  return total;
}

// A new ledger's currency follows the locale (issue 8): en_US → USD, en_GB → GBP, de/fr/es/it/nl → EUR,
// zh_CN → CNY, zh_HK → HKD, zh_TW → TWD, en_SG → SGD; `ar init` confirms it on a terminal.
const REGION_CURRENCY: Record<string, string> = {
  US: 'USD',
  GB: 'GBP',
  CN: 'CNY',
  HK: 'HKD',
  TW: 'TWD',
  SG: 'SGD',
  MO: 'MOP',
  JP: 'JPY',
  KR: 'KRW',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  IN: 'INR',
  CH: 'CHF',
  MY: 'MYR',
  TH: 'THB',
  VN: 'VND',
  ID: 'IDR',
  PH: 'PHP',
  MX: 'MXN',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  AE: 'AED',
  SA: 'SAR',
  ZA: 'ZAR',
  BR: 'BRL',
};
const EURO_REGIONS = new Set(['DE', 'FR', 'ES', 'IT', 'NL', 'AT', 'BE', 'IE', 'PT', 'FI', 'GR', 'LU', 'SK', 'SI', 'EE', 'LV', 'LT', 'MT', 'CY', 'HR']);
const LANGUAGE_CURRENCY: Record<string, string> = { de: 'EUR', fr: 'EUR', es: 'EUR', it: 'EUR', nl: 'EUR', zh: 'CNY', ja: 'JPY', ko: 'KRW' };

/** The currency a locale such as `en_US.UTF-8`, `zh_HK` or `de` keeps its books in (undefined for C/POSIX). */
export function currencyForLocale(locale: string | undefined): string | undefined {
  const m = /^([a-z]{2,3})(?:[_-]([A-Za-z]{2}))?/.exec((locale ?? '').trim());
  if (!m) return undefined;
  const region = m[2]?.toUpperCase();
  if (region && EURO_REGIONS.has(region)) return 'EUR';
  return (region && REGION_CURRENCY[region]) || LANGUAGE_CURRENCY[m[1] ?? ''];
}
