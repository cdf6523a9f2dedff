// `ar script ID`: the call script for this customer now — its type's template (oversight's for an
// unclassified customer), in the customer's language unless --lang says otherwise, filled with the
// ledger's facts. `--json`: the facts and the template used.
import type { Command } from 'commander';
import { existingStore, resolveCustomer, writeJson, type Context, type Register } from './shared.js';
import { templatesDir } from '../paths.js';
import { documentLang } from './shared-documents.js';
import { UsageError } from '../errors.js';
import { msg } from '../i18n/msg.js';

async function showScript(program: Command, ctx: Context, id: string, opts: { currency?: string }): Promise<void> {
  const customerId = await resolveCustomer(ctx, id);
  const store = await existingStore(ctx);
  const { scriptFacts } = await import('../reports/script.js');
  const view = await import('../view/script.js');
  const currency = opts.currency?.toUpperCase();
  const facts = await scriptFacts(store, customerId, ctx.clock.today(), currency);
  if (currency && facts.currency !== currency) throw new UsageError(msg('scripts.noCurrency', { currency, code: facts.customer.code }));
  const customer = await store.customers.get(customerId);
  const lang = documentLang(program, ctx, customer?.language ?? null);
  const templates = view.documentTemplates(templatesDir(ctx.env));
  if (ctx.json) return writeJson(ctx, view.scriptJson(lang, facts, templates));
  ctx.out.write(view.renderCallScript(lang, facts, templates, Math.min(ctx.width, 100)));
}

const register: Register = (program, r) => {
  program
    .command('script')
    .description(r.tr('scripts.describe'))
    .argument('<id>', r.tr('scripts.id'))
    .option('--currency <code>', r.tr('scripts.currency'))
    .action(r.action(async (ctx, id: string, opts: { currency?: string }) => showScript(program, ctx, id, opts)));
};
export default register;
