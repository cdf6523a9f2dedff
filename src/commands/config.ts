// `ar config list|get|set|unset`: the settings stored in the ledger, addressed by dotted keys. The
// actions (and the settings rules they need) load from config-actions.ts when one runs, so that
// `ar --help` stays fast.
import type { Register } from './shared.js';

const actions = () => import('./config-actions.js');

const register: Register = (program, r) => {
  const config = program.command('config').description(r.tr('config.describe'));
  config
    .command('list', { isDefault: true })
    .description(r.tr('config.list'))
    .action(r.action(async (ctx) => (await actions()).listSettings(ctx)));
  config
    .command('get <key>')
    .description(r.tr('config.get'))
    .action(r.action(async (ctx, key: string) => (await actions()).getSetting(ctx, key)));
  config
    .command('set <key> <value>')
    .description(r.tr('config.set'))
    .option('--date <date>', r.tr('numbers.fxSet.date'))
    .action(r.action(async (ctx, key: string, text: string, opts: { date?: string }) => (await actions()).setSetting(ctx, key, text, opts.date)));
  config
    .command('unset <key>')
    .description(r.tr('config.unset'))
    .action(r.action(async (ctx, key: string) => (await actions()).unsetSetting(ctx, key)));
};
export default register;
