import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, Ledger, loadMigrations, type Migration } from '../../src/store/sqlite/ledger.js';
import { DataError } from '../../src/errors.js';
import { render } from '../../src/i18n/index.js';
import { tempDir } from '../cli/run-ar.js';

const MIGRATIONS = loadMigrations(path.resolve('src/store/sqlite/migrations'));
const LATEST = MIGRATIONS.length;

function tables(file: string): string[] {
  const db = new Database(file, { readonly: true });
  const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  db.close();
  return names;
}

describe('ledger migrations', () => {
  it('creates a fresh ledger at the latest schema with every v1 table', async () => {
    const file = path.join(tempDir(), 'l.db');
    const l = await Ledger.open(file, { migrations: MIGRATIONS });
    expect(l.created).toBe(true);
    expect(l.schemaVersion).toBe(LATEST);
    expect(l.db.pragma('user_version', { simple: true })).toBe(LATEST);
    expect(l.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(l.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(l.db.pragma('foreign_keys', { simple: true })).toBe(1);
    await l.close();
    expect(tables(file)).toEqual(
      expect.arrayContaining([
        'settings',
        'customers',
        'contacts',
        'invoices',
        'payments',
        'allocations',
        'activities',
        'promises',
        'disputes',
        'letters',
        'limitation_events',
        'import_batches',
      ]),
    );
  });

  it('numbers migrations without gaps, from 0001', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  // Each earlier version upgrades to the latest and keeps its data.
  for (let from = 1; from < LATEST; from++) {
    it(`upgrades a ledger at schema ${from} to ${LATEST}, keeping its rows`, async () => {
      const file = path.join(tempDir(), 'l.db');
      const old = await Ledger.open(file, { migrations: MIGRATIONS.slice(0, from) });
      old.db.prepare("INSERT INTO settings (key, value) VALUES ('default_currency', '\"USD\"')").run();
      await old.close();
      const l = await Ledger.open(file, { migrations: MIGRATIONS });
      expect(l.schemaVersion).toBe(LATEST);
      expect(l.db.prepare("SELECT value FROM settings WHERE key = 'default_currency'").get()).toEqual({ value: '"USD"' });
      await l.close();
    });
  }

  // What each migration adds (or removes), checked on a ledger taken to exactly that version.
  const objects = (file: string, type: string) => {
    const db = new Database(file, { readonly: true });
    const names = db.prepare('SELECT name FROM sqlite_master WHERE type = ? ORDER BY name').pluck().all(type) as string[];
    db.close();
    return names;
  };
  const effects: Record<number, (file: string) => void> = {
    1: (file) => {
      expect(tables(file)).toEqual(expect.arrayContaining(['customers', 'invoices', 'payments', 'allocations', 'import_batches', 'limitation_events']));
      expect(objects(file, 'index')).toEqual(expect.arrayContaining(['invoices_open', 'invoices_closed_at']));
    },
    2: (file) => {
      const idx = objects(file, 'index');
      expect(idx).toEqual(expect.arrayContaining(['invoices_open_items', 'invoices_paid_by_close', 'activities_contact', 'letters_sent']));
      expect(idx).not.toContain('invoices_open');
      expect(idx).not.toContain('invoices_closed_at');
    },
    3: (file) => {
      expect(objects(file, 'index')).toEqual(expect.arrayContaining(['invoices_paid_late', 'invoices_paid_no_due']));
      expect(objects(file, 'index')).not.toContain('invoices_paid_by_close');
      // late_days is computed by SQLite from the dates: max(0, closed − due), NULL without both.
      const db = new Database(file);
      db.exec(`INSERT INTO customers (id, code, name, name_key, created_at, updated_at) VALUES (1, 'C1', 'Acme', 'acme', 'x', 'x')`);
      const ins = db.prepare(
        `INSERT INTO invoices (customer_id, number, kind, issue_date, due_date, currency, total_minor, open_minor, status, closed_at, closed_by, source, created_at, updated_at)
         VALUES (1, @n, 'invoice', '2026-01-01', @due, 'CNY', 100, 0, 'closed', @closed, 'payment', 't', 'x', 'x')`,
      );
      ins.run({ n: 'late', due: '2026-02-28', closed: '2026-03-02T10:00:00Z' });
      ins.run({ n: 'early', due: '2026-02-28', closed: '2026-02-01' });
      ins.run({ n: 'nodue', due: null, closed: '2026-02-01' });
      const late = db.prepare('SELECT number, late_days FROM invoices ORDER BY number').raw(true).all();
      db.close();
      expect(late).toEqual([
        ['early', 0],
        ['late', 2],
        ['nodue', null],
      ]);
    },
    4: (file) => {
      expect(tables(file)).toContain('sequences');
      const db = new Database(file, { readonly: true });
      const cols = (t: string) => db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(t) as string[];
      expect(cols('customers')).toContain('jurisdiction');
      expect(cols('invoices')).toContain('job');
      expect(cols('activities')).toEqual(expect.arrayContaining(['contact', 'evidence']));
      expect(cols('promises')).toEqual(expect.arrayContaining(['plan_id', 'instalment', 'contact']));
      expect(cols('letters')).toEqual(expect.arrayContaining(['kind', 'format']));
      db.close();
    },
    5: (file) => {
      // Type and grade may be unknown (unclassified); the other columns and the indexes are as before.
      const db = new Database(file);
      db.exec(`INSERT INTO customers (id, code, name, name_key, created_at, updated_at) VALUES (1, 'C1', 'Acme', 'acme', 'x', 'x')`);
      expect(db.prepare('SELECT type, grade FROM customers').get()).toEqual({ type: null, grade: null });
      expect(() => db.exec(`UPDATE customers SET type = 'nonsense'`)).toThrow(/CHECK/);
      expect(db.prepare(`SELECT name FROM pragma_table_info('customers')`).pluck().all()).toContain('jurisdiction');
      db.close();
      expect(objects(file, 'index')).toEqual(expect.arrayContaining(['customers_name_key', 'customers_collector']));
    },
    6: (file) => {
      const db = new Database(file);
      db.exec(`INSERT INTO customers (id, code, name, name_key, collector, created_at, updated_at) VALUES (1, 'C1', 'Acme', 'acme', '张伟', 'x', 'x')`);
      expect(db.prepare(`SELECT name FROM pragma_table_info('customers')`).pluck().all()).toContain('collector_source');
      expect(() => db.exec(`UPDATE customers SET collector_source = 'nonsense'`)).toThrow(/CHECK/);
      db.close();
    },
  };

  it('migration 6 marks the collectors a ledger already has as set by hand', async () => {
    const file = path.join(tempDir(), 'l.db');
    await (await Ledger.open(file, { migrations: MIGRATIONS.slice(0, 5) })).close();
    const db = new Database(file);
    db.exec(`INSERT INTO customers (id, code, name, name_key, collector, created_at, updated_at)
             VALUES (1, 'C1', 'Acme', 'acme', '张伟', 'x', 'x'), (2, 'C2', 'Beta', 'beta', NULL, 'x', 'x')`);
    db.close();
    const l = await Ledger.open(file, { migrations: MIGRATIONS.slice(0, 6) });
    expect(l.db.prepare('SELECT code, collector, collector_source AS source FROM customers ORDER BY id').all()).toEqual([
      { code: 'C1', collector: '张伟', source: 'manual' },
      { code: 'C2', collector: null, source: null },
    ]);
    await l.close();
  });

  it('migration 5 keeps every customer, its classification and what refers to it', async () => {
    const file = path.join(tempDir(), 'l.db');
    await (await Ledger.open(file, { migrations: MIGRATIONS.slice(0, 4) })).close();
    const db = new Database(file);
    db.exec(`INSERT INTO customers (id, code, name, name_key, type, grade, jurisdiction, created_at, updated_at)
             VALUES (1, 'C1', 'Acme', 'acme', 'delayer', 'C', 'US-CA', 'x', 'x'), (2, 'C2', 'Beta', 'beta', 'oversight', 'B', NULL, 'x', 'x')`);
    db.exec(`INSERT INTO invoices (customer_id, number, kind, issue_date, due_date, currency, total_minor, open_minor, status, source, created_at, updated_at)
             VALUES (1, 'I-1', 'invoice', '2026-01-01', '2026-02-01', 'CNY', 100, 100, 'open', 't', 'x', 'x')`);
    db.close();
    const l = await Ledger.open(file, { migrations: MIGRATIONS });
    expect(l.schemaVersion).toBe(LATEST);
    expect(l.db.prepare('SELECT code, type, grade, jurisdiction FROM customers ORDER BY id').all()).toEqual([
      { code: 'C1', type: 'delayer', grade: 'C', jurisdiction: 'US-CA' },
      { code: 'C2', type: 'oversight', grade: 'B', jurisdiction: null },
    ]);
    expect(l.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(l.db.pragma('foreign_key_check')).toEqual([]);
    // The invoice still points at its customer, and the reference is enforced again.
    expect(() => l.db.exec('DELETE FROM customers WHERE id = 1')).toThrow(/FOREIGN KEY/);
    await l.close();
  });
  it('has a check for every migration', () => {
    expect(Object.keys(effects).map(Number)).toEqual(MIGRATIONS.map((m) => m.version));
  });
  for (const m of MIGRATIONS) {
    it(`migration ${m.version} (${m.name}) does what it says`, async () => {
      const file = path.join(tempDir(), 'l.db');
      const l = await Ledger.open(file, { migrations: MIGRATIONS.slice(0, m.version) });
      expect(l.schemaVersion).toBe(m.version);
      await l.close();
      effects[m.version]?.(file);
    });
  }

  it('applies a later migration on top of an existing ledger, in one transaction', async () => {
    const file = path.join(tempDir(), 'l.db');
    await (await Ledger.open(file, { migrations: MIGRATIONS })).close();
    const next: Migration = { version: LATEST + 1, name: 'extra', sql: 'ALTER TABLE customers ADD COLUMN extra TEXT;' };
    const l = await Ledger.open(file, { migrations: [...MIGRATIONS, next] });
    expect(l.schemaVersion).toBe(LATEST + 1);
    await l.close();
  });

  it('rolls back a failing migration and leaves the version unchanged', async () => {
    const file = path.join(tempDir(), 'l.db');
    await (await Ledger.open(file, { migrations: MIGRATIONS })).close();
    const bad: Migration = { version: LATEST + 1, name: 'bad', sql: 'ALTER TABLE customers ADD COLUMN half TEXT; SELECT * FROM no_such_table;' };
    await expect(Ledger.open(file, { migrations: [...MIGRATIONS, bad] })).rejects.toThrow();
    const l = await Ledger.open(file, { migrations: MIGRATIONS });
    expect(l.schemaVersion).toBe(LATEST);
    const cols = (l.db.prepare('PRAGMA table_info(customers)').all() as { name: string }[]).map((c) => c.name);
    expect(cols).not.toContain('half');
    await l.close();
  });

  it('refuses a ledger with a newer schema and leaves it untouched', async () => {
    const file = path.join(tempDir(), 'l.db');
    await (await Ledger.open(file, { migrations: MIGRATIONS })).close();
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST + 5}`);
    db.close();
    const before = fs.readFileSync(file);
    const err = await Ledger.open(file, { migrations: MIGRATIONS }).catch((e) => e);
    expect(err).toBeInstanceOf(DataError);
    expect(render('en', err.text)).toContain(`schema version ${LATEST + 5}, newer than this program understands`);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not a SQLite database, byte for byte untouched', async () => {
    const file = path.join(tempDir(), 'notes.db');
    fs.writeFileSync(file, 'customer,amount\nAcme,100\n');
    const err = await Ledger.open(file, { migrations: MIGRATIONS }).catch((e) => e);
    expect(err).toBeInstanceOf(DataError);
    expect(render('en', err.text)).toContain('is not a huikuan ledger (not a SQLite database)');
    expect(fs.readFileSync(file, 'utf8')).toBe('customer,amount\nAcme,100\n');
    expect(fs.existsSync(file + '-wal')).toBe(false);
  });

  it('refuses a SQLite database that is not a huikuan ledger, untouched', async () => {
    const file = path.join(tempDir(), 'other.db');
    const db = new Database(file);
    db.exec("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('x');");
    db.close();
    const before = fs.readFileSync(file);
    const err = await Ledger.open(file, { migrations: MIGRATIONS }).catch((e) => e);
    expect(err).toBeInstanceOf(DataError);
    expect(render('en', err.text)).toContain('is a SQLite database but not a huikuan ledger');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a folder and a path whose folder does not exist', async () => {
    const dir = tempDir();
    const folder = await Ledger.open(dir, { migrations: MIGRATIONS }).catch((e) => e);
    expect(render('en', folder.text)).toContain('is a folder');
    const missing = await Ledger.open(path.join(dir, 'missing', 'l.db'), { migrations: MIGRATIONS }).catch((e) => e);
    expect(render('en', missing.text)).toContain('does not exist');
    expect(fs.existsSync(path.join(dir, 'missing'))).toBe(false);
  });

  it('rolls back a failed transaction', async () => {
    const l = await Ledger.open(path.join(tempDir(), 'l.db'), { migrations: MIGRATIONS });
    await expect(
      l.transaction(() => {
        l.db.prepare("INSERT INTO settings (key, value) VALUES ('a', '1')").run();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(l.db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 0 });
    await l.close();
  });
});
