// `ar disputes` on screen and as --json.
import { t } from '../i18n/index.js';
import type { DisputesReport } from '../reports/disputes.js';
import { codeLabel } from './labels.js';
import { moneyText } from './money.js';
import { shortDate } from './phrases.js';
import { renderTable } from './table.js';
import type { Screen } from './queue.js';

export function renderDisputes(sc: Screen, r: DisputesReport): string {
  const L = sc.lang;
  const out = [sc.style.bold(t(L, r.all ? 'disputes.titleAll' : 'disputes.title', { date: shortDate(r.asOf, r.asOf, L) }))];
  if (r.disputes.length === 0) return [...out, t(L, r.all ? 'disputes.noneAll' : 'disputes.none')].join('\n') + '\n';
  const columns = [
    { header: t(L, 'disputes.hId'), align: 'right' as const },
    { header: t(L, 'disputes.hCustomer'), flex: true, minWidth: 12 },
    { header: t(L, 'disputes.hInvoice') },
    { header: t(L, 'disputes.hAmount'), align: 'right' as const },
    { header: t(L, 'disputes.hReason') },
    { header: t(L, 'disputes.hOpened') },
    ...(r.all ? [{ header: t(L, 'disputes.hStatus') }] : []),
  ];
  const rows = r.disputes.map((d) => [
    String(d.id),
    `${d.customer.code} ${d.customer.name}`,
    d.invoiceNumber ?? t(L, 'disputes.account'),
    moneyText(L, d.amountMinor, d.currency),
    codeLabel(L, 'disputeReason', d.reason),
    shortDate(d.openedAt.slice(0, 10), r.asOf, L),
    ...(r.all ? [codeLabel(L, 'status', d.status)] : []),
  ]);
  out.push(renderTable(columns, rows, { width: sc.width, headerStyle: sc.style.dim }).replace(/\n$/, ''));
  for (const s of r.openByCurrency) out.push(t(L, 'disputes.total', { amount: moneyText(L, s.amountMinor, s.currency) }));
  return out.join('\n') + '\n';
}

/** --json: codes and numbers only. */
export function disputesJson(r: DisputesReport): unknown[] {
  return r.disputes.map((d) => ({
    id: d.id,
    customer: d.customer,
    invoice: d.invoiceNumber,
    amountMinor: d.amountMinor,
    currency: d.currency,
    reason: d.reason,
    status: d.status,
    openedAt: d.openedAt,
    resolvedAt: d.resolvedAt,
    note: d.note,
  }));
}
