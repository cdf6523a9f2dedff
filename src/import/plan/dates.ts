// Date cells from accounting exports → ISO text. Day-first vs month-first is decided per file
// (detectDateOrder), never guessed per cell.

import { addDays, daysInMonth, isoFromParts } from '../../core/dates.js';
import { msg, t, type Msg } from '../../i18n/index.js';
import { inBoth, type Reason } from '../text.js';

export type DateOrder = 'ymd' | 'mdy' | 'dmy';

export type DateParse = { kind: 'empty' } | { kind: 'ok'; iso: string } | { kind: 'error'; code: string; message: Reason };

export type DateOrderGuess = {
  order: DateOrder | 'ambiguous';
  evidence?: Msg;
  /** Set when some samples are clearly day-first and others clearly month-first. */
  conflict?: boolean;
};

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const EMPTY_TEXTS = new Set(['', '-', '—', '–', '―']);

// Trailing time of day (and zone), which is dropped: the export's calendar date is what counts.
const TIME_RE = /[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$/;
const LEADING_WEEKDAY_RE = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/i;
const ZH_WEEKDAY_RE = /\s*[(]?(?:星期|周|礼拜)[一二三四五六日天][)]?$/;

function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(TIME_RE, '').replace(ZH_WEEKDAY_RE, '').replace(LEADING_WEEKDAY_RE, '').trim();
}

function fullYear(text: string): number {
  const n = Number(text);
  if (text.length !== 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

function error(code: string, message: Reason): DateParse {
  return { kind: 'error', code, message };
}

function build(original: string, y: number, m: number, d: number): DateParse {
  if (m < 1 || m > 12 || d < 1 || y < 1 || y > 9999 || d > daysInMonth(y, m)) {
    return error('invalid-date', msg('import.value.notCalendarDate', { v: original }));
  }
  return { kind: 'ok', iso: isoFromParts(y, m, d) };
}

/**
 * Parse one date cell. `order` only matters for numeric dates whose year is not first; `given`
 * says the order came from the user (--date-format or a profile), not from the data.
 */
export function parseDateText(text: string, order: DateOrder, given = false): DateParse {
  const original = text.trim();
  const s = normalise(text);
  if (EMPTY_TEXTS.has(s)) return { kind: 'empty' };
  let m: RegExpExecArray | null;

  // 2026年3月5日
  if ((m = /^(\d{4}|\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/.exec(s))) {
    return build(original, fullYear(m[1] as string), Number(m[2]), Number(m[3]));
  }
  // 20260305
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) {
    return build(original, Number(m[1]), Number(m[2]), Number(m[3]));
  }
  // 2026-03-05, 2026/3/5, 2026.3.5
  if ((m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\.?$/.exec(s))) {
    return build(original, Number(m[1]), Number(m[3]), Number(m[4]));
  }
  // 15.03.2026, 03/15/2026, 3/5/26, 26/03/05 (ymd order)
  if ((m = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})\.?$/.exec(s))) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const last = m[4] as string;
    if (order === 'ymd' && last.length === 2) {
      return build(original, fullYear(m[1] as string), b, Number(last));
    }
    const y = fullYear(last);
    if (order === 'dmy') return build(original, y, b, a);
    if (order === 'mdy') return build(original, y, a, b);
    if (given) {
      // The user said year first, and this date ends with its year.
      return error(
        'order-mismatch',
        inBoth((L) => t(L, 'import.value.orderMismatch', { v: original, order, name: t(L, `import.order.${order}`) })),
      );
    }
    // A year-first file with a stray year-last date: only the values can tell.
    if (a > 12 && b <= 12) return build(original, y, b, a);
    if (b > 12 && a <= 12) return build(original, y, a, b);
    return error('ambiguous-date', msg('import.value.ambiguousDate', { v: original }));
  }
  // 5-Mar-2026, 05 Mar 2026, 5 March 2026, 5th Mar 26
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)?[\s\-./]*([A-Za-z]+)\.?[\s\-./,]*(\d{4}|\d{2})$/.exec(s))) {
    const month = MONTHS[(m[2] as string).toLowerCase()];
    if (month) return build(original, fullYear(m[3] as string), month, Number(m[1]));
  }
  // Mar 5, 2026, March 5 2026, Mar-05-2026
  if ((m = /^([A-Za-z]+)\.?[\s\-./]*(\d{1,2})(?:st|nd|rd|th)?[\s\-./,]*(\d{4}|\d{2})$/.exec(s))) {
    const month = MONTHS[(m[1] as string).toLowerCase()];
    if (month) return build(original, fullYear(m[3] as string), month, Number(m[2]));
  }
  // 2026-Mar-05
  if ((m = /^(\d{4})[\s\-./]*([A-Za-z]+)\.?[\s\-./]*(\d{1,2})$/.exec(s))) {
    const month = MONTHS[(m[2] as string).toLowerCase()];
    if (month) return build(original, Number(m[1]), month, Number(m[3]));
  }
  return error('not-a-date', msg('import.value.quotedNotDate', { v: original }));
}

type Evidence = 'ymd' | 'dmy' | 'mdy' | 'ambiguous-dot' | 'ambiguous' | 'none';

function classify(sample: string): Evidence {
  const s = normalise(sample);
  if (EMPTY_TEXTS.has(s)) return 'none';
  if (/^\d{4}\s*年/.test(s) || /^\d{8}$/.test(s) || /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\.?$/.test(s)) {
    return 'ymd';
  }
  const m = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})\.?$/.exec(s);
  if (!m) return 'none'; // month names, garbage: say nothing about the order
  const a = Number(m[1]);
  const b = Number(m[3]);
  if (a > 12 && b <= 12) return 'dmy';
  if (b > 12 && a <= 12) return 'mdy';
  if (a > 12 || b > 12 || a === 0 || b === 0) return 'none'; // not a date either way
  return m[2] === '.' ? 'ambiguous-dot' : 'ambiguous';
}

/**
 * Decide day-first vs month-first for a whole file from its date cells. `ambiguous` means the
 * caller must ask the user (or take --date-format); `conflict` means the file contradicts itself.
 */
export function detectDateOrder(samples: readonly string[]): DateOrderGuess {
  const first: Partial<Record<Evidence, string>> = {};
  for (const sample of samples) {
    const kind = classify(sample);
    if (first[kind] === undefined) first[kind] = sample.trim();
  }
  const { dmy, mdy, ymd } = first;
  if (dmy !== undefined && mdy !== undefined) {
    return {
      order: 'ambiguous',
      conflict: true,
      evidence: msg('import.evidence.conflict', { dmy, mdy }),
    };
  }
  if (dmy !== undefined) return { order: 'dmy', evidence: msg('import.evidence.dayFirst', { v: dmy }) };
  if (mdy !== undefined) return { order: 'mdy', evidence: msg('import.evidence.monthFirst', { v: mdy }) };
  if (first.ambiguous !== undefined) {
    return {
      order: 'ambiguous',
      evidence: msg('import.evidence.ambiguous', { v: first.ambiguous }),
    };
  }
  if (first['ambiguous-dot'] !== undefined) {
    return {
      order: 'dmy',
      evidence: msg('import.evidence.dotted', { v: first['ambiguous-dot'] }),
    };
  }
  if (ymd !== undefined) return { order: 'ymd', evidence: msg('import.evidence.yearFirst', { v: ymd }) };
  return { order: 'ymd', evidence: msg('import.evidence.none') };
}

/**
 * Excel serial date → ISO. The 1900 system keeps Lotus 1-2-3's fictitious 1900-02-29 (serial 60),
 * so serials after it are one day off from a plain count. The time-of-day fraction is dropped.
 */
export function excelSerialToIso(serial: number, system: 1900 | 1904): string {
  if (!Number.isFinite(serial)) throw new RangeError(`not an Excel date serial: ${serial}`);
  const day = Math.floor(serial);
  if (system === 1904) {
    if (day < 0) throw new RangeError(`Excel 1904-system serial must be ≥ 0, got ${serial}`);
    return addDays('1904-01-01', day);
  }
  if (day < 1) throw new RangeError(`Excel 1900-system serial must be ≥ 1, got ${serial}`);
  if (day === 60) throw new RangeError('Excel serial 60 is 1900-02-29, a date that does not exist');
  return day < 60 ? addDays('1899-12-31', day) : addDays('1899-12-30', day);
}
