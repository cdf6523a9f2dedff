// Call scripts (`ar script`), visit briefs (`ar visit`) and `ar templates`: every type × step ×
// language renders with no empty placeholder, the ledger's facts reach the script, hostile names
// print literally in HTML, and a broken user template fails the check with exit 1.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAr, tempDir } from './run-ar.js';
import { buildQueueLedger } from './queue-fixture.js';
import { displayWidth } from '../../src/view/width.js';
import { documentTemplates, renderCallScript } from '../../src/view/script.js';
import { renderVisitHtml, renderVisitText } from '../../src/view/visit.js';
import { scriptSamples, visitSamples } from '../../src/view/samples.js';
import { CUSTOMER_TYPES } from '../../src/core/priority.js';

let db: string;
beforeAll(() => {
  db = buildQueueLedger().db;
});

const fits = (text: string) => {
  const lines = text.split('\n');
  expect(lines.length).toBeGreaterThan(10);
  for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
};

describe('call script templates', () => {
  const tpl = documentTemplates(null);
  for (const lang of ['en', 'zh'] as const) {
    for (const type of CUSTOMER_TYPES) {
      it(`${type} in ${lang}: every step, with all facts and with the fewest, renders in 80 columns`, () => {
        const samples = scriptSamples(type);
        expect(samples.length).toBeGreaterThanOrEqual(12);
        const phases = new Set<string>();
        for (const facts of samples) {
          const text = renderCallScript(lang, facts, tpl);
          fits(text);
          expect(text).not.toMatch(/undefined|null|NaN|\[object/);
          expect(text).toContain(facts.customer.name);
          expect(text).toContain(facts.invoices[0]!.number);
          phases.add(facts.step.phase);
        }
        expect([...phases].sort()).toEqual(['demand', 'final', 'friendly', 'notice']);
      });
    }
  }

  it('the section changes with the step: friendly, after a formal demand, final', () => {
    const [friendly, , , , , , demand, , final] = scriptSamples('delayer');
    const say = (f: typeof friendly) => renderCallScript('en', f!, tpl);
    expect(say(friendly)).toContain('A first, friendly call');
    expect(say(demand)).toContain('A formal demand has been sent');
    expect(say(final)).toContain('Last call before legal steps');
    expect(renderCallScript('zh', final!, tpl)).toContain('走法律程序前的最后一通电话');
  });

  it('an unclassified customer gets the oversight script with a line saying the type is not set', () => {
    const facts = scriptSamples('oversight').filter((f) => f.customer.unclassified);
    expect(facts.length).toBe(2);
    expect(renderCallScript('en', facts[0]!, tpl)).toContain('Type: not set yet — this is the oversight script');
    expect(renderCallScript('zh', facts[1]!, tpl)).toContain('客户类型：未分类');
  });

  it('a low ability to pay brings the instalment offer, split exactly', () => {
    const f = scriptSamples('cashflow')[0]!;
    const text = renderCallScript('en', f, tpl);
    expect(text).toContain('offer 3 instalments, 30 days apart');
    expect(text).toContain('CNY 4,000.02 by 7 Dec 2026');
    expect(f.plan!.instalments.reduce((a, i) => a + i.amountMinor, 0)).toBe(f.overdueMinor);
  });
});

describe('ar script', () => {
  it('a delayer with a broken promise: whom to ask for and why, invoices, the promise, the ask (en golden)', async () => {
    const r = await runAr(['script', 'C001'], { db });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ask for: Rosa Diaz (AP) · 555-0142 — they made the last promise');
    expect(r.stdout).toContain('On 20 Nov 2026 you confirmed USD 4,500.00 by 29 Nov 2026. It has not arrived.');
    fits(r.stdout);
    await expect(r.stdout).toMatchFileSnapshot('./golden/script.C001.en.txt');
  });

  it('in the customer’s language by default (zh golden); --lang wins', async () => {
    const r = await runAr(['script', 'C005'], { db });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('电话催款话术 — 华东精密机械有限公司（C005）');
    fits(r.stdout);
    await expect(r.stdout).toMatchFileSnapshot('./golden/script.C005.zh.txt');
    const en = await runAr(['script', 'C005', '--lang', 'en'], { db });
    expect(en.stdout).toContain('CALL SCRIPT — 华东精密机械有限公司 (C005)');
  });

  it('--json: the facts as codes and the template used, the same under --lang zh', async () => {
    const r = await runAr(['script', 'C009', '--json'], { db, env: { AR_CONFIG_DIR: tempDir('ar-config-') } });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.customer).toMatchObject({ code: 'C009', type: 'cashflow', scriptType: 'cashflow', unclassified: false });
    expect(j.template).toEqual({ id: 'scripts/en/cashflow', source: 'builtin' });
    expect(j.ability.low).toBe(true);
    expect(j.plan.instalments.map((i: { amountMinor: number }) => i.amountMinor)).toEqual([666_668, 666_666, 666_666]);
    expect(j.objections[0]).toBe('cash-tight');
    const zh = JSON.parse((await runAr(['script', 'C009', '--json', '--lang', 'zh'], { db })).stdout);
    expect({ ...zh, template: null }).toEqual({ ...j, template: null });
  });

  it('a process-blocked customer is asked to pay by their payment-run day; a cash-strapped one gets a plan', async () => {
    const env = { AR_CONFIG_DIR: tempDir('ar-config-') };
    const nusa = JSON.parse((await runAr(['script', 'C002', '--json'], { db, env })).stdout);
    expect(nusa.ask).toMatchObject({ amountMinor: 1_200_000, currency: 'USD', by: '2026-12-15' });
    expect(nusa.objections[0]).toBe('approval-queue');
    expect(nusa.plan).toBeNull();
    const text = (await runAr(['script', 'C002'], { db, env })).stdout;
    expect(text).toContain('"Can you pay USD 12,000.00 by 15 Dec 2026?"');
  });

  it('an unknown customer is exit 1', async () => {
    const r = await runAr(['script', 'nobody here'], { db });
    expect(r.code).toBe(1);
  });
});

describe('ar visit', () => {
  it('a one-page brief: whom to meet, agenda, documents, what to secure; --html writes the page', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'brief.html');
    const r = await runAr(['visit', 'C001', '--html', file], { db });
    expect(r.code).toBe(0);
    for (const s of [
      'WHOM TO MEET',
      'Tom Reed — decision maker (CFO): who decides',
      'Meet the decision maker',
      'Statement of account',
      'A signed acknowledgement of the debt',
    ]) {
      expect(r.stdout).toContain(s);
    }
    fits(r.stdout);
    const html = fs.readFileSync(file, 'utf8');
    expect(html).toContain('<h1>Visit brief — Acme Corp (C001)</h1>');
    expect(html).toContain('@page{size:A4');
  });

  it('hostile names print literally in HTML; Chinese brief in Chinese', () => {
    const tpl = documentTemplates(null);
    const samples = visitSamples();
    expect(samples.length).toBe(12);
    const bare = samples[1]!;
    const html = renderVisitHtml('en', { ...bare, customer: { ...bare.customer, name: '<script>{{x}}</script>' } }, tpl);
    expect(html).toContain('&lt;script&gt;{{x}}&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    const zh = renderVisitText('zh', samples[0]!, tpl);
    expect(zh).toContain('要带的资料');
    fits(zh);
  });
});

describe('ar templates', () => {
  it('check renders every built-in in both languages; init copies without overwriting; a broken user template fails (exit 1)', async () => {
    const config = tempDir('ar-config-');
    const env = { AR_CONFIG_DIR: config };
    const ok = await runAr(['templates', 'check'], { env });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('scripts/zh/delayer (zh): ok');
    expect(ok.stdout).toContain('visit/en/brief.html (en): ok');

    const init = await runAr(['templates', 'init', '--area', 'scripts'], { env });
    expect(init.code).toBe(0);
    expect(init.stdout.replace(/\s+/g, ' ')).toMatch(/^Copied 28 file\(s\)/);
    const mine = path.join(config, 'templates', 'scripts', 'en', 'oversight.hbs');
    fs.writeFileSync(mine, 'Hello {{customer.nickname}}\n');
    const again = await runAr(['templates', 'init', '--area', 'scripts'], { env });
    expect(again.stdout.replace(/\s+/g, ' ')).toContain('28 already there were left as they are');
    expect(fs.readFileSync(mine, 'utf8')).toBe('Hello {{customer.nickname}}\n');

    const list = await runAr(['templates', 'list', '--json'], { env });
    const rows = JSON.parse(list.stdout) as { id: string; source: string }[];
    expect(rows.find((x) => x.id === 'scripts/en/oversight')?.source).toBe('user');
    expect(rows.find((x) => x.id === 'visit/en/brief')?.source).toBe('builtin');

    const bad = await runAr(['templates', 'check'], { env });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('ar: error: 1 template(s) failed the check');
    expect(bad.stderr).toContain('template scripts/en/oversight, line 1: the variable customer.nickname is not provided');
  });
});
