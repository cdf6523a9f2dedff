// `importFiles`: the whole import. Plan every file (reading, header, profile, kind, mapping, date
// order — asking on a TTY when needed), then load them all in ONE transaction: a bad row anywhere
// means nothing is written (unless --skip-bad), a dry run rolls everything back, and a killed
// process leaves the ledger as it was.
import fs from 'node:fs';
import path from 'node:path';
import type { Context } from '../context.js';
import { DataError, UsageError } from '../errors.js';
import type { Ledger } from '../store/ledger.js';
import { msg } from './messages.js';
import { parseDateFormat, planFile, type FilePlan } from './plan.js';
import type { BadRow, LoadCounts, RejectRow, RunState } from './load.js';
import { IMPORT_KINDS, type FileReport, type ImportOptions, type ImportReport, type SnapshotMode } from './types.js';

export type { FileReport, ImportOptions, ImportReport, ImportKind } from './types.js';

function checkOptions(files: string[], o: ImportOptions): SnapshotMode | undefined {
  if (files.length === 0) throw new UsageError(msg.both('noFiles'));
  if (o.kind !== undefined && o.kind !== 'auto' && !IMPORT_KINDS.includes(o.kind)) throw new UsageError(msg.both('badKind', { v: String(o.kind) }));
  if (o.rejects && !o.skipBad) throw new UsageError(msg.both('rejectsNeedsSkip'));
  if (o.decimalMark !== undefined && !['.', ',', 'auto'].includes(o.decimalMark)) throw new UsageError(msg.both('badDecimalMark', { v: String(o.decimalMark) }));
  if (o.currency !== undefined && !/^[A-Za-z]{3}$/.test(o.currency)) throw new UsageError(msg.both('badCurrency', { v: o.currency }));
  if (o.currency) o.currency = o.currency.toUpperCase();
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

export async function importFiles(ctx: Context, files: string[], opts: ImportOptions = {}): Promise<ImportReport> {
  const snapshot = checkOptions(files, opts);
  const L = ctx.lang;
  const deps = {
    mapper: ctx.interactive ? async (...a: Parameters<typeof import('./mapper.js').interactiveMapper>) => (await import('./mapper.js')).interactiveMapper(...a) : undefined,
  };
  const plans: FilePlan[] = [];
  for (const f of files) plans.push(await planFile(ctx, f, opts, deps));
  if (snapshot) {
    const other = plans.find((p) => p.kind !== 'invoices');
    if (other) throw new UsageError(msg.both('snapshotKind', { file: other.display, kind: other.kind }));
  }

  // A dry run against a ledger that does not exist yet must not create it.
  let ledger: Ledger;
  let scratch: Ledger | undefined;
  if (opts.dryRun && !fs.existsSync(ctx.dbPath)) {
    const { Ledger } = await import('../store/ledger.js');
    scratch = await Ledger.open(':memory:');
    ledger = scratch;
  } else ledger = await ctx.ledger();

  try {
    const [{ readSettings }, { CustomerResolver }, batches, invoices, payments, load] = await Promise.all([
      import('../store/settings.js'),
      import('../store/customers.js'),
      import('../store/batches.js'),
      import('../store/invoices.js'),
      import('../store/payments.js'),
      import('./load.js'),
    ]);
    const settings = await readSettings(ledger);
    const now = ctx.clock.now();
    const today = ctx.clock.today();
    const run: RunState = {
      ledger,
      now,
      lang: L,
      resolver: new CustomerResolver(ledger, now),
      defaultCurrency: settings.default_currency || 'CNY',
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
        const before = sha ? await batches.findBatchBySha(ledger, sha, batchId) : undefined;
        if (before) warnings.push(msg.t(L, 'wSameFile', { id: before.id, at: before.at.slice(0, 10) }));
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
        throw new DataError(rejectedRows === 1 ? msg.both('badRow', { files: names }) : msg.both('badRows', { n: rejectedRows, files: names }), msg.both('badRowsHint'), details);
      }
      if (snapshot && lastInvoiceReport) {
        const closed = await invoices.closeBySnapshot(ledger, { mode: snapshot, date: snapshotDate || today, now });
        lastInvoiceReport.closedBySnapshot = closed;
        if (lastInvoiceReport.batchId !== undefined || opts.dryRun) {
          const id = lastInvoiceReport.batchId;
          if (id !== undefined) await batches.finishBatch(ledger, id, lastInvoiceReport);
        }
      }
    });

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
  } finally {
    await scratch?.close();
  }
}
