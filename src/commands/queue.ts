// `ar queue`: today's worklist. Who to call first, why today, what the next step is and whom to ask
// for. Scheduled follow-ups (promise due, promise broken, callback due) come first; every other
// account on the list (a dunning step due, the ladder complete, the limitation deadline near, a high
// score) follows by score. Accounts with a promise not yet due or with everything disputed are left
// off, and the footer says how many.
import { existingStore, writeJson, type Context, type Register } from './shared.js';
import { msg, t } from '../i18n/index.js';
import { UsageError } from '../errors.js';
import { checkCollector } from '../reports/ledger.js';
import { queueReport } from '../reports/queue.js';
import { queueJson, renderQueue, renderQueueCsv } from '../view/queue.js';

export interface QueueFlags {
  collector?: string;
  limit?: string | number;
  explain?: boolean;
  csv?: boolean;
}

function parseLimit(v: string | number | undefined): number {
  if (v === undefined) return 25;
  const s = String(v).trim();
  if (!/^\d+$/.test(s)) throw new UsageError(msg('queue.badLimit', { v: s }));
  return Number(s);
}

/** The worklist on ctx.out, as JSON, CSV or the screen (also used by `ar demo`). */
export async function showQueue(ctx: Context, opts: QueueFlags): Promise<void> {
  const limit = parseLimit(opts.limit);
  const store = await existingStore(ctx);
  if (opts.collector !== undefined) await checkCollector(store, opts.collector);
  const q = await queueReport(store, ctx.clock.today(), { collector: opts.collector, limit });
  if (ctx.json) return writeJson(ctx, queueJson(q, ctx.lang));
  if (opts.csv) return void ctx.out.write(renderQueueCsv(q));
  ctx.out.write(renderQueue(ctx, q, !!opts.explain, opts.collector));
}

const register: Register = (program, r) => {
  program
    .command('queue')
    .description(t(r.lang, 'queue.describe'))
    .option('--collector <name>', t(r.lang, 'queue.collector'))
    .option('--limit <n>', t(r.lang, 'queue.limit'))
    .option('--explain', t(r.lang, 'queue.explain'))
    .option('--csv', t(r.lang, 'queue.csv'))
    .action(r.action(async (ctx, opts: QueueFlags) => showQueue(ctx, opts)));
};
export default register;
