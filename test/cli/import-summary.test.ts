// Golden tests of what `ar import` says (issue 8, "Messages and safety"), in both languages: stdout
// and stderr captured into ONE stream, in the order a terminal shows them — warnings and located
// errors first, the summary after them, and last the line that says what happened.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { displayWidth } from '../../src/view/width.js';
import { BIN, cleanEnv, ROOT, scrub, tempDir } from './run-ar.js';

/** `ar ARGS` in this process with stdout and stderr into one piped stream, as a terminal interleaves them. */
async function arBoth(args: string[], cwd: string, db: string): Promise<{ text: string; code: number }> {
  let text = '';
  const both = { isTTY: false, write: (s: string) => void (text += s) };
  // An 80-column terminal: messages on stderr are wrapped to it too.
  const env = cleanEnv({ db, env: { COLUMNS: '80' } });
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const code = await run([process.execPath, BIN, ...args], { env, stdout: both, stderr: both, stdinIsTTY: false });
    return { text: scrub(text, path.dirname(db)), code };
  } finally {
    process.chdir(before);
  }
}

function fitsIn80(text: string): void {
  const lines = text.split('\n').filter(Boolean);
  expect(lines.length).toBeGreaterThan(0);
  for (const l of lines) expect(displayWidth(l), l).toBeLessThanOrEqual(80);
}

/** A folder with copies of the fixtures (short relative names, as a user types them). */
function workdir(files: string[]): { dir: string; db: string } {
  const dir = tempDir();
  for (const f of files) fs.copyFileSync(path.join(ROOT, 'fixtures', 'import', f), path.join(dir, f));
  return { dir, db: path.join(dir, 'ledger.db') };
}

/** 25 rows with a bad amount among 50. */
function badFile(dir: string): string {
  const rows = ['customer_code,customer_name,number,issue_date,due_date,currency,total'];
  for (let i = 1; i <= 50; i++) rows.push(`C${i},Customer ${i},INV-${i},2026-10-01,2026-10-31,CNY,${i % 2 ? 'n/a' : '100.00'}`);
  fs.writeFileSync(path.join(dir, 'bad.csv'), rows.join('\n') + '\n');
  return 'bad.csv';
}

const MULTI = ['xero-invoices.csv', 'kingdee-subtotals-footer-gb18030.csv', 'yonyou-units-wan-gb18030.csv', 'terms-no-due-date.csv'];

describe('ar import: the summary', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`several files: warnings first, a block per file, the last line says what was imported (${lang})`, async () => {
      const { dir, db } = workdir(MULTI);
      const r = await arBoth(['import', ...MULTI, '--lang', lang], dir, db);
      expect(r.code).toBe(0);
      await expect(r.text).toMatchFileSnapshot(`./golden/import.multi.${lang}.txt`);
      const lines = r.text.trimEnd().split('\n');
      // The one warning (no due date column) comes before the summary; the summary ends the output.
      expect(lines[0]).toMatch(lang === 'en' ? /^ar: warning: terms-no-due-date\.csv: no due date column/ : /^ar: 警告: terms-no-due-date\.csv：/);
      expect(lines.at(-1)).toBe(lang === 'en' ? 'Imported into <TMP>/ledger.db: 13 invoices.' : '已导入 <TMP>/ledger.db：13 张发票。');
      fitsIn80(r.text);
    });

    it(`a line-item export: lines → invoices, a void document skipped (${lang})`, async () => {
      const { dir, db } = workdir(['zoho-invoices.csv']);
      const r = await arBoth(['import', 'zoho-invoices.csv', '--lang', lang], dir, db);
      expect(r.code).toBe(0);
      await expect(r.text).toMatchFileSnapshot(`./golden/import.line-items.${lang}.txt`);
      expect(r.text).toContain(lang === 'en' ? 'zoho-invoices.csv: 5 lines → 3 invoices · 3 new\n' : 'zoho-invoices.csv：5 行 → 3 张发票 · 新增 3\n');
      expect(r.text).toContain(lang === 'en' ? '\n  skipped 1 void or draft document\n' : '\n  跳过作废或草稿单据 1 张\n');
      fitsIn80(r.text);
    });

    it(`more than 20 bad rows: twenty located errors, how many more, then what happened (${lang})`, async () => {
      const { dir, db } = workdir([]);
      const r = await arBoth(['import', badFile(dir), '--lang', lang], dir, db);
      expect(r.code).toBe(1);
      await expect(r.text).toMatchFileSnapshot(`./golden/import.refused.${lang}.txt`);
      const lines = r.text.trimEnd().split('\n');
      expect(lines.slice(0, 20).every((l) => l.startsWith('bad.csv:'))).toBe(true);
      expect(lines[20]).toBe(lang === 'en' ? '… and 5 more — `--rejects FILE` lists them all' : '……另有 5 处——`--rejects 文件` 可列出全部');
      // The last line (wrapped to the terminal): what happened and what to do.
      expect(lines.slice(21).join(' ').replace(/\s+/g, ' ')).toMatch(
        lang === 'en'
          ? /^ar: error: nothing was imported: 25 rows have errors — fix them, or import the good rows with `--skip-bad --rejects FILE`$/
          : /^ar: 错误: 未导入任何数据：25 行有误——请修正后重新导入，或用 `--skip-bad --rejects ?文件` ?只导入正确的行$/,
      );
      fitsIn80(r.text);
      expect(fs.existsSync(db)).toBe(false);
    });

    it(`--skip-bad: the rejected rows first (twenty), the summary last (${lang})`, async () => {
      const { dir, db } = workdir([]);
      const r = await arBoth(['import', badFile(dir), '--skip-bad', '--rejects', 'rejects.csv', '--lang', lang], dir, db);
      expect(r.code).toBe(0);
      await expect(r.text).toMatchFileSnapshot(`./golden/import.skip-bad.${lang}.txt`);
      const lines = r.text.trimEnd().split('\n');
      expect(lines.filter((l) => /^ar: .*bad\.csv:\d+:/.test(l)).length).toBe(20);
      expect(lines.at(-1)).toBe(
        lang === 'en' ? 'Imported into <TMP>/ledger.db: 25 invoices, 25 rows rejected.' : '已导入 <TMP>/ledger.db：25 张发票、拒绝 25 行。',
      );
      expect(fs.readFileSync(path.join(dir, 'rejects.csv'), 'utf8').trim().split('\n').length).toBe(26);
      fitsIn80(r.text);
    });
  }

  it('--json: the same facts as codes and numbers, identical under --lang zh', async () => {
    const { dir, db } = workdir(MULTI);
    const en = await arBoth(['import', ...MULTI, '--json', '--dry-run'], dir, db);
    const zh = await arBoth(['import', ...MULTI, '--json', '--dry-run', '--lang', 'zh'], dir, db);
    const strip = (text: string) => JSON.parse(text.slice(0, text.lastIndexOf('}') + 1)) as { files: Record<string, unknown>[] };
    const files = strip(en.text).files;
    expect(files.length).toBe(4);
    expect(files.map((f) => [f.lines, f.documents, f.dateOrder, f.currency, f.unit ?? null])).toEqual([
      [7, 5, 'dmy', { codes: ['NZD', 'USD'], source: 'column' }, null],
      [3, 3, 'ymd', { codes: ['CNY'], source: 'column' }, null],
      [2, 2, 'ymd', { codes: ['CNY'], source: 'ledger' }, { label: '万元', power: 4 }],
      [3, 3, 'ymd', { codes: ['CNY'], source: 'ledger' }, null],
    ]);
    expect(files.map((f) => f.skipped)).toEqual([
      { title: 0, subtotal: 0, footer: 0, void: 1 },
      { title: 1, subtotal: 3, footer: 3, void: 0 },
      { title: 2, subtotal: 1, footer: 0, void: 0 },
      { title: 0, subtotal: 0, footer: 0, void: 0 },
    ]);
    // Warnings are text in the user's language; everything else is the same.
    const codes = (t: string) => strip(t).files.map(({ warnings: _, ...f }) => f);
    expect(codes(zh.text)).toEqual(codes(en.text));
  });
});
