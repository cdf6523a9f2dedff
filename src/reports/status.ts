// The status report: where the ledger is, what it holds, the open balance per currency and the last
// import. Facts in, a plain object out (no SQL, no text).

/** What an import file can hold. */
export const IMPORT_KINDS = ['invoices', 'payments', 'customers', 'contacts'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const isKind = (k: string): k is ImportKind => (IMPORT_KINDS as readonly string[]).includes(k);

export interface StatusCounts {
  customers: number;
  invoices: number;
  payments: number;
  contacts: number;
  promises: number;
  disputes: number;
  activities: number;
}

export interface StatusImport {
  file: string;
  /** customers, contacts, invoices or payments. */
  kind: string;
  profile: string | null;
  at: string;
  rowsRead: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface StatusOpen {
  currency: string;
  items: number;
  openMinor: number;
}

export interface StatusFacts {
  db: string;
  schemaVersion: number;
  counts: StatusCounts;
  open: StatusOpen[];
  lastImport: StatusImport | null;
  defaultCurrency: string;
}

export interface StatusReport extends StatusCounts {
  db: string;
  schemaVersion: number;
  /** Per currency; an empty ledger shows its default currency with nothing open. */
  open: StatusOpen[];
  lastImport: StatusImport | null;
}

export function statusReport(f: StatusFacts): StatusReport {
  const open = f.open.length ? f.open : [{ currency: f.defaultCurrency, items: 0, openMinor: 0 }];
  return { db: f.db, schemaVersion: f.schemaVersion, ...f.counts, open, lastImport: f.lastImport };
}
