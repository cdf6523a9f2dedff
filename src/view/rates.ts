// `ar rates` on screen and as CSV: the base currency, then each currency's dated rates.
import type { ChalkInstance } from 'chalk';
import { t, type Lang } from '../i18n/index.js';
import { renderCsv } from './csv.js';
import { renderTable } from './table.js';
import { wrapWords } from './wrap.js';

export interface RatesScreen {
  lang: Lang;
  width: number;
  style: ChalkInstance;
}

type Rate = { currency: string; date: string; rate: string };

export function renderRates(sc: RatesScreen, base: string, rows: readonly Rate[]): string {
  const L = sc.lang;
  if (rows.length === 0) return wrapWords(t(L, 'numbers.rates.none'), sc.width, 0).join('\n') + '\n';
  const head = wrapWords(t(L, 'numbers.rates.base', { base }), sc.width, 0).map((l) => sc.style.bold(l));
  const table = renderTable(
    [{ header: t(L, 'numbers.rates.hCurrency') }, { header: t(L, 'numbers.rates.hRate'), align: 'right' }, { header: t(L, 'numbers.rates.hDate') }],
    rows.map((r) => [r.currency, r.rate, r.date]),
    { width: sc.width, headerStyle: sc.style.dim },
  );
  return [...head, '', table].join('\n');
}

export function renderRatesCsv(base: string, rows: readonly Rate[], L: Lang): string {
  const h = (k: 'currency' | 'rate' | 'date' | 'base') => t(L, `numbers.csv.rates.${k}`);
  return renderCsv(
    [h('currency'), h('rate'), h('date'), h('base')],
    rows.map((r) => [r.currency, r.rate, r.date, base]),
    { bom: true },
  );
}
