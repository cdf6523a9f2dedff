import { describe, it, expect } from 'vitest';
import { DEFAULT_SETTINGS, mergeSettings, setPath } from '../../src/core/settings.js';
import { validateSettings } from '../../src/core/settings-schema.js';
import { isIsoCurrency } from '../../src/core/money.js';
import { DataError } from '../../src/errors.js';
import { render } from '../../src/i18n/index.js';

const problems = (stored: Record<string, unknown>) => validateSettings(mergeSettings(stored, { validate: false })).map((p) => p.key);

describe('the settings schema', () => {
  it('takes the defaults as they are', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual([]);
  });

  it.each([
    ['aging.buckets not ascending', { aging: { buckets: [30, 20] } }, 'aging.buckets'],
    ['aging.buckets with a zero', { aging: { buckets: [0, 30] } }, 'aging.buckets'],
    ['aging.buckets mixed units out of order', { aging: { buckets: ['1y', 300] } }, 'aging.buckets'],
    ['aging.buckets empty', { aging: { buckets: [] } }, 'aging.buckets'],
    ['aging.basis', { aging: { basis: 'paid' } }, 'aging.basis'],
    ['a negative weight', { weights: { amount: -5 } }, 'weights.amount'],
    ['a weight that is text', { weights: { days: '20' } }, 'weights.days'],
    ['weights not an object', { weights: 5 }, 'weights'],
    ['limitation.warn_days with a zero', { limitation: { warn_days: [90, 0] } }, 'limitation.warn_days'],
    ['limitation.warn_days 2.5', { limitation: { warn_days: [2.5] } }, 'limitation.warn_days'],
    ['language fr', { language: 'fr' }, 'language'],
    ['default_currency lower case', { default_currency: 'usd' }, 'default_currency'],
    ['default_currency not ISO', { default_currency: 'XYZ' }, 'default_currency'],
    [
      'ladder days not ascending',
      {
        policy: {
          ladder: [
            { step: 0, key: 'a', day: 5, channel: 'x' },
            { step: 1, key: 'b', day: 5, channel: 'x' },
          ],
        },
      },
      'policy.ladder',
    ],
    [
      'ladder steps not ascending',
      {
        policy: {
          ladder: [
            { step: 1, key: 'a', day: 1, channel: 'x' },
            { step: 0, key: 'b', day: 5, channel: 'x' },
          ],
        },
      },
      'policy.ladder',
    ],
    ['type days not ascending', { policy: { type_days: { delayer: [1, 7, 7] } } }, 'policy.type_days.delayer'],
    ['first_step_max 0', { policy: { first_step_max: 0 } }, 'policy.first_step_max'],
    ['an amount range upside down', { priority: { amount_range: { USD: [1000, 100] } } }, 'priority.amount_range.USD'],
    ['a grade risk above 1', { priority: { grade_risk: { C: 2 } } }, 'priority.grade_risk.C'],
    ['days_full 0 (a division by zero)', { priority: { days_full: 0 } }, 'priority.days_full'],
    ['a preset with bad bounds', { aging_presets: { mine: { basis: 'invoice', current: false, bounds: ['2y', '1y'] } } }, 'aging_presets.mine'],
    ['a letterhead field that is a number', { letterhead: { phone: 12345 } }, 'letterhead.phone'],
  ])('refuses %s', (_what, stored, key) => {
    expect(problems(stored)).toEqual([key]);
  });

  it.each([
    ['months and years', { aging: { buckets: ['6m', '1y', '2y'] } }],
    ['days then years', { aging: { buckets: [90, '1y', 400] } }],
    ['a zero weight', { weights: { behaviour: 0 } }],
    ['language unset', { language: '' }],
    ['another currency', { default_currency: 'JPY' }],
    [
      'a preset of ones own',
      { aging_presets: { mine: { basis: 'invoice', current: false, bounds: ['1y', '2y'], labels_zh: ['一年内', '一到两年', '两年以上'] } } },
    ],
  ])('takes %s', (_what, stored) => {
    expect(problems(stored)).toEqual([]);
  });

  it('knows the real ISO 4217 codes', () => {
    expect(['CNY', 'USD', 'EUR', 'JPY', 'KWD'].every(isIsoCurrency)).toBe(true);
    expect(['XYZ', 'usd', 'US', 'DOLLARS', 5].some(isIsoCurrency)).toBe(false);
  });
});

describe('reading settings stored badly', () => {
  it('is a DataError naming the key, the value, what it takes and the way out — never a crash later', () => {
    let err: unknown;
    try {
      mergeSettings({ aging: { buckets: [30, 20] }, weights: { amount: -5 } });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataError);
    const e = err as DataError;
    expect(render('en', e.text)).toBe(
      'the setting aging.buckets stored in this ledger is [30,20], which is not valid: 30, 20 do not ascend; it takes strictly ascending bucket bounds — whole days ≥ 1, or months/years such as "6m", "1y" — e.g. [30,60,90] (also not valid: weights.amount)',
    );
    expect(render('zh', e.text)).toContain('账本中保存的设置项 aging.buckets 为 [30,20]，取值无效');
    expect(render('en', e.hint!)).toBe(
      'fix it with `ar config set aging.buckets VALUE`, or go back to the default ([30,60,90,180,365]) with `ar config unset aging.buckets`',
    );
  });

  it('names the deepest key with a default for a value in a map', () => {
    let err: DataError | undefined;
    try {
      mergeSettings({ priority: { amount_range: { GBP: [10, 1] } } });
    } catch (e) {
      err = e as DataError;
    }
    expect(render('en', err!.hint!)).toContain('`ar config unset priority.amount_range`');
  });

  it('is lenient on request (ar config shows and repairs bad values)', () => {
    expect(mergeSettings({ limitation: { warn_days: [0] } }, { validate: false }).limitation).toMatchObject({ warn_days: [0] });
  });

  it('ignores a retired setting an older ledger stored (limitation.years), keeping its neighbours', () => {
    const s = mergeSettings({ limitation: { years: 2, warn_days: [60] } });
    expect(s.limitation).toEqual({ jurisdiction: '', warn_days: [60], letters_need_evidence: true });
  });
});

describe('setPath', () => {
  it('keeps a list a list (policy.ladder.1.day)', () => {
    const ladder = [{ day: 1 }, { day: 2 }];
    expect(setPath({ ladder }, 'ladder.1.day', 5)).toEqual({ ladder: [{ day: 1 }, { day: 5 }] });
    expect(ladder[1].day).toBe(2);
  });
});
