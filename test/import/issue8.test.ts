// Issue 8: imports as collectors bring them. Each fixture's ledger open total per currency, the
// lines skipped as subtotals and footers, and a second import of the same file changing nothing.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/import/plan/values.js';
import { parseTermsDays } from '../../src/core/terms.js';
import { headerUnit, tableUnit } from '../../src/import/plan/units.js';
import { ar, FIX, newDb, openBalances, rows } from './helpers.js';

interface Case {
  file: string;
  args?: string[];
  open: Record<string, { items: number; open: string }>;
  skipped: { title: number; subtotal: number; footer: number; void: number };
  summary?: RegExp;
}

const CASES: Case[] = [
  {
    file: 'qbo-report-footer.csv',
    args: ['--currency', 'USD'],
    open: { USD: { items: 2, open: '11871.59' } },
    skipped: { title: 3, subtotal: 1, footer: 1, void: 0 },
  },
  {
    file: 'kingdee-subtotals-footer-gb18030.csv',
    open: { CNY: { items: 3, open: '23000.00' } },
    skipped: { title: 1, subtotal: 3, footer: 3, void: 0 },
  },
  {
    file: 'yonyou-units-wan-gb18030.csv',
    args: ['--currency', 'CNY'],
    open: { CNY: { items: 2, open: '158500.00' } },
    skipped: { title: 2, subtotal: 1, footer: 0, void: 0 },
    summary: /amounts in 万元 \(× 10,000\)/,
  },
  {
    file: 'amounts-in-thousands.csv',
    args: ['--currency', 'CNY'],
    open: { CNY: { items: 2, open: '15850.00' } },
    skipped: { title: 0, subtotal: 0, footer: 0, void: 0 },
    summary: /amounts in 000s \(× 1,000\)/,
  },
  {
    file: 'terms-no-due-date.csv',
    args: ['--currency', 'CNY'],
    open: { CNY: { items: 3, open: '600.00' } },
    skipped: { title: 0, subtotal: 0, footer: 0, void: 0 },
  },
];

describe('issue 8 fixtures: right totals, skipped lines counted, a second import changes nothing', () => {
  for (const c of CASES) {
    it(c.file, async () => {
      const db = newDb();
      const file = path.join(FIX, c.file);
      const first = await ar(['import', file, ...(c.args ?? []), '--json'], { db });
      expect(first.stderr).not.toMatch(/error/);
      expect(first.code).toBe(0);
      const report = JSON.parse(first.stdout) as { files: { skipped: unknown; rejected: number; unit?: unknown }[] };
      expect(report.files).toHaveLength(1);
      expect(report.files[0].skipped).toEqual(c.skipped);
      expect(report.files[0].rejected).toBe(0);
      expect(openBalances(db)).toEqual(c.open);
      if (c.summary) {
        const again = await ar(['import', file, ...(c.args ?? [])], { db: newDb() });
        // The note is wrapped to the screen; read as one line.
        expect(again.stdout.replace(/\n\s+/g, ' ')).toMatch(c.summary);
      }
      const second = await ar(['import', file, ...(c.args ?? []), '--json'], { db });
      expect(second.code).toBe(0);
      const r2 = JSON.parse(second.stdout) as { files: { imported: number; updated: number; unchanged: number }[] };
      expect(r2.files[0]).toMatchObject({ imported: 0, updated: 0, unchanged: c.open[Object.keys(c.open)[0]].items });
      expect(openBalances(db)).toEqual(c.open);
    });
  }

  it('a terms column sets the due date when the file has none', async () => {
    const db = newDb();
    await ar(['import', path.join(FIX, 'terms-no-due-date.csv'), '--currency', 'CNY'], { db });
    expect(rows(db, 'SELECT number, due_date AS due FROM invoices ORDER BY number')).toEqual([
      { number: 'T-1', due: '2026-10-31' }, // Net 60 from 1 Sep
      { number: 'T-2', due: '2026-10-30' }, // 月结30天: 30 days after 30 Sep
      { number: 'T-3', due: '2026-10-16' }, // 45 days
    ]);
  });

  it('the summary says in Chinese what was skipped', async () => {
    const r = await ar(['import', path.join(FIX, 'kingdee-subtotals-footer-gb18030.csv'), '--lang', 'zh'], { db: newDb() });
    expect(r.code).toBe(0);
    // Wherever the line wraps (it depends on the path's length), the words are these.
    expect(r.stdout.replace(/\s+/g, '')).toContain('跳过标题行1行、合计/小计行3行（已核对）、表尾3行');
  });

  it('two amount columns in different units are refused with the line and both headers, nothing written', async () => {
    const dir = path.dirname(newDb());
    const file = path.join(dir, 'mixed.csv');
    const fs = await import('node:fs');
    fs.writeFileSync(file, '单据编号,单据日期,客户名称,原币金额(元),未收金额(万元)\nXS-1,2026-09-01,甲公司,123500.00,12.35\n');
    const db = path.join(dir, 'ledger.db');
    const r = await ar(['import', file, '--currency', 'CNY'], { db });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/mixed\.csv:1: the amount columns are in different units: "原币金额\(元\)" in 元, "未收金额\(万元\)" in 万元/);
  });
});

describe('amounts beyond exact range (2^53 minor units)', () => {
  const csv = (n: number) =>
    [
      'Invoice,Date,Due date,Customer,Currency,Amount',
      ...Array.from({ length: n }, (_, i) => `B-${i + 1},2026-09-01,2026-10-01,Big Co,CNY,50000000000000.00`),
    ].join('\n') + '\n';

  it('an import whose total in a currency could not be summed exactly is refused, and nothing is written', async () => {
    const dir = path.dirname(newDb());
    const fs = await import('node:fs');
    fs.writeFileSync(path.join(dir, 'big.csv'), csv(2));
    const db = path.join(dir, 'ledger.db');
    const r = await ar(['import', path.join(dir, 'big.csv')], { db });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the amounts in CNY would add up to more than the ledger can sum exactly (2^53 minor units); nothing was imported');
    expect(fs.existsSync(db)).toBe(false);
  });

  it('one such amount alone imports; a ledger that already holds more is reported in one line by every read command', async () => {
    const dir = path.dirname(newDb());
    const fs = await import('node:fs');
    fs.writeFileSync(path.join(dir, 'one.csv'), csv(1));
    const db = path.join(dir, 'ledger.db');
    expect((await ar(['import', path.join(dir, 'one.csv')], { db })).code).toBe(0);
    expect(openBalances(db)).toEqual({ CNY: { items: 1, open: '50000000000000.00' } });
    // As an older version could have left it: a second such invoice written behind the import's back.
    const Database = (await import('better-sqlite3')).default;
    const w = new Database(db);
    w.exec(`INSERT INTO invoices (customer_id, number, kind, issue_date, due_date, currency, total_minor, open_minor, status, source, created_at, updated_at)
            SELECT customer_id, 'B-2', kind, issue_date, due_date, currency, total_minor, open_minor, status, source, created_at, updated_at FROM invoices`);
    w.close();
    const commands = [['status'], ['queue'], ['aging'], ['account', 'Big Co']];
    expect(commands.length).toBeGreaterThan(0);
    for (const args of commands) {
      const r = await ar(args, { db });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^ar: error: this ledger holds amounts whose total is beyond what can be added up exactly/);
      expect(r.stderr).not.toMatch(/internal error|RangeError|\n\s+at /);
    }
  });
});

describe('messages', () => {
  it('at most 20 located errors, then how many more and where to see them all', async () => {
    const dir = path.dirname(newDb());
    const fs = await import('node:fs');
    const lines = Array.from({ length: 30 }, (_, i) => `X-${i + 1},not a date,2026-10-01,Acme,CNY,10.00`);
    fs.writeFileSync(path.join(dir, 'bad.csv'), ['Invoice,Date,Due date,Customer,Currency,Amount', ...lines].join('\n') + '\n');
    const r = await ar(['import', path.join(dir, 'bad.csv')], { db: path.join(dir, 'ledger.db') });
    expect(r.code).toBe(1);
    const located = r.stderr.split('\n').filter((l) => /bad\.csv:\d+:/.test(l));
    expect(located).toHaveLength(20);
    expect(r.stderr).toContain('… and 10 more — `--rejects FILE` lists them all');
  });
});

describe('units in a payments file', () => {
  it('a 收款 file in 万元 is booked ×10,000 too', async () => {
    const dir = path.dirname(newDb());
    const fs = await import('node:fs');
    fs.writeFileSync(path.join(dir, 'inv.csv'), 'Invoice,Date,Due date,Customer,Currency,Amount\nP-1,2026-09-01,2026-10-01,Acme Corp,CNY,20000.00\n');
    fs.writeFileSync(path.join(dir, 'pay.csv'), '收款单\n金额单位：万元\n收款日期,客户名称,单据编号,币种,收款金额\n2026-11-01,Acme Corp,SK-1,CNY,1.5\n');
    const db = path.join(dir, 'ledger.db');
    expect((await ar(['import', path.join(dir, 'inv.csv')], { db })).code).toBe(0);
    const r = await ar(['import', path.join(dir, 'pay.csv'), '--kind', 'payments'], { db });
    expect(r.code, r.stderr).toBe(0);
    expect(rows(db, 'SELECT amount_minor AS a FROM payments')).toEqual([{ a: 1500000 }]);
    expect(openBalances(db)).toEqual({ CNY: { items: 1, open: '5000.00' } });
  });
});

describe('--snapshot', () => {
  it('`ar import --snapshot week2.csv` reads the file; the scope is given as --snapshot=customers', async () => {
    const dir = path.dirname(newDb());
    const fs = await import('node:fs');
    const head = 'Invoice,Date,Due date,Customer,Currency,Amount';
    fs.writeFileSync(path.join(dir, 'week1.csv'), `${head}\nW-1,2026-09-01,2026-10-01,Acme,CNY,10.00\nW-2,2026-09-01,2026-10-01,Acme,CNY,20.00\n`);
    fs.writeFileSync(path.join(dir, 'week2.csv'), `${head}\nW-2,2026-09-01,2026-10-01,Acme,CNY,20.00\n`);
    const db = path.join(dir, 'ledger.db');
    expect((await ar(['import', path.join(dir, 'week1.csv')], { db })).code).toBe(0);
    const r = await ar(['import', '--snapshot', path.join(dir, 'week2.csv'), '--json'], { db });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ closedBySnapshot: 1 });
    expect(openBalances(db)).toEqual({ CNY: { items: 1, open: '20.00' } });
    const scoped = await ar(['import', '--snapshot=customers', path.join(dir, 'week2.csv'), '--json'], { db });
    expect(scoped.code, scoped.stderr).toBe(0);
    expect((await ar(['import'], { db })).code).toBe(2);
  });
});

describe('units', () => {
  it('headers and lines above the table name their unit', () => {
    expect(headerUnit('应收金额(万元)')).toEqual({ power: 4, label: '万元' });
    expect(headerUnit('金额（千元）')).toEqual({ power: 3, label: '千元' });
    expect(headerUnit('Amount (000s)')?.power).toBe(3);
    expect(headerUnit("USD '000")?.power).toBe(3);
    expect(headerUnit('Amount in thousands')?.power).toBe(3);
    expect(headerUnit('Amount (USD)')).toBeUndefined();
    expect(headerUnit('应收金额(元)')).toEqual({ power: 0, label: '元' });
    expect(tableUnit([{ line: 1, cells: ['金额单位：万元'] }])?.power).toBe(4);
    expect(tableUnit([{ line: 1, cells: ['Amounts in thousands'] }])?.power).toBe(3);
  });

  it('any amount in a unit-bearing column scales exactly (no float on the way)', () => {
    const units: [string, number][] = [
      ['应收金额(万元)', 4],
      ['金额（千元）', 3],
      ['Amount (000s)', 3],
      ["USD '000", 3],
      ['Balance (millions)', 6],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...units), fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.integer({ min: 0, max: 6 }), ([header, power], n, decimals) => {
        const unit = headerUnit(header);
        expect(unit?.power).toBe(power);
        const d = Math.min(decimals, power + 2);
        const s = n.toString().padStart(d + 1, '0');
        const text = d ? `${s.slice(0, -d)}.${s.slice(-d)}` : s;
        // text × 10^power in minor units (2 digits): n × 10^(power + 2 − d), computed in BigInt.
        const expected = n * 10n ** BigInt(power + 2 - d);
        const r = parseAmount(text, 'CNY', '.', power);
        if (expected > BigInt(Number.MAX_SAFE_INTEGER)) expect(r.ok).toBe(false);
        else expect(r).toEqual({ ok: true, value: { minor: Number(expected) } });
      }),
    );
  });
});

describe('terms', () => {
  it('reads the terms collectors write', () => {
    expect(parseTermsDays('Net 60')).toEqual({ days: 60, monthEnd: false });
    expect(parseTermsDays('N30')).toEqual({ days: 30, monthEnd: false });
    expect(parseTermsDays('60天')).toEqual({ days: 60, monthEnd: false });
    expect(parseTermsDays('月结30天')).toEqual({ days: 30, monthEnd: true });
    expect(parseTermsDays('货到30天')).toEqual({ days: 30, monthEnd: false });
    expect(parseTermsDays('Due on receipt')).toEqual({ days: 0, monthEnd: false });
    expect(parseTermsDays('see contract')).toBeUndefined();
  });
});
