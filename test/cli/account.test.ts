// `ar account` through the built binary on a small ledger (test/cli/queue-fixture.ts), AR_TODAY 2026-11-30.
import { beforeAll, describe, expect, it } from 'vitest';
import { runAr } from './run-ar.js';
import { buildQueueLedger } from './queue-fixture.js';
import { displayWidth, stripAnsi } from '../../src/render/width.js';
import { run } from '../../src/cli.js';
import type { Prompts } from '../../src/prompts.js';

let db: string;
beforeAll(() => {
  db = buildQueueLedger().db;
});

describe('ar account', () => {
  it('one customer on one screen (en golden)', async () => {
    const r = runAr(['account', 'C001'], { db });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('./golden/account.C001.en.txt');
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('by part of a Chinese name, in Chinese (zh golden)', async () => {
    const r = runAr(['account', '华东', '--lang', 'zh'], { db });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('./golden/account.C005.zh.txt');
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('two currencies, a strategic account (en golden)', async () => {
    const r = runAr(['account', 'pacific rim'], { db });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('./golden/account.C009.en.txt');
  });

  it('--json has balances, aging, invoices, contacts, promises, disputes, scores and a timeline', () => {
    const r = runAr(['account', 'acme', '--json'], { db });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.customer).toMatchObject({ code: 'C001', name: 'Acme Corp', type: 'delayer', grade: 'C' });
    expect(j.balances).toEqual([{ currency: 'USD', openMinor: 755_050, overdueMinor: 755_050, disputedMinor: 0, onHoldMinor: 0, daysPastDue: 108 }]);
    expect(Object.values(j.aging.byCurrency[0].byBucket as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(755_050);
    expect(j.invoices.map((i: { number: string }) => i.number)).toEqual(['INV-1001', 'INV-1021']);
    expect(j.promises.map((p: { dueDate: string; status: string }) => [p.dueDate, p.status])).toEqual([
      ['2026-11-29', 'broken'],
      ['2026-09-30', 'kept'],
    ]);
    expect(j.keptRate).toEqual({ kept: 1, decided: 2 });
    expect(j.scores[0]).toMatchObject({ currency: 'USD', reasons: ['promise-broken', 'step-due', 'high-score'], nextStep: { step: 5, key: 'pre-legal' } });
    expect(j.scores[0].factors.reduce((a: number, f: { points: number }) => a + f.points, 0)).toBe(j.scores[0].score);
    expect(j.timeline[0]).toMatchObject({ date: '2026-11-27', kind: 'import' });
    expect(j.accounts).toBeUndefined();
  });

  it('a disputed account explains why it is not on the list', () => {
    const r = runAr(['account', 'C007'], { db });
    expect(r.stdout).toContain("not on today's list: everything overdue is disputed");
    const w = runAr(['account', 'C006', '--lang', 'zh'], { db });
    expect(w.stdout).toContain('不在今日待办中：有未到期的付款承诺');
  });

  it('an unknown customer is exit 1; several matches without a terminal are exit 2 with the list', () => {
    const none = runAr(['account', 'nobody here'], { db });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('ar: error: no customer matches "nobody here"');
    const many = runAr(['account', 'ltd'], { db });
    expect(many.code).toBe(2);
    expect(many.stderr).toBe(
      ['ar: error: 2 customers match "ltd"', '  C011  Paid Up Ltd', '  C012  New Horizon Ltd', 'hint: give the code, e.g. `ar account C011`', ''].join('\n'),
    );
  });

  it('on a terminal, several matches are offered to pick from', async () => {
    let asked: { message: string; choices: { name: string; value: unknown }[] } | undefined;
    const prompts: Prompts = {
      input: async () => '',
      confirm: async () => true,
      select: async (q) => {
        asked = q as never;
        return q.choices[1].value as never;
      },
    };
    let text = '';
    const out = { write: (x: string) => void (text += x), isTTY: true, columns: 80 };
    const code = await run(['node', 'ar', 'account', 'ltd', '--db', db], {
      env: { AR_TODAY: '2026-11-30', AR_LANG: 'en' },
      stdout: out,
      stderr: { write: () => undefined, isTTY: true },
      stdinIsTTY: true,
      prompts,
    });
    expect(code).toBe(0);
    expect(asked!.message).toBe('Several customers match "ltd" — which one?');
    expect(asked!.choices.map((c) => c.name)).toEqual(['C011  Paid Up Ltd', 'C012  New Horizon Ltd']);
    expect(stripAnsi(text)).toContain('New Horizon Ltd (C012)');
  });
});
