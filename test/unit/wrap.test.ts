import { describe, it, expect } from 'vitest';
import { wrapPhrases, wrapWords } from '../../src/view/wrap.js';
import { displayWidth } from '../../src/view/width.js';

const LABEL = 'Contacts    ';

describe('wrapping the phrases of the account and queue screens', () => {
  it('never breaks a phone number: "+49 711 555 0123 -214" stays on one line', () => {
    const lines = wrapPhrases(
      ['Katrin Weber (Kreditorenbuchhaltung (AP), primary) +49 711 555 0123 -214', 'Jürgen Hoffmann (Einkauf) +49 171 5550123'],
      80,
      12,
      LABEL,
    );
    expect(lines).toEqual([
      'Contacts    Katrin Weber (Kreditorenbuchhaltung (AP), primary)',
      '            +49 711 555 0123 -214',
      '            Jürgen Hoffmann (Einkauf) +49 171 5550123',
    ]);
  });

  it('keeps extensions with their number (x200, ext. 22)', () => {
    for (const phone of ['+1 312-555-0140 x200', '+65 6555 0170 ext. 22', '0512-5766-1200 转 8001']) {
      const lines = wrapWords(`A contact with a long title that does not fit on the line ${phone}`, 60, 4);
      expect(lines.some((l) => l.includes(phone))).toBe(true);
      for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(60);
    }
  });

  it('wraps between phrases only; a phrase that fits on a line is never split', () => {
    const lines = wrapPhrases(['first phrase here', 'second phrase that is a little longer', 'third'], 40, 2);
    expect(lines).toEqual(['first phrase here', '  second phrase that is a little longer', '  third']);
  });

  it('a phrase wider than the line stands alone: the next phrase starts a fresh line', () => {
    const wide = 'a very long phrase made of many short words that cannot fit on one line of forty';
    const lines = wrapPhrases(['short', wide, 'next'], 40, 2);
    expect(lines[0]).toBe('short');
    expect(lines[lines.length - 1]).toBe('  next');
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(40);
  });
});

describe('wrapping Chinese text with codes in it', () => {
  it('breaks after 、 or ，even before Latin codes, never before them', () => {
    const text = '结果代码（reached-promise、no-answer、visited-signed、visited-refused、wrong-contact、invoice-not-received）';
    const lines = wrapWords(text, 40, 0);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(40);
    for (const l of lines.slice(1)) expect(l.trimStart()).not.toMatch(/^[、，）]/);
    expect(lines.join('')).toBe(text);
  });
});

describe('display width', () => {
  it('counts emoji such as ✅ and CJK as two columns, colour codes and joiners as none', async () => {
    const { displayWidth: w, padEnd, truncate } = await import('../../src/view/width.js');
    expect(w('✅')).toBe(2);
    expect(w('✅ paid')).toBe(7);
    expect(w('回款')).toBe(4);
    expect(w('\u001b[31mred\u001b[39m')).toBe(3);
    expect(w('👩‍👩‍👧')).toBe(2);
    expect(w(padEnd('✅', 4))).toBe(4);
    // Cut on whole characters: an emoji is never split, and the cut text fits.
    expect(truncate('✅✅✅', 4)).toBe('✅…');
  });
});

describe('the CSV writer', () => {
  it('keeps text that a spreadsheet would run as a formula as text, and amounts as numbers', async () => {
    const { renderCsv } = await import('../../src/view/csv.js');
    const out = renderCsv(
      ['name', 'open'],
      [
        ['=HYPERLINK("x")', '-150.00'],
        ['@SUM(A1)', 12],
        ['Acme, Inc.', null],
      ],
    );
    expect(out).toBe('name,open\n"\'=HYPERLINK(""x"")",-150.00\n\'@SUM(A1),12\n"Acme, Inc.",\n');
  });

  it('writes a BOM and CRLF for files meant for Excel', async () => {
    const { renderCsv } = await import('../../src/view/csv.js');
    expect(renderCsv(['a'], [['回款']], { bom: true, eol: '\r\n' })).toBe('\ufeffa\r\n回款\r\n');
  });
});

describe('display width fast paths agree with string-width', () => {
  it('Latin, CJK, full-width and mixed text', async () => {
    const { displayWidth: w } = await import('../../src/view/width.js');
    const { default: stringWidth } = await import('string-width');
    const samples = ['Müller Präzision GmbH', '−1,234.50', '宁波港城物流有限公司', 'ＡＢＣ（有限）', '1–30 天', 'Acme 回款 ✅', 'é́'];
    expect(samples.length).toBeGreaterThan(0);
    for (const s of samples) expect(w(s)).toBe(stringWidth(s));
  });
});

describe('tables for people', () => {
  const columns = [
    { header: 'Customer', flex: true },
    { header: 'Open', align: 'right' as const },
  ];
  const rows = Array.from({ length: 60 }, (_, i) => [`Customer ${i + 1} ✅`, `${i + 1}.00`]);

  it('show a screenful, then an "N more" line, and keep the totals whole', async () => {
    const { renderTable } = await import('../../src/view/table.js');
    const { displayWidth } = await import('../../src/view/width.js');
    const out = renderTable(columns, rows, { limit: 50, more: (n) => `… ${n} more`, footer: [['Total', '1,830.00']] }).split('\n');
    expect(out[0]).toBe('Customer' + ' '.repeat(12) + 'Open');
    expect(out[1]).toBe('Customer 1 ✅' + ' '.repeat(7) + '1.00');
    expect(out[51]).toBe('… 10 more');
    expect(out[52]).toBe('Total' + ' '.repeat(11) + '1,830.00');
    // Emoji rows line up with the rest: every amount ends in the same column.
    const body = out.slice(1, 51);
    expect(body.length).toBe(50);
    for (const l of body) expect(displayWidth(l)).toBe(displayWidth(out[0]!));
  });

  it('--limit 0 shows every row, and a long table is drawn the same way by the fallback', async () => {
    const { renderTable } = await import('../../src/view/table.js');
    const all = renderTable(columns, rows, {}).split('\n');
    expect(all).toHaveLength(62);
    const long = Array.from({ length: 600 }, (_, i) => rows[i % rows.length]!);
    const drawn = renderTable(columns, long, {}).split('\n');
    expect(drawn.slice(0, 61)).toEqual(all.slice(0, 61));
  });
});

describe('wrapping Chinese, which has no spaces', () => {
  const text =
    '文件列出了截至其日期的全部未结款项：关闭文件中没有的未结款项，仅限文件中出现的币种（文件未注明币种时为全部币种）；不会关闭其日期之后开具的款项。';

  it('breaks between ideographs to the width, by display width', () => {
    const lines = wrapWords(text, 40, 0);
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(40);
    expect(lines.join('')).toBe(text);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    for (const width of [20, 23, 26, 31, 37]) {
      const lines = wrapWords(text, width, 0);
      expect(lines.length).toBeGreaterThan(1);
      for (const l of lines.slice(1)) expect(l).not.toMatch(/^[，。、；：）]/);
      for (const l of lines) expect(l).not.toMatch(/（$/);
      expect(lines.join('')).toBe(text);
    }
  });

  it('keeps Latin next to an ideograph with it (名#2), and breaks English only at spaces', () => {
    for (const width of [10, 12, 14, 16]) {
      const lines = wrapWords('同名的第 2、3 列写作 列名#2、列名#3', width, 0);
      expect(lines.length).toBeGreaterThan(1);
      for (const l of lines) expect(l).not.toMatch(/^#/);
    }
    expect(wrapWords('one two three four', 9, 2)).toEqual(['one two', '  three', '  four']);
  });
});
