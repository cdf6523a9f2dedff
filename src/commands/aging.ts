// `ar aging`: open balances by age bucket, one table per currency (currencies are never added up).
// Rows by customer (default), collector, type or grade; due-date or invoice-date basis; the default
// buckets, custom bounds (--buckets 30,60,90) or a preset (--preset cn: 账龄 by year from invoice date).
import { Option } from 'commander';
import type { Register } from './shared.js';
import { writeJson, type Context } from '../cli/context.js';
import { defineMessages, type Lang } from '../i18n/index.js';
import { DataError, UsageError } from '../errors.js';
import { formatMoney, minorDigits } from '../core/money.js';
import { formatDate } from '../core/dates.js';
import type { Basis, Bound } from '../core/aging.js';
import { renderCsv } from '../view/table.js';
import { displayWidth, truncate } from '../view/width.js';
import { checkCollector } from '../reports/ledger.js';
import { existingStore } from './shared.js';
import { wrapWords } from '../view/wrap.js';
import { typeLabel } from '../view/labels.js';

const m = defineMessages({
  describe: { en: 'aging of open items by bucket, per currency (by customer, collector, type or grade)', zh: '按账龄段列示未结款项，分币种（按客户、催收员、类型或等级）' },
  by: { en: 'rows by customer, collector, type or grade', zh: '行的分组：customer（客户）、collector（催收员）、type（类型）、grade（等级）' },
  basis: { en: 'age from the due date (default) or the invoice date', zh: '账龄起算：due（到期日，默认）或 invoice（开票日）' },
  buckets: { en: 'bucket bounds in days, e.g. 30,60,90 (→ current, 1–30, 31–60, 61–90, >90); 1y,2y for years', zh: '账龄段上限（天），如 30,60,90（→ 未到期、1–30、31–60、61–90、>90）；按年用 1y,2y' },
  preset: { en: 'a bucket preset: cn = 账龄 1年以内 / 1至2年 / 2至3年 / 3年以上 from the invoice date', zh: '预设账龄段：cn = 1年以内 / 1至2年 / 2至3年 / 3年以上（按开票日）' },
  collector: { en: "only this collector's customers", zh: '只看该催收员的客户' },
  chart: { en: 'show the totals as a bar chart instead of the table', zh: '以条形图显示各账龄段合计（代替表格）' },
  csv: { en: 'CSV on stdout (exact amounts)', zh: '在标准输出打印 CSV（精确金额）' },
  title: { en: '{currency} · aging by {basis} · {date} · {count} {what} · open {open}', zh: '{currency} · 账龄（按{basis}）· {date} · {count} 个{what} · 未结 {open}' },
  basisDue: { en: 'due date', zh: '到期日' },
  basisInvoice: { en: 'invoice date', zh: '开票日' },
  customer: { en: 'Customer', zh: '客户' },
  collectorH: { en: 'Collector', zh: '催收员' },
  type: { en: 'Type', zh: '类型' },
  grade: { en: 'Grade', zh: '等级' },
  customers: { en: 'customers', zh: '客户' },
  customer1: { en: 'customer', zh: '客户' },
  collector1: { en: 'collector', zh: '催收员' },
  type1: { en: 'type', zh: '类型' },
  grade1: { en: 'grade', zh: '等级' },
  collectors: { en: 'collectors', zh: '催收员' },
  types: { en: 'types', zh: '类型' },
  grades: { en: 'grades', zh: '等级' },
  total: { en: 'Total', zh: '合计' },
  unassigned: { en: '(unassigned)', zh: '（未分配）' },
  nothing: { en: 'Nothing is open{who}. `ar import FILE` brings in an aging or open-invoice export.', zh: '没有未结款项{who}。用 `ar import 文件` 导入账龄表或未结发票。' },
  whoCollector: { en: ' for {name}', zh: '（催收员 {name}）' },
  whole: {
    en: 'Rounded to whole units to fit, each amount on its own (a column may not add up to its total exactly); --csv or --json give exact amounts.',
    zh: '金额已逐项取整以适应屏幕（各列相加可能与合计略有出入）；精确金额见 --csv 或 --json。',
  },
  compact: {
    en: 'Abbreviated to fit (k = thousand, M = million), each amount on its own; --csv or --json give exact amounts.',
    zh: '金额已逐项缩写（万、亿）以适应屏幕；精确金额见 --csv 或 --json。',
  },
  badBuckets: { en: '--buckets takes ascending bounds such as 30,60,90 (days) or 1y,2y,3y: {why}', zh: '--buckets 需要递增的上限，如 30,60,90（天）或 1y,2y,3y：{why}' },
  badStoredBuckets: { en: 'the bucket bounds in the setting {key} cannot be used: {why}', zh: '设置项 {key} 中的账龄段上限无法使用：{why}' },
  badStoredHint: { en: 'fix them with `ar config set {key} 30,60,90`, or `ar config unset {key}`', zh: '用 `ar config set {key} 30,60,90` 修改，或用 `ar config unset {key}` 恢复默认值' },
  badPreset: { en: 'unknown bucket preset "{name}"; known: {known}', zh: '未知的账龄预设“{name}”；可用：{known}' },
});

export type AgingBy = 'customer' | 'collector' | 'type' | 'grade';

export interface AgingOptions {
  by?: AgingBy;
  basis?: Basis;
  buckets?: string;
  preset?: string;
  collector?: string;
  chart?: boolean;
  csv?: boolean;
}

export interface AgingJsonRow {
  key: string;
  label: string;
  currency: string;
  openMinor: number;
  items: number;
  byBucket: Record<string, number>;
}

export interface AgingReport {
  asOf: string;
  basis: Basis;
  by: AgingBy;
  preset: string | null;
  buckets: { key: string; label: string }[];
  totals: { currency: string; openMinor: number; items: number; byBucket: Record<string, number> }[];
  rows: AgingJsonRow[];
}

export async function agingReport(ctx: Context, opts: AgingOptions): Promise<AgingReport> {
  const L = ctx.lang;
  const today = ctx.clock.today();
  const aging = await import('../core/aging.js');
  const { priorityConfig, deepMerge } = await import('../core/priority.js');
  const { addDays } = await import('../core/dates.js');
  const why = (e: unknown) => (e instanceof aging.BoundError ? e.text : { en: (e as Error).message, zh: (e as Error).message });
  const badBuckets = (e: unknown) => {
    const w = why(e);
    return new UsageError({ en: m.t('en', 'badBuckets', { why: w.en }), zh: m.t('zh', 'badBuckets', { why: w.zh }) });
  };
  let bounds: Bound[] | undefined;
  if (opts.buckets !== undefined) {
    try {
      bounds = aging.parseBucketList(opts.buckets);
      aging.placeScheme({ basis: 'due', current: true, bounds }, today);
    } catch (e) {
      throw badBuckets(e);
    }
  }
  const ledger = await existingStore(ctx);
  const settings = (await ledger.settings.read()) as Record<string, unknown>;
  if (opts.collector !== undefined) await checkCollector(ledger, opts.collector);
  const cfg = priorityConfig(settings);
  const presets = deepMerge(aging.DEFAULT_AGING_PRESETS, settings.aging_presets);
  if (opts.preset !== undefined && !presets[opts.preset]) {
    throw new UsageError(m.both('badPreset', { name: opts.preset, known: Object.keys(presets).join(', ') }));
  }
  const scheme = aging.resolveScheme(cfg.aging, presets, { basis: opts.basis, buckets: bounds, preset: opts.preset });
  let placed;
  try {
    placed = aging.placeScheme(scheme, today);
  } catch (e) {
    if (bounds) throw badBuckets(e);
    // The bounds came from the settings, not from a flag: say which setting.
    const key = opts.preset ? `aging_presets.${opts.preset}.bounds` : 'aging.buckets';
    const w = why(e);
    throw new DataError({ en: m.t('en', 'badStoredBuckets', { key, why: w.en }), zh: m.t('zh', 'badStoredBuckets', { key, why: w.zh }) }, m.both('badStoredHint', { key }));
  }
  const customers = await ledger.customers.lite({ collector: opts.collector });
  const agg = await ledger.reports.aging({ basis: scheme.basis, current: scheme.current, asOf: today, cutoffs: placed.cutoffs });

  const by = opts.by ?? 'customer';
  const n = placed.defs.length;
  interface Acc {
    key: string;
    label: string;
    currency: string;
    openMinor: number;
    items: number;
    byBucket: number[];
  }
  const rows = new Map<string, Acc>();
  const totals = new Map<string, Acc>();
  const unassigned = m.t(L, 'unassigned');
  const add = (customerId: number, currency: string, b: number, items: number, minor: number) => {
    const c = customers.get(customerId);
    if (!c) return;
    let key: string;
    let label: string;
    if (by === 'customer') [key, label] = [c.code, c.name];
    else if (by === 'collector') [key, label] = [c.collector ?? '', c.collector ?? unassigned];
    else if (by === 'type') [key, label] = [c.type, typeLabel(L, c.type, 'long')];
    else [key, label] = [c.grade, c.grade];
    const rk = `${key}\u0000${currency}`;
    let r = rows.get(rk);
    if (!r) rows.set(rk, (r = { key, label, currency, openMinor: 0, items: 0, byBucket: new Array(n).fill(0) }));
    let t = totals.get(currency);
    if (!t) totals.set(currency, (t = { key: '', label: '', currency, openMinor: 0, items: 0, byBucket: new Array(n).fill(0) }));
    for (const x of [r, t]) {
      x.openMinor += minor;
      x.items += items;
      x.byBucket[b] += minor;
    }
  };
  for (const [cid, cur, b, items, minor] of agg.groups) add(cid, cur, b, items, minor);
  for (const [cid, cur, issue, minor] of agg.byTerms) {
    const c = customers.get(cid);
    if (!c) continue;
    add(cid, cur, aging.bucketIndex(placed, addDays(issue, c.termsDays ?? cfg.aging.default_terms_days)), 1, minor);
  }
  const keyed = (arr: number[]) => Object.fromEntries(placed.defs.map((d, i) => [d.key, arr[i]]));
  const sortedRows = [...rows.values()].sort(
    (a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0) || b.openMinor - a.openMinor || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
  return {
    asOf: today,
    basis: scheme.basis,
    by,
    preset: opts.preset ?? null,
    buckets: placed.defs.map((d) => ({ key: d.key, label: d.label[L] })),
    totals: [...totals.values()]
      .sort((a, b) => (a.currency < b.currency ? -1 : 1))
      .map((t) => ({ currency: t.currency, openMinor: t.openMinor, items: t.items, byBucket: keyed(t.byBucket) })),
    rows: sortedRows.map((r) => ({ key: r.key, label: r.label, currency: r.currency, openMinor: r.openMinor, items: r.items, byBucket: keyed(r.byBucket) })),
  };
}

// ---------------------------------------------------------------------------------------------
// Amounts that fit: exact when the table fits the screen, else whole units, else abbreviated.

type AmountStyle = 'exact' | 'whole' | 'compact';

function groupInt(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Round |minor| / 10^digits half away from zero, to whole major units. */
function wholeUnits(minor: number, currency: string): number {
  const d = minorDigits(currency);
  const scale = 10 ** d;
  const abs = Math.abs(minor);
  const q = Math.floor(abs / scale) + (abs % scale >= scale / 2 ? 1 : 0);
  return minor < 0 ? -q : q;
}

/** A real minus sign (−150), never confused with the "-" that stands for nothing. */
export function signed(text: string): string {
  return text.startsWith('-') ? '\u2212' + text.slice(1) : text;
}

function compactNumber(major: number, lang: Lang): string {
  const sign = major < 0 ? '-' : '';
  const a = Math.abs(major);
  const fix = (v: number, unit: string) => {
    const dec = v < 10 ? 2 : v < 100 ? 1 : 0;
    let s = v.toFixed(dec);
    if (dec > 0) s = s.replace(/\.?0+$/, '');
    return `${sign}${s}${unit}`;
  };
  if (lang === 'zh') {
    if (a < 1e4) return sign + groupInt(a);
    if (a < 1e8) return a < 1e7 ? fix(a / 1e4, '万') : `${sign}${groupInt(Math.round(a / 1e4))}万`;
    return fix(a / 1e8, '亿');
  }
  if (a < 1e3) return sign + String(a);
  if (a < 1e6) return fix(a / 1e3, 'k');
  if (a < 1e9) return fix(a / 1e6, 'M');
  return fix(a / 1e9, 'B');
}

/** An amount for the aging table: negative ones with a real minus sign (−150). */
export function formatAmount(minor: number, currency: string, style: AmountStyle, lang: Lang): string {
  if (style === 'exact') return signed(formatMoney(minor, currency));
  const w = wholeUnits(minor, currency);
  return signed(style === 'whole' ? (w < 0 ? '-' : '') + groupInt(Math.abs(w)) : compactNumber(w, lang));
}

const DASH = '-';

function whatLabel(L: Lang, by: AgingBy, n: number): string {
  const one = n === 1;
  if (by === 'customer') return m.t(L, one ? 'customer1' : 'customers');
  if (by === 'collector') return m.t(L, one ? 'collector1' : 'collectors');
  if (by === 'type') return m.t(L, one ? 'type1' : 'types');
  return m.t(L, one ? 'grade1' : 'grades');
}

const WIDE = /[^\u0000-\u10ff]/;
/** Display width with a fast path for the (usual) all-narrow text. */
function width(s: string): number {
  return WIDE.test(s) ? displayWidth(s) : s.length;
}

/**
 * A table of tens of thousands of rows, fast: only the first column (names) is ever cut; amount
 * columns are right-aligned at the width of their widest cell.
 */
function renderWideTable(headers: string[], rows: string[][], maxWidth: number, gap: number, nameMin: number): string[] {
  const widths = headers.map((h) => width(h));
  for (const r of rows) for (let i = 0; i < r.length; i++) {
    const w = width(r[i]);
    if (w > widths[i]) widths[i] = w;
  }
  const rest = widths.slice(1).reduce((a, b) => a + b, 0) + gap * (headers.length - 1);
  widths[0] = Math.max(Math.min(widths[0], maxWidth - rest), Math.min(nameMin, widths[0]));
  const sep = ' '.repeat(gap);
  const line = (cells: string[]) => {
    let name = cells[0];
    let nw = width(name);
    if (nw > widths[0]) {
      name = truncate(name, widths[0]);
      nw = width(name);
    }
    let out = name + ' '.repeat(widths[0] - nw);
    for (let i = 1; i < cells.length; i++) out += sep + ' '.repeat(widths[i] - width(cells[i])) + cells[i];
    return out.replace(/\s+$/, '');
  };
  return [line(headers), ...rows.map(line)];
}

function renderAgingTables(ctx: Context, r: AgingReport): string {
  const L = ctx.lang;
  const s = ctx.style;
  const firstHeader = m.t(L, r.by === 'customer' ? 'customer' : r.by === 'collector' ? 'collectorH' : r.by === 'type' ? 'type' : 'grade');
  const nameMin = 12;
  const out: string[] = [];
  for (const t of r.totals) {
    const rows = r.rows.filter((x) => x.currency === t.currency);
    const headers = [firstHeader, ...r.buckets.map((b) => b.label), m.t(L, 'total')];
    const columns = [...r.buckets.map((b) => (x: { byBucket: Record<string, number> }) => x.byBucket[b.key]), (x: { openMinor: number }) => x.openMinor] as ((x: AgingJsonRow) => number)[];
    // The widest text of a column comes from its largest or its most negative amount (or the total).
    const extremes = columns.map((get, i) => {
      let lo = 0;
      let hi = 0;
      for (const x of rows) {
        const v = get(x);
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      const tv = i < r.buckets.length ? t.byBucket[r.buckets[i].key] : t.openMinor;
      return [lo, hi, tv];
    });
    const fits = (style: AmountStyle, gap: number) => {
      let w = nameMin + gap * (headers.length - 1);
      extremes.forEach((vals, i) => {
        w += Math.max(width(headers[i + 1]), ...vals.map((v) => width(formatAmount(v, t.currency, style, L))));
      });
      return w <= ctx.width;
    };
    // Exact amounts when they fit, else whole units, else abbreviated; last, narrower gaps.
    const [style, gap] = (
      [
        ['exact', 2],
        ['whole', 2],
        ['compact', 2],
        ['compact', 1],
      ] as [AmountStyle, number][]
    ).find(([st, g]) => fits(st, g)) ?? ['compact', 1];
    const fmt = (v: number) => (v === 0 ? DASH : formatAmount(v, t.currency, style, L));
    const body = rows.map((x) => [x.label, ...columns.map((get) => fmt(get(x)))]);
    // The total row as the rows: "-" for nothing; each total is the exact total, rounded on its own.
    const total = [m.t(L, 'total'), ...r.buckets.map((b) => fmt(t.byBucket[b.key])), fmt(t.openMinor)];
    const title = m.t(L, 'title', {
      basis: m.t(L, r.basis === 'due' ? 'basisDue' : 'basisInvoice'),
      date: formatDate(r.asOf, L),
      currency: t.currency,
      count: groupInt(rows.length),
      what: whatLabel(L, r.by, rows.length),
      open: formatMoney(t.openMinor, t.currency),
    });
    const table = renderWideTable(headers, [...body, total], ctx.width, gap, nameMin);
    table[0] = s.dim(table[0]);
    table[table.length - 1] = s.bold(table[table.length - 1]);
    out.push(s.bold(title), '', ...table);
    if (style !== 'exact') for (const line of wrapWords(m.t(L, style), ctx.width, 0)) out.push(s.dim(line));
    out.push('');
  }
  return out.join('\n');
}

function renderAgingChart(ctx: Context, r: AgingReport, renderBarChart: typeof import('../view/chart.js').renderBarChart): string {
  const L = ctx.lang;
  const s = ctx.style;
  const out: string[] = [];
  for (const t of r.totals) {
    const title = m.t(L, 'title', {
      basis: m.t(L, r.basis === 'due' ? 'basisDue' : 'basisInvoice'),
      date: formatDate(r.asOf, L),
      currency: t.currency,
      count: r.rows.filter((x) => x.currency === t.currency).length,
      what: whatLabel(L, r.by, r.rows.filter((x) => x.currency === t.currency).length),
      open: formatMoney(t.openMinor, t.currency),
    });
    const rows = r.buckets.map((b, i) => {
      const v = t.byBucket[b.key];
      const pct = t.openMinor > 0 ? signed(`${Math.round((100 * v) / t.openMinor)}%`) : '';
      return { label: b.label, value: v, text: signed(formatMoney(v, t.currency)), note: pct, i };
    });
    const colours = [s.green, s.green, s.yellow, s.yellow, s.red, s.red, s.red, s.red];
    const chart = renderBarChart(rows, { width: ctx.width }).replace(/\n$/, '').split('\n');
    out.push(s.bold(title), '', ...chart.map((line, i) => (r.buckets.length > 1 ? (colours[Math.min(colours.length - 1, Math.round((i * 7) / Math.max(1, r.buckets.length - 1)))] ?? ((x: string) => x))(line) : line)), '');
  }
  return out.join('\n');
}

function renderAgingCsv(r: AgingReport): string {
  return renderCsv(
    ['currency', 'key', 'label', 'items', 'open', ...r.buckets.map((b) => b.key)],
    r.rows.map((x) => [
      x.currency,
      x.key,
      x.label,
      x.items,
      formatMoney(x.openMinor, x.currency, { grouping: false }),
      ...r.buckets.map((b) => formatMoney(x.byBucket[b.key], x.currency, { grouping: false })),
    ]),
  );
}

export async function showAging(ctx: Context, opts: AgingOptions): Promise<void> {
  const report = await agingReport(ctx, opts);
  if (ctx.json) return writeJson(ctx, report);
  if (opts.csv) return void ctx.out.write(renderAgingCsv(report));
  if (report.totals.length === 0) {
    const who = opts.collector ? m.t(ctx.lang, 'whoCollector', { name: opts.collector }) : '';
    return void ctx.out.write(m.t(ctx.lang, 'nothing', { who }) + '\n');
  }
  if (opts.chart) {
    const { renderBarChart } = await import('../view/chart.js');
    return void ctx.out.write(renderAgingChart(ctx, report, renderBarChart));
  }
  ctx.out.write(renderAgingTables(ctx, report));
}

const register: Register = (program, r) => {
  program
    .command('aging')
    .description(r.t(m.both('describe')))
    .addOption(new Option('--by <what>', r.t(m.both('by'))).choices(['customer', 'collector', 'type', 'grade']))
    .addOption(new Option('--basis <basis>', r.t(m.both('basis'))).choices(['due', 'invoice']))
    .option('--buckets <bounds>', r.t(m.both('buckets')))
    .option('--preset <name>', r.t(m.both('preset')))
    .option('--collector <name>', r.t(m.both('collector')))
    .option('--chart', r.t(m.both('chart')))
    .option('--csv', r.t(m.both('csv')))
    .action(r.action(async (ctx, opts: AgingOptions) => showAging(ctx, opts)));
};
export default register;
