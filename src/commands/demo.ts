// `ar demo`: build a ledger from the bundled demo book (fixtures/demo/) and show what the tool does.
// The book is written relative to an anchor date; every date is shifted so it is current on the
// clock's today. It goes into a fresh temp folder unless --db/AR_DB names a ledger, and a named
// ledger that already holds customers is refused, so a real ledger is never touched by accident.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { showQueue, writeJson, type Context, type Register } from './shared.js';
import { makeContext } from '../cli/context.js';
import { msg, resolveLang, t } from '../i18n/index.js';
import { wrapWords } from '../view/wrap.js';
import { DataError } from '../errors.js';

const DEMO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'demo');

interface Book {
  anchor: string;
  /** Exchange rates into the default currency (CNY per unit), dated the demo's day: fair ranking across currencies. */
  fx: Record<string, string>;
  company: Record<string, string> & { default_currency: string; name_en: string; name_zh: string };
}

// Dates stand alone or lead a timestamp (2026-11-12T14:30): a word boundary would miss the latter.
const ISO_DATE = /(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)/g;

/** Copy the book's CSVs into dir with every date moved by `shift` days. */
async function shiftedCopy(dir: string, shift: number): Promise<void> {
  const { addDays } = await import('../core/dates.js');
  for (const f of fs.readdirSync(DEMO_DIR)) {
    if (!f.endsWith('.csv')) continue;
    const text = fs.readFileSync(path.join(DEMO_DIR, f), 'utf8');
    fs.writeFileSync(path.join(dir, f), shift === 0 ? text : text.replace(ISO_DATE, (d) => addDays(d, shift)));
  }
}

export interface DemoReport {
  db: string;
  /** The ledger AR_DB names, left alone because it already holds customers (null: none ignored). */
  ignoredEnvDb: string | null;
  company: { en: string; zh: string };
  asOf: string;
  shiftedDays: number;
  imports: unknown[];
  promises: number;
  disputes: number;
  activities: number;
  letters: number;
}

/**
 * The ledger the demo writes: a temp folder's, or the one named — when it holds no customers yet.
 * One named with --db that holds customers is refused; one that AR_DB names (set for every command,
 * not chosen for this one) is left alone and the demo builds in the temp folder instead.
 */
async function targetLedger(ctx: Context, dir: string): Promise<{ demoCtx: Context; ignored: { path: string; n: number } | null }> {
  const quiet = { write: () => {} };
  const open = (dbPath: string) => makeContext({ ...ctx, dbPath, dbNamed: true, out: quiet, err: quiet, json: false, progress: false });
  const temp = path.join(dir, 'ledger.db');
  const named = await open(ctx.dbNamed ? ctx.dbPath : temp);
  const n = (await (await named.store()).reports.counts()).customers;
  if (n === 0) return { demoCtx: named, ignored: null };
  await named.close();
  if (!ctx.dbFromEnv) throw new DataError(msg('demo.notEmpty', { path: ctx.dbPath, n }), msg('demo.notEmptyHint'));
  return { demoCtx: await open(temp), ignored: { path: ctx.dbPath, n } };
}

export async function buildDemo(ctx: Context): Promise<{ report: DemoReport; demoCtx: Context }> {
  const today = ctx.clock.today();
  const book = JSON.parse(fs.readFileSync(path.join(DEMO_DIR, 'book.json'), 'utf8')) as Book;
  const { daysBetween } = await import('../core/dates.js');
  const shift = daysBetween(book.anchor, today);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huikuan-demo-'));
  const { demoCtx, ignored } = await targetLedger(ctx, dir);
  const dbPath = demoCtx.dbPath;
  if (ignored) {
    const note = t(ctx.lang, 'words.demo.ignoredEnv', ignored);
    ctx.err.write((ctx.errWidth ? wrapWords(note, ctx.errWidth, 0).join('\n') : note) + '\n');
  }
  const store = await demoCtx.store();

  const csvDir = path.join(dir, 'book');
  fs.mkdirSync(csvDir);
  await shiftedCopy(csvDir, shift);
  const { default_currency, ...letterhead } = book.company;
  await store.transaction(async (tx) => {
    await tx.settings.write('letterhead', letterhead);
    await tx.settings.write('default_currency', default_currency);
    // The demo company sells from China: its ledger's default limitation law (DOMAIN §9).
    await tx.settings.write('limitation', { jurisdiction: 'CN' });
    await tx.settings.write('fx', { base: '', rates: Object.fromEntries(Object.entries(book.fx).map(([cur, rate]) => [cur, { [today]: rate }])) });
  });

  const { importFiles } = await import('../import/index.js');
  const imports: unknown[] = [];
  for (const kind of ['customers', 'contacts', 'invoices', 'payments'] as const) {
    const r = await importFiles(demoCtx, [path.join(csvDir, `${kind}.csv`)], { kind, profile: 'generic' });
    imports.push(...r.files);
  }
  const { loadDemoFollowUps } = await import('./demo-followups.js');
  const followUps = await loadDemoFollowUps(store, csvDir, demoCtx.clock.now());
  // Closed here, so the book is on disk (not in a write-ahead log) before anyone else reads it.
  await demoCtx.close();
  const company = { en: book.company.name_en, zh: book.company.name_zh };
  return {
    report: { db: dbPath, ignoredEnvDb: ignored?.path ?? null, company, asOf: today, shiftedDays: shift, imports, ...followUps },
    demoCtx: await makeContext({ ...ctx, dbPath, dbNamed: true }),
  };
}

const register: Register = (program, r) => {
  program
    .command('demo')
    .description(r.tr('demo.describe'))
    .action(
      r.action(async (ctx) => {
        const { report, demoCtx } = await buildDemo(ctx);
        try {
          if (ctx.json) return writeJson(ctx, report);
          await showDemo(ctx, demoCtx, report);
        } finally {
          await demoCtx.close();
        }
      }),
    );
};

async function showDemo(ctx: Context, demoCtx: Context, report: DemoReport): Promise<void> {
  const L = ctx.lang;
  const s = ctx.style;
  const st = await (await demoCtx.store()).reports.counts();
  // The intro is prose with a company name in it: wrapped to the terminal by display width.
  const say = (text: string) => ctx.out.write(wrapWords(text, ctx.width, 0).join('\n') + '\n');
  say(s.bold(t(L, 'demo.built', { path: report.db })));
  const today = (await import('../view/dates.js')).formatDate(report.asOf, L, 'long');
  say(t(L, 'demo.book', { company: report.company[L], customers: st.customers, invoices: st.invoices, payments: st.payments, today }));
  ctx.out.write('\n');
  await showQueue(demoCtx, { limit: 25 });
  const q = (p: string) => (/[\s'"$]/.test(p) ? `'${p.replace(/'/g, `'\\''`)}'` : p);
  ctx.out.write('\n' + t(L, 'demo.tryIt') + '\n');
  ctx.out.write(`  export AR_DB=${q(report.db)}\n`);
  const ar = invokedAs();
  // A language chosen on the line (not the one AR_LANG or the locale would give) goes with the hints.
  const lang = L === resolveLang(undefined, ctx.env) ? '' : ` --lang ${L}`;
  for (const cmd of ['queue --explain', 'account C0001', 'aging', 'status']) ctx.out.write(`  ${ar} ${cmd}${lang}\n`);
}

/** How the user ran us: `ar`/`huikuan` when installed on PATH, else `node bin/ar.js` as in the README. */
function invokedAs(): string {
  const script = process.argv[1] ?? '';
  const base = path.basename(script);
  if (base === 'ar' || base === 'huikuan') return base;
  const rel = path.relative(process.cwd(), script);
  return `node ${rel && !rel.startsWith('..') ? rel : script}`;
}

export default register;
