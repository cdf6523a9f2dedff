import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseDateText, detectDateOrder, excelSerialToIso, type DateOrder } from '../../src/import/plan/dates.js';
import { addDays, fromDayNumber, toDayNumber } from '../../src/core/dates.js';
import { render } from '../../src/i18n/index.js';

/** The evidence as an English-reading user sees it. */
const evidence = (r: { evidence?: Parameters<typeof render>[1] }) => (r.evidence ? render('en', r.evidence) : '');

const ORDERS: DateOrder[] = ['ymd', 'mdy', 'dmy'];

function iso(text: string, order: DateOrder): string | undefined {
  const r = parseDateText(text, order);
  return r.kind === 'ok' ? r.iso : undefined;
}
function code(text: string, order: DateOrder): string | undefined {
  const r = parseDateText(text, order);
  return r.kind === 'error' ? r.code : undefined;
}

describe('parseDateText: forms that do not depend on the order', () => {
  it.each([
    '2026-03-05',
    '2026/3/5',
    '2026/03/05',
    '2026.3.5',
    '2026.03.05',
    '2026年3月5日',
    '2026 年 3 月 5 日',
    '2026年03月05日',
    '20260305',
    '5-Mar-2026',
    '05-Mar-26',
    'Mar 5, 2026',
    'March 5, 2026',
    'mar 5 2026',
    '05 Mar 2026',
    '5 March 2026',
    '5th March 2026',
    'Thu, 5 Mar 2026',
    'Thursday 5 March 2026',
    '2026-Mar-05',
    '2026-03-05 00:00:00',
    '2026-03-05T00:00:00',
    '2026-03-05T23:59:59.999Z',
    '2026-03-05T10:00:00+08:00',
    '2026/3/5 0:00',
    '2026年3月5日 星期四',
    '２０２６－０３－０５',
    '２０２６年３月５日',
    '  2026-03-05  ',
  ])('%j → 2026-03-05 in every order', (text) => {
    for (const order of ORDERS) expect(iso(text, order)).toBe('2026-03-05');
  });
});

describe('parseDateText: day/month order', () => {
  it.each<[string, DateOrder, string]>([
    ['15.03.2026', 'dmy', '2026-03-15'],
    ['05.03.2026', 'dmy', '2026-03-05'],
    ['03/15/2026', 'mdy', '2026-03-15'],
    ['15/03/2026', 'dmy', '2026-03-15'],
    ['3/5/26', 'mdy', '2026-03-05'],
    ['3/5/26', 'dmy', '2026-05-03'],
    ['05/03/2026', 'dmy', '2026-03-05'],
    ['05/03/2026', 'mdy', '2026-05-03'],
    ['5-3-2026', 'dmy', '2026-03-05'],
    ['3/5/2026 12:00 AM', 'mdy', '2026-03-05'],
    ['11/30/2025 5:45:01 PM', 'mdy', '2025-11-30'],
    ['26/03/05', 'ymd', '2026-03-05'],
    ['１５．０３．２０２６', 'dmy', '2026-03-15'],
  ])('%j (%s) → %s', (text, order, expected) => {
    expect(iso(text, order)).toBe(expected);
  });

  it('two-digit years: < 70 → 20xx, else 19xx', () => {
    expect(iso('1/2/00', 'mdy')).toBe('2000-01-02');
    expect(iso('1/2/69', 'mdy')).toBe('2069-01-02');
    expect(iso('1/2/70', 'mdy')).toBe('1970-01-02');
    expect(iso('1/2/99', 'mdy')).toBe('1999-01-02');
    expect(iso('5-Mar-86', 'dmy')).toBe('1986-03-05');
  });

  it('a year-first file with a stray year-last date decides from the values or says ambiguous', () => {
    expect(iso('15/03/2026', 'ymd')).toBe('2026-03-15');
    expect(iso('03/15/2026', 'ymd')).toBe('2026-03-15');
    expect(code('03/04/2026', 'ymd')).toBe('ambiguous-date');
  });

  it('a value impossible in the declared order is an error, not silently swapped', () => {
    expect(code('15/03/2026', 'mdy')).toBe('invalid-date');
    expect(code('03/15/2026', 'dmy')).toBe('invalid-date');
  });
});

describe('parseDateText: empty and errors', () => {
  it.each(['', '   ', '-', '—', '\u00a0'])('%j → empty', (text) => {
    expect(parseDateText(text, 'ymd')).toEqual({ kind: 'empty' });
  });

  it.each(['2026-02-30', '2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '31/04/2026', '20261301', '2026年2月30日', '30-Feb-2026', '0000-01-01'])(
    '%j → invalid-date',
    (text) => {
      expect(code(text, 'dmy')).toBe('invalid-date');
    },
  );

  it.each(['tomorrow', 'N/A', '2026', '45991', '2026-03', '5 Foo 2026', '2026-03/05', '1.234,56', '03/05'])('%j → not-a-date', (text) => {
    expect(code(text, 'dmy')).toBe('not-a-date');
  });

  it('accepts leap days', () => {
    expect(iso('2024-02-29', 'ymd')).toBe('2024-02-29');
    expect(iso('29.02.2000', 'dmy')).toBe('2000-02-29');
    expect(code('29.02.1900', 'dmy')).toBe('invalid-date');
  });

  it('messages name the text in both languages', () => {
    const r = parseDateText('2026-02-30', 'ymd');
    expect(r.kind).toBe('error');
    if (r.kind === 'error') {
      expect(render('en', r.message)).toContain('2026-02-30');
      expect(render('zh', r.message)).toContain('2026-02-30');
      expect(render('zh', r.message)).toMatch(/日期/);
    }
  });
});

describe('parseDateText: properties', () => {
  const anyIso = fc.integer({ min: toDayNumber('1970-01-01'), max: toDayNumber('2069-12-31') }).map(fromDayNumber);

  it('every written form of a date parses back to it', () => {
    fc.assert(
      fc.property(anyIso, (d) => {
        const [y, m, day] = [d.slice(0, 4), Number(d.slice(5, 7)), Number(d.slice(8))];
        const yy = y.slice(2);
        expect(iso(d, 'dmy')).toBe(d);
        expect(iso(`${y}/${m}/${day}`, 'mdy')).toBe(d);
        expect(iso(`${y}年${m}月${day}日`, 'dmy')).toBe(d);
        expect(iso(d.replaceAll('-', ''), 'mdy')).toBe(d);
        expect(iso(`${day}.${m}.${y}`, 'dmy')).toBe(d);
        expect(iso(`${m}/${day}/${y}`, 'mdy')).toBe(d);
        expect(iso(`${day}/${m}/${yy}`, 'dmy')).toBe(d);
        expect(iso(`${d}T12:34:56`, 'ymd')).toBe(d);
      }),
    );
  });
});

describe('detectDateOrder', () => {
  it('day > 12 in first place → dmy', () => {
    const r = detectDateOrder(['01/02/2026', '15/03/2026', '']);
    expect(r.order).toBe('dmy');
    expect(evidence(r)).toContain('15/03/2026');
  });

  it('second part > 12 → mdy', () => {
    const r = detectDateOrder(['01/02/2026', '03/15/2026']);
    expect(r.order).toBe('mdy');
    expect(evidence(r)).toContain('03/15/2026');
  });

  it('year-first forms → ymd', () => {
    expect(detectDateOrder(['2026-03-05', '2026/3/15', '2026年3月5日', '20260305']).order).toBe('ymd');
  });

  it('dotted dates default to day-first', () => {
    expect(detectDateOrder(['01.02.2026', '03.04.2026']).order).toBe('dmy');
  });

  it('all slash dates ambiguous → ambiguous', () => {
    const r = detectDateOrder(['01/02/2026', '03/04/2026', '05/06/2026']);
    expect(r.order).toBe('ambiguous');
    expect(r.conflict).toBeUndefined();
    expect(evidence(r)).toBeTruthy();
  });

  it('ambiguous slash dates stay ambiguous beside year-first ones', () => {
    expect(detectDateOrder(['2026-03-05', '01/02/2026']).order).toBe('ambiguous');
  });

  it('contradicting evidence is reported', () => {
    const r = detectDateOrder(['15/03/2026', '03/15/2026', '01/02/2026']);
    expect(r.order).toBe('ambiguous');
    expect(r.conflict).toBe(true);
    expect(evidence(r)).toContain('15/03/2026');
    expect(evidence(r)).toContain('03/15/2026');
  });

  it('month names and empty cells carry no evidence', () => {
    expect(detectDateOrder([]).order).toBe('ymd');
    expect(detectDateOrder(['', '5-Mar-2026', 'Mar 5, 2026']).order).toBe('ymd');
    expect(detectDateOrder(['5-Mar-2026', '15/03/2026']).order).toBe('dmy');
  });

  it('uses times and full-width digits like the parser', () => {
    expect(detectDateOrder(['11/30/2025 5:45:01 PM']).order).toBe('mdy');
    expect(detectDateOrder(['１５/０３/２０２６']).order).toBe('dmy');
  });

  it('the detected order parses every sample', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2030-12-31') }), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.constantFrom<'dmy' | 'mdy'>('dmy', 'mdy'),
        (days, truth) => {
          const dates = days.map(fromDayNumber);
          const texts = dates.map((d) => {
            const [y, m, day] = [d.slice(0, 4), d.slice(5, 7), d.slice(8)];
            return truth === 'dmy' ? `${day}/${m}/${y}` : `${m}/${day}/${y}`;
          });
          const r = detectDateOrder(texts);
          expect(['ambiguous', truth]).toContain(r.order);
          if (r.order !== 'ambiguous') {
            expect(texts.map((t) => iso(t, r.order as DateOrder))).toEqual(dates);
          } else {
            // only when no day exceeds 12
            expect(dates.every((d) => Number(d.slice(8)) <= 12)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('excelSerialToIso', () => {
  it('1900 system with the Lotus leap-year bug', () => {
    expect(excelSerialToIso(1, 1900)).toBe('1900-01-01');
    expect(excelSerialToIso(31, 1900)).toBe('1900-01-31');
    expect(excelSerialToIso(59, 1900)).toBe('1900-02-28');
    expect(excelSerialToIso(61, 1900)).toBe('1900-03-01');
    expect(excelSerialToIso(367, 1900)).toBe('1901-01-01');
    expect(excelSerialToIso(25569, 1900)).toBe('1970-01-01');
    expect(excelSerialToIso(36526, 1900)).toBe('2000-01-01');
    expect(excelSerialToIso(45991, 1900)).toBe('2025-11-30');
    expect(excelSerialToIso(46086, 1900)).toBe('2026-03-05');
  });

  it('serial 60 (1900-02-29) does not exist', () => {
    expect(() => excelSerialToIso(60, 1900)).toThrow(RangeError);
  });

  it('1904 system', () => {
    expect(excelSerialToIso(0, 1904)).toBe('1904-01-01');
    expect(excelSerialToIso(1, 1904)).toBe('1904-01-02');
    expect(excelSerialToIso(45991 - 1462, 1904)).toBe('2025-11-30');
  });

  it('ignores the time of day', () => {
    expect(excelSerialToIso(45991.999, 1900)).toBe('2025-11-30');
    expect(excelSerialToIso(45991.5, 1900)).toBe('2025-11-30');
    expect(excelSerialToIso(0.25, 1904)).toBe('1904-01-01');
  });

  it('rejects serials before the epoch and non-numbers', () => {
    expect(() => excelSerialToIso(0, 1900)).toThrow(RangeError);
    expect(() => excelSerialToIso(-1, 1904)).toThrow(RangeError);
    expect(() => excelSerialToIso(Number.NaN, 1900)).toThrow(RangeError);
    expect(() => excelSerialToIso(Number.POSITIVE_INFINITY, 1900)).toThrow(RangeError);
  });

  it('the two systems differ by 1462 days after March 1900', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1462, max: 2_958_465 - 1462 }), (serial1904) => {
        expect(excelSerialToIso(serial1904 + 1462, 1900)).toBe(excelSerialToIso(serial1904, 1904));
      }),
    );
  });

  it('consecutive serials are consecutive days (except around 60)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_464 }), (s) => {
        expect(excelSerialToIso(s + 1, 1900)).toBe(addDays(excelSerialToIso(s, 1900), 1));
      }),
    );
    expect(excelSerialToIso(2_958_465, 1900)).toBe('9999-12-31');
  });
});
