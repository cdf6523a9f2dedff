// `ar import` on screen: per file what it was read as and what it gave, then the run's last line;
// and, for stderr, what a snapshot closed.
import type { Context } from '../cli/context.js';
import { plural, t } from '../i18n/index.js';
import { formatDate } from './dates.js';
import { formatMoney } from '../core/money.js';
import { isKind, type FileReport, type ImportReport } from '../import/types.js';
import { wrapPhrases, wrapWords } from './wrap.js';
import { profileLabel } from './labels.js';

/** What a snapshot closed (or would close), for stderr: the first few, then how many more. */
export function renderClosed(ctx: Context, r: ImportReport, max = 20): string[] {
  const L = ctx.lang;
  const items = r.files.flatMap((f) => f.closedItems ?? []);
  const lines = items.slice(0, max).map((i) =>
    t(L, r.dryRun ? 'view.import.wouldCloseLine' : 'view.import.closedLine', {
      number: i.number,
      customer: i.customerName === i.customer ? i.customer : `${i.customer} ${i.customerName}`,
      amount: `${i.currency} ${formatMoney(i.openMinor, i.currency, { locale: L })}`,
    }),
  );
  if (items.length > max) lines.push(t(L, 'view.import.moreClosed', { n: items.length - max }));
  return lines;
}

/**
 * One file's summary, 2–4 lines: what it gave (lines → documents, new, updated …); how it was read
 * (profile, encoding, date order) and as of when; the currency booked and where it came from, the
 * unit; the lines skipped, by reason.
 */
function fileBlock(ctx: Context, f: FileReport): string[] {
  const L = ctx.lang;
  const w = ctx.width;
  const name = ctx.style.bold(f.sheet ? `${f.file} [${f.sheet}]` : f.file);
  const docs = plural(L, isKind(f.kind) ? `summary.docs.${f.kind}` : 'summary.docs.invoices', f.documents);
  const counts = [t(L, 'summary.flow', { lines: plural(L, 'summary.lines', f.lines), docs })];
  for (const k of OUTCOMES) if (f[k]) counts.push(t(L, `summary.outcome.${k}`, { n: f[k] }));
  const out = wrapPhrases(counts, w, 2, t(L, 'summary.file', { file: name }));
  const facts = [t(L, 'summary.profile', { profile: profileLabel(L, f.profile) }), f.encoding];
  if (f.dateOrder === 'dmy' || f.dateOrder === 'mdy' || f.dateOrder === 'ymd')
    facts.push(t(L, 'summary.dates', { order: t(L, `summary.order.${f.dateOrder}`) }));
  facts.push(t(L, 'summary.asOf', { date: formatDate(f.asOf, L) }));
  out.push(...wrapPhrases(facts, w, 4, '  '));
  const money: string[] = [];
  if (f.currency) {
    const key = f.currency.source === 'symbol' && !f.currency.symbol ? 'symbols' : f.currency.source;
    money.push(t(L, `summary.currency.${key}`, { codes: f.currency.codes.join(t(L, 'common.listSep')), symbol: f.currency.symbol ?? '' }));
  }
  if (f.unit) money.push(t(L, 'importS3.unit', { unit: f.unit.label, factor: (10 ** f.unit.power).toLocaleString('en-US') }));
  if (money.length) out.push(...wrapPhrases(money, w, 4, '  '));
  const skipped = SKIPS.filter((k) => f.skipped[k] > 0).map((k) => plural(L, `summary.skip.${k}`, f.skipped[k]));
  if (skipped.length) out.push(...wrapWords(t(L, 'summary.skipped', { list: skipped.join(t(L, 'common.listSep')) }), w, 4, '  '));
  // What an invoice file gave besides its documents: contacts, collectors from the salesperson.
  const kept: string[] = [];
  if (f.contactsAdded) kept.push(plural(L, 'kept.contactsAdded', f.contactsAdded));
  if (f.collectorsAssigned) kept.push(plural(L, 'kept.collectorsAssigned', f.collectorsAssigned));
  if (f.collectorsKept) kept.push(plural(L, 'kept.collectorsKept', f.collectorsKept));
  if (kept.length) out.push(...wrapWords(kept.join(t(L, 'common.listSep')), w, 4, '  '));
  return out;
}

const OUTCOMES = ['imported', 'updated', 'unchanged', 'rejected', 'closedBySnapshot'] as const;
const SKIPS = ['title', 'subtotal', 'footer', 'void'] as const;

/** The run's last line, where it is seen: what landed where (or would, in a dry run). */
function doneLine(ctx: Context, r: ImportReport, db: string): string[] {
  const L = ctx.lang;
  const what: string[] = [];
  // Per kind, in the order the files came.
  for (const kind of new Set(r.files.map((f) => f.kind))) {
    const docs = r.files.filter((f) => f.kind === kind).reduce((a, f) => a + f.documents, 0);
    what.push(plural(L, `summary.docs.${kind}`, docs));
  }
  const rejected = r.files.reduce((a, f) => a + f.rejected, 0);
  if (rejected) what.push(plural(L, 'summary.rejectedRows', rejected));
  const closed = r.files.reduce((a, f) => a + f.closedBySnapshot, 0);
  if (closed) what.push(plural(L, r.dryRun ? 'summary.closedNoteDry' : 'summary.closedNote', closed));
  const text = t(L, r.dryRun ? 'summary.doneDry' : 'summary.done', { db, what: what.join(t(L, 'common.listSep')) });
  return wrapWords(text, ctx.width, 2);
}

/**
 * `ar import` on stdout: a block of 2–4 lines per file, the next step, and last the line that says
 * what was imported where. Warnings and rejected rows went to stderr before it.
 */
export function renderImport(ctx: Context, r: ImportReport, db: string): string {
  const L = ctx.lang;
  const out: string[] = [];
  for (const f of r.files) out.push(...fileBlock(ctx, f));
  if (r.rejectsFile) out.push(t(L, 'view.import.rejectsWritten', { file: r.rejectsFile }));
  if (!r.dryRun && r.files.some((f) => (f.kind === 'invoices' || f.kind === 'payments') && f.rowsRead > 0)) out.push(ctx.style.dim(t(L, 'view.import.next')));
  out.push(...doneLine(ctx, r, db));
  return out.join('\n') + '\n';
}
