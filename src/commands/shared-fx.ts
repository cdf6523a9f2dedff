// Exchange rates as `ar config set fx.CUR` and `ar rates import` both store them: into the settings'
// `fx.rates`, merged by currency and date (a rate given again for a day replaces that day's).
import { msg } from '../i18n/index.js';
import { UsageError } from '../errors.js';
import type { LedgerStore } from '../store/port.js';

export interface RateRow {
  currency: string;
  rate: string;
  date: string;
}

/** Store rates in one transaction; a rate for the base currency is refused (it is 1 by definition). */
export async function storeRates(store: LedgerStore, rows: readonly RateRow[]): Promise<{ base: string }> {
  const { fxTable } = await import('../core/fx.js');
  const stored = await store.settings.readStored();
  const merged = (await store.settings.read()) as Record<string, unknown>;
  const fx = (stored.fx ?? {}) as { base?: string; rates?: Record<string, Record<string, string>> };
  const { base } = fxTable(fx, String(merged.default_currency));
  const rates: Record<string, Record<string, string>> = { ...(fx.rates ?? {}) };
  for (const r of rows) {
    if (r.currency === base) throw new UsageError(msg('numbers.rates.baseRate', { base }));
    rates[r.currency] = { ...(rates[r.currency] ?? {}), [r.date]: r.rate };
  }
  await store.transaction((tx) => tx.settings.write('fx', { ...fx, rates }));
  return { base };
}
