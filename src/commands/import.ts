// `ar import FILE…`: accounting exports (CSV/TSV/TXT/XLSX) → the ledger, in one transaction.
// The heavy parts (the pipeline, the spreadsheet reader) load inside the action.
import { Option } from 'commander';
import type { Register } from './shared.js';
import { writeJson, warn, type Context } from '../cli/context.js';
import { formatDate } from '../core/dates.js';
import { formatMoney } from '../core/money.js';
import { both, msg, plural, t } from '../i18n/index.js';
import { isKind } from '../reports/status.js';
import { UsageError } from '../errors.js';
import { renderTable } from '../view/table.js';
import { displayWidth } from '../view/width.js';
import type { ImportOptions, ImportReport } from '../import/types.js';

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
    f.profile,
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
      out.push(`  ${row[1]} · ${t(L, 'view.import.profileCol')} ${f.profile} · ${f.encoding}`);
      out.push(
        '  ' +
          columns
            .slice(4)
            .map((c, k) => `${c.header} ${row[k + 4]}`)
            .join(' · '),
      );
    }
  }
  const asOfs = [...new Set(r.files.map((f) => f.asOf))];
  const closed = r.files.reduce((a, f) => a + f.closedBySnapshot, 0);
  const note = closed ? plural(L, r.dryRun ? 'view.import.snapshotNoteDry' : 'view.import.snapshotNote', closed) : '';
  out.push(t(L, 'view.import.asOf', { date: asOfs.map((d) => formatDate(d, L)).join(t(L, 'common.listSep')), snapshot: note }));
  if (r.rejectsFile) out.push(t(L, 'view.import.rejectsWritten', { file: r.rejectsFile }));
  if (!r.dryRun && r.files.some((f) => (f.kind === 'invoices' || f.kind === 'payments') && f.rowsRead > 0)) out.push(s.dim(t(L, 'view.import.next')));
  return out.join('\n') + '\n';
}

interface Flags {
  kind?: string;
  profile?: string;
  map: string[];
  encoding?: string;
  delimiter?: string;
  dateFormat?: string;
  decimalMark?: string;
  sheet?: string;
  currency?: string;
  headerRow?: string;
  snapshot?: boolean | string;
  yes?: boolean;
  dryRun?: boolean;
  skipBad?: boolean;
  rejects?: string;
}

export function optionsFromFlags(f: Flags): ImportOptions {
  let headerRow: number | undefined;
  if (f.headerRow !== undefined) {
    headerRow = Number(f.headerRow);
    if (!Number.isInteger(headerRow) || headerRow < 1) throw new UsageError(msg('view.import.badHeaderRow', { v: f.headerRow }));
  }
  return {
    kind: f.kind as ImportOptions['kind'],
    profile: f.profile,
    map: f.map,
    encoding: f.encoding,
    delimiter: f.delimiter,
    dateFormat: f.dateFormat,
    decimalMark: f.decimalMark as ImportOptions['decimalMark'],
    sheet: f.sheet,
    currency: f.currency,
    headerRow,
    snapshot: f.snapshot === true ? 'all' : (f.snapshot as ImportOptions['snapshot']),
    yes: !!f.yes,
    dryRun: !!f.dryRun,
    skipBad: !!f.skipBad,
    rejects: f.rejects,
  };
}

const register: Register = (program, r) => {
  program
    .command('import')
    .description(r.tr('view.import.describe'))
    .argument('<files...>', r.tr('view.import.files'))
    .addOption(new Option('--kind <kind>', r.tr('view.import.kind')).choices(['invoices', 'payments', 'customers', 'contacts', 'auto']))
    .option('--profile <name>', r.tr('view.import.profile'))
    .option('--map <field=Header>', r.tr('view.import.map'), (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--encoding <name>', r.tr('view.import.encoding'))
    .option('--delimiter <char>', r.tr('view.import.delimiter'))
    .option('--date-format <order>', r.tr('view.import.dateFormat'))
    .addOption(new Option('--decimal-mark <mark>', r.tr('view.import.decimalMark')).choices(['.', ',', 'auto']))
    .option('--sheet <name>', r.tr('view.import.sheet'))
    .option('--currency <code>', r.tr('view.import.currency'))
    .option('--header-row <n>', r.tr('view.import.headerRow'))
    .addOption(new Option('--snapshot [scope]', r.tr('view.import.snapshot')).choices(['all', 'customers']))
    .option('-y, --yes', r.tr('view.import.yes'))
    .option('--dry-run', r.tr('view.import.dryRun'))
    .option('--skip-bad', r.tr('view.import.skipBad'))
    .option('--rejects <file>', r.tr('view.import.rejects'))
    .action(
      r.action(async (ctx: Context, files: string[], flags: Flags) => {
        const { importFiles } = await import('../import/index.js');
        const report = await importFiles(ctx, files, optionsFromFlags(flags));
        if (ctx.json) writeJson(ctx, report);
        else {
          ctx.out.write(renderImport(ctx, report, ctx.dbPath));
          for (const f of report.files) for (const w of f.warnings) warn(ctx, both(msg('view.import.fileWarning', { file: f.file, warning: w })));
          for (const line of renderClosed(ctx, report)) ctx.err.write(`${line}\n`);
        }
      }),
    );
};
export default register;
