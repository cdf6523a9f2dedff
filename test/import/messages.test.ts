// The import's messages live in the catalogue's `import` section. The compiler checks that every
// call names the parameters a message needs and that the Chinese text has the English placeholders;
// these tests check what a user reads: labels inside messages, counted nouns, and that nothing is
// shown with a "{placeholder}" left in it (the QA report found "no {what}", #8).
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { render, t } from '../../src/i18n/index.js';
import { counted, fieldLabel, kindLabel, requiredMsg } from '../../src/import/text.js';

type Tree = { [k: string]: string | Tree };

function leaves(node: Tree, prefix: string): [string, string][] {
  return Object.entries(node).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];

describe('import messages', () => {
  const all = leaves(en.import as unknown as Tree, 'import.');

  it('every message renders in both languages with no placeholder left', () => {
    expect(all.length).toBeGreaterThan(100);
    for (const [key, text] of all) {
      const params = Object.fromEntries(placeholders(text).map((p) => [p, 'X']));
      for (const lang of ['en', 'zh'] as const) {
        const out = render(lang, { key: key as 'import.noFiles', params });
        expect(out, `${lang} ${key}`).not.toMatch(/\{\w+\}/);
        expect(out, `${lang} ${key}`).not.toBe('');
      }
    }
  });

  it('a required field is named in both languages (no "{what}")', () => {
    expect(requiredMsg('number')).toEqual({ en: 'no invoice number', zh: '缺少发票号' });
    expect(render('en', requiredMsg('customerName'))).toBe('no customer name');
  });

  it('counts read naturally: English one/other, Chinese with its measure word', () => {
    expect(counted('en', 'invoices', 1)).toBe('1 invoice');
    expect(counted('en', 'invoices', 3)).toBe('3 invoices');
    expect(counted('zh', 'invoices', 3)).toBe('3 张发票');
    expect(t('zh', 'import.wStale', { items: counted('zh', 'invoices', 2), asOf: '2026-03-01', number: 'INV-1' })).toBe(
      '2 张发票保持不变：此导出文件（截至 2026-03-01）比账本中的信息更旧（首张：INV-1）',
    );
    expect(t('en', 'import.wPaymentsDefault', { items: counted('en', 'payments', 1), currency: 'CNY' })).toMatch(/^1 payment without a currency/);
  });

  it('field and kind labels come from the catalogue', () => {
    expect(fieldLabel('zh', 'dueDate')).toBe('到期日');
    expect(fieldLabel('en', 'isDecisionMaker')).toBe('decision maker');
    expect(kindLabel('zh', 'payments')).toBe('收款');
  });
});
