// Late-payment interest and fixed compensation (DOMAIN §10), computed by rule for a letter that
// claims them. Simple interest, days ÷ 365, from the day after the due date to the as-of date.
// Money stays integer: interest = principal × rate (parts per million a year) × days ÷ (365 × 10⁶),
// worked in BigInt and rounded once per invoice, half-up to the minor unit.
//
// Rules:
//   EU  reference rate (ECB main refinancing rate, fixed for each half-year on 1 Jan / 1 Jul) + 8
//       points; EUR 40 per invoice (Directive 2011/7/EU).
//   DE  base rate (Basiszinssatz, per half-year) + 9 points; EUR 40 per invoice (BGB §288).
//   FR  ECB rate (per half-year) + 10 points; EUR 40 per invoice (Code de commerce L441-10).
//   GB  Bank of England base rate on 31 Dec (for Jan–Jun) or 30 Jun (for Jul–Dec) before the debt
//       fell due, + 8 points, fixed for the debt; £40 / £70 / £100 by invoice size (Late Payment of
//       Commercial Debts (Interest) Act 1998).
//   CN-LPR  one-year LPR in force the day after the due date, raised by a configurable 30–50 %
//       (SPC sales-contract interpretation, Art. 18); no fixed compensation.
//   contract  the contract's own daily rate (e.g. 0.05 % a day); no fixed compensation.
// The half-year rules change rate at 1 Jan / 1 Jul, so one invoice's period may be cut in two or more.
import { addDays, daysBetween } from './dates.js';
import { minorDigits } from './money.js';

export type InterestRule = 'EU' | 'DE' | 'FR' | 'GB' | 'CN-LPR' | 'contract';
export const INTEREST_RULES: readonly InterestRule[] = ['EU', 'DE', 'FR', 'GB', 'CN-LPR', 'contract'];
export type RateTable = 'ECB' | 'BOE' | 'DE_BASE' | 'CN_LPR_1Y';

export interface DatedRate {
  /** The day the rate took effect (YYYY-MM-DD). */
  from: string;
  /** Annual rate in percent (3.15 = 3.15 %). */
  percent: number;
}

export interface InterestSettings {
  /** Rule per jurisdiction code (customers.jurisdiction); a code not listed has no interest rule. */
  by_jurisdiction: Record<string, InterestRule>;
  /** Rule for customers whose jurisdiction is not set; '' = claim no interest for them. */
  default_rule: InterestRule | '';
  /** Dated reference rates (update them each half-year; the letter names the rate it used). */
  reference_rates: Record<RateTable, DatedRate[]>;
  /** China: how much the one-year LPR is raised, in percent (30–50). */
  cn_lpr_markup_percent: number;
  /** The contract's daily penalty rate in percent (0.05 = 0.05 % a day), for the 'contract' rule. */
  contract_daily_percent: number;
}

const EU_CODES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DK',
  'EE',
  'ES',
  'FI',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];

export const DEFAULT_INTEREST: InterestSettings = {
  by_jurisdiction: {
    ...Object.fromEntries(EU_CODES.map((c) => [c, 'EU' as InterestRule])),
    DE: 'DE',
    FR: 'FR',
    GB: 'GB',
    'GB-EWS': 'GB',
    CN: 'CN-LPR',
  },
  default_rule: '',
  reference_rates: {
    ECB: [
      { from: '2024-01-01', percent: 4.5 },
      { from: '2024-07-01', percent: 4.25 },
      { from: '2025-01-01', percent: 3.15 },
      { from: '2025-07-01', percent: 2.15 },
      { from: '2026-01-01', percent: 2.15 },
      { from: '2026-07-01', percent: 2.15 },
    ],
    BOE: [
      { from: '2023-12-31', percent: 5.25 },
      { from: '2024-06-30', percent: 5.25 },
      { from: '2024-12-31', percent: 4.75 },
      { from: '2025-06-30', percent: 4.25 },
      { from: '2025-12-31', percent: 3.75 },
      { from: '2026-06-30', percent: 3.75 },
    ],
    DE_BASE: [
      { from: '2024-01-01', percent: 3.62 },
      { from: '2024-07-01', percent: 3.37 },
      { from: '2025-01-01', percent: 2.27 },
      { from: '2025-07-01', percent: 1.27 },
      { from: '2026-01-01', percent: 1.27 },
      { from: '2026-07-01', percent: 1.27 },
    ],
    CN_LPR_1Y: [
      { from: '2024-02-20', percent: 3.45 },
      { from: '2024-07-22', percent: 3.35 },
      { from: '2024-10-21', percent: 3.1 },
      { from: '2025-05-20', percent: 3.0 },
    ],
  },
  cn_lpr_markup_percent: 50,
  contract_daily_percent: 0.05,
};

export interface InterestInvoice {
  number: string;
  /** The amount interest runs on: the open amount, disputed parts already removed. */
  principalMinor: number;
  currency: string;
  dueDate: string;
}

export interface RatePeriod {
  from: string;
  to: string;
  days: number;
  /** The reference rate used, in parts per million a year (null for a contract rate). */
  referencePpm: number | null;
  /** The rate applied, in parts per million a year (contract: the daily rate × 365). */
  ratePpm: number;
}

export interface InvoiceInterest {
  number: string;
  principalMinor: number;
  /** Interest runs from the day after the due date to the as-of date, both included. */
  from: string;
  to: string;
  days: number;
  periods: RatePeriod[];
  interestMinor: number;
  /** Fixed compensation for this invoice, in `compensationCurrency` (0 when the rule has none). */
  compensationMinor: number;
}

export interface InterestResult {
  rule: InterestRule;
  /** Which reference table the rule uses (null for a contract rate). */
  table: RateTable | null;
  /** Points over the reference rate (ppm), or the LPR mark-up in percent for CN-LPR. */
  marginPpm: number;
  markupPercent: number | null;
  /** Contract rule: the daily rate in ppm. */
  dailyPpm: number | null;
  currency: string;
  compensationCurrency: string;
  invoices: InvoiceInterest[];
  interestMinor: number;
  compensationMinor: number;
  rounding: 'half-up';
}

/** A configured percentage as parts per million (3.15 → 31500): at most four decimals are kept. */
export function percentToPpm(percent: number): number {
  return Math.round(percent * 10_000);
}

/** The rule for a customer: its jurisdiction's, else the ledger default; null: claim no interest. */
export function interestRuleFor(settings: InterestSettings, jurisdiction: string | null): InterestRule | null {
  if (jurisdiction) {
    const code = jurisdiction.trim().toUpperCase();
    return settings.by_jurisdiction[code] ?? settings.by_jurisdiction[code.split('-')[0] ?? ''] ?? null;
  }
  return settings.default_rule || null;
}

/** The rate in force on a date (the latest entry from that date or before); null when the table starts later. */
export function rateOn(table: readonly DatedRate[], date: string): number | null {
  let best: DatedRate | null = null;
  for (const r of table) if (r.from <= date && (!best || r.from > best.from)) best = r;
  return best ? percentToPpm(best.percent) : null;
}

/** First day of the half-year containing a date, and of the next one. */
function halfYear(date: string): { start: string; next: string } {
  const y = Number(date.slice(0, 4));
  return date.slice(5) < '07-01' ? { start: `${y}-01-01`, next: `${y}-07-01` } : { start: `${y}-07-01`, next: `${y + 1}-01-01` };
}

interface RuleShape {
  table: RateTable | null;
  marginPpm: number;
  /** EUR 40 per invoice, the UK's scale, or none. */
  compensation: 'EUR40' | 'GB' | null;
  /** Reference rate re-read each half-year (EU style) or fixed for the debt (UK, China). */
  perHalfYear: boolean;
}

const SHAPES: Record<InterestRule, RuleShape> = {
  EU: { table: 'ECB', marginPpm: 80_000, compensation: 'EUR40', perHalfYear: true },
  DE: { table: 'DE_BASE', marginPpm: 90_000, compensation: 'EUR40', perHalfYear: true },
  FR: { table: 'ECB', marginPpm: 100_000, compensation: 'EUR40', perHalfYear: true },
  GB: { table: 'BOE', marginPpm: 80_000, compensation: 'GB', perHalfYear: false },
  'CN-LPR': { table: 'CN_LPR_1Y', marginPpm: 0, compensation: null, perHalfYear: false },
  contract: { table: null, marginPpm: 0, compensation: null, perHalfYear: false },
};

/** UK fixed sum by the size of the debt (in pounds: under 1,000 → 40; under 10,000 → 70; else 100). */
function gbCompensation(principalMinor: number, currency: string): number {
  const unit = 10 ** minorDigits(currency);
  const pounds = principalMinor < 1000 * unit ? 40 : principalMinor < 10_000 * unit ? 70 : 100;
  return pounds * unit;
}

/** numerator ÷ denominator rounded half-up (both positive BigInts). */
function divHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** The rate periods of one invoice's overdue span [from, to]. */
function periodsOf(rule: InterestRule, s: InterestSettings, from: string, to: string): RatePeriod[] | null {
  const shape = SHAPES[rule];
  if (rule === 'contract') {
    const daily = percentToPpm(s.contract_daily_percent);
    return [{ from, to, days: daysBetween(from, to) + 1, referencePpm: null, ratePpm: daily * 365 }];
  }
  const table = s.reference_rates[shape.table!] ?? [];
  if (rule === 'CN-LPR') {
    const lpr = rateOn(table, from);
    if (lpr === null) return null;
    const rate = Math.round((lpr * (100 + s.cn_lpr_markup_percent)) / 100);
    return [{ from, to, days: daysBetween(from, to) + 1, referencePpm: lpr, ratePpm: rate }];
  }
  if (!shape.perHalfYear) {
    // UK: the base rate on 31 Dec / 30 Jun immediately before the half-year in which the debt fell due.
    const ref = rateOn(table, addDays(halfYear(from).start, -1));
    if (ref === null) return null;
    return [{ from, to, days: daysBetween(from, to) + 1, referencePpm: ref, ratePpm: ref + shape.marginPpm }];
  }
  const out: RatePeriod[] = [];
  let start = from;
  while (start <= to) {
    const h = halfYear(start);
    const end = addDays(h.next, -1) < to ? addDays(h.next, -1) : to;
    const ref = rateOn(table, h.start);
    if (ref === null) return null;
    out.push({ from: start, to: end, days: daysBetween(start, end) + 1, referencePpm: ref, ratePpm: ref + shape.marginPpm });
    start = h.next;
  }
  return out;
}

/**
 * Interest and fixed compensation on overdue invoices under one rule, as of a date. Invoices not yet
 * overdue, with nothing open, or whose dates precede the rate table are left out. null: nothing to claim.
 */
export function lateInterest(rule: InterestRule, invoices: readonly InterestInvoice[], asOf: string, s: InterestSettings): InterestResult | null {
  const shape = SHAPES[rule];
  const currency = invoices[0]?.currency;
  if (!currency) return null;
  const compensationCurrency = shape.compensation === 'EUR40' ? 'EUR' : currency;
  const out: InvoiceInterest[] = [];
  for (const inv of invoices) {
    if (inv.currency !== currency) throw new RangeError('interest: one currency per computation');
    const from = addDays(inv.dueDate, 1);
    if (inv.principalMinor <= 0 || from > asOf) continue;
    const periods = periodsOf(rule, s, from, asOf);
    if (!periods) continue;
    let numerator = 0n;
    for (const p of periods) numerator += BigInt(inv.principalMinor) * BigInt(p.ratePpm) * BigInt(p.days);
    const interestMinor = Number(divHalfUp(numerator, 365n * 1_000_000n));
    let compensationMinor = 0;
    if (shape.compensation === 'GB') compensationMinor = gbCompensation(inv.principalMinor, currency);
    else if (shape.compensation === 'EUR40') compensationMinor = 40 * 10 ** minorDigits('EUR');
    out.push({
      number: inv.number,
      principalMinor: inv.principalMinor,
      from,
      to: asOf,
      days: daysBetween(from, asOf) + 1,
      periods,
      interestMinor,
      compensationMinor,
    });
  }
  if (out.length === 0) return null;
  return {
    rule,
    table: shape.table,
    marginPpm: shape.marginPpm,
    markupPercent: rule === 'CN-LPR' ? s.cn_lpr_markup_percent : null,
    dailyPpm: rule === 'contract' ? percentToPpm(s.contract_daily_percent) : null,
    currency,
    compensationCurrency,
    invoices: out,
    interestMinor: out.reduce((a, i) => a + i.interestMinor, 0),
    compensationMinor: out.reduce((a, i) => a + i.compensationMinor, 0),
    rounding: 'half-up',
  };
}
