// `ar disputes`: the open disputes (--all: every one); `open` raises one on an invoice (its amount
// leaves the collectible balance and the letters until resolved), `resolve` and `cancel` close it.
import { existingStore, resolveCustomer, writeJson, type Context, type Register } from './shared.js';
import { msg, t } from '../i18n/index.js';
import { DataError, UsageError } from '../errors.js';
import { accountCurrency, parseDispute, recordLog } from './shared-log.js';

async function list(ctx: Context, f: { all?: boolean }): Promise<void> {
  const { disputesReport } = await import('../reports/disputes.js');
  const view = await import('../view/disputes.js');
  const r = await disputesReport(await existingStore(ctx), ctx.clock.today(), { all: !!f.all });
  if (ctx.json) return writeJson(ctx, view.disputesJson(r));
  ctx.out.write(view.renderDisputes(ctx, r));
}

interface OpenFlags {
  invoice: string;
  reason: string;
  amount?: string;
  note?: string;
}

/** Opening a dispute is logging one (the same checks as `ar log --dispute`), without a call outcome. */
async function open(ctx: Context, id: string, f: OpenFlags): Promise<void> {
  const customerId = await resolveCustomer(ctx, id);
  const store = await existingStore(ctx);
  const currency = await accountCurrency(store, customerId);
  const spec = [f.invoice, f.reason, ...(f.amount ? [f.amount] : [])].join(':');
  const dispute = await parseDispute(spec, currency);
  const customer = await store.customers.get(customerId);
  const today = ctx.clock.today();
  const input = { customerId, at: today, currency, outcome: 'note' as const, promises: [], plan: null, disputes: [dispute], next: null, contact: null };
  const r = await recordLog(store, { ...input, note: f.note?.trim() || null, evidence: null, collector: customer?.collector ?? null });
  const row = await store.disputes.get(r.disputeIds[0] ?? -1);
  if (!row) throw new DataError(msg('log.noInvoice', { inv: f.invoice }), msg('log.noInvoiceHint'));
  if (ctx.json)
    return writeJson(ctx, {
      id: row.id,
      invoice: row.invoiceNumber,
      amountMinor: row.amountMinor,
      currency: row.currency,
      reason: row.reason,
      status: row.status,
    });
  const { formatMoney } = await import('../core/money.js');
  const { codeLabel } = await import('../view/labels.js');
  const amount = `${row.currency} ${formatMoney(row.amountMinor, row.currency)}`;
  ctx.out.write(
    t(ctx.lang, 'disputes.opened', { id: row.id, inv: row.invoiceNumber ?? '', amount, reason: codeLabel(ctx.lang, 'disputeReason', row.reason) }) + '\n',
  );
}

async function settle(ctx: Context, idText: string, status: 'resolved' | 'cancelled', f: { note?: string }): Promise<void> {
  if (!/^\d+$/.test(idText.trim())) throw new UsageError(msg('disputes.badId', { v: idText }));
  const id = Number(idText.trim());
  const store = await existingStore(ctx);
  const d = await store.disputes.get(id);
  if (!d) throw new DataError(msg('disputes.notFound', { id }));
  const ok = await store.transaction((tx) => tx.disputes.settle(id, status, ctx.clock.today(), f.note?.trim() || null));
  if (!ok) throw new DataError(msg('disputes.notOpen', { id, status: msg(`glossary.status.${d.status}`) }));
  if (ctx.json) return writeJson(ctx, { id, status });
  ctx.out.write(t(ctx.lang, 'disputes.settled', { id, status: msg(`glossary.status.${status}`) }) + '\n');
}

const register: Register = (program, r) => {
  const cmd = program.command('disputes').description(r.tr('disputes.describe'));
  cmd
    .command('list', { isDefault: true, hidden: true })
    .option('--all', r.tr('disputes.fAll'))
    .action(r.action(async (ctx, f: { all?: boolean }) => list(ctx, f)));
  cmd
    .command('open')
    .description(r.tr('disputes.openDescribe'))
    .argument('<id>', r.tr('disputes.id'))
    .requiredOption('--invoice <number>', r.tr('disputes.fInvoice'))
    .requiredOption('--reason <reason>', r.tr('disputes.fReason'))
    .option('--amount <amount>', r.tr('disputes.fAmount'))
    .option('--note <text>', r.tr('disputes.fNote'))
    .action(r.action(async (ctx, id: string, f: OpenFlags) => open(ctx, id, f)));
  for (const [name, status] of [
    ['resolve', 'resolved'],
    ['cancel', 'cancelled'],
  ] as const) {
    cmd
      .command(name)
      .description(r.tr(name === 'resolve' ? 'disputes.resolveDescribe' : 'disputes.cancelDescribe'))
      .argument('<n>', r.tr('disputes.disputeId'))
      .option('--note <text>', r.tr('disputes.fNote'))
      .action(r.action(async (ctx, n: string, f: { note?: string }) => settle(ctx, n, status, f)));
  }
};
export default register;
