// `ar queue` through the built binary on a small ledger (test/cli/queue-fixture.ts), AR_TODAY 2026-11-30.
import { beforeAll, describe, expect, it } from 'vitest';
import { runAr } from './run-ar.js';
import { buildQueueLedger } from './queue-fixture.js';
import { displayWidth } from '../../src/render/width.js';

let db: string;
beforeAll(() => {
  db = buildQueueLedger().db;
});

describe('ar queue', () => {
  it('ranks scheduled work first and says why (en golden)', async () => {
    const r = runAr(['queue'], { db });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('./golden/queue.en.txt');
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('in Chinese, aligned by display width (zh golden)', async () => {
    const r = runAr(['queue', '--lang', 'zh'], { db });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('./golden/queue.zh.txt');
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('--explain shows each factor and they add up to the score', async () => {
    const r = runAr(['queue', '--explain'], { db });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('./golden/queue.explain.en.txt');
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    const j = JSON.parse(runAr(['queue', '--json'], { db }).stdout) as { score: number; factors: { points: number }[] }[];
    for (const e of j) expect(e.factors.reduce((a, f) => a + f.points, 0)).toBe(e.score);
  });

  it('--json has the documented shape and order', () => {
    const r = runAr(['queue', '--json'], { db });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(j.map((e) => [(e.customer as { code: string }).code, e.currency, e.reasons])).toEqual([
      ['C001', 'USD', ['promise-broken', 'step-due', 'high-score']],
      ['C003', 'USD', ['callback-due']],
      ['C010', 'CNY', ['limitation-warning', 'step-due', 'high-score']],
      ['C005', 'CNY', ['step-due', 'high-score']],
      ['C009', 'CNY', ['step-due', 'high-score']],
      ['C002', 'USD', ['step-due']],
      ['C008', 'EUR', ['step-due']],
      ['C009', 'USD', ['step-due']],
      ['C004', 'USD', ['step-due']],
    ]);
    expect(j[0]).toMatchObject({
      rank: 1,
      customer: { code: 'C001', name: 'Acme Corp', type: 'delayer', grade: 'C' },
      currency: 'USD',
      overdueMinor: 755_050,
      daysPastDue: 108,
      nextStep: { step: 5, key: 'pre-legal', due: true },
      promise: { amountMinor: 450_000, dueDate: '2026-11-29', status: 'broken' },
      askFor: { name: 'Tom Reed', role: 'decision-maker' },
    });
    expect(typeof j[0].score).toBe('number');
    // Müller: the disputed 20% is not chased, the held invoice neither
    expect(j.find((e) => (e.customer as { code: string }).code === 'C008')).toMatchObject({ overdueMinor: 1_360_800, disputedMinor: 340_200, onHoldMinor: 420_000 });
  });

  it('hides promises not yet due and wholly disputed accounts, and says so', () => {
    const r = runAr(['queue'], { db });
    expect(r.stdout).toContain('Hidden: 1 with a promise not yet due · 1 wholly disputed');
    const codes = (JSON.parse(runAr(['queue', '--json'], { db }).stdout) as { customer: { code: string } }[]).map((e) => e.customer.code);
    expect(codes).not.toContain('C006'); // promise for 10 Dec
    expect(codes).not.toContain('C007'); // everything disputed
    expect(codes).not.toContain('C011'); // paid up
    expect(codes).not.toContain('C012'); // nothing due yet
  });

  it('--limit and --collector narrow the list; the footer counts the rest', () => {
    const r = runAr(['queue', '--limit', '2'], { db });
    expect(r.stdout).toContain('(showing 2)');
    expect(r.stdout).toContain("7 below today's capacity (--limit)");
    const zw = JSON.parse(runAr(['queue', '--json', '--collector', '张伟'], { db }).stdout) as { customer: { code: string } }[];
    expect(zw.map((e) => e.customer.code)).toEqual(['C010', 'C005']);
    expect(runAr(['queue', '--limit', 'x'], { db }).code).toBe(2);
  });

  it('--csv', async () => {
    const r = runAr(['queue', '--csv'], { db });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('./golden/queue.csv');
  });

  it('an empty ledger says what to do', () => {
    const empty = runAr(['queue'], { db: db.replace(/ledger\.db$/, 'empty.db') });
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('Nothing is open');
  });
});

