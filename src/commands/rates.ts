// `ar rates` (list) and `ar rates import FILE`: the dated exchange rates into the base currency that
// rank accounts in different currencies fairly (src/core/fx.ts). One rate is set with
// `ar config set fx.USD 7.12 --date YYYY-MM-DD`. Heavy parts load inside the actions.
import { existingStore, writeJson, type Context, type Register } from './shared.js';
import { msg, plural } from '../i18n/index.js';
import { DataError } from '../errors.js';
import { storeRates, type RateRow } from './shared-fx.js';

async function listRates(ctx: Context, csv: boolean): Promise<void> {
  const store = await existingStore(ctx);
  const settings = (await store.settings.read()) as Record<string, unknown>;
  const { fxTable, rateList } = await import('../core/fx.js');
  const table = fxTable(settings.fx as Parameters<typeof fxTable>[0], String(settings.default_currency));
  const rows = rateList(table);
  if (ctx.json) return writeJson(ctx, { base: table.base, rates: rows });
  const view = await import('../view/rates.js');
  ctx.out.write(csv ? view.renderRatesCsv(table.base, rows, ctx.lang) : view.renderRates(ctx, table.base, rows));
}

const COLUMNS: Record<'currency' | 'rate' | 'date', string[]> = {
  currency: ['currency', 'ccy', 'cur', '币种', '货币'],
  rate: ['rate', 'fx', 'exchange rate', '汇率'],
  date: ['date', 'as of', 'effective', '日期', '生效日期'],
};

/** Rows of a rates CSV (currency, rate, date; English or Chinese headers), each checked; the first bad row stops it. */
async function readRates(file: string): Promise<RateRow[]> {
  const fs = await import('node:fs');
  const { parse } = await import('csv-parse/sync');
  const { isIsoCurrency } = await import('../core/money.js');
  const { isIsoDate, parseRate } = await import('../core/fx.js');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  } catch (e) {
    throw new DataError(msg('import.cannotRead', { file, why: (e as Error).message }));
  }
  const records = parse(text, { skip_empty_lines: true, trim: true, relax_column_count: true }) as string[][];
  const header = (records[0] ?? []).map((h) => h.toLowerCase());
  const col = (k: keyof typeof COLUMNS) => header.findIndex((h) => COLUMNS[k].includes(h));
  const at = { currency: col('currency'), rate: col('rate'), date: col('date') };
  if (at.currency < 0 || at.rate < 0 || at.date < 0) throw new DataError(msg('numbers.rates.badHeader'), msg('numbers.rates.hint'));
  const rows: RateRow[] = [];
  records.slice(1).forEach((r, i) => {
    const bad = (why: ReturnType<typeof msg>) => new DataError(msg('numbers.rates.badRow', { file, row: i + 2, why }), msg('numbers.rates.hint'));
    const currency = (r[at.currency] ?? '').toUpperCase();
    if (!isIsoCurrency(currency)) throw bad(msg('numbers.rates.badCurrency', { v: r[at.currency] ?? '' }));
    const rate = parseRate(r[at.rate] ?? '');
    if (rate === null) throw bad(msg('numbers.rates.badRate', { v: r[at.rate] ?? '' }));
    const date = r[at.date] ?? '';
    if (!isIsoDate(date)) throw bad(msg('numbers.rates.badDate', { v: date }));
    rows.push({ currency, rate, date });
  });
  return rows;
}

async function importRates(ctx: Context, file: string): Promise<void> {
  const rows = await readRates(file);
  const store = await existingStore(ctx);
  const { base } = await storeRates(store, rows);
  if (ctx.json) return writeJson(ctx, { base, imported: rows.length });
  const path = await import('node:path');
  ctx.out.write(plural(ctx.lang, 'numbers.rates.imported', rows.length, { file: path.basename(file) }) + '\n');
}

const register: Register = (program, r) => {
  const rates = program.command('rates').description(r.tr('numbers.rates.describe'));
  rates
    .command('list', { isDefault: true })
    .description(r.tr('numbers.rates.list'))
    .option('--csv', r.tr('aging.csv'))
    .action(r.action(async (ctx, opts: { csv?: boolean }) => listRates(ctx, !!opts.csv)));
  rates
    .command('import <file>')
    .description(r.tr('numbers.rates.import'))
    .action(r.action(async (ctx, file: string) => importRates(ctx, file)));
};
export default register;
