// `ar config set` checks each value against the settings schema before storing it; settings stored
// badly (an older ledger, a hand edit) are reported by every command that reads them.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAr, tempDir } from './run-ar.js';
import { buildQueueLedger } from './queue-fixture.js';

let db: string;
beforeAll(() => {
  db = buildQueueLedger().db;
});

function freshCopy(): string {
  const copy = path.join(tempDir(), 'l.db');
  fs.copyFileSync(db, copy);
  return copy;
}

const stored = (file: string) => {
  const sql = new Database(file, { readonly: true });
  const rows = sql.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  sql.close();
  return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value)]));
};

describe('ar config set refuses what a setting does not take (exit 2, nothing stored)', () => {
  it.each([
    ['aging.buckets', '[30,20]', 'setting aging.buckets takes strictly ascending bucket bounds', '(30, 20 do not ascend)'],
    ['aging.buckets', '30,,60', 'setting aging.buckets takes strictly ascending bucket bounds', '("" is not a bound)'],
    ['weights.amount', '-5', 'setting weights.amount takes a number ≥ 0, not -5', ''],
    ['weights.amount', 'abc', 'setting weights.amount takes a number ≥ 0, not "abc"', ''],
    ['policy.min_gap_days', '-1', 'setting policy.min_gap_days takes a whole number of days ≥ 0, not -1', ''],
    ['language', 'fr', 'setting language takes en, zh, or "" (follow --lang, AR_LANG and the locale), not fr', ''],
    ['default_currency', 'XYZ', 'setting default_currency takes a three-letter ISO 4217 currency code such as CNY, USD or EUR, not XYZ', ''],
    ['policy.min_gap_days', '2.5', 'setting policy.min_gap_days takes a whole number of days ≥ 0, not 2.5', ''],
    [
      'policy.ladder.1.day',
      '50',
      'setting policy.ladder takes a list of steps',
      'not policy.ladder.1.day = 50 (the days do not ascend: day 15 (step 2) after day 50)',
    ],
  ])('%s %s', async (key, value, message, why) => {
    const file = freshCopy();
    const before = stored(file);
    const r = await runAr(['config', 'set', key, value], { db: file });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const [error, hint] = r.stderr.split('\n');
    expect(error).toContain(`ar: error: ${message}`);
    expect(error).toContain(why);
    expect(hint).toMatch(new RegExp(`^hint: .*\`ar config unset ${key.replace(/\.\d.*$/, '').replace(/\./g, '\\.')}\``));
    expect(stored(file)).toEqual(before);
  });

  it('the hint gives the default as an example', async () => {
    const r = await runAr(['config', 'set', 'weights.amount', '-5'], { db: freshCopy() });
    expect(r.stderr).toBe(
      'ar: error: setting weights.amount takes a number ≥ 0, not -5\nhint: e.g. `ar config set weights.amount 35` (the default); `ar config unset weights.amount` returns to it\n',
    );
    const zh = await runAr(['config', 'set', 'weights.amount', '-5', '--lang', 'zh'], { db: freshCopy() });
    expect(zh.stderr).toMatch(
      /^ar: 错误: 设置项 weights\.amount 应为.*，而不是 -5\n提示: 例如 `ar config set weights\.amount 35`（默认值）；`ar config unset weights\.amount` 恢复默认值\n$/,
    );
  });

  it('takes good values: a currency in any case (stored upper case), buckets as on --buckets, a step of the ladder', async () => {
    const file = freshCopy();
    expect((await runAr(['config', 'set', 'default_currency', 'usd'], { db: file })).stdout).toBe('default_currency = USD\n');
    expect((await runAr(['config', 'set', 'aging.buckets', '30,60,90'], { db: file })).stdout).toBe('aging.buckets = [30,60,90]\n');
    expect((await runAr(['config', 'set', 'aging.buckets', '[30,"6m","1y"]'], { db: file })).code).toBe(0);
    expect((await runAr(['config', 'set', 'policy.ladder.1.day', '3'], { db: file })).code).toBe(0);
    expect((await runAr(['config', 'set', 'policy.first_step_max', '4'], { db: file })).code).toBe(0);
    const s = stored(file);
    expect(s.default_currency).toBe('USD');
    expect(s.aging.buckets).toEqual([30, '6m', '1y']);
    expect(s.policy.ladder).toHaveLength(6);
    expect(s.policy.ladder[1]).toEqual({ step: 1, key: 'reminder', day: 3, channel: 'call+email', template: 'reminder', deadline_days: 7, interest: false });
    expect(s.policy.first_step_max).toBe(4);
    // and the list goes back to its default element by element
    expect((await runAr(['config', 'unset', 'policy.ladder.1.day'], { db: file })).code).toBe(0);
    expect(stored(file).policy.ladder[1].day).toBe(1);
    expect((await runAr(['queue'], { db: file })).code).toBe(0);
  });
});

describe('settings stored badly', () => {
  function badLedger(): string {
    const file = freshCopy();
    const sql = new Database(file);
    const put = sql.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)');
    put.run('aging', JSON.stringify({ buckets: [30, 20] }));
    put.run('policy', JSON.stringify({ min_gap_days: -1 }));
    sql.close();
    return file;
  }

  it('are a clear error in every command that reads them — never an internal error, never blaming a flag', async () => {
    const file = badLedger();
    for (const args of [['queue'], ['aging'], ['account', 'C001'], ['queue', '--json'], ['aging', '--chart']]) {
      const r = await runAr(args, { db: file });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        'ar: error: the setting aging.buckets stored in this ledger is [30,20], which is not valid: 30, 20 do not ascend; ' +
          'it takes strictly ascending bucket bounds — whole days ≥ 1, or months/years such as "6m", "1y" — e.g. [30,60,90] (also not valid: policy.min_gap_days)\n' +
          'hint: fix it with `ar config set aging.buckets VALUE`, or go back to the default ([30,60,90,180,365]) with `ar config unset aging.buckets`\n',
      );
    }
    const zh = await runAr(['queue', '--lang', 'zh'], { db: file });
    expect(zh.stderr).toMatch(/^ar: 错误: 账本中保存的设置项 aging\.buckets 为 \[30,20\]，取值无效：30、20 没有逐个递增；/);
  });

  it('can be seen with `ar config list` and put right one at a time', async () => {
    const file = badLedger();
    const list = JSON.parse((await runAr(['config', 'list', '--json'], { db: file })).stdout) as { key: string; source: string }[];
    expect(list.filter((x) => x.source === 'invalid').map((x) => x.key)).toEqual(['aging.buckets', 'policy.min_gap_days']);
    expect((await runAr(['config', 'get', 'policy.min_gap_days'], { db: file })).stdout).toBe('-1\n');
    // setting one key is not blocked by the other bad one
    expect((await runAr(['config', 'set', 'aging.buckets', '30,60,90'], { db: file })).code).toBe(0);
    const still = await runAr(['aging'], { db: file });
    expect(still.code).toBe(1);
    expect(still.stderr).toContain('the setting policy.min_gap_days stored in this ledger is -1');
    expect((await runAr(['config', 'unset', 'policy.min_gap_days'], { db: file })).code).toBe(0);
    expect((await runAr(['aging'], { db: file })).code).toBe(0);
  });
});

describe('ar profiles list', () => {
  it("describes the built-in profiles in the reader's language", async () => {
    const env = { AR_CONFIG_DIR: tempDir() };
    const en = await runAr(['profiles', 'list', '--lang', 'en'], { db: freshCopy(), env });
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('QuickBooks Online A/R Aging Detail');
    const zh = await runAr(['profiles', 'list', '--lang', 'zh'], { db: freshCopy(), env });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('QuickBooks Online 应收账龄明细');
    expect(zh.stdout).not.toContain('QuickBooks Online A/R Aging Detail');
  });
});

describe('a retired setting (limitation.years)', () => {
  it('is refused by `config set` with the reason, ignored when an older ledger stored it, and can be removed', async () => {
    const file = freshCopy();
    const set = await runAr(['config', 'set', 'limitation.years', '2'], { db: file });
    expect(set.code).toBe(2);
    expect(set.stderr).toContain('ar: error: setting limitation.years no longer exists: the limitation period follows each customer’s jurisdiction');
    const zh = await runAr(['config', 'set', 'limitation.years', '2', '--lang', 'zh'], { db: file });
    expect(zh.stderr).toContain('设置项 limitation.years 已停用：诉讼时效期间按每个客户所在的法域确定');
    // An older ledger that stored it: every command still works, and the list does not show it.
    const sql = new Database(file);
    sql.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run('limitation', JSON.stringify({ years: 2, warn_days: [60, 30] }));
    sql.close();
    expect((await runAr(['queue'], { db: file })).code).toBe(0);
    const list = JSON.parse((await runAr(['config', 'list', '--json'], { db: file })).stdout) as { key: string; value: unknown }[];
    expect(list.length).toBeGreaterThan(0);
    expect(list.map((x) => x.key)).not.toContain('limitation.years');
    expect(list.find((x) => x.key === 'limitation.warn_days')?.value).toEqual([60, 30]);
    expect((await runAr(['config', 'unset', 'limitation.years'], { db: file })).code).toBe(0);
    expect(stored(file).limitation).toEqual({ warn_days: [60, 30] });
  });
});
