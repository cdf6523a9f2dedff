// `ar account ID`: one customer on one screen — balances and aging per currency, open invoices,
// contacts, how they pay, promises and disputes, the score and why, the next dunning step, the
// limitation deadline, and a recent timeline. ID is a code or a name (fuzzy); several matches are
// offered on a terminal, listed (exit 2) without one.
import { existingStore, writeJson, type Context, type Register } from './shared.js';
import { msg, t } from '../i18n/index.js';
import { DataError, UsageError } from '../errors.js';

/** Find the customer: exact code/name, else fuzzy; ask on a terminal when several match. */
export async function resolveCustomer(ctx: Context, query: string): Promise<number> {
  const store = await existingStore(ctx);
  const { customer, candidates: found } = await store.customers.find(query);
  if (customer) return customer.id;
  if (found.length === 0) throw new DataError(msg('account.none', { q: query }), msg('account.noneHint'));
  if (ctx.interactive) {
    return ctx.prompts.select({
      message: t(ctx.lang, 'account.pick', { q: query }),
      choices: found.slice(0, 30).map((c) => ({ name: `${c.code}  ${c.name}`, value: c.id })),
    });
  }
  const details = found.slice(0, 10).map((c) => `  ${c.code}  ${c.name}`);
  if (found.length > 10) details.push('  ' + t(ctx.lang, 'account.more', { n: found.length - 10 }));
  throw new UsageError(msg('account.many', { n: found.length, q: query }), msg('account.manyHint', { code: found[0].code }), details);
}

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
