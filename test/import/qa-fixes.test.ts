// Regression tests for the collector QA report (numbers are the report's): what an import must do
// with decimal commas, unknown balance and due-date columns, missing currencies, older exports,
// snapshots that would close half the ledger, saved profiles, unknown layouts and failed runs.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Prompts } from '../../src/cli/prompts.js';
import { CancelledError } from '../../src/errors.js';
import { ar, count, DEMO, FIX, newDb, openBalances, rows, tempDir } from './helpers.js';

function csv(dir: string, name: string, lines: string[]): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, lines.join('\n') + '\n');
  return f;
}

function json(r: { stdout: string }) {
  return JSON.parse(r.stdout).files[0];
}

/** Prompts that answer by message substring; `cancel` answers throw like Ctrl-C. */
function scripted(answers: [string, unknown][], asked: string[] = []): Prompts {
  const pick = (message: string) => {
    asked.push(message);
    const hit = answers.find(([k]) => message.includes(k));
    if (!hit) throw new Error(`unexpected question: ${message}`);
    if (hit[1] === 'cancel') throw new CancelledError();
    return hit[1];
  };
  return {
    input: async (q) => String(pick(q.message)),
    select: async (q) => pick(q.message) as never,
    confirm: async (q) => Boolean(pick(q.message)),
  };
}

describe('#1 the decimal mark is decided once per file', () => {
  it('"1.500" in a file whose amounts use a decimal comma is 1.500,00', async () => {
    const db = newDb();
    const dir = path.dirname(db);
    const f = csv(dir, 'dc.csv', [
      'sep=;',
      'Kunde;Rechnungsnummer;Rechnungsdatum;Fälligkeitsdatum;Betrag;Währung',
      'Alpha GmbH;R-1;01.10.2026;31.10.2026;1.500;EUR',
      'Beta AG;R-2;01.10.2026;31.10.2026;2.345,67;EUR',
      'Beta AG;R-3;01.10.2026;31.10.2026;1.234;EUR',
    ]);
    const r = await ar(['import', f, '--json'], { db });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).warnings).toEqual([]);
    expect(rows(db, 'SELECT number, total_minor AS t FROM invoices ORDER BY number')).toEqual([
      { number: 'R-1', t: 150000 },
      { number: 'R-2', t: 234567 },
      { number: 'R-3', t: 123400 },
    ]);
  });

  it('a file that mixes both marks is read amount by amount, with a warning naming both', async () => {
    const db = newDb();
    const f = csv(path.dirname(db), 'mixed.csv', [
      'customer_name,number,issue_date,due_date,currency,total',
      'A,1,2026-10-01,2026-10-31,EUR,"1.234,50"',
      'A,2,2026-10-01,2026-10-31,EUR,"2,345.60"',
    ]);
    const r = await ar(['import', f, '--json'], { db });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).warnings).toEqual([
      'the amounts mix decimal marks ("1.234,50" has a decimal comma, "2,345.60" a decimal point); each amount was read on its own — say which the file uses with --decimal-mark , or --decimal-mark .',
    ]);
    expect(openBalances(db)).toEqual({ EUR: { items: 2, open: '3580.10' } });
  });

  it('--decimal-mark and a profile’s mark win over the data', async () => {
    const db = newDb();
    const f = csv(path.dirname(db), 'dot.csv', ['customer_name,number,issue_date,due_date,currency,total', 'A,1,2026-10-01,2026-10-31,EUR,1.500']);
    const r = await ar(['import', f, '--decimal-mark', ',', '--json'], { db });
    expect(r.code, r.stderr).toBe(0);
    expect(rows(db, 'SELECT total_minor AS t FROM invoices')).toEqual([{ t: 150000 }]);
  });
});

describe('#2 balance columns', () => {
  it('原币余额, 本币余额, 未核销余额, 期末余额, 原币未收金额 … are the open balance', async () => {
    for (const h of ['原币余额', '本币余额', '未核销余额', '期末余额', '原币未收金额', '余额', '未收金额', '未收款金额', 'Outstanding Balance', 'Open Amt']) {
      const db = newDb();
      const f = csv(path.dirname(db), 'h.csv', [
        `Customer,Invoice,Invoice Date,Due Date,Amount,${h},Currency`,
        'X Co,I1,2026-10-01,2026-10-31,100.00,40.00,USD',
      ]);
      const r = await ar(['import', f, '--json'], { db });
      expect(r.code, `${h}: ${r.stderr}`).toBe(0);
      expect(rows(db, 'SELECT total_minor AS t, open_minor AS o FROM invoices'), h).toEqual([{ t: 10000, o: 4000 }]);
    }
  });

  it('an unknown column that looks like money beside the amount: a warning names it and the --map that uses it', async () => {
    const db = newDb();
    const f = csv(path.dirname(db), 'saldo.csv', [
      'Customer,Invoice,Invoice Date,Due Date,Amount,Tax,Saldo,Currency',
      'X Co,I1,2026-10-01,2026-10-31,100.00,13.00,40.00,USD',
    ]);
    const r = await ar(['import', f, '--json'], { db });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).warnings).toEqual([
      'no open-balance column recognised: the amount is taken as open; the column "Saldo" looks like money — --map open="Saldo" would use it',
    ]);
    const again = await ar(['import', f, '--map', 'open=Saldo', '--json'], { db });
    expect(json(again).warnings.filter((w: string) => w.startsWith('no open-balance'))).toEqual([]);
    expect(rows(db, 'SELECT open_minor AS o FROM invoices')).toEqual([{ o: 4000 }]);
  });
});

describe('#3 due dates', () => {
  it('knows SAP’s and other systems’ labels, abbreviations included', async () => {
    for (const h of ['Net due dt', 'Due Dt', 'Date Due', 'Fällig am', '收款期限', '最后付款日', 'Maturity date', 'Nettofälligk.']) {
      const db = newDb();
      const f = csv(path.dirname(db), 'd.csv', [`Customer,Invoice,Invoice Date,${h},Amount,Currency`, 'Late Co,L1,2026-10-01,2026-12-30,100.00,USD']);
      const r = await ar(['import', f, '--json'], { db });
      expect(r.code, `${h}: ${r.stderr}`).toBe(0);
      expect(json(r).warnings, h).toEqual([]);
      expect(rows(db, 'SELECT due_date AS d FROM invoices'), h).toEqual([{ d: '2026-12-30' }]);
    }
  });

  it('a file without a due-date column says so, naming a date column it could use', async () => {
    const db = newDb();
    const f = csv(path.dirname(db), 'nodue.csv', ['Customer,Invoice,Invoice Date,Zahltag,Amount,Currency', 'Late Co,L1,2026-10-01,2026-12-30,100.00,USD']);
    const r = await ar(['import', f, '--json'], { db });
    expect(json(r).warnings).toEqual([
      'no due date column: invoices aged from invoice date + terms (the column "Zahltag" holds dates: --map dueDate="Zahltag" would use it)',
    ]);
    const plain = csv(path.dirname(db), 'nodue2.csv', ['Customer,Invoice,Invoice Date,Amount,Currency', 'Late Co,L2,2026-10-01,100.00,USD']);
    expect(json(await ar(['import', plain, '--json'], { db })).warnings).toEqual(['no due date column: invoices aged from invoice date + terms']);
  });
});

describe('#4 currencies', () => {
  const head = 'Customer,Invoice,Invoice Date,Due Date,Amount';

  it('a file that names no currency is booked in the ledger’s default, and its summary says so', async () => {
    const db = newDb();
    const f = csv(path.dirname(db), 'nocur.csv', [head, 'A Co,1,2026-10-01,2026-10-31,100.00']);
    const r = await ar(['import', f, '--json'], { db });
    expect(json(r).currency).toEqual({ codes: ['CNY'], source: 'ledger' });
    expect(json(r).warnings).toEqual([]);
    expect(openBalances(db)).toEqual({ CNY: { items: 1, open: '100.00' } });
    const text = await ar(['import', f, '--dry-run'], { db });
    expect(text.stdout).toContain('  booked in CNY, the ledger’s default (the file names none; else --currency)\n');
  });

  it('takes the currency from unambiguous symbols; a bare $ on a CNY ledger stops the import (issue 8)', async () => {
    const db = newDb();
    const dir = path.dirname(db);
    const eur = await ar(['import', csv(dir, 'eur.csv', [head, 'A Co,1,2026-10-01,2026-10-31,€100.00', 'A Co,2,2026-10-01,2026-10-31,200.00']), '--json'], {
      db,
    });
    expect(json(eur).currency).toEqual({ codes: ['EUR'], source: 'symbol', symbol: '€' });
    const yuan = await ar(
      ['import', csv(dir, 'yuan.csv', [head, 'B Co,3,2026-10-01,2026-10-31,"¥1,000.00"', 'B Co,4,2026-10-01,2026-10-31,50.00']), '--json'],
      { db },
    );
    expect(json(yuan).currency).toEqual({ codes: ['CNY'], source: 'symbol', symbol: '¥' });
    const usd = await ar(['import', csv(dir, 'usd.csv', [head, 'C Co,5,2026-10-01,2026-10-31,US$70.00', 'C Co,6,2026-10-01,2026-10-31,30.00']), '--json'], {
      db,
    });
    expect(json(usd).currency).toEqual({ codes: ['USD'], source: 'symbol', symbol: 'US$' });
    const said = await ar(['import', path.join(dir, 'usd.csv'), '--dry-run'], { db });
    expect(said.stdout).toContain('  booked in USD: the amounts carry “US$”\n');
    expect(openBalances(db)).toEqual({ CNY: { items: 2, open: '1050.00' }, EUR: { items: 2, open: '300.00' }, USD: { items: 2, open: '100.00' } });
    const fresh = newDb();
    const qbo = await ar(['import', path.join(FIX, 'qbo-aging-unapplied.csv'), '--json'], { db: fresh });
    expect(qbo.code).toBe(2);
    expect(qbo.stdout).toBe('');
    expect(qbo.stderr).toContain('the amounts carry “$” but the file names no currency, and the ledger’s default is CNY; nothing was imported');
    expect(qbo.stderr).toContain('hint: say which dollars with --currency USD (or CAD, AUD, SGD, HKD …)');
    expect(fs.existsSync(fresh)).toBe(false);
    const named = await ar(['import', path.join(FIX, 'qbo-aging-unapplied.csv'), '--currency', 'USD', '--json'], { db: fresh });
    expect(named.code).toBe(0);
    expect(Object.keys(openBalances(fresh))).toEqual(['USD']);
  });

  it('--currency must be an ISO 4217 code (exit 2, no ledger created)', async () => {
    const db = newDb();
    const r = await ar(['import', path.join(FIX, 'qbo-aging-detail.csv'), '--currency', 'XYZ'], { db });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--currency must be a three-letter ISO 4217 code such as CNY or USD, not "XYZ"');
    expect(fs.existsSync(db)).toBe(false);
    const lower = await ar(['import', path.join(FIX, 'qbo-aging-detail.csv'), '--currency', 'usd', '--json'], { db });
    expect(lower.code, lower.stderr).toBe(0);
    expect(Object.keys(openBalances(db))).toEqual(['USD']);
    const save = await ar(['profiles', 'save', 'p1', '--kind', 'invoices', '--currency', 'ABC'], { db });
    expect(save.code).toBe(2);
  });

  it('a payment without a currency takes its customer’s (customers.currency, else its open items’)', async () => {
    const db = newDb();
    const dir = path.dirname(db);
    await ar(
      ['import', csv(dir, 'inv.csv', ['customer_name,number,issue_date,due_date,currency,total', 'Bright Lights Inc,1001,2026-10-01,2026-10-31,USD,500.00'])],
      { db },
    );
    const r = await ar(['import', csv(dir, 'pay.csv', ['Customer,Payment Date,Amount,Reference', 'Bright Lights Inc,2026-11-28,100.00,CHK-2']), '--json'], {
      db,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).warnings).toEqual(['1 payment without a currency: booked in the customer’s currency (USD)']);
    expect(rows(db, 'SELECT currency, unallocated_minor AS u FROM payments')).toEqual([{ currency: 'USD', u: 0 }]);
    expect(rows(db, 'SELECT open_minor AS o FROM invoices')).toEqual([{ o: 40000 }]);
  });
});

describe('#5 an older export', () => {
  it('does not close invoices issued after its date, nor set back newer figures (snapshot or not)', async () => {
    const db = newDb();
    const newer = await ar(['import', path.join(FIX, 'qbo-aging-detail.csv'), '--currency', 'USD'], { db });
    expect(newer.code).toBe(0);
    const before = rows(db, 'SELECT number, status, open_minor AS o FROM invoices ORDER BY number');
    // The same export as of a fortnight earlier: 1024 still fully open, 1031 not yet issued, 1002 gone.
    const text = fs
      .readFileSync(path.join(FIX, 'qbo-aging-detail.csv'), 'utf8')
      .replace('As of November 30, 2026', 'As of November 15, 2026')
      .replace('"12,000.00","7,550.50"', '"12,000.00","12,000.00"')
      .replace(/^.*,1031,.*\r?\n/m, '');
    const older = path.join(path.dirname(db), 'older.csv');
    fs.writeFileSync(older, text);
    const r = await ar(['import', older, '--currency', 'USD', '--snapshot', '--json'], { db });
    expect(r.code, r.stderr).toBe(0);
    const f = json(r);
    expect(f).toMatchObject({ asOf: '2026-11-15', updated: 0, closedBySnapshot: 0 });
    expect(f.warnings).toEqual(
      expect.arrayContaining([
        'this export is as of 15 Nov 2026, older than the last invoice import (as of 30 Nov 2026); newer figures were kept',
        '1 invoice left unchanged: this export (as of 15 Nov 2026) is older than what the ledger already knows (first: 1024)',
        'kept open although missing from the file: 1 open item issued after 15 Nov 2026 or confirmed by a newer import',
      ]),
    );
    expect(rows(db, 'SELECT number, status, open_minor AS o FROM invoices ORDER BY number')).toEqual(before);
  });

  it('an older export does not reopen an invoice closed after its date, nor undo a later payment', async () => {
    const db = newDb();
    const dir = path.dirname(db);
    const head = 'customer_code,customer_name,number,issue_date,due_date,currency,total,open';
    await ar(
      [
        'import',
        csv(dir, 'a.csv', [
          'As of 2026-11-01',
          head,
          'A,Alpha,I-1,2026-10-01,2026-10-31,USD,100.00,100.00',
          'A,Alpha,I-2,2026-10-01,2026-10-31,USD,100.00,100.00',
        ]),
      ],
      { db },
    );
    await ar(
      [
        'import',
        csv(dir, 'p.csv', ['customer_code,reference,date,currency,amount,invoice', 'A,P-1,2026-11-20,USD,100.00,I-1', 'A,P-2,2026-11-20,USD,30.00,I-2']),
      ],
      { db },
    );
    const r = await ar(
      [
        'import',
        csv(dir, 'b.csv', [
          'As of 2026-11-10',
          head,
          'A,Alpha,I-1,2026-10-01,2026-10-31,USD,100.00,100.00',
          'A,Alpha,I-2,2026-10-01,2026-10-31,USD,100.00,100.00',
        ]),
        '--json',
      ],
      { db },
    );
    expect(json(r)).toMatchObject({ updated: 0, unchanged: 2 });
    expect(rows(db, 'SELECT number, status, open_minor AS o FROM invoices ORDER BY number')).toEqual([
      { number: 'I-1', status: 'closed', o: 0 },
      { number: 'I-2', status: 'open', o: 7000 },
    ]);
    // A newer export still moves them.
    await ar(['import', csv(dir, 'c.csv', ['As of 2026-11-25', head, 'A,Alpha,I-2,2026-10-01,2026-10-31,USD,100.00,50.00'])], { db });
    expect(rows(db, `SELECT open_minor AS o FROM invoices WHERE number = 'I-2'`)).toEqual([{ o: 5000 }]);
  });
});

describe('#6 and #18 a snapshot that would close much of the ledger', () => {
  async function demoBook(): Promise<string> {
    const db = newDb();
    for (const kind of ['customers', 'invoices', 'payments']) expect((await ar(['import', path.join(DEMO, `${kind}.csv`)], { db })).code).toBe(0);
    return db;
  }
  const oneRow = (dir: string) =>
    csv(dir, 'one.csv', [
      '单据编号,业务日期,到期日,客户编码,客户名称,币别,价税合计,未核销金额',
      'AR-2026-9999,2026/11/1,2026/12/1,C0001,华东精密机械有限公司,人民币,100.00,100.00',
    ]);

  it('without a terminal: refused (exit 2), saying what would close and how to limit or confirm; nothing written', async () => {
    const db = await demoBook();
    const before = openBalances(db);
    const r = await ar(['import', oneRow(path.dirname(db)), '--snapshot'], { db });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      [
        'ar: error: --snapshot would close 109 of the 151 open items (109 in CNY); nothing was imported',
        'hint: check with --dry-run; --snapshot=customers closes only the items of customers in the file, and --yes confirms',
        '',
      ].join('\n'),
    );
    expect(openBalances(db)).toEqual(before);
    // Only CNY items: the file names its currency, so EUR and USD are not its business.
    const yes = await ar(['import', oneRow(path.dirname(db)), '--snapshot', '--yes', '--json'], { db });
    expect(yes.code, yes.stderr).toBe(0);
    expect(json(yes).closedBySnapshot).toBe(109);
    expect(openBalances(db)).toEqual({ CNY: { items: 1, open: '100.00' }, EUR: before.EUR, USD: before.USD });
  });

  it('on a terminal: asks (default no), listing per currency; no is cancelled, yes closes', async () => {
    const db = await demoBook();
    const asked: string[] = [];
    const no = await ar(['import', oneRow(path.dirname(db)), '--snapshot'], {
      db,
      tty: true,
      prompts: scripted([['Close 109 of the 151 open items', false]], asked),
    });
    expect(no.code).toBe(3);
    expect(asked).toEqual(['Close 109 of the 151 open items as no longer owed (109 in CNY)?']);
    expect(count(db, `SELECT count(*) FROM invoices WHERE closed_by = 'snapshot'`)).toBe(0);
    const yes = await ar(['import', oneRow(path.dirname(db)), '--snapshot', '--json'], { db, tty: true, prompts: scripted([['Close 109', true]]) });
    expect(yes.code, yes.stderr).toBe(0);
    expect(json(yes)).toMatchObject({ imported: 1, closedBySnapshot: 109 });
    expect(count(db, `SELECT count(*) FROM invoices WHERE closed_by = 'snapshot'`)).toBe(109);
  });

  it('a file that names no currency: items in other currencies need a yes too', async () => {
    const db = newDb();
    const dir = path.dirname(db);
    const head = 'customer_code,customer_name,number,issue_date,due_date,currency,open';
    await ar(
      [
        'import',
        csv(dir, 'all.csv', [
          'As of 2026-11-01',
          head,
          ...Array.from({ length: 12 }, (_, i) => `A,Alpha,U-${i},2026-09-01,2026-10-01,USD,10.00`),
          'A,Alpha,E-1,2026-09-01,2026-10-01,EUR,10.00',
        ]),
      ],
      { db },
    );
    const usd = csv(dir, 'usd.csv', [
      'customer_code,customer_name,number,issue_date,due_date,open',
      ...Array.from({ length: 11 }, (_, i) => `A,Alpha,U-${i},2026-09-01,2026-10-01,10.00`),
    ]);
    const r = await ar(['import', usd, '--snapshot', '--currency', 'USD', '--json'], { db });
    // --currency names the file's currency: only USD items are its business (U-11 closes, E-1 stays).
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).closedItems).toEqual([{ customer: 'A', customerName: 'Alpha', number: 'U-11', kind: 'invoice', currency: 'USD', openMinor: 1000 }]);
    expect(rows(db, `SELECT status FROM invoices WHERE number = 'E-1'`)).toEqual([{ status: 'open' }]);
    // Named by nothing: the file could be about any currency, so closing EUR needs a yes.
    const bare = csv(dir, 'bare.csv', ['customer_code,customer_name,number,issue_date,due_date,open', 'A,Alpha,U-0,2026-09-01,2026-10-01,10.00']);
    const refused = await ar(['import', bare, '--snapshot'], { db });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('11 of them in currencies the file does not list (EUR, USD)');
    expect(rows(db, `SELECT count(*) AS n FROM invoices WHERE status = 'open'`)).toEqual([{ n: 12 }]);
  });

  it('--dry-run says "would close" and lists the items; --json lists them as closedItems', async () => {
    const db = newDb();
    const dir = path.dirname(db);
    const head = 'customer_code,customer_name,number,issue_date,due_date,currency,open';
    await ar(
      [
        'import',
        csv(dir, 'all.csv', [
          'As of 2026-11-01',
          head,
          'A,Alpha,A-1,2026-09-01,2026-10-01,USD,10.00',
          'A,Alpha,A-2,2026-09-02,2026-10-02,USD,20.00',
          'B,Beta,B-1,2026-09-03,2026-10-03,USD,1234.50',
        ]),
      ],
      { db },
    );
    const next = csv(dir, 'next.csv', [
      'Aging as of 2026-11-28',
      head,
      'A,Alpha,A-2,2026-09-02,2026-10-02,USD,20.00',
      'A,Alpha,A-1,2026-09-01,2026-10-01,USD,10.00',
    ]);
    const dry = await ar(['import', next, '--snapshot', '--dry-run'], { db });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain(' · as of 28 Nov 2026\n');
    // The last line, wrapped to the screen: read as one.
    expect(dry.stdout.replace(/\n\s+/g, ' ')).toMatch(/it would import 2 invoices, would close 1 open item missing from the file \(snapshot\)\.\n$/);
    expect(dry.stderr).toBe('would close: B-1 (B Beta) USD 1,234.50\n');
    const real = await ar(['import', next, '--snapshot', '--json'], { db });
    expect(json(real)).toMatchObject({
      closedBySnapshot: 1,
      closedItems: [{ customer: 'B', customerName: 'Beta', number: 'B-1', kind: 'invoice', currency: 'USD', openMinor: 123450 }],
    });
  });
});

describe('#10 Ctrl-C at "save this mapping?"', () => {
  it('after a successful import is "not saved", exit 0', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'l.db');
    const f = csv(dir, 'odd.csv', ['Klant,Factuur,Bedrag,Vervaldag', 'Jansen BV,F100,"1.000,00",01-10-2026']);
    const prompts = scripted([
      ['Which row is the header', '1'],
      ['What does', 'invoices'],
      ['Column for invoice number', 1],
      ['Column for customer name', 0],
      ['Column for total amount', 2],
      ['Column for invoice date', -1],
      ['Column for due date', 3],
      ['Column for', -1],
      ['Currency of the amounts', 'eur'],
      ['Import with this mapping?', true],
      ['Save this mapping', 'cancel'],
    ]);
    const r = await ar(['import', f], { db, tty: true, prompts });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('cancelled');
    expect(r.stderr).toContain('Profile not saved; the import itself is done.');
    expect(rows(db, 'SELECT number, currency, total_minor AS t, due_date AS d FROM invoices')).toEqual([
      { number: 'F100', currency: 'EUR', t: 100000, d: '2026-10-01' },
    ]);
  });
});

describe('#11 saved profiles work for their own layout', () => {
  const unknown = ['Klant,Factuur,Bedrag open,Vervaldag', 'Jansen BV,F100,"1.000,00",01-10-2026'];

  it('a profile saved from --map is detected by its headers, and finds its header row under title lines', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'l.db');
    const save = await ar(
      [
        'profiles',
        'save',
        'nl-test',
        '--kind',
        'invoices',
        '--map',
        'customerName=Klant',
        '--map',
        'number=Factuur',
        '--map',
        'open=Bedrag open',
        '--map',
        'dueDate=Vervaldag',
        '--date-format',
        'dmy',
        '--currency',
        'EUR',
      ],
      { db },
    );
    expect(save.code, save.stderr).toBe(0);
    const profile = JSON.parse(fs.readFileSync(path.join(dir, 'config', 'profiles', 'nl-test.json'), 'utf8'));
    expect(profile.fingerprints).toEqual([['Klant', 'Factuur', 'Bedrag open', 'Vervaldag']]);
    expect(profile.headerRow).toBeUndefined();
    const plain = await ar(['import', csv(dir, 'unknown.csv', unknown), '--json'], { db });
    expect(plain.code, plain.stderr).toBe(0);
    expect(json(plain)).toMatchObject({ profile: 'nl-test', imported: 1 });
    const titled = csv(dir, 'unknown-title.csv', ['Rapport debiteuren', '', ...unknown.slice(0, 1), 'Smit BV,F101,"250,00",02-10-2026']);
    const named = await ar(['import', titled, '--profile', 'nl-test', '--json'], { db });
    expect(named.code, named.stderr).toBe(0);
    expect(json(named)).toMatchObject({ profile: 'nl-test', imported: 1 });
    const auto = await ar(['import', titled, '--json'], { db });
    expect(json(auto)).toMatchObject({ profile: 'nl-test', unchanged: 1 });
    expect(rows(db, 'SELECT number, currency, open_minor AS o, due_date AS d FROM invoices ORDER BY number')).toEqual([
      { number: 'F100', currency: 'EUR', o: 100000, d: '2026-10-01' },
      { number: 'F101', currency: 'EUR', o: 25000, d: '2026-10-02' },
    ]);
  });
});

describe('#12 an unknown layout without a terminal', () => {
  it('names the missing fields and the file’s columns, and the suggested --map line works as it stands', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'l.db');
    const f = csv(dir, 'unknown.csv', ['Rapport debiteuren', '', 'Klant,Factuur,Bedrag open,Vervaldag', 'Jansen BV,F100,"1.000,00",01-10-2026']);
    const r = await ar(['import', f], { db });
    expect(r.code).toBe(2);
    expect(fs.existsSync(db)).toBe(false);
    const [error, hint] = r.stderr.split('\n');
    expect(error).toBe(`ar: error: ${f}: cannot find the header row (no row names two or more columns this tool knows)`);
    expect(hint).toBe(
      'hint: an invoices file needs: invoice number, total amount or open balance or line amount, customer code or customer name, invoice date or due date; ' +
        'map them, e.g. --map number="Factuur" --map total="Bedrag open" --map customerName="Klant" --map dueDate="Vervaldag" ' +
        '(the columns in row 3 are: Klant, Factuur, Bedrag open, Vervaldag); add --kind payments|customers|contacts if the file holds something else',
    );
    const maps = [...hint.matchAll(/--map (\w+)="([^"]+)"/g)].flatMap((m) => ['--map', `${m[1]}=${m[2]}`]);
    const ok = await ar(['import', f, ...maps, '--currency', 'EUR', '--json'], { db });
    expect(ok.code, ok.stderr).toBe(0);
    expect(json(ok)).toMatchObject({ kind: 'invoices', imported: 1, dateOrder: 'dmy' });
    expect(json(ok).warnings).toEqual([
      'dates such as "01-10-2026" were read day-first, as the amounts use a decimal comma; use --date-format mdy if they are month-first',
    ]);
    expect(rows(db, 'SELECT total_minor AS t, due_date AS d FROM invoices')).toEqual([{ t: 100000, d: '2026-10-01' }]);
  });
});

describe('#13 and #22 kinds and odd files', () => {
  it('the SAP list is detected as invoices with the sap-fbl5n profile', async () => {
    const db = newDb();
    const r = await ar(['import', path.join(FIX, 'sap-fbl5n-list.txt'), '--json'], { db });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r)).toMatchObject({ kind: 'invoices', profile: 'sap-fbl5n', imported: 3 });
  });

  it('a header-only Customer,Invoice,Amount file is invoices and imports nothing, saying so', async () => {
    const db = newDb();
    const f = csv(path.dirname(db), 'header-only.csv', ['Customer,Invoice,Amount']);
    const r = await ar(['import', f, '--json'], { db });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r)).toMatchObject({
      kind: 'invoices',
      rowsRead: 0,
      imported: 0,
      warnings: ['the file has a header row but no rows under it: nothing to import'],
    });
  });

  it('an .xlsx that is not a spreadsheet is a data error (exit 1); a missing --sheet is a usage error (exit 2)', async () => {
    const dir = tempDir();
    const f = path.join(dir, 'corrupt.xlsx');
    fs.writeFileSync(f, Buffer.from([0x98, 0x64, 0x40, 0xc6, 0x1e, 0x05, 0x69, 0xa8, 0xd2, 0x11, 0xb5, 0xa0, 0xe4, 0xf9, 0x29, 0x8c, 0xf7, 0x93]));
    const r = await ar(['import', f], { db: path.join(dir, 'l.db') });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is not a spreadsheet (XLSX)');
    expect(fs.existsSync(path.join(dir, 'l.db'))).toBe(false);
    const sheet = await ar(['import', path.join(FIX, 'excel-1904.xlsx'), '--sheet', 'Nope'], { db: path.join(dir, 'l.db') });
    expect(sheet.code).toBe(2);
    expect(sheet.stderr).toContain('has no sheet named "Nope"; its sheets are: Sheet1');
  });
});

describe('#20 a failed import leaves no new ledger behind', () => {
  it('bad rows (exit 1) and an unclear layout (exit 2) into a ledger that did not exist', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'new.db');
    const bad = csv(dir, 'bad.csv', ['customer_name,number,issue_date,due_date,currency,total', 'A,1,2026-10-01,2026-10-31,USD,ten']);
    expect((await ar(['import', bad], { db })).code).toBe(1);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('new.db'))).toEqual([]);
  });
});

describe('#23 a date that does not fit the --date-format given', () => {
  it('says so, and the headline counts rows and problems like the lines below it', async () => {
    const db = newDb();
    const f = csv(path.dirname(db), 'amb.csv', [
      'Customer,Invoice,Invoice Date,Due Date,Amount,Currency',
      'A Co,X1,03/04/2026,04/05/2026,10.00,USD',
      'B Co,X2,05/06/2026,06/07/2026,20.00,USD',
    ]);
    const r = await ar(['import', f, '--date-format', 'ymd'], { db });
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('ar: error: nothing was imported: 2 rows have 4 errors — fix them, or import the good rows with `--skip-bad --rejects FILE`');
    expect(lines.filter((l) => l.startsWith(`${f}:`))).toHaveLength(4);
    expect(lines[0]).toBe(
      `${f}:2:Invoice Date: "03/04/2026" does not match the date format ymd (year-month-day) that was given; use --date-format dmy or mdy for dates like this`,
    );
  });
});

describe('#24 line amounts with sub-cent digits', () => {
  it('summed line amounts are rounded half away from zero, with a warning', async () => {
    const db = newDb();
    const f = csv(path.dirname(db), 'lines.csv', [
      'ContactName,InvoiceNumber,InvoiceDate,DueDate,LineAmount,Currency',
      'Kiwi,INV-1,13/10/2026,12/11/2026,500.4350,NZD',
      'Kiwi,INV-1,13/10/2026,12/11/2026,-0.0050,NZD',
      'Kiwi,INV-1,13/10/2026,12/11/2026,100.0040,NZD',
    ]);
    const r = await ar(['import', f, '--json'], { db });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).warnings).toEqual(['3 line amounts had more decimals than their currency allows and were rounded (first: line 2)']);
    expect(rows(db, 'SELECT total_minor AS t FROM invoices')).toEqual([{ t: 60043 }]);
  });
});

describe('#25 the summary in Chinese', () => {
  it('dates as 2026年11月30日, date evidence in Chinese, no English fragments', async () => {
    const db = newDb();
    const r = await ar(['import', path.join(FIX, 'kingdee-gb18030.csv'), '--lang', 'zh'], { db });
    expect(r.stdout).toContain('基准日期 2026年11月30日');
    const amb = csv(path.dirname(db), 'amb.csv', ['customer_name,number,issue_date,due_date,currency,total', 'A,1,03/04/2026,05/06/2026,USD,10.00']);
    const e = await ar(['import', amb, '--lang', 'zh'], { db });
    expect(e.code).toBe(2);
    expect(e.stderr).toContain('所有形如 "03/04/2026" 的日期既可读作日在前，也可读作月在前');
    expect(e.stderr).not.toMatch(/[A-Za-z]{4,} (?:day|month|first)/);
    const list = await ar(['profiles', 'list', '--lang', 'zh'], { db });
    expect(list.stdout).toMatch(/^kingdee\s+发票\s+内置\s+金蝶应收单/m);
  });
});
