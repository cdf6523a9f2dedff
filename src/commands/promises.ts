// `ar promises`: every promise to pay and instalment, its status as of --as-of (kept, partly kept,
// broken, pending), filtered by status or customer; `ar promises cancel N` withdraws a pending one.
import { existingStore, resolveCustomer, writeJson, type Context, type Register } from './shared.js';
import { msg, t } from '../i18n/index.js';
import { DataError, UsageError } from '../errors.js';
import type { PromiseStatus } from '../core/promises.js';

const STATUSES: PromiseStatus[] = ['pending', 'kept', 'partial', 'broken', 'cancelled'];

interface ListFlags {
  status?: string;
  customer?: string;
}

async function list(ctx: Context, f: ListFlags): Promise<void> {
  const status = f.status?.trim().toLowerCase();
  if (status !== undefined && !STATUSES.includes(status as PromiseStatus)) throw new UsageError(msg('promises.badStatus', { v: f.status ?? '' }));
  const customerId = f.customer ? await resolveCustomer(ctx, f.customer) : undefined;
  const { promisesReport } = await import('../reports/promises.js');
  const view = await import('../view/promises.js');
  const r = await promisesReport(await existingStore(ctx), ctx.clock.today(), { status: status as PromiseStatus | undefined, customerId });
  if (ctx.json) return writeJson(ctx, view.promisesJson(r));
  ctx.out.write(view.renderPromises(ctx, r));
}

async function cancel(ctx: Context, idText: string, f: { note?: string }): Promise<void> {
  if (!/^\d+$/.test(idText.trim())) throw new UsageError(msg('promises.badId', { v: idText }));
  const id = Number(idText.trim());
  const store = await existingStore(ctx);
  const { promisesReport } = await import('../reports/promises.js');
  const p = await store.promises.get(id);
  if (!p) throw new DataError(msg('promises.notFound', { id }));
  // Its status as of today: a promise already kept or broken by the payments is not withdrawn.
  const now = (await promisesReport(store, ctx.clock.today(), { customerId: p.customerId })).promises.find((x) => x.id === id);
  const status = now?.status ?? p.storedStatus;
  const ok = status === 'pending' && (await store.transaction((tx) => tx.promises.resolve(id, 'cancelled', ctx.clock.today(), f.note?.trim() || null)));
  if (!ok) throw new DataError(msg('promises.notPending', { id, status: msg(`glossary.status.${status}`) }));
  if (ctx.json) return writeJson(ctx, { id, status: 'cancelled' });
  ctx.out.write(t(ctx.lang, 'promises.cancelled', { id }) + '\n');
}

const register: Register = (program, r) => {
  const cmd = program.command('promises').description(r.tr('promises.describe'));
  cmd
    .command('list', { isDefault: true, hidden: true })
    .option('--status <status>', r.tr('promises.fStatus'))
    .option('--customer <id>', r.tr('promises.fCustomer'))
    .action(r.action(async (ctx, f: ListFlags) => list(ctx, f)));
  cmd
    .command('cancel')
    .description(r.tr('promises.cancelDescribe'))
    .argument('<n>', r.tr('promises.promiseId'))
    .option('--note <text>', r.tr('promises.fNote'))
    .action(r.action(async (ctx, n: string, f: { note?: string }) => cancel(ctx, n, f)));
};
export default register;
