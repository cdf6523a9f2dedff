// Golden tests for the foundation commands, through the built binary.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ROOT, runAr, runBin, scrub, tempDir } from './run-ar.js';
import { loadMigrations } from '../../src/store/sqlite/ledger.js';

const SCHEMA = loadMigrations(path.resolve('src/store/sqlite/migrations')).length;

// --help, --version and the exit codes go through the built binary: they are what a shell sees.
describe('ar --help', () => {
  it('lists the global options and commands in English', async () => {
    const r = runBin(['--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage: ar \[options\] \[command\]/);
    for (const flag of ['--db <path>', '--as-of <date>', '--lang <lang>', '--json', '--no-color', '--debug', '--version']) {
      expect(r.stdout).toContain(flag);
    }
    for (const cmd of ['init', 'status', 'config']) expect(r.stdout).toMatch(new RegExp(`^  ${cmd}\\b`, 'm'));
  });

  it('speaks Chinese with --lang zh and with AR_LANG=zh', async () => {
    expect((await runAr(['--lang', 'zh', '--help'])).stdout).toContain('显示帮助');
    expect((await runAr(['--help'], { env: { AR_LANG: 'zh' } })).stdout).toContain('显示帮助');
    expect((await runAr(['--help'], { env: { AR_LANG: '', LANG: 'zh_CN.UTF-8' } })).stdout).toContain('显示帮助');
  });

  it('prints the version', async () => {
    const r = runBin(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('ar status', () => {
  it('never creates a ledger (issue 8); describes one that `ar init` made', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'ledger.db');
    const missing = await runAr(['status'], { db });
    expect(missing.code).toBe(1);
    expect(scrub(missing.stderr, dir)).toMatch(/^ar: error: no ledger at <TMP>\/ledger\.db\nhint: `ar import FILE` creates it/);
    expect(fs.existsSync(db)).toBe(false);
    for (const args of [
      ['config', 'list'],
      ['config', 'get', 'default_currency'],
    ]) {
      expect((await runAr(args, { db })).code).toBe(1);
      expect(fs.existsSync(db)).toBe(false);
    }
    expect((await runAr(['init', '--currency', 'CNY'], { db })).code).toBe(0);
    const r = await runAr(['status'], { db });
    expect(r.code).toBe(0);
    expect(scrub(r.stdout, dir)).toBe(
      [
        `Ledger       <TMP>/ledger.db  (schema ${SCHEMA})`,
        'Holds        0 customers · 0 invoices · 0 payments · 0 contacts',
        'Open balance nothing open',
        // Wrapped under its label, to 80 columns.
        'Last import  none yet — `ar import FILE` brings in an export, `ar demo` shows',
        '             the tool on sample data',
        '',
      ].join('\n'),
    );
    expect(fs.existsSync(db)).toBe(true);
  });

  it('without --db or AR_DB, a new user gets a ledger in the per-user data folder (made by init)', async () => {
    const home = tempDir();
    // Through the binary: in-process, os.homedir() (src/paths.ts) ignores the HOME given to run().
    expect(runBin(['init', '--currency', 'CNY'], { env: { HOME: home, XDG_DATA_HOME: '' } }).code).toBe(0);
    const r = runBin(['status', '--json'], { env: { HOME: home, XDG_DATA_HOME: '' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).db).toBe(path.join(home, '.local', 'share', 'huikuan', 'ledger.db'));
    expect(fs.existsSync(path.join(home, '.local', 'share', 'huikuan', 'ledger.db'))).toBe(true);
  });

  it('an empty file, /dev/null and /proc files are refused in one line, exit 1', async () => {
    const dir = tempDir();
    const empty = path.join(dir, 'empty.db');
    fs.writeFileSync(empty, '');
    const cases: [string, RegExp][] = [
      [empty, /is an empty file, not a ledger\nhint: `ar init --db .*empty\.db` makes it a ledger/],
      ['/dev/null', /^ar: error: \/dev\/null is not a regular file, so it cannot hold a ledger\n/],
      ['/proc/self/status', /^ar: error: \/proc\/self\/status is not a regular file/],
    ];
    expect(cases.length).toBeGreaterThan(0);
    for (const [db, says] of cases) {
      for (const args of [['status'], ['queue'], ['import', path.join(ROOT, 'fixtures', 'demo', 'invoices.csv')]]) {
        if (db === empty && args[0] === 'import') continue; // an import may make an empty file a ledger
        const r = await runAr([...args, '--db', db]);
        expect(r.code, `${args[0]} --db ${db}`).toBe(1);
        expect(r.stderr).toMatch(says);
        expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
      }
    }
    expect(fs.readFileSync(empty, 'utf8')).toBe('');
  });

  it('--json has the documented fields', async () => {
    const dir = tempDir();
    expect((await runAr(['init', '--currency', 'CNY', '--db', path.join(dir, 'x.db')])).code).toBe(0);
    const r = await runAr(['status', '--json', '--db', path.join(dir, 'x.db')]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({
      db: path.join(dir, 'x.db'),
      schemaVersion: SCHEMA,
      customers: 0,
      invoices: 0,
      payments: 0,
      open: [{ currency: 'CNY', items: 0, openMinor: 0 }],
      lastImport: null,
    });
  });

  it('lists open balances per currency, credit notes negative, never summed across currencies', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'l.db');
    expect((await runAr(['init', '--currency', 'USD'], { db })).code).toBe(0);
    const sql = new Database(db);
    sql.exec(`
      INSERT INTO customers (id, code, name, name_key, created_at, updated_at) VALUES (1, 'C1', 'Acme', 'acme', 'x', 'x');
      INSERT INTO invoices (customer_id, number, kind, currency, total_minor, open_minor, created_at, updated_at) VALUES
        (1, 'A1', 'invoice', 'USD', 100050, 100050, 'x', 'x'),
        (1, 'A2', 'credit_note', 'USD', -25, -25, 'x', 'x'),
        (1, 'B1', 'invoice', 'JPY', 5000, 5000, 'x', 'x');
      INSERT INTO invoices (customer_id, number, kind, currency, total_minor, open_minor, status, created_at, updated_at) VALUES
        (1, 'A3', 'invoice', 'USD', 999, 0, 'closed', 'x', 'x');`);
    sql.close();
    const j = JSON.parse((await runAr(['status', '--json'], { db })).stdout);
    expect(j.open).toMatchObject([
      { currency: 'JPY', items: 1, openMinor: 5000 },
      { currency: 'USD', items: 2, openMinor: 100025 },
    ]);
    expect(j.invoices).toBe(4);
    const text = (await runAr(['status'], { db })).stdout;
    expect(text).toContain('Holds        1 customer · 4 invoices · 0 payments · 0 contacts');
    expect(text).toMatch(/Currency {2}Items {6}Open +Overdue +Disputed +Collectible\nJPY {11}1 {5}5,000 .*\nUSD {11}2 {2}1,000.25 /);
  });
});

describe('errors and exit codes', () => {
  it('a usage error exits 2 with a hint', async () => {
    const r = runBin(['status', '--no-such-flag']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("ar: error: unknown option '--no-such-flag'\nhint: see `ar status --help`\n");
  });

  it('usage errors speak Chinese too, and point at the command’s own help', async () => {
    const r = await runAr(['--lang', 'zh', 'status', '--jsno']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("ar: 错误: 未知选项 '--jsno'（是否想用 --json？）\n提示: 运行 `ar status --help` 查看用法\n");
    expect((await runAr(['--lang', 'zh', 'frobnicate'])).stderr).toBe("ar: 错误: 未知命令 'frobnicate'\n提示: 运行 `ar --help` 查看用法\n");
    const help = (await runAr(['--lang', 'zh', 'status', '--help'])).stdout;
    expect(help).toMatch(/^用法：ar status \[选项\]/);
    expect(help).toContain('\n选项：\n');
    expect(help).not.toMatch(/Usage:|Options:/);
  });

  it('an unknown command exits 2', async () => {
    expect(runBin(['frobnicate']).code).toBe(2);
  });

  it('a bad --as-of exits 2 naming the flag, in Chinese too', async () => {
    const dir = tempDir();
    const r = await runAr(['status', '--as-of', '2026-02-30', '--db', path.join(dir, 'l.db')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ar: error: --as-of: 2026-02-30 is not a date that exists');
    const zh = await runAr(['--lang', 'zh', 'status'], { env: { AR_TODAY: 'tomorrow' }, db: path.join(dir, 'l.db') });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('ar: 错误: AR_TODAY 须为日期，如 2026-12-04、2026/12/4 或 2026年12月4日');
  });

  it('a --db that is not a ledger exits 1, names it, and leaves it untouched', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'customers.csv');
    fs.writeFileSync(file, 'name\nAcme\n');
    const r = await runAr(['status', '--db', file]);
    expect(r.code).toBe(1);
    expect(scrub(r.stderr, dir)).toBe(
      'ar: error: <TMP>/customers.csv is not a huikuan ledger (not a SQLite database); it was left untouched\nhint: check the --db path or AR_DB\n',
    );
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(fs.readFileSync(file, 'utf8')).toBe('name\nAcme\n');
    expect(fs.readdirSync(dir)).toEqual(['customers.csv']);
  });

  it('a --db in a folder that does not exist exits 1 and creates nothing', async () => {
    const dir = tempDir();
    const r = await runAr(['init', '--currency', 'CNY', '--db', path.join(dir, 'nope', 'l.db')]);
    expect(r.code).toBe(1);
    expect(scrub(r.stderr, dir)).toContain('ar: error: the folder for the ledger <TMP>/nope/l.db does not exist');
    expect((await runAr(['status', '--db', path.join(dir, 'nope', 'l.db')])).code).toBe(1);
    expect(fs.existsSync(path.join(dir, 'nope'))).toBe(false);
  });

  it('a --db that is a folder exits 1', async () => {
    const dir = tempDir();
    const r = await runAr(['status', '--db', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is a folder, not a ledger file');
  });

  it('errors follow --lang zh', async () => {
    const dir = tempDir();
    const r = await runAr(['--lang', 'zh', 'status', '--db', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ar: 错误: .* 是文件夹，不是账本文件\n提示: /);
  });

  it('--debug adds the stack trace', async () => {
    const dir = tempDir();
    const r = await runAr(['status', '--debug', '--db', dir]);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});

describe('ar init and ar config', () => {
  it('init without a terminal takes flags and asks nothing', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'l.db');
    const r = await runAr(['init', '--company', 'Huaxin Industrial', '--company-zh', '华信工业品有限公司', '--currency', 'usd', '--language', 'zh'], { db });
    expect(r.code).toBe(0);
    expect(scrub(r.stdout, dir)).toBe(
      `Created a new ledger at <TMP>/l.db (schema ${SCHEMA}).\nSaved: letterhead, default_currency, language.\n` +
        'Default currency USD: files that name no currency are booked in it (change with --currency).\n' +
        'Next: `ar import FILE` to bring in an aging or open-invoice export, or `ar demo` to try sample data.\n',
    );
    expect((await runAr(['config', 'get', 'letterhead.name_zh'], { db })).stdout).toBe('华信工业品有限公司\n');
    expect((await runAr(['config', 'get', 'default_currency'], { db })).stdout).toBe('USD\n');
    const again = await runAr(['init'], { db });
    expect(scrub(again.stdout, dir)).toBe(`Ledger <TMP>/l.db is ready (schema ${SCHEMA}).\n`);
  });

  it('init refuses a currency that is not an ISO code (exit 2) and creates nothing', async () => {
    const dir = tempDir();
    const r = await runAr(['init', '--currency', 'dollars'], { db: path.join(dir, 'l.db') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('currency must be a three-letter ISO 4217 code');
    expect((await runAr(['init', '--currency', 'XYZ'], { db: path.join(dir, 'l.db') })).code).toBe(2);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('config set/get/unset/list round-trips and types values by their default', async () => {
    const db = path.join(tempDir(), 'l.db');
    expect((await runAr(['config', 'set', 'letterhead.phone', '0755-1234'], { db })).stdout).toBe('letterhead.phone = 0755-1234\n');
    expect((await runAr(['config', 'get', 'letterhead.phone'], { db })).stdout).toBe('0755-1234\n');
    const list = JSON.parse((await runAr(['config', 'list', '--json'], { db })).stdout);
    expect(list).toContainEqual({ key: 'letterhead.phone', value: '0755-1234', source: 'ledger' });
    expect(list).toContainEqual({ key: 'letterhead.email', value: '', source: 'default' });
    expect((await runAr(['config', 'unset', 'letterhead.phone'], { db })).code).toBe(0);
    expect((await runAr(['config', 'get', 'letterhead.phone'], { db })).stdout).toBe('\n');
    const bad = await runAr(['config', 'set', 'no.such.key', '1'], { db });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown setting "no.such.key"');
  });
});
