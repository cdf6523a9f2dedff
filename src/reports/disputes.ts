// Disputes with their customer: the open ones (their amount is out of the collectible balance and
// out of letters until resolved), or all of them; totals per currency, never summed across.
import type { DisputeRow, LedgerReads } from '../store/port.js';

export interface DisputeEntry extends DisputeRow {
  customer: { code: string; name: string };
}

export interface DisputesReport {
  asOf: string;
  all: boolean;
  disputes: DisputeEntry[];
  /** Open disputed amount per currency. */
  openByCurrency: { currency: string; amountMinor: number }[];
}

export async function disputesReport(store: LedgerReads, today: string, opts: { all?: boolean } = {}): Promise<DisputesReport> {
  const rows = opts.all ? await store.disputes.all() : await store.disputes.open();
  const names = new Map((await store.customers.list()).map((c) => [c.id, { code: c.code, name: c.name }]));
  const disputes = rows.map((d) => ({ ...d, customer: names.get(d.customerId) ?? { code: String(d.customerId), name: '' } }));
  const sums = new Map<string, number>();
  for (const d of disputes) if (d.status === 'open') sums.set(d.currency, (sums.get(d.currency) ?? 0) + d.amountMinor);
  const openByCurrency = [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amountMinor]) => ({ currency, amountMinor }));
  return { asOf: today, all: !!opts.all, disputes, openByCurrency };
}
