// The worklist and the account screen say the same about every account: a large generated ledger
// (two thousand customers, several currencies, credit notes, holds, disputes, promises, letters and
// callbacks) and the demo book, each account on the queue checked against its account screen.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runAr, tempDir } from './run-ar.js';
import { openStore } from '../../src/store/index.js';
import { queueReport } from '../../src/reports/queue.js';
import { accountReport } from '../../src/reports/account.js';
import { displayWidth } from '../../src/view/width.js';

const TODAY = '2026-11-30';

/** A small deterministic generator (mulberry32), so a failure can be reproduced. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (daysFromToday: number) => new Date(Date.UTC(2026, 10, 30 + daysFromToday)).toISOString().slice(0, 10);

async function buildLargeLedger(customers: number): Promise<string> {
  const db = path.join(tempDir('ar-agree-'), 'ledger.db');
  const init = await runAr(['init', '--currency', 'USD'], { db });
  if (init.code !== 0) throw new Error(`ar init failed: ${init.stderr}`);
  const r = rng(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const sql = new Database(db);
  const ts = '2026-11-30T00:00:00Z';
  const customer =
    sql.prepare(`INSERT INTO customers (id, code, name, name_key, type, grade, strategic, language, currency, terms_days, collector, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, 'en', ?, ?, ?, '${ts}', '${ts}')`);
  const invoice =
    sql.prepare(`INSERT INTO invoices (customer_id, number, kind, issue_date, due_date, currency, total_minor, open_minor, status, hold_until, batch_id, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, NULL, '${ts}', '${ts}')`);
  const promise = sql.prepare(`INSERT INTO promises (customer_id, amount_minor, currency, due_date, status, created_at) VALUES (?, ?, ?, ?, 'pending', ?)`);
  const dispute = sql.prepare(
    `INSERT INTO disputes (customer_id, invoice_id, amount_minor, currency, reason, status, opened_at, created_at) VALUES (?, ?, ?, ?, 'quality', 'open', ?, '${ts}')`,
  );
  const letter = sql.prepare(
    `INSERT INTO letters (customer_id, step, language, template, reference_no, currency, total_minor, created_at, sent_at) VALUES (?, ?, 'en', ?, ?, ?, ?, ?, ?)`,
  );
  const activity = sql.prepare(
    `INSERT INTO activities (customer_id, at, channel, outcome, collector, next_action_at, created_at) VALUES (?, ?, 'call', 'reached-callback', 'A', ?, '${ts}')`,
  );
  let n = 0;
  sql.transaction(() => {
    for (let id = 1; id <= customers; id++) {
      const cur = pick(['USD', 'USD', 'CNY', 'EUR', 'JPY']);
      customer.run(
        id,
        `G${id}`,
        `Customer ${id}`,
        `customer ${id}`,
        pick(['oversight', 'process', 'dispute', 'cashflow', 'delayer', 'unreachable']),
        pick(['A', 'B', 'C']),
        r() < 0.1 ? 1 : 0,
        cur,
        pick([30, 45, 60, null]),
        pick(['A', 'B', null]),
      );
      const items = 1 + Math.floor(r() * 4);
      for (let k = 0; k < items; k++) {
        const c = r() < 0.15 ? pick(['USD', 'CNY']) : cur;
        const due = -Math.floor(r() * 900) + 40;
        const total = (1 + Math.floor(r() * 5000)) * 100;
        const credit = r() < 0.05;
        const hold = r() < 0.05 ? iso(10) : null;
        const info = invoice.run(
          id,
          `N${++n}`,
          credit ? 'credit_note' : 'invoice',
          iso(due - 30),
          r() < 0.05 ? null : iso(due),
          c,
          credit ? -total : total,
          credit ? -total : Math.floor(total * (r() < 0.2 ? 0.5 : 1)),
          hold,
        );
        if (!credit && r() < 0.08) dispute.run(id, Number(info.lastInsertRowid), Math.floor(total * pick([0.2, 1])), c, iso(-5));
      }
      if (r() < 0.15) promise.run(id, (1 + Math.floor(r() * 1000)) * 100, cur, iso(Math.floor(r() * 30) - 15), iso(-20));
      if (r() < 0.3)
        for (let s = 1; s <= 1 + Math.floor(r() * 5); s++) letter.run(id, s, `step${s}`, `HK-${id}-${s}`, cur, 100, iso(-200 + s * 20), iso(-200 + s * 20));
      if (r() < 0.05) activity.run(id, `${iso(-3)}T10:00`, iso(Math.floor(r() * 3) - 1));
    }
  })();
  sql.close();
  return db;
}

/** Every account on the queue against its account screen: open, overdue, disputed, held, step, score, reasons. */
async function expectAgreement(db: string, today: string): Promise<number> {
  const ledger = await openStore(db, { create: false });
  try {
    const q = await queueReport(ledger, today, { limit: 0 });
    expect(q.entries.length).toBeGreaterThan(0);
    const screens = new Map<number, Awaited<ReturnType<typeof accountReport>>>();
    for (const [i, e] of q.entries.entries()) {
      const id = q.accounts[i].customer.id;
      const v = screens.get(id) ?? (await accountReport(ledger, id, today));
      screens.set(id, v);
      const bal = v.balances.find((b) => b.currency === e.currency);
      const sc = v.scores.find((s) => s.currency === e.currency);
      const where = `${e.customer.code} ${e.currency}`;
      expect(bal, where).toBeDefined();
      expect([where, bal!.openMinor, bal!.overdueMinor, bal!.disputedMinor, bal!.onHoldMinor, bal!.collectibleMinor, bal!.daysPastDue]).toEqual([
        where,
        q.accounts[i].openMinor,
        e.overdueMinor,
        e.disputedMinor,
        e.onHoldMinor,
        e.collectibleMinor,
        e.daysPastDue,
      ]);
      expect([where, sc!.score, sc!.nextStep, sc!.reasons, sc!.hidden]).toEqual([where, e.score, e.nextStep, e.reasons, null]);
    }
    return q.entries.length;
  } finally {
    await ledger.close();
  }
}

type AgingJson = {
  buckets: { key: string }[];
  totals: { currency: string; openMinor: number; overdueMinor: number; disputedMinor: number; onHoldMinor: number; collectibleMinor: number }[];
  rows: {
    key: string;
    currency: string;
    openMinor: number;
    byBucket: Record<string, number>;
    overdueMinor: number;
    disputedMinor: number;
    onHoldMinor: number;
    collectibleMinor: number;
  }[];
};

/**
 * One meaning of overdue: for every customer and currency, aging's past-due buckets are the account
 * screen's overdue amount, and aging's disputed/held/collectible are the account's; status's totals
 * per currency are aging's. Returns how many accounts had something overdue.
 */
async function expectOverdueAgrees(db: string, today: string): Promise<number> {
  const aging = await runAr(['aging', '--json', '--by', 'customer'], { db, env: { AR_TODAY: today } });
  expect(aging.code).toBe(0);
  const a = JSON.parse(aging.stdout) as AgingJson;
  const status = await runAr(['status', '--json'], { db, env: { AR_TODAY: today } });
  const st = JSON.parse(status.stdout) as { open: AgingJson['totals'] };
  expect(a.rows.length).toBeGreaterThan(0);
  const pastDue = a.buckets.filter((b) => b.key !== 'current').map((b) => b.key);
  const ledger = await openStore(db, { create: false });
  let overdue = 0;
  try {
    const ids = new Map<string, number>();
    for (const r of a.rows) {
      const found = await ledger.customers.find(r.key);
      ids.set(r.key, found.customer!.id);
    }
    for (const r of a.rows) {
      const where = `${r.key} ${r.currency}`;
      const agingPastDue = pastDue.reduce((s, k) => s + (r.byBucket[k] ?? 0), 0);
      expect([where, r.overdueMinor]).toEqual([where, agingPastDue]);
      if (r.overdueMinor === 0 && r.disputedMinor === 0) continue;
      overdue++;
      const v = await accountReport(ledger, ids.get(r.key)!, today);
      const bal = v.balances.find((b) => b.currency === r.currency);
      expect([where, bal?.overdueMinor, bal?.disputedMinor, bal?.onHoldMinor, bal?.collectibleMinor]).toEqual([
        where,
        r.overdueMinor,
        r.disputedMinor,
        r.onHoldMinor,
        r.collectibleMinor,
      ]);
    }
  } finally {
    await ledger.close();
  }
  // The same figures on screen fit 80 columns in both languages, however wide the amounts.
  for (const lang of ['en', 'zh']) {
    for (const cmd of [['status'], ['aging'], ['aging', '--by', 'collector']]) {
      const out = (await runAr([...cmd, '--lang', lang], { db, env: { AR_TODAY: today } })).stdout;
      // status: its table (the last-import line above it is wrapped by the 80-column work of issue 9)
      const lines = cmd[0] === 'status' ? out.split('\n\n').slice(1).join('\n').split('\n') : out.split('\n');
      expect(lines.length).toBeGreaterThan(2);
      for (const line of lines) expect([cmd.join(' '), lang, line, displayWidth(line) <= 80]).toEqual([cmd.join(' '), lang, line, true]);
    }
  }
  expect(st.open.length).toBeGreaterThan(0);
  for (const o of st.open) {
    const t = a.totals.find((x) => x.currency === o.currency)!;
    expect([o.currency, o.openMinor, o.overdueMinor, o.disputedMinor, o.onHoldMinor, o.collectibleMinor]).toEqual([
      t.currency,
      t.openMinor,
      t.overdueMinor,
      t.disputedMinor,
      t.onHoldMinor,
      t.collectibleMinor,
    ]);
  }
  return overdue;
}

describe('queue, account, aging and status agree', () => {
  it('on every account of a generated ledger of 2,000 customers', async () => {
    const db = await buildLargeLedger(2000);
    const n = await expectAgreement(db, TODAY);
    expect(n).toBeGreaterThan(300);
    expect(await expectOverdueAgrees(db, TODAY)).toBeGreaterThan(300);
  }, 120_000);

  it('on every account of the demo book', async () => {
    const db = path.join(tempDir('ar-agree-demo-'), 'demo.db');
    expect((await runAr(['demo', '--db', db])).code).toBe(0);
    await expectAgreement(db, TODAY);
    // C0010: everything overdue is disputed — overdue, of which disputed, nothing collectible.
    expect(await expectOverdueAgrees(db, TODAY)).toBeGreaterThan(20);
  }, 60_000);
});
