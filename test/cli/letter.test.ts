// `ar letter` and `ar statement` on the demo book (AR_TODAY = the book's anchor, 2026-11-30): golden
// letters in both languages, one letter per customer and currency, 大写金额 equal to the total,
// disputed invoices left out, strict templates, hostile names printed literally, --out confinement,
// --mark-sent recording and escalating, interest by the customer's law, e-mail and PDF.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAr, tempDir } from './run-ar.js';
import { chineseUppercase } from '../../src/core/money.js';
import { findChromium } from '../../src/view/pdf.js';
import { insideDir } from '../../src/commands/shared-letters.js';
import { displayWidth } from '../../src/view/width.js';

let dir: string;
let book: string;

/** A fresh copy of the demo ledger (tests that write get their own). */
function copyBook(): string {
  const d = tempDir('ar-letter-');
  const db = path.join(d, 'ledger.db');
  // VACUUM INTO: a consistent copy whatever the journal mode.
  const src = new Database(book, { readonly: true });
  src.exec(`VACUUM INTO '${db.replace(/'/g, "''")}'`);
  src.close();
  return db;
}

beforeAll(async () => {
  dir = tempDir('ar-letter-book-');
  book = path.join(dir, 'demo.db');
  const r = await runAr(['demo', '--db', book]);
  expect(r.code).toBe(0);
}, 60_000);

interface JsonLetter {
  customer: { code: string };
  currency: string;
  step: number;
  lang: string;
  file: string | null;
  reference: string;
  totalMinor: number;
  invoices: string[];
  to: string[];
  cc: string[];
}

describe('ar letter on the demo book', () => {
  it('a formal demand in Chinese: parties, invoices, 大写金额, deadline, bank, seal (zh golden)', async () => {
    const r = await runAr(['letter', 'C0004', '--preview', '--format', 'md'], { db: book });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('golden/letter.C0004.zh.md');
    expect(r.stdout).toContain('## 催 款 函');
    expect(r.stdout).toContain('编号：**HK-2026-PREVIEW**');
    expect(r.stdout).toContain('请贵司于 **2026年12月10日** 前');
  });

  it('a formal demand in English, the disputed invoice left out and listed as under review (en golden)', async () => {
    const r = await runAr(['letter', 'C0023', '--preview', '--format', 'txt'], { db: book });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('golden/letter.C0023.en.txt');
    expect(r.stdout).toContain('Formal demand for payment');
    expect(r.stdout).toMatch(/under review[\s\S]*INV-10172: EUR 3,402\.00/);
  });

  it('--lang overrides the customer’s language; --step forces a step', async () => {
    const en = await runAr(['letter', 'C0004', '--preview', '--format', 'txt', '--lang', 'en', '--step', '1'], { db: book });
    expect(en.code).toBe(0);
    await expect(en.stdout).toMatchFileSnapshot('golden/letter.C0004.step1.en.txt');
    expect(en.stdout).toContain('Payment reminder');
    const zh = await runAr(['letter', 'C0023', '--preview', '--format', 'txt', '--lang', 'zh'], { db: book });
    await expect(zh.stdout).toMatchFileSnapshot('golden/letter.C0023.zh.txt');
    expect(zh.stdout).toContain('大写：');
  });

  it('--due makes one letter per customer and currency at its due step, each total in 大写 equal to the total', async () => {
    const r = await runAr(['letter', '--due', '--json', '--lang', 'zh'], { db: book });
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as JsonLetter[];
    expect(list.length).toBeGreaterThan(10);
    const keys = list.map((l) => `${l.customer.code}/${l.currency}`);
    expect(new Set(keys).size).toBe(keys.length);
    // C0025 owes in two currencies: two letters
    expect(keys.filter((k) => k.startsWith('C0025/')).sort()).toEqual(['C0025/CNY', 'C0025/USD']);
    // the steps agree with the queue's
    const queue = JSON.parse((await runAr(['queue', '--json', '--limit', '100'], { db: book })).stdout) as {
      customer: { code: string };
      currency: string;
      nextStep: { step: number } | null;
    }[];
    for (const l of list) {
      const q = queue.find((e) => e.customer.code === l.customer.code && e.currency === l.currency);
      if (q?.nextStep) expect(l.step).toBe(q.nextStep.step);
    }
    for (const l of list) {
      expect(Object.keys(l)).toEqual(expect.arrayContaining(['customer', 'currency', 'step', 'lang', 'file', 'reference', 'totalMinor']));
      expect(l.reference).toBe('HK-2026-PREVIEW');
      const text = (await runAr(['letter', l.customer.code, '--preview', '--format', 'txt', '--lang', 'zh'], { db: book })).stdout;
      // the 大写 may be wrapped over two lines of the text letter
      const letters = text.split('\f\n').map((x) => x.replace(/\n/g, ''));
      const mine = letters.find((x) => x.includes(`大写：${chineseUppercase(l.totalMinor, l.currency)}`));
      expect(mine, `${l.customer.code} ${l.currency}`).toBeDefined();
    }
  }, 60_000);

  it('a customer with nothing due gets no letter, and stderr says why', async () => {
    const r = await runAr(['letter', 'C0017', 'C0011', 'C0015', '--preview'], { db: book });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        'C0011 CNY: no letter — too soon after the last letter (minimum gap)',
        'C0017 CNY: no letter — everything overdue is disputed',
        'C0015: no letter — nothing open',
        'No letters to make.',
        '',
      ].join('\n'),
    );
  });

  it('asks which letters when given neither customers nor --due, and refuses a step the ladder lacks (exit 2)', async () => {
    const r = await runAr(['letter'], { db: book });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('name customers (codes or names) or use --due');
    const bad = await runAr(['letter', 'C0004', '--step', '9', '--preview'], { db: book });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--step takes a step number of the ladder (0–5), not "9"');
  });

  it('HTML is a print-ready A4 page with the letterhead and the invoice table', async () => {
    const out = tempDir('ar-letter-html-');
    const r = await runAr(['letter', 'C0004', '--format', 'html', '--out', out, '--json'], { db: book });
    expect(r.code).toBe(0);
    const [made] = JSON.parse(r.stdout) as JsonLetter[];
    expect(path.basename(made!.file!)).toBe('2026-11-30_step3-formal-demand_C0004_CNY.html');
    const html = fs.readFileSync(made!.file!, 'utf8');
    expect(html).toContain('@page{size:A4');
    expect(html).toContain('<div class="letterhead">');
    expect(html).toMatch(/<table><thead><tr><th>发票号<\/th>/);
    expect(html).toContain('<html lang="zh-CN">');
  });

  it('a statement of account lists every open item with a confirmation slip (zh golden)', async () => {
    const r = await runAr(['statement', 'C0002', '--preview', '--format', 'md'], { db: book });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('golden/statement.C0002.zh.md');
    expect(r.stdout).toContain('对账确认回执');
    // C0002 is a strategic account: its account manager (the invoices' salesperson) is copied
    expect(r.stdout).toContain('抄送：陈静（客户经理）');
  });

  it('every screen line of the English letters fits 80 columns', async () => {
    const r = await runAr(['letter', 'C0023', 'C0020', '--preview', '--format', 'txt'], { db: book });
    const lines = r.stdout.split('\n');
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });
});

describe('ar letter --mark-sent', () => {
  it('records the letter, an activity and a written demand, numbers gap-free after the book’s own, and escalates', async () => {
    const db = copyBook();
    const out = tempDir('ar-letter-sent-');
    const r = await runAr(['letter', 'C0004', 'C0012', '--mark-sent', '--format', 'md', '--out', out, '--json', '--evidence', 'EMS EA1'], { db });
    expect(r.code).toBe(0);
    const made = JSON.parse(r.stdout) as JsonLetter[];
    // the demo book's highest reference is HK-2026-000131
    expect(made.map((m) => m.reference)).toEqual(['HK-2026-000132', 'HK-2026-000133']);
    expect(fs.readFileSync(made[0]!.file!, 'utf8')).toContain('HK-2026-000132');
    const sql = new Database(db, { readonly: true });
    const letter = sql.prepare(`SELECT l.step, l.kind, l.format, l.sent_at, l.evidence FROM letters l WHERE reference_no = 'HK-2026-000132'`).get();
    expect(letter).toEqual({ step: 3, kind: 'dunning', format: 'md', sent_at: '2026-11-30', evidence: 'EMS EA1' });
    const act = sql.prepare(`SELECT channel, outcome, note FROM activities WHERE note LIKE '%HK-2026-000132'`).get();
    expect(act).toEqual({ channel: 'letter', outcome: 'letter-sent', note: 'formal-demand HK-2026-000132' });
    const ev = sql.prepare(`SELECT kind, at, evidence, note FROM limitation_events WHERE note = 'HK-2026-000132'`).get();
    expect(ev).toEqual({ kind: 'demand', at: '2026-11-30', evidence: 'EMS EA1', note: 'HK-2026-000132' });
    sql.close();

    // the same day: no second letter for that step
    const again = await runAr(['letter', 'C0004', '--preview'], { db });
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('too soon after the last letter');
    // the queue knows the formal demand was sent: 98 days overdue, the next is the highest step
    // reached (pre-legal, 60 days), the minimum gap (7 days) after this one
    const q = JSON.parse((await runAr(['queue', '--json', '--limit', '100'], { db })).stdout) as {
      customer: { code: string };
      nextStep: { step: number; dueOn: string } | null;
    }[];
    expect(q.find((e) => e.customer.code === 'C0004')?.nextStep).toMatchObject({ step: 5, dueOn: '2026-12-07' });
    expect((await runAr(['letter', 'C0004', '--json'], { db, env: { AR_TODAY: '2026-12-06' } })).stdout).toBe('[]\n');
    const later = await runAr(['letter', 'C0004', '--json'], { db, env: { AR_TODAY: '2026-12-07' } });
    expect((JSON.parse(later.stdout) as JsonLetter[]).map((l) => [l.step, l.reference])).toEqual([[5, 'HK-2026-PREVIEW']]);
  });

  it('a statement sent is on the account’s timeline as a statement, not a ladder step', async () => {
    const db = copyBook();
    const r = await runAr(['statement', 'C0003', '--mark-sent', '--format', 'md', '--out', tempDir(), '--json'], { db });
    expect(r.code).toBe(0);
    const [made] = JSON.parse(r.stdout) as JsonLetter[];
    const account = JSON.parse((await runAr(['account', 'C0003', '--json'], { db })).stdout) as {
      timeline: { kind: string; data: { stepCode?: string; ref?: string } }[];
    };
    expect(account.timeline.find((e) => e.kind === 'letter')?.data).toMatchObject({ stepCode: 'statement', ref: made!.reference });
    // a statement is no step: the queue's next step for C0003 is unchanged
    const letters = await runAr(['letter', 'C0003', '--json'], { db });
    expect((JSON.parse(letters.stdout) as JsonLetter[]).map((l) => l.step)).toEqual([3]);
  });

  it('records the written demand for the limitation clock only with proof of arrival (or when the ledger counts letters as sent)', async () => {
    const db = copyBook();
    const events = () => {
      const sql = new Database(db, { readonly: true });
      const n = (sql.prepare(`SELECT count(*) AS n FROM limitation_events WHERE kind = 'demand'`).get() as { n: number }).n;
      sql.close();
      return n;
    };
    const before = events();
    expect((await runAr(['letter', 'C0004', '--mark-sent', '--format', 'md', '--out', tempDir()], { db })).code).toBe(0);
    expect(events()).toBe(before);
    expect((await runAr(['config', 'set', 'limitation.letters_need_evidence', 'false'], { db })).code).toBe(0);
    expect((await runAr(['letter', 'C0012', '--mark-sent', '--format', 'md', '--out', tempDir()], { db })).code).toBe(0);
    expect(events()).toBe(before + 1);
  });

  it('a preview takes no number and writes nothing', async () => {
    const db = copyBook();
    const counts = () => {
      const sql = new Database(db, { readonly: true });
      const n = sql
        .prepare(
          'SELECT (SELECT count(*) FROM letters) AS letters, (SELECT count(*) FROM sequences) AS sequences, (SELECT count(*) FROM activities) AS activities',
        )
        .get();
      sql.close();
      return n;
    };
    const before = counts();
    const r = await runAr(['letter', 'C0004', '--preview'], { db });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('HK-2026-PREVIEW');
    expect(counts()).toEqual(before);
    expect((await runAr(['letter', 'C0004', '--preview', '--mark-sent'], { db })).code).toBe(2);
  });
});

describe('ar letter --kind plan', () => {
  it('makes the repayment agreement of the instalment plan recorded for the customer (zh golden)', async () => {
    const db = copyBook();
    // Issue 8's call log records a plan as promises sharing plan_id; here written directly.
    const sql = new Database(db);
    const cid = (sql.prepare(`SELECT id FROM customers WHERE code = 'C0004'`).get() as { id: number }).id;
    const add = sql.prepare(
      `INSERT INTO promises (customer_id, amount_minor, currency, due_date, status, created_at, instalment) VALUES (?, ?, 'CNY', ?, 'pending', '2026-11-30T09:00:00Z', ?)`,
    );
    const first = Number(add.run(cid, 3_000_000, '2026-12-15', 1).lastInsertRowid);
    add.run(cid, 3_000_000, '2027-01-15', 2);
    add.run(cid, 2_375_300, '2027-02-15', 3);
    sql.prepare('UPDATE promises SET plan_id = ? WHERE customer_id = ? AND instalment IS NOT NULL').run(first, cid);
    sql.close();
    const r = await runAr(['letter', 'C0004', '--kind', 'plan', '--preview', '--format', 'md'], { db });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('golden/plan.C0004.zh.md');
    expect(r.stdout).toContain('## 还 款 协 议');
    expect(r.stdout).toContain('| 第3期 | 2027年2月15日 | ¥23,753.00 |');
    expect(r.stdout).toContain('**¥83,753.00**（大写：人民币捌万叁仟柒佰伍拾叁元整）');
    // a customer with no plan gets none
    const none = await runAr(['letter', 'C0012', '--kind', 'plan', '--preview'], { db });
    expect(none.stderr).toContain('C0012 CNY: no letter — no repayment plan recorded in this currency');
  });
});

describe('letters are safe with what the ledger holds', () => {
  function hostileBook(): string {
    const db = copyBook();
    const sql = new Database(db);
    sql.prepare(`UPDATE customers SET name = '<script>alert(1)</script> {{x}} | **bold**', code = '../../evil' WHERE code = 'C0023'`).run();
    sql.close();
    return db;
  }

  it('prints hostile names literally in HTML and Markdown', async () => {
    const db = hostileBook();
    const html = await runAr(['letter', '../../evil', '--preview', '--format', 'html'], { db });
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt; {{x}} | **bold**');
    expect(html.stdout).not.toContain('<script>');
    expect(html.stdout).not.toContain('<strong>bold</strong>');
    const md = await runAr(['letter', '../../evil', '--preview', '--format', 'md'], { db });
    expect(md.stdout).toContain('<script>alert(1)</script> {{x}} \\| \\*\\*bold\\*\\*');
  });

  it('keeps every file inside --out, whatever the customer code', async () => {
    const db = hostileBook();
    const out = path.join(tempDir('ar-letter-out-'), 'letters');
    const r = await runAr(['letter', '../../evil', '--format', 'txt', '--out', out, '--json'], { db });
    expect(r.code).toBe(0);
    const [made] = JSON.parse(r.stdout) as JsonLetter[];
    expect(path.dirname(made!.file!)).toBe(path.resolve(out));
    expect(fs.readdirSync(out)).toEqual(['2026-11-30_step3-formal-demand_evil_EUR.txt']);
    expect(() => insideDir(out, '../x.txt')).toThrow();
    expect(() => insideDir(out, 'a/../../x.txt')).toThrow();
  });

  it('a template that names a missing variable fails, naming template, variable and line (exit 1)', async () => {
    const config = tempDir('ar-letter-config-');
    fs.mkdirSync(path.join(config, 'templates/letters/en'), { recursive: true });
    fs.writeFileSync(path.join(config, 'templates/letters/en/formal-demand.hbs'), 'Dear {{customer.name}},\n{{customer.nickname}}\n');
    const r = await runAr(['letter', 'C0023', '--preview'], { db: book, env: { AR_CONFIG_DIR: config } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('letters/en/formal-demand');
    expect(r.stderr).toContain('customer.nickname');
    expect(r.stderr).toContain('line 2');
    // the user's template wins over the built-in variant … and is used when it is fine
    fs.writeFileSync(path.join(config, 'templates/letters/en/formal-demand.hbs'), 'Dear {{customer.name}}: {{money total currency}}\n');
    const ok = await runAr(['letter', 'C0023', '--preview', '--format', 'txt'], { db: book, env: { AR_CONFIG_DIR: config } });
    expect(ok.stdout).toBe('Dear Müller Maschinenbau GmbH: EUR 13,612.56\n');
  });
});

describe('interest by the customer’s law', () => {
  it('a German customer’s formal demand claims base rate + 9 points and EUR 40 per invoice', async () => {
    const db = copyBook();
    const sql = new Database(db);
    sql.prepare(`UPDATE customers SET jurisdiction = 'DE' WHERE code = 'C0023'`).run();
    sql.close();
    const r = await runAr(['letter', 'C0023', '--preview', '--format', 'txt'], { db });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('golden/letter.C0023.de-interest.en.txt');
    expect(r.stdout).toContain('§ 288 BGB');
    // INV-10172: EUR 13,612.56 due 25 Sep 2026, 66 days; base rate 1.27 % + 9 = 10.27 %
    // 13,612.56 × 10.27 % × 66 ÷ 365 = 252.79
    expect(r.stdout).toContain('- 26 Sep 2026 to 30 Nov 2026: reference rate 1.27% + 9% = 10.27% a year');
    expect(r.stdout).toMatch(/INV-10172\s+EUR 13,612\.56\s+2026-09-26\s+66\s+10\.27%\s+EUR 252\.79\s+EUR 40\.00/);
    expect(r.stdout).toContain('EUR 13,905.35');
  });
});

const chromium = findChromium(process.env);
const pdftotext = spawnSync('pdftotext', ['-v']).error ? null : 'pdftotext';
// Said in the test's name, so a run without the tools shows why these were skipped.
const needsChromium = chromium ? '' : ' [skipped: no chromium on PATH — apt-get install chromium fonts-noto-cjk]';
const needsPdftotext = pdftotext ? '' : ' [skipped: no pdftotext — apt-get install poppler-utils]';

describe('PDF and e-mail', () => {
  it('refuses --format pdf without Chromium (exit 1, one-line install hint)', async () => {
    const r = await runAr(['letter', 'C0004', '--format', 'pdf', '--out', tempDir()], { db: book, env: { PATH: '/nonexistent', AR_CHROMIUM: '' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('a PDF needs Chromium');
    expect(r.stderr).toContain('apt-get install chromium fonts-noto-cjk');
  });

  it.skipIf(!chromium || !pdftotext)(
    `prints a PDF whose Chinese is text${needsChromium}${needsPdftotext}`,
    async () => {
      const out = tempDir('ar-letter-pdf-');
      const r = await runAr(['letter', 'C0004', '--format', 'pdf', '--out', out, '--json'], { db: book, env: { PATH: process.env.PATH ?? '' } });
      expect(r.code).toBe(0);
      const [made] = JSON.parse(r.stdout) as JsonLetter[];
      expect(fs.readFileSync(made!.file!).subarray(0, 5).toString()).toBe('%PDF-');
      const text = spawnSync('pdftotext', [made!.file!, '-'], { encoding: 'utf8' }).stdout;
      expect(text).toContain('杭州新锐包装材料有限公司');
      expect(text).toContain('人民币捌万叁仟柒佰伍拾叁元整');
    },
    60_000,
  );

  it.skipIf(!chromium)(
    `writes an .eml that parses: encoded headers, To/Cc from the contacts, text + HTML, the PDF attached${needsChromium}`,
    async () => {
      const out = tempDir('ar-letter-eml-');
      const r = await runAr(['letter', 'C0004', '--format', 'eml', '--out', out, '--json'], { db: book, env: { PATH: process.env.PATH ?? '' } });
      expect(r.code).toBe(0);
      const [made] = JSON.parse(r.stdout) as JsonLetter[];
      const mail = parseEml(fs.readFileSync(made!.file!, 'utf8'));
      expect(mail.headers.subject).toBe('上海华信工业品有限公司：催款函（编号 HK-2026-PREVIEW）');
      expect(mail.headers.from).toBe('上海华信工业品有限公司 <ar@huaxin-supply.example>');
      expect(mail.headers.to).toContain('<');
      expect(mail.parts.map((p) => p.type)).toEqual(['text/plain', 'text/html', 'application/pdf']);
      expect(mail.parts[0]!.body.toString('utf8').replace(/\n/g, '')).toContain('人民币捌万叁仟柒佰伍拾叁元整');
      expect(mail.parts[1]!.body.toString('utf8')).toContain('<table>');
      expect(mail.parts[2]!.body.subarray(0, 5).toString()).toBe('%PDF-');
      for (const line of fs.readFileSync(made!.file!, 'utf8').split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
    },
    60_000,
  );

  it('writes the .eml without the PDF when Chromium is absent, and says so once', async () => {
    const out = tempDir('ar-letter-eml2-');
    const r = await runAr(['letter', 'C0004', 'C0012', '--format', 'eml', '--out', out], { db: book, env: { PATH: '/nonexistent', AR_CHROMIUM: '' } });
    expect(r.code).toBe(0);
    expect(r.stderr.match(/without the PDF/g)).toHaveLength(1);
    const files = fs.readdirSync(out);
    expect(files).toHaveLength(2);
    const mail = parseEml(fs.readFileSync(path.join(out, files[0]!), 'utf8'));
    expect(mail.parts.map((p) => p.type)).toEqual(['text/plain', 'text/html']);
  });
});

/** A small RFC 5322 / MIME reader: unfolded headers with encoded words decoded, leaf parts base64-decoded. */
function parseEml(raw: string): { headers: Record<string, string>; parts: { type: string; body: Buffer }[] } {
  const [head, ...rest] = raw.split('\r\n\r\n');
  const headers: Record<string, string> = {};
  for (const line of head!.replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const i = line.indexOf(':');
    headers[line.slice(0, i).toLowerCase()] = line
      .slice(i + 1)
      .trim()
      // whitespace between two encoded words is dropped (RFC 2047 §6.2), elsewhere kept
      .replace(/\?=\s+=\?UTF-8\?B\?/g, '?==?UTF-8?B?')
      .replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
  }
  const parts: { type: string; body: Buffer }[] = [];
  const walk = (contentType: string, body: string) => {
    const b = /boundary="([^"]+)"/.exec(contentType);
    if (b) {
      for (const chunk of body.split(`--${b[1]}`).slice(1)) {
        if (chunk.startsWith('--')) break;
        const text = chunk.replace(/^\r\n/, '');
        const split = text.indexOf('\r\n\r\n');
        const ph = text.slice(0, split);
        walk(/Content-Type: ([^\r\n]+)/i.exec(ph)?.[1] ?? '', text.slice(split + 4));
      }
    } else parts.push({ type: contentType.split(';')[0]!.trim(), body: Buffer.from(body.replace(/\s+/g, ''), 'base64') });
  };
  walk(headers['content-type'] ?? '', rest.join('\r\n\r\n'));
  return { headers, parts };
}
