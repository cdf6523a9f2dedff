// Every built-in letter template renders against the sample data in both languages, as text and as
// HTML, with no empty placeholder; the markup subset, the value shield and the e-mail encoding.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LETTER_HELPERS, ratePercent, sampleData } from '../../src/reports/letter-sample.js';
import { blocksToHtml, blocksToText, parseBlocks, shield, toMarkdown, unshield, wrapLine } from '../../src/view/letter-markup.js';
import { encodeWords } from '../../src/view/eml.js';
import { letterTemplates } from '../../src/view/letter.js';
import { BUILTIN_TEMPLATES } from '../../src/view/templates.js';
import { displayWidth } from '../../src/view/width.js';

const names = (lang: string) =>
  fs
    .readdirSync(path.join(BUILTIN_TEMPLATES, 'letters', lang))
    .filter((f) => f.endsWith('.hbs'))
    .map((f) => f.slice(0, -4));

describe('built-in letter templates', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`render in ${lang}: every step, variant, statement and plan, text and HTML`, () => {
      const list = names(lang);
      expect(list).toEqual(names(lang === 'en' ? 'zh' : 'en'));
      expect(list).toEqual(
        expect.arrayContaining([
          'pre-due',
          'reminder',
          'first-notice',
          'formal-demand',
          'final-demand',
          'pre-legal',
          'statement',
          'plan',
          'formal-demand.delayer',
          'formal-demand.cashflow',
          'formal-demand.strategic',
        ]),
      );
      const tpl = letterTemplates(null);
      for (const file of list) {
        const [name, variant] = file.split('.') as [string, string | undefined];
        const data = shield(sampleData('letters', name, lang));
        const text = blocksToText(parseBlocks(tpl.render('letters', lang, name, data, { variant, format: 'text' })));
        const html = blocksToHtml(parseBlocks(tpl.render('letters', lang, name, data, { variant, format: 'html' })));
        expect(text, file).toContain('HK-2026-000123');
        expect(html, file).toContain('<div class="letterhead">');
        for (const line of text.split('\n')) expect(displayWidth(line), `${file}: ${line}`).toBeLessThanOrEqual(80);
      }
    });
  }

  it('Chinese letters carry the total in 大写金额; interest names its rule, rate and period', () => {
    const tpl = letterTemplates(null);
    const zh = tpl.render('letters', 'zh', 'formal-demand', sampleData('letters', 'formal-demand', 'zh'), { format: 'text' });
    expect(zh).toContain('（大写：英镑壹万陆仟壹佰元伍角）');
    expect(zh).toContain('英格兰银行基准利率加8个百分点');
    const en = tpl.render('letters', 'en', 'formal-demand', sampleData('letters', 'formal-demand', 'en'), { format: 'text' });
    expect(en).toContain('Late Payment of Commercial Debts (Interest) Act 1998');
    expect(en).toMatch(/- 1 Aug 2026 to 30 Nov 2026: reference rate 3\.75% \+ 8% = 11\.75% a year/);
  });
});

describe('letter markup', () => {
  it('keeps values from acting as markup, in every output', () => {
    const data = shield({ name: '| **x** # `y` \\', date: '2026-11-30', n: 5 });
    expect(data.date).toBe('2026-11-30');
    expect(data.n).toBe(5);
    const src = `| a | b |\n|---|---:|\n| ${data.name} | 1 |\n`;
    expect(blocksToHtml(parseBlocks(src))).toContain('<td>| **x** # `y` \\</td>');
    expect(blocksToText(parseBlocks(src))).toContain('| **x** # `y` \\  1');
    expect(toMarkdown(src)).toContain('\\| \\*\\*x\\*\\* \\# \\`y\\` \\\\');
    expect(unshield(data.name)).toBe('| **x** # `y` \\');
  });

  it('reads headings, tables, lists, bold, rules and named blocks', () => {
    const html = blocksToHtml(parseBlocks('::: meta\n# T\n:::\n\nA **b**\nc\n\n- one\n- two\n\n---\n\n| x | y |\n|---|---:|\n| **Total** | **3** |\n'));
    expect(html).toBe(
      '<div class="meta">\n<h1>T</h1>\n</div>\n<p>A <strong>b</strong><br>c</p>\n<ul><li>one</li><li>two</li></ul>\n<hr>\n' +
        '<table><thead><tr><th>x</th><th class="num">y</th></tr></thead><tbody><tr class="total"><td><strong>Total</strong></td><td class="num"><strong>3</strong></td></tr></tbody></table>',
    );
  });

  it('wraps text at spaces and between Chinese characters, never before closing punctuation or inside an amount', () => {
    expect(wrapLine('one two three', 7)).toEqual(['one two', 'three']);
    const zh = wrapLine('请贵司于二零二六年十二月十日前支付欠款，谢谢。', 20);
    for (const l of zh) expect(displayWidth(l)).toBeLessThanOrEqual(22);
    for (const l of zh.slice(1)) expect(l).not.toMatch(/^[，。]/);
    expect(wrapLine('the amount due is EUR 13,905.35 today', 24)).toEqual(['the amount due is', 'EUR 13,905.35 today']);
  });

  it('formats rates without a float', () => {
    expect(ratePercent(122_500)).toBe('12.25%');
    expect(ratePercent(90_000)).toBe('9%');
    expect(ratePercent(500)).toBe('0.05%');
    expect(LETTER_HELPERS.sub!(5, 3)).toBe(2);
  });
});

describe('e-mail headers', () => {
  it('encodes non-ASCII words (RFC 2047), each at most 75 characters, never splitting a character', () => {
    expect(encodeWords('Payment reminder')).toBe('Payment reminder');
    const subject = '上海华信工业品有限公司：催款函（编号 HK-2026-000123）';
    const enc = encodeWords(subject);
    const words = enc.split('\r\n ');
    expect(words.length).toBeGreaterThan(1);
    for (const w of words) {
      expect(w.length).toBeLessThanOrEqual(75);
      expect(w).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
    }
    expect(words.map((w) => Buffer.from(w.slice(10, -2), 'base64').toString('utf8')).join('')).toBe(subject);
  });
});
