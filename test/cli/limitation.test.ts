// The limitation clock as a collector meets it: the ledger's default jurisdiction (`ar init`,
// `ar config`), a customer's own, "not set" instead of another country's date, and what last
// restarted the clock — on `ar account` and `ar queue`, in both languages. AR_TODAY 2026-11-30.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAr, tempDir } from './run-ar.js';
import { buildQueueLedger } from './queue-fixture.js';
import { displayWidth } from '../../src/view/width.js';
import { openStore } from '../../src/store/index.js';

let fixture: string;
beforeAll(() => {
  fixture = buildQueueLedger().db; // ledger default: CN
});

function copy(): string {
  const file = path.join(tempDir(), 'l.db');
  fs.copyFileSync(fixture, file);
  return file;
}

function sql(file: string, text: string, params: unknown[] = []): void {
  const db = new Database(file);
  db.prepare(text).run(...params);
  db.close();
}

const fits = (out: string) => {
  const lines = out.split('\n');
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
};

describe('limitation by jurisdiction', () => {
  it('the ledger default gives the date, the rule and the article; a Chinese due date counts to the same day', async () => {
    const r = await runAr(['account', 'C001'], { db: fixture });
    expect(r.code).toBe(0);
    // INV-1001 fell due 14 Aug 2026: three years to 14 Aug 2029 (not the 15th).
    expect(r.stdout).toContain('runs to 14 Aug 2029');
    expect(r.stdout).toContain('China: Civil Code Art. 188, 3 years');
    const j = JSON.parse((await runAr(['account', 'C001', '--json'], { db: fixture })).stdout);
    expect(j.scores[0].limitation).toMatchObject({
      jurisdiction: 'CN',
      deadline: '2029-08-14',
      rule: { law: 'cn-civil-code', article: '188', years: 3, basis: 'period' },
      since: { kind: 'default' },
      invoice: 'INV-1001',
    });
  });

  it("a customer's own jurisdiction wins over the default: a Texas customer gets Texas law, not China's", async () => {
    const db = copy();
    sql(db, "UPDATE customers SET jurisdiction = 'US-TX' WHERE code = 'C001'");
    const r = await runAr(['account', 'C001'], { db });
    expect(r.stdout).toContain('runs to 14 Aug 2030');
    expect(r.stdout).toContain('Texas: Tex. Civ. Prac. & Rem. Code § 16.004, 4 years');
    expect(r.stdout).not.toContain('China');
    fits(r.stdout);
    const zh = await runAr(['account', 'C001', '--lang', 'zh'], { db });
    expect(zh.stdout).toContain('美国得州：得州《民事诉讼与救济法》第16.004条，时效4年');
    fits(zh.stdout);
  });

  it('with no jurisdiction anywhere: "jurisdiction not set" and no date, and the queue gives no limitation warning', async () => {
    const db = copy();
    expect((await runAr(['config', 'unset', 'limitation.jurisdiction'], { db })).code).toBe(0);
    const r = await runAr(['account', 'C010'], { db });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('jurisdiction not set: no date shown');
    expect(r.stdout).toContain('`ar config set limitation.jurisdiction CODE`');
    expect(r.stdout).not.toMatch(/runs to|EXPIRED/);
    const zh = await runAr(['account', 'C010', '--lang', 'zh'], { db });
    expect(zh.stdout).toContain('未设置适用法域：不显示诉讼时效届满日');
    fits(zh.stdout);
    const q = JSON.parse((await runAr(['queue', '--json'], { db })).stdout);
    const c010 = q.find((a: { customer: { code: string } }) => a.customer.code === 'C010');
    // Still on the list (its ladder is complete), but with no date and no limitation warning.
    expect(c010.limitation).toMatchObject({ jurisdiction: null, deadline: null });
    expect(c010.reasons.map((x: { code: string }) => x.code)).not.toContain('limitation-warning');
  });

  it('the queue warns within the warning window (C010: 20 days left under Chinese law)', async () => {
    const q = JSON.parse((await runAr(['queue', '--json'], { db: fixture })).stdout);
    const c010 = q.find((a: { customer: { code: string } }) => a.customer.code === 'C010');
    expect(c010.reasons.find((x: { code: string }) => x.code === 'limitation-warning')).toMatchObject({ params: { daysLeft: 20 } });
    expect(c010.limitation).toMatchObject({ jurisdiction: 'CN', daysLeft: 20, level: 30 });
  });

  it('a recorded event with its evidence restarts the clock, and the account says what, when and the proof', async () => {
    const db = copy();
    const store = await openStore(db, { create: false });
    const c = (await store.customers.find('C010')).customer;
    if (!c) throw new Error('C010 missing');
    await store.transaction((tx) =>
      tx.limitation.add({ customerId: c.id, kind: 'statement-signed', at: '2026-11-20', evidence: 'signed statement, scan #88' }),
    );
    await store.close();
    const r = await runAr(['account', 'C010'], { db });
    expect(r.stdout).toContain('runs to 20 Nov 2029');
    // (The phrase wraps at 80 columns.)
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('last restarted by signed statement 20 Nov 2026 signed statement, scan #88');
    expect(r.stdout).toContain('China: Civil Code Art. 195, 3 years');
    fits(r.stdout);
    const q = JSON.parse((await runAr(['queue', '--json'], { db })).stdout);
    const c010 = q.find((a: { customer: { code: string } }) => a.customer.code === 'C010');
    expect(c010?.reasons.map((x: { code: string }) => x.code) ?? []).not.toContain('limitation-warning');
  });
});

describe('setting the jurisdiction', () => {
  it('`ar config set` takes a known code in any case and refuses an unknown one with the list', async () => {
    const db = copy();
    const ok = await runAr(['config', 'set', 'limitation.jurisdiction', 'us-ny'], { db });
    expect(ok.code).toBe(0);
    expect((await runAr(['config', 'get', 'limitation.jurisdiction'], { db })).stdout).toBe('US-NY\n');
    const bad = await runAr(['config', 'set', 'limitation.jurisdiction', 'Mars'], { db });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('CN, GB-EWS, DE, FR, SG, US-CA, US-NY, US-TX, US-FL, US-IL, US-PA');
    expect((await runAr(['config', 'get', 'limitation.jurisdiction'], { db })).stdout).toBe('US-NY\n');
  });

  it('`ar init --jurisdiction` sets the ledger default; an unknown code is refused before anything is written', async () => {
    const db = path.join(tempDir(), 'new.db');
    const bad = await runAr(['init', '--jurisdiction', 'XX'], { db });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown jurisdiction "XX"; known: CN, GB-EWS');
    expect(fs.existsSync(db)).toBe(false);
    const ok = await runAr(['init', '--jurisdiction', 'de', '--json'], { db });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).saved).toContain('limitation.jurisdiction');
    expect((await runAr(['config', 'get', 'limitation.jurisdiction'], { db })).stdout).toBe('DE\n');
  });
});
