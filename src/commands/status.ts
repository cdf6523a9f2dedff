// `ar status`: where the ledger is, its schema, what it holds, and the open balance per currency.
// The store, report and view load inside the action so `ar --help` stays fast.
import { writeJson, type Context, type Register } from './shared.js';

async function showStatus(ctx: Context): Promise<void> {
  const ledger = await ctx.ledger();
  const { counts, openByCurrency, lastImport } = await import('../store/stats.js');
  const { readSettings } = await import('../store/settings.js');
  const { statusReport } = await import('../reports/status.js');
  const report = statusReport({
    db: ledger.file,
    schemaVersion: ledger.schemaVersion,
    counts: await counts(ledger),
    open: await openByCurrency(ledger),
    lastImport: await lastImport(ledger),
    defaultCurrency: (await readSettings(ledger)).default_currency,
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
