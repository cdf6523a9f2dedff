// Opening a ledger by where it is. Every command goes through openStore, so that a second backend
// (a postgres:// URL for team mode) is one more branch here and nothing else changes.
import type { LedgerStore, StoreOpenOptions } from './port.js';

export type { LedgerStore, StoreOpenOptions } from './port.js';

/** Open the ledger at a file path; the SQLite driver is loaded only now. */
export async function openStore(location: string, opts: StoreOpenOptions = {}): Promise<LedgerStore> {
  const { SqliteStore } = await import('./sqlite/store.js');
  return SqliteStore.open(location, opts);
}
