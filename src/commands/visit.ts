// `ar visit ID [--html FILE]`: a one-page brief for a visit (上门催讨) — whom to meet and their role,
// the agenda for the customer's type, the documents to bring, what to secure — on screen, and as a
// print-ready HTML page with --html. The visit's outcome is logged like a call (`ar log`).
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { existingStore, resolveCustomer, writeJson, type Context, type Register } from './shared.js';
import { documentLang } from './shared-documents.js';
import { templatesDir } from '../paths.js';
import { t } from '../i18n/index.js';

async function showVisit(program: Command, ctx: Context, id: string, opts: { html?: string }): Promise<void> {
  const customerId = await resolveCustomer(ctx, id);
  const store = await existingStore(ctx);
  const { visitFacts } = await import('../reports/script.js');
  const { documentTemplates } = await import('../view/script.js');
  const view = await import('../view/visit.js');
  const facts = await visitFacts(store, customerId, ctx.clock.today());
  const lang = documentLang(program, ctx, (await store.customers.get(customerId))?.language ?? null);
  const templates = documentTemplates(templatesDir(ctx.env));
  // Render both before writing anything: a broken template leaves no half-made file.
  const html = opts.html ? view.renderVisitHtml(lang, facts, templates) : null;
  if (ctx.json) writeJson(ctx, view.visitJson(lang, facts, templates));
  else ctx.out.write(view.renderVisitText(lang, facts, templates, Math.min(ctx.width, 100)));
  if (opts.html && html !== null) {
    const file = path.resolve(opts.html);
    fs.writeFileSync(file, html);
    ctx.err.write(t(ctx.lang, 'visit.written', { file }) + '\n');
  }
}

const register: Register = (program, r) => {
  program
    .command('visit')
    .description(r.tr('visit.describe'))
    .argument('<id>', r.tr('visit.id'))
    .option('--html <file>', r.tr('visit.html'))
    .action(r.action(async (ctx, id: string, opts: { html?: string }) => showVisit(program, ctx, id, opts)));
};
export default register;
