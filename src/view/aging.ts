// The aging report on screen: one table (or bar chart) per currency, amounts that fit the width;
// its CSV; and its JSON (codes, with a label in the user's language beside each).
import { t as tx, plural, type Lang } from '../i18n/index.js';
import { formatMoney, minorDigits } from '../core/money.js';
import { formatDate } from './dates.js';
import { bucketLabel, typeLabel } from './labels.js';
import type { AgingBy, AgingReport, AgingRow } from '../reports/aging.js';
import type { ChalkInstance } from 'chalk';
import { renderCsv } from './csv.js';
import { displayWidth as width } from './width.js';
import { renderTable } from './table.js';
import { wrapWords } from './wrap.js';
import { renderBarChart } from './chart.js';

/** What the view needs of the context: language, width and colours. */
export interface AgingScreen {
  lang: Lang;
  width: number;
  /** Rows a table shows before its "N more" line (0: all). */
  limit?: number;
  style: ChalkInstance;
}

/** A row's label: the customer's name, the collector (or "(unassigned)"), the type's name, the grade. */
export function rowLabel(r: Pick<AgingRow, 'key' | 'name'>, by: AgingBy, L: Lang): string {
  if (by === 'customer') return r.name ?? r.key;
  if (by === 'collector') return r.key === '' ? tx(L, 'aging.unassigned') : r.key;
  if (by === 'type') return typeLabel(L, r.key, 'long');
  return r.key;
}

/** The JSON: codes and amounts as the report has them, a label in the user's language beside each code. */
export function agingJson(r: AgingReport, L: Lang) {
  return {
    asOf: r.asOf,
    basis: r.basis,
    by: r.by,
    preset: r.preset,
    buckets: r.buckets.map((b) => ({ key: b.key, label: bucketLabel(L, b) })),
    totals: r.totals,
    rows: r.rows.map((x) => ({ key: x.key, label: rowLabel(x, r.by, L), currency: x.currency, openMinor: x.openMinor, items: x.items, byBucket: x.byBucket })),
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

/**
 * A whole amount abbreviated the language's way: thousands and millions (12.5k, 3.4M) in English,
 * 万 and 亿 in Chinese (view.compact). Three significant figures, and whole at 1,000 of a mark (1,250万).
 */
function compactNumber(major: number, lang: Lang): string {
  const sign = major < 0 ? '-' : '';
  const a = Math.abs(major);
  const steps = tx(lang, 'view.compact')
    .split('|')
    .map((s) => s.split(':'));
  let step: { power: number; mark: string } | undefined;
  for (const [p = '0', mark = ''] of steps) if (a >= 10 ** Number(p)) step = { power: Number(p), mark };
  if (!step) return sign + groupInt(a);
  const v = a / 10 ** step.power;
  if (v >= 1000) return `${sign}${groupInt(Math.round(v))}${step.mark}`;
  const dec = v < 10 ? 2 : v < 100 ? 1 : 0;
  const text = dec > 0 ? v.toFixed(dec).replace(/\.?0+$/, '') : v.toFixed(0);
  return `${sign}${text}${step.mark}`;
}

/** An amount for the aging table: negative ones with a real minus sign (−150). */
export function formatAmount(minor: number, currency: string, style: AmountStyle, lang: Lang): string {
  if (style === 'exact') return signed(formatMoney(minor, currency));
  const w = wholeUnits(minor, currency);
  return signed(style === 'whole' ? (w < 0 ? '-' : '') + groupInt(Math.abs(w)) : compactNumber(w, lang));
}

const DASH = '-';

function countLabel(L: Lang, by: AgingBy, n: number): string {
  return plural(L, `aging.count.${by}`, n, { n: groupInt(n) });
}

function titleOf(L: Lang, r: AgingReport, t: AgingReport['totals'][number], n: number): string {
  return tx(L, 'aging.title', {
    basis: tx(L, r.basis === 'due' ? 'aging.basisDue' : 'aging.basisInvoice'),
    date: formatDate(r.asOf, L),
    currency: t.currency,
    what: countLabel(L, r.by, n),
    open: formatMoney(t.openMinor, t.currency),
  });
}

export function renderAgingTables(ctx: AgingScreen, r: AgingReport): string {
  const L = ctx.lang;
  const s = ctx.style;
  const firstHeader = tx(L, `aging.header.${r.by}`);
  const nameMin = 12;
  const out: string[] = [];
  for (const t of r.totals) {
    const rows = r.rows.filter((x) => x.currency === t.currency);
    const headers = [firstHeader, ...r.buckets.map((b) => bucketLabel(L, b)), tx(L, 'aging.total')];
    const columns = [...r.buckets.map((b) => (x: { byBucket: Record<string, number> }) => x.byBucket[b.key]), (x: { openMinor: number }) => x.openMinor] as ((
      x: AgingRow,
    ) => number)[];
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
    const body = rows.map((x) => [rowLabel(x, r.by, L), ...columns.map((get) => fmt(get(x)))]);
    // The total row as the rows: "-" for nothing; each total is the exact total, rounded on its own.
    const total = [tx(L, 'aging.total'), ...r.buckets.map((b) => fmt(t.byBucket[b.key])), fmt(t.openMinor)];
    const title = titleOf(L, r, t, rows.length);
    const cols = headers.map((header, i) => (i === 0 ? { header, flex: true, minWidth: nameMin } : { header, align: 'right' as const }));
    const more = (n: number) => tx(L, 'view.more', { n: groupInt(n) });
    const table = renderTable(cols, body, { width: ctx.width, gap, headerStyle: s.dim, limit: ctx.limit, more, footer: [total] })
      .replace(/\n$/, '')
      .split('\n');
    table[table.length - 1] = s.bold(table[table.length - 1] ?? '');
    out.push(s.bold(title), '', ...table);
    if (style !== 'exact') for (const line of wrapWords(tx(L, style === 'whole' ? 'aging.whole' : 'aging.compact'), ctx.width, 0)) out.push(s.dim(line));
    out.push('');
  }
  return out.join('\n');
}

export function renderAgingChart(ctx: AgingScreen, r: AgingReport): string {
  const L = ctx.lang;
  const s = ctx.style;
  const out: string[] = [];
  for (const t of r.totals) {
    const title = titleOf(L, r, t, r.rows.filter((x) => x.currency === t.currency).length);
    const rows = r.buckets.map((b, i) => {
      const v = t.byBucket[b.key];
      const pct = t.openMinor > 0 ? signed(`${Math.round((100 * v) / t.openMinor)}%`) : '';
      return { label: bucketLabel(L, b), value: v, text: signed(formatMoney(v, t.currency)), note: pct, i };
    });
    const colours = [s.green, s.green, s.yellow, s.yellow, s.red, s.red, s.red, s.red];
    const chart = renderBarChart(rows, { width: ctx.width }).replace(/\n$/, '').split('\n');
    out.push(
      s.bold(title),
      '',
      ...chart.map((line, i) =>
        r.buckets.length > 1
          ? (colours[Math.min(colours.length - 1, Math.round((i * 7) / Math.max(1, r.buckets.length - 1)))] ?? ((x: string) => x))(line)
          : line,
      ),
      '',
    );
  }
  return out.join('\n');
}

export function renderAgingCsv(r: AgingReport, L: Lang): string {
  return renderCsv(
    ['currency', 'key', 'label', 'items', 'open', ...r.buckets.map((b) => b.key)],
    r.rows.map((x) => [
      x.currency,
      x.key,
      rowLabel(x, r.by, L),
      x.items,
      formatMoney(x.openMinor, x.currency, { grouping: false }),
      ...r.buckets.map((b) => formatMoney(x.byBucket[b.key], x.currency, { grouping: false })),
    ]),
  );
}
