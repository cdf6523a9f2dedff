import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTemplates, TemplateError } from '../../src/view/templates.js';
import { render } from '../../src/i18n/index.js';
import { templatesDir } from '../../src/paths.js';

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ar-tpl-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

function errorText(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(TemplateError);
    return render('en', (e as TemplateError).text);
  }
  throw new Error('expected a TemplateError');
}

describe('template engine', () => {
  let builtin: string;
  beforeEach(() => {
    builtin = tree({
      'letters/en/demand.hbs': '{{> head}}Dear {{customer.name}}, pay {{money total currency}} by {{date deadline}}.',
      'letters/en/demand.delayer.hbs': 'FINAL: {{customer.name}}',
      'letters/en/partials/head.hbs': '[{{company}}] ',
      'letters/zh/demand.hbs': '{{customer.name}}：请于{{date deadline}}前支付{{money total currency}}。',
      'letters/zh/partials/head.hbs': '',
      'scripts/en/oversight.hbs': '{{#each invoices}}{{number}} {{#if po}}PO {{po}}{{/if}};{{/each}}',
    });
  });
  const data = { company: 'Acme', customer: { name: 'Brandt & Söhne <b>' }, total: 123450, currency: 'EUR', deadline: '2026-12-11' };

  it('renders text with exact money and dates in each language, without HTML-escaping text output', () => {
    const t = createTemplates({ builtinDir: builtin });
    expect(t.render('letters', 'en', 'demand', data)).toBe('[Acme] Dear Brandt & Söhne <b>, pay EUR 1,234.50 by 11 Dec 2026.');
    expect(t.render('letters', 'zh', 'demand', { ...data, currency: 'CNY' })).toBe('Brandt & Söhne <b>：请于2026年12月11日前支付¥1,234.50。');
  });

  it('escapes every value in HTML, so hostile names print literally', () => {
    const t = createTemplates({ builtinDir: builtin });
    const out = t.render('letters', 'en', 'demand', { ...data, customer: { name: '<script>{{x}}</script>' } }, { format: 'html' });
    expect(out).toContain('&lt;script&gt;{{x}}&lt;/script&gt;');
    expect(out).not.toContain('<script>');
  });

  it('prefers the type variant, then the plain template; the user folder wins file by file', () => {
    const user = tree({ 'letters/en/demand.hbs': 'USER {{customer.name}}', 'letters/en/partials/head.hbs': '<{{company}}> ' });
    const t = createTemplates({ builtinDir: builtin, userDir: user });
    expect(t.render('letters', 'en', 'demand', data, { variant: 'cashflow' })).toBe('USER Brandt & Söhne <b>');
    expect(t.resolve('letters', 'en', 'demand', { variant: 'delayer' }).source).toBe('user');
    const plainUser = createTemplates({ builtinDir: builtin, userDir: tree({ 'letters/en/partials/head.hbs': '<{{company}}> ' }) });
    expect(plainUser.render('letters', 'en', 'demand', data, { variant: 'delayer' })).toBe('FINAL: Brandt & Söhne <b>');
    expect(plainUser.render('letters', 'en', 'demand', data)).toMatch(/^<Acme> Dear/);
    const listed = t.list();
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.find((x) => x.id === 'letters/en/demand')?.source).toBe('user');
    expect(listed.find((x) => x.id === 'letters/en/demand.delayer')).toMatchObject({ source: 'builtin', name: 'demand', variant: 'delayer' });
    expect(listed.find((x) => x.id === 'letters/en/partials/head')).toMatchObject({ source: 'user', partial: true });
  });

  it('refuses a missing variable, naming template, variable and line', () => {
    const t = createTemplates({ builtinDir: builtin });
    const { deadline: _, ...noDeadline } = data;
    expect(errorText(() => t.render('letters', 'en', 'demand', noDeadline))).toBe('template letters/en/demand, line 1: the variable deadline is not provided');
  });

  it('refuses an empty value instead of printing a blank, also inside partials and loops', () => {
    const t = createTemplates({ builtinDir: builtin });
    expect(errorText(() => t.render('letters', 'en', 'demand', { ...data, customer: { name: '' } }))).toContain(
      'template letters/en/demand, line 1: the variable customer.name is empty',
    );
    expect(errorText(() => t.render('letters', 'en', 'demand', { ...data, company: null }))).toContain(
      'template letters/en/partials/head, line 1: the variable company is empty',
    );
    const s = createTemplates({ builtinDir: builtin });
    expect(
      s.render('scripts', 'en', 'oversight', {
        invoices: [
          { number: 'A1', po: null },
          { number: 'A2', po: 'P9' },
        ],
      }),
    ).toBe('A1 ;A2 PO P9;');
    expect(errorText(() => s.render('scripts', 'en', 'oversight', { invoices: [{ number: '', po: null }] }))).toContain('variable number is empty');
  });

  it('names a template that does not exist and where it looked', () => {
    const t = createTemplates({ builtinDir: builtin });
    expect(errorText(() => t.render('letters', 'zh', 'nope', data))).toMatch(/^no template letters\/zh\/nope \(looked in .*letters\/zh\)$/);
  });

  it('reports a syntax error with the template named', () => {
    const t = createTemplates({ builtinDir: tree({ 'letters/en/bad.hbs': 'Hello {{#if x}} unclosed' }) });
    expect(errorText(() => t.render('letters', 'en', 'bad', { x: 1 }))).toMatch(/^template letters\/en\/bad cannot be read: /);
  });

  it('lets callers add helpers', () => {
    const t = createTemplates({ builtinDir: tree({ 'scripts/en/x.hbs': '{{shout name}}' }) });
    t.registerHelper('shout', (s: unknown) => String(s).toUpperCase());
    expect(t.render('scripts', 'en', 'x', { name: 'hi' })).toBe('HI');
  });

  it("keeps the user's templates in the config folder", () => {
    expect(templatesDir({ AR_CONFIG_DIR: '/cfg/huikuan' })).toBe(path.join('/cfg/huikuan', 'templates'));
  });
});
