import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_INTEREST, interestRuleFor, lateInterest, percentToPpm, rateOn, type InterestSettings } from '../../src/core/interest.js';

// One flat table for hand-computed cases: every reference rate is 4.25 % from 2020 on.
const flat = (percent: number): InterestSettings => ({
  ...DEFAULT_INTEREST,
  reference_rates: {
    ECB: [{ from: '2020-01-01', percent }],
    BOE: [{ from: '2020-01-01', percent }],
    DE_BASE: [{ from: '2020-01-01', percent }],
    CN_LPR_1Y: [{ from: '2020-01-01', percent }],
  },
});

describe('late-payment interest (DOMAIN §10)', () => {
  it('UK: £5,000 at 12.25 % for 101 days = £169.49, plus £70', () => {
    // BoE 4.25 + 8 = 12.25; due 2026-08-21 → interest from 22 Aug to 30 Nov = 101 days
    const r = lateInterest('GB', [{ number: 'INV-1', principalMinor: 500_000, currency: 'GBP', dueDate: '2026-08-21' }], '2026-11-30', flat(4.25))!;
    expect(r.invoices[0]).toMatchObject({ days: 101, from: '2026-08-22', to: '2026-11-30', interestMinor: 16_949, compensationMinor: 7_000 });
    expect(r.invoices[0]!.periods).toEqual([{ from: '2026-08-22', to: '2026-11-30', days: 101, referencePpm: 42_500, ratePpm: 122_500 }]);
    expect(r).toMatchObject({ rule: 'GB', table: 'BOE', interestMinor: 16_949, compensationMinor: 7_000, compensationCurrency: 'GBP', rounding: 'half-up' });
  });

  it('UK compensation by invoice size: under £1,000 → £40, to £9,999.99 → £70, £10,000 and over → £100', () => {
    const comp = (minor: number) =>
      lateInterest('GB', [{ number: 'X', principalMinor: minor, currency: 'GBP', dueDate: '2026-10-01' }], '2026-11-30', flat(4))!.compensationMinor;
    expect(comp(99_999)).toBe(4_000);
    expect(comp(100_000)).toBe(7_000);
    expect(comp(999_999)).toBe(7_000);
    expect(comp(1_000_000)).toBe(10_000);
  });

  it('UK: the rate is the base rate on 31 Dec / 30 Jun before the half-year the debt fell due in, fixed for the debt', () => {
    const s: InterestSettings = {
      ...DEFAULT_INTEREST,
      reference_rates: {
        ...DEFAULT_INTEREST.reference_rates,
        BOE: [
          { from: '2025-12-31', percent: 4 },
          { from: '2026-06-30', percent: 3 },
        ],
      },
    };
    const r = lateInterest('GB', [{ number: 'X', principalMinor: 100_000, currency: 'GBP', dueDate: '2026-06-10' }], '2026-11-30', s)!;
    // fell due in Jan–Jun: 31 Dec rate 4 % + 8, for the whole period, even past 30 Jun
    expect(r.invoices[0]!.periods).toHaveLength(1);
    expect(r.invoices[0]!.periods[0]!.ratePpm).toBe(120_000);
  });

  it('DE: base rate + 9 per half-year, cut at 1 Jul; EUR 40 per invoice', () => {
    const s: InterestSettings = {
      ...DEFAULT_INTEREST,
      reference_rates: {
        ...DEFAULT_INTEREST.reference_rates,
        DE_BASE: [
          { from: '2026-01-01', percent: 2 },
          { from: '2026-07-01', percent: 1 },
        ],
      },
    };
    // €10,000 due 31 May: 1 Jun–30 Jun 30 days at 11 %, 1 Jul–30 Nov 153 days at 10 %
    const r = lateInterest('DE', [{ number: 'R-1', principalMinor: 1_000_000, currency: 'EUR', dueDate: '2026-05-31' }], '2026-11-30', s)!;
    expect(r.invoices[0]!.periods.map((p) => [p.from, p.to, p.days, p.ratePpm])).toEqual([
      ['2026-06-01', '2026-06-30', 30, 110_000],
      ['2026-07-01', '2026-11-30', 153, 100_000],
    ]);
    // 10,000 × (0.11 × 30 + 0.10 × 153) ÷ 365 = 10,000 × 18.6 ÷ 365 = 509.589… → €509.59
    expect(r.invoices[0]!.interestMinor).toBe(50_959);
    expect(r.compensationMinor).toBe(4_000);
    expect(r.compensationCurrency).toBe('EUR');
  });

  it('EU + 8 and FR + 10 over the ECB rate', () => {
    const inv = [{ number: 'F', principalMinor: 365_000, currency: 'EUR', dueDate: '2026-10-31' }];
    // €3,650 × 10 % × 30 ÷ 365 = €30.00; at 12 % = €36.00
    expect(lateInterest('EU', inv, '2026-11-30', flat(2))!.interestMinor).toBe(3_000);
    expect(lateInterest('FR', inv, '2026-11-30', flat(2))!.interestMinor).toBe(3_600);
  });

  it('China: one-year LPR + 50 % (configurable), no fixed sum; or the contract daily rate', () => {
    const inv = [{ number: 'AR1', principalMinor: 10_000_000, currency: 'CNY', dueDate: '2026-10-31' }];
    // LPR 3.00 % × 1.5 = 4.5 %: ¥100,000 × 4.5 % × 30 ÷ 365 = ¥369.86
    const lpr = lateInterest('CN-LPR', inv, '2026-11-30', flat(3))!;
    expect(lpr.invoices[0]!.periods[0]).toMatchObject({ referencePpm: 30_000, ratePpm: 45_000 });
    expect(lpr).toMatchObject({ interestMinor: 36_986, compensationMinor: 0, markupPercent: 50 });
    expect(lateInterest('CN-LPR', inv, '2026-11-30', { ...flat(3), cn_lpr_markup_percent: 30 })!.invoices[0]!.periods[0]!.ratePpm).toBe(39_000);
    // 0.05 % a day × 30 days on ¥100,000 = ¥1,500.00
    expect(lateInterest('contract', inv, '2026-11-30', DEFAULT_INTEREST)).toMatchObject({ interestMinor: 150_000, dailyPpm: 500 });
  });

  it('rounds half-up to the minor unit, once per invoice', () => {
    // 100 minor units × 36.5 % × 5 days ÷ 365 = 0.5 → 1;  × 4 days = 0.4 → 0
    const s = flat(28.5);
    const one = (days: number) =>
      lateInterest('EU', [{ number: 'x', principalMinor: 100, currency: 'EUR', dueDate: '2026-11-30' }], `2026-12-0${days}`, s)!.interestMinor;
    expect(one(5)).toBe(1);
    expect(one(4)).toBe(0);
  });

  it('leaves out what is not overdue, and says nothing when nothing is', () => {
    expect(lateInterest('EU', [{ number: 'x', principalMinor: 100, currency: 'EUR', dueDate: '2026-11-30' }], '2026-11-30', flat(2))).toBeNull();
    expect(lateInterest('EU', [], '2026-11-30', flat(2))).toBeNull();
  });

  it('is exact for large amounts (BigInt, no float)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_000_000_000_000 }), fc.integer({ min: 1, max: 2000 }), (principal, days) => {
        const due = '2020-06-01';
        const asOf = new Date(Date.UTC(2020, 5, 1 + days)).toISOString().slice(0, 10);
        const r = lateInterest('contract', [{ number: 'x', principalMinor: principal, currency: 'CNY', dueDate: due }], asOf, DEFAULT_INTEREST)!;
        // 0.05 % a day: principal × 5 × days ÷ 10,000, half-up
        const exact = (BigInt(principal) * 5n * BigInt(days) * 2n + 10_000n) / 20_000n;
        return BigInt(r.interestMinor) === exact;
      }),
    );
  });

  it('rates from the dated table; rules from the jurisdiction, else the ledger default', () => {
    expect(rateOn(DEFAULT_INTEREST.reference_rates.ECB, '2025-03-01')).toBe(percentToPpm(3.15));
    expect(rateOn(DEFAULT_INTEREST.reference_rates.ECB, '2019-03-01')).toBeNull();
    expect(interestRuleFor(DEFAULT_INTEREST, 'GB-EWS')).toBe('GB');
    expect(interestRuleFor(DEFAULT_INTEREST, 'nl')).toBe('EU');
    expect(interestRuleFor(DEFAULT_INTEREST, 'US-NY')).toBeNull();
    expect(interestRuleFor(DEFAULT_INTEREST, null)).toBeNull();
    expect(interestRuleFor({ ...DEFAULT_INTEREST, default_rule: 'contract' }, null)).toBe('contract');
  });
});
