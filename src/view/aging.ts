// The aging report on screen: one table (or bar chart) per currency, amounts that fit the width;
// its CSV; and its JSON (codes, with a label in the user's language beside each).
import { t as tx, plural, type Lang } from '../i18n/index.js';
import { formatMoney, minorDigits } from '../core/money.js';
import { currencyName, currencyUnit, moneyText } from './money.js';
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
    rows: r.rows.map((x) => ({
      key: x.key,
      label: rowLabel(x, r.by, L),
      currency: x.currency,
      openMinor: x.openMinor,
      items: x.items,
      byBucket: x.byBucket,
      overdueMinor: x.overdueMinor,
      disputedMinor: x.disputedMinor,
      onHoldMinor: x.onHoldMinor,
      collectibleMinor: x.collectibleMinor,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Amounts: exact by default. A table too wide for the screen gives one unit for the whole table —
// whole units, then a larger unit (thousands; 万元 in Chinese) — stated under it, and its totals are
// the sums of the rounded amounts, so every row and column still adds up. `--compact` abbreviates
// each amount on its own (12.5k, 2.17万).

/** A table's unit: amounts are counted in 10^-decimals of 10^power major units ("thousands", "万"). */
interface Unit {
  power: number;
  decimals: number;
  name: string;
}

type AmountStyle = { kind: 'exact' } | { kind: 'compact' } | { kind: 'unit'; unit: Unit };

const WHOLE: Unit = { power: 0, decimals: 0, name: '' };

function groupInt(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The larger units a language counts in, largest last (numbers.scale: "power:decimals:name|…"). */
function scaledUnits(lang: Lang): Unit[] {
  return tx(lang, 'numbers.scale')
    .split('|')
    .map((u) => {
      const [power = '3', decimals = '0', name = ''] = u.split(':');
      return { power: Number(power), decimals: Number(decimals), name };
    });
}

/** |minor| counted in the unit's smallest step, half away from zero, in integers (never a float). */
function inUnit(minor: number, currency: string, u: Pick<Unit, 'power' | 'decimals'>): number {
  return shifted(minor, minorDigits(currency) + u.power - u.decimals);
}

/** |minor| / 10^shift, half away from zero (inUnit with the currency's digits already counted in). */
function shifted(minor: number, shift: number): number {
  if (shift <= 0) return minor * 10 ** -shift;
  const scale = 10 ** shift;
  const abs = Math.abs(minor);
  const q = (abs - (abs % scale)) / scale + (abs % scale >= scale / 2 ? 1 : 0);
  return minor < 0 ? -q : q;
}

/** A count of unit steps as text: grouped, with the unit's decimals, ASCII minus. */
function unitText(n: number, u: Pick<Unit, 'decimals'>): string {
  const abs = String(Math.abs(n)).padStart(u.decimals + 1, '0');
  const int = abs.slice(0, abs.length - u.decimals);
  const frac = abs.slice(abs.length - u.decimals);
  return (n < 0 ? '-' : '') + groupInt(Number(int)) + (u.decimals ? `.${frac}` : '');
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

const DASH = '-';
const NOT_SHOWN: string[] = [];

function countLabel(L: Lang, by: AgingBy, n: number): string {
  return plural(L, `aging.count.${by}`, n, { n: groupInt(n) });
}

function titleOf(L: Lang, r: AgingReport, t: AgingReport['totals'][number], n: number): string {
  return tx(L, 'aging.title', {
    basis: tx(L, r.basis === 'due' ? 'aging.basisDue' : 'aging.basisInvoice'),
    date: formatDate(r.asOf, L),
    currency: currencyName(L, t.currency),
    what: countLabel(L, r.by, n),
    // The title names the currency already: only ¥ is added (Chinese screens write CNY as ¥).
    open: L === 'zh' && t.currency === 'CNY' ? moneyText(L, t.openMinor, t.currency) : formatMoney(t.openMinor, t.currency),
  });
}

type Total = AgingReport['totals'][number];

/** A style's cells: the rows shown, the total row, and each amount column's widest cell over every row. */
interface Cells {
  body: string[][];
  total: string[];
  widths: number[];
}

/**
 * One currency's cells in a style, for the first `shown` rows. Exact amounts are the ledger's;
 * rounded ones are rounded cell by cell and every total is the sum of the rounded cells, so the table
 * adds up as printed. Whether a style fits depends on every row, shown or not (a table may have
 * 35,000): an exact or rounded amount is never narrower than a smaller one of its sign, so a
 * column's widest cell is its largest, its most negative amount or a dash, and only those are written.
 */
function cellsOf(r: AgingReport, rows: AgingRow[], t: Total, style: AmountStyle, L: Lang, shown: number): Cells {
  const keys = r.buckets.map((b) => b.key);
  const n = keys.length + 1;
  if (style.kind === 'compact') {
    // Abbreviations are not wider for larger amounts (999 and 1k): every cell is measured.
    const fmt = (v: number) => (v === 0 ? DASH : compactNumber(inUnit(v, t.currency, WHOLE), L));
    const body = rows.map((x) => [...keys.map((k) => fmt(x.byBucket[k] ?? 0)), fmt(x.openMinor)]);
    const total = [...keys.map((k) => fmt(t.byBucket[k] ?? 0)), fmt(t.openMinor)];
    const widths = total.map((c, i) => body.reduce((w, cells) => Math.max(w, width(cells[i] ?? '')), width(c)));
    return { body: body.slice(0, shown), total, widths };
  }
  const u = style.kind === 'unit' ? style.unit : null;
  // The currency's digits are looked up once for the table, not for each of its cells.
  const shift = u ? minorDigits(t.currency) + u.power - u.decimals : 0;
  const fmt = (v: number) => (v === 0 ? DASH : u ? unitText(v, u) : formatMoney(v, t.currency));
  const hi = new Array<number>(n).fill(0);
  const lo = new Array<number>(n).fill(0);
  const sums = new Array<number>(n).fill(0);
  let zero = 0; // bit i: column i has a zero cell (a dash)
  const kept: number[][] = [];
  for (let j = 0; j < rows.length; j++) {
    const x = rows[j]!;
    const cells = new Array<number>(n);
    let rowSum = 0;
    for (let i = 0; i < keys.length; i++) {
      const minor = x.byBucket[keys[i]!] ?? 0;
      const v = u ? shifted(minor, shift) : minor;
      cells[i] = v;
      rowSum += v;
    }
    cells[n - 1] = u ? rowSum : x.openMinor;
    for (let i = 0; i < n; i++) {
      const v = cells[i]!;
      sums[i]! += v;
      if (v > hi[i]!) hi[i] = v;
      else if (v < lo[i]!) lo[i] = v;
      else if (v === 0) zero |= 1 << i;
    }
    if (j < shown) kept.push(cells);
  }
  const total = u ? sums : [...keys.map((k) => t.byBucket[k] ?? 0), t.openMinor];
  const widths = total.map((v, i) => {
    let w = width(fmt(v));
    if (hi[i]! > 0) w = Math.max(w, width(fmt(hi[i]!)));
    if (lo[i]! < 0) w = Math.max(w, width(fmt(lo[i]!)));
    if (zero & (1 << i)) w = Math.max(w, width(DASH));
    return w;
  });
  return { body: kept.map((cells) => cells.map(fmt)), total: total.map(fmt), widths };
}

/** The note under a table that is not exact: its unit (and that totals add the rounded amounts), or the abbreviations. */
function unitNote(L: Lang, style: AmountStyle, currency: string): string {
  if (style.kind !== 'unit') return tx(L, 'aging.compact');
  const { power, decimals, name } = style.unit;
  const cur = currencyUnit(L, currency);
  const dec = decimals === 1 || decimals === 2 ? tx(L, `numbers.dec${decimals}`) : '';
  const unit = power === 0 ? tx(L, 'numbers.unitWhole', { cur }) : tx(L, 'numbers.unitScaled', { name, cur, dec });
  return tx(L, 'numbers.rounded', { unit });
}

/** "Overdue 1,000.00, of which disputed 200.00 · on hold … · collectible 800.00" under a currency's table. */
export function overdueLine(L: Lang, t: AgingReport['totals'][number]): string {
  const m = (v: number) => formatMoney(v, t.currency);
  let text = tx(L, 'numbers.overdue', { v: m(t.overdueMinor) });
  if (t.disputedMinor) text += tx(L, 'numbers.ofWhichDisputed', { v: m(t.disputedMinor) });
  if (t.onHoldMinor) text += tx(L, 'numbers.ofWhichHeld', { v: m(t.onHoldMinor) });
  return text + tx(L, 'numbers.collectible', { v: m(t.collectibleMinor) });
}

export function renderAgingTables(ctx: AgingScreen & { compact?: boolean }, r: AgingReport): string {
  const L = ctx.lang;
  const s = ctx.style;
  const firstHeader = tx(L, `aging.header.${r.by}`);
  const nameMin = 12;
  const out: string[] = [];
  for (const t of r.totals) {
    const rows = r.rows.filter((x) => x.currency === t.currency);
    const headers = [firstHeader, ...r.buckets.map((b) => bucketLabel(L, b)), tx(L, 'aging.total')];
    const shown = ctx.limit ? Math.min(ctx.limit, rows.length) : rows.length;
    // The amount columns' width in a style: each column as wide as its header or its widest cell.
    const amountsWidth = (cells: Cells) => cells.widths.reduce((w, col, i) => w + Math.max(width(headers[i + 1] ?? ''), col), 0);
    const fits = (amounts: number, gap: number) => nameMin + gap * (headers.length - 1) + amounts <= ctx.width;
    // Exact when it fits; else one stated unit for the whole table; abbreviations only when asked.
    const units = [WHOLE, ...scaledUnits(L)].map((unit): AmountStyle => ({ kind: 'unit', unit }));
    const styles: AmountStyle[] = ctx.compact ? [{ kind: 'compact' }] : [{ kind: 'exact' }, ...units];
    const tries = styles.flatMap((st): [AmountStyle, number][] => [
      [st, 2],
      [st, 1],
    ]);
    let chosen: [AmountStyle, number, Cells] | undefined;
    let measured: { style: AmountStyle; cells: Cells; amounts: number } | undefined;
    for (const [st, g] of tries) {
      if (measured?.style !== st) {
        const cells = cellsOf(r, rows, t, st, L, shown);
        measured = { style: st, cells, amounts: amountsWidth(cells) };
      }
      chosen = [st, g, measured.cells];
      if (fits(measured.amounts, g)) break;
    }
    const [style, gap, cells] = chosen!;
    // Rows past the limit are only counted ("N more"): they are not written out.
    const body: string[][] = cells.body.map((c, i) => [rowLabel(rows[i]!, r.by, L), ...c]);
    for (let i = shown; i < rows.length; i++) body.push(NOT_SHOWN);
    const total = [tx(L, 'aging.total'), ...cells.total];
    const title = titleOf(L, r, t, rows.length);
    const cols = headers.map((header, i) => (i === 0 ? { header, flex: true, minWidth: nameMin } : { header, align: 'right' as const }));
    const more = (n: number) => tx(L, 'view.more', { n: groupInt(n) });
    const table = renderTable(cols, body, { width: ctx.width, gap, headerStyle: s.dim, limit: ctx.limit, more, footer: [total] })
      .replace(/\n$/, '')
      .split('\n');
    table[table.length - 1] = s.bold(table[table.length - 1] ?? '');
    out.push(...wrapWords(title, ctx.width, 0).map((l) => s.bold(l)), '', ...table);
    out.push(...wrapWords(overdueLine(L, t), ctx.width, 0));
    if (style.kind !== 'exact') for (const line of wrapWords(unitNote(L, style, t.currency), ctx.width, 0)) out.push(s.dim(line));
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
      const pct = t.openMinor > 0 ? `${Math.round((100 * v) / t.openMinor)}%` : '';
      return { label: bucketLabel(L, b), value: v, text: formatMoney(v, t.currency), note: pct, i };
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

/** For Excel: headers in the reader's language (buckets by their labels), exact amounts, a BOM. */
export function renderAgingCsv(r: AgingReport, L: Lang): string {
  const h = (k: 'currency' | 'key' | 'label' | 'items' | 'open' | 'overdue' | 'disputed' | 'onHold' | 'collectible') => tx(L, `numbers.csv.aging.${k}`);
  const plain = (v: number, cur: string) => formatMoney(v, cur, { grouping: false });
  return renderCsv(
    [
      h('currency'),
      h('key'),
      h('label'),
      h('items'),
      h('open'),
      ...r.buckets.map((b) => bucketLabel(L, b)),
      h('overdue'),
      h('disputed'),
      h('onHold'),
      h('collectible'),
    ],
    r.rows.map((x) => [
      x.currency,
      x.key,
      rowLabel(x, r.by, L),
      x.items,
      plain(x.openMinor, x.currency),
      ...r.buckets.map((b) => plain(x.byBucket[b.key] ?? 0, x.currency)),
      plain(x.overdueMinor, x.currency),
      plain(x.disputedMinor, x.currency),
      plain(x.onHoldMinor, x.currency),
      plain(x.collectibleMinor, x.currency),
    ]),
    { bom: true },
  );
}
