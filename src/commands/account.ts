// `ar account ID`: one customer on one screen — balances and aging per currency, open invoices,
// contacts, how they pay, promises and disputes, the score and why, the next dunning step, the
// limitation deadline, and a recent timeline. ID is a code or a name (fuzzy); several matches are
// offered on a terminal, listed (exit 2) without one.
import { existingStore, resolveCustomer, writeJson, type Context, type Register } from './shared.js';
import { t } from '../i18n/index.js';

export async function showAccount(ctx: Context, id: string): Promise<void> {
  const customerId = await resolveCustomer(ctx, id);
  // The report and its screen load here, not at start-up, so `ar --help` stays fast.
  const { accountReport } = await import('../reports/account.js');
  const view = await import('../view/account.js');
  const report = await accountReport(await existingStore(ctx), customerId, ctx.clock.today());
  if (ctx.json) return writeJson(ctx, view.accountJson(report, ctx.lang));
  ctx.out.write(view.renderAccount(ctx, report));
}

const register: Register = (program, r) => {
  program
    .command('account')
    .description(t(r.lang, 'account.describe'))
    .argument('<id>', t(r.lang, 'account.id'))
    .action(r.action(async (ctx, id: string) => showAccount(ctx, id)));
};
export default register;
