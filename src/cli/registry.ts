// Every command, in the order a collector meets them (this is the order of `ar --help`). The table
// holds what the program's own help lists — name, arguments, whether it has options, description,
// sub-commands — so `ar --help` loads no command module. A command's module (its options, action and
// everything they import) loads only when its name is on the command line (`ar queue`, `ar help
// queue`, `ar queue --help`); `test/cli/registry.test.ts` checks each row against its module.
import type { Command } from 'commander';
import { render, type Lang, type MessageKey } from '../i18n/index.js';
import type { Register } from '../commands/shared.js';
import { declaredWithOptions } from './help.js';

export interface CommandEntry {
  name: string;
  describe: MessageKey;
  /** Its arguments as commander declares them (`<id> [action]`). */
  args?: string;
  /** It has options of its own: `[options]` in the list of `ar --help`. */
  options?: boolean;
  hidden?: boolean;
  /** Its sub-commands with their arguments (`set <key> <value>`). */
  subs?: string[];
  load: () => Promise<{ default: Register }>;
}

export const COMMANDS: CommandEntry[] = [
  { name: 'init', describe: 'init.describe', options: true, load: () => import('../commands/init.js') },
  { name: 'import', describe: 'view.import.describe', args: '[files...]', options: true, load: () => import('../commands/import.js') },
  {
    name: 'profiles',
    describe: 'profiles.describe',
    subs: ['list', 'show <name>', 'save <name>', 'delete <name>'],
    load: () => import('../commands/profiles.js'),
  },
  { name: 'queue', describe: 'queue.describe', options: true, load: () => import('../commands/queue.js') },
  { name: 'account', describe: 'account.describe', args: '<id>', load: () => import('../commands/account.js') },
  { name: 'script', describe: 'scripts.describe', args: '<id>', options: true, load: () => import('../commands/script.js') },
  { name: 'call', describe: 'call.describe', args: '[id]', options: true, load: () => import('../commands/call.js') },
  { name: 'log', describe: 'log.describe', args: '<id>', options: true, load: () => import('../commands/log.js') },
  { name: 'promises', describe: 'promises.describe', subs: ['list', 'cancel <n>'], load: () => import('../commands/promises.js') },
  {
    name: 'disputes',
    describe: 'disputes.describe',
    subs: ['list', 'open <id>', 'resolve <n>', 'cancel <n>'],
    load: () => import('../commands/disputes.js'),
  },
  { name: 'letter', describe: 'letters.describe', args: '[id...]', options: true, load: () => import('../commands/letter.js') },
  { name: 'statement', describe: 'statement.describe', args: '<id>', options: true, load: () => import('../commands/statement.js') },
  { name: 'customers', describe: 'customers.describe', options: true, load: () => import('../commands/customers.js') },
  { name: 'customer', describe: 'customers.oneDescribe', args: '<id> [action]', options: true, load: () => import('../commands/customer.js') },
  {
    name: 'contacts',
    describe: 'customers.contactsDescribe',
    subs: ['list <id>', 'add <id> <name>', 'edit <id> <name>'],
    load: () => import('../commands/contacts.js'),
  },
  { name: 'visit', describe: 'visit.describe', args: '<id>', options: true, load: () => import('../commands/visit.js') },
  { name: 'aging', describe: 'aging.describe', options: true, load: () => import('../commands/aging.js') },
  { name: 'status', describe: 'status.describe', load: () => import('../commands/status.js') },
  {
    name: 'config',
    describe: 'config.describe',
    subs: ['list', 'get <key>', 'set <key> <value>', 'unset <key>'],
    load: () => import('../commands/config.js'),
  },
  { name: 'rates', describe: 'numbers.rates.describe', subs: ['list', 'import <file>'], load: () => import('../commands/rates.js') },
  { name: 'templates', describe: 'templates.describe', subs: ['list', 'init', 'check'], load: () => import('../commands/templates.js') },
  { name: 'demo', describe: 'demo.describe', load: () => import('../commands/demo.js') },
  { name: 'home', describe: 'home.question', hidden: true, load: () => import('../commands/home.js') },
];

/** The modules of the commands named anywhere on the line (a value that names one loads it too: harmless). */
export async function loadCommands(args: readonly string[]): Promise<Map<string, Register>> {
  const named = COMMANDS.filter((e) => args.includes(e.name));
  const modules = await Promise.all(named.map((e) => e.load()));
  return new Map(named.map((e, i) => [e.name, modules[i].default]));
}

/** A command as `ar --help` lists it, from its row; its module replaces it when the command runs. */
export function declareCommand(program: Command, e: CommandEntry, lang: Lang): Command {
  const cmd = program.command(e.name, { hidden: e.hidden }).description(render(lang, { key: e.describe }));
  if (e.args) cmd.arguments(e.args);
  if (e.options) declaredWithOptions.add(cmd);
  for (const sub of e.subs ?? []) cmd.command(sub);
  return cmd;
}
