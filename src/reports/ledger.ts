// What a report is asked to filter by, checked against the ledger.
import { sameCollector } from '../core/contacts.js';
import { DataError } from '../errors.js';
import { LANGS, msg, t, type Lang } from '../i18n/index.js';
import type { LedgerReads } from '../store/port.js';

/** `--collector NAME` must name a collector of this ledger (case and width do not matter). */
export async function checkCollector(store: LedgerReads, name: string): Promise<void> {
  const names = await store.customers.collectors();
  if (names.some((n) => sameCollector(n, name))) return;
  // The names are listed with each language's own separator, so the hint is rendered per language.
  const hint = names.length
    ? (Object.fromEntries(LANGS.map((l) => [l, t(l, 'queue.collectorsHint', { list: names.join(t(l, 'glossary.listSep')) })])) as Record<Lang, string>)
    : msg('queue.noCollectorsHint');
  throw new DataError(msg('queue.noCollector', { name }), hint);
}
