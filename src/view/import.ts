// `ar import` on screen: a table of the files read, the snapshot note, and what a snapshot closed.
import type { Context } from '../cli/context.js';
import { plural, t } from '../i18n/index.js';
import { formatDate } from './dates.js';
import { formatMoney } from '../core/money.js';
import { isKind } from '../import/types.js';
import type { ImportReport } from '../import/types.js';
import { renderTable } from './table.js';
import { displayWidth } from './width.js';
import { wrapWords } from './wrap.js';
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

export function renderImport(ctx: Context, r: ImportReport, db: string): string {
  const L = ctx.lang;
  const s = ctx.style;
  const out: string[] = [];
  out.push(s.bold(t(L, r.dryRun ? 'view.import.titleDry' : 'view.import.title', { db })));
  const num = (n: number) => String(n);
  const columns = [
    { header: t(L, 'view.import.file') },
    { header: t(L, 'view.import.kindCol') },
    { header: t(L, 'view.import.profileCol') },
    { header: t(L, 'view.import.encodingCol') },
    { header: t(L, 'view.import.read'), align: 'right' as const },
    { header: t(L, 'view.import.imported'), align: 'right' as const },
    { header: t(L, 'view.import.updated'), align: 'right' as const },
    { header: t(L, 'view.import.unchanged'), align: 'right' as const },
    { header: t(L, 'view.import.rejected'), align: 'right' as const },
    { header: t(L, 'view.import.closed'), align: 'right' as const },
  ];
  const rows = r.files.map((f) => [
    f.sheet ? `${f.file} [${f.sheet}]` : f.file,
    isKind(f.kind) ? t(L, `common.kind.${f.kind}`) : f.kind,
    profileLabel(L, f.profile),
    f.encoding,
    num(f.rowsRead),
    num(f.imported),
    num(f.updated),
    num(f.unchanged),
    num(f.rejected),
    num(f.closedBySnapshot),
  ]);
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((row) => displayWidth(row[i]))));
  if (widths.reduce((a, b) => a + b, 0) + 2 * (columns.length - 1) <= ctx.width) {
    out.push(renderTable(columns, rows, { width: ctx.width, headerStyle: s.dim }).replace(/\n$/, ''));
  } else {
    // Too wide for the terminal: one block per file.
    for (const [i, f] of r.files.entries()) {
      const row = rows[i];
      out.push(s.bold(row[0]));
      out.push(`  ${row[1]} · ${t(L, 'view.import.profileCol')} ${row[2]} · ${f.encoding}`);
      out.push(
        '  ' +
          columns
            .slice(4)
            .map((c, k) => `${c.header} ${row[k + 4]}`)
            .join(' · '),
      );
    }
  }
  for (const f of r.files) {
    const notes: string[] = [];
    if (f.unit) notes.push(t(L, 'importS3.unit', { unit: f.unit.label, factor: (10 ** f.unit.power).toLocaleString('en-US') }));
    if (f.skipped?.subtotal) notes.push(plural(L, 'importS3.skippedTotals', f.skipped.subtotal));
    if (f.skipped?.footer) notes.push(plural(L, 'importS3.skippedFooters', f.skipped.footer));
    if (f.contactsAdded) notes.push(plural(L, 'kept.contactsAdded', f.contactsAdded));
    if (f.collectorsAssigned) notes.push(plural(L, 'kept.collectorsAssigned', f.collectorsAssigned));
    if (f.collectorsKept) notes.push(plural(L, 'kept.collectorsKept', f.collectorsKept));
    // Under the table, one line per file that has something to say, wrapped like every screen.
    if (notes.length) out.push(...wrapWords(`${f.file}: ${notes.join(t(L, 'common.listSep'))}`, ctx.width, 2));
  }
  const asOfs = [...new Set(r.files.map((f) => f.asOf))];
  const closed = r.files.reduce((a, f) => a + f.closedBySnapshot, 0);
  const note = closed ? plural(L, r.dryRun ? 'view.import.snapshotNoteDry' : 'view.import.snapshotNote', closed) : '';
  out.push(t(L, 'view.import.asOf', { date: asOfs.map((d) => formatDate(d, L)).join(t(L, 'common.listSep')), snapshot: note }));
  if (r.rejectsFile) out.push(t(L, 'view.import.rejectsWritten', { file: r.rejectsFile }));
  if (!r.dryRun && r.files.some((f) => (f.kind === 'invoices' || f.kind === 'payments') && f.rowsRead > 0)) out.push(s.dim(t(L, 'view.import.next')));
  return out.join('\n') + '\n';
}
