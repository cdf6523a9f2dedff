import { describe, expect, it } from 'vitest';
import { makeClock, validIsoDate } from '../../src/cli/clock.js';
import { UsageError } from '../../src/errors.js';
import { render } from '../../src/i18n/index.js';

describe('the one clock', () => {
  it('--as-of wins over AR_TODAY, which wins over the calendar', () => {
    expect(makeClock('2026-01-31', { AR_TODAY: '2025-05-05' }).today()).toBe('2026-01-31');
    expect(makeClock(undefined, { AR_TODAY: '2025-05-05' }).today()).toBe('2025-05-05');
    expect(makeClock(undefined, {}).today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('pins audit timestamps to the business date too', () => {
    expect(makeClock('2026-11-30', {}).now()).toBe('2026-11-30T00:00:00Z');
  });

  it('an empty AR_TODAY means unset', () => {
    expect(makeClock(undefined, { AR_TODAY: '' }).today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses impossible dates with a usage error', () => {
    expect(() => makeClock('2026-02-29', {})).toThrow(UsageError);
    let err: unknown;
    try {
      makeClock(undefined, { AR_TODAY: '30/11/2026' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect(render('en', (err as UsageError).text)).toBe('AR_TODAY must be a date such as 2026-12-04, 2026/12/4 or 2026年12月4日, not "30/11/2026"');
    expect(render('zh', (err as UsageError).text)).toBe('AR_TODAY 须为日期，如 2026-12-04、2026/12/4 或 2026年12月4日，而不是“30/11/2026”');
    expect(validIsoDate('2024-02-29')).toBe(true);
    expect(validIsoDate('2026-13-01')).toBe(false);
  });

  it('--as-of takes the ways a collector writes a date; one that does not exist is named so, not as a wrong format', () => {
    for (const v of ['2026-12-04', '2026/12/4', '2026年12月4日', '2026-12-4', '2026.12.04']) expect(makeClock(v, {}).today()).toBe('2026-12-04');
    let err: unknown;
    try {
      makeClock('2026-02-30', {});
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect(render('en', (err as UsageError).text)).toBe('--as-of: 2026-02-30 is not a date that exists');
    expect(render('zh', (err as UsageError).text)).toBe('--as-of：2026-02-30 这一天并不存在');
  });
});
