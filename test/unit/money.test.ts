import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { render } from '../../src/i18n/index.js';
import { minorDigits, parseMoney, formatMoney, chineseUppercase, sumMinor, type MoneyParse, type ParseMoneyOptions } from '../../src/core/money.js';

const ok = (minor: number, currency?: string): MoneyParse => (currency === undefined ? { kind: 'ok', minor } : { kind: 'ok', minor, currency });

function errorCode(text: string, opts?: ParseMoneyOptions): string | undefined {
  const r = parseMoney(text, opts);
  return r.kind === 'error' ? r.code : undefined;
}

describe('minorDigits', () => {
  it.each([
    ['JPY', 0],
    ['KRW', 0],
    ['VND', 0],
    ['CLP', 0],
    ['ISK', 0],
    ['BHD', 3],
    ['KWD', 3],
    ['OMR', 3],
    ['JOD', 3],
    ['TND', 3],
    ['CNY', 2],
    ['USD', 2],
    ['EUR', 2],
    ['GBP', 2],
    ['HKD', 2],
    ['CHF', 2],
    ['XYZ', 2],
    ['jpy', 0],
    [' kwd ', 3],
  ])('%s → %i', (code, digits) => {
    expect(minorDigits(code)).toBe(digits);
  });
});

describe('parseMoney: plain and grouped numbers', () => {
  it.each<[string, number]>([
    ['0', 0],
    ['5', 500],
    ['1,234.56', 123456],
    ['1234.56', 123456],
    ['1234.5', 123450],
    ['1,234,567.89', 123456789],
    ['1.234,56', 123456],
    ['1234,56', 123456],
    ['1.234.567,89', 123456789],
    ['1,5', 150],
    ['1.234.567', 123456700],
    ['1,234,567', 123456700],
    ['1,234', 123400],
    ['.5', 50],
    ['12,34,567.00', 123456700],
    ['+5', 500],
    ['+ 1,234.00', 123400],
    ['  42.10  ', 4210],
  ])('%j → %i', (text, minor) => {
    expect(parseMoney(text)).toEqual(ok(minor));
  });

  it('accepts non-breaking, narrow, thin spaces and apostrophes as thousands separators', () => {
    expect(parseMoney('1\u00a0234.56')).toEqual(ok(123456));
    expect(parseMoney('1\u202f234,56')).toEqual(ok(123456));
    expect(parseMoney('1\u2009234\u2009567.00')).toEqual(ok(123456700));
    expect(parseMoney("1'234.56")).toEqual(ok(123456));
    expect(parseMoney('1’234’567.50')).toEqual(ok(123456750));
    expect(parseMoney('1 234 567,89')).toEqual(ok(123456789));
  });

  it('normalises full-width digits and punctuation (NFKC)', () => {
    expect(parseMoney('１２３４．５')).toEqual(ok(123450));
    expect(parseMoney('１，２３４．５６')).toEqual(ok(123456));
    expect(parseMoney('（１，２３４．５６）')).toEqual(ok(-123456));
    expect(parseMoney('－５')).toEqual(ok(-500));
  });
});

describe('parseMoney: negatives', () => {
  it.each<[string, number]>([
    ['-5', -500],
    ['−5', -500],
    ['-1,234.56', -123456],
    ['(1,234.56)', -123456],
    ['( 1,234.00 )', -123400],
    ['1.234,56-', -123456],
    ['1,234.56-', -123456],
    ['-$5', -500],
    ['$-5', -500],
    ['(¥1,234.50)', -123450],
    ['-¥1,234.50', -123450],
    ['- 5', -500],
  ])('%j → %i', (text, minor) => {
    expect(parseMoney(text)).toEqual(ok(minor));
  });

  it('never produces negative zero', () => {
    const r = parseMoney('-0.00');
    expect(r).toEqual(ok(0));
    expect(r.kind === 'ok' && Object.is(r.minor, -0)).toBe(false);
    const p = parseMoney('(0)');
    expect(p.kind === 'ok' && Object.is(p.minor, 0)).toBe(true);
  });

  it('rejects double signs', () => {
    expect(errorCode('(-5)')).toBe('not-a-number');
    expect(errorCode('--5')).toBe('not-a-number');
    expect(errorCode('-5-')).toBe('not-a-number');
    expect(errorCode('+-5')).toBe('not-a-number');
  });
});

describe('parseMoney: currency marks', () => {
  it('strips ambiguous symbols without naming a currency', () => {
    expect(parseMoney('¥12,345.60')).toEqual(ok(1234560));
    expect(parseMoney('￥12,345.60')).toEqual(ok(1234560));
    expect(parseMoney('$1,234.50')).toEqual(ok(123450));
  });

  it.each<[string, number, string]>([
    ['€1,234.50', 123450, 'EUR'],
    ['£99.99', 9999, 'GBP'],
    ['US$1,234.5', 123450, 'USD'],
    ['HK$100', 10000, 'HKD'],
    ['RMB 1,234', 123400, 'CNY'],
    ['RMB1,234.00', 123400, 'CNY'],
    ['CNY 1,234.00', 123400, 'CNY'],
    ['1,234.00 USD', 123400, 'USD'],
    ['USD1,234.00', 123400, 'USD'],
    ['usd 5', 500, 'USD'],
    ['1,234.50元', 123450, 'CNY'],
    ['1.234,50 €', 123450, 'EUR'],
    ['€ 1.234,50', 123450, 'EUR'],
    ['CHF 1,234.50', 123450, 'CHF'],
    ['-CHF 1,234.50', -123450, 'CHF'],
    ['(USD 1,234.00)', -123400, 'USD'],
    ['JP¥1,235', 1235, 'JPY'],
    ['1,235円', 1235, 'JPY'],
    ['JPY 1,234', 1234, 'JPY'],
  ])('%j → %i %s', (text, minor, currency) => {
    expect(parseMoney(text)).toEqual(ok(minor, currency));
  });

  it('uses the currency found in the text for the decimals, not the option', () => {
    expect(parseMoney('JPY 1,234', { currency: 'USD' })).toEqual(ok(1234, 'JPY'));
    expect(parseMoney('KWD 1.234', { currency: 'USD' })).toEqual(ok(1234, 'KWD'));
  });

  it('rejects two different currencies in one cell', () => {
    expect(errorCode('USD 5 EUR')).toBe('currency-conflict');
    expect(parseMoney('USD $5')).toEqual(ok(500, 'USD'));
  });
});

describe('parseMoney: 万 and 亿', () => {
  it.each<[string, number, string | undefined]>([
    ['12.5万', 12500000, undefined],
    ['1万', 1000000, undefined],
    ['1.2亿', 12000000000, undefined],
    ['12.5万元', 12500000, 'CNY'],
    ['¥3.1415万', 3141500, undefined],
    ['-2.5万', -2500000, undefined],
    ['1,234.5678万', 1234567800, undefined],
  ])('%j → %i', (text, minor, currency) => {
    expect(parseMoney(text)).toEqual(ok(minor, currency));
  });

  it('still refuses fractions of a cent after scaling', () => {
    expect(errorCode('1.2345678万')).toBe('too-many-decimals');
    expect(parseMoney('1.234567万')).toEqual(ok(1234567));
    expect(parseMoney('1.23456700万')).toEqual(ok(1234567));
  });

  it('rejects stacked multipliers', () => {
    expect(errorCode('1万亿')).toBe('not-a-number');
  });
});

describe('parseMoney: empty is not zero', () => {
  it.each(['', '   ', '-', '—', '–', '\u00a0', '\t', ' - '])('%j → empty', (text) => {
    expect(parseMoney(text)).toEqual({ kind: 'empty' });
  });

  it('"0" is zero, not empty', () => {
    expect(parseMoney('0')).toEqual(ok(0));
    expect(parseMoney('0.00')).toEqual(ok(0));
    expect(parseMoney('0')).not.toEqual(parseMoney(''));
  });
});

describe('parseMoney: decimal mark', () => {
  it('auto: a lone comma before exactly three digits is a thousands separator', () => {
    expect(parseMoney('1,234')).toEqual(ok(123400));
    expect(parseMoney('1,234', { currency: 'JPY' })).toEqual(ok(1234));
    expect(parseMoney('12,345', { currency: 'EUR' })).toEqual(ok(1234500));
  });

  it("decimalMark ',' reads that comma as the decimal point", () => {
    expect(errorCode('1,234', { decimalMark: ',' })).toBe('too-many-decimals');
    expect(parseMoney('1,234', { decimalMark: ',', currency: 'KWD' })).toEqual(ok(1234));
    expect(parseMoney('1.234', { decimalMark: ',' })).toEqual(ok(123400));
    expect(parseMoney('1.234', { decimalMark: ',', currency: 'JPY' })).toEqual(ok(1234));
    expect(parseMoney('1.234.567,8', { decimalMark: ',' })).toEqual(ok(123456780));
  });

  it("decimalMark '.' reads commas only as grouping", () => {
    expect(parseMoney('1,234', { decimalMark: '.' })).toEqual(ok(123400));
    expect(parseMoney('1,234.5', { decimalMark: '.' })).toEqual(ok(123450));
    expect(errorCode('1.234,56', { decimalMark: '.' })).toBe('not-a-number');
    expect(errorCode('1,5', { decimalMark: '.' })).toBe('not-a-number');
  });

  it('auto: a lone dot is always the decimal point', () => {
    expect(errorCode('1.234', { currency: 'JPY' })).toBe('too-many-decimals');
    expect(parseMoney('1.234', { currency: 'BHD' })).toEqual(ok(1234));
    expect(errorCode('1.234')).toBe('too-many-decimals');
  });

  it('auto: when both marks appear, the last one is the decimal point', () => {
    expect(parseMoney('1,234.56')).toEqual(ok(123456));
    expect(parseMoney('1.234,56')).toEqual(ok(123456));
    expect(errorCode('1.234,567.89')).toBe('not-a-number');
  });
});

describe('parseMoney: extra decimals', () => {
  it('drops trailing zero decimals (Xero exports 4 decimals)', () => {
    expect(parseMoney('12.3400')).toEqual(ok(1234));
    expect(parseMoney('1,234.5000')).toEqual(ok(123450));
    expect(parseMoney('100.0000', { currency: 'JPY' })).toEqual(ok(100));
    expect(parseMoney('1.2340', { currency: 'KWD' })).toEqual(ok(1234));
  });

  it('refuses to round away real digits', () => {
    expect(errorCode('12.3401')).toBe('too-many-decimals');
    expect(errorCode('12.345')).toBe('too-many-decimals');
    expect(errorCode('100.5', { currency: 'JPY' })).toBe('too-many-decimals');
    expect(errorCode('1.2345', { currency: 'KWD' })).toBe('too-many-decimals');
  });

  it('explains the problem in both languages', () => {
    const r = parseMoney('1.234', { currency: 'JPY' });
    expect(r.kind).toBe('error');
    if (r.kind === 'error') {
      expect(render('en', r.message)).toContain('1.234');
      expect(render('en', r.message)).toContain('JPY');
      expect(render('zh', r.message)).toContain('1.234');
      expect(render('zh', r.message)).toMatch(/小数/);
    }
  });
});

describe('parseMoney: errors', () => {
  it.each([
    'abc',
    'N/A',
    '1.2.3,4,5',
    '12 34',
    '1,23.00',
    '5.',
    '1,234.',
    '12a',
    '2026-03-05',
    '$',
    '元',
    '1e5',
    '0x10',
    'Infinity',
    'NaN',
    '1,,234',
    ',',
    '.',
    '1 234,567.00',
  ])('%j → not-a-number', (text) => {
    expect(errorCode(text)).toBe('not-a-number');
  });

  it('names the text in both languages', () => {
    const r = parseMoney('banana');
    expect(r).toMatchObject({ kind: 'error', code: 'not-a-number' });
    if (r.kind === 'error') {
      expect(render('en', r.message)).toContain('banana');
      expect(render('zh', r.message)).toContain('banana');
      expect(render('zh', r.message)).toMatch(/金额/);
    }
  });

  it('too-large beyond the safe integer range', () => {
    expect(parseMoney('90071992547409.91')).toEqual(ok(Number.MAX_SAFE_INTEGER));
    expect(parseMoney('-90071992547409.91')).toEqual(ok(-Number.MAX_SAFE_INTEGER));
    expect(errorCode('90071992547409.92')).toBe('too-large');
    expect(errorCode('99999999999999999')).toBe('too-large');
    expect(errorCode('1' + '0'.repeat(40))).toBe('too-large');
    expect(errorCode('100亿亿')).toBe('not-a-number');
    expect(errorCode('10000000亿')).toBe('too-large');
    expect(parseMoney('9007199254740991', { currency: 'JPY' })).toEqual(ok(Number.MAX_SAFE_INTEGER));
  });

  it('leading zeros are harmless', () => {
    expect(parseMoney('007.50')).toEqual(ok(750));
    expect(parseMoney('0000000000000000000001')).toEqual(ok(100));
  });
});

describe('formatMoney', () => {
  it('en: grouping, decimals, negatives', () => {
    expect(formatMoney(123450, 'CNY')).toBe('1,234.50');
    expect(formatMoney(-123450, 'CNY')).toBe('-1,234.50');
    expect(formatMoney(5, 'USD')).toBe('0.05');
    expect(formatMoney(-5, 'USD')).toBe('-0.05');
    expect(formatMoney(0, 'USD')).toBe('0.00');
    expect(formatMoney(-0, 'USD')).toBe('0.00');
    expect(formatMoney(123456789, 'USD')).toBe('1,234,567.89');
    expect(formatMoney(1235, 'JPY')).toBe('1,235');
    expect(formatMoney(1234567, 'BHD')).toBe('1,234.567');
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'USD')).toBe('90,071,992,547,409.91');
  });

  it('en: symbols', () => {
    expect(formatMoney(123450, 'CNY', { symbol: true })).toBe('¥1,234.50');
    expect(formatMoney(123450, 'USD', { symbol: true })).toBe('$1,234.50');
    expect(formatMoney(123450, 'EUR', { symbol: true })).toBe('€1,234.50');
    expect(formatMoney(123450, 'GBP', { symbol: true })).toBe('£1,234.50');
    expect(formatMoney(1235, 'JPY', { symbol: true })).toBe('JP¥1,235');
    expect(formatMoney(123450, 'HKD', { symbol: true })).toBe('HK$1,234.50');
    expect(formatMoney(123450, 'CHF', { symbol: true })).toBe('CHF 1,234.50');
    expect(formatMoney(-123450, 'USD', { symbol: true })).toBe('-$1,234.50');
    expect(formatMoney(-123450, 'CHF', { symbol: true })).toBe('-CHF 1,234.50');
  });

  it('zh uses the same digits as en', () => {
    expect(formatMoney(123450, 'CNY', { locale: 'zh' })).toBe('1,234.50');
    expect(formatMoney(123450, 'CNY', { locale: 'zh', symbol: true })).toBe('¥1,234.50');
  });

  it('de and fr', () => {
    expect(formatMoney(123450, 'EUR', { locale: 'de' })).toBe('1.234,50');
    expect(formatMoney(123450, 'EUR', { locale: 'de', symbol: true })).toBe('1.234,50 €');
    expect(formatMoney(-123450, 'EUR', { locale: 'de', symbol: true })).toBe('-1.234,50 €');
    expect(formatMoney(123450, 'CHF', { locale: 'de', symbol: true })).toBe('1.234,50 CHF');
    expect(formatMoney(1234567, 'JPY', { locale: 'de' })).toBe('1.234.567');
    expect(formatMoney(123450, 'EUR', { locale: 'fr' })).toBe('1\u202f234,50');
    expect(formatMoney(123450, 'EUR', { locale: 'fr', symbol: true })).toBe('1\u202f234,50 €');
  });

  it('grouping can be turned off', () => {
    expect(formatMoney(123456789, 'USD', { grouping: false })).toBe('1234567.89');
    expect(formatMoney(123456789, 'EUR', { locale: 'de', grouping: false })).toBe('1234567,89');
  });

  it('refuses non-integers and unsafe integers', () => {
    expect(() => formatMoney(1.5, 'USD')).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN, 'USD')).toThrow(RangeError);
    expect(() => formatMoney(2 ** 53, 'USD')).toThrow(RangeError);
  });
});

describe('chineseUppercase (大写金额)', () => {
  it.each<[number, string]>([
    // DOMAIN §4
    [1234567, '人民币壹万贰仟叁佰肆拾伍元陆角柒分'],
    [10000, '人民币壹佰元整'],
    [100520, '人民币壹仟零伍元贰角'],
    // brief
    [5, '人民币伍分'],
    [1000000000, '人民币壹仟万元整'],
    [10001000, '人民币壹拾万零壹拾元整'],
    // zero handling
    [0, '人民币零元整'],
    [50, '人民币伍角'],
    [55, '人民币伍角伍分'],
    [1005, '人民币壹拾元零伍分'],
    [100005, '人民币壹仟元零伍分'],
    [1000, '人民币壹拾元整'],
    [10100, '人民币壹佰零壹元整'],
    [100100, '人民币壹仟零壹元整'],
    [105000, '人民币壹仟零伍拾元整'],
    [150000, '人民币壹仟伍佰元整'],
    [100000000, '人民币壹佰万元整'],
    // a thousands digit right after 万 needs no 零 (either form is allowed; we write none)
    [100100000, '人民币壹佰万壹仟元整'],
    [100010000, '人民币壹佰万零壹佰元整'],
    [110000000, '人民币壹佰壹拾万元整'],
    [10000000000, '人民币壹亿元整'],
    [10001000000, '人民币壹亿零壹万元整'],
    [10100000000, '人民币壹亿零壹佰万元整'],
    [12345678900, '人民币壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元整'],
    [10000000100, '人民币壹亿零壹元整'],
    [100000000000000, '人民币壹万亿元整'],
    [Number.MAX_SAFE_INTEGER, '人民币玖拾万零柒佰壹拾玖亿玖仟贰佰伍拾肆万柒仟肆佰零玖元玖角壹分'],
  ])('%i → %s', (minor, text) => {
    expect(chineseUppercase(minor)).toBe(text);
  });

  it('prefixes the currency name', () => {
    expect(chineseUppercase(10000, 'USD')).toBe('美元壹佰元整');
    expect(chineseUppercase(10000, 'EUR')).toBe('欧元壹佰元整');
    expect(chineseUppercase(10000, 'GBP')).toBe('英镑壹佰元整');
    expect(chineseUppercase(10000, 'HKD')).toBe('港币壹佰元整');
    expect(chineseUppercase(1234, 'JPY')).toBe('日元壹仟贰佰叁拾肆元整');
    expect(chineseUppercase(10000, 'cny')).toBe('人民币壹佰元整');
  });

  it('marks negatives with 负', () => {
    expect(chineseUppercase(-10000)).toBe('负人民币壹佰元整');
    expect(chineseUppercase(-5)).toBe('负人民币伍分');
  });

  it('3-decimal currencies only when the last digit is zero', () => {
    expect(chineseUppercase(12340, 'KWD')).toBe('KWD壹拾贰元叁角肆分');
    expect(() => chineseUppercase(12345, 'KWD')).toThrow(RangeError);
  });

  it('uses only the allowed characters, never two 零 in a row, never a trailing 零', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const s = chineseUppercase(n).slice('人民币'.length);
        expect(s).toMatch(/^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/);
        expect(s).not.toMatch(/零零/);
        expect(s).not.toMatch(/零[万亿元]/);
        expect(s.endsWith('整') || s.endsWith('角') || s.endsWith('分')).toBe(true);
      }),
    );
  });
});

describe('sumMinor', () => {
  it('adds integers exactly', () => {
    expect(sumMinor([])).toBe(0);
    expect(sumMinor([10, 20, -5])).toBe(25);
    expect(sumMinor([Number.MAX_SAFE_INTEGER, -1])).toBe(Number.MAX_SAFE_INTEGER - 1);
  });

  it('throws instead of drifting out of the safe range', () => {
    expect(() => sumMinor([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
    expect(() => sumMinor([-Number.MAX_SAFE_INTEGER, -1])).toThrow(RangeError);
    expect(() => sumMinor([0.1, 0.2])).toThrow(RangeError);
    expect(() => sumMinor([Number.NaN])).toThrow(RangeError);
  });
});

describe('properties', () => {
  const currencies = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD', 'CHF', 'KWD', 'BHD', 'KRW'];
  const anyCurrency = fc.constantFrom(...currencies);
  const anyMinor = fc.oneof(
    fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
    fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  );

  it('en: parse(format(x)) === x, with and without symbol and grouping', () => {
    fc.assert(
      fc.property(anyMinor, anyCurrency, fc.boolean(), fc.boolean(), (minor, currency, symbol, grouping) => {
        const text = formatMoney(minor, currency, { locale: 'en', symbol, grouping });
        const r = parseMoney(text, { currency });
        expect(r.kind).toBe('ok');
        expect(r.kind === 'ok' && r.minor).toBe(minor);
      }),
      { numRuns: 500 },
    );
  });

  it("de: parse(format(x), decimalMark ',') === x", () => {
    fc.assert(
      fc.property(anyMinor, anyCurrency, fc.boolean(), (minor, currency, symbol) => {
        const text = formatMoney(minor, currency, { locale: 'de', symbol });
        const r = parseMoney(text, { currency, decimalMark: ',' });
        expect(r.kind === 'ok' && r.minor).toBe(minor);
      }),
      { numRuns: 500 },
    );
  });

  it('de with 2 decimals also round-trips in auto mode', () => {
    fc.assert(
      fc.property(anyMinor, fc.constantFrom('EUR', 'USD', 'CHF'), (minor, currency) => {
        const r = parseMoney(formatMoney(minor, currency, { locale: 'de', symbol: true }), { currency });
        expect(r.kind === 'ok' && r.minor).toBe(minor);
      }),
    );
  });

  it('fr round-trips with narrow no-break spaces', () => {
    fc.assert(
      fc.property(anyMinor, anyCurrency, (minor, currency) => {
        const r = parseMoney(formatMoney(minor, currency, { locale: 'fr' }), { currency, decimalMark: ',' });
        expect(r.kind === 'ok' && r.minor).toBe(minor);
      }),
    );
  });

  it('sums of parsed values equal integer sums (no float drift)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }), { maxLength: 200 }), (values) => {
        const parsed = values.map((v) => {
          const r = parseMoney(formatMoney(v, 'CNY'));
          if (r.kind !== 'ok') throw new Error(`did not parse ${v}`);
          return r.minor;
        });
        const exact = values.reduce((a, b) => a + b, 0);
        expect(sumMinor(parsed)).toBe(exact);
      }),
    );
  });

  it('decimal text built digit by digit parses to the same integer', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: BigInt(Number.MAX_SAFE_INTEGER) }), fc.boolean(), fc.integer({ min: 0, max: 4 }), (big, negative, extraZeros) => {
        const digits = big.toString().padStart(3, '0');
        const text = `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}${'0'.repeat(extraZeros)}`;
        const expected = negative && big !== 0n ? -Number(big) : Number(big);
        expect(parseMoney(text, { currency: 'USD' })).toEqual(ok(expected));
      }),
    );
  });

  it('the fast path for plain cells agrees with the full parser', () => {
    // A leading space bypasses the fast path, so both paths see the same text.
    const plain = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.boolean(), fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }))
      .map(([neg, int, group, frac]) => {
        const digits = group ? int.toLocaleString('en-US') : int.toString();
        return `${neg ? '-' : ''}${digits}${frac === undefined ? '' : '.' + frac}`;
      });
    fc.assert(
      fc.property(plain, anyCurrency, fc.constantFrom<'.' | 'auto' | undefined>('.', 'auto', undefined), (text, currency, decimalMark) => {
        const opts = decimalMark === undefined ? { currency } : { currency, decimalMark };
        expect(parseMoney(text, opts)).toEqual(parseMoney(` ${text}`, opts));
      }),
      { numRuns: 1000 },
    );
  });

  it('classic float traps stay exact', () => {
    expect(sumMinor(['0.10', '0.20'].map((t) => (parseMoney(t) as { minor: number }).minor))).toBe(30);
    expect(parseMoney('1.005')).toMatchObject({ kind: 'error', code: 'too-many-decimals' });
    expect(parseMoney('4.35')).toEqual(ok(435));
    expect(parseMoney('1.15')).toEqual(ok(115));
    expect(parseMoney('8.675')).toMatchObject({ kind: 'error' });
  });
});
