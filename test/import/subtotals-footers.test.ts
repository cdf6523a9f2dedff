// Issue 8, the shapes of subtotal, footer and unit lines met after the first fixtures: 小计 where
// the document number goes, page and month subtotals around customer subtotals, 累计 from the
// start, signature blocks that fill the key columns, a unit stated twice, dollar amounts on a
// yuan ledger. Each file: the ledger's open total per currency, the lines skipped, and a second
// import that changes nothing — or a located refusal that writes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyRow } from '../../src/import/plan/locate.js';
import { ar, FIX, newDb, openBalances, rows } from './helpers.js';

interface Case {
  file: string;
  args?: string[];
  open: Record<string, { items: number; open: string }>;
  skipped: { title: number; subtotal: number; footer: number; void: number };
}

const CASES: Case[] = [
  {
    file: 'kingdee-page-subtotals-gb18030.csv',
    open: { CNY: { items: 4, open: '4200.00' } },
    skipped: { title: 1, subtotal: 5, footer: 3, void: 0 },
  },
  {
    file: 'subtotal-page-footer.csv',
    args: ['--currency', 'USD'],
    open: { USD: { items: 3, open: '1750.00' } },
    skipped: { title: 2, subtotal: 3, footer: 2, void: 0 },
  },
  {
    file: 'thousands-line-and-header.csv',
    open: { USD: { items: 2, open: '12850.00' } },
    skipped: { title: 2, subtotal: 0, footer: 0, void: 0 },
  },
  {
    file: 'xero-aged-receivables.csv',
    args: ['--currency', 'NZD'],
    open: { NZD: { items: 3, open: '2030.50' } },
    skipped: { title: 4, subtotal: 4, footer: 0, void: 0 },
  },
  {
    file: 'yonyou-aging-gb18030.csv',
    open: { CNY: { items: 3, open: '9200.00' } },
    skipped: { title: 2, subtotal: 2, footer: 0, void: 0 },
  },
];

describe('subtotals, footers and units as real reports write them', () => {
  for (const c of CASES) {
    it(c.file, async () => {
      const db = newDb();
      const file = path.join(FIX, c.file);
      const first = await ar(['import', file, ...(c.args ?? []), '--json'], { db });
      expect(first.code).toBe(0);
      // A subtotal that adds up raises no warning: only real disagreements are worth reading.
      expect(first.stderr).not.toMatch(/total row says|looks like money/);
      const report = JSON.parse(first.stdout) as { files: { skipped: unknown; rejected: number }[] };
      expect(report.files[0].skipped).toEqual(c.skipped);
      expect(report.files[0].rejected).toBe(0);
      expect(openBalances(db)).toEqual(c.open);
      const second = await ar(['import', file, ...(c.args ?? []), '--json'], { db });
      expect(second.code).toBe(0);
      const r2 = JSON.parse(second.stdout) as { files: { imported: number; updated: number }[] };
      expect(r2.files[0]).toMatchObject({ imported: 0, updated: 0 });
      expect(openBalances(db)).toEqual(c.open);
    });
  }

  it('the 金蝶 register’s terms set each due date (60, 60天, 月结30天, 货到30天)', async () => {
    const db = newDb();
    await ar(['import', path.join(FIX, 'kingdee-page-subtotals-gb18030.csv')], { db });
    expect(rows(db, 'SELECT number, due_date AS due FROM invoices ORDER BY number')).toEqual([
      { number: 'XS-001', due: '2026-10-31' },
      { number: 'XS-002', due: '2026-11-04' },
      { number: 'XS-003', due: '2026-10-30' }, // the month's end (30 Sep) + 30 days
      { number: 'XS-004', due: '2026-11-01' },
    ]);
    // The account says which terms aged them, not the ledger's default.
    const en = await ar(['account', '苏州恒通'], { db });
    expect(en.stdout).toContain('terms on the invoices: 60 days');
    expect(en.stdout).not.toContain('(default)');
    const zh = await ar(['account', '杭州明达', '--lang', 'zh'], { db });
    expect(zh.stdout).toContain('账期按发票：月结30天和30天');
    const json = JSON.parse((await ar(['account', '杭州明达', '--json'], { db })).stdout) as { invoiceTerms: unknown };
    expect(json.invoiceTerms).toEqual([
      { text: '月结30天', days: 30, monthEnd: true },
      { text: '货到30天', days: 30, monthEnd: false },
    ]);
  });

  it('a 收款 list’s 小计, 合计 and signature lines are skipped and counted; the payments close their invoices', async () => {
    const db = newDb();
    await ar(['import', path.join(FIX, 'kingdee-page-subtotals-gb18030.csv')], { db });
    const r = await ar(['import', path.join(FIX, 'kingdee-receipts-gb18030.csv'), '--json'], { db });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { files: { kind: string; rowsRead: number; imported: number; skipped: unknown }[] };
    expect(report.files[0]).toMatchObject({ kind: 'payments', rowsRead: 2, imported: 2, skipped: { title: 1, subtotal: 2, footer: 2, void: 0 } });
    expect(openBalances(db)).toEqual({ CNY: { items: 3, open: '3000.00' } });
  });

  it('a 收款 list’s 合计 that does not add up is reported at its line; one that does says nothing', async () => {
    const db = newDb();
    await ar(['import', path.join(FIX, 'kingdee-page-subtotals-gb18030.csv')], { db });
    const good = await ar(['import', path.join(FIX, 'kingdee-receipts-gb18030.csv'), '--dry-run'], { db });
    expect(good.stderr).not.toMatch(/total row says/);
    const bad = path.join(path.dirname(db), 'receipts-bad.csv');
    fs.writeFileSync(
      bad,
      '收款日期,客户名称,收款单号,发票号,收款金额\n2026-11-10,苏州恒通机械有限公司,SK-001,XS-001,1000.00\n2026-11-12,杭州明达贸易有限公司,SK-002,XS-003,200.00\n合计,,,,1300.00\n',
    );
    const r = await ar(['import', bad, '--dry-run'], { db });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('receipts-bad.csv: line 4: the total row says 1,300.00 CNY but the rows add up to 1,200.00');
  });

  it('a page subtotal that does not add up is still reported, at its line', async () => {
    const dir = path.dirname(newDb());
    const file = path.join(dir, 'wrong-page.csv');
    fs.writeFileSync(
      file,
      [
        '单据编号,单据日期,到期日,客户名称,应收金额',
        'XS-1,2026-09-01,2026-10-01,甲公司,100.00',
        ',,,客户小计,100.00',
        'XS-2,2026-09-01,2026-10-01,乙公司,50.00',
        ',,,本页小计,140.00',
        '',
      ].join('\n'),
    );
    const r = await ar(['import', file, '--currency', 'CNY'], { db: path.join(dir, 'ledger.db') });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/wrong-page\.csv: line 5: the total row says 140\.00 CNY/);
  });

  it('a unit line that disagrees with a column’s unit is refused at that line, nothing written', async () => {
    const db = newDb();
    const r = await ar(['import', path.join(FIX, 'units-disagree-gb18030.csv'), '--currency', 'CNY'], { db });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('units-disagree-gb18030.csv:2: "金额单位：万元" disagrees with the column "金额（千元）", which is in 千元');
    expect(fs.existsSync(db)).toBe(false);
    const zh = await ar(['import', path.join(FIX, 'units-disagree-gb18030.csv'), '--currency', 'CNY', '--lang', 'zh'], { db });
    expect(zh.stderr).toContain('“金额单位：万元”与金额列“金额（千元）”的单位（千元）不一致');
  });

  it('an aging summary (a line per customer, no invoice numbers) is refused, naming the report to export', async () => {
    const db = newDb();
    const r = await ar(['import', path.join(FIX, 'qbo-aging-summary.csv'), '--currency', 'USD'], { db });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('qbo-aging-summary.csv:3: this is an aging summary (one line per customer, no invoice numbers)');
    expect(r.stderr).toContain('A/R Aging Detail');
    expect(fs.existsSync(db)).toBe(false);
    const dir = path.dirname(db);
    const zhFile = path.join(dir, '账龄汇总.csv');
    fs.writeFileSync(zhFile, '客户名称,未到期,1-30天,31-60天,合计\n甲公司,100.00,200.00,,300.00\n合计,100.00,200.00,,300.00\n');
    const zh = await ar(['import', zhFile, '--lang', 'zh'], { db });
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('账龄汇总.csv:1：这是账龄汇总表（每个客户一行，没有单据编号）');
  });

  it('amounts that each carry their own currency symbol: booked in those currencies, and the summary says so', async () => {
    const db = newDb();
    await ar(['init', '--currency', 'CNY'], { db });
    const file = path.join(path.dirname(db), 'symbols.csv');
    fs.writeFileSync(
      file,
      'Invoice,Date,Due date,Customer,Amount\nI-1,2026-09-01,2026-10-01,A,HK$100.00\nI-2,2026-09-01,2026-10-01,B,US$ 50.00\nI-3,2026-09-01,2026-10-01,C,€70.00\n',
    );
    const r = await ar(['import', file, '--json'], { db });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { files: { currency: unknown }[] }).files[0].currency).toEqual({ codes: ['EUR', 'HKD', 'USD'], source: 'symbol' });
    expect(openBalances(db)).toEqual({ EUR: { items: 1, open: '70.00' }, HKD: { items: 1, open: '100.00' }, USD: { items: 1, open: '50.00' } });
    const zh = await ar(['import', file, '--lang', 'zh', '--dry-run'], { db });
    expect(zh.stdout.replace(/\s+/g, '')).toContain('币种EUR、HKD、USD，按各金额所带的币种符号判定');
    expect(zh.stderr).not.toContain('未注明币种');
  });

  it('dollar amounts on a yuan ledger: refused until --currency says which dollars', async () => {
    const db = newDb();
    await ar(['init', '--currency', 'CNY'], { db });
    const file = path.join(FIX, 'dollar-amounts.csv');
    const refused = await ar(['import', file], { db });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/carry “\$” but the file names no currency.*--currency USD/s);
    expect(openBalances(db)).toEqual({});
    const ok = await ar(['import', file, '--currency', 'USD'], { db });
    expect(ok.code).toBe(0);
    expect(openBalances(db)).toEqual({ USD: { items: 2, open: '1250.50' } });
  });
});

describe('classifyRow', () => {
  // Keys: document number (0) and customer (2); amount (4).
  const keys = [0, 2];
  const amounts = [4];
  it('a signature block that fills the key columns is a footer, not an invoice', () => {
    expect(classifyRow(['复核：张三', '', '记账：李四', '', ''], keys, amounts, 0)).toEqual({ kind: 'footer' });
    expect(classifyRow(['Prepared by: J. Smith', '', 'Reviewed by:', '', ''], keys, amounts, 0)).toEqual({ kind: 'footer' });
  });
  it('小计 or Subtotal in the document-number column is a total, whatever the customer column says', () => {
    expect(classifyRow(['小计', '', '苏州恒通机械有限公司', '', '3000.00'], keys, amounts, 0)).toMatchObject({ kind: 'total', label: '小计' });
    expect(classifyRow(['Subtotal', '', 'Acme Corp', '', '3000.00'], keys, amounts, 0)).toMatchObject({ kind: 'total' });
  });
  it('an invoice row stays data, even for a customer whose name starts with Total', () => {
    expect(classifyRow(['INV-1', '', 'Total Logistics Ltd', '', '100.00'], keys, amounts, 0)).toEqual({ kind: 'data' });
    expect(classifyRow(['S-1001', '', '累计贸易有限公司', '', '100.00'], keys, amounts, 0)).toEqual({ kind: 'data' });
    expect(classifyRow(['Total-7', '', 'Acme', '', '1.00'], keys, amounts, 0)).toEqual({ kind: 'data' });
  });
});
