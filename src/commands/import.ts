// `ar import FILE…`: accounting exports (CSV/TSV/TXT/XLSX) → the ledger, in one transaction.
// The heavy parts (the pipeline, the spreadsheet reader) load inside the action.
import { CommanderError, Option } from 'commander';
import type { Register } from './shared.js';
import { writeJson, warn, type Context } from '../cli/context.js';
import { msg } from '../i18n/index.js';
import { UsageError } from '../errors.js';
import type { ImportOptions } from '../import/types.js';

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
  collectorFrom?: string;
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
    collectorFrom: f.collectorFrom as ImportOptions['collectorFrom'],
  };
}

const register: Register = (program, r) => {
  program
    .command('import')
    .description(r.tr('view.import.describe'))
    // Optional to commander so that `--snapshot FILE` can hand its file back; none at all is refused below.
    .argument('[files...]', r.tr('view.import.files'))
    .usage('[options] <files...>')
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
    // No .choices: `ar import --snapshot week2.csv` must read week2.csv as the file (the action puts it
    // back); a scope is all or customers, given as --snapshot=customers.
    .option('--snapshot [scope]', r.tr('view.import.snapshot'))
    .option('-y, --yes', r.tr('view.import.yes'))
    .option('--dry-run', r.tr('view.import.dryRun'))
    .option('--skip-bad', r.tr('view.import.skipBad'))
    .option('--rejects <file>', r.tr('view.import.rejects'))
    .option('--collector-from <source>', r.tr('kept.fCollectorFrom'))
    .action(
      r.action(async (ctx: Context, files: string[], flags: Flags) => {
        if (typeof flags.snapshot === 'string' && flags.snapshot !== 'all' && flags.snapshot !== 'customers') {
          files = [flags.snapshot, ...files];
          flags.snapshot = true;
        }
        // The message commander gives a required argument, as the help still shows <files...>.
        if (files.length === 0) throw new CommanderError(1, 'commander.missingArgument', "error: missing required argument 'files'");
        const { importFiles } = await import('../import/index.js');
        const report = await importFiles(ctx, files, optionsFromFlags(flags));
        if (ctx.json) writeJson(ctx, report);
        else {
          // Warnings and what a snapshot closed first (stderr), the summary last, where it is seen.
          const view = await import('../view/import.js');
          for (const f of report.files) for (const w of f.warnings) warn(ctx, msg('view.import.fileWarning', { file: f.file, warning: w }));
          for (const line of view.renderClosed(ctx, report)) ctx.err.write(`${line}\n`);
          ctx.out.write(view.renderImport(ctx, report, ctx.dbPath));
        }
      }),
    );
};
export default register;
