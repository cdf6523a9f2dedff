// `ar queue`: today's worklist. Who to call first, why today, what the next step is and whom to ask
// for. Scheduled follow-ups (promise due, promise broken, callback due) come first; every other
// account on the list (a dunning step due, the ladder complete, the limitation deadline near, a high
// score) follows by score. Accounts with a promise not yet due or with everything disputed are left
// off, and the footer says how many.
import { showQueue, type QueueFlags, type Register } from './shared.js';
import { t } from '../i18n/index.js';

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
