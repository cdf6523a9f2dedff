// Exchange rates, so that accounts in different currencies are ranked fairly: the amount factor of
// the score is read on the overdue amount converted into one base currency. Rates are dated and kept
// in the ledger's settings as decimal strings ("7.12": one unit of the currency is 7.12 of the base);
// conversion is exact integer arithmetic (BigInt), never a float. Amounts are still never added
// across currencies on a screen: a converted amount only feeds the score and its explanation.
import { minorDigits } from './money.js';

/** The settings' `fx`: a base currency ('' = the ledger's default currency) and dated rates per currency. */
export interface FxSettings {
  base: string;
  /** currency → { 'YYYY-MM-DD': '7.12' } */
  rates: Record<string, Record<string, string>>;
}

export const DEFAULT_FX: FxSettings = { base: '', rates: {} };

/** The table a run uses: the base made definite. */
export interface FxTable {
  base: string;
  rates: Record<string, Record<string, string>>;
}

export function fxTable(fx: Partial<FxSettings> | undefined, defaultCurrency: string): FxTable {
  return { base: fx?.base || defaultCurrency, rates: fx?.rates ?? {} };
}

const RATE = /^(\d{1,9})(?:\.(\d{1,10}))?$/;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A rate as typed ("7.12", "0.1385", "7,12" is refused): the canonical decimal string, or null. */
export function parseRate(text: string): string | null {
  const m = RATE.exec(text.trim());
  if (!m) return null;
  const int = (m[1] ?? '0').replace(/^0+(?=\d)/, '');
  const frac = (m[2] ?? '').replace(/0+$/, '');
  const canonical = frac ? `${int}.${frac}` : int;
  return /[1-9]/.test(canonical) ? canonical : null;
}

export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text);
}

/** A stored rate map is usable: ISO dates to positive decimal strings. */
export function validRates(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  return Object.entries(v).every(([d, r]) => isIsoDate(d) && typeof r === 'string' && parseRate(r) === r);
}

export interface RateOn {
  currency: string;
  base: string;
  /** The rate as stored ("7.12"): one unit of `currency` in `base`. */
  rate: string;
  /** The date of that rate: the latest on or before the day asked for. */
  date: string;
}

/** The rate in force on `date`: the latest dated on or before it (a rate dated later is not known yet). */
export function rateOn(t: FxTable, currency: string, date: string): RateOn | null {
  if (currency === t.base) return { currency, base: t.base, rate: '1', date };
  const byDate = t.rates[currency];
  if (!byDate) return null;
  let best: string | null = null;
  for (const d of Object.keys(byDate)) if (d <= date && (best === null || d > best)) best = d;
  return best === null ? null : { currency, base: t.base, rate: byDate[best] as string, date: best };
}

/**
 * `minor` units of `from` in minor units of `to` at `rate` (decimal string), rounded half away from
 * zero. Exact: the rate's digits and the two currencies' minor digits are carried as BigInt powers of ten.
 */
export function convertMinor(minor: number, from: string, to: string, rate: string): number {
  const [int = '0', frac = ''] = rate.split('.');
  const r = BigInt(int + frac);
  // result = minor × r / 10^frac × 10^(digits(to) − digits(from))
  const shift = minorDigits(to) - minorDigits(from) - frac.length;
  const num = BigInt(minor) * r * (shift > 0 ? 10n ** BigInt(shift) : 1n);
  const den = shift < 0 ? 10n ** BigInt(-shift) : 1n;
  const neg = num < 0n;
  const abs = neg ? -num : num;
  let q = abs / den;
  if ((abs % den) * 2n >= den) q += 1n;
  const out = Number(neg ? -q : q);
  if (!Number.isSafeInteger(out)) throw new RangeError('converted amount exceeds the safe integer range');
  return out;
}

/** Every (currency, date, rate) of the table, currency then date order. */
export function rateList(t: FxTable): { currency: string; date: string; rate: string }[] {
  const out: { currency: string; date: string; rate: string }[] = [];
  for (const [c, byDate] of Object.entries(t.rates).sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const d of Object.keys(byDate).sort()) out.push({ currency: c, date: d, rate: byDate[d] as string });
  }
  return out;
}
