// What an import does to the ledger: the demo book, re-imports, newer exports, snapshots,
// dry runs, bad rows (all or nothing), --skip-bad with rejects, payments and their allocation.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ar, count, DEMO, newDb, openBalances, rows, snapshotLedger, tempDir } from './helpers.js';

function csv(dir: string, name: string, lines: string[]): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, lines.join('\n') + '\n');
  return f;
}

describe('the demo book (generic profile, no flags)', () => {
  it('imports customers, contacts, invoices and payments to the book’s balances, and a second time changes nothing', async () => {
    const db = newDb();
    for (const kind of ['customers', 'contacts', 'invoices', 'payments']) {
      const r = await ar(['import', path.join(DEMO, `${kind}.csv`), '--json'], { db });
      expect(r.code, r.stderr).toBe(0);
      const f = JSON.parse(r.stdout).files[0];
      expect(f).toMatchObject({ kind, profile: 'generic', rejected: 0 });
    }
    expect(count(db, 'SELECT count(*) FROM customers')).toBe(30);
    expect(count(db, 'SELECT count(*) FROM contacts')).toBe(68);
    expect(count(db, 'SELECT count(*) FROM invoices')).toBe(729);
    // fixtures/demo/README.md: open balances at the anchor, and one payment on account.
    expect(openBalances(db)).toEqual({
      CNY: { items: 109, open: '4715555.25' },
      EUR: { items: 10, open: '92991.20' },
      USD: { items: 31, open: '207201.78' },
    });
    expect(count(db, 'SELECT sum(unallocated_minor) FROM payments')).toBe(1086269);
    expect(count(db, `SELECT count(*) FROM invoices WHERE kind = 'invoice' AND status = 'closed' AND closed_by = 'payment'`)).toBeGreaterThan(500);
    expect(count(db, `SELECT count(*) FROM invoices WHERE due_date IS NULL`)).toBe(8);
    expect(rows(db, `SELECT type, grade, strategic, terms_days AS t, credit_limit_minor AS cl, language AS l FROM customers WHERE code = 'C0002'`)).toEqual([
      { type: 'process', grade: 'B', strategic: 1, t: 60, cl: 80000000, l: 'zh' },
    ]);
    expect(rows(db, `SELECT role, is_primary AS p, is_decision_maker AS d FROM contacts WHERE name = '高芳'`)).toEqual([
      { role: 'finance-manager', p: 1, d: 1 },
    ]);
    const before = snapshotLedger(db).replace(/"import_batches":.*$/, '');
    for (const kind of ['customers', 'contacts', 'invoices', 'payments']) {
      const r = await ar(['import', path.join(DEMO, `${kind}.csv`), '--json'], { db });
      const f = JSON.parse(r.stdout).files[0];
      expect(f).toMatchObject({ imported: 0, updated: 0, rejected: 0 });
      expect(f.warnings.some((w: string) => w.startsWith('this file was imported before'))).toBe(true);
    }
    expect(snapshotLedger(db).replace(/"import_batches":.*$/, '')).toBe(before);
    expect(count(db, 'SELECT count(*) FROM import_batches')).toBe(8);
  });
});

describe('re-imports', () => {
  it('a newer export updates amounts and dates; unchanged rows stay untouched', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'l.db');
    const head = 'customer_code,customer_name,number,issue_date,due_date,currency,total,open';
    await ar(
      ['import', csv(dir, 'a.csv', [head, 'A1,Alpha,I-1,2026-10-01,2026-10-31,USD,100.00,100.00', 'A1,Alpha,I-2,2026-10-05,2026-11-04,USD,50.00,50.00'])],
      { db },
    );
    const r = await ar(
      [
        'import',
        csv(dir, 'b.csv', [
          head,
          'A1,Alpha,I-1,2026-10-01,2026-11-15,USD,100.00,40.00',
          'A1,Alpha,I-2,2026-10-05,2026-11-04,USD,50.00,50.00',
          'A1,Alpha,I-3,2026-11-01,2026-12-01,USD,70.00,70.00',
        ]),
        '--json',
      ],
      { db },
    );
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ imported: 1, updated: 1, unchanged: 1 });
    expect(rows(db, `SELECT due_date AS d, open_minor AS o FROM invoices WHERE number = 'I-1'`)).toEqual([{ d: '2026-11-15', o: 4000 }]);
    // Paid in full in the next export: closed by payment on the as-of date.
    const r2 = await ar(['import', csv(dir, 'c.csv', [head, 'A1,Alpha,I-1,2026-10-01,2026-11-15,USD,100.00,0.00']), '--json'], { db });
    expect(JSON.parse(r2.stdout).files[0]).toMatchObject({ updated: 1 });
    expect(rows(db, `SELECT status, closed_by AS b, closed_at AS a FROM invoices WHERE number = 'I-1'`)).toEqual([
      { status: 'closed', b: 'payment', a: '2026-11-30' },
    ]);
  });

  it('a file without an open column keeps what is already settled', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'l.db');
    const inv = csv(dir, 'inv.csv', ['customer_code,customer_name,number,issue_date,due_date,currency,total', 'A1,Alpha,I-1,2026-10-01,2026-10-31,USD,100.00']);
    await ar(['import', inv], { db });
    await ar(['import', csv(dir, 'pay.csv', ['customer_code,reference,date,currency,amount,invoice', 'A1,P-1,2026-11-02,USD,30.00,I-1'])], { db });
    expect(count(db, `SELECT open_minor FROM invoices WHERE number = 'I-1'`)).toBe(7000);
    const again = await ar(['import', inv, '--json'], { db });
    expect(JSON.parse(again.stdout).files[0]).toMatchObject({ unchanged: 1 });
    expect(count(db, `SELECT open_minor FROM invoices WHERE number = 'I-1'`)).toBe(7000);
    // The total rises by 20: open rises with it.
    await ar(
      [
        'import',
        csv(dir, 'inv2.csv', ['customer_code,customer_name,number,issue_date,due_date,currency,total', 'A1,Alpha,I-1,2026-10-01,2026-10-31,USD,120.00']),
      ],
      { db },
    );
    expect(count(db, `SELECT open_minor FROM invoices WHERE number = 'I-1'`)).toBe(9000);
  });
});

describe('--snapshot', () => {
  async function setup() {
    const dir = tempDir();
    const db = path.join(dir, 'l.db');
    const head = 'customer_code,customer_name,number,issue_date,due_date,currency,open';
    await ar(
      [
        'import',
        csv(dir, 'all.csv', [
          'Aging as of 2026-11-01',
          head,
          'A,Alpha,A-1,2026-09-01,2026-10-01,USD,10.00',
          'A,Alpha,A-2,2026-09-02,2026-10-02,USD,20.00',
          'B,Beta,B-1,2026-09-03,2026-10-03,USD,30.00',
        ]),
      ],
      { db },
    );
    const next = csv(dir, 'next.csv', ['Aging as of 2026-11-28', head, 'A,Alpha,A-2,2026-09-02,2026-10-02,USD,20.00']);
    return { db, next };
  }

  it('closes every open item missing from the file on the file’s as-of date', async () => {
    const { db, next } = await setup();
    const r = await ar(['import', next, '--snapshot', '--json'], { db });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ unchanged: 1, closedBySnapshot: 2, asOf: '2026-11-28' });
    expect(rows(db, `SELECT number, status, closed_by AS b, closed_at AS a, open_minor AS o FROM invoices ORDER BY number`)).toEqual([
      { number: 'A-1', status: 'closed', b: 'snapshot', a: '2026-11-28', o: 0 },
      { number: 'A-2', status: 'open', b: null, a: null, o: 2000 },
      { number: 'B-1', status: 'closed', b: 'snapshot', a: '2026-11-28', o: 0 },
    ]);
    expect(count(db, `SELECT closed_by_snapshot FROM import_batches ORDER BY id DESC LIMIT 1`)).toBe(2);
  });

  it('=customers closes only the items of customers in the file', async () => {
    const { db, next } = await setup();
    const r = await ar(['import', next, '--snapshot=customers', '--json'], { db });
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ closedBySnapshot: 1 });
    expect(rows(db, `SELECT number, status FROM invoices ORDER BY number`)).toEqual([
      { number: 'A-1', status: 'closed' },
      { number: 'A-2', status: 'open' },
      { number: 'B-1', status: 'open' },
    ]);
  });

  it('reopens an item closed by snapshot when a later file lists it again', async () => {
    const { db, next } = await setup();
    await ar(['import', next, '--snapshot'], { db });
    const dir = path.dirname(db);
    await ar(
      ['import', csv(dir, 'back.csv', ['customer_code,customer_name,number,issue_date,due_date,currency,open', 'B,Beta,B-1,2026-09-03,2026-10-03,USD,30.00'])],
      { db },
    );
    expect(rows(db, `SELECT status, closed_by AS b, open_minor AS o FROM invoices WHERE number = 'B-1'`)).toEqual([{ status: 'open', b: null, o: 3000 }]);
  });

  it('refuses --snapshot on a file that is not invoices', async () => {
    const db = newDb();
    const r = await ar(['import', path.join(DEMO, 'customers.csv'), '--snapshot'], { db });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--snapshot only makes sense for invoice files/);
  });
});

describe('--dry-run', () => {
  it('reports everything and writes nothing', async () => {
    const { db, next } = await (async () => {
      const dir = tempDir();
      const db = path.join(dir, 'l.db');
      await ar(['import', path.join(DEMO, 'customers.csv')], { db });
      return { db, next: path.join(DEMO, 'invoices.csv') };
    })();
    const before = snapshotLedger(db);
    const r = await ar(['import', next, '--dry-run', '--json'], { db });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.dryRun).toBe(true);
    expect(report.files[0]).toMatchObject({ rowsRead: 729, imported: 729 });
    expect(report.files[0].batchId).toBeUndefined();
    expect(snapshotLedger(db)).toBe(before);
  });

  it('does not even create a ledger that does not exist', async () => {
    const db = newDb();
    const r = await ar(['import', path.join(DEMO, 'invoices.csv'), '--dry-run'], { db });
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\n\s+/g, ' ')).toMatch(/\nDry run, nothing was written to .* it would import 729 invoices\.\n$/);
    expect(fs.existsSync(db)).toBe(false);
  });
});

describe('bad rows', () => {
  const head = 'customer_code,customer_name,number,issue_date,due_date,currency,total,po';
  const lines = [
    head,
    'C1,"Quoted',
    'Name",Q-1,2026-10-01,2026-10-31,USD,100.00,',
    'C2,Plain,Q-2,2026-10-02,2026-11-01,USD,12.3.4,',
    'C3,Other,Q-3,2026-13-45,2026-11-01,USD,5.00,',
    'C4,Fine,Q-4,2026-10-04,2026-11-03,USD,7.00,',
  ];

  it('roll everything back and are each reported as FILE:LINE:COLUMN: reason (exit 1)', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'l.db');
    await ar(['import', path.join(DEMO, 'customers.csv')], { db });
    const before = snapshotLedger(db);
    const f = csv(dir, 'bad.csv', lines);
    const r = await ar(['import', f], { db });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        `${f}:4:total: "12.3.4" is not an amount`,
        `${f}:5:issue_date: "2026-13-45" is not a real calendar date`,
        'ar: error: nothing was imported: 2 rows have errors — fix them, or import the good rows with `--skip-bad --rejects FILE`',
        '',
      ].join('\n'),
    );
    expect(snapshotLedger(db)).toBe(before);
  });

  it('--skip-bad imports the good rows and --rejects writes the bad ones with line and reason', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'l.db');
    const f = csv(dir, 'bad.csv', lines);
    const rej = path.join(dir, 'rejects.csv');
    const r = await ar(['import', f, '--skip-bad', '--rejects', rej, '--json'], { db });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ rowsRead: 4, imported: 2, rejected: 2 });
    expect(r.stderr).toContain(`ar: rejected: ${f}:4:total: "12.3.4" is not an amount`);
    expect(rows(db, 'SELECT number FROM invoices ORDER BY number')).toEqual([{ number: 'Q-1' }, { number: 'Q-4' }]);
    const text = fs.readFileSync(rej, 'utf8');
    expect(text.split('\r\n')).toEqual([
      '\ufeffcustomer_code,customer_name,number,issue_date,due_date,currency,total,po,rejected_line,rejected_column,rejected_reason',
      'C2,Plain,Q-2,2026-10-02,2026-11-01,USD,12.3.4,,4,total,"""12.3.4"" is not an amount"',
      'C3,Other,Q-3,2026-13-45,2026-11-01,USD,5.00,,5,issue_date,"""2026-13-45"" is not a real calendar date"',
      '',
    ]);
  });

  it('--rejects without --skip-bad is a usage error', async () => {
    const r = await ar(['import', path.join(DEMO, 'invoices.csv'), '--rejects', 'x.csv'], { db: newDb() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--rejects needs --skip-bad/);
  });

  it('an invoice spread over rows is rejected whole when one of its lines is bad', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'l.db');
    // No Total column: the line amounts make the total, so a bad one matters.
    const f = csv(dir, 'lines.csv', [
      'ContactName,InvoiceNumber,InvoiceDate,DueDate,InvoiceAmountDue,LineAmount,Currency',
      'Nusa,INV-1,05/10/2026,04/11/2026,1100.00,500.00,USD',
      'Nusa,INV-1,05/10/2026,04/11/2026,1100.00,6OO.00,USD',
      'Nusa,INV-2,06/10/2026,05/11/2026,10.00,10.00,USD',
    ]);
    const r = await ar(['import', f, '--skip-bad', '--json'], { db });
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ imported: 1, rejected: 2 });
    expect(r.stderr).toContain(`${f}:3:LineAmount: "6OO.00" is not an amount`);
    expect(r.stderr).toContain(`${f}:2: another line of invoice INV-1 is bad (line 3)`);
  });
});

describe('payments', () => {
  it('allocate to the named invoice, then oldest first; the rest stays on account with a warning', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'l.db');
    await ar(
      [
        'import',
        csv(dir, 'inv.csv', [
          'customer_code,customer_name,number,kind,issue_date,due_date,currency,total',
          'A,Alpha,I-1,invoice,2026-09-01,2026-10-01,USD,100.00',
          'A,Alpha,I-2,invoice,2026-09-15,2026-10-15,USD,200.00',
          'A,Alpha,I-3,invoice,2026-10-01,2026-10-31,USD,300.00',
          'A,Alpha,CN-1,credit_note,2026-10-05,2026-10-05,USD,50.00',
        ]),
      ],
      { db },
    );
    const r = await ar(
      [
        'import',
        csv(dir, 'pay.csv', [
          'customer_code,reference,date,currency,amount,invoice,method',
          'A,P-1,2026-10-20,USD,250.00,I-2,wire',
          'A,P-2,2026-11-01,USD,400.00,,wire',
        ]),
        '--json',
      ],
      { db },
    );
    expect(r.code, r.stderr).toBe(0);
    const f = JSON.parse(r.stdout).files[0];
    expect(f).toMatchObject({ kind: 'payments', rowsRead: 2, imported: 2 });
    expect(f.warnings).toEqual([
      'line 2: payment P-1 is 50.00 USD more than what is open on invoice I-2; the rest stays unallocated',
      // The ledger sets open credit notes against invoices: the collector is told, with an example.
      'set 1 open credit note (50.00 USD) against the oldest open invoices of the same customer and currency, e.g. CN-1 → I-1',
      'payment P-1 (A) leaves 50.00 USD unallocated (on account)',
      'payment P-2 (A) leaves 50.00 USD unallocated (on account)',
    ]);
    // I-2 paid by P-1; the credit note (5 Oct) takes 50 off I-1, then P-2 (1 Nov) pays I-1 and I-3, oldest first.
    expect(rows(db, `SELECT number, status, open_minor AS o, closed_by AS b, closed_at AS a FROM invoices ORDER BY number`)).toEqual([
      { number: 'CN-1', status: 'closed', o: 0, b: 'credit', a: '2026-10-05' },
      { number: 'I-1', status: 'closed', o: 0, b: 'payment', a: '2026-11-01' },
      { number: 'I-2', status: 'closed', o: 0, b: 'payment', a: '2026-10-20' },
      { number: 'I-3', status: 'closed', o: 0, b: 'payment', a: '2026-11-01' },
    ]);
    expect(rows(db, `SELECT reference, unallocated_minor AS u FROM payments ORDER BY reference`)).toEqual([
      { reference: 'P-1', u: 5000 },
      { reference: 'P-2', u: 5000 },
    ]);
  });

  it('a changed payment is re-applied; an unknown customer is a bad row', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'l.db');
    await ar(['import', csv(dir, 'inv.csv', ['customer_code,customer_name,number,issue_date,currency,total', 'A,Alpha,I-1,2026-09-01,USD,100.00'])], { db });
    await ar(['import', csv(dir, 'p1.csv', ['customer_code,reference,date,currency,amount,invoice', 'A,P-1,2026-10-20,USD,100.00,I-1'])], { db });
    expect(rows(db, `SELECT status FROM invoices`)).toEqual([{ status: 'closed' }]);
    const r = await ar(['import', csv(dir, 'p2.csv', ['customer_code,reference,date,currency,amount,invoice', 'A,P-1,2026-10-20,USD,60.00,I-1']), '--json'], {
      db,
    });
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ updated: 1 });
    expect(rows(db, `SELECT status, open_minor AS o, closed_by AS b FROM invoices`)).toEqual([{ status: 'open', o: 4000, b: null }]);
    const bad = await ar(['import', csv(dir, 'p3.csv', ['customer_code,reference,date,currency,amount,invoice', 'ZZ,P-9,2026-10-20,USD,60.00,I-1'])], { db });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(':2:customer_code: customer "ZZ" is not in the ledger');
  });
});

describe('usage errors and questions', () => {
  it('without a terminal, an unknown layout names the unmapped fields and the --map syntax (exit 2)', async () => {
    const dir = tempDir();
    const f = csv(dir, 'odd.csv', ['Kunde,Bon-Id,Wert,Datum', 'Alpha,1,10.00,2026-10-01']);
    const r = await ar(['import', f, '--kind', 'invoices'], { db: path.join(dir, 'l.db') });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot tell which column holds: invoice number, total amount or open balance or line amount/);
    expect(r.stderr).toMatch(/hint: map them, e\.g\. --map number="[^"]+" --map total="[^"]+"/);
    expect(fs.existsSync(path.join(dir, 'l.db'))).toBe(false);
    const ok = await ar(['import', f, '--kind', 'invoices', '--map', 'number=Bon-Id', '--map', 'total=Wert', '--json'], { db: path.join(dir, 'l.db') });
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout).files[0]).toMatchObject({ imported: 1 });
  });

  it('without a terminal, dates that could be either order are a usage error naming --date-format', async () => {
    const dir = tempDir();
    const f = csv(dir, 'amb.csv', ['customer_name,number,issue_date,due_date,currency,total', 'Alpha,1,03/04/2026,05/06/2026,USD,10.00']);
    const r = await ar(['import', f], { db: path.join(dir, 'l.db') });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/could be day-first or month-first/);
    expect(r.stderr).toMatch(/--date-format dmy/);
    const ok = await ar(['import', f, '--date-format', 'DD/MM/YYYY'], { db: path.join(dir, 'l.db') });
    expect(ok.code).toBe(0);
    expect(rows(path.join(dir, 'l.db'), 'SELECT issue_date AS i, due_date AS d FROM invoices')).toEqual([{ i: '2026-04-03', d: '2026-06-05' }]);
  });

  it('decides the order from a later row of a long file', async () => {
    const dir = tempDir();
    const lines = ['customer_name,number,issue_date,currency,total'];
    for (let i = 0; i < 3000; i++) lines.push(`Alpha,${i},03/04/2026,USD,1.00`);
    lines.push('Alpha,X,25/04/2026,USD,1.00');
    const f = csv(dir, 'long.csv', lines);
    const r = await ar(['import', f, '--json'], { db: path.join(dir, 'l.db') });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ dateOrder: 'dmy', imported: 3001 });
  });

  it('refuses an old binary .xls with a way out', async () => {
    const dir = tempDir();
    const f = path.join(dir, 'old.xls');
    fs.writeFileSync(f, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]));
    const r = await ar(['import', f], { db: path.join(dir, 'l.db') });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/old binary Excel workbook/);
    expect(r.stderr).toMatch(/save it as \.xlsx or CSV/);
  });

  it('a file that is not valid UTF-8 when told so names --encoding', async () => {
    const dir = tempDir();
    const f = path.join(dir, 'gbk.csv');
    fs.writeFileSync(
      f,
      Buffer.concat([
        Buffer.from('customer_name,number,issue_date,currency,total\n'),
        Buffer.from([0xbb, 0xaa, 0xb6, 0xab]),
        Buffer.from(',1,2026-01-01,CNY,1\n'),
      ]),
    );
    const r = await ar(['import', f, '--encoding', 'utf8'], { db: path.join(dir, 'l.db') });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is not valid UTF-8/);
    expect(r.stderr).toMatch(/--encoding gb18030/);
    const auto = await ar(['import', f, '--json'], { db: path.join(dir, 'l.db') });
    expect(JSON.parse(auto.stdout).files[0]).toMatchObject({ encoding: 'GB18030', imported: 1 });
    expect(rows(path.join(dir, 'l.db'), 'SELECT name FROM customers')).toEqual([{ name: '华东' }]);
  });
});

describe('reading', () => {
  it('takes | and tab delimited files, and --delimiter', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'l.db');
    const pipe = csv(dir, 'pipe.txt', ['customer_name|number|issue_date|currency|total', 'Alpha, Inc|P-1|2026-10-01|USD|1,000.00']);
    const tab = csv(dir, 'tab.tsv', ['customer_name\tnumber\tissue_date\tcurrency\ttotal', 'Beta\tT-1\t2026-10-01\tUSD\t5.00']);
    const r = await ar(['import', pipe, tab, '--json'], { db });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { imported: number }) => f.imported)).toEqual([1, 1]);
    expect(rows(db, 'SELECT number, total_minor AS t FROM invoices ORDER BY number')).toEqual([
      { number: 'P-1', t: 100000 },
      { number: 'T-1', t: 500 },
    ]);
    // Forcing the wrong delimiter leaves one column: nothing to map.
    const wrong = await ar(['import', pipe, '--delimiter', ';'], { db });
    expect(wrong.code).toBe(2);
  });

  it('draws a progress bar on a terminal for large files', async () => {
    const dir = tempDir();
    const lines = ['customer_code,customer_name,number,issue_date,due_date,currency,total'];
    for (let i = 0; i < 100_000; i++) lines.push(`C${i % 500},Customer ${i % 500},INV-${i},2026-10-01,2026-10-31,USD,${i}.00`);
    const f = csv(dir, 'big.csv', lines);
    const r = await ar(['import', f], { db: path.join(dir, 'l.db'), errTty: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\rimporting .*big\.csv \[[#.]{30}\] \d+%/);
    expect(r.stderr.endsWith('\r\x1b[K')).toBe(true);
  });

  it('--header-row names the header when a title row looks like one', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'l.db');
    const f = csv(dir, 'h.csv', [
      'Customer,Date,Amount',
      'report of customers by date and amount,,',
      'customer_name,number,issue_date,currency,total',
      'Alpha,H-1,2026-10-01,USD,3.00',
    ]);
    const r = await ar(['import', f, '--header-row', '3', '--json'], { db });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ imported: 1 });
    expect((await ar(['import', f, '--header-row', '9'], { db })).code).toBe(2);
  });
});
