// Opening the ledger for a report, and checking what a report is asked to filter by.
import type { Context } from '../cli/context.js';
import { LANGS, msg, t, type Lang } from '../i18n/index.js';
import { DataError } from '../errors.js';
import type { Ledger } from '../store/ledger.js';

/**
 * The ledger for a command that only reads it: one that does not exist yet is an error with the way
 * to make one, never a new empty file (a mistyped --db would otherwise report "nothing open").
 */
export async function existingLedger(ctx: Pick<Context, 'dbPath' | 'ledger'>): Promise<Ledger> {
  const fs = await import('node:fs');
  let size = 0;
  try {
    const st = fs.statSync(ctx.dbPath);
    size = st.isFile() ? st.size : 1; // a folder: the ledger's own check says so
  } catch {
    size = 0;
  }
  if (size === 0) throw new DataError(msg('queue.noLedger', { path: ctx.dbPath }), msg('queue.noLedgerHint'));
  return ctx.ledger({ create: false });
}

/** `--collector NAME` must name a collector of this ledger (case and width do not matter). */
export async function checkCollector(ledger: Ledger, name: string): Promise<void> {
  const { collectorNames, sameCollector } = await import('../store/reports.js');
  const names = await collectorNames(ledger);
  if (names.some((n) => sameCollector(n, name))) return;
  // The names are listed with each language's own separator, so the hint is rendered per language.
  const hint = names.length
    ? (Object.fromEntries(LANGS.map((l) => [l, t(l, 'queue.collectorsHint', { list: names.join(t(l, 'glossary.listSep')) })])) as Record<Lang, string>)
    : msg('queue.noCollectorsHint');
  throw new DataError(msg('queue.noCollector', { name }), hint);
}
