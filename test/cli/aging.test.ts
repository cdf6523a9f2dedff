// `ar aging` through the built binary on a small ledger (test/cli/queue-fixture.ts), AR_TODAY 2026-11-30.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAr, tempDir } from './run-ar.js';
import { buildQueueLedger } from './queue-fixture.js';
import { displayWidth } from '../../src/view/width.js';

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
const json = async (...args: string[]) => JSON.parse((await runAr(['aging', '--json', ...args], { db })).stdout) as AgingJson;

describe('ar aging', () => {
  it('one table per currency, rows by customer, totals at the bottom (en golden)', async () => {
    const r = await runAr(['aging'], { db });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('./golden/aging.en.txt');
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('in Chinese (zh golden), by type', async () => {
    const r = await runAr(['aging', '--lang', 'zh', '--by', 'type'], { db });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('./golden/aging.by-type.zh.txt');
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('the 账龄 preset and custom buckets', async () => {
    await expect((await runAr(['aging', '--preset', 'cn', '--lang', 'zh'], { db })).stdout).toMatchFileSnapshot('./golden/aging.preset-cn.zh.txt');
    const j = await json('--buckets', '30,60,90');
    expect(j.buckets.map((b) => b.label)).toEqual(['Current', '1–30', '31–60', '61–90', '>90']);
    expect((await runAr(['aging', '--buckets', '90,30'], { db })).code).toBe(2);
    expect((await runAr(['aging', '--preset', 'xx'], { db })).code).toBe(2);
  });

  it('--chart draws the totals with block characters', async () => {
    const r = await runAr(['aging', '--chart'], { db });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/█/);
    await expect(r.stdout).toMatchFileSnapshot('./golden/aging.chart.en.txt');
  });

  it('--json: bucket totals add up to the open balance, per currency, never summed across', async () => {
    const j = await json();
    expect(j).toMatchObject({ asOf: '2026-11-30', basis: 'due' });
    expect(j.buckets.map((b) => b.key)).toEqual(['current', '1-30', '31-60', '61-90', '91-180', '181-365', 'over-365']);
    expect(j.totals.map((t) => t.currency)).toEqual(['CNY', 'EUR', 'USD']);
    for (const t of j.totals) {
      expect(Object.values(t.byBucket).reduce((a, b) => a + b, 0)).toBe(t.openMinor);
      expect(j.rows.filter((r) => r.currency === t.currency).reduce((a, r) => a + r.openMinor, 0)).toBe(t.openMinor);
    }
    for (const r of j.rows) expect(Object.values(r.byBucket).reduce((a, b) => a + b, 0)).toBe(r.openMinor);
    const status = JSON.parse((await runAr(['status', '--json'], { db })).stdout) as { open: { currency: string; openMinor: number }[] };
    expect(j.totals.map((t) => [t.currency, t.openMinor])).toEqual(status.open.map((o) => [o.currency, o.openMinor]));
    // the credit note sits in its own bucket (issued 60 days ago) as a negative amount
    expect(j.rows.find((r) => r.key === 'C005')!.byBucket).toMatchObject({ '31-60': -100_000, '181-365': 1_734_560 });
    // no due date: issue date 1 Aug + 60 days terms = due 30 Sep → 61 days
    expect(j.rows.find((r) => r.key === 'C006')!.byBucket['61-90']).toBe(43_450);
    // Pacific Rim owes in two currencies: two rows
    expect(j.rows.filter((r) => r.key === 'C009').map((r) => r.currency)).toEqual(['CNY', 'USD']);
  });

  it('--basis invoice ages from the invoice date, without a "Current" (not yet due) bucket', async () => {
    const due = (await json()).rows.find((r) => r.key === 'C004')!;
    const invJ = await json('--basis', 'invoice');
    const inv = invJ.rows.find((r) => r.key === 'C004')!;
    expect(due.byBucket).toMatchObject({ current: 150_000, '1-30': 98_000 });
    expect(invJ.buckets.map((b) => b.label)).toEqual(['≤30', '31–60', '61–90', '91–180', '181–365', '>365']);
    expect(inv.byBucket).toMatchObject({ '0-30': 150_000, '31-60': 98_000 });
    const years = (await runAr(['aging', '--basis', 'invoice', '--buckets', '1y,2y'], { db })).stdout;
    expect(years).not.toContain('Current');
    expect(years).toContain('≤1 yr');
  });

  it('--buckets: refuses an empty bound, labels mixed units with their units, and says why in Chinese', async () => {
    const empty = await runAr(['aging', '--buckets', '30,,60'], { db });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('ar: error: --buckets takes ascending bounds such as 30,60,90 (days) or 1y,2y,3y: an empty bound in "30,,60"\n');
    expect((await json('--buckets', '1y,400')).buckets.map((b) => b.label)).toEqual(['Current', '1 day–1 yr', '1 yr–400 days', '>400 days']);
    const zh = await runAr(['aging', '--buckets', '30,20', '--lang', 'zh'], { db });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe('ar: 错误: --buckets 需要递增的上限，如 30,60,90（天）或 1y,2y,3y：账龄段上限必须递增：30、20\n');
  });

  it('the total row reads like the rows: "-" for nothing, and a credit has an ASCII minus Excel reads', async () => {
    const lines = (await runAr(['aging'], { db })).stdout.split('\n');
    expect(lines.find((l) => l.startsWith('Total'))).toMatch(/^Total\s+-\s+-\s+-1,000\s+435\s/);
    expect(lines.find((l) => l.startsWith('华东'))).toContain('-1,000');
    expect(lines.join('\n')).not.toContain('\u2212');
  });

  it('a table too wide for exact amounts states its unit, and its totals add up as printed', async () => {
    for (const lang of ['en', 'zh']) {
      const out = (await runAr(['aging', '--lang', lang], { db })).stdout;
      const table = out.split('\n\n')[1]!.split('\n');
      expect(out).toContain(lang === 'en' ? 'Amounts in whole CNY, rounded' : '单位：元；');
      const num = (c: string) => (c === '-' ? 0 : Number(c.replace(/,/g, '')));
      const cells = (l: string) => l.trim().split(/\s+/).slice(-8).map(num);
      const end = table.findIndex((l) => /^(Total|合计)/.test(l));
      const body = table.slice(1, end);
      const total = cells(table[end]!);
      expect(body.length).toBeGreaterThan(0);
      for (let c = 0; c < 8; c++) expect(body.reduce((s, l) => s + cells(l)[c]!, 0)).toBe(total[c]);
      for (const l of body)
        expect(
          cells(l)
            .slice(0, 7)
            .reduce((a, b) => a + b, 0),
        ).toBe(cells(l)[7]);
    }
  });

  it('exact amounts by default when they fit; --compact abbreviates', async () => {
    const exact = (await runAr(['aging'], { db })).stdout;
    expect(exact).toContain('21,210.00');
    const compact = (await runAr(['aging', '--compact'], { db })).stdout;
    expect(compact).toContain('100k');
    expect(compact).toContain('Abbreviated');
    const zh = (await runAr(['aging', '--compact', '--lang', 'zh'], { db })).stdout;
    expect(zh).toContain('10万');
  });

  it('overdue, of which disputed and on hold, and what is collectible, under each currency', async () => {
    const out = (await runAr(['aging'], { db })).stdout;
    expect(out).toContain('Overdue 185,584.80, of which disputed 48,804.70; collectible 136,780.10');
    const zh = (await runAr(['aging', '--lang', 'zh'], { db })).stdout;
    expect(zh).toContain('逾期 21,210.00，其中争议 3,402.00，暂缓催收 4,200.00；可催收');
  });

  it('bucket bounds stored badly in the settings are blamed on the setting, not on a --buckets never given', async () => {
    const copy = path.join(tempDir(), 'l.db');
    fs.copyFileSync(db, copy);
    const sql = new Database(copy);
    sql.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run('aging', JSON.stringify({ buckets: [30, 20] }));
    sql.close();
    const r = await runAr(['aging'], { db: copy });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('--buckets');
    expect(r.stderr).toContain('ar: error: the setting aging.buckets stored in this ledger is [30,20], which is not valid');
  });

  it('--by collector and --collector', async () => {
    const j = await json('--by', 'collector');
    expect(j.rows.filter((r) => r.currency === 'CNY').map((r) => r.label)).toEqual(['张伟', '李娜', 'Maria Lopez']);
    expect((await json('--collector', '张伟')).rows.map((r) => r.key)).toEqual(['C010', 'C005']);
  });

  it('--csv has exact amounts', async () => {
    const r = await runAr(['aging', '--csv'], { db });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('./golden/aging.csv');
  });

  it('--csv for Excel: a BOM, headers in the chosen language, ASCII minus, the overdue split', async () => {
    const r = await runAr(['aging', '--csv', '--lang', 'zh'], { db });
    expect(r.stdout.startsWith('\ufeff币种,编码,名称,笔数,未收金额,未到期,')).toBe(true);
    expect(r.stdout.split('\n')[0]).toMatch(/,逾期金额,争议金额,暂缓催收金额,可催收金额$/);
    expect(r.stdout).toContain(',-1000.00,');
    expect(r.stdout).not.toContain('\u2212');
  });
});
