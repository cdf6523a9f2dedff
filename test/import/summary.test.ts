// Issue 8, "Messages and safety": the facts of each file's summary in `ar import --json` (lines →
// documents, skipped lines by reason, the currency booked and where it came from, unit, date order),
// and a quote that never closes: that row alone is rejected, the rows after it are read again.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvTokenizer, type CsvRecord } from '../../src/import/read/csv.js';
import { ar, count, FIX, newDb, openBalances } from './helpers.js';

function tokenize(text: string, chunk = 5): CsvRecord[] {
  const t = new CsvTokenizer(',');
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += chunk) t.push(text.slice(i, i + chunk), out);
  t.end(out);
  return out;
}

function file(db: string, name: string, lines: string[]): string {
  const f = path.join(path.dirname(db), name);
  fs.writeFileSync(f, lines.join('\n') + '\n');
  return f;
}

const json = (r: { stdout: string }) => JSON.parse(r.stdout) as { files: Record<string, unknown>[] };

describe('CSV tokenizer: a quote that never closes', () => {
  it('is its own line alone; the lines after it are read again with their own numbers', () => {
    const r = tokenize('a,b,c\n3,"fine\nstill",z\n1,"open,x\n2,ok,y\n4,four,w\n');
    expect(r.map((x) => x.line)).toEqual([1, 2, 4, 5, 6]);
    // A quoted newline before it still joins its two lines.
    expect(r[1]).toEqual({ line: 2, fields: ['3', 'fine\nstill', 'z'] });
    expect(r[2]).toEqual({ line: 4, fields: ['1', 'open,x'], unterminated: true });
    expect(r[3]).toEqual({ line: 5, fields: ['2', 'ok', 'y'] });
    expect(r[4]).toEqual({ line: 6, fields: ['4', 'four', 'w'] });
  });

  it('undoes each stray quote in turn, with the lines between them read again', () => {
    const r = tokenize('h1,h2\n"a,1\nb,2\n"c,3\nd,4\n"e,5\nf,6');
    expect(r.map((x) => [x.line, !!x.unterminated])).toEqual([
      [1, false],
      [2, true],
      [3, false],
      [4, true],
      [5, false],
      [6, true],
      [7, false],
    ]);
    expect(r[1].fields).toEqual(['a,1']);
    expect(r[6].fields).toEqual(['f', '6']);
  });

  it('a stray quote "closed" lines later by the opening quote of another field is undone the same way', () => {
    const r = tokenize('code,name,total\nC1,"Alpha Co,100\nC2,Beta,200\nC3,"Gamma, Ltd",300\n');
    expect(r.map((x) => [x.line, !!x.unterminated])).toEqual([
      [1, false],
      [2, true],
      [3, false],
      [4, false],
    ]);
    expect(r[1].fields).toEqual(['C1', 'Alpha Co,100']);
    expect(r[3].fields).toEqual(['C3', 'Gamma, Ltd', '300']);
  });

  it('gives the same records whatever the chunk size, CRLF or not', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = ['x,y', '0,"two""', 'lines"', '1,"never', '2,two', '3,three'].join(eol) + eol;
      const whole = tokenize(text, text.length);
      expect(whole.map((x) => x.line)).toEqual([1, 2, 4, 5, 6]);
      expect(whole[1].fields).toEqual(['0', 'two"\nlines']);
      for (const chunk of [1, 2, 3, 7]) expect(tokenize(text, chunk)).toEqual(whole);
    }
  });
});

describe('an unterminated quote in an import', () => {
  const lines = [
    'customer_code,customer_name,number,issue_date,due_date,currency,total',
    'C1,Alpha,INV-1,2026-10-01,2026-10-31,CNY,100.00',
    'C2,"Beta Trading,INV-2,2026-10-02,2026-11-01,CNY,200.00',
    'C3,Gamma,INV-3,2026-10-03,2026-11-02,CNY,300.00',
  ];

  it('under --skip-bad: that row alone is rejected, the good row after it is imported, the rejects file lists it', async () => {
    const db = newDb();
    const src = file(db, 'quote.csv', lines);
    const rejects = path.join(path.dirname(db), 'rejects.csv');
    const r = await ar(['import', src, '--skip-bad', '--rejects', rejects, '--json'], { db });
    expect(r.code).toBe(0);
    expect(json(r).files[0]).toMatchObject({ lines: 3, documents: 2, imported: 2, rejected: 1 });
    expect(count(db, "SELECT count(*) FROM invoices WHERE number IN ('INV-1', 'INV-3')")).toBe(2);
    expect(openBalances(db)).toEqual({ CNY: { items: 2, open: '400.00' } });
    expect(r.stderr).toContain('quote.csv:3: a quoted field starting here is never closed');
    const rej = fs.readFileSync(rejects, 'utf8').split('\r\n').filter(Boolean);
    expect(rej.length).toBe(2);
    expect(rej[1]).toContain('Beta Trading');
    expect(rej[1]).toContain(',3,');
    expect(rej[1]).not.toContain('Gamma');
  });

  it('in a file with other quoted fields: only the stray quote’s row is rejected', async () => {
    const db = newDb();
    const src = file(db, 'stray.csv', [
      'customer_code,customer_name,number,issue_date,due_date,currency,total',
      'C1,"Alpha, Inc",INV-1,2026-10-01,2026-10-31,CNY,100.00',
      'C2,"Beta Trading,INV-2,2026-10-02,2026-11-01,CNY,200.00',
      'C3,Gamma,INV-3,2026-10-03,2026-11-02,CNY,300.00',
      'C4,"Delta, Ltd",INV-4,2026-10-04,2026-11-03,CNY,400.00',
    ]);
    const r = await ar(['import', src, '--skip-bad', '--json'], { db });
    expect(json(r).files[0]).toMatchObject({ lines: 4, documents: 3, imported: 3, rejected: 1 });
    expect(openBalances(db)).toEqual({ CNY: { items: 3, open: '800.00' } });
    expect(r.stderr).toContain('stray.csv:3: a quoted field starting here is never closed');
  });

  it('without --skip-bad: refused, located at its line, one bad row (not the rows after it), nothing written', async () => {
    const db = newDb();
    const src = file(db, 'quote.csv', lines);
    const r = await ar(['import', src], { db });
    expect(r.code).toBe(1);
    const err = r.stderr.trim().split('\n');
    expect(err[0]).toMatch(/quote\.csv:3: a quoted field starting here is never closed/);
    expect(err.at(-1)).toBe('ar: error: nothing was imported: 1 row has errors — fix it, or import the good rows with `--skip-bad --rejects FILE`');
    expect(fs.existsSync(db)).toBe(false);
  });
});

describe('the summary facts in --json', () => {
  it('a line-item export: 7 lines → 5 invoices, 1 void skipped, currencies from the column, day first', async () => {
    const db = newDb();
    const r = await ar(['import', path.join(FIX, 'xero-invoices.csv'), '--json'], { db });
    expect(r.code).toBe(0);
    expect(json(r).files[0]).toMatchObject({
      kind: 'invoices',
      profile: 'xero',
      encoding: 'UTF-8',
      dateOrder: 'dmy',
      lines: 7,
      rowsRead: 7,
      documents: 5,
      skipped: { title: 0, subtotal: 0, footer: 0, void: 1 },
      currency: { codes: ['NZD', 'USD'], source: 'column' },
      warnings: [],
    });
  });

  it('a Kingdee report: its title, subtotals and footers counted apart from the 3 invoices', async () => {
    const db = newDb();
    const r = await ar(['import', path.join(FIX, 'kingdee-subtotals-footer-gb18030.csv'), '--json'], { db });
    expect(json(r).files[0]).toMatchObject({
      encoding: 'GB18030',
      dateOrder: 'ymd',
      lines: 3,
      documents: 3,
      skipped: { title: 1, subtotal: 3, footer: 3, void: 0 },
      currency: { codes: ['CNY'], source: 'column' },
    });
  });

  it('a unit above the table, and no currency anywhere: the ledger’s default, said in the summary, not as a warning', async () => {
    const db = newDb();
    const r = await ar(['import', path.join(FIX, 'yonyou-units-wan-gb18030.csv'), '--json'], { db });
    const f = json(r).files[0];
    expect(f).toMatchObject({ unit: { label: '万元', power: 4 }, currency: { codes: ['CNY'], source: 'ledger' } });
    expect((f.skipped as { title: number }).title).toBeGreaterThan(0);
    expect(f.warnings).toEqual([]);
  });

  it('--currency, a symbol on the amounts: the source says which', async () => {
    const db = newDb();
    const head = 'customer_code,customer_name,number,issue_date,due_date,total';
    const plain = file(db, 'plain.csv', [head, 'C1,Alpha,INV-1,2026-10-01,2026-10-31,100.00']);
    const flagged = await ar(['import', plain, '--currency', 'usd', '--json'], { db });
    expect(json(flagged).files[0]).toMatchObject({ currency: { codes: ['USD'], source: 'flag' } });
    const euro = file(db, 'euro.csv', [head, 'C2,Beta,INV-2,2026-10-01,2026-10-31,€100.00']);
    const sym = await ar(['import', euro, '--json'], { db });
    expect(json(sym).files[0]).toMatchObject({ currency: { codes: ['EUR'], source: 'symbol', symbol: '€' }, warnings: [] });
  });

  it('payments and customers: documents are payments and customers; customers have no currency or date order', async () => {
    const db = newDb();
    const demo = path.join(FIX, '..', 'demo');
    const r = await ar(['import', path.join(demo, 'customers.csv'), path.join(demo, 'invoices.csv'), path.join(demo, 'payments.csv'), '--json'], { db });
    expect(r.code).toBe(0);
    const [customers, invoices, payments] = json(r).files;
    expect(customers.kind).toBe('customers');
    expect(customers.documents).toBe(30);
    expect(customers.currency).toBeUndefined();
    expect(customers.dateOrder).toBeUndefined();
    expect(invoices.documents).toBe(729);
    expect(payments.kind).toBe('payments');
    expect(payments.documents).toBeGreaterThan(0);
    expect((payments.currency as { codes: string[] }).codes.length).toBeGreaterThan(0);
  });
});
