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
    expect(render('en', (err as UsageError).text)).toBe('AR_TODAY must be a date YYYY-MM-DD, not "30/11/2026"');
    expect(render('zh', (err as UsageError).text)).toBe('AR_TODAY 必须是 YYYY-MM-DD 格式的日期，而不是“30/11/2026”');
    expect(validIsoDate('2024-02-29')).toBe(true);
    expect(validIsoDate('2026-13-01')).toBe(false);
  });
});
