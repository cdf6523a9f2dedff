// Unit tests for the import pipeline's parts: headers, delimiters, encodings, the CSV tokenizer,
// table location and total-row skipping, cell values.
import { render } from '../../src/i18n/index.js';
import { ArError } from '../../src/errors.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { parse as csvParse } from 'csv-parse/sync';
import { fullHeaderKey, headerKey, resolveColumn } from '../../src/import/plan/headers.js';
import { fieldForHeader, findHeaderRow, matchHeaders } from '../../src/import/plan/match.js';
import { CsvTokenizer, detectDelimiter, sepLine, type CsvRecord } from '../../src/import/read/csv.js';
import { chineseOrWestern, detectEncoding, isUtf8Prefix, parseEncodingOption } from '../../src/import/read/decode.js';
import { asOfText, classifyRow, isBucketLabel, isTotalLabel, totalGroupName } from '../../src/import/plan/locate.js';
import { parseAmount, parseAmountRounded, parseBool, parseCurrency, parseDate, parseId, parseKind, parseStatus } from '../../src/import/plan/values.js';
import { detectProfile } from '../../src/import/plan/profiles.js';
import { parseDateFormat } from '../../src/import/plan/plan.js';
import { generatedCode, nameKey } from '../../src/store/sqlite/customers.js';
import type { SourceRow } from '../../src/import/types.js';

const rows = (lines: string[][]): SourceRow[] => lines.map((cells, i) => ({ line: i + 1, cells }));

describe('header normalisation and synonyms', () => {
  it('trims, applies NFKC, drops a leading * and unit suffixes, ignores case and punctuation', () => {
    expect(headerKey('  *InvoiceNumber ')).toBe('invoicenumber');
    expect(headerKey('应收金额(元)')).toBe('应收金额');
    expect(headerKey('应收金额（元）')).toBe('应收金额');
    expect(headerKey('ＡＭＯＵＮＴ')).toBe('amount'); // full-width → half-width
    expect(headerKey('P. O. #')).toBe('pono');
    expect(headerKey('Amount Remaining (Foreign Currency)')).toBe('amountremaining');
    expect(fullHeaderKey('Amount (Foreign Currency)')).toBe('amountforeigncurrency');
  });

  it('maps EN and ZH headers to canonical fields per kind', () => {
    const inv = (h: string) => fieldForHeader('invoices', h);
    expect(inv('Customer full name')).toBe('customerName');
    expect(inv('Num')).toBe('number');
    expect(inv('Open balance')).toBe('open');
    expect(inv('*ContactName')).toBe('customerName');
    expect(inv('InvoiceAmountDue')).toBe('open');
    expect(inv('Net due date')).toBe('dueDate');
    expect(inv('Amount in doc. curr.')).toBe('total');
    expect(inv('单据编号')).toBe('number');
    expect(inv('价税合计(元)')).toBe('total');
    expect(inv('未核销金额')).toBe('open');
    expect(inv('已核销金额')).toBe('paid');
    expect(inv('币别')).toBe('currency');
    expect(inv('业务日期')).toBe('issueDate');
    expect(inv('customer_code')).toBe('customerCode');
    expect(inv('Favourite colour')).toBeUndefined();
    expect(fieldForHeader('payments', 'reference')).toBe('reference');
    expect(fieldForHeader('payments', '收款日期')).toBe('date');
    expect(fieldForHeader('contacts', 'name')).toBe('name');
    expect(fieldForHeader('customers', 'terms_days')).toBe('termsDays');
  });

  it('maps the first of duplicate headers and resolves Header#2 and #N', () => {
    const headers = ['Customer', 'Invoice', 'Date', 'Date', 'Amount', 'Amount'];
    const m = matchHeaders('invoices', headers, []);
    expect(m.map.issueDate).toBe(2);
    expect(m.map.total).toBe(4);
    expect(m.duplicates.map((d) => d[0])).toEqual(['Date', 'Amount']);
    expect(resolveColumn(headers, 'Date#2')).toBe(3);
    expect(resolveColumn(headers, '#6')).toBe(5);
    expect(resolveColumn(headers, 'amount')).toBe(4);
    expect(resolveColumn(headers, 'Nope')).toBeUndefined();
    const m2 = matchHeaders('invoices', headers, [
      { field: 'dueDate', spec: 'Date#2', from: 'flag' },
      { field: 'open', spec: 'Amount#2', from: 'flag' },
    ]);
    expect(m2.map).toMatchObject({ customerName: 0, number: 1, issueDate: 2, dueDate: 3, total: 4, open: 5 });
  });

  it('detects built-in profiles from header fingerprints', () => {
    expect(detectProfile(['', 'Date', 'Transaction type', 'Num', 'Customer full name', 'Due date', 'Amount', 'Open balance'], {}).name).toBe(
      'quickbooks-online',
    );
    expect(detectProfile(['Type', 'Date', 'Num', 'Due Date', 'Aging', 'Open Balance'], {}).name).toBe('quickbooks-desktop');
    expect(detectProfile(['*ContactName', '*InvoiceNumber', 'InvoiceAmountDue'], {}).name).toBe('xero');
    expect(detectProfile(['Account', 'Document Number', 'Net due date', 'Amount in doc. curr.'], {}).name).toBe('sap-fbl5n');
    expect(detectProfile(['单据编号', '业务日期', '价税合计', '未核销金额'], {}).name).toBe('kingdee');
    expect(detectProfile(['单据号', '原币金额', '未收金额'], {}).name).toBe('yonyou');
    expect(detectProfile(['customer_code', 'number', 'total'], {}).name).toBe('generic');
  });
});

describe('delimiter detection', () => {
  it('finds , ; tab and |', () => {
    expect(detectDelimiter(['a,b,c', '1,2,3', '4,5,6'])).toBe(',');
    expect(detectDelimiter(['a;b;c', '1;2,5;3', '4;5,25;6'])).toBe(';'); // decimal commas do not fool it
    expect(detectDelimiter(['a\tb\tc', '1\t2\t3'])).toBe('\t');
    expect(detectDelimiter(['a|b|c', '1|2|3'])).toBe('|');
    expect(detectDelimiter(['Report title', '', 'a;b;c;d', '1;2;3;4', '5;6;7;8'])).toBe(';');
    expect(detectDelimiter(['name,amount', '"Smith; John","1,234.00"', '"Doe; Jane","5.00"'])).toBe(',');
  });

  it('reads an Excel sep= line', () => {
    expect(sepLine('sep=;')).toBe(';');
    expect(sepLine('"sep=|"')).toBe('|');
    expect(sepLine('separator')).toBeUndefined();
  });
});

describe('encoding detection', () => {
  it('honours byte-order marks', () => {
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toMatchObject({ encoding: 'utf8', bom: 3 });
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x61, 0x00]))).toMatchObject({ encoding: 'utf16le', bom: 2 });
    expect(detectEncoding(Buffer.from([0xfe, 0xff, 0x00, 0x61]))).toMatchObject({ encoding: 'utf16be', bom: 2 });
  });

  it('takes strict UTF-8, tells GB18030 from Windows-1252, and spots BOM-less UTF-16', () => {
    expect(detectEncoding(Buffer.from('客户名称,金额\n华东精密,100\n', 'utf8')).encoding).toBe('utf8');
    expect(detectEncoding(iconv.encode('客户名称,金额\r\n华东精密机械有限公司,"¥1,234.50"\r\n', 'gb18030')).encoding).toBe('gb18030');
    expect(detectEncoding(iconv.encode('Customer,Amount\r\nMüller GmbH,3.402\r\nCafé Français,980\r\nSociété Générale,1\r\n', 'windows-1252')).encoding).toBe(
      'windows-1252',
    );
    expect(detectEncoding(Buffer.from('customer,total\r\nAcme,1.00\r\n', 'utf16le')).encoding).toBe('utf16le');
    expect(chineseOrWestern(iconv.encode('应收款明细表', 'gb18030'))).toBe('gb18030');
    expect(chineseOrWestern(iconv.encode('Straße Zürich', 'windows-1252'))).toBe('windows-1252');
  });

  it('accepts UTF-8 cut in the middle of a character at the end of a sample', () => {
    const b = Buffer.from('abc华', 'utf8');
    expect(isUtf8Prefix(b.subarray(0, b.length - 1))).toBe(true);
    expect(isUtf8Prefix(Buffer.from([0x61, 0xff, 0x62]))).toBe(false);
  });

  it('parses --encoding values', () => {
    expect(parseEncodingOption('GBK')).toBe('gb18030');
    expect(parseEncodingOption('utf16')).toBe('utf16le');
    expect(parseEncodingOption(undefined)).toBe('auto');
    const thrown = (() => {
      try {
        parseEncodingOption('ebcdic');
      } catch (e) {
        return e instanceof ArError ? render('en', e.text) : String(e);
      }
      return '';
    })();
    expect(thrown).toMatch(/unknown encoding "ebcdic"/);
  });
});

describe('CSV tokenizer', () => {
  const tokenize = (text: string, d = ',', chunk = 7): CsvRecord[] => {
    const t = new CsvTokenizer(d);
    const out: CsvRecord[] = [];
    for (let i = 0; i < text.length; i += chunk) t.push(text.slice(i, i + chunk), out);
    t.end(out);
    return out;
  };

  it('keeps physical line numbers across quoted newlines and CRLF', () => {
    const text = 'a,b\r\n"x\r\ny",2\r\n\r\nlast,"q""uote"\r\n';
    const r = tokenize(text);
    expect(r.map((x) => x.line)).toEqual([1, 2, 4, 5]);
    expect(r[1].fields).toEqual(['x\ny', '2']);
    expect(r[2].fields).toEqual(['']);
    expect(r[3].fields).toEqual(['last', 'q"uote']);
  });

  it('keeps stray quotes inside unquoted fields and flags an unterminated quote', () => {
    expect(tokenize('5" pipe,2\n')[0].fields).toEqual(['5" pipe', '2']);
    const r = tokenize('a,"never closed\nb,c\n');
    expect(r[0]).toMatchObject({ line: 1, unterminated: true });
  });

  it('agrees with csv-parse on random RFC 4180 input', () => {
    const field = fc.oneof(
      fc.string({ maxLength: 6 }).map((s) => s.replace(/["\r]/g, '')),
      fc.string({ maxLength: 6 }).map((s) => `"${s.replace(/\r/g, '').replace(/"/g, '""')}"`),
    );
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 13 }), (recs, chunk) => {
        const text = recs.map((r) => r.join(',')).join('\n') + '\n';
        const expected = csvParse(text, { relax_column_count: true, skip_empty_lines: false }) as string[][];
        const got = tokenize(text, ',', chunk).map((r) => r.fields);
        expect(got).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('locating the table', () => {
  it('skips title rows to the header and reads the as-of date', () => {
    const r = rows([
      ['Blue Ridge Supply LLC'],
      ['A/R Aging Detail'],
      ['As of November 30', ' 2026'],
      [],
      ['', 'Date', 'Transaction type', 'Num', 'Customer full name', 'Due date', 'Amount', 'Open balance'],
      ['', '07/02/2026', 'Invoice', '1002', 'Smith, John', '08/01/2026', '750.00', '750.00'],
    ]);
    expect(findHeaderRow(r)?.index).toBe(4);
    expect(asOfText(r.slice(0, 4))).toBe('November 30, 2026');
    expect(asOfText(rows([['查询日期：2026-11-30']]))).toBe('2026-11-30');
    expect(asOfText(rows([['截止日期：2026年11月30日']]))).toBe('2026年11月30日');
    expect(asOfText(rows([['Open Invoices']]))).toBeUndefined();
  });

  it('recognises total, subtotal and bucket label rows', () => {
    for (const t of ['Total for Acme Corp', 'TOTAL', 'Total', '合计', '小计', '总计', 'Grand Total', 'Subtotal', '*']) expect(isTotalLabel(t)).toBe(true);
    for (const t of ['TotalEnergies SE', 'Acme Corp', '合计金额说明']) expect(isTotalLabel(t)).toBe(false);
    expect(totalGroupName('Total for Acme Corp')).toBe('Acme Corp');
    expect(totalGroupName('TOTAL')).toBeUndefined();
    for (const b of ['91 or more days past due', '61 - 90 days past due', 'Current', '1 - 30 days past due', '未到期', '逾期1-30天'])
      expect(isBucketLabel(b)).toBe(true);
    expect(isBucketLabel('Blue Harbor Foods')).toBe(false);
  });

  it('classifies rows: data, blank, group, labelled and unlabelled totals', () => {
    const keys = [1, 2]; // number, customer
    const amounts = [3];
    expect(classifyRow(['', 'INV-1', 'Acme', '10.00'], keys, amounts).kind).toBe('data');
    expect(classifyRow(['', '', '', ''], keys, amounts).kind).toBe('blank');
    expect(classifyRow(['Blue Harbor Foods', '', '', ''], keys, amounts)).toMatchObject({ kind: 'group', bucket: false });
    expect(classifyRow(['91 or more days past due', '', '', ''], keys, amounts)).toMatchObject({ kind: 'group', bucket: true });
    expect(classifyRow(['Total for Acme', '', '', '1,950.00'], keys, amounts)).toMatchObject({ kind: 'total', group: 'Acme' });
    expect(classifyRow(['', '合计', '', '140,345.60'], keys, amounts)).toMatchObject({ kind: 'total' });
    expect(classifyRow(['', '', '', '13.195,67'], keys, amounts)).toMatchObject({ kind: 'total', label: '' });
    // A customer whose name starts with "Total" is data: its invoice number is there.
    expect(classifyRow(['', 'INV-9', 'Total Petroleum Ltd', '5.00'], [1, 2], amounts).kind).toBe('data');
  });
});

describe('cell values', () => {
  it('parses amounts without floats, in the row currency', () => {
    const ok = (c: string | number, cur = 'USD', mark: '.' | ',' | 'auto' = 'auto') => {
      const r = parseAmount(c, cur, mark);
      return r.ok ? r.value.minor : r;
    };
    expect(ok('1,234.56')).toBe(123456);
    expect(ok('(1,234.00)')).toBe(-123400);
    expect(ok('1.234,56-', 'EUR', ',')).toBe(-123456);
    expect(ok('−85,40', 'EUR')).toBe(-8540);
    expect(ok("1'250.00", 'CHF')).toBe(125000);
    expect(ok('12.5万', 'CNY')).toBe(12500000);
    expect(ok('1234.5000', 'NZD')).toBe(123450);
    expect(ok(1234.5599999999999)).toBe(123456); // a spreadsheet double
    expect(ok(0.1 + 0.2)).toBe(30);
    expect(ok('1500', 'JPY')).toBe(1500);
    expect(parseAmount('', 'USD', 'auto')).toEqual({ ok: false, empty: true });
    expect(parseAmount('12.345', 'USD', 'auto').ok).toBe(false);
    expect(parseAmount('abc', 'USD', 'auto').ok).toBe(false);
    const r = parseAmount('1,234.50元', 'CNY', 'auto');
    expect(r.ok && r.value).toEqual({ minor: 123450, currency: 'CNY' });
  });

  it('keeps IDs as text: leading zeros, 19 digits, Excel ="…"', () => {
    expect(parseId('0012345')).toEqual({ ok: true, value: '0012345' });
    expect(parseId('1234567890123456789')).toEqual({ ok: true, value: '1234567890123456789' });
    expect(parseId('="00099"')).toEqual({ ok: true, value: '00099' });
    expect(parseId(2001)).toEqual({ ok: true, value: '2001' });
    // biome-ignore lint/correctness/noPrecisionLoss: the point is a number that already lost digits.
    expect(parseId(1234567890123456789).ok).toBe(false); // a number that lost digits
  });

  it('parses dates: ISO, Chinese, dotted, US/EU by order, Excel serials in both systems', () => {
    const d = (c: string | number | Date, order: 'ymd' | 'mdy' | 'dmy' = 'ymd', sys: 1900 | 1904 = 1900) => {
      const r = parseDate(c, order, sys);
      return r.ok ? r.value : r;
    };
    expect(d('2026-03-05')).toBe('2026-03-05');
    expect(d('2026/3/5')).toBe('2026-03-05');
    expect(d('2026年3月5日')).toBe('2026-03-05');
    expect(d('15.03.2026', 'dmy')).toBe('2026-03-15');
    expect(d('03/15/2026', 'mdy')).toBe('2026-03-15');
    expect(d('05/03/2026', 'dmy')).toBe('2026-03-05');
    expect(d(46296)).toBe('2026-10-01');
    expect(d(44834, 'ymd', 1904)).toBe('2026-10-01');
    expect(d('46296')).toBe('2026-10-01');
    expect(d(new Date(Date.UTC(2026, 9, 1)))).toBe('2026-10-01');
    expect(parseDate('2026-02-30', 'ymd', 1900).ok).toBe(false);
  });

  it('maps currency names, document kinds, statuses and booleans', () => {
    const cur = (s: string) => {
      const r = parseCurrency(s);
      return r.ok ? r.value : undefined;
    };
    expect(cur('人民币')).toBe('CNY');
    expect(cur('RMB')).toBe('CNY');
    expect(cur('¥')).toBe('CNY');
    expect(cur('美元')).toBe('USD');
    expect(cur('US Dollar')).toBe('USD');
    expect(cur('eur')).toBe('EUR');
    expect(cur('Canadian Dollar')).toBe('CAD');
    expect(cur('Bitcoin')).toBeUndefined();
    const kind = (s: string) => {
      const r = parseKind(s);
      return r.ok ? r.value : undefined;
    };
    expect(kind('Sales credit note')).toBe('credit_note');
    expect(kind('Credit Memo')).toBe('credit_note');
    expect(kind('红字销售发票')).toBe('credit_note');
    expect(kind('DG')).toBe('credit_note');
    expect(kind('RV')).toBe('invoice');
    expect(kind('Invoice')).toBe('invoice');
    expect(kind('销售发票')).toBe('invoice');
    expect(parseStatus('VOIDED')).toBe('void');
    expect(parseStatus('PAID')).toBe('paid');
    expect(parseStatus('Overdue')).toBe('open');
    expect(parseBool('是')).toEqual({ ok: true, value: true });
    expect(parseBool('0')).toEqual({ ok: true, value: false });
  });

  it('reads --date-format', () => {
    expect(parseDateFormat('DD/MM/YYYY')).toBe('dmy');
    expect(parseDateFormat('MM/DD/YYYY')).toBe('mdy');
    expect(parseDateFormat('yyyy-mm-dd')).toBe('ymd');
    expect(parseDateFormat('dmy')).toBe('dmy');
    expect(() => parseDateFormat('sometimes')).toThrow();
  });
});

describe('customer names', () => {
  it('normalises names for matching; generated codes are readable', () => {
    expect(nameKey('ACME Corp.')).toBe(nameKey('Acme Corporation'));
    expect(nameKey('Acme, Inc.')).toBe('acme');
    expect(nameKey('华东精密机械有限公司')).toBe('华东精密机械');
    expect(nameKey('Ｓｍｉｔｈ, John')).toBe('smithjohn');
    expect(generatedCode(7)).toBe('C-0007');
    expect(generatedCode(12345)).toBe('C-12345');
  });
});

describe('abbreviated and more headers (QA #2, #3, #13)', () => {
  it('writes out abbreviations on both sides: dt, amt, curr, no/nr/#, doc, DC', () => {
    const inv = (h: string) => fieldForHeader('invoices', h);
    expect(inv('Net due dt')).toBe('dueDate');
    expect(inv('Due Dt')).toBe('dueDate');
    expect(inv('Amount in DC')).toBe('total');
    expect(inv('Curr.')).toBe('currency');
    expect(inv('DocumentNo')).toBe('number');
    expect(inv('Doc. Date')).toBe('issueDate');
    expect(inv('Inv Amt')).toBe('total');
    expect(inv('Open Amt')).toBe('open');
    expect(inv('Cust #')).toBe('customerCode');
    expect(inv('Beleg-Nr')).toBe('number');
    expect(inv('原币余额')).toBe('open');
    expect(inv('期末余额')).toBe('open');
    expect(inv('Text')).toBeUndefined();
    expect(resolveColumn(['Account', 'DocumentNo', 'Net due dt', 'Amount in DC'], 'Net due date')).toBe(2);
    expect(resolveColumn(['Account', 'DocumentNo', 'Net due dt', 'Amount in DC'], 'Amount in doc. curr.')).toBe(3);
    expect(resolveColumn(['Account', 'DocumentNo', 'Net due dt', 'Amount in DC'], 'Document Number')).toBe(1);
  });

  it('prefers 原币 (document currency) over 本币 (company currency) for the same field', () => {
    const m = matchHeaders('invoices', ['单据号', '币种', '原币金额', '本币余额', '原币余额'], []).map;
    expect(m.open).toBe(4);
  });

  it('detects the SAP list by its short labels', () => {
    expect(detectProfile(['', 'Account', 'DocumentNo', 'Type', 'Doc. Date', 'Net due dt', 'Amount in DC', 'Curr.', 'Text', '']).name).toBe('sap-fbl5n');
  });
});

describe('values (QA #23, #24)', () => {
  it('rounds sub-cent line amounts half away from zero only when asked', () => {
    expect(parseAmount('500.4350', 'NZD', '.')).toMatchObject({ ok: false });
    expect(parseAmountRounded('500.4350', 'NZD', '.')).toEqual({ ok: true, value: { minor: 50044, rounded: true } });
    expect(parseAmountRounded('-0.005', 'NZD', '.')).toEqual({ ok: true, value: { minor: -1, rounded: true } });
    expect(parseAmountRounded('1.234,5650', 'EUR', ',')).toEqual({ ok: true, value: { minor: 123457, rounded: true } });
    expect(parseAmountRounded('12.34', 'USD', '.')).toEqual({ ok: true, value: { minor: 1234 } });
  });

  it('a date that does not fit a given year-first order says so', () => {
    const reason = (r: ReturnType<typeof parseDate>) => (!r.ok && !r.empty ? render('en', r.reason) : '');
    expect(reason(parseDate('03/04/2026', 'ymd', 1900, true))).toContain('does not match the date format ymd (year-month-day)');
    expect(reason(parseDate('03/04/2026', 'ymd', 1900, false))).toContain('could be day-first or month-first');
    expect(parseDate('2026-04-03', 'ymd', 1900, true)).toEqual({ ok: true, value: '2026-04-03' });
  });
});
