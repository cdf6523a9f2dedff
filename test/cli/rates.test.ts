// Currencies ranked fairly: dated exchange rates in the settings (`ar config set fx.CUR`, `ar rates
// import`), the amount factor on the converted amount, --explain with the rate and its date, and a
// missing rate said once. Also the worklist's CSV for Excel.
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

function freshCopy(): string {
  const copy = path.join(tempDir(), 'l.db');
  fs.copyFileSync(db, copy);
  return copy;
}

type Entry = { customer: { code: string }; currency: string; factors: { factor: string; points: number; fx?: Record<string, unknown> }[] };
const amountOf = (e: Entry) => e.factors.find((f) => f.factor === 'amount')!;

describe('exchange rates', () => {
  it('config set fx.CUR RATE --date stores a dated rate; ar rates lists it', async () => {
    const file = freshCopy();
    const set = await runAr(['config', 'set', 'fx.EUR', '1.05', '--date', '2026-11-02'], { db: file });
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('fx.EUR = 1.05 from 2026-11-02 (one EUR in USD)');
    const list = await runAr(['rates', '--json'], { db: file });
    expect(JSON.parse(list.stdout)).toEqual({ base: 'USD', rates: [{ currency: 'EUR', date: '2026-11-02', rate: '1.05' }] });
    const zh = await runAr(['rates', '--lang', 'zh'], { db: file });
    expect(zh.stdout).toContain('本位币 USD');
    expect(zh.stdout).toMatch(/EUR\s+1\.05\s+2026-11-02/);
  });

  it('refuses a bad rate, a bad date, and --date on another setting (exit 2, nothing stored)', async () => {
    const file = freshCopy();
    for (const args of [
      ['config', 'set', 'fx.EUR', '1,05'],
      ['config', 'set', 'fx.EUR', '1.05', '--date', '2026-13-01'],
      ['config', 'set', 'fx.XYZ', '1.05'],
      ['config', 'set', 'fx.USD', '1.05'],
      ['config', 'set', 'aging.basis', 'due', '--date', '2026-11-01'],
    ]) {
      const r = await runAr(args, { db: file });
      expect([args.join(' '), r.code]).toEqual([args.join(' '), 2]);
    }
    expect(JSON.parse((await runAr(['rates', '--json'], { db: file })).stdout).rates).toEqual([]);
  });

  it('rates import reads English or Chinese headers; a bad row stops it with the row named', async () => {
    const file = freshCopy();
    const dir = tempDir();
    const good = path.join(dir, 'rates.csv');
    fs.writeFileSync(good, '\ufeff币种,汇率,日期\nEUR,1.04,2026-10-01\ncny,0.1405,2026-11-01\n');
    const r = await runAr(['rates', 'import', good], { db: file });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 rates imported from rates.csv');
    expect(JSON.parse((await runAr(['rates', '--json'], { db: file })).stdout).rates).toHaveLength(2);
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, 'currency,rate,date\nGBP,1.27,2026-11-01\nEUR,abc,2026-11-01\n');
    const b = await runAr(['rates', 'import', bad], { db: file });
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('bad.csv:3: the rate "abc" is not a positive decimal');
    expect(JSON.parse((await runAr(['rates', '--json'], { db: file })).stdout).rates).toHaveLength(2);
  });

  it('the amount factor reads the converted amount; --explain shows the rate and its date', async () => {
    const file = freshCopy();
    const before = JSON.parse((await runAr(['queue', '--json', '--limit', '0'], { db: file })).stdout) as Entry[];
    const cny = before.filter((e) => e.currency === 'CNY');
    expect(cny.length).toBeGreaterThan(0);
    for (const e of cny) expect(amountOf(e).fx).toEqual({ currency: 'CNY', base: 'USD', missing: true });
    expect((await runAr(['config', 'set', 'fx.CNY', '0.1405', '--date', '2026-11-01'], { db: file })).code).toBe(0);
    const after = JSON.parse((await runAr(['queue', '--json', '--limit', '0'], { db: file })).stdout) as Entry[];
    for (const e of cny) {
      const now = after.find((x) => x.customer.code === e.customer.code && x.currency === 'CNY')!;
      // CNY amounts scored on USD ranges at 0.1405: about a seventh of the points-worthy size.
      expect(amountOf(now).points).toBeLessThan(amountOf(e).points);
      expect(amountOf(now).fx).toMatchObject({ currency: 'CNY', base: 'USD', rate: '0.1405', date: '2026-11-01' });
    }
    const text = (await runAr(['queue', '--explain'], { db: file })).stdout;
    expect(text).toContain('CNY at 0.1405 of 1 Nov 2026 = USD');
  });

  it('a currency without a rate is said once, not on every line', async () => {
    const out = (await runAr(['queue'], { db })).stdout;
    expect(out.match(/No exchange rate into USD/g)).toHaveLength(1);
    expect(out).toContain('CNY and EUR');
    const zh = (await runAr(['queue', '--lang', 'zh'], { db })).stdout;
    for (const line of zh.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });
});

describe('ar queue --csv for Excel', () => {
  it('a BOM, headers and codes as words in the chosen language, formulas defused, numbers kept', async () => {
    const file = freshCopy();
    const sql = new Database(file);
    sql.prepare(`UPDATE customers SET name = '=HYPERLINK("http://x")' WHERE code = 'C001'`).run();
    sql.close();
    const r = await runAr(['queue', '--csv', '--lang', 'zh'], { db: file });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('\ufeff序号,客户编码,客户名称,类型,信用等级,币种,逾期金额,可催收金额,逾期天数,得分,原因,下一步,下一步日期,联系人,电话');
    expect(lines[1]).toContain(`'=HYPERLINK(""http://x"")`);
    expect(lines[1]).toContain(',恶意拖欠型,C,USD,7550.50,7550.50,108,');
    expect(r.stdout).not.toMatch(/,delayer,|,step-due|\u2212/);
  });
});
