// `ar aging` through the built binary on a small ledger (test/cli/queue-fixture.ts), AR_TODAY 2026-11-30.
import { beforeAll, describe, expect, it } from 'vitest';
import { runAr } from './run-ar.js';
import { buildQueueLedger } from './queue-fixture.js';
import { displayWidth } from '../../src/render/width.js';

let db: string;
beforeAll(() => {
  db = buildQueueLedger().db;
});

interface AgingJson {
  asOf: string;
  basis: string;
  buckets: { key: string; label: string }[];
  totals: { currency: string; openMinor: number; items: number; byBucket: Record<string, number> }[];
  rows: { key: string; label: string; currency: string; openMinor: number; items: number; byBucket: Record<string, number> }[];
}
const json = (...args: string[]) => JSON.parse(runAr(['aging', '--json', ...args], { db }).stdout) as AgingJson;

describe('ar aging', () => {
  it('one table per currency, rows by customer, totals at the bottom (en golden)', async () => {
    const r = runAr(['aging'], { db });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('./golden/aging.en.txt');
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('in Chinese (zh golden), by type', async () => {
    const r = runAr(['aging', '--lang', 'zh', '--by', 'type'], { db });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('./golden/aging.by-type.zh.txt');
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('the 账龄 preset and custom buckets', async () => {
    await expect(runAr(['aging', '--preset', 'cn', '--lang', 'zh'], { db }).stdout).toMatchFileSnapshot('./golden/aging.preset-cn.zh.txt');
    const j = json('--buckets', '30,60,90');
    expect(j.buckets.map((b) => b.label)).toEqual(['Current', '1–30', '31–60', '61–90', '>90']);
    expect(runAr(['aging', '--buckets', '90,30'], { db }).code).toBe(2);
    expect(runAr(['aging', '--preset', 'xx'], { db }).code).toBe(2);
  });

  it('--chart draws the totals with block characters', async () => {
    const r = runAr(['aging', '--chart'], { db });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/█/);
    await expect(r.stdout).toMatchFileSnapshot('./golden/aging.chart.en.txt');
  });

  it('--json: bucket totals add up to the open balance, per currency, never summed across', () => {
    const j = json();
    expect(j).toMatchObject({ asOf: '2026-11-30', basis: 'due' });
    expect(j.buckets.map((b) => b.key)).toEqual(['current', '1-30', '31-60', '61-90', '91-180', '181-365', 'over-365']);
    expect(j.totals.map((t) => t.currency)).toEqual(['CNY', 'EUR', 'USD']);
    for (const t of j.totals) {
      expect(Object.values(t.byBucket).reduce((a, b) => a + b, 0)).toBe(t.openMinor);
      expect(j.rows.filter((r) => r.currency === t.currency).reduce((a, r) => a + r.openMinor, 0)).toBe(t.openMinor);
    }
    for (const r of j.rows) expect(Object.values(r.byBucket).reduce((a, b) => a + b, 0)).toBe(r.openMinor);
    const status = JSON.parse(runAr(['status', '--json'], { db }).stdout) as { open: { currency: string; openMinor: number }[] };
    expect(j.totals.map((t) => [t.currency, t.openMinor])).toEqual(status.open.map((o) => [o.currency, o.openMinor]));
    // the credit note sits in its own bucket (issued 60 days ago) as a negative amount
    expect(j.rows.find((r) => r.key === 'C005')!.byBucket).toMatchObject({ '31-60': -100_000, '181-365': 1_734_560 });
    // no due date: issue date 1 Aug + 60 days terms = due 30 Sep → 61 days
    expect(j.rows.find((r) => r.key === 'C006')!.byBucket['61-90']).toBe(43_450);
    // Pacific Rim owes in two currencies: two rows
    expect(j.rows.filter((r) => r.key === 'C009').map((r) => r.currency)).toEqual(['CNY', 'USD']);
  });

  it('--basis invoice ages from the invoice date', () => {
    const due = json().rows.find((r) => r.key === 'C004')!;
    const inv = json('--basis', 'invoice').rows.find((r) => r.key === 'C004')!;
    expect(due.byBucket).toMatchObject({ current: 150_000, '1-30': 98_000 });
    expect(inv.byBucket).toMatchObject({ '1-30': 150_000, '31-60': 98_000 });
  });

  it('--by collector and --collector', () => {
    const j = json('--by', 'collector');
    expect(j.rows.filter((r) => r.currency === 'CNY').map((r) => r.label)).toEqual(['张伟', '李娜', 'Maria Lopez']);
    expect(json('--collector', '张伟').rows.map((r) => r.key)).toEqual(['C010', 'C005']);
  });

  it('--csv has exact amounts', async () => {
    const r = runAr(['aging', '--csv'], { db });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('./golden/aging.csv');
  });
});
