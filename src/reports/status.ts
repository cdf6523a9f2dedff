// The status report: where the ledger is, what it holds, the open balance per currency and the last
// import. Facts in, a plain object out (no SQL, no text).

import type { LastImport, OpenByCurrency, StoreCounts } from '../store/port.js';
import type { OverdueSplit } from './worklist.js';

export type StatusImport = LastImport;

export interface StatusFacts {
  db: string;
  schemaVersion: number;
  counts: StoreCounts;
  open: OpenByCurrency[];
  lastImport: LastImport | null;
  defaultCurrency: string;
  /** Overdue and its parts per account, as the queue, account and aging count them. */
  splits: Iterable<OverdueSplit>;
}

export interface StatusBalance extends OpenByCurrency {
  overdueMinor: number;
  disputedMinor: number;
  onHoldMinor: number;
  collectibleMinor: number;
}

export interface StatusReport extends StoreCounts {
  db: string;
  schemaVersion: number;
  /** Per currency; an empty ledger shows its default currency with nothing open. */
  open: StatusBalance[];
  lastImport: StatusImport | null;
}

export function statusReport(f: StatusFacts): StatusReport {
  const base = f.open.length ? f.open : [{ currency: f.defaultCurrency, items: 0, openMinor: 0 }];
  const open: StatusBalance[] = base.map((o) => ({ ...o, overdueMinor: 0, disputedMinor: 0, onHoldMinor: 0, collectibleMinor: 0 }));
  for (const sp of f.splits) {
    const o = open.find((x) => x.currency === sp.currency);
    if (!o) continue;
    o.overdueMinor += sp.overdueMinor;
    o.disputedMinor += sp.disputedMinor;
    o.onHoldMinor += sp.onHoldMinor;
    o.collectibleMinor += sp.collectibleMinor;
  }
  return { db: f.db, schemaVersion: f.schemaVersion, ...f.counts, open, lastImport: f.lastImport };
}
