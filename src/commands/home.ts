// `ar` with no arguments on a terminal: today's summary (from the queue report) and a menu for the
// daily tasks. Each item runs a command line in this process (`ctx.dispatch`), by name: items whose
// command this build does not have (it may come with another release) are left out of the menu.
// Without a terminal `ar` prints the help instead (src/cli/main.ts decides).
import type { Command } from 'commander';
import { existingStore, type Context, type Register } from './shared.js';
import { t } from '../i18n/index.js';

type Item = 'call' | 'queue' | 'account' | 'script' | 'import' | 'letter' | 'aging' | 'status' | 'demo' | 'quit';

async function summary(ctx: Context) {
  const { homeSummary } = await import('../view/home.js');
  try {
    const store = await existingStore(ctx);
    const { queueReport } = await import('../reports/queue.js');
    return homeSummary(await queueReport(store, ctx.clock.today(), { limit: 0 }));
  } catch {
    return null; // no ledger yet: the menu offers import and the demo
  }
}

/** The command line an item runs; null: back to the menu (nothing asked for). */
async function lineFor(ctx: Context, item: Item): Promise<string[] | null> {
  const ask = async (key: 'home.askAccount' | 'home.askFile') => (await ctx.prompts.input({ message: t(ctx.lang, key) })).trim();
  switch (item) {
    case 'account':
    case 'script': {
      const id = await ask('home.askAccount');
      return id ? [item, id] : null;
    }
    case 'import': {
      const file = await ask('home.askFile');
      return file ? ['import', file] : null;
    }
    case 'letter':
      return ['letter', '--due'];
    default:
      return [item];
  }
}

async function home(program: Command, ctx: Context): Promise<void> {
  const { renderHome } = await import('../view/home.js');
  const known = new Set(program.commands.map((c) => c.name()));
  for (;;) {
    const s = await summary(ctx);
    ctx.err.write(renderHome(ctx.lang, s, ctx.width));
    const items: Item[] = s ? ['call', 'queue', 'account', 'script', 'import', 'letter', 'aging', 'status', 'quit'] : ['import', 'demo', 'quit'];
    const choices = items.filter((i) => i === 'quit' || known.has(i)).map((value) => ({ name: t(ctx.lang, `home.item.${value}`), value }));
    const item = await ctx.prompts.select({ message: t(ctx.lang, 'home.question'), choices });
    if (item === 'quit') return;
    const line = await lineFor(ctx, item);
    if (!line || !ctx.dispatch) continue;
    // The ledger is the command's while it runs: release ours, and read it afresh for the next summary.
    await ctx.close();
    const code = await ctx.dispatch(line);
    if (code !== 0) ctx.err.write(t(ctx.lang, 'home.exitCode', { code }) + '\n');
    ctx.err.write('\n');
  }
}

const register: Register = (program, r) => {
  program
    .command('home', { hidden: true })
    .description(r.tr('home.question'))
    .action(r.action(async (ctx) => home(program, ctx)));
};
export default register;
