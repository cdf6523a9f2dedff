// `ar promises` on screen and as --json: one row per promise (an instalment says which of its plan).
import { t, type Lang } from '../i18n/index.js';
import { formatMoney } from '../core/money.js';
import type { PromiseEntry, PromisesReport } from '../reports/promises.js';
import { codeLabel } from './labels.js';
import { moneyText } from './money.js';
import { shortDate } from './phrases.js';
import { renderTable } from './table.js';
import type { Screen } from './queue.js';

function statusText(lang: Lang, p: PromiseEntry): string {
  const s = codeLabel(lang, 'status', p.status);
  return p.plan ? `${s} ${t(lang, 'promises.instalment', { n: p.plan.instalment, of: p.plan.of })}` : s;
}

export function renderPromises(sc: Screen, r: PromisesReport): string {
  const L = sc.lang;
  const out = [sc.style.bold(t(L, 'promises.title', { date: shortDate(r.asOf, r.asOf, L) }))];
  if (r.promises.length === 0) return [...out, t(L, 'promises.none')].join('\n') + '\n';
  const rows = r.promises.map((p) => [
    String(p.id),
    `${p.customer.code} ${p.customer.name}`,
    moneyText(L, p.amountMinor, p.currency),
    shortDate(p.dueDate, r.asOf, L),
    p.paidMinor ? formatMoney(p.paidMinor, p.currency) : '',
    statusText(L, p),
  ]);
  const table = renderTable(
    [
      { header: t(L, 'promises.hId'), align: 'right' },
      { header: t(L, 'promises.hCustomer'), flex: true, minWidth: 12 },
      { header: t(L, 'promises.hAmount'), align: 'right' },
      { header: t(L, 'promises.hDue') },
      { header: t(L, 'promises.hPaid'), align: 'right' },
      { header: t(L, 'promises.hStatus') },
    ],
    rows,
    { width: sc.width, headerStyle: sc.style.dim },
  );
  out.push(table.replace(/\n$/, ''));
  if (r.keptRate.decided) out.push(t(L, 'promises.summary', r.keptRate));
  return out.join('\n') + '\n';
}

/** --json: the codes and numbers, never a label. */
export function promisesJson(r: PromisesReport): unknown[] {
  return r.promises.map((p) => ({
    id: p.id,
    customer: { code: p.customer.code, name: p.customer.name },
    amountMinor: p.amountMinor,
    currency: p.currency,
    dueDate: p.dueDate,
    status: p.status,
    paidMinor: p.paidMinor,
    bySettlement: p.bySettlement,
    plan: p.plan,
    contact: p.contact,
  }));
}
