// `ar demo` and the daily screens on the demo book, as a new user sees them. AR_TODAY is the book's
// anchor date (2026-11-30), so no dates shift and the output is stable.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAr, runBin, scrub, tempDir } from './run-ar.js';
import { displayWidth } from '../../src/view/width.js';

let dir: string;
let db: string;
let demoOut: string;

beforeAll(async () => {
  dir = tempDir('ar-demo-');
  db = path.join(dir, 'demo.db');
  // The real binary: the demo's closing hints name how it was invoked (`node bin/ar.js`).
  const r = runBin(['demo', '--db', db]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  demoOut = scrub(r.stdout, dir);
});

describe('ar demo', () => {
  it('builds the book and ends with today’s queue (golden)', async () => {
    await expect(demoOut).toMatchFileSnapshot('golden/demo.en.txt');
    expect(demoOut.replace(/\s+/g, ' ')).toContain('30 customers, 729 invoices and credit notes, 503 payments');
  });

  it('holds the book’s open balances per currency, to the cent', async () => {
    const j = JSON.parse((await runAr(['status', '--json'], { db })).stdout);
    expect(j.open).toMatchObject([
      { currency: 'CNY', items: 109, openMinor: 471555525, overdueMinor: 224423169, disputedMinor: 16335167, collectibleMinor: 208088002 },
      { currency: 'EUR', items: 10, openMinor: 9299120 },
      { currency: 'USD', items: 31, openMinor: 20720178 },
    ]);
    expect(j).toMatchObject({ customers: 30, contacts: 68, promises: 8, disputes: 6, activities: 67 });
  });

  it('refuses to build into a ledger that already holds customers, and leaves it alone', async () => {
    const before = fs.readFileSync(db);
    const r = await runAr(['demo', '--db', db]);
    expect(r.code).toBe(1);
    expect(scrub(r.stderr, dir).replace(/\s+/g, ' ')).toContain(
      'ar: error: the ledger <TMP>/demo.db already holds 30 customers; the demo builds only into a new or empty ledger',
    );
    expect(fs.readFileSync(db).equals(before)).toBe(true);
  });

  it('with AR_DB exported (no --db) naming a ledger that holds customers: builds in a temp folder and says so', async () => {
    const before = fs.readFileSync(db);
    const r = await runAr(['demo', '--json'], { db });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.ignoredEnvDb).toBe(db);
    expect(j.db).not.toBe(db);
    expect(fs.existsSync(j.db)).toBe(true);
    expect(scrub(r.stderr, dir).replace(/\s+/g, ' ')).toContain(
      'AR_DB names <TMP>/demo.db, which already holds 30 customers: the demo leaves it alone and builds in a temp folder.',
    );
    expect(fs.readFileSync(db).equals(before)).toBe(true);
    const zh = await runAr(['demo', '--lang', 'zh'], { db });
    expect(zh.code).toBe(0);
    expect(scrub(zh.stderr, dir).replace(/\s+/g, '')).toContain('AR_DB指向的<TMP>/demo.db已有30个客户：演示不动该账本，改在临时文件夹中建立。');
  });

  it('with AR_DB naming a new ledger: builds the book there', async () => {
    const fresh = path.join(tempDir(), 'fresh.db');
    const r = await runAr(['demo', '--json'], { db: fresh });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ db: fresh, ignoredEnvDb: null });
    expect(JSON.parse((await runAr(['status', '--json'], { db: fresh })).stdout).customers).toBe(30);
  });

  it('the commands it suggests keep --lang zh when it was given, and every line fits 80 columns', async () => {
    const zh = await runAr(['demo', '--lang', 'zh', '--db', path.join(tempDir(), 'z.db')]);
    const hints = zh.stdout.split('用这个账本试一试：')[1].trim().split('\n');
    expect(hints.length).toBe(5);
    expect(hints[0]).toMatch(/^export AR_DB=/);
    for (const h of hints.slice(1)) expect(h).toMatch(/ --lang zh$/);
    // AR_LANG=zh already gives Chinese: no flag needed on the hints.
    const env = await runAr(['demo', '--db', path.join(tempDir(), 'e.db')], { env: { AR_LANG: 'zh' } });
    expect(env.stdout).not.toContain('--lang');
    for (const l of zh.stdout.split('\n')) expect(displayWidth(l)).toBeLessThanOrEqual(80);
    expect(zh.stdout).toContain('虚构的经销商「上海华信工业品有限公司」：30 个客户、729 张发票及红字发票、503 笔\n收款');
  });

  it('without --db builds in a temp folder, never the user’s ledger', async () => {
    const home = tempDir();
    // Through the binary: in-process, os.homedir() (src/paths.ts) ignores the HOME given to run().
    const r = runBin(['demo', '--json'], { env: { HOME: home, XDG_DATA_HOME: '' } });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.db).not.toContain(home);
    expect(fs.existsSync(path.join(home, '.local', 'share', 'huikuan', 'ledger.db'))).toBe(false);
    expect(j).toMatchObject({ asOf: '2026-11-30', shiftedDays: 0, promises: 8, disputes: 6, activities: 67, letters: 12 });
  });

  it('shifts the book to the clock’s today, so it always looks current', async () => {
    const r = await runAr(['demo', '--json', '--db', path.join(tempDir(), 'd.db')], { env: { AR_TODAY: '2027-03-01' } });
    const j = JSON.parse(r.stdout);
    expect(j.shiftedDays).toBe(91);
    // The same worklist, for the same reasons, with the same scores: nothing depends on the calendar.
    type E = { customer: { code: string }; score: number; reasons: string[]; daysPastDue: number };
    const shape = (list: E[]) => list.map((e) => [e.customer.code, e.score, e.reasons.join(','), e.daysPastDue]);
    const q = JSON.parse((await runAr(['queue', '--json', '--limit', '0'], { db: j.db, env: { AR_TODAY: '2027-03-01' } })).stdout);
    const base = JSON.parse((await runAr(['queue', '--json', '--limit', '0'], { db })).stdout);
    expect(shape(q)).toEqual(shape(base));
  });
});

describe('the daily screens on the demo book', () => {
  it('queue, in Chinese (golden)', async () => {
    const r = await runAr(['queue', '--lang', 'zh'], { db });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('golden/demo.queue.zh.txt');
  });

  it('queue --explain (golden): every score adds up from its parts', async () => {
    const r = await runAr(['queue', '--explain', '--limit', '10'], { db });
    await expect(r.stdout).toMatchFileSnapshot('golden/demo.queue.explain.en.txt');
    const j = JSON.parse((await runAr(['queue', '--json', '--limit', '0'], { db })).stdout);
    for (const e of j) expect(e.factors.reduce((a: number, f: { points: number }) => a + f.points, 0)).toBe(e.score);
  });

  it('aging (golden), totals equal the open balance per currency', async () => {
    const r = await runAr(['aging'], { db });
    await expect(r.stdout).toMatchFileSnapshot('golden/demo.aging.en.txt');
    const j = JSON.parse((await runAr(['aging', '--json'], { db })).stdout);
    for (const t of j.totals) expect(Object.values(t.byBucket as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(t.openMinor);
  });

  it('account C0001 in English and 恒达 by part of its name in Chinese (golden)', async () => {
    await expect(scrub((await runAr(['account', 'C0001'], { db })).stdout, dir)).toMatchFileSnapshot('golden/demo.account.C0001.en.txt');
    await expect(scrub((await runAr(['account', '恒达', '--lang', 'zh'], { db })).stdout, dir)).toMatchFileSnapshot('golden/demo.account.C0002.zh.txt');
  });
});
