// `importFiles`: the whole import. Plan every file (reading, header, profile, kind, mapping, date
// order — asking on a TTY when needed), then load them all in ONE transaction: a bad row anywhere
// means nothing is written (unless --skip-bad), a dry run rolls everything back, and a killed
// process leaves the ledger as it was.
import fs from 'node:fs';
import path from 'node:path';
import { formatDate } from '../view/dates.js';
import { renderCsv } from '../view/csv.js';
import { currencyForLocale, isIsoCurrency } from '../core/money.js';
import { getPath } from '../core/settings.js';
import { CancelledError, DataError, EXIT, InterruptedError, UsageError } from '../errors.js';
import { msg, plural, render, t, type Lang, type Msg } from '../i18n/index.js';
import type { LedgerStore, LedgerTx, SnapshotItem } from '../store/port.js';
import { kindSpec } from './kinds/index.js';
import { noneSkipped, type BadRow, type LoadCounts, type RejectRow, type RunState } from './kinds/rows.js';
import { parseDateFormat, planFile, type FilePlan } from './plan/plan.js';
import { counted, inBoth, kindLabel, type Reason } from './text.js';
import {
  COLLECTOR_FROM,
  IMPORT_KINDS,
  type CollectorFrom,
  type FileReport,
  type ImportEnv,
  type ImportOptions,
  type ImportReport,
  type SnapshotMode,
} from './types.js';

export type { ImportEnv, ImportOptions, ImportReport } from './types.js';

function checkOptions(files: string[], o: ImportOptions): SnapshotMode | undefined {
  if (files.length === 0) throw new UsageError(msg('import.noFiles'));
  if (o.kind !== undefined && o.kind !== 'auto' && !IMPORT_KINDS.includes(o.kind)) throw new UsageError(msg('import.badKind', { v: String(o.kind) }));
  if (o.rejects && !o.skipBad) throw new UsageError(msg('import.rejectsNeedsSkip'));
  if (o.decimalMark !== undefined && !['.', ',', 'auto'].includes(o.decimalMark))
    throw new UsageError(msg('import.badDecimalMark', { v: String(o.decimalMark) }));
  if (o.currency !== undefined && !isIsoCurrency(o.currency.trim().toUpperCase())) throw new UsageError(msg('import.badCurrency', { v: o.currency }));
  if (o.currency) o.currency = o.currency.trim().toUpperCase();
  parseDateFormat(o.dateFormat);
  if (o.collectorFrom !== undefined && !COLLECTOR_FROM.includes(o.collectorFrom))
    throw new UsageError(msg('kept.badCollectorFrom', { v: String(o.collectorFrom) }));
  if (o.snapshot === true || o.snapshot === 'all') return 'all';
  if (o.snapshot === 'customers') return 'customers';
  if (o.snapshot !== undefined && o.snapshot !== false) throw new UsageError(msg('import.badSnapshot', { v: String(o.snapshot) }));
  return undefined;
}

/** One progress line on stderr, redrawn at most ten times a second. */
function progressBar(env: ImportEnv, label: string, size: number): { update(n: number): void; done(): void } {
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
      env.err.write(`\r${label} [${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${pct}%`);
      shown = true;
    },
    done() {
      if (shown) env.err.write('\r\x1b[K');
    },
  };
}

/** The rejects file: each bad row's original fields, then where it was and why. UTF-8 with BOM (Excel). */
function writeRejects(file: string, rejects: RejectRow[], plans: FilePlan[], lang: Lang): void {
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
  const [fileCol = '', ...where] = t(lang, 'importS3.rejectCols').split('|');
  const extra = [...(multi ? [fileCol] : []), ...where];
  const rows: string[][] = [];
  for (const r of rejects) {
    const byName = new Map<string, string>();
    r.headers.forEach((h, i) => {
      const name = h || `#${i + 1}`;
      if (!byName.has(name)) byName.set(name, r.cells[i] ?? '');
    });
    const row = headers.map((h) => byName.get(h) ?? '');
    const reason = r.reasons.map((x) => render(lang, x)).join(t(lang, 'import.reasonSep'));
    row.push(...(multi ? [r.file] : []), String(r.line), r.column, reason);
    rows.push(row);
  }
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // The one CSV writer: BOM and CRLF for Excel, and a cell Excel would run as a formula kept as text.
  fs.writeFileSync(file, renderCsv([...headers, ...extra], rows, { bom: true, eol: '\r\n' }));
}

/** FILE:ROW:COLUMN: what is wrong. */
function formatBad(e: BadRow, lang: Lang): string {
  return `${e.file}:${e.line}:${e.column ? e.column + ':' : ''} ${render(lang, e.reason)}`;
}

/** A snapshot that needs the user's yes: thrown inside the transaction (which rolls back). */
class NeedsConfirmation extends Error {
  constructor(
    readonly text: Reason,
    readonly hint: Msg,
    readonly question: string,
  ) {
    super('snapshot needs confirmation');
  }
}

/** "120 in CNY, 10 in EUR" / "CNY 120 笔、EUR 10 笔". */
function perCurrency(items: SnapshotItem[], L: Lang): string {
  const n = new Map<string, number>();
  for (const i of items) n.set(i.currency, (n.get(i.currency) ?? 0) + 1);
  const list = [...n].sort(([a], [b]) => (a < b ? -1 : 1));
  return list.map(([currency, k]) => t(L, 'import.perCurrencyItem', { n: k, currency })).join(t(L, 'import.sep'));
}

/** A ledger file this run created, removed again after a failure (with its WAL and shared-memory files). */
async function removeCreatedLedger(store: LedgerStore, file: string): Promise<void> {
  await store.close();
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
}

/** Everything one import run works with, once the files are planned. */
interface Session {
  env: ImportEnv;
  opts: ImportOptions;
  snapshot?: SnapshotMode;
  store: LedgerStore;
  defaultCurrency: string;
  plans: FilePlan[];
  now: string;
  today: string;
  collectorFrom: CollectorFrom;
}

interface Attempt {
  reports: FileReport[];
  run: RunState;
  rejectedRows: number;
}

/**
 * The ledger first: its default currency guides the plans. A dry run against a ledger that does
 * not exist uses a scratch one in memory.
 */
async function openLedger(env: ImportEnv, opts: ImportOptions): Promise<{ store: LedgerStore; scratch?: LedgerStore }> {
  if (opts.dryRun && !fs.existsSync(env.dbPath)) {
    const { openStore } = await import('../store/index.js');
    const scratch = await openStore(':memory:');
    return { store: scratch, scratch };
  }
  return { store: await env.store() };
}

async function planAll(env: ImportEnv, files: string[], opts: ImportOptions, snapshot: SnapshotMode | undefined, defaultCurrency: string): Promise<FilePlan[]> {
  const deps = {
    mapper: env.interactive
      ? async (...a: Parameters<typeof import('./plan/mapper.js').interactiveMapper>) => (await import('./plan/mapper.js')).interactiveMapper(...a)
      : undefined,
    defaultCurrency,
  };
  const plans: FilePlan[] = [];
  for (const f of files) plans.push(await planFile(env, f, opts, deps));
  const other = snapshot ? plans.find((p) => p.kind !== 'invoices') : undefined;
  if (other) throw new UsageError(inBoth((L) => t(L, 'import.snapshotKind', { file: other.display, kind: kindLabel(L, other.kind) })));
  return plans;
}

/** The unit the file's amounts were stated in, for the summary (the first amount column's: they agree). */
function unitOf(plan: FilePlan): { unit?: { label: string; power: number } } {
  const u = Object.values(plan.units ?? {}).find((x) => x.power !== 0);
  return u ? { unit: { label: u.label, power: u.power } } : {};
}

/** The currencies an invoice or payment file was booked in, and where the currency came from. */
function currencyOf(plan: FilePlan, counts: LoadCounts): Pick<FileReport, 'currency'> {
  if (plan.kind !== 'invoices' && plan.kind !== 'payments') return {};
  let source = counts.currencySource ?? plan.currencySource ?? 'ledger';
  // Nothing booked (a header-only file, every row rejected): the currency the rows would have taken.
  const codes = counts.currencies?.length ? counts.currencies : [plan.currency ?? plan.ledgerCurrency];
  // HK$, US$, € on different rows: each amount named its own currency, the default only the rest.
  if (source === 'ledger' && codes.some((c) => c !== plan.ledgerCurrency)) source = 'symbol';
  return { currency: { codes, source, ...(source === 'symbol' && plan.currencySymbol ? { symbol: plan.currencySymbol } : {}) } };
}

/** Load one planned file as its own batch; its report line. */
async function loadFile(s: Session, tx: LedgerTx, run: RunState, plan: FilePlan, latestBefore: string | undefined): Promise<FileReport> {
  const L = s.env.lang;
  const day = (iso: string) => formatDate(iso, L);
  const asOf = plan.asOf ?? s.today;
  const batchId = await tx.batches.start({
    fileName: plan.display,
    sha256: '',
    kind: plan.kind,
    profile: plan.profile.name,
    encoding: plan.source.encoding,
    asOf,
    snapshot: s.snapshot ?? null,
    at: s.now,
  });
  await tx.invoices.noteRunBatch(batchId);
  const big = s.env.progress && plan.source.size > 4 * 1024 * 1024;
  const bar = big ? progressBar(s.env, t(L, 'import.progress', { file: plan.display }), plan.source.size) : undefined;
  run.onBytes = (n) => {
    bar?.update(n);
    // Between chunks of the file: a Ctrl-C or SIGTERM that arrived meanwhile ends the run here.
    if (interrupted.by) throw interruptedError();
  };
  let counts: LoadCounts;
  try {
    counts = await kindSpec(plan.kind).load(plan, run, { batchId, asOf });
  } finally {
    bar?.done();
  }
  const sha = counts.sha256 ?? plan.source.sha256() ?? '';
  const warnings = [...plan.warnings, ...counts.warnings];
  if (plan.kind === 'invoices' && latestBefore && asOf < latestBefore)
    warnings.push(t(L, 'import.wOlderExport', { asOf: day(asOf), latest: day(latestBefore) }));
  if (counts.stale) warnings.push(t(L, 'import.wStale', { items: counted(L, 'invoices', counts.stale), asOf: day(asOf), number: counts.firstStale ?? '' }));
  const before = sha ? await tx.batches.findBySha(sha, batchId) : undefined;
  if (before) warnings.push(t(L, 'import.wSameFile', { id: before.id, at: day(before.at.slice(0, 10)) }));
  const report: FileReport = {
    file: plan.display,
    kind: plan.kind,
    profile: plan.profile.name,
    encoding: plan.source.encoding,
    ...(plan.source.sheet ? { sheet: plan.source.sheet } : {}),
    asOf,
    ...(plan.kind === 'invoices' || plan.kind === 'payments' ? { dateOrder: plan.dateOrder } : {}),
    rowsRead: counts.rowsRead,
    lines: counts.rowsRead,
    documents: counts.documents ?? counts.imported + counts.updated + counts.unchanged,
    skipped: { ...noneSkipped(), ...counts.skipped },
    ...currencyOf(plan, counts),
    ...unitOf(plan),
    ...(plan.kind === 'invoices' ? { contactsAdded: counts.contactsAdded ?? 0 } : {}),
    ...(counts.collectors ? { collectorsAssigned: counts.collectors.assigned, collectorsKept: counts.collectors.keptManual } : {}),
    imported: counts.imported,
    updated: counts.updated,
    unchanged: counts.unchanged,
    rejected: counts.rejected,
    closedBySnapshot: 0,
    warnings,
    ...(s.opts.dryRun ? {} : { batchId }),
  };
  await tx.batches.finish(batchId, { ...report, sha256: sha });
  return report;
}

const SHOWN_ERRORS = 20;

/**
 * Bad rows without --skip-bad: nothing is imported. The located problems come first (twenty, then
 * how many more); the last line says what happened and what to do.
 */
function badRowsError(run: RunState, rejectedRows: number, L: Lang): DataError {
  const details = run.errors.slice(0, SHOWN_ERRORS).map((e) => formatBad(e, L));
  if (run.errorCount > SHOWN_ERRORS) details.push(t(L, 'importS3.moreErrors', { n: run.errorCount - SHOWN_ERRORS }));
  // When rows have several problems, the last line counts both.
  const p = run.errorCount;
  const text = inBoth((lang) => plural(lang, p > rejectedRows ? 'summary.refusedProblems' : 'summary.refused', rejectedRows, { p }));
  const e = new DataError(text, undefined, details);
  e.detailsFirst = true;
  return e;
}

/**
 * --snapshot: close the open items the file no longer lists. A file that names its currencies
 * (a currency column, --currency, the profile's, its symbols) speaks only for those; one that
 * names none could be about any. Closing much (or other currencies) needs a yes.
 */
async function applySnapshot(s: Session, tx: LedgerTx, report: FileReport, date: string, confirmed: boolean): Promise<void> {
  const { invoices, batches } = tx;
  const L = s.env.lang;
  const mode = s.snapshot!;
  const named = s.plans.filter((p) => p.kind === 'invoices').every((p) => p.map.currency !== undefined || p.currency !== undefined);
  const { openItems, fileCurrencies } = await invoices.runScope();
  const o = { mode, date, now: s.now, ...(named ? { currencies: fileCurrencies } : {}) };
  const items = await invoices.snapshotCandidates(o);
  const foreign = named ? [] : items.filter((i) => !fileCurrencies.includes(i.currency));
  const large = items.length > 5 && items.length * 2 > openItems;
  if (large || foreign.length > 0) {
    if (s.opts.dryRun) report.warnings.push(t(L, 'import.wSnapshotDryGuard'));
    else if (!confirmed) throw snapshotQuestion(items, foreign, openItems, L);
  }
  const kept = await invoices.snapshotKept(o);
  report.closedBySnapshot = await invoices.closeBySnapshot(o);
  report.closedItems = items.map((i) => ({
    customer: i.customerCode,
    customerName: i.customerName,
    number: i.number,
    kind: i.kind,
    currency: i.currency,
    openMinor: i.openMinor,
  }));
  if (kept) report.warnings.push(t(L, 'import.wSnapshotKept', { items: counted(L, 'openItems', kept), asOf: formatDate(date, L) }));
  if (report.batchId !== undefined) await batches.finish(report.batchId, report);
}

function snapshotQuestion(items: SnapshotItem[], foreign: SnapshotItem[], openItems: number, L: Lang): NeedsConfirmation {
  const currencies = [...new Set(foreign.map((i) => i.currency))].sort();
  const text = inBoth((lang) =>
    t(lang, 'import.snapshotGuard', {
      n: items.length,
      total: openItems,
      perCurrency: perCurrency(items, lang),
      extra: foreign.length ? t(lang, 'import.snapshotGuardExtra', { m: foreign.length, currencies: currencies.join(t(lang, 'import.sep')) }) : '',
    }),
  );
  const question = t(L, 'import.snapshotConfirm', { n: items.length, total: openItems, perCurrency: perCurrency(items, L) });
  return new NeedsConfirmation(text, msg('import.snapshotGuardHint'), question);
}

/** One pass over all files inside the transaction (run again after a snapshot confirmation). */
async function attempt(s: Session, confirmed: boolean): Promise<Attempt> {
  // The run state is built inside the transaction: it writes through the transaction's handle.
  let run!: RunState;
  const reports: FileReport[] = [];
  let rejectedRows = 0;
  await s.store.importRun(!s.opts.dryRun, async (tx) => {
    run = {
      tx,
      now: s.now,
      lang: s.env.lang,
      resolver: tx.customers.resolver(s.now),
      defaultCurrency: s.defaultCurrency,
      errors: [],
      errorCount: 0,
      rejects: [],
      collectorFrom: s.collectorFrom,
      collectorFromAsked: s.opts.collectorFrom === 'salesperson',
      env: s.env.env,
    };
    let lastInvoiceReport: FileReport | undefined;
    let snapshotDate = '';
    const latestBefore = await tx.batches.latestAsOf('invoices');
    for (const plan of s.plans) {
      const report = await loadFile(s, tx, run, plan, latestBefore);
      rejectedRows += report.rejected;
      reports.push(report);
      if (plan.kind !== 'invoices') continue;
      lastInvoiceReport = report;
      if (report.asOf > snapshotDate) snapshotDate = report.asOf;
    }
    // The merge at the end of a file is one long synchronous statement: a signal sent meanwhile is
    // read in the event loop's poll phase, so let the loop pass through one before committing.
    for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
    if (interrupted.by) throw interruptedError();
    if (rejectedRows > 0 && !s.opts.skipBad) throw badRowsError(run, rejectedRows, s.env.lang);
    // Amounts are JavaScript numbers: a ledger whose totals pass 2^53 minor units could not be added up
    // exactly by status, queue, aging or account, so such an import is refused before it commits.
    const inexact = await tx.invoices.inexactCurrency();
    if (inexact) throw new DataError(msg('importS3.tooLarge', { currency: inexact.currency }), msg('importS3.tooLargeHint'));
    if (s.snapshot && lastInvoiceReport) await applySnapshot(s, tx, lastInvoiceReport, snapshotDate || s.today, confirmed);
  });
  return { reports, run, rejectedRows };
}

/** Run, and when a snapshot needs a yes: ask (on a terminal) and run again, or say how to go on. */
async function attemptWithConfirmation(s: Session): Promise<Attempt> {
  try {
    return await attempt(s, !!s.opts.yes);
  } catch (e) {
    if (!(e instanceof NeedsConfirmation)) throw e;
    // Nothing was written.
    if (!s.env.interactive) throw new UsageError(e.text, e.hint);
    const yes = await s.env.prompts.confirm({ message: e.question, default: false });
    if (!yes) throw new CancelledError();
    return attempt(s, true);
  }
}

/** After the commit: the rejected rows on stderr, the rejects file, and an offer to keep a new mapping. */
async function afterCommit(s: Session, result: Attempt): Promise<void> {
  const { env, opts } = s;
  const L = env.lang;
  if (opts.skipBad && result.rejectedRows > 0) {
    // As for a refused import: twenty located problems, then how many more (the rejects file has them all).
    const { errors, errorCount } = result.run;
    for (const e of errors.slice(0, SHOWN_ERRORS)) env.err.write(`${t(L, 'import.rejectedPrefix')}: ${formatBad(e, L)}\n`);
    const n = errorCount - SHOWN_ERRORS;
    const more = opts.rejects && !opts.dryRun ? t(L, 'summary.moreInRejects', { n, file: opts.rejects }) : t(L, 'importS3.moreErrors', { n });
    if (n > 0) env.err.write(`${more}\n`);
  }
  if (opts.rejects && !opts.dryRun) writeRejects(opts.rejects, result.run.rejects, s.plans, L);
  for (const plan of s.plans) {
    if (plan.interactive && env.interactive && opts.offerSave !== false && !opts.dryRun) {
      const { offerToSave } = await import('./plan/mapper.js');
      await offerToSave(env, plan);
    }
  }
}

/**
 * Ctrl-C and SIGTERM while an import runs: noted, and acted on between chunks of the file and before
 * the commit, so the transaction rolls back and the ledger closes cleanly (its -wal folded away). A
 * second signal ends the process at once; SQLite's journal still keeps the ledger as it was.
 */
const interrupted: { by?: NodeJS.Signals } = {};
const interruptedError = () => new InterruptedError(msg('importS3.interrupted'));

function catchSignals(): () => void {
  delete interrupted.by;
  const on = (sig: NodeJS.Signals) => {
    if (interrupted.by) process.exit(EXIT.interrupted);
    interrupted.by = sig;
  };
  process.on('SIGINT', on);
  process.on('SIGTERM', on);
  return () => {
    process.off('SIGINT', on);
    process.off('SIGTERM', on);
  };
}

/** The ledger's default currency; a ledger this run creates takes the locale's (en_US → USD, zh_CN → CNY). */
async function ledgerCurrency(env: ImportEnv, store: LedgerStore): Promise<string> {
  const stored = (await store.settings.read()).default_currency || 'CNY';
  const local = store.created ? currencyForLocale(env.env.LC_ALL || env.env.LC_MONETARY || env.env.LANG) : undefined;
  if (!local || local === stored) return stored;
  await store.transaction(async (tx) => tx.settings.write('default_currency', local));
  return local;
}

/** The setting import.collector_from (`none` unless set). */
async function settingCollectorFrom(store: LedgerStore): Promise<CollectorFrom> {
  const v = getPath(await store.settings.read(), 'import.collector_from');
  return v === 'salesperson' ? 'salesperson' : 'none';
}

export async function importFiles(env: ImportEnv, files: string[], opts: ImportOptions = {}): Promise<ImportReport> {
  const release = catchSignals();
  try {
    return await importFilesCaught(env, files, opts);
  } finally {
    release();
  }
}

async function importFilesCaught(env: ImportEnv, files: string[], opts: ImportOptions): Promise<ImportReport> {
  const snapshot = checkOptions(files, opts);
  const { store, scratch } = await openLedger(env, opts);
  let committed = false;
  try {
    const defaultCurrency = await ledgerCurrency(env, store);
    const plans = await planAll(env, files, opts, snapshot, defaultCurrency);
    const collectorFrom = opts.collectorFrom ?? (await settingCollectorFrom(store));
    const s: Session = { env, opts, snapshot, store, defaultCurrency, plans, now: env.clock.now(), today: env.clock.today(), collectorFrom };
    const result = await attemptWithConfirmation(s);
    committed = !opts.dryRun;
    await afterCommit(s, result);
    return { files: result.reports, dryRun: !!opts.dryRun, ...(opts.rejects && !opts.dryRun ? { rejectsFile: opts.rejects } : {}) };
  } catch (e) {
    // A ledger this run created is removed again, so a mistyped --db leaves nothing behind.
    if (!scratch && store.created && !committed) await removeCreatedLedger(store, env.dbPath);
    throw e;
  } finally {
    await scratch?.close();
  }
}
