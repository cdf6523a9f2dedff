// `ar status`: where the ledger is, its schema, what it holds, and the open balance per currency.
// The store, report and view load inside the action so `ar --help` stays fast.
import { existingStore, writeJson, type Context, type Register } from './shared.js';

async function showStatus(ctx: Context): Promise<void> {
  const store = await existingStore(ctx);
  const { statusReport } = await import('../reports/status.js');
  const { overdueSplits } = await import('../reports/worklist.js');
  const settings = (await store.settings.read()) as Record<string, unknown>;
  const report = statusReport({
    db: store.location,
    schemaVersion: store.schemaVersion,
    counts: await store.reports.counts(),
    open: await store.reports.openByCurrency(),
    lastImport: await store.batches.last(),
    defaultCurrency: String(settings.default_currency),
    splits: await overdueSplits(store, settings, ctx.clock.today()),
  });
  if (ctx.json) return writeJson(ctx, report);
  const { renderStatus } = await import('../view/status.js');
  ctx.out.write(renderStatus(ctx, report));
}

const register: Register = (program, r) => {
  program
    .command('status')
    .description(r.tr('status.describe'))
    .action(r.action(async (ctx) => showStatus(ctx)));
};
export default register;
