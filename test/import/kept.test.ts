// Issue 8, "kept, not dropped": the PO / reference, the job, the contacts and the salesperson an
// invoice file carries end up in the ledger (not just in the parse), show on the account, and a
// second import of the same file changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { matchHeaders } from '../../src/import/plan/match.js';
import { displayWidth } from '../../src/view/width.js';
import { runAr } from '../cli/run-ar.js';
import { ar, FIX, newDb, openBalances, rows, tempDir } from './helpers.js';

interface FileJson {
  kind: string;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  contactsAdded?: number;
  collectorsAssigned?: number;
  collectorsKept?: number;
}

async function importJson(db: string, file: string, ...args: string[]): Promise<FileJson> {
  const r = await ar(['import', file, ...args, '--json'], { db });
  expect(r.stderr).not.toMatch(/error/);
  expect(r.code).toBe(0);
  const files = (JSON.parse(r.stdout) as { files: FileJson[] }).files;
  expect(files).toHaveLength(1);
  return files[0];
}

const invoicesOf = (db: string) =>
  rows<{ customer: string; number: string; po: string | null; job: string | null; salesperson: string | null }>(
    db,
    `SELECT c.name AS customer, i.number, i.po, i.job, i.salesperson FROM invoices i JOIN customers c ON c.id = i.customer_id ORDER BY i.number`,
  );
const contactsOf = (db: string) =>
  rows<{ customer: string; name: string; email: string | null; phone: string | null; mobile: string | null; primary: number }>(
    db,
    `SELECT c.name AS customer, n.name, n.email, n.phone, n.mobile, n.is_primary AS "primary" FROM contacts n JOIN customers c ON c.id = n.customer_id
      ORDER BY c.name, n.id`,
  );
const collectorsOf = (db: string) =>
  rows<{ name: string; collector: string | null; source: string | null }>(
    db,
    `SELECT name, collector, collector_source AS source FROM customers ORDER BY name`,
  );

/** Import twice: the second run adds, changes and assigns nothing, and the ledger reads the same. */
async function secondImportChangesNothing(db: string, file: string, args: string[], items: number): Promise<void> {
  const before = { invoices: invoicesOf(db), contacts: contactsOf(db), collectors: collectorsOf(db), open: openBalances(db) };
  const again = await importJson(db, file, ...args);
  expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: items, rejected: 0, contactsAdded: 0 });
  if (again.collectorsAssigned !== undefined) expect(again.collectorsAssigned).toBe(0);
  expect({ invoices: invoicesOf(db), contacts: contactsOf(db), collectors: collectorsOf(db), open: openBalances(db) }).toEqual(before);
}

describe('kept: a Xero export with Reference and EmailAddress', () => {
  const file = path.join(FIX, 'xero-reference-email.csv');

  it('keeps Reference as the PO, the e-mail as the customer contact, and not the PO address', async () => {
    const db = newDb();
    const r = await importJson(db, file);
    expect(r).toMatchObject({ imported: 3, rejected: 0, contactsAdded: 2 });
    expect(openBalances(db)).toEqual({ NZD: { items: 3, open: '4525.00' } });
    expect(invoicesOf(db).map((i) => [i.number, i.po])).toEqual([
      ['INV-0201', 'PO-4471'],
      ['INV-0206', 'HF 2026/118'],
      ['INV-0209', null],
    ]);
    // ContactName is the customer: the e-mail stands for the contact, who becomes primary.
    expect(contactsOf(db)).toEqual([
      { customer: 'Harbour Foods Ltd', name: 'ap@harbourfoods.example', email: 'ap@harbourfoods.example', phone: null, mobile: null, primary: 1 },
      { customer: 'Tasman Tools', name: 'accounts@tasmantools.example', email: 'accounts@tasmantools.example', phone: null, mobile: null, primary: 1 },
    ]);
    await secondImportChangesNothing(db, file, [], 3);
  });
});

describe('kept: an SAP FBL5N with Zuordnung and Referenz', () => {
  const file = path.join(FIX, 'sap-fbl5n-assignment.txt');

  it('keeps the assignment as the PO beside the Belegnummer', async () => {
    const db = newDb();
    const r = await importJson(db, file);
    expect(r).toMatchObject({ imported: 4, rejected: 0, contactsAdded: 0 });
    expect(openBalances(db)).toEqual({ EUR: { items: 4, open: '6950.50' } });
    expect(invoicesOf(db).map((i) => [i.number, i.po])).toEqual([
      ['1600000310', null],
      ['1800002001', '4500077120'],
      ['1800002044', '4500077188'],
      ['1800002090', '4500081002'],
    ]);
    await secondImportChangesNothing(db, file, [], 4);
  });

  it('a Reference with no other document-number column is the document number (SAP XBLNR)', () => {
    const headers = ['Account', 'Reference', 'Document Date', 'Net due date', 'Amount in doc. curr.'];
    const m = matchHeaders('invoices', headers, []).map;
    expect(m.number).toBe(1);
    expect(m.po).toBeUndefined();
    const withNumber = matchHeaders('invoices', ['Account', 'Document Number', 'Reference', 'Net due date', 'Amount in doc. curr.'], []).map;
    expect(withNumber).toMatchObject({ number: 1, po: 2 });
  });

  it('a payments file keeps its Reference as the payment reference', async () => {
    const dir = tempDir('ar-kept-');
    const pay = path.join(dir, 'bank.csv');
    const inv = path.join(dir, 'open.csv');
    fs.writeFileSync(inv, 'Invoice,Date,Due date,Customer,Amount\nINV-1,2026-10-01,2026-10-31,Acme Corp,300.00\n');
    fs.writeFileSync(pay, 'Customer,Date,Amount,Reference,Invoice\nAcme Corp,2026-11-20,100.00,TT-889,INV-1\n');
    const db = newDb();
    await importJson(db, inv, '--currency', 'CNY');
    expect((await importJson(db, pay, '--currency', 'CNY')).kind).toBe('payments');
    expect(rows(db, 'SELECT reference FROM payments')).toEqual([{ reference: 'TT-889' }]);
    expect(invoicesOf(db).map((i) => i.po)).toEqual([null]);
  });
});

describe('kept: a Chinese GB18030 register with 订单号, 联系人, 联系电话, 手机, 业务员', () => {
  const file = path.join(FIX, 'register-kept-gb18030.csv');

  it('keeps the PO, every contact of a customer, and assigns the most frequent salesperson as collector', async () => {
    const db = newDb();
    const r = await importJson(db, file, '--collector-from', 'salesperson');
    expect(r).toMatchObject({ imported: 4, rejected: 0, contactsAdded: 3, collectorsAssigned: 2, collectorsKept: 0 });
    expect(openBalances(db)).toEqual({ CNY: { items: 4, open: '112040.00' } });
    expect(invoicesOf(db).map((i) => [i.number, i.po, i.salesperson])).toEqual([
      ['XS-2026-301', 'HT-PO-0912', '张伟'],
      ['XS-2026-317', 'HT-PO-0935', '张伟'],
      ['XS-2026-322', null, '李强'],
      ['XS-2026-330', 'HD-2026-077', '李强'],
    ]);
    // 王丽 is listed twice, once; the first contact of a customer without one is primary.
    expect(contactsOf(db)).toEqual([
      { customer: '无锡华达电子有限公司', name: '赵敏', email: null, phone: null, mobile: '13700002222', primary: 1 },
      { customer: '苏州恒通机械有限公司', name: '王丽', email: null, phone: '0512-6688 1234', mobile: '13912345678', primary: 1 },
      { customer: '苏州恒通机械有限公司', name: '陈刚', email: null, phone: '0512-6688 1288', mobile: '13800001111', primary: 0 },
    ]);
    expect(collectorsOf(db)).toEqual([
      { name: '无锡华达电子有限公司', collector: '李强', source: 'salesperson' },
      { name: '苏州恒通机械有限公司', collector: '张伟', source: 'salesperson' },
    ]);
    await secondImportChangesNothing(db, file, ['--collector-from', 'salesperson'], 4);
    const q = await ar(['queue', '--collector', '张伟', '--json'], { db });
    expect(q.code).toBe(0);
    expect(q.stdout).toContain('苏州恒通机械有限公司');
    expect(q.stdout).not.toContain('无锡华达电子有限公司');
  });

  it('never overwrites a contact or a collector a person set; follows the salesperson when the account moves', async () => {
    const db = newDb();
    await importJson(db, file, '--collector-from', 'salesperson');
    // A collector set by hand, and a contact edited by hand.
    expect((await ar(['customer', '无锡华达', 'set', '--collector', '刘芳'], { db })).code).toBe(0);
    const edit = new (await import('better-sqlite3')).default(db);
    edit.prepare(`UPDATE contacts SET mobile = '13955556666' WHERE name = '王丽'`).run();
    edit.close();
    // The next export: 恒通 has moved to 李强, 华达 to 王强.
    const moved = path.join(tempDir('ar-kept-'), 'register-week2.csv');
    const text = iconv
      .decode(fs.readFileSync(file), 'gb18030')
      .replaceAll('张伟', '李强')
      .replace(/赵敏,,13700002222,李强/, '赵敏,,13700002222,王强');
    fs.writeFileSync(moved, iconv.encode(text, 'gb18030'));
    const r = await importJson(db, moved, '--collector-from', 'salesperson');
    expect(r).toMatchObject({ collectorsAssigned: 1, collectorsKept: 1, contactsAdded: 0 });
    expect(collectorsOf(db)).toEqual([
      { name: '无锡华达电子有限公司', collector: '刘芳', source: 'manual' },
      { name: '苏州恒通机械有限公司', collector: '李强', source: 'salesperson' },
    ]);
    expect(contactsOf(db).find((c) => c.name === '王丽')?.mobile).toBe('13955556666');
    expect(contactsOf(db)).toHaveLength(3);
    const summary = await ar(['import', moved, '--collector-from', 'salesperson', '--dry-run'], { db });
    expect(summary.code).toBe(0);
  });

  it('the setting import.collector_from does what the flag does; without either no collector is set', async () => {
    const plain = newDb();
    const r0 = await importJson(plain, file);
    expect(r0.collectorsAssigned).toBeUndefined();
    expect(collectorsOf(plain).every((c) => c.collector === null)).toBe(true);
    const db = newDb();
    expect((await ar(['init'], { db })).code).toBe(0);
    expect((await ar(['config', 'set', 'import.collector_from', 'salesperson'], { db })).code).toBe(0);
    const r = await ar(['import', file], { db });
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\n\s+/g, ' ')).toMatch(/3 contacts added, 2 customers given a collector from the salesperson/);
    expect(collectorsOf(db).map((c) => c.collector)).toEqual(['李强', '张伟']);
    const bad = await ar(['config', 'set', 'import.collector_from', 'sales'], { db });
    expect(bad.code).not.toBe(0);
    const flag = await ar(['import', file, '--collector-from', 'sales'], { db });
    expect(flag.code).toBe(2);
    const none = await ar(['import', path.join(FIX, 'qbd-jobs-location.csv'), '--currency', 'USD', '--collector-from', 'salesperson'], { db });
    expect(none.code).toBe(0);
    expect(none.stderr).toMatch(/this file has no salesperson column/);
  });
});

describe('kept: a QuickBooks Desktop list with Customer:Job names and a Location column', () => {
  const file = path.join(FIX, 'qbd-jobs-location.csv');

  it('keeps the job under the parent customer', async () => {
    const db = newDb();
    const r = await importJson(db, file, '--currency', 'USD');
    expect(r).toMatchObject({ imported: 4, rejected: 0 });
    expect(openBalances(db)).toEqual({ USD: { items: 4, open: '2750.00' } });
    expect(invoicesOf(db).map((i) => [i.customer, i.number, i.po, i.job])).toEqual([
      ['Carter Co', '3101', 'PO-881', 'Warehouse Job'],
      ['Carter Co', '3108', null, 'Office Fit-out / Dock 3'],
      ['Carter Co', '3115', 'PO-902', 'Main Store'],
      ['Dale & Sons', '3120', null, null],
    ]);
    expect(rows(db, 'SELECT name FROM customers ORDER BY name')).toEqual([{ name: 'Carter Co' }, { name: 'Dale & Sons' }]);
    await secondImportChangesNothing(db, file, ['--currency', 'USD'], 4);
  });

  it('QuickBooks Online: the Location full name column is the job', async () => {
    const db = newDb();
    await importJson(db, path.join(FIX, 'qbo-aging-detail.csv'), '--currency', 'USD');
    const jobs = invoicesOf(db).filter((i) => i.job !== null);
    expect(jobs.map((i) => [i.customer, i.number, i.job])).toEqual([['Blue Harbor Foods', '1010', 'Store #2']]);
  });

  it('nested job group rows (QuickBooks Desktop Open Invoices) give the job; a "Total <job>" row ends it', async () => {
    const db = newDb();
    await importJson(db, path.join(FIX, 'qbd-customer-jobs.csv'), '--currency', 'USD');
    expect(invoicesOf(db).map((i) => [i.customer, i.number, i.job])).toEqual([
      ['Acme Supply', '2041', null],
      ['Carter Co', '2058', null],
      ['Carter Co', '2060', 'Warehouse Job'],
    ]);
  });
});

describe('kept: the account shows salesperson, PO and job (80 columns, both languages)', () => {
  async function book(): Promise<string> {
    const db = path.join(tempDir('ar-kept-'), 'ledger.db');
    for (const [f, ...args] of [
      ['register-kept-gb18030.csv', '--collector-from', 'salesperson'],
      ['qbd-jobs-location.csv', '--currency', 'USD'],
    ]) {
      expect((await runAr(['import', path.join(FIX, f), ...args], { db })).code).toBe(0);
    }
    return db;
  }

  it('en: Carter Co with its jobs and POs', async () => {
    const db = await book();
    const r = await runAr(['account', 'Carter Co'], { db, env: { COLUMNS: '80' } });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../cli/golden/account.kept-jobs.en.txt');
    const lines = r.stdout.split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    const json = JSON.parse((await runAr(['account', 'Carter Co', '--json'], { db })).stdout) as {
      invoices: { number: string; po: string | null; job: string | null }[];
      salespeople: string[];
    };
    expect(json.invoices.find((i) => i.number === '3101')).toMatchObject({ po: 'PO-881', job: 'Warehouse Job' });
    expect(json.salespeople).toEqual([]);
  });

  it('the statement lists each invoice with its PO and job', async () => {
    const db = await book();
    const env = { COLUMNS: '80' };
    for (const k of ['name_en', 'name_zh', 'address_en', 'address_zh', 'phone', 'email']) {
      expect((await runAr(['config', 'set', `letterhead.${k}`, 'Blue Ridge Supply'], { db, env })).code).toBe(0);
    }
    const r = await runAr(['statement', 'Carter Co', '--preview', '--format', 'md'], { db, env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| 3101 | PO-881 (Warehouse Job) |');
    expect(r.stdout).toContain('| 3108 | – (Office Fit-out / Dock 3) |');
    const zh = await runAr(['statement', 'Carter Co', '--preview', '--format', 'md', '--lang', 'zh'], { db, env });
    expect(zh.stdout).toContain('| 3101 | PO-881（Warehouse Job） |');
  });

  it('zh: 苏州恒通 with its salespeople and POs', async () => {
    const db = await book();
    const r = await runAr(['account', '苏州恒通', '--lang', 'zh'], { db, env: { COLUMNS: '80' } });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../cli/golden/account.kept-salesperson.zh.txt');
    expect(r.stdout).toContain('业务员 张伟和李强');
    expect(r.stdout).toContain('订单号 HT-PO-0912');
    const lines = r.stdout.split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    const json = JSON.parse((await runAr(['account', '苏州恒通', '--json', '--lang', 'zh'], { db })).stdout) as { salespeople: string[] };
    expect(json.salespeople).toEqual(['张伟', '李强']);
  });
});
