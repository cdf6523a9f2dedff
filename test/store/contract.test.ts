// The ledger port's contract: every backend must pass this suite, written against LedgerStore only.
// A backend is added by adding a factory below (today: a SQLite file in a temporary folder).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../src/core/dates.js';
import { DataError } from '../../src/errors.js';
import { render } from '../../src/i18n/index.js';
import { openStore } from '../../src/store/index.js';
import type { InvoiceRecord, LedgerStore, LedgerTx } from '../../src/store/port.js';
import { tempDir } from '../cli/run-ar.js';

interface Backend {
  name: string;
  /** A fresh, empty ledger. */
  fresh(): Promise<LedgerStore>;
  /** Reopen the ledger the store was opened on. */
  reopen(store: LedgerStore): Promise<LedgerStore>;
  /** A ledger marked with a schema version newer than this program knows; its location. */
  newer(): Promise<string>;
}

const sqlite: Backend = {
  name: 'sqlite file',
  fresh: () => openStore(path.join(tempDir(), 'ledger.db')),
  reopen: (s) => openStore(s.location, { create: false }),
  async newer() {
    const store = await openStore(path.join(tempDir(), 'ledger.db'));
    const latest = store.latestVersion;
    await store.close();
    // Marking a newer schema is backend-specific; this is the only SQL in the suite.
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(store.location);
    db.pragma(`user_version = ${latest + 1}`);
    db.close();
    return store.location;
  },
};

const NOW = '2026-03-01T09:00:00Z';

/** One import run writing invoices through the batching writer, as `ar import` does. */
async function importInvoices(store: LedgerStore, asOf: string, rows: InvoiceRecord[], lines?: number[]) {
  return store.importRun(true, async (tx) => {
    const batchId = await tx.batches.start({
      fileName: 'invoices.csv',
      sha256: `sha-${asOf}-${rows.length}`,
      kind: 'invoices',
      profile: null,
      encoding: 'utf-8',
      asOf,
      snapshot: null,
      at: NOW,
    });
    await tx.invoices.noteRunBatch(batchId);
    const w = await tx.invoices.writer({ batchId, now: NOW, asOf, source: 'invoices.csv' });
    for (const [i, r] of rows.entries()) w.write(r, lines?.[i] ?? i + 2);
    const outcome = await w.flush();
    await tx.batches.finish(batchId, {
      rowsRead: rows.length,
      imported: outcome.imported,
      updated: outcome.updated,
      unchanged: outcome.unchanged,
      rejected: 0,
      closedBySnapshot: 0,
      warnings: [],
      asOf,
    });
    return { batchId, outcome };
  });
}

async function customer(tx: LedgerTx, code: string, name: string): Promise<number> {
  const r = await tx.customers.upsert({ code, name, currency: 'CNY', termsDays: 30, type: 'oversight', grade: 'B' }, NOW);
  if (!('id' in r)) throw new Error(`customer ${code} not written`);
  return r.id;
}

const inv = (customerId: number, number: string, totalMinor: number, dueDate = '2026-01-31', openMinor?: number): InvoiceRecord => ({
  customerId,
  number,
  kind: 'invoice',
  issueDate: '2026-01-01',
  dueDate,
  currency: 'CNY',
  totalMinor,
  openMinor,
});

for (const backend of [sqlite]) {
  describe(`LedgerStore contract: ${backend.name}`, () => {
    async function withStore(fn: (s: LedgerStore) => Promise<void>): Promise<void> {
      const s = await backend.fresh();
      try {
        await fn(s);
      } finally {
        await s.close();
      }
    }

    it('opens a new ledger at the newest schema and reopens it', async () => {
      const s = await backend.fresh();
      expect(s.created).toBe(true);
      expect(s.schemaVersion).toBe(s.latestVersion);
      await s.close();
      const again = await backend.reopen(s);
      expect(again.created).toBe(false);
      expect(again.schemaVersion).toBe(s.latestVersion);
      await again.close();
    });

    it('refuses a ledger with a newer schema, and leaves it untouched', async () => {
      const where = await backend.newer();
      const before = fs.readFileSync(where);
      const err = await openStore(where).catch((e) => e);
      expect(err).toBeInstanceOf(DataError);
      expect(render('en', err.text)).toContain('newer than this program understands');
      expect(fs.readFileSync(where).equals(before)).toBe(true);
    });

    it('round-trips customers and tells imported, updated and unchanged apart', () =>
      withStore(async (s) => {
        const first = await s.transaction((tx) => tx.customers.upsert({ code: 'C1', name: 'Acme Corp', currency: 'CNY', collector: 'Li' }, NOW));
        expect(first).toMatchObject({ outcome: 'imported' });
        const same = await s.transaction((tx) => tx.customers.upsert({ code: 'C1', name: 'Acme Corp', currency: 'CNY', collector: 'Li' }, NOW));
        expect(same).toMatchObject({ outcome: 'unchanged' });
        const changed = await s.transaction((tx) => tx.customers.upsert({ code: 'C1', name: 'Acme Corp', termsDays: 45 }, NOW));
        expect(changed).toMatchObject({ outcome: 'updated' });
        const id = (first as { id: number }).id;
        expect(await s.customers.get(id)).toMatchObject({
          code: 'C1',
          name: 'Acme Corp',
          termsDays: 45,
          collector: 'Li',
        });
        expect((await s.customers.list()).map((c) => c.code)).toEqual(['C1']);
        expect((await s.customers.find('ACME CORP')).customer?.id).toBe(id);
        expect(await s.customers.find('nobody')).toEqual({ customer: null, candidates: [] });
        expect(await s.customers.names([id])).toEqual(new Map([[id, 'Acme Corp']]));
        expect(await s.customers.collectors()).toEqual(['Li']);
        const orphan = await s.transaction((tx) => tx.customers.upsert({ code: 'C2', name: 'Sub', parentCode: 'NOPE' }, NOW));
        expect(orphan).toEqual({ missingParent: 'NOPE' });
      }));

    it('round-trips contacts by customer and name', () =>
      withStore(async (s) => {
        const out = await s.transaction(async (tx) => {
          const id = await customer(tx, 'C1', 'Acme');
          const a = await tx.contacts.upsert({ customerId: id, name: '王芳', role: 'ap-clerk', mobile: '138-0000-0000', isPrimary: true }, NOW);
          const b = await tx.contacts.upsert({ customerId: id, name: '王芳', role: 'ap-clerk', mobile: '138-0000-0000', isPrimary: true }, NOW);
          const c = await tx.contacts.upsert({ customerId: id, name: '王芳', role: 'finance-manager', mobile: '138-0000-0000', isPrimary: true }, NOW);
          return { id, outcomes: [a, b, c] };
        });
        expect(out.outcomes).toEqual(['imported', 'unchanged', 'updated']);
        const list = await s.contacts.list(out.id);
        expect(list).toHaveLength(1);
        expect(list[0]).toMatchObject({
          name: '王芳',
          role: 'finance-manager',
          mobile: '138-0000-0000',
          isPrimary: true,
        });
      }));

    it('contacts from an invoice file: added once, never over one a person entered, primary only when none is', () =>
      withStore(async (s) => {
        const out = await s.transaction(async (tx) => {
          const id = await customer(tx, 'C1', 'Acme');
          await tx.contacts.upsert({ customerId: id, name: '王芳', mobile: '13800000000', isPrimary: true }, NOW);
          const a = await tx.contacts.addFromImport({ customerId: id, name: '王芳', mobile: '13999999999' }, NOW);
          const b = await tx.contacts.addFromImport({ customerId: id, name: 'ap@acme.example', email: 'AP@acme.example' }, NOW);
          const c = await tx.contacts.addFromImport({ customerId: id, name: 'ap@acme.example', email: 'ap@acme.example' }, NOW);
          const d = await tx.contacts.addFromImport({ customerId: id, name: '李强', phone: '13800000000' }, NOW);
          return { id, outcomes: [a, b, c, d] };
        });
        expect(out.outcomes).toEqual(['unchanged', 'imported', 'unchanged', 'unchanged']);
        const list = await s.contacts.list(out.id);
        expect(list.map((c) => [c.name, c.mobile, c.isPrimary])).toEqual([
          ['王芳', '13800000000', true],
          ['ap@acme.example', null, false],
        ]);
        const first = await s.transaction(async (tx) => {
          const id = await customer(tx, 'C2', 'Beta');
          await tx.contacts.addFromImport({ customerId: id, name: '赵敏', mobile: '137' }, NOW);
          await tx.contacts.addFromImport({ customerId: id, name: '陈刚', mobile: '138' }, NOW);
          return id;
        });
        expect((await s.contacts.list(first)).map((c) => [c.name, c.isPrimary])).toEqual([
          ['赵敏', true],
          ['陈刚', false],
        ]);
      }));

    it('collectors from salespeople: set where empty or assigned so before, a collector set by hand is kept', () =>
      withStore(async (s) => {
        const r = await s.transaction(async (tx) => {
          const a = await customer(tx, 'C1', 'Acme');
          const b = await customer(tx, 'C2', 'Beta');
          await tx.customers.setProfile(b, { collector: '刘芳' }, NOW);
          const first = await tx.customers.collectorsFromSalespeople(
            [
              { customerId: a, salesperson: '张伟' },
              { customerId: b, salesperson: '张伟' },
            ],
            NOW,
          );
          const same = await tx.customers.collectorsFromSalespeople([{ customerId: a, salesperson: '张伟' }], NOW);
          const moved = await tx.customers.collectorsFromSalespeople([{ customerId: a, salesperson: '李强' }], NOW);
          return { first, same, moved, a, b };
        });
        expect(r.first).toEqual({ assigned: 1, keptManual: 1 });
        expect(r.same).toEqual({ assigned: 0, keptManual: 0 });
        expect(r.moved).toEqual({ assigned: 1, keptManual: 0 });
        expect((await s.customers.get(r.a))?.collector).toBe('李强');
        expect((await s.customers.get(r.b))?.collector).toBe('刘芳');
      }));

    it('rolls a transaction back when it throws: nothing is written', () =>
      withStore(async (s) => {
        const err = await s
          .transaction(async (tx) => {
            await customer(tx, 'C1', 'Acme');
            await tx.settings.write('letterhead.phone', '0755-1234');
            throw new Error('boom');
          })
          .catch((e) => e);
        expect(err.message).toBe('boom');
        expect(await s.customers.list()).toEqual([]);
        expect(await s.settings.readStored()).toEqual({});
        expect((await s.reports.counts()).customers).toBe(0);
      }));

    it('refuses a transaction handle once its transaction has ended', () =>
      withStore(async (s) => {
        let kept: LedgerTx | undefined;
        await s.transaction(async (tx) => {
          kept = tx;
        });
        expect(() => kept!.settings.write('x', 1)).toThrow(/after its transaction ended/);
      }));

    it('round-trips settings: write, read merged with defaults, delete', () =>
      withStore(async (s) => {
        await s.transaction((tx) => tx.settings.write('letterhead.phone', '0755-1234'));
        expect(await s.settings.readStored()).toEqual({ 'letterhead.phone': '0755-1234' });
        expect(await s.settings.read()).toBeTypeOf('object');
        expect(await s.transaction((tx) => tx.settings.delete('letterhead.phone'))).toBe(true);
        expect(await s.transaction((tx) => tx.settings.delete('letterhead.phone'))).toBe(false);
        expect(await s.settings.readStored()).toEqual({});
      }));

    it('invoice writer: reports imported, updated, unchanged and duplicates at flush', () =>
      withStore(async (s) => {
        const id = await s.transaction((tx) => customer(tx, 'C1', 'Acme'));
        const first = await importInvoices(s, '2026-02-01', [inv(id, 'INV-1', 10000), inv(id, 'INV-2', 20000), inv(id, 'INV-1', 10000)], [2, 3, 4]);
        expect(first.outcome).toMatchObject({
          imported: 2,
          updated: 0,
          unchanged: 0,
          duplicates: 1,
          firstDuplicate: { number: 'INV-1', line: 4 },
        });
        const second = await importInvoices(s, '2026-02-15', [inv(id, 'INV-1', 10000), inv(id, 'INV-2', 20000, '2026-01-31', 5000)]);
        expect(second.outcome).toMatchObject({ imported: 0, updated: 1, unchanged: 1, duplicates: 0 });
        const open = await s.invoices.open(id);
        expect(open.map((i) => [i.number, i.openMinor]).sort()).toEqual([
          ['INV-1', 10000],
          ['INV-2', 5000],
        ]);
        expect(await s.invoices.customersWith('INV-2')).toEqual([id]);
        expect(await s.customers.currency(id)).toBe('CNY');
        expect(await s.batches.findBySha(`sha-2026-02-01-3`, second.batchId)).toMatchObject({
          id: first.batchId,
          fileName: 'invoices.csv',
        });
        expect(await s.importRun(false, (tx) => tx.batches.latestAsOf('invoices'))).toBe('2026-02-15');
        expect(await s.batches.last()).toMatchObject({
          file: 'invoices.csv',
          kind: 'invoices',
          rowsRead: 2,
          updated: 1,
          unchanged: 1,
        });
        expect((await s.batches.touching(id)).length).toBeGreaterThan(0);
      }));

    it('inexactCurrency: names the currency whose magnitudes pass 2^53 − 1 minor units, exactly at the edge', () =>
      withStore(async (s) => {
        const id = await s.transaction((tx) => customer(tx, 'C1', 'Acme'));
        const half = 2 ** 52; // two of these are 2^53: one past the largest exact total
        await importInvoices(s, '2026-02-01', [inv(id, 'INV-1', half), inv(id, 'INV-2', half - 1)]);
        expect(await s.importRun(false, (tx) => tx.invoices.inexactCurrency())).toBeUndefined();
        await importInvoices(s, '2026-02-02', [inv(id, 'INV-3', 1)]);
        expect(await s.importRun(false, (tx) => tx.invoices.inexactCurrency())).toEqual({ currency: 'CNY', totalMinor: 2n ** 53n });
      }));

    it('invoice writer: an older export never undoes newer figures (stale)', () =>
      withStore(async (s) => {
        const id = await s.transaction((tx) => customer(tx, 'C1', 'Acme'));
        await importInvoices(s, '2026-02-15', [inv(id, 'INV-1', 10000, '2026-01-31', 4000)]);
        const old = await importInvoices(s, '2026-02-01', [inv(id, 'INV-1', 10000, '2026-01-31', 10000)]);
        expect(old.outcome).toMatchObject({ stale: 1, firstStale: 'INV-1', updated: 0 });
        expect((await s.invoices.open(id)).map((i) => i.openMinor)).toEqual([4000]);
      }));

    it('an import run that is not committed leaves the ledger as it was', () =>
      withStore(async (s) => {
        const id = await s.transaction((tx) => customer(tx, 'C1', 'Acme'));
        const counts = await s.importRun(false, async (tx) => {
          const batchId = await tx.batches.start({
            fileName: 'x.csv',
            sha256: 'x',
            kind: 'invoices',
            profile: null,
            encoding: null,
            asOf: '2026-02-01',
            snapshot: null,
            at: NOW,
          });
          const w = await tx.invoices.writer({ batchId, now: NOW, asOf: '2026-02-01', source: 'x.csv' });
          w.write(inv(id, 'INV-9', 100), 2);
          return w.flush();
        });
        expect(counts.imported).toBe(1);
        expect(await s.invoices.open(id)).toEqual([]);
        expect(await s.batches.last()).toBeNull();
      }));

    it('payment writer: allocates to invoices, settles, and warns about unknown invoices', () =>
      withStore(async (s) => {
        const id = await s.transaction((tx) => customer(tx, 'C1', 'Acme'));
        await importInvoices(s, '2026-02-01', [inv(id, 'INV-1', 10000), inv(id, 'INV-2', 20000)]);
        const out = await s.importRun(true, async (tx) => {
          const batchId = await tx.batches.start({
            fileName: 'payments.csv',
            sha256: 'p',
            kind: 'payments',
            profile: null,
            encoding: null,
            asOf: '2026-02-20',
            snapshot: null,
            at: NOW,
          });
          const w = await tx.payments.writer(batchId, NOW);
          const a = w.write({
            customerId: id,
            reference: 'P1',
            date: '2026-02-10',
            currency: 'CNY',
            amountMinor: 10000,
            source: 'payments.csv',
            parts: [{ invoice: 'INV-1', amountMinor: 10000, line: 2 }],
          });
          const b = w.write({
            customerId: id,
            reference: 'P2',
            date: '2026-02-11',
            currency: 'CNY',
            amountMinor: 500,
            source: 'payments.csv',
            parts: [{ invoice: 'INV-404', amountMinor: 500, line: 3 }],
          });
          return { a, b, settled: await w.settle() };
        });
        expect(out.a.outcome).toBe('imported');
        expect(out.b.warnings.map((w) => w.kind)).toContain('unknown-invoice');
        const open = await s.invoices.open(id);
        expect(open.map((i) => i.number)).toEqual(['INV-2']);
        const recent = await s.payments.recent(id);
        expect(recent.map((p) => p.reference).sort()).toEqual(['P1', 'P2']);
        expect(await s.payments.between(id, 'CNY', '2026-02-01', '2026-02-28')).toHaveLength(2);
        // Many customers at once (the worklist's one read): each list, kept to one currency, is between's.
        const many = await s.payments.betweenMany([id, id + 1000], '2026-02-01', '2026-02-28');
        expect([...many.keys()]).toEqual([id]);
        expect(many.get(id)?.filter((p) => p.currency === 'CNY')).toEqual(await s.payments.between(id, 'CNY', '2026-02-01', '2026-02-28'));
        expect((await s.payments.betweenMany([id], '2026-02-11', '2026-02-28')).get(id)).toEqual([
          { receivedDate: '2026-02-11', currency: 'CNY', amountMinor: 500 },
        ]);
        expect((await s.payments.betweenMany([], '2026-02-01', '2026-02-28')).size).toBe(0);
        expect(Array.isArray(out.settled)).toBe(true);
      }));

    it('round-trips activities, promises, disputes and letters', () =>
      withStore(async (s) => {
        const id = await s.transaction((tx) => customer(tx, 'C1', 'Acme'));
        await importInvoices(s, '2026-02-01', [inv(id, 'INV-1', 10000)]);
        const ids = await s.transaction(async (tx) => ({
          activity: await tx.activities.add({
            customerId: id,
            at: '2026-02-20T10:00:00Z',
            channel: 'phone',
            outcome: 'promise',
            note: 'will pay',
            createdAt: NOW,
          }),
          promise: await tx.promises.add({
            customerId: id,
            amountMinor: 10000,
            currency: 'CNY',
            dueDate: '2026-03-05',
            createdAt: NOW,
          }),
          dispute: await tx.disputes.add({
            customerId: id,
            invoiceNumber: 'INV-1',
            amountMinor: 2000,
            currency: 'CNY',
            reason: 'short shipment',
            openedAt: '2026-02-21',
            createdAt: NOW,
          }),
          unknown: await tx.disputes.add({
            customerId: id,
            invoiceNumber: 'INV-404',
            amountMinor: 2000,
            currency: 'CNY',
            reason: 'short shipment',
            openedAt: '2026-02-21',
            createdAt: NOW,
          }),
          letter: await tx.letters.add({
            customerId: id,
            step: 1,
            language: 'zh',
            template: 'reminder',
            referenceNo: 'L-1',
            createdAt: NOW,
            sentAt: '2026-02-22',
          }),
        }));
        expect(ids.activity).toBeGreaterThan(0);
        expect(ids.unknown).toBeNull();
        expect((await s.activities.recent(id)).map((a) => a.note)).toEqual(['will pay']);
        expect((await s.promises.forCustomer(id)).map((p) => p.amountMinor)).toEqual([10000]);
        expect((await s.promises.recent('2026-01-01')).length).toBe(1);
        expect((await s.disputes.forCustomer(id)).map((d) => d.reason)).toEqual(['short shipment']);
        expect((await s.disputes.open()).length).toBe(1);
        expect((await s.letters.forCustomer(id)).map((l) => l.referenceNo)).toEqual(['L-1']);
        expect((await s.letters.last(id)).steps.length).toBe(1);
        expect(await s.limitation.events(id)).toBeInstanceOf(Array);
        const counts = await s.reports.counts();
        expect(counts).toMatchObject({ customers: 1, invoices: 1, activities: 1, promises: 1, disputes: 1 });
      }));
    it('limitation events: adds and lists recorded ones, derives partial payments from allocations', () =>
      withStore(async (s) => {
        const id = await s.transaction((tx) => customer(tx, 'C1', 'Acme'));
        const other = await s.transaction((tx) => customer(tx, 'C2', 'Beta'));
        await importInvoices(s, '2026-02-01', [inv(id, 'INV-1', 10000), inv(id, 'INV-2', 5000)]);
        const [inv1] = (await s.invoices.open(id)).filter((i) => i.number === 'INV-1');
        if (!inv1) throw new Error('INV-1 not imported');
        const added = await s.transaction(async (tx) => [
          await tx.limitation.add({ customerId: id, kind: 'acknowledgement', at: '2026-02-10', evidence: 'signed statement scan', note: 'via AP' }),
          await tx.limitation.add({ customerId: id, invoiceId: inv1.id, kind: 'demand', at: '2026-02-12' }),
          await tx.limitation.add({ customerId: other, kind: 'lawsuit', at: '2026-02-13' }),
        ]);
        expect(new Set(added).size).toBe(3);
        await expect(s.transaction((tx) => tx.limitation.add({ customerId: id, kind: 'phone-call', at: '2026-02-14' }))).rejects.toThrow(/phone-call/);
        // A partial payment on INV-2 counts as an event of that invoice, with the payment's reference.
        await s.importRun(true, async (tx) => {
          const batchId = await tx.batches.start({
            fileName: 'p.csv',
            sha256: 'p',
            kind: 'payments',
            profile: null,
            encoding: null,
            asOf: '2026-02-20',
            snapshot: null,
            at: NOW,
          });
          const w = await tx.payments.writer(batchId, NOW);
          w.write({
            customerId: id,
            reference: 'BANK-77',
            date: '2026-02-20',
            currency: 'CNY',
            amountMinor: 2000,
            source: 'p.csv',
            parts: [{ invoice: 'INV-2', amountMinor: 2000, line: 2 }],
          });
          await w.settle();
        });
        const events = await s.limitation.events(id);
        expect(events.map((e) => [e.kind, e.at, e.ref, e.note])).toEqual([
          ['acknowledgement', '2026-02-10', 'signed statement scan', 'via AP'],
          ['demand', '2026-02-12', null, null],
          ['partial-payment', '2026-02-20', 'BANK-77', null],
        ]);
        expect(events[0]?.invoiceId).toBeNull();
        expect(events[1]?.invoiceId).toBe(inv1.id);
        expect((await s.limitation.events()).map((e) => e.customerId).sort()).toEqual([id, id, id, other].sort());
      }));

    it('takes reference numbers gap-free, after the highest already used, and not on rollback', () =>
      withStore(async (s) => {
        const id = await s.transaction((tx) => customer(tx, 'C1', 'Acme'));
        await s.transaction((tx) =>
          tx.letters.add({
            customerId: id,
            step: 3,
            language: 'zh',
            template: 'formal-demand',
            referenceNo: 'HK-2026-000087',
            createdAt: NOW,
            sentAt: '2026-02-22',
          }),
        );
        expect(await s.transaction((tx) => tx.letters.takeNumber('letter-2026', 'HK-2026-'))).toBe(88);
        await expect(
          s.transaction(async (tx) => {
            expect(await tx.letters.takeNumber('letter-2026', 'HK-2026-')).toBe(89);
            throw new Error('cancelled');
          }),
        ).rejects.toThrow('cancelled');
        expect(await s.transaction((tx) => tx.letters.takeNumber('letter-2026', 'HK-2026-'))).toBe(89);
        // another year starts again at 1
        expect(await s.transaction((tx) => tx.letters.takeNumber('letter-2027', 'HK-2027-'))).toBe(1);
      }));

    it('records letters by kind (statements are no ladder step) and limitation events', () =>
      withStore(async (s) => {
        const id = await s.transaction((tx) => customer(tx, 'C1', 'Acme'));
        await s.transaction(async (tx) => {
          await tx.letters.add({
            customerId: id,
            step: 0,
            language: 'en',
            template: 'statement',
            referenceNo: 'HK-2026-000001',
            createdAt: NOW,
            sentAt: '2026-02-20',
            kind: 'statement',
            format: 'pdf',
          });
          await tx.letters.add({
            customerId: id,
            step: 2,
            language: 'en',
            template: 'first-notice',
            referenceNo: 'HK-2026-000002',
            createdAt: NOW,
            sentAt: '2026-02-21',
            format: 'eml',
            deadline: '2026-02-28',
          });
          await tx.limitation.add({
            customerId: id,
            kind: 'demand',
            at: '2026-02-21',
            evidence: 'EMS 123',
            note: 'HK-2026-000002',
            createdAt: NOW,
          });
        });
        const rows = await s.letters.forCustomer(id);
        expect(rows.map((l) => [l.referenceNo, l.kind, l.format])).toEqual([
          ['HK-2026-000002', 'dunning', 'eml'],
          ['HK-2026-000001', 'statement', 'pdf'],
        ]);
        expect((await s.letters.last(id)).steps).toEqual([{ customerId: id, currency: null, step: 2, sentAt: '2026-02-21' }]);
        expect(await s.limitation.events(id)).toMatchObject([{ customerId: id, invoiceId: null, kind: 'demand', at: '2026-02-21', ref: 'EMS 123' }]);
      }));

    it('reads the latest repayment plan of a customer (instalments sharing plan_id)', () =>
      withStore(async (s) => {
        const id = await s.transaction((tx) => customer(tx, 'C1', 'Acme'));
        expect(await s.letters.plan(id)).toEqual([]);
        const base = { customerId: id, currency: 'CNY', createdAt: NOW };
        await s.transaction((tx) =>
          tx.promises.addPlan([
            { ...base, amountMinor: 5000, dueDate: '2026-03-01', instalment: 1 },
            { ...base, amountMinor: 7000, dueDate: '2026-04-01', instalment: 2 },
          ]),
        );
        expect((await s.letters.plan(id)).map((p) => [p.instalment, p.amountMinor, p.dueDate])).toEqual([
          [1, 5000, '2026-03-01'],
          [2, 7000, '2026-04-01'],
        ]);
      }));

    it('promises: all, get, plans share the first instalment id, resolve only a pending one', () =>
      withStore(async (s) => {
        const id = await s.transaction((tx) => customer(tx, 'C1', 'Acme'));
        const base = { customerId: id, currency: 'CNY', createdAt: '2026-02-01' };
        const ids = await s.transaction(async (tx) => ({
          single: await tx.promises.add({ ...base, amountMinor: 500, dueDate: '2026-02-10', contact: '王芳' }),
          plan: await tx.promises.addPlan([1, 2, 3].map((n) => ({ ...base, amountMinor: 100, dueDate: `2026-0${n + 2}-01`, instalment: n }))),
        }));
        expect(ids.plan).toHaveLength(3);
        const all = await s.promises.all(id);
        expect(all.map((p) => p.dueDate)).toEqual(['2026-02-10', '2026-03-01', '2026-04-01', '2026-05-01']);
        expect(all.slice(1).map((p) => [p.planId, p.instalment])).toEqual(ids.plan.map((_, i) => [ids.plan[0], i + 1]));
        expect((await s.promises.get(ids.single))?.contact).toBe('王芳');
        expect(await s.promises.all(id + 1)).toEqual([]);
        expect(await s.transaction((tx) => tx.promises.resolve(ids.single, 'cancelled', '2026-02-05', 'customer paid by cheque'))).toBe(true);
        expect(await s.transaction((tx) => tx.promises.resolve(ids.single, 'cancelled', '2026-02-06'))).toBe(false);
        expect(await s.promises.get(ids.single)).toMatchObject({ storedStatus: 'cancelled', resolvedAt: '2026-02-05', note: 'customer paid by cheque' });
      }));

    it('disputes: all, get, settle only an open one', () =>
      withStore(async (s) => {
        const id = await s.transaction((tx) => customer(tx, 'C1', 'Acme'));
        await importInvoices(s, '2026-02-01', [inv(id, 'INV-1', 10000)]);
        const d = await s.transaction((tx) =>
          tx.disputes.add({
            customerId: id,
            invoiceNumber: 'INV-1',
            amountMinor: 2000,
            currency: 'CNY',
            reason: 'quality',
            openedAt: '2026-02-21',
            createdAt: NOW,
          }),
        );
        expect(d).not.toBeNull();
        expect(await s.transaction((tx) => tx.disputes.settle(d!, 'resolved', '2026-03-01', 'credit note agreed'))).toBe(true);
        expect(await s.transaction((tx) => tx.disputes.settle(d!, 'cancelled', '2026-03-02'))).toBe(false);
        expect(await s.disputes.get(d!)).toMatchObject({ status: 'resolved', resolvedAt: '2026-03-01', invoiceNumber: 'INV-1', note: 'credit note agreed' });
        expect((await s.disputes.all()).map((x) => x.id)).toEqual([d]);
        expect(await s.disputes.open()).toEqual([]);
      }));

    it('profile setters write only the fields given; activities keep contact and evidence; limitation events are added', () =>
      withStore(async (s) => {
        const id = await s.transaction((tx) => customer(tx, 'C1', 'Acme'));
        const set = (input: Parameters<LedgerTx['customers']['setProfile']>[1]) => s.transaction((tx) => tx.customers.setProfile(id, input, '2026-03-01'));
        expect(await set({ type: 'process', paymentRunDays: '25th monthly', jurisdiction: 'CN', strategic: true })).toBe('updated');
        expect(await set({ type: 'process' })).toBe('unchanged');
        expect(await s.customers.get(id)).toMatchObject({
          type: 'process',
          grade: 'B',
          termsDays: 30,
          paymentRunDays: '25th monthly',
          jurisdiction: 'CN',
          strategic: true,
        });
        await s.transaction(async (tx) => {
          await tx.activities.add({ customerId: id, at: '2026-03-01', outcome: 'reached-promise', contact: '王芳', evidence: 'signed plan', createdAt: NOW });
          await tx.limitation.add({ customerId: id, kind: 'plan', at: '2026-03-01', evidence: 'signed plan' });
        });
        expect((await s.activities.recent(id))[0]).toMatchObject({ contact: '王芳', evidence: 'signed plan' });
        expect(await s.limitation.events(id)).toMatchObject([{ customerId: id, invoiceId: null, kind: 'plan', at: '2026-03-01', ref: 'signed plan' }]);
      }));

    it('payments towards promises count an invoice a complete export stopped listing; late history lists paid invoices', () =>
      withStore(async (s) => {
        const id = await s.transaction((tx) => customer(tx, 'C1', 'Acme'));
        await importInvoices(s, '2026-02-01', [inv(id, 'INV-1', 10000), inv(id, 'INV-2', 4000)]);
        const closed = await s.importRun(true, async (tx) => {
          const b = await tx.batches.start({
            fileName: 'x.csv',
            sha256: 'x',
            kind: 'invoices',
            profile: null,
            encoding: null,
            asOf: '2026-02-20',
            snapshot: 'all',
            at: NOW,
          });
          await tx.invoices.noteRunBatch(b);
          const w = await tx.invoices.writer({ batchId: b, now: NOW, asOf: '2026-02-20', source: 'x.csv' });
          w.write(inv(id, 'INV-2', 4000));
          await w.flush();
          return tx.invoices.closeBySnapshot({ mode: 'all', date: '2026-02-20', now: NOW });
        });
        expect(closed).toBe(1);
        expect(await s.payments.between(id, 'CNY', '2026-02-01', '2026-02-28')).toEqual([{ receivedDate: '2026-02-20', currency: 'CNY', amountMinor: 10000 }]);
        expect(await s.payments.between(id, 'CNY', '2026-02-21', '2026-02-28')).toEqual([]);
        expect((await s.payments.betweenMany([id], '2026-02-01', '2026-02-28')).get(id)).toEqual([
          { receivedDate: '2026-02-20', currency: 'CNY', amountMinor: 10000 },
        ]);
        expect((await s.payments.betweenMany([id], '2026-02-21', '2026-02-28')).has(id)).toBe(false);
        expect(await s.payments.lateHistory(id, '2025-01-01')).toEqual([]);
      }));

    // Payment behaviour (days beyond terms of paid invoices) is derived data: after every kind of write
    // that closes, reopens or re-dates an invoice it must equal what the items themselves say.
    it('payment behaviour follows every write: payment, re-applied payment, re-dated import, snapshot close', () =>
      withStore(async (s) => {
        const id = await s.transaction((tx) => customer(tx, 'C1', 'Acme'));
        await importInvoices(s, '2026-02-01', [inv(id, 'INV-1', 10000), inv(id, 'INV-2', 20000, '2026-02-05'), inv(id, 'INV-3', 5000, '2026-02-20')]);
        const late = async () => (await s.payments.behaviour('2025-03-01', '2026-03-01', id)).sums.get(id);
        expect(await late()).toBeUndefined();
        const pay = (reference: string, date: string, invoice: string, amountMinor: number) =>
          s.importRun(true, async (tx) => {
            const batchId = await tx.batches.start({
              fileName: 'p.csv',
              sha256: `${reference}-${amountMinor}`,
              kind: 'payments',
              profile: null,
              encoding: null,
              asOf: date,
              snapshot: null,
              at: NOW,
            });
            const w = await tx.payments.writer(batchId, NOW);
            w.write({ customerId: id, reference, date, currency: 'CNY', amountMinor, source: 'p.csv', parts: [{ invoice, amountMinor, line: 2 }] });
            await w.settle();
          });
        // INV-1 (due 2026-01-31) paid 2026-02-10: 10 days late.
        await pay('P1', '2026-02-10', 'INV-1', 10000);
        expect(await late()).toEqual({ n: 1, late: daysBetween('2026-01-31', '2026-02-10') });
        // INV-2 (due 2026-02-05) paid early: counted, 0 days late.
        await pay('P2', '2026-02-03', 'INV-2', 20000);
        expect(await late()).toEqual({ n: 2, late: 10 });
        // P1 comes again for half the amount: its allocation is undone and INV-1 reopens, partly paid.
        await pay('P1', '2026-02-10', 'INV-1', 5000);
        expect(await late()).toEqual({ n: 1, late: 0 });
        // A newer export moves INV-1's due date earlier; the rest is paid later: 21 days late.
        await importInvoices(s, '2026-02-12', [inv(id, 'INV-1', 10000, '2026-01-20', 5000)]);
        await pay('P3', '2026-02-10', 'INV-1', 5000);
        expect(await late()).toEqual({ n: 2, late: daysBetween('2026-01-20', '2026-02-10') });
        // Closed by a snapshot is not paid: INV-3 does not count.
        const closed = await s.importRun(true, (tx) => tx.invoices.closeBySnapshot({ mode: 'all', date: '2026-02-25', now: NOW }));
        expect(closed).toBe(1);
        expect(await late()).toEqual({ n: 2, late: 21 });
      }));

    // A partial balance matters to the worklist item by item only when a payment was allocated to it
    // (that restarts the invoice's limitation clock); a partial balance an export reports is aggregated.
    it('open items, compact: partly paid by a payment comes one by one, partly open by an export is aggregated', () =>
      withStore(async (s) => {
        const id = await s.transaction((tx) => customer(tx, 'C1', 'Acme'));
        await importInvoices(s, '2026-02-01', [inv(id, 'INV-1', 10000, '2026-01-31', 4000), inv(id, 'INV-2', 20000, '2026-01-31')]);
        await s.importRun(true, async (tx) => {
          const batchId = await tx.batches.start({
            fileName: 'p.csv',
            sha256: 'p',
            kind: 'payments',
            profile: null,
            encoding: null,
            asOf: '2026-02-10',
            snapshot: null,
            at: NOW,
          });
          const w = await tx.payments.writer(batchId, NOW);
          w.write({
            customerId: id,
            reference: 'P1',
            date: '2026-02-10',
            currency: 'CNY',
            amountMinor: 5000,
            source: 'p.csv',
            parts: [{ invoice: 'INV-2', amountMinor: 5000, line: 2 }],
          });
          await w.settle();
        });
        const [inv2] = (await s.invoices.open(id)).filter((i) => i.number === 'INV-2');
        const compact = await s.invoices.openCompact('2026-03-01');
        expect(compact.special.map((i) => [i.id, i.openMinor])).toEqual([[inv2?.id, 15000]]);
        expect(compact.aggregates.map(([cid, currency, n, open]) => [cid, currency, n, open])).toEqual([[id, 'CNY', 1, 4000]]);
      }));

    // Aging and status read overdue and its parts from the store; the queue derives them item by item
    // in core (test/cli/queue-agreement.test.ts holds the two equal on a large ledger).
    it('overdue splits: a dispute covers part of an invoice, one tied to no invoice the rest, credits are set against it', () =>
      withStore(async (s) => {
        const id = await s.transaction((tx) => customer(tx, 'C1', 'Acme'));
        const other = await s.transaction((tx) => customer(tx, 'C2', 'Quiet'));
        await importInvoices(s, '2026-02-01', [
          inv(id, 'INV-1', 10000, '2026-01-10'),
          inv(id, 'INV-2', 20000, '2026-01-20'),
          inv(id, 'INV-3', 7000, '2026-03-31'),
          // No due date: issue date (1 January) + the customer's 30 days, overdue on 1 March.
          { ...inv(id, 'INV-4', 4000), dueDate: null },
          { ...inv(id, 'CN-1', -3000, '2026-01-15'), kind: 'credit_note' },
          inv(other, 'INV-9', 5000, '2026-03-31'),
        ]);
        await s.transaction(async (tx) => {
          const dispute = { customerId: id, currency: 'CNY', reason: 'quality', openedAt: '2026-02-20', createdAt: NOW };
          await tx.disputes.add({ ...dispute, invoiceNumber: 'INV-2', amountMinor: 5000 });
          await tx.disputes.add({ ...dispute, invoiceNumber: null, amountMinor: 2000 });
        });
        // Past due 10,000 + 20,000 + 4,000 − 3,000; disputed 5,000 on INV-2 and 2,000 against the rest;
        // collectible 34,000 − 7,000 − the 3,000 credit. C2 has nothing overdue and is left out.
        expect(await s.reports.overdueSplits('2026-03-01', 30)).toEqual([[id, 'CNY', 31000, 7000, 0, 24000]]);
      }));

    it('reads the report facts: open by currency, aging groups, side facts', () =>
      withStore(async (s) => {
        const id = await s.transaction((tx) => customer(tx, 'C1', 'Acme'));
        await importInvoices(s, '2026-02-01', [inv(id, 'INV-1', 10000, '2026-01-10'), inv(id, 'INV-2', 20000, '2026-03-31')]);
        expect(await s.reports.openByCurrency()).toEqual([{ currency: 'CNY', items: 2, openMinor: 30000 }]);
        const aging = await s.reports.aging({
          basis: 'due',
          current: true,
          asOf: '2026-03-01',
          cutoffs: ['2026-01-30'],
        });
        expect(aging.groups.length).toBeGreaterThan(0);
        const total = aging.groups.reduce((n, g) => n + g[4], 0);
        expect(total).toBe(30000);
        const lite = await s.customers.lite();
        expect(lite.get(id)).toMatchObject({ id });
        const compact = await s.invoices.openCompact('2026-03-01');
        expect(compact.aggregates.length + compact.special.length).toBeGreaterThan(0);
        const facts = await s.reports.sideFacts('2026-03-01', '2025-03-01');
        expect(facts).toHaveProperty('contacts');
        expect(await s.payments.unallocated(id)).toEqual([]);
        expect((await s.invoices.openDetails(id)).map((i) => i.number)).toEqual(['INV-1', 'INV-2']);
      }));
  });
}
