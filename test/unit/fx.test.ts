// Exchange rates: exact conversion (BigInt, never a float), the rate in force on a day, and the
// amount factor that compares accounts in one base currency.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convertMinor, fxTable, parseRate, rateList, rateOn, validRates } from '../../src/core/fx.js';
import { amountPart, DEFAULT_PRIORITY } from '../../src/core/priority.js';

describe('parseRate', () => {
  it('keeps a positive decimal as typed, canonically', () => {
    expect(parseRate('7.12')).toBe('7.12');
    expect(parseRate(' 7.1200 ')).toBe('7.12');
    expect(parseRate('007')).toBe('7');
    expect(parseRate('0.1385')).toBe('0.1385');
  });
  it('refuses what is not a positive rate', () => {
    for (const bad of ['', '0', '0.000', '-7.12', '7,12', '1e3', 'abc', '7.', '.5']) expect([bad, parseRate(bad)]).toEqual([bad, null]);
  });
});

describe('convertMinor', () => {
  it('converts exactly between currencies with different minor digits', () => {
    expect(convertMinor(1_748_000, 'EUR', 'CNY', '7.7')).toBe(13_459_600); // EUR 17,480.00 → CNY 134,596.00
    expect(convertMinor(100, 'USD', 'CNY', '7.12')).toBe(712);
    expect(convertMinor(10_000, 'JPY', 'CNY', '0.0472')).toBe(47_200); // JPY 10,000 → CNY 472.00
    expect(convertMinor(712, 'CNY', 'JPY', '21.1864')).toBe(151); // CNY 7.12 → JPY 150.85, JPY has no minor unit
  });
  it('rounds half away from zero, negatives alike', () => {
    expect(convertMinor(1, 'USD', 'CNY', '0.5')).toBe(1);
    expect(convertMinor(-1, 'USD', 'CNY', '0.5')).toBe(-1);
    expect(convertMinor(1, 'USD', 'CNY', '0.49')).toBe(0);
  });
  it('agrees with exact rational arithmetic for any amount and rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e10, max: 1e10 }), fc.integer({ min: 1, max: 99_999_999 }), (minor, r) => {
        const rate = parseRate((r / 10_000).toFixed(4))!;
        const got = convertMinor(minor, 'USD', 'CNY', rate);
        const exact = BigInt(minor) * BigInt(r); // in 1e-4 of CNY minor units
        const abs = exact < 0n ? -exact : exact;
        const q = abs / 10_000n + ((abs % 10_000n) * 2n >= 10_000n ? 1n : 0n);
        expect(BigInt(got)).toBe(exact < 0n ? -q : q);
      }),
    );
  });
});

describe('rateOn', () => {
  const t = fxTable({ base: '', rates: { USD: { '2026-11-01': '7.12', '2026-11-20': '7.1' }, EUR: { '2026-12-01': '7.7' } } }, 'CNY');
  it('takes the latest rate on or before the day, never a later one', () => {
    expect(t.base).toBe('CNY');
    expect(rateOn(t, 'USD', '2026-11-19')).toEqual({ currency: 'USD', base: 'CNY', rate: '7.12', date: '2026-11-01' });
    expect(rateOn(t, 'USD', '2026-11-30')?.rate).toBe('7.1');
    expect(rateOn(t, 'EUR', '2026-11-30')).toBeNull();
    expect(rateOn(t, 'GBP', '2026-11-30')).toBeNull();
    expect(rateOn(t, 'CNY', '2026-11-30')?.rate).toBe('1');
  });
  it('lists every rate by currency and date', () => {
    expect(rateList(t).map((r) => `${r.currency} ${r.date} ${r.rate}`)).toEqual(['EUR 2026-12-01 7.7', 'USD 2026-11-01 7.12', 'USD 2026-11-20 7.1']);
  });
  it('stored rate maps are checked', () => {
    expect(validRates({ '2026-11-01': '7.12' })).toBe(true);
    expect(validRates({ '2026-13-01': '7.12' })).toBe(false);
    expect(validRates({ '2026-11-01': 7.12 })).toBe(false);
  });
});

describe('the amount factor ranks currencies fairly', () => {
  const ranges = DEFAULT_PRIORITY.amount_range;
  const table = fxTable({ base: 'CNY', rates: { EUR: { '2026-11-01': '7.7' } } }, 'CNY');
  const fx = { table, date: '2026-11-30' };
  it('EUR 17,480.00 scores well above CNY 17,345.60 once converted', () => {
    const cny = amountPart(1_734_560, 'CNY', ranges, fx);
    const eur = amountPart(1_748_000, 'EUR', ranges, fx);
    expect(cny.fx).toBeUndefined();
    expect(eur.fx).toEqual({ currency: 'EUR', base: 'CNY', rate: '7.7', date: '2026-11-01', baseMinor: 13_459_600 });
    expect(eur.factor).toBeGreaterThan(cny.factor + 0.1);
    // Without the table the two scored alike: the bug the rates fix.
    expect(Math.abs(amountPart(1_748_000, 'EUR', ranges).factor - amountPart(1_734_560, 'CNY', ranges).factor)).toBeLessThan(0.01);
  });
  it('without a rate on the day, the amount is scored in its own currency and says so', () => {
    const usd = amountPart(1_000_000, 'USD', ranges, fx);
    expect(usd.fx).toEqual({ currency: 'USD', base: 'CNY', missing: true });
    expect(usd.factor).toBe(amountPart(1_000_000, 'USD', ranges).factor);
  });
});
