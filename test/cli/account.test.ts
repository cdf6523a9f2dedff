// `ar account` through the built binary on a small ledger (test/cli/queue-fixture.ts), AR_TODAY 2026-11-30.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAr, tempDir } from './run-ar.js';
import { buildQueueLedger } from './queue-fixture.js';
import { displayWidth, stripAnsi } from '../../src/view/width.js';
import { run } from '../../src/cli/main.js';
import type { Prompts } from '../../src/cli/prompts.js';

let db: string;
beforeAll(async () => {
  db = buildQueueLedger().db;
});

describe('ar account', () => {
  it('one customer on one screen (en golden)', async () => {
    const r = await runAr(['account', 'C001'], { db });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('./golden/account.C001.en.txt');
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('by part of a Chinese name, in Chinese (zh golden)', async () => {
    const r = await runAr(['account', '华东', '--lang', 'zh'], { db });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('./golden/account.C005.zh.txt');
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('two currencies, a strategic account (en golden)', async () => {
    const r = await runAr(['account', 'pacific rim'], { db });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('./golden/account.C009.en.txt');
  });

  it('--json has balances, aging, invoices, contacts, promises, disputes, scores and a timeline', async () => {
    const r = await runAr(['account', 'acme', '--json'], { db });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.customer).toMatchObject({ code: 'C001', name: 'Acme Corp', type: 'delayer', grade: 'C' });
    expect(j.balances).toEqual([
      { currency: 'USD', openMinor: 755_050, overdueMinor: 755_050, disputedMinor: 0, onHoldMinor: 0, collectibleMinor: 755_050, daysPastDue: 108 },
    ]);
    expect(Object.values(j.aging.byCurrency[0].byBucket as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(755_050);
    expect(j.invoices.map((i: { number: string }) => i.number)).toEqual(['INV-1001', 'INV-1021']);
    expect(j.promises.map((p: { dueDate: string; status: string }) => [p.dueDate, p.status])).toEqual([
      ['2026-11-29', 'broken'],
      ['2026-09-30', 'kept'],
    ]);
    expect(j.keptRate).toEqual({ kept: 1, decided: 2 });
    expect(j.scores[0]).toMatchObject({ currency: 'USD', nextStep: { step: 3, code: 'formal-demand', label: 'formal demand' } });
    expect(j.scores[0].reasons.map((r: { code: string }) => r.code)).toEqual(['promise-broken', 'step-due', 'high-score']);
    expect(j.scores[0].factors.reduce((a: number, f: { points: number }) => a + f.points, 0)).toBe(j.scores[0].score);
    expect(j.timeline[0]).toMatchObject({ date: '2026-11-27', kind: 'import', data: { invoices: expect.any(Number) } });
    expect(j.timeline.every((e: { kind: string; data: unknown }) => typeof e.kind === 'string' && typeof e.data === 'object')).toBe(true);
    expect(j.accounts).toBeUndefined();
  });

  it('a disputed account explains why it is not on the list', async () => {
    const r = await runAr(['account', 'C007'], { db });
    expect(r.stdout).toContain("not on today's list: everything overdue is disputed");
    const w = await runAr(['account', 'C006', '--lang', 'zh'], { db });
    expect(w.stdout).toContain('不在今日待办中：有未到期的付款承诺');
  });

  it('an unknown customer is exit 1; several matches without a terminal are exit 2 with the list', async () => {
    const none = await runAr(['account', 'nobody here'], { db });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('ar: error: no customer matches "nobody here"');
    const many = await runAr(['account', 'ltd'], { db });
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

describe('ar account: what the collector must not miss', () => {
  it('shows money on account (unallocated) and open credit notes, on screen and in --json', async () => {
    const copy = path.join(tempDir(), 'l.db');
    fs.copyFileSync(db, copy);
    const sql = new Database(copy);
    sql.exec(`INSERT INTO payments (customer_id, reference, received_date, currency, amount_minor, unallocated_minor, method, created_at) VALUES
      (11, 'BANK-7795', '2026-11-26', 'EUR', 15000, 5005, 'card', '2026-11-30T00:00:00Z'),
      (5, 'BANK-8001', '2026-11-20', 'CNY', 300000, 120000, 'bank transfer', '2026-11-30T00:00:00Z')`);
    sql.close();
    // nothing open, money on account
    const paid = await runAr(['account', 'C011'], { db: copy });
    expect(paid.code).toBe(0);
    expect(paid.stdout).toContain('Open        nothing open · on account: EUR 50.05 unallocated');
    expect(JSON.parse((await runAr(['account', 'C011', '--json'], { db: copy })).stdout)).toMatchObject({
      balances: [],
      onAccount: [{ currency: 'EUR', unallocatedMinor: 5005, payments: 1 }],
      openCredits: [],
    });
    // open items, a credit note and money on account
    const hd = (await runAr(['account', 'C005'], { db: copy })).stdout;
    expect(hd).toContain('open credit notes CNY 1,000.00 (netted)');
    expect(hd).toContain('on account: CNY 1,200.00 unallocated');
    const zh = (await runAr(['account', 'C005', '--lang', 'zh'], { db: copy })).stdout;
    expect(zh).toContain('未分配收款（挂账）：¥1,200.00');
    expect(zh).toContain('收款 ¥3,000.00（银行转账）');
    const j = JSON.parse((await runAr(['account', 'C005', '--json'], { db: copy })).stdout);
    expect(j.openCredits).toEqual([{ currency: 'CNY', openMinor: -100_000, items: 1 }]);
    expect(j.onAccount).toEqual([{ currency: 'CNY', unallocatedMinor: 120_000, payments: 1 }]);
  });

  it('names the letter language in words, and leaves it out when unset', async () => {
    expect((await runAr(['account', 'C001'], { db })).stdout.split('\n').slice(0, 2)).toEqual([
      'Acme Corp (C001) · Deliberate delayer, grade C · collector Maria Lopez',
      '  letters in English',
    ]);
    expect((await runAr(['account', 'C005', '--lang', 'zh'], { db })).stdout.split('\n').slice(0, 2)).toEqual([
      '华东精密机械有限公司（C005） · 恶意拖欠型，信用等级 C · 催收员 张伟',
      '  信函语言：中文',
    ]);
    const copy = path.join(tempDir(), 'l.db');
    fs.copyFileSync(db, copy);
    const sql = new Database(copy);
    sql.exec(`UPDATE customers SET language = NULL WHERE code = 'C004'`);
    sql.close();
    const head = (await runAr(['account', 'C004'], { db: copy })).stdout.split('\n');
    expect(head.slice(0, 2)).toEqual(['Blue Harbor Foods (C004) · Oversight / admin slip, grade A', '  collector Maria Lopez']);
    expect(head[2]).toMatch(/^Open/);
    expect(head.join('\n')).not.toMatch(/ · —|^\s+—$/m);
  });

  it('points only at commands that exist', async () => {
    const out = (await runAr(['account', 'C004'], { db })).stdout + (await runAr(['account', 'C004', '--lang', 'zh'], { db })).stdout;
    expect(out).not.toMatch(/ar customer|ar contacts/);
    const commands = [...out.matchAll(/`ar (\w+)/g)].map((x) => x[1]);
    for (const c of commands) expect(['init', 'import', 'profiles', 'queue', 'account', 'aging', 'status', 'config', 'demo']).toContain(c);
    expect(out.replace(/\s+/g, ' ')).toContain('nothing recorded — a customers file with payment-run and approval columns adds it (`ar import FILE`)');
  });

  it('never breaks a phone number across lines', async () => {
    const copy = path.join(tempDir(), 'l.db');
    fs.copyFileSync(db, copy);
    const sql = new Database(copy);
    sql.exec(`INSERT INTO contacts (customer_id, name, role, title, phone, mobile, email, is_primary, is_decision_maker, created_at, updated_at) VALUES
      (8, 'Katrin Weber', 'ap-clerk', 'Kreditorenbuchhaltung (AP)', '+49 711 555 0123 -214', NULL, NULL, 1, 0, '2026-11-30T00:00:00Z', '2026-11-30T00:00:00Z')`);
    sql.close();
    const out = (await runAr(['account', 'C008'], { db: copy })).stdout;
    expect(out).toContain('+49 711 555 0123 -214');
    for (const line of out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('a credit note is owed to the customer: no days overdue', async () => {
    const j = JSON.parse((await runAr(['account', 'C005', '--json'], { db })).stdout);
    expect(j.invoices.find((i: { kind: string }) => i.kind === 'credit_note')).toMatchObject({ number: 'CN2026000005', daysPastDue: 0 });
    const row = (await runAr(['account', 'C005'], { db })).stdout.split('\n').find((l) => l.startsWith('CN2026000005'))!;
    expect(row).toMatch(/^CN2026000005\s+1 Oct 2026\s+-1,000\.00\s+credit note$/);
  });

  it('says "1 day", not "1 days"', async () => {
    const copy = path.join(tempDir(), 'l.db');
    fs.copyFileSync(db, copy);
    const sql = new Database(copy);
    sql.exec(`UPDATE customers SET terms_days = 1 WHERE code = 'C004'`);
    sql.close();
    const out = (await runAr(['account', 'C004'], { db: copy })).stdout;
    expect(out).toContain('terms 1 day');
    expect(out).not.toMatch(/\b1 days\b/);
  });
});
