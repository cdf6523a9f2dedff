// Ledger-wide counts for `ar status`.
import type { Ledger } from './ledger.js';
import type { OpenByCurrency, LastImport } from '../port.js';
export type { OpenByCurrency, LastImport } from '../port.js';

export async function counts(
  ledger: Ledger,
): Promise<{ customers: number; invoices: number; payments: number; contacts: number; promises: number; disputes: number; activities: number }> {
  const n = (table: string) => (ledger.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    customers: n('customers'),
    invoices: n('invoices'),
    payments: n('payments'),
    contacts: n('contacts'),
    promises: n('promises'),
    disputes: n('disputes'),
    activities: n('activities'),
  };
}

/** Open invoices and open credit notes (negative) per currency. */
export async function openByCurrency(ledger: Ledger): Promise<OpenByCurrency[]> {
  return ledger.db
    .prepare(
      `SELECT currency, count(*) AS items, coalesce(sum(open_minor), 0) AS openMinor
         FROM invoices WHERE status = 'open' GROUP BY currency ORDER BY currency`,
    )
    .all() as OpenByCurrency[];
}

export async function lastImport(ledger: Ledger): Promise<LastImport | null> {
  const row = ledger.db
    .prepare(
      `SELECT file_name AS file, kind, profile, at, rows_read AS rowsRead, imported, updated, unchanged, rejected
         FROM import_batches ORDER BY id DESC LIMIT 1`,
    )
    .get() as LastImport | undefined;
  return row ?? null;
}
