// `importFiles`: the whole import. Plan every file (reading, header, profile, kind, mapping, date
// order — asking on a TTY when needed), then load them all in ONE transaction: a bad row anywhere
// means nothing is written (unless --skip-bad), a dry run rolls everything back, and a killed
// process leaves the ledger as it was.
import fs from 'node:fs';
import path from 'node:path';
import type { Context } from '../cli/context.js';
import { formatDate } from '../core/dates.js';
import { CancelledError, DataError, UsageError } from '../errors.js';
import type { Bilingual } from '../i18n/index.js';
import type { Ledger } from '../store/sqlite/ledger.js';
import type { SnapshotItem } from '../store/sqlite/invoices.js';
import { KIND_LABELS, msg, plural } from './messages.js';
import { parseDateFormat, planFile, type FilePlan } from './plan.js';
import type { BadRow, LoadCounts, RejectRow, RunState } from './load.js';
import { isIsoCurrency } from '../core/money.js';
import { IMPORT_KINDS, type FileReport, type ImportOptions, type ImportReport, type SnapshotMode } from './types.js';

export type { FileReport, ImportOptions, ImportReport, ImportKind } from './types.js';

function checkOptions(files: string[], o: ImportOptions): SnapshotMode | undefined {
  if (files.length === 0) throw new UsageError(msg.both('noFiles'));
  if (o.kind !== undefined && o.kind !== 'auto' && !IMPORT_KINDS.includes(o.kind)) throw new UsageError(msg.both('badKind', { v: String(o.kind) }));
  if (o.rejects && !o.skipBad) throw new UsageError(msg.both('rejectsNeedsSkip'));
  if (o.decimalMark !== undefined && !['.', ',', 'auto'].includes(o.decimalMark)) throw new UsageError(msg.both('badDecimalMark', { v: String(o.decimalMark) }));
  if (o.currency !== undefined && !isIsoCurrency(o.currency.trim().toUpperCase())) throw new UsageError(msg.both('badCurrency', { v: o.currency }));
  if (o.currency) o.currency = o.currency.trim().toUpperCase();
  parseDateFormat(o.dateFormat);
  let snapshot: SnapshotMode | undefined;
  if (o.snapshot === true || o.snapshot === 'all') snapshot = 'all';
  else if (o.snapshot === 'customers') snapshot = 'customers';
  else if (o.snapshot !== undefined && o.snapshot !== false) throw new UsageError(msg.both('badSnapshot', { v: String(o.snapshot) }));
  return snapshot;
}

/** One progress line on stderr, redrawn at most ten times a second. */
function progressBar(ctx: Context, label: string, size: number): { update(n: number): void; done(): void } {
  let last = 0;
  let shown = false;
  return {
    update(n) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const pct = Math.min(100, Math.floor((n / Math.max(size, 1)) * 100));
      const width = 30;
      const fill = Math.round((pct / 100) * width);
      ctx.err.write(`\r${label} [${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${pct}%`);
      shown = true;
    },
    done() {
      if (shown) ctx.err.write('\r\x1b[K');
    },
  };
}

function csvField(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The rejects file: each bad row's original fields, then where it was and why. UTF-8 with BOM (Excel). */
function writeRejects(file: string, rejects: RejectRow[], plans: FilePlan[], lang: 'en' | 'zh'): void {
  const headers: string[] = [];
  const seen = new Set<string>();
  for (const p of plans) {
    p.headers.forEach((h, i) => {
      const name = h || `#${i + 1}`;
      if (!seen.has(name)) {
        seen.add(name);
        headers.push(name);
      }
    });
  }
  const multi = plans.length > 1;
  const extra = [...(multi ? ['rejected_file'] : []), 'rejected_line', 'rejected_column', 'rejected_reason'];
  const lines = [[...headers, ...extra].map(csvField).join(',')];
  for (const r of rejects) {
    const byName = new Map<string, string>();
    r.headers.forEach((h, i) => {
      const name = h || `#${i + 1}`;
      if (!byName.has(name)) byName.set(name, r.cells[i] ?? '');
    });
    const row = headers.map((h) => byName.get(h) ?? '');
    row.push(...(multi ? [r.file] : []), String(r.line), r.column, r.reason[lang]);
    lines.push(row.map(csvField).join(','));
  }
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, '\ufeff' + lines.join('\r\n') + '\r\n');
}

function formatBad(e: BadRow, lang: 'en' | 'zh'): string {
  return `${e.file}:${e.line}:${e.column ? e.column + ':' : ''} ${e.reason[lang]}`;
}

/** A snapshot that needs the user's yes: thrown inside the transaction (which rolls back). */
class NeedsConfirmation extends Error {
  constructor(readonly text: Bilingual, readonly hint: Bilingual, readonly question: string) {
    super(text.en);
  }
}

/** "120 in CNY, 10 in EUR" / "CNY 120 笔、EUR 10 笔". */
function perCurrency(items: SnapshotItem[], L: 'en' | 'zh'): string {
  const n = new Map<string, number>();
  for (const i of items) n.set(i.currency, (n.get(i.currency) ?? 0) + 1);
  const list = [...n].sort(([a], [b]) => (a < b ? -1 : 1));
  return L === 'zh' ? list.map(([c, k]) => `${c} ${k} 笔`).join('、') : list.map(([c, k]) => `${k} in ${c}`).join(', ');
}

/** A ledger file this run created, removed again after a failure (with its WAL and shared-memory files). */
async function removeCreatedLedger(ledger: Ledger, file: string): Promise<void> {
  await ledger.close();
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
}

interface Attempt {
  reports: FileReport[];
  run: RunState;
  rejectedRows: number;
}

export async function importFiles(ctx: Context, files: string[], opts: ImportOptions = {}): Promise<ImportReport> {
  const snapshot = checkOptions(files, opts);
  const L = ctx.lang;

  // The ledger first: its default currency guides the plans. A dry run against a ledger that
  // does not exist uses a scratch one in memory; a ledger this run creates is removed again if
  // the run fails, so a mistyped --db leaves nothing behind.
  let ledger: Ledger;
  let scratch: Ledger | undefined;
  if (opts.dryRun && !fs.existsSync(ctx.dbPath)) {
    const { Ledger } = await import('../store/sqlite/ledger.js');
    scratch = await Ledger.open(':memory:');
    ledger = scratch;
  } else ledger = await ctx.ledger();

  let committed = false;
  try {
    const [{ readSettings }, { CustomerResolver }, batches, invoices, payments, load] = await Promise.all([
      import('../store/sqlite/settings.js'),
      import('../store/sqlite/customers.js'),
      import('../store/sqlite/batches.js'),
      import('../store/sqlite/invoices.js'),
      import('../store/sqlite/payments.js'),
      import('./load.js'),
    ]);
    const settings = await readSettings(ledger);
    const defaultCurrency = settings.default_currency || 'CNY';
    const deps = {
      mapper: ctx.interactive ? async (...a: Parameters<typeof import('./mapper.js').interactiveMapper>) => (await import('./mapper.js')).interactiveMapper(...a) : undefined,
      defaultCurrency,
    };
    const plans: FilePlan[] = [];
    for (const f of files) plans.push(await planFile(ctx, f, opts, deps));
    if (snapshot) {
      const other = plans.find((p) => p.kind !== 'invoices');
      if (other) throw new UsageError({ en: msg.t('en', 'snapshotKind', { file: other.display, kind: KIND_LABELS[other.kind].en }), zh: msg.t('zh', 'snapshotKind', { file: other.display, kind: KIND_LABELS[other.kind].zh }) });
    }
    const now = ctx.clock.now();
    const today = ctx.clock.today();
    const day = (iso: string) => formatDate(iso, L);

    const attempt = async (confirmed: boolean): Promise<Attempt> => {
      const run: RunState = {
        ledger,
        now,
        lang: L,
        resolver: new CustomerResolver(ledger, now),
        defaultCurrency,
        errors: [],
        errorCount: 0,
        rejects: [],
        env: ctx.env,
      };
      const reports: FileReport[] = [];
      let rejectedRows = 0;
      await batches.importTransaction(ledger, !opts.dryRun, async () => {
        let lastInvoiceReport: FileReport | undefined;
        let snapshotDate = '';
        const latestBefore = await batches.latestAsOf(ledger, 'invoices');
        for (const plan of plans) {
          const asOf = plan.asOf ?? today;
          const batchId = await batches.startBatch(ledger, {
            fileName: plan.display,
            sha256: '',
            kind: plan.kind,
            profile: plan.profile.name,
            encoding: plan.source.encoding,
            asOf,
            snapshot: snapshot ?? null,
            at: now,
          });
          await invoices.noteRunBatch(ledger, batchId);
          const bar = ctx.progress && plan.source.size > 4 * 1024 * 1024 ? progressBar(ctx, msg.t(L, 'progress', { file: plan.display }), plan.source.size) : undefined;
          run.onBytes = bar ? (n) => bar.update(n) : undefined;
          let counts: LoadCounts;
          try {
            switch (plan.kind) {
              case 'invoices': {
                const w = await invoices.openInvoiceWriter(ledger, { batchId, now, asOf, source: plan.profile.name });
                counts = await load.loadInvoices(plan, run, w);
                break;
              }
              case 'payments': {
                const w = await payments.openPaymentWriter(ledger, batchId, now);
                counts = await load.loadPayments(plan, run, w, plan.profile.name);
                break;
              }
              case 'customers':
                counts = await load.loadCustomers(plan, run);
                break;
              case 'contacts':
                counts = await load.loadContacts(plan, run);
                break;
            }
          } finally {
            bar?.done();
          }
          const sha = counts.sha256 ?? plan.source.sha256() ?? '';
          const warnings = [...plan.warnings, ...counts.warnings];
          if (plan.kind === 'invoices' && latestBefore && asOf < latestBefore) warnings.push(msg.t(L, 'wOlderExport', { asOf: day(asOf), latest: day(latestBefore) }));
          if (counts.stale) warnings.push(msg.t(L, 'wStale', { n: counts.stale, items: plural(counts.stale, 'invoice', 'invoices'), asOf: day(asOf), number: counts.firstStale ?? '' }));
          const before = sha ? await batches.findBatchBySha(ledger, sha, batchId) : undefined;
          if (before) warnings.push(msg.t(L, 'wSameFile', { id: before.id, at: day(before.at.slice(0, 10)) }));
          const report: FileReport = {
            file: plan.display,
            kind: plan.kind,
            profile: plan.profile.name,
            encoding: plan.source.encoding,
            ...(plan.source.sheet ? { sheet: plan.source.sheet } : {}),
            asOf,
            ...(plan.kind === 'invoices' || plan.kind === 'payments' ? { dateOrder: plan.dateOrder } : {}),
            rowsRead: counts.rowsRead,
            imported: counts.imported,
            updated: counts.updated,
            unchanged: counts.unchanged,
            rejected: counts.rejected,
            closedBySnapshot: 0,
            warnings,
            ...(opts.dryRun ? {} : { batchId }),
          };
          rejectedRows += counts.rejected;
          await batches.finishBatch(ledger, batchId, { ...report, sha256: sha });
          reports.push(report);
          if (plan.kind === 'invoices') {
            lastInvoiceReport = report;
            if (asOf > snapshotDate) snapshotDate = asOf;
          }
        }
        if (rejectedRows > 0 && !opts.skipBad) {
          const names = [...new Set(run.errors.map((e) => e.file))].join(', ');
          const details = run.errors.map((e) => formatBad(e, L));
          if (run.errorCount > run.errors.length) details.push(msg.t(L, 'moreErrors', { n: run.errorCount - run.errors.length }));
          // The headline counts rows; when rows have several problems, it says how many lines follow.
          const head =
            run.errorCount > rejectedRows
              ? rejectedRows === 1
                ? msg.both('badRowProblems', { p: run.errorCount, files: names })
                : msg.both('badRowsProblems', { n: rejectedRows, p: run.errorCount, files: names })
              : rejectedRows === 1
                ? msg.both('badRow', { files: names })
                : msg.both('badRows', { n: rejectedRows, files: names });
          throw new DataError(head, msg.both('badRowsHint'), details);
        }
        if (snapshot && lastInvoiceReport) {
          const date = snapshotDate || today;
          // A file that names its currencies (a currency column, --currency, the profile's, its
          // symbols) speaks only for those; one that names none could be about any.
          const invoicePlans = plans.filter((p) => p.kind === 'invoices');
          const named = invoicePlans.every((p) => p.map.currency !== undefined || p.currency !== undefined);
          const { openItems, fileCurrencies } = await invoices.runScope(ledger);
          const o = { mode: snapshot, date, now, ...(named ? { currencies: fileCurrencies } : {}) };
          const items = await invoices.snapshotCandidates(ledger, o);
          const foreign = named ? [] : items.filter((i) => !fileCurrencies.includes(i.currency));
          const large = items.length > 5 && items.length * 2 > openItems;
          if (large || foreign.length > 0) {
            if (opts.dryRun) lastInvoiceReport.warnings.push(msg.t(L, 'wSnapshotDryGuard'));
            else if (!confirmed) {
              const curList = [...new Set(foreign.map((i) => i.currency))].sort();
              const text = (lang: 'en' | 'zh') =>
                msg.t(lang, 'snapshotGuard', {
                  n: items.length,
                  total: openItems,
                  perCurrency: perCurrency(items, lang),
                  extra: foreign.length ? msg.t(lang, 'snapshotGuardExtra', { m: foreign.length, currencies: curList.join(lang === 'zh' ? '、' : ', ') }) : '',
                });
              throw new NeedsConfirmation(
                { en: text('en'), zh: text('zh') },
                msg.both('snapshotGuardHint'),
                msg.t(L, 'snapshotConfirm', { n: items.length, total: openItems, perCurrency: perCurrency(items, L) }),
              );
            }
          }
          const kept = await invoices.snapshotKept(ledger, o);
          const closed = await invoices.closeBySnapshot(ledger, o);
          lastInvoiceReport.closedBySnapshot = closed;
          lastInvoiceReport.closedItems = items.map((i) => ({ customer: i.customerCode, customerName: i.customerName, number: i.number, kind: i.kind, currency: i.currency, openMinor: i.openMinor }));
          if (kept) lastInvoiceReport.warnings.push(msg.t(L, 'wSnapshotKept', { n: kept, items: plural(kept, 'open item', 'open items'), asOf: day(date) }));
          const id = lastInvoiceReport.batchId;
          if (id !== undefined) await batches.finishBatch(ledger, id, lastInvoiceReport);
        }
      });
      return { reports, run, rejectedRows };
    };

    let result: Attempt;
    try {
      result = await attempt(!!opts.yes);
    } catch (e) {
      if (!(e instanceof NeedsConfirmation)) throw e;
      // Nothing was written: ask (on a terminal) and run again, or say how to go on.
      if (!ctx.interactive) throw new UsageError(e.text, e.hint);
      const yes = await ctx.prompts.confirm({ message: e.question, default: false });
      if (!yes) throw new CancelledError();
      result = await attempt(true);
    }
    const { reports, run, rejectedRows } = result;
    committed = !opts.dryRun;

    if (opts.skipBad && rejectedRows > 0) {
      for (const e of run.errors) ctx.err.write(`${L === 'zh' ? 'ar: 已拒绝' : 'ar: rejected'}: ${formatBad(e, L)}\n`);
    }
    if (opts.rejects && !opts.dryRun) writeRejects(opts.rejects, run.rejects, plans, L);

    // An interactively built mapping can be kept for next time.
    for (const plan of plans) {
      if (plan.interactive && ctx.interactive && opts.offerSave !== false && !opts.dryRun) {
        const { offerToSave } = await import('./mapper.js');
        await offerToSave(ctx, plan);
      }
    }
    return { files: reports, dryRun: !!opts.dryRun, ...(opts.rejects && !opts.dryRun ? { rejectsFile: opts.rejects } : {}) };
  } catch (e) {
    if (!scratch && ledger.created && !committed) await removeCreatedLedger(ledger, ctx.dbPath);
    throw e;
  } finally {
    await scratch?.close();
  }
}
