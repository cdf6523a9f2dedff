import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  isIsoDate,
  isLeapYear,
  daysInMonth,
  isoFromParts,
  toDayNumber,
  fromDayNumber,
  addDays,
  daysBetween,
  addMonths,
  startOfMonth,
  endOfMonth,
  compareIso,
  isoWeekday,
} from '../../src/core/dates.js';
import { formatDate } from '../../src/view/dates.js';

const MIN_DAY = toDayNumber('0000-01-01');
const MAX_DAY = toDayNumber('9999-12-31');
const anyDay = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2200-12-31') });
const anyIso = anyDay.map(fromDayNumber);

describe('isIsoDate', () => {
  it.each(['2026-03-05', '2024-02-29', '2000-02-29', '1970-01-01', '9999-12-31', '2026-12-31'])('%s is a date', (s) => expect(isIsoDate(s)).toBe(true));
  it.each([
    '2026-02-29',
    '1900-02-29',
    '2026-02-30',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-05',
    '2026/03/05',
    '20260305',
    ' 2026-03-05',
    '2026-03-05T00:00:00',
    '',
    'abcd-ef-gh',
    '２０２６-03-05',
  ])('%j is not', (s) => expect(isIsoDate(s)).toBe(false));
});

describe('calendar helpers', () => {
  it('leap years', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2026)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
  });
  it('days in month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
  it('isoFromParts pads and validates', () => {
    expect(isoFromParts(2026, 3, 5)).toBe('2026-03-05');
    expect(isoFromParts(987, 1, 1)).toBe('0987-01-01');
    expect(() => isoFromParts(2026, 2, 30)).toThrow(RangeError);
    expect(() => isoFromParts(10000, 1, 1)).toThrow(RangeError);
    expect(() => isoFromParts(2026.5, 1, 1)).toThrow(RangeError);
  });
});

describe('day numbers', () => {
  it('anchors on the Unix epoch', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    expect(fromDayNumber(20513)).toBe('2026-03-01');
  });

  it('agrees with Date.UTC', () => {
    fc.assert(
      fc.property(anyDay, (n) => {
        const iso = fromDayNumber(n);
        expect(new Date(n * 86_400_000).toISOString().slice(0, 10)).toBe(iso);
        expect(toDayNumber(iso)).toBe(n);
      }),
    );
  });

  it('round-trips over the whole 0000–9999 range', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY, max: MAX_DAY }), (n) => {
        const iso = fromDayNumber(n);
        expect(isIsoDate(iso)).toBe(true);
        expect(toDayNumber(iso)).toBe(n);
      }),
    );
    expect(fromDayNumber(MIN_DAY)).toBe('0000-01-01');
    expect(fromDayNumber(MAX_DAY)).toBe('9999-12-31');
  });

  it('rejects out-of-range or fractional day numbers and bad dates', () => {
    expect(() => fromDayNumber(MAX_DAY + 1)).toThrow(RangeError);
    expect(() => fromDayNumber(MIN_DAY - 1)).toThrow(RangeError);
    expect(() => fromDayNumber(1.5)).toThrow(RangeError);
    expect(() => toDayNumber('2026-02-30')).toThrow(RangeError);
    expect(() => toDayNumber('not a date')).toThrow(/not an ISO date/);
  });
});

describe('addDays / daysBetween', () => {
  it.each<[string, number, string]>([
    ['2026-03-05', 0, '2026-03-05'],
    ['2026-03-05', 30, '2026-04-04'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-29', 1, '2026-03-30'], // EU DST change
    ['2026-03-08', 1, '2026-03-09'], // US DST change
    ['2026-11-30', 365, '2027-11-30'],
  ])('%s + %i = %s', (iso, n, expected) => {
    expect(addDays(iso, n)).toBe(expected);
  });

  it('daysBetween is b − a', () => {
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(daysBetween('2026-03-01', '2026-01-01')).toBe(-59);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-03-05', '2026-03-05')).toBe(0);
  });

  it('rejects fractional days', () => {
    expect(() => addDays('2026-03-05', 0.5)).toThrow(RangeError);
  });

  it('addDays and daysBetween agree', () => {
    fc.assert(
      fc.property(anyIso, fc.integer({ min: -20000, max: 20000 }), (iso, n) => {
        const later = addDays(iso, n);
        expect(daysBetween(iso, later)).toBe(n);
        expect(addDays(later, -n)).toBe(iso);
      }),
    );
  });
});

describe('addMonths', () => {
  it.each<[string, number, string]>([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-03-31', -13, '2025-02-28'],
    ['2026-11-30', 2, '2027-01-30'],
    ['2026-12-31', 12, '2027-12-31'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-05-10', 0, '2026-05-10'],
    ['2026-01-01', -1, '2025-12-01'],
  ])('%s + %i months = %s', (iso, n, expected) => {
    expect(addMonths(iso, n)).toBe(expected);
  });

  it('never overflows into the next month', () => {
    fc.assert(
      fc.property(anyIso, fc.integer({ min: -600, max: 600 }), (iso, n) => {
        const out = addMonths(iso, n);
        const months = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
        expect(months(out) - months(iso)).toBe(n);
        expect(Number(out.slice(8))).toBeLessThanOrEqual(Number(iso.slice(8)));
      }),
    );
  });
});

describe('month bounds and comparison', () => {
  it('start and end of month', () => {
    expect(startOfMonth('2026-03-05')).toBe('2026-03-01');
    expect(endOfMonth('2026-03-05')).toBe('2026-03-31');
    expect(endOfMonth('2026-02-01')).toBe('2026-02-28');
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(endOfMonth('2026-04-30')).toBe('2026-04-30');
  });

  it('compareIso', () => {
    expect(compareIso('2026-03-05', '2026-03-06')).toBe(-1);
    expect(compareIso('2026-03-06', '2026-03-05')).toBe(1);
    expect(compareIso('2026-03-05', '2026-03-05')).toBe(0);
    expect(compareIso('2025-12-31', '2026-01-01')).toBe(-1);
    expect(() => compareIso('2026-3-5', '2026-03-05')).toThrow(RangeError);
  });

  it('compareIso matches day-number order', () => {
    fc.assert(
      fc.property(anyDay, anyDay, (a, b) => {
        expect(compareIso(fromDayNumber(a), fromDayNumber(b))).toBe(Math.sign(a - b) || 0);
      }),
    );
  });
});

describe('weekday and formatDate', () => {
  it('isoWeekday', () => {
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(isoWeekday('2026-11-30')).toBe(1);
    expect(isoWeekday('2026-03-08')).toBe(7);
    expect(isoWeekday('1969-12-28')).toBe(7);
  });

  it('isoWeekday agrees with Date.getUTCDay', () => {
    fc.assert(
      fc.property(anyDay, (n) => {
        expect(isoWeekday(fromDayNumber(n)) % 7).toBe(new Date(n * 86_400_000).getUTCDay());
      }),
    );
  });

  it('en', () => {
    expect(formatDate('2026-11-30', 'en', 'short')).toBe('30 Nov');
    expect(formatDate('2026-11-30', 'en', 'long')).toBe('30 Nov 2026');
    expect(formatDate('2026-11-30', 'en', 'weekday')).toBe('Mon 30 Nov 2026');
    expect(formatDate('2026-03-05', 'en', 'short')).toBe('5 Mar');
    expect(formatDate('2026-03-08', 'en', 'weekday')).toBe('Sun 8 Mar 2026');
    expect(formatDate('2026-03-05', 'en')).toBe('5 Mar 2026');
  });

  it('zh', () => {
    expect(formatDate('2026-11-30', 'zh', 'short')).toBe('11月30日');
    expect(formatDate('2026-11-30', 'zh', 'long')).toBe('2026年11月30日');
    expect(formatDate('2026-11-30', 'zh', 'weekday')).toBe('2026年11月30日 星期一');
    expect(formatDate('2026-03-05', 'zh', 'short')).toBe('3月5日');
    expect(formatDate('2026-03-08', 'zh', 'weekday')).toBe('2026年3月8日 星期日');
  });

  it('rejects invalid input', () => {
    expect(() => formatDate('2026-02-30', 'en', 'long')).toThrow(RangeError);
  });
});
