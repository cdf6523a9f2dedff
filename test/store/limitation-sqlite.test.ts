// The SQLite side of the limitation events that is not on the port's write side yet: a recorded plan
// carries the last instalment's due date of the repayment plans agreed by its date (民法典 Art. 189),
// read from the promises that share a plan_id (schema 4). Plans are written with SQL here because the
// store's promise writer does not take a plan id yet.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { tempDir } from '../cli/run-ar.js';

const NOW = '2026-03-01T09:00:00Z';

describe('limitation events: plans', () => {
  it('a plan event carries the last instalment due date of the plans agreed by then; other kinds carry none', async () => {
    const store = await openStore(path.join(tempDir(), 'ledger.db'));
    const id = await store.transaction(async (tx) => {
      const r = await tx.customers.upsert({ code: 'C1', name: 'Acme', currency: 'CNY', termsDays: 30, type: 'cashflow', grade: 'B' }, NOW);
      if (!('id' in r)) throw new Error('customer not written');
      await tx.limitation.add({ customerId: r.id, kind: 'plan', at: '2026-02-10', evidence: 'signed plan' });
      await tx.limitation.add({ customerId: r.id, kind: 'demand', at: '2026-02-11', evidence: 'EMS 1234' });
      return r.id;
    });
    const file = store.location;
    await store.close();
    const db = new Database(file);
    const add = db.prepare(
      `INSERT INTO promises (customer_id, amount_minor, currency, due_date, status, created_at, plan_id, instalment) VALUES (?, 1000, 'CNY', ?, 'pending', ?, ?, ?)`,
    );
    // A plan of three instalments agreed on 10 Feb, and a later plan (15 Feb) the event predates.
    add.run(id, '2026-03-10', '2026-02-10T10:00:00Z', null, 1);
    const first = (db.prepare('SELECT max(id) AS id FROM promises').get() as { id: number }).id;
    db.prepare('UPDATE promises SET plan_id = ? WHERE id = ?').run(first, first);
    add.run(id, '2026-04-10', '2026-02-10T10:00:00Z', first, 2);
    add.run(id, '2026-05-10', '2026-02-10T10:00:00Z', first, 3);
    add.run(id, '2026-09-30', '2026-02-15T10:00:00Z', first, 4);
    db.close();
    const reopened = await openStore(file, { create: false });
    const events = await reopened.limitation.events(id);
    expect(events.map((e) => [e.kind, e.until])).toEqual([
      ['plan', '2026-05-10'],
      ['demand', null],
    ]);
    await reopened.close();
  });
});
