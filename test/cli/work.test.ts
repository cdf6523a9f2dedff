// The collector's working day on the command line: `ar log` (promises, plans, disputes, evidence),
// `ar promises`, `ar disputes`, `ar customers`, `ar customer` (profile, set, --explain), `ar contacts`,
// and how what is recorded changes the queue. A small ledger (test/cli/queue-fixture.ts), AR_TODAY
// 2026-11-30, no terminal.
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/view/width.js';
import { buildQueueLedger } from './queue-fixture.js';
import { runAr } from './run-ar.js';

let db: string;
beforeEach(() => {
  db = buildQueueLedger().db;
});
const ar = (...args: string[]) => runAr(args, { db });
const json = async (...args: string[]) => {
  const r = await ar(...args, '--json');
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
};
const queueEntry = async (code: string, asOf?: string) =>
  (await json('queue', '--limit', '0', ...(asOf ? ['--as-of', asOf] : []))).find((e: { customer: { code: string } }) => e.customer.code === code);
const rows = (sql: string) => {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).all();
  } finally {
    d.close();
  }
};
const fits = (text: string) => {
  const lines = text.split('\n');
  expect(lines.length).toBeGreaterThan(1);
  for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(80);
};

describe('ar log', () => {
  it('a promise for part of the overdue amount leaves the rest on the queue; one for all of it takes the account off', async () => {
    expect(await queueEntry('C004')).toMatchObject({ overdueMinor: 98_000 });
    const r = await ar('log', 'C004', '--promise', '100@2026-12-05', '--contact', 'Accounts team');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('logged: reached, promised\npromises recorded: 1\n');
    expect(await queueEntry('C004')).toMatchObject({ overdueMinor: 98_000 });
    expect((await ar('log', 'C004', '--promise', '880@2026-12-05')).code).toBe(0);
    expect(await queueEntry('C004')).toBeUndefined();
  });

  it('a promise is kept by a payment before its date, broken when nothing came by then', async () => {
    await ar('log', 'C004', '--promise', '980@2026-12-05', '--method', 'wire', '--payer', 'Blue Harbor Holdings');
    expect(rows(`SELECT method, payer FROM promises WHERE customer_id = 4`)).toEqual([{ method: 'wire', payer: 'Blue Harbor Holdings' }]);
    const status = async (asOf: string) => (await json('promises', '--customer', 'C004', '--as-of', asOf))[0].status;
    expect(await status('2026-12-05')).toBe('pending');
    expect(await status('2026-12-06')).toBe('broken');
    const d = new Database(db);
    d.exec(
      `INSERT INTO payments (customer_id, reference, received_date, currency, amount_minor, created_at) VALUES (4, 'FT-1203', '2026-12-03', 'USD', 98000, '2026-12-03')`,
    );
    d.close();
    expect(await status('2026-12-06')).toBe('kept');
  });

  it('--plan 3x30 splits the overdue amount exactly into three instalments; --evidence restarts the limitation clock', async () => {
    const r = await ar('log', 'C001', '--outcome', 'reached-promise', '--plan', '3x30', '--evidence', 'signed repayment plan, scanned');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('plan of 3 instalments recorded, the first due 2026-12-30');
    const plan = await json('promises', '--customer', 'C001', '--status', 'pending');
    expect(plan.map((p: { amountMinor: number }) => p.amountMinor)).toEqual([251_684, 251_683, 251_683]);
    expect(plan.map((p: { dueDate: string }) => p.dueDate)).toEqual(['2026-12-30', '2027-01-29', '2027-02-28']);
    expect(plan.map((p: { plan: { instalment: number; of: number } }) => p.plan)).toEqual(
      [1, 2, 3].map((n) => expect.objectContaining({ instalment: n, of: 3 })),
    );
    expect(rows(`SELECT kind, at, evidence FROM limitation_events`)).toEqual([{ kind: 'plan', at: '2026-11-30', evidence: 'signed repayment plan, scanned' }]);
  });

  it('--dispute takes the amount out of what is collectible until it is resolved', async () => {
    expect(await queueEntry('C002')).toMatchObject({ overdueMinor: 1_200_000, disputedMinor: 0, collectibleMinor: 1_200_000 });
    const r = await ar('log', 'C002', '--dispute', 'INV-1002:price:4000', '--note', 'price list 2026 not applied');
    expect(r.stdout).toBe('logged: reached, dispute raised\ndisputes opened: 1\n');
    expect(await queueEntry('C002')).toMatchObject({ overdueMinor: 1_200_000, disputedMinor: 400_000, collectibleMinor: 800_000 });
    const list = await json('disputes');
    const mine = list.find((d: { invoice: string }) => d.invoice === 'INV-1002');
    expect(mine).toMatchObject({ customer: { code: 'C002', name: 'Nusa Group' }, amountMinor: 400_000, currency: 'USD', reason: 'price', status: 'open' });
    expect((await ar('disputes', 'resolve', String(mine.id), '--note', 'credit note issued')).stdout).toBe(`dispute ${mine.id} resolved\n`);
    expect(await queueEntry('C002')).toMatchObject({ overdueMinor: 1_200_000, disputedMinor: 0, collectibleMinor: 1_200_000 });
    expect((await ar('disputes', 'cancel', String(mine.id))).code).toBe(1);
  });

  it('refuses what cannot be right, and writes nothing', async () => {
    const before = rows('SELECT count(*) AS n FROM activities');
    const bad = await ar('log', 'C002', '--outcome', 'reached-maybe');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"reached-maybe" is not an outcome');
    expect(bad.stderr).toContain('visited-signed');
    const noInvoice = await ar('log', 'C002', '--dispute', 'INV-9999:quality', '--outcome', 'reached-dispute');
    expect(noInvoice.code).toBe(1);
    expect(noInvoice.stderr).toContain('no open invoice INV-9999 for this customer');
    expect((await ar('log', 'C002', '--promise', '100@2026-11-01')).code).toBe(1);
    expect((await ar('log', 'C002', '--promise', 'EUR 100@2026-12-01')).stderr).toContain('another currency than the account (USD)');
    expect((await ar('log', 'C002', '--plan', '3 monthly')).code).toBe(2);
    expect((await ar('log', 'C002')).stderr).toContain('nothing to log');
    expect(rows('SELECT count(*) AS n FROM activities')).toEqual(before);
  });

  it('a visit outcome is logged like a call, on the visit channel, and Chinese output says so', async () => {
    const r = await runAr(['log', 'C005', '--outcome', 'visited-signed', '--evidence', '对账单已盖章', '--lang', 'zh'], { db });
    expect(r.stdout).toBe('已登记：上门，已签对账单或还款计划\n已登记书面凭证：诉讼时效自今日重新起算\n');
    expect(rows(`SELECT channel, outcome, evidence FROM activities WHERE customer_id = 5 ORDER BY id DESC LIMIT 1`)).toEqual([
      { channel: 'visit', outcome: 'visited-signed', evidence: '对账单已盖章' },
    ]);
    expect(rows(`SELECT kind FROM limitation_events`)).toEqual([{ kind: 'statement-signed' }]);
  });
});

describe('ar promises and ar disputes', () => {
  it('lists promises with their status as of today (golden, both languages), JSON with stable fields', async () => {
    await ar('log', 'C009', '--plan', '2x14@2026-12-07', '--plan-total', '3000');
    for (const lang of ['en', 'zh']) {
      const r = await ar('promises', '--lang', lang);
      fits(r.stdout);
      await expect(r.stdout).toMatchFileSnapshot(`golden/promises.${lang}.txt`);
    }
    const j = await json('promises', '--lang', 'zh');
    expect(j.length).toBeGreaterThan(0);
    for (const p of j) expect(Object.keys(p)).toEqual(expect.arrayContaining(['id', 'customer', 'amountMinor', 'currency', 'dueDate', 'status']));
    expect(j.map((p: { status: string }) => p.status)).toEqual(['kept', 'broken', 'pending', 'pending', 'pending']);
    expect(await json('promises', '--status', 'broken')).toHaveLength(1);
    expect((await ar('promises', '--status', 'late')).code).toBe(2);
  });

  it('cancels a pending promise, not a decided one', async () => {
    const j = await json('promises');
    const pending = j.find((p: { status: string }) => p.status === 'pending');
    const broken = j.find((p: { status: string }) => p.status === 'broken');
    expect((await ar('promises', 'cancel', String(pending.id), '--note', 'paid by cheque')).stdout).toBe(`promise ${pending.id} cancelled\n`);
    const no = await ar('promises', 'cancel', String(broken.id));
    expect(no.code).toBe(1);
    expect(no.stderr).toContain(`promise ${broken.id} is broken, not pending`);
  });

  it('lists the open disputes (golden, both languages)', async () => {
    for (const lang of ['en', 'zh']) {
      const r = await ar('disputes', '--lang', lang);
      fits(r.stdout);
      await expect(r.stdout).toMatchFileSnapshot(`golden/disputes.${lang}.txt`);
    }
    const opened = await ar('disputes', 'open', 'C004', '--invoice', 'INV-1004', '--reason', 'documents', '--amount', '80');
    expect(opened.stdout).toMatch(/^dispute \d+ opened: INV-1004 USD 80\.00 \(documents\)\n$/);
    expect((await json('disputes', '--all')).length).toBe(3);
  });
});

describe('customers, profile, contacts', () => {
  it('lists and filters customers; set changes the profile; the type filter sees it', async () => {
    expect((await json('customers')).length).toBe(12);
    expect((await json('customers', '--type', 'dispute')).map((c: { code: string }) => c.code)).toEqual(['C007', 'C008']);
    expect((await json('customers', '--grade', 'a', '--collector', 'maria lopez')).map((c: { code: string }) => c.code)).toEqual(['C004', 'C011']);
    expect((await ar('customers', '--type', 'nice')).code).toBe(2);
    // Every customer of this ledger has a type; none is unclassified (未分类).
    expect(await json('customers', '--unclassified')).toEqual([]);
    expect((await ar('customer', 'C009', 'set', '--no-strategic')).stdout).toBe('C009 updated: --strategic\n');
    expect((await json('customers')).find((c: { code: string }) => c.code === 'C009').strategic).toBe(false);
    const set = await ar(
      'customer',
      'C003',
      'set',
      '--type',
      'process',
      '--payment-run',
      '25th monthly',
      '--approval-chain',
      'AP → owner',
      '--jurisdiction',
      'us-ny',
      '--credit-limit',
      '5,000',
    );
    expect(set.stdout).toBe('C003 updated: --type, --jurisdiction, --credit-limit, --payment-run, --approval-chain\n');
    expect((await ar('customer', 'C003', 'set', '--type', 'process')).stdout).toBe('C003: nothing changed\n');
    expect((await json('customers', '--type', 'process')).map((c: { code: string }) => c.code)).toContain('C003');
    expect((await json('customer', 'C003')).customer).toMatchObject({ paymentRunDays: '25th monthly', jurisdiction: 'US-NY', creditLimitMinor: 500_000 });
    expect((await ar('customer', 'C003', 'set', '--language', 'fr')).code).toBe(2);
    expect((await ar('customer', 'C003', 'set')).code).toBe(2);
    expect((await ar('customer', 'C003', 'delete')).code).toBe(2);
  });

  it('the profile shows the assessment and the suggested type; --explain the evidence (golden, both languages)', async () => {
    for (const lang of ['en', 'zh']) {
      const r = await ar('customer', 'C001', '--explain', '--lang', lang);
      fits(r.stdout);
      await expect(r.stdout).toMatchFileSnapshot(`golden/customer.C001.${lang}.txt`);
    }
    expect((await json('customer', 'C001')).assessment.suggestions).toEqual([]);
    // A second promise broken: the history now points to a deliberate delayer, with the count as evidence.
    await ar('log', 'C001', '--promise', '1000@2026-12-01');
    const j = await json('customer', 'C001', '--as-of', '2026-12-02');
    expect(j.assessment.suggestions[0]).toMatchObject({ type: 'delayer', evidence: [{ code: 'promises-broken', params: { broken: 2, decided: 3 } }] });
    expect(j.customer.type).toBe('delayer'); // suggested, never set by the tool
  });

  it('contacts: add with a role, refuse a second of the same name, edit moves the primary flag', async () => {
    const add = await ar('contacts', 'add', 'C001', 'Dana Wu', '--role', 'finance-manager', '--mobile', '555-0177');
    expect(add.stdout).toBe('contact Dana Wu added to C001\n');
    expect((await ar('contacts', 'add', 'C001', 'Dana Wu')).code).toBe(1);
    expect((await ar('contacts', 'edit', 'C001', 'Nobody')).code).toBe(1);
    expect((await ar('contacts', 'add', 'C001', 'X', '--role', 'boss')).code).toBe(2);
    expect((await ar('contacts', 'edit', 'C001', 'Dana Wu', '--primary')).stdout).toBe('contact Dana Wu of C001 changed\n');
    const list = await json('contacts', 'list', 'C001');
    expect(list.filter((c: { isPrimary: boolean }) => c.isPrimary).map((c: { name: string }) => c.name)).toEqual(['Dana Wu']);
    const zh = await ar('contacts', 'list', 'C005', '--lang', 'zh');
    await expect(zh.stdout).toMatchFileSnapshot('golden/contacts.C005.zh.txt');
  });
});
