// The facts of one customer that the assessment of ability and willingness to pay reads (core/
// assessment.ts judges them): the last year's paid invoices, partly paid ones, promises as of
// today, open disputes, the open balance against the credit limit, and the outcomes of the calls.
import { assess, type Assessment } from '../core/assessment.js';
import { addDays } from '../core/dates.js';
import type { LedgerReads } from '../store/port.js';
import { evaluateAll } from './promises.js';

export async function assessmentOf(store: LedgerReads, customerId: number, today: string): Promise<Assessment> {
  const customer = await store.customers.get(customerId);
  const paid = await store.payments.lateHistory(customerId, addDays(today, -365));
  const open = await store.invoices.openDetails(customerId);
  const partlyPaidInvoices = open.filter((i) => i.kind === 'invoice' && i.openMinor > 0 && i.openMinor < i.totalMinor).length;
  const records = await store.promises.all(customerId);
  const evaluated = await evaluateAll(store, records, today);
  const promises = records.map((p) => ({ status: evaluated.get(p.id)?.status ?? p.storedStatus }));
  const openDisputes = (await store.disputes.forCustomer(customerId)).filter((d) => d.status === 'open').length;
  const currency = await store.customers.currency(customerId);
  const openMinor = currency ? open.filter((i) => i.currency === currency).reduce((a, i) => a + i.openMinor, 0) : null;
  const outcomes = (await store.activities.recent(customerId, 20)).map((a) => a.outcome);
  return assess({ today, paid, partlyPaidInvoices, promises, openDisputes, openMinor, creditLimitMinor: customer?.creditLimitMinor ?? null, outcomes });
}
