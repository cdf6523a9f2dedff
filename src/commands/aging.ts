// `ar aging`: open balances by age bucket, one table per currency (currencies are never added up).
// Rows by customer (default), collector, type or grade; due-date or invoice-date basis; the default
// buckets, custom bounds (--buckets 30,60,90) or a preset (--preset cn: 账龄 by year from invoice date).
// Heavy parts (core, store, report, view) load inside the action so `ar --help` stays fast.
import { Option } from 'commander';
import { checkCollector, existingStore, writeJson, type Context, type Register } from './shared.js';
import { msg, render } from '../i18n/index.js';
import { DataError, UsageError } from '../errors.js';
import type { Basis, Bound, PlacedScheme } from '../core/aging.js';
import type { AgingBy, AgingReport } from '../reports/aging.js';

export interface AgingOptions {
  by?: AgingBy;
  basis?: Basis;
  buckets?: string;
  preset?: string;
  collector?: string;
  chart?: boolean;
  csv?: boolean;
  compact?: boolean;
  limit?: string;
}

/** `--limit N`: rows a table shows (default a screenful, 50; 0 = all). */
function parseLimit(v: string | undefined): number {
  if (v === undefined) return 50;
  if (!/^\d+$/.test(v.trim())) throw new UsageError(msg('aging.badLimit', { v }));
  return Number(v);
}

/** Why a bucket scheme cannot be used, in the user's language (core says it in both). */
async function why(ctx: Context, e: unknown): Promise<string> {
  const { BoundError } = await import('../core/aging.js');
  if (!(e instanceof BoundError)) return (e as Error).message;
  // Bounds out of order are listed the way the reader's language writes a list.
  const list = e.bounds?.join(render(ctx.lang, msg('common.listSep')));
  return render(ctx.lang, list ? { ...e.text, params: { ...e.text.params, list } } : e.text);
}

/** `--buckets`, parsed and checked before the ledger is opened. */
async function flagBounds(ctx: Context, opts: AgingOptions): Promise<Bound[] | undefined> {
  if (opts.buckets === undefined) return undefined;
  const aging = await import('../core/aging.js');
  try {
    const bounds = aging.parseBucketList(opts.buckets);
    aging.placeScheme({ basis: 'due', current: true, bounds }, ctx.clock.today());
    return bounds;
  } catch (e) {
    throw new UsageError(msg('aging.badBuckets', { why: await why(ctx, e) }));
  }
}

/** The bucket scheme placed on today: flags over settings; a bad one says whether the flag or a setting is wrong. */
async function placedScheme(
  ctx: Context,
  opts: AgingOptions,
  bounds: Bound[] | undefined,
  settings: Record<string, unknown>,
): Promise<{ placed: PlacedScheme; defaultTermsDays: number }> {
  const aging = await import('../core/aging.js');
  const { priorityConfig, deepMerge } = await import('../core/priority.js');
  const cfg = priorityConfig(settings);
  const presets = deepMerge(aging.DEFAULT_AGING_PRESETS, settings.aging_presets);
  if (opts.preset !== undefined && !presets[opts.preset]) {
    throw new UsageError(msg('aging.badPreset', { name: opts.preset, known: Object.keys(presets).join(', ') }));
  }
  const scheme = aging.resolveScheme(cfg.aging, presets, { basis: opts.basis, buckets: bounds, preset: opts.preset });
  try {
    return { placed: aging.placeScheme(scheme, ctx.clock.today()), defaultTermsDays: cfg.aging.default_terms_days };
  } catch (e) {
    if (bounds) throw new UsageError(msg('aging.badBuckets', { why: await why(ctx, e) }));
    // The bounds came from the settings, not from a flag: say which setting.
    const key = opts.preset ? `aging_presets.${opts.preset}.bounds` : 'aging.buckets';
    throw new DataError(msg('aging.badStoredBuckets', { key, why: await why(ctx, e) }), msg('aging.badStoredHint', { key }));
  }
}

/** Gather the facts from the ledger and build the report. */
export async function loadAging(ctx: Context, opts: AgingOptions): Promise<AgingReport> {
  const bounds = await flagBounds(ctx, opts);
  const store = await existingStore(ctx);
  const settings = (await store.settings.read()) as Record<string, unknown>;
  if (opts.collector !== undefined) await checkCollector(store, opts.collector, ctx.lang);
  const { placed, defaultTermsDays } = await placedScheme(ctx, opts, bounds, settings);
  const { agingReport } = await import('../reports/aging.js');
  // Names only when rows are by customer.
  const by = opts.by ?? 'customer';
  const customers = await store.customers.lite({ collector: opts.collector, names: by === 'customer' });
  const today = ctx.clock.today();
  const s = placed.scheme;
  const agg = await store.reports.aging({ basis: s.basis, current: s.current, asOf: today, cutoffs: placed.cutoffs });
  const { overdueSplits } = await import('../reports/worklist.js');
  return agingReport({
    asOf: today,
    placed,
    by,
    preset: opts.preset ?? null,
    defaultTermsDays,
    customers,
    groups: agg.groups,
    byTerms: agg.byTerms,
    splits: await overdueSplits(store, settings, today, { collector: opts.collector }, customers),
  });
}

async function showAging(ctx: Context, opts: AgingOptions): Promise<void> {
  const limit = parseLimit(opts.limit);
  const report = await loadAging(ctx, opts);
  const view = await import('../view/aging.js');
  if (ctx.json) return writeJson(ctx, view.agingJson(report, ctx.lang));
  if (opts.csv) return void ctx.out.write(view.renderAgingCsv(report, ctx.lang));
  if (report.totals.length === 0) {
    const who = opts.collector ? render(ctx.lang, msg('aging.whoCollector', { name: opts.collector })) : '';
    return void ctx.out.write(render(ctx.lang, msg('aging.nothing', { who })) + '\n');
  }
  ctx.out.write(opts.chart ? view.renderAgingChart(ctx, report) : view.renderAgingTables({ ...ctx, limit, compact: !!opts.compact }, report));
}

const register: Register = (program, r) => {
  program
    .command('aging')
    .description(r.tr('aging.describe'))
    .addOption(new Option('--by <what>', r.tr('aging.by')).choices(['customer', 'collector', 'type', 'grade']))
    .addOption(new Option('--basis <basis>', r.tr('aging.basis')).choices(['due', 'invoice']))
    .option('--buckets <bounds>', r.tr('aging.buckets'))
    .option('--preset <name>', r.tr('aging.preset'))
    .option('--collector <name>', r.tr('aging.collector'))
    .option('--chart', r.tr('aging.chart'))
    .option('--csv', r.tr('aging.csv'))
    .option('--compact', r.tr('numbers.compactFlag'))
    .option('--limit <n>', r.tr('aging.limit'))
    .action(r.action(async (ctx, opts: AgingOptions) => showAging(ctx, opts)));
};
export default register;
