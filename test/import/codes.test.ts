// Customers a file names without a code get readable codes (C-0001 …), not hashes (issue 9).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ar, tempDir } from './helpers.js';

describe('generated customer codes', () => {
  it('are C-0001, C-0002 … numbered after the highest one in the ledger, in order of appearance, and kept on re-import', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'ledger.db');
    const customers = path.join(dir, 'customers.csv');
    fs.writeFileSync(customers, 'code,name\nC-0002,Given Code Ltd\n');
    const invoices = path.join(dir, 'invoices.csv');
    fs.writeFileSync(
      invoices,
      'customer,invoice,date,due date,amount,currency\n' +
        'Acme Corp,A-1,2026-10-01,2026-10-31,100.00,USD\n' +
        '深圳市恒达电子科技有限公司,B-1,2026-10-01,2026-10-31,200.00,CNY\n' +
        'Acme Corp,A-2,2026-10-02,2026-11-01,50.00,USD\n' +
        'Blue Harbor Foods,C-1,2026-10-03,2026-11-02,75.00,USD\n',
    );
    expect((await ar(['import', customers, '--kind', 'customers'], { db })).code).toBe(0);
    const first = await ar(['import', invoices], { db });
    expect(first.code).toBe(0);
    const codes = () => {
      const sql = new Database(db, { readonly: true });
      const rows = sql.prepare('SELECT code, name FROM customers ORDER BY code').all() as { code: string; name: string }[];
      sql.close();
      return rows;
    };
    expect(codes()).toEqual([
      { code: 'C-0002', name: 'Given Code Ltd' },
      { code: 'C-0003', name: 'Acme Corp' },
      { code: 'C-0004', name: '深圳市恒达电子科技有限公司' },
      { code: 'C-0005', name: 'Blue Harbor Foods' },
    ]);
    expect((await ar(['import', invoices], { db })).code).toBe(0);
    expect(codes()).toHaveLength(4);
    expect((await ar(['account', 'C-0004'], { db })).stdout).toContain('深圳市恒达电子科技有限公司');
  });
});

describe('the customer’s jurisdiction from a country column', () => {
  it('maps country names and codes, and a US state, to jurisdiction codes; the account then names the rule', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'ledger.db');
    const customers = path.join(dir, 'customers.csv');
    fs.writeFileSync(
      customers,
      'code,name,country,state\nK1,Acme Corp,United States,New York\nK2,Brandt GmbH,Germany,\nK3,华东精密,中国,\nK4,Nordic AB,SE,\nK5,Lone Star Inc,USA,TX\n',
    );
    expect((await ar(['import', customers, '--kind', 'customers'], { db })).code).toBe(0);
    const sql = new Database(db, { readonly: true });
    const rows = sql.prepare('SELECT code, jurisdiction FROM customers ORDER BY code').raw(true).all();
    sql.close();
    expect(rows).toEqual([
      ['K1', 'US-NY'],
      ['K2', 'DE'],
      ['K3', 'CN'],
      ['K4', 'SE'],
      ['K5', 'US-TX'],
    ]);
  });
});

describe('the rejects file', () => {
  it('opens in Excel: BOM, the where-and-why columns in the chosen language, formulas kept as text', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'ledger.db');
    const file = path.join(dir, 'inv.csv');
    fs.writeFileSync(
      file,
      'customer,invoice,date,due date,amount,currency\nAcme Corp,A-1,2026-10-01,2026-10-31,100.00,USD\n=HYPERLINK("x"),A-2,2026-10-01,2026-10-31,abc,USD\n',
    );
    const rejects = path.join(dir, 'rejects.csv');
    const r = await ar(['import', file, '--skip-bad', '--rejects', rejects, '--lang', 'zh'], { db });
    expect(r.code).toBe(0);
    const text = fs.readFileSync(rejects, 'utf8');
    expect(text.startsWith('\ufeffcustomer,invoice,date,due date,amount,currency,行号,列,原因\r\n')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""x"")",A-2`);
  });
});
