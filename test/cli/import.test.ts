// Golden tests for `ar import` and `ar profiles` through the built binary, and a killed import.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runAr, scrub, tempDir, TODAY } from './run-ar.js';

const FIX = path.join(ROOT, 'fixtures', 'import');
const DEMO = path.join(ROOT, 'fixtures', 'demo');

describe('ar import: summary', () => {
  it('one block per file: what it was read as, the currency booked, lines → documents; the last line says what landed where', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'l.db');
    const r = await runAr(['import', 'fixtures/demo/customers.csv', 'fixtures/demo/invoices.csv'], { db });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(scrub(r.stdout, dir)).toBe(
      [
        'fixtures/demo/customers.csv: 30 lines → 30 customers · 30 new',
        '  profile generic · UTF-8 · as of 30 Nov 2026',
        'fixtures/demo/invoices.csv: 729 lines → 729 invoices · 729 new',
        '  profile generic · UTF-8 · dates year first (YYYY-MM-DD) · as of 30 Nov 2026',
        '  booked in CNY, EUR, USD, from the file’s currency column',
        'Next: `ar aging` for the balance by age, `ar queue` for today’s calls.',
        'Imported into <TMP>/l.db: 30 customers, 729 invoices.',
        '',
      ].join('\n'),
    );
  });

  it('puts warnings on stderr, and speaks Chinese', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'l.db');
    fs.copyFileSync(path.join(FIX, 'qbo-aging-detail.csv'), path.join(dir, 'qbo.csv'));
    const r = await runAr(['import', 'qbo.csv', '--currency', 'USD'], { db, cwd: dir });
    expect(r.code).toBe(0);
    expect(scrub(r.stdout, dir)).toBe(
      [
        'qbo.csv: 6 lines → 6 invoices · 6 new',
        '  profile quickbooks-online · UTF-8 · dates month first (MM/DD/YYYY)',
        '    as of 30 Nov 2026',
        '  booked in USD, as --currency says',
        '  skipped 3 title lines, 5 subtotal/total lines (checked), 1 footer line',
        'Next: `ar aging` for the balance by age, `ar queue` for today’s calls.',
        'Imported into <TMP>/l.db: 6 invoices.',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe('ar: warning: qbo.csv: line 20: the total row says 14,521.60 USD but the rows add up to 14,521.59\n');
    const zh = await runAr(['import', 'qbo.csv', '--currency', 'USD', '--lang', 'zh'], { db, cwd: dir });
    expect(scrub(zh.stdout, dir)).toBe(
      [
        'qbo.csv：6 行 → 6 张发票 · 未变 6',
        '  方案 quickbooks-online · UTF-8 · 日期：月在前（月/日/年）',
        '    基准日期 2026年11月30日',
        '  币种 USD，按 --currency 指定',
        '  跳过标题行 3 行、合计/小计行 5 行（已核对）、表尾 1 行',
        '下一步：`ar aging` 查看账龄，`ar queue` 查看今日待办。',
        '已导入 <TMP>/l.db：6 张发票。',
        '',
      ].join('\n'),
    );
    expect(zh.stderr).toBe(
      [
        'ar: 警告: qbo.csv：第 20 行：合计行为 14,521.60 USD，但各行相加为 14,521.59',
        'ar: 警告: qbo.csv：此文件之前已导入过（批次 1，2026年11月30日）',
        '',
      ].join('\n'),
    );
  });

  it('--json prints the report', async () => {
    const dir = tempDir();
    const r = await runAr(['import', 'fixtures/import/kingdee-gb18030.csv', '--json'], { db: path.join(dir, 'l.db') });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      files: [
        {
          file: 'fixtures/import/kingdee-gb18030.csv',
          kind: 'invoices',
          profile: 'kingdee',
          encoding: 'GB18030',
          asOf: '2026-11-30',
          dateOrder: 'ymd',
          rowsRead: 5,
          lines: 5,
          documents: 5,
          skipped: { title: 2, subtotal: 3, footer: 0, void: 0 },
          currency: { codes: ['CNY'], source: 'column' },
          contactsAdded: 0,
          imported: 5,
          updated: 0,
          unchanged: 0,
          rejected: 0,
          closedBySnapshot: 0,
          warnings: [],
          batchId: 1,
        },
      ],
      dryRun: false,
    });
  });
});

describe('ar import: errors', () => {
  it('bad rows: exit 1, FILE:LINE:COLUMN lines, then what happened and what to do, nothing written (not even a new ledger)', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'l.db');
    fs.writeFileSync(
      path.join(dir, 'bad.csv'),
      [
        'customer_code,customer_name,number,issue_date,currency,total',
        'A,"Alpha',
        'Inc",1,2026-10-01,USD,10.00',
        'B,Beta,2,2026-10-01,USD,ten',
        ',,3,2026-10-01,USD,5',
      ].join('\n') + '\n',
    );
    const r = await runAr(['import', 'bad.csv'], { db, cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        'bad.csv:4:total: "ten" is not an amount',
        'bad.csv:5:customer_name: no customer (no customer code or name, and no customer group row above)',
        'ar: error: nothing was imported: 2 rows have errors — fix them, or import the good rows with `--skip-bad --rejects FILE`',
        '',
      ].join('\n'),
    );
    // The ledger did not exist before: the failed import leaves no empty one behind (#20).
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('l.db'))).toEqual([]);
    // Into an existing ledger: it is left as it was.
    expect((await runAr(['import', 'fixtures/demo/customers.csv'], { db })).code).toBe(0);
    expect((await runAr(['import', 'bad.csv'], { db, cwd: dir })).code).toBe(1);
    const d = new Database(db, { readonly: true });
    expect(d.prepare('SELECT count(*) FROM invoices').pluck().get()).toBe(0);
    expect(d.prepare('SELECT count(*) FROM import_batches').pluck().get()).toBe(1);
    d.close();
  });

  it('an unknown layout without a terminal: exit 2 with the --map syntax', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'odd.csv'), 'Kunde,Bon-Id,Wert,Datum\nAlpha,1,10.00,2026-10-01\n');
    const r = await runAr(['import', 'odd.csv', '--kind', 'invoices'], { db: path.join(dir, 'l.db'), cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        'ar: error: odd.csv: cannot tell which column holds: invoice number, total amount or open balance or line amount',
        'hint: map them, e.g. --map number="Bon-Id" --map total="Wert" (the columns are: Kunde, Bon-Id, Wert, Datum)',
        '',
      ].join('\n'),
    );
  });

  it('a missing file and a bad flag', async () => {
    const dir = tempDir();
    const r = await runAr(['import', 'nope.csv'], { db: path.join(dir, 'l.db'), cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('ar: error: cannot read nope.csv: no such file\nhint: check the path; `ar import` reads CSV, TSV, TXT and XLSX files\n');
    const k = await runAr(['import', 'nope.csv', '--kind', 'orders'], { db: path.join(dir, 'l.db'), cwd: dir });
    expect(k.code).toBe(2);
    expect(k.stderr).toMatch(/^ar: error: option '--kind <kind>' argument 'orders' is invalid/);
  });
});

describe('ar import: spreadsheets', () => {
  it('reads the sheet named by --sheet, else the first with a table', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'l.db');
    const r = await runAr(['import', path.join(FIX, 'qbd-open-invoices.xlsx'), '--currency', 'USD', '--sheet', 'Open Invoices', '--json'], { db });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ sheet: 'Open Invoices', profile: 'quickbooks-desktop', imported: 4 });
    const notes = await runAr(['import', path.join(FIX, 'qbd-open-invoices.xlsx'), '--sheet', 'Notes'], { db });
    expect(notes.code).toBe(2);
    expect(notes.stderr).toMatch(/cannot find the header row/);
    // A sheet that is not there is a usage error (#22).
    const none = await runAr(['import', path.join(FIX, 'qbd-open-invoices.xlsx'), '--sheet', 'Nope'], { db });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/has no sheet named "Nope"; its sheets are: Open Invoices, Notes/);
  });
});

describe('ar profiles', () => {
  it('saves, shows, detects, lists and deletes a user profile', async () => {
    const dir = tempDir();
    const cfg = path.join(dir, 'config');
    const env = { AR_CONFIG_DIR: cfg };
    const db = path.join(dir, 'l.db');
    const save = await runAr(
      [
        'profiles',
        'save',
        'my-erp',
        '--kind',
        'invoices',
        '--map',
        'customerName=Kunde',
        '--map',
        'number=Beleg-Nr',
        '--map',
        'total=Wert',
        '--map',
        'issueDate=Datum',
        '--fingerprint',
        'Beleg-Nr,Wert',
        '--currency',
        'eur',
        '--description',
        'our ERP',
      ],
      { env, db },
    );
    expect(save.code, save.stderr).toBe(0);
    expect(save.stdout).toBe(`Saved profile my-erp to ${path.join(cfg, 'profiles', 'my-erp.json')}.\n`);
    const file = JSON.parse(fs.readFileSync(path.join(cfg, 'profiles', 'my-erp.json'), 'utf8'));
    expect(file).toEqual({
      name: 'my-erp',
      description: 'our ERP',
      kind: 'invoices',
      currency: 'EUR',
      fingerprints: [['Beleg-Nr', 'Wert']],
      map: { customerName: 'Kunde', number: 'Beleg-Nr', total: 'Wert', issueDate: 'Datum' },
    });
    const show = await runAr(['profiles', 'show', 'my-erp'], { env, db });
    expect(JSON.parse(show.stdout)).toMatchObject({ name: 'my-erp', builtin: false });
    expect((await runAr(['profiles', 'list'], { env, db })).stdout).toMatch(/^my-erp\s+invoices\s+user\s+our ERP$/m);
    // Detected from its fingerprint: no flags needed.
    fs.writeFileSync(path.join(dir, 'odd.csv'), 'Kunde,Beleg-Nr,Wert,Datum\nAlpha,1,10.00,2026-10-01\n');
    const imp = await runAr(['import', path.join(dir, 'odd.csv'), '--json'], { env, db });
    expect(imp.code, imp.stderr).toBe(0);
    expect(JSON.parse(imp.stdout).files[0]).toMatchObject({ profile: 'my-erp', imported: 1 });
    const d = new Database(db, { readonly: true });
    expect(d.prepare('SELECT currency, total_minor FROM invoices').get()).toEqual({ currency: 'EUR', total_minor: 1000 });
    d.close();
    expect((await runAr(['profiles', 'save', 'xero', '--kind', 'invoices'], { env, db })).code).toBe(2);
    expect((await runAr(['profiles', 'delete', 'generic'], { env, db })).code).toBe(2);
    const del = await runAr(['profiles', 'delete', 'my-erp'], { env, db });
    expect(del.code).toBe(0);
    expect(fs.existsSync(path.join(cfg, 'profiles', 'my-erp.json'))).toBe(false);
    expect((await runAr(['profiles', 'show', 'my-erp'], { env, db })).code).toBe(2);
  });

  it('refuses a broken profile file clearly', async () => {
    const dir = tempDir();
    const cfg = path.join(dir, 'config');
    fs.mkdirSync(path.join(cfg, 'profiles'), { recursive: true });
    fs.writeFileSync(path.join(cfg, 'profiles', 'bad.json'), '{"name": "bad", "colour": "red"}');
    const r = await runAr(['profiles', 'list'], { env: { AR_CONFIG_DIR: cfg }, db: path.join(dir, 'l.db') });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the profile .*bad\.json is not valid: unknown key "colour"/);
  });
});

describe('a killed import', () => {
  it('leaves the ledger exactly as it was, and it opens fine', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'l.db');
    const env = { ...process.env, AR_DB: db, AR_TODAY: TODAY, NO_COLOR: '1', AR_LANG: 'en' };
    expect(spawnSync(process.execPath, [BIN, 'import', path.join(DEMO, 'customers.csv'), path.join(DEMO, 'invoices.csv')], { env }).status).toBe(0);
    const state = () => {
      const d = new Database(db, { readonly: true });
      const out = JSON.stringify({
        integrity: d.pragma('integrity_check', { simple: true }),
        customers: d.prepare('SELECT count(*) FROM customers').pluck().get(),
        invoices: d.prepare('SELECT count(*), sum(open_minor), max(updated_at) FROM invoices').raw().get(),
        batches: d.prepare('SELECT count(*) FROM import_batches').pluck().get(),
      });
      d.close();
      return out;
    };
    const before = state();
    const big = path.join(dir, 'big.csv');
    spawnSync(process.execPath, [path.join(ROOT, 'bench', 'gen-invoices.mjs'), big, '400000']);
    const child = spawn(process.execPath, [BIN, 'import', big], { env, stdio: 'ignore' });
    // Kill it once it is writing: the WAL file grows while the transaction is open (the invoices are
    // staged in a TEMP table first and merged at the end of the file, so this may take a while).
    const wal = `${db}-wal`;
    const walAtStart = fs.existsSync(wal) ? fs.statSync(wal).size : 0;
    const started = Date.now();
    const walAtKill = await new Promise<number>((resolve) => {
      const tick = setInterval(() => {
        const size = fs.existsSync(wal) ? fs.statSync(wal).size : 0;
        if (size > walAtStart + 4 * 1024 * 1024 || Date.now() - started > 60_000) {
          clearInterval(tick);
          resolve(size);
        }
      }, 20);
    });
    expect(child.exitCode).toBeNull(); // still mid-file
    child.kill('SIGKILL');
    const exit = await new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_code, signal) => r(signal)));
    // Proof the kill landed mid-write: the open transaction had already put megabytes into the WAL.
    expect(walAtKill).toBeGreaterThan(walAtStart + 4 * 1024 * 1024);
    expect(exit).toBe('SIGKILL');
    expect(state()).toBe(before);
    const status = spawnSync(process.execPath, [BIN, 'status', '--json'], { env, encoding: 'utf8' });
    expect(status.status).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ customers: 30, invoices: 729 });
  }, 120_000);
});
