// The status report: where the ledger is, what it holds, the open balance per currency and the last
// import. Facts in, a plain object out (no SQL, no text).

import type { LastImport, OpenByCurrency, StoreCounts } from '../store/port.js';

export type StatusImport = LastImport;

export interface StatusFacts {
  db: string;
  schemaVersion: number;
  counts: StoreCounts;
  open: OpenByCurrency[];
  lastImport: LastImport | null;
  defaultCurrency: string;
}

export interface StatusReport extends StoreCounts {
  db: string;
  schemaVersion: number;
  /** Per currency; an empty ledger shows its default currency with nothing open. */
  open: OpenByCurrency[];
  lastImport: StatusImport | null;
}

export function statusReport(f: StatusFacts): StatusReport {
  const open = f.open.length ? f.open : [{ currency: f.defaultCurrency, items: 0, openMinor: 0 }];
  return { db: f.db, schemaVersion: f.schemaVersion, ...f.counts, open, lastImport: f.lastImport };
}
