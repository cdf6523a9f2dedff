// `ar queue` through the built binary on a small ledger (test/cli/queue-fixture.ts), AR_TODAY 2026-11-30.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAr, runBin, tempDir } from './run-ar.js';
import { buildQueueLedger } from './queue-fixture.js';
import { displayWidth } from '../../src/view/width.js';

let db: string;
beforeAll(async () => {
  db = buildQueueLedger().db;
});

describe('ar queue', () => {
  it('ranks scheduled work first and says why (en golden)', async () => {
    const r = runBin(['queue'], { db }); // the real binary, once in each language
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('./golden/queue.en.txt');
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('in Chinese, aligned by display width (zh golden)', async () => {
    const r = runBin(['queue', '--lang', 'zh'], { db });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('./golden/queue.zh.txt');
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('--explain shows each factor and they add up to the score', async () => {
    const r = await runAr(['queue', '--explain'], { db });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('./golden/queue.explain.en.txt');
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    const j = JSON.parse((await runAr(['queue', '--json'], { db })).stdout) as { score: number; factors: { points: number }[] }[];
    for (const e of j) expect(e.factors.reduce((a, f) => a + f.points, 0)).toBe(e.score);
  });

  it('prints the same bytes in-process as the built binary does (explain golden)', async () => {
    const args = ['queue', '--explain'];
    const bin = runBin(args, { db });
    await expect(bin.stdout).toMatchFileSnapshot('./golden/queue.explain.en.txt');
    expect(await runAr(args, { db })).toEqual(bin);
  });

  it('--json has the documented shape and order', async () => {
    const r = await runAr(['queue', '--json'], { db });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(j.map((e) => [(e.customer as { code: string }).code, e.currency, (e.reasons as { code: string }[]).map((x) => x.code)])).toEqual([
      ['C001', 'USD', ['promise-broken', 'step-due', 'high-score']],
      ['C003', 'USD', ['callback-due']],
      ['C010', 'CNY', ['limitation-warning', 'step-due', 'high-score']],
      ['C005', 'CNY', ['step-due', 'high-score']],
      ['C009', 'CNY', ['step-due', 'high-score']],
      ['C002', 'USD', ['step-due']],
      ['C008', 'EUR', ['step-due']],
      ['C009', 'USD', ['step-due']],
      ['C004', 'USD', ['step-due']],
    ]);
    expect(j[0]).toMatchObject({
      rank: 1,
      customer: { code: 'C001', name: 'Acme Corp', type: 'delayer', grade: 'C' },
      currency: 'USD',
      overdueMinor: 755_050,
      daysPastDue: 108,
      // no letter sent yet: the formal demand first, not the 律师函 its 108 days would reach
      nextStep: { step: 3, code: 'formal-demand', label: 'formal demand', due: true },
      reasons: [
        { code: 'promise-broken', params: { date: '2026-11-29' } },
        { code: 'step-due', params: { step: 3, stepCode: 'formal-demand' } },
        { code: 'high-score' },
      ],
      promise: { amountMinor: 450_000, dueDate: '2026-11-29', status: 'broken' },
      askFor: { name: 'Tom Reed', role: 'decision-maker' },
    });
    expect(typeof j[0].score).toBe('number');
    // Müller: overdue counts everything past due; the disputed 20% is not chased, the held invoice neither
    expect(j.find((e) => (e.customer as { code: string }).code === 'C008')).toMatchObject({
      overdueMinor: 1_360_800 + 340_200 + 420_000,
      disputedMinor: 340_200,
      onHoldMinor: 420_000,
      collectibleMinor: 1_360_800,
    });
  });

  it('--json codes and field names do not change with --lang; only the labels beside them do', async () => {
    const strip = (x: unknown): unknown =>
      Array.isArray(x)
        ? x.map(strip)
        : x && typeof x === 'object'
          ? Object.fromEntries(
              Object.entries(x)
                .filter(([k]) => k !== 'label' && k !== 'typeLabel')
                .map(([k, v]) => [k, strip(v)]),
            )
          : x;
    const en = JSON.parse((await runAr(['queue', '--json'], { db })).stdout) as { nextStep: { label: string } | null }[];
    const zh = JSON.parse((await runAr(['queue', '--json', '--lang', 'zh'], { db })).stdout) as { nextStep: { label: string } | null }[];
    expect(en.length).toBeGreaterThan(0);
    expect(strip(zh)).toEqual(strip(en));
    expect(zh[0].nextStep?.label).toBe('正式催款函');
  });

  it('hides promises not yet due and wholly disputed accounts, and says so', async () => {
    const r = await runAr(['queue'], { db });
    expect(r.stdout).toContain('Hidden: 1 with a promise not yet due · 1 wholly disputed');
    const codes = (JSON.parse((await runAr(['queue', '--json'], { db })).stdout) as { customer: { code: string } }[]).map((e) => e.customer.code);
    expect(codes).not.toContain('C006'); // promise for 10 Dec
    expect(codes).not.toContain('C007'); // everything disputed
    expect(codes).not.toContain('C011'); // paid up
    expect(codes).not.toContain('C012'); // nothing due yet
  });

  it('--limit and --collector narrow the list; the footer counts the rest', async () => {
    const r = await runAr(['queue', '--limit', '2'], { db });
    expect(r.stdout).toContain('(showing 2)');
    expect(r.stdout).toContain("7 beyond today's limit (--limit)");
    const zw = JSON.parse((await runAr(['queue', '--json', '--collector', '张伟'], { db })).stdout) as { customer: { code: string } }[];
    expect(zw.map((e) => e.customer.code)).toEqual(['C010', 'C005']);
    expect((await runAr(['queue', '--limit', 'x'], { db })).code).toBe(2);
  });

  it('--csv', async () => {
    const r = await runAr(['queue', '--csv'], { db });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('./golden/queue.csv');
  });

  it('an empty ledger says what to do', async () => {
    const file = path.join(tempDir(), 'empty.db');
    expect((await runAr(['init'], { db: file })).code).toBe(0);
    const empty = await runAr(['queue'], { db: file });
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('Nothing is open');
  });

  it('a ledger that does not exist is an error with the way to make one, and no file is created', async () => {
    const dir = tempDir();
    for (const args of [['queue'], ['aging'], ['account', 'C001'], ['queue', '--lang', 'zh']]) {
      const file = path.join(dir, 'typo.db');
      const r = await runAr(args, { db: file });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(args.includes('zh') ? `${file} 处没有账本` : `ar: error: no ledger at ${file}`);
      expect(r.stderr).toMatch(
        args.includes('zh') ? /提示: 用 `ar import 文件`.*`ar demo`/ : /hint: `ar import FILE` creates it .* `ar demo` builds a sample ledger/,
      );
      expect(fs.existsSync(file)).toBe(false);
    }
    // the per-user default ledger likewise
    const home = tempDir();
    // Through the binary: in-process, os.homedir() (src/paths.ts) ignores the HOME given to run().
    const r = runBin(['queue'], { env: { HOME: home, XDG_DATA_HOME: '' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no ledger at');
    expect(fs.readdirSync(home)).toEqual([]);
  });

  it('an unknown collector is said to be unknown, with the collectors of the ledger (exit 1)', async () => {
    for (const cmd of ['queue', 'aging']) {
      const r = await runAr([cmd, '--collector', 'nobody'], { db });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('ar: error: no collector named "nobody" in this ledger\nhint: collectors: Maria Lopez, 张伟 and 李娜\n');
    }
    expect((await runAr(['queue', '--collector', 'nobody', '--lang', 'zh'], { db })).stderr).toContain('提示: 催收员：Maria Lopez、张伟和李娜');
    // case and spacing do not matter
    expect((await runAr(['queue', '--collector', ' maria LOPEZ '], { db })).code).toBe(0);
  });

  it('the header counts in one unit and says which: accounts here (C009 owes in two currencies), else customers', async () => {
    const r = await runAr(['queue'], { db });
    expect(r.stdout.split('\n').slice(0, 2).join('\n')).toBe("Today's calls — Mon 30 Nov 2026\n  9 of 12 accounts (8 of 11 customers) need you today");
    const one = await runAr(['queue', '--collector', '张伟'], { db });
    expect(one.stdout.split('\n')[0]).toBe("Today's calls — Mon 30 Nov 2026 · 2 of 2 customers need you today");
  });

  it('--explain does not tell the user to run --explain', async () => {
    const r = await runAr(['queue', '--explain'], { db });
    expect(r.stdout).not.toContain('--explain');
    expect(r.stdout).toContain('Next: `ar account C001` for details\n');
  });

  it('a complete ladder is a reason of its own; the account ranks by its score, not at the bottom', async () => {
    // a copy of the book where 宁波港城 (C010) got the formal demand and the 律师函, the last three weeks ago
    const copy = path.join(tempDir(), 'l.db');
    fs.copyFileSync(db, copy);
    const sql = new Database(copy);
    sql.exec(`INSERT INTO letters (customer_id, step, language, template, reference_no, currency, total_minor, created_at, sent_at, evidence) VALUES
      (10, 3, 'zh', 'step3', 'HK-2026-000200', 'CNY', 10000000, '2026-10-20', '2026-10-20', NULL),
      (10, 5, 'zh', 'step5', 'HK-2026-000201', 'CNY', 10000000, '2026-11-09', '2026-11-09', NULL)`);
    sql.close();
    const j = JSON.parse((await runAr(['queue', '--json'], { db: copy })).stdout) as {
      customer: { code: string };
      reasons: { code: string }[];
      nextStep: unknown;
      score: number;
    }[];
    const i = j.findIndex((e) => e.customer.code === 'C010');
    expect(j[i].reasons.map((r) => r.code)).toEqual(['limitation-warning', 'ladder-complete', 'high-score']);
    expect(j[i].nextStep).toBeNull();
    // right after the scheduled follow-ups, and above every account with a lower score
    expect(i).toBe(2);
    for (const e of j.slice(i + 1)) expect(e.score).toBeLessThanOrEqual(j[i].score);
    expect((await runAr(['queue'], { db: copy })).stdout).toContain('ladder complete: consider legal action');
    expect((await runAr(['queue', '--lang', 'zh'], { db: copy })).stdout).toContain('催收流程已走完，建议申请支付令或起诉');
  });
});

describe('ar queue on the day a promise falls due', () => {
  function withPromise(amountMinor: number): string {
    const copy = path.join(tempDir(), 'l.db');
    fs.copyFileSync(db, copy);
    const sql = new Database(copy);
    const ts = '2026-11-20T00:00:00Z';
    sql.exec(`INSERT INTO contacts (customer_id, name, role, title, phone, mobile, email, is_primary, is_decision_maker, created_at, updated_at)
      VALUES (2, 'Budi Santoso', 'finance-manager', 'Finance Manager', '+62 21 555 0150', NULL, NULL, 0, 0, '${ts}', '${ts}')`);
    sql.exec(`INSERT INTO promises (customer_id, amount_minor, currency, due_date, method, payer, status, created_at)
      VALUES (2, ${amountMinor}, 'USD', '2026-11-30', 'wire', 'Budi Santoso', 'pending', '${ts}')`);
    sql.close();
    return copy;
  }
  type E = { customer: { code: string }; reasons: { code: string }[]; nextStep: { due: boolean; waiting: string | null }; askFor: { name: string } };
  const nusa = async (file: string) =>
    (JSON.parse((await runAr(['queue', '--json', '--limit', '0'], { db: file })).stdout) as E[]).find((e) => e.customer.code === 'C002')!;

  it('asks for whoever made the promise, and proposes no formal demand before a full promise', async () => {
    const e = await nusa(withPromise(1_200_000));
    expect(e.askFor.name).toBe('Budi Santoso');
    expect(e.reasons.map((r) => r.code)).toEqual(['promise-due']);
    expect(e.nextStep).toMatchObject({ due: false, waiting: 'promise' });
    const text = (await runAr(['queue'], { db: withPromise(1_200_000) })).stdout;
    expect(text).toContain("formal demand (after today's promise)");
  });

  it('a partial promise leaves the step due for the rest', async () => {
    const e = await nusa(withPromise(500_000));
    expect(e.askFor.name).toBe('Budi Santoso');
    expect(e.reasons.map((r) => r.code)).toEqual(['promise-due', 'step-due']);
    expect(e.nextStep).toMatchObject({ due: true, waiting: null });
  });
});
