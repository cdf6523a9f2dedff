// The commander program: global options, one module per command, and the one place that turns
// errors into text and exit codes (0 ok, 1 failure, 2 usage, 3 cancelled).
import { Command, CommanderError, Option } from 'commander';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Context } from './context.js';
import { ArError, EXIT } from '../errors.js';
import { loadLanguage, render, resolveLang, t as tr, translator, type Lang } from '../i18n/index.js';
import { acceptChoiceWords, argumentWords, choiceCode, choiceText, helpConfig, localTerm } from './help.js';
import type { Prompts } from './prompts.js';
import { COMMANDS, declareCommand, loadCommands } from './registry.js';
import { wrapWords } from '../view/wrap.js';
import { loadStringWidth } from '../view/width.js';
import type { Register, Registrar } from '../commands/shared.js';

export interface GlobalOptions {
  db?: string;
  asOf?: string;
  lang?: string;
  json?: boolean;
  color?: boolean;
  debug?: boolean;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  stdout?: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stderr?: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stdinIsTTY?: boolean;
  prompts?: Prompts;
}

function version(): string {
  const require = createRequire(import.meta.url);
  return (require('../../package.json') as { version: string }).version;
}

/** Read the few global flags needed before commander runs (help language, debug). */
function prescan(argv: string[]): { lang?: string; debug: boolean } {
  let lang: string | undefined;
  let debug = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a === '--lang') lang = argv[i + 1];
    else if (a.startsWith('--lang=')) lang = a.slice(7);
    else if (a === '--debug') debug = true;
  }
  return { lang, debug };
}

/**
 * Only global options on the line (`ar`, `ar --lang zh`): on a terminal that opens the home screen;
 * without one commander prints the help, as it always did.
 */
function isBare(args: string[]): boolean {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--db' || a === '--as-of' || a === '--lang') i++;
    else if (!/^--(db|as-of|lang)=|^--(json|no-color|debug)$/.test(a)) return false;
  }
  return true;
}

/** Commander's own messages, in the user's language. Quoted names are taken from its English text. */
export function commanderText(code: string, message: string, lang: Lang): string {
  const raw = message.replace(/^error: /, '');
  // English: commander's own words (its text is already the English of these messages).
  if (lang === 'en') return raw.replace(/\n/g, ' ');
  const q = raw.match(/'[^']*'/g) ?? [];
  // An option's placeholder in the help's words: '--by <分组>'.
  const name = localTerm(q[0] ?? '', lang);
  const suggestion = /Did you mean ([^?]+)\?/.exec(raw)?.[1];
  const also = suggestion ? tr(lang, 'cli.commander.didYouMean', { s: suggestion }) : '';
  switch (code) {
    case 'commander.unknownCommand':
      return tr(lang, 'cli.commander.unknownCommand', { name, also });
    case 'commander.unknownOption':
      return tr(lang, 'cli.commander.unknownOption', { name, also });
    case 'commander.missingArgument': {
      const arg = name.replace(/'/g, '');
      return tr(lang, 'cli.commander.missingArgument', { name: argumentWords(lang, arg) ?? tr(lang, 'words.missingArgument', { name: arg }) });
    }
    case 'commander.optionMissingArgument':
      return tr(lang, 'cli.commander.optionMissingArgument', { name });
    case 'commander.missingMandatoryOptionValue':
      return tr(lang, 'cli.commander.missingMandatoryOptionValue', { name });
    case 'commander.invalidArgument': {
      // The choices as the help shows them: 客户/customer、催收员/collector …
      const codes = /Allowed choices are (.+)\.$/.exec(raw)?.[1]?.split(', ');
      const list = codes?.map((c) => choiceText(lang, c)).join(tr(lang, 'common.listSep'));
      const allowed = list ? tr(lang, 'cli.commander.allowed', { list }) : '';
      return tr(lang, 'cli.commander.invalidArgument', { name, value: q[1] ?? '', allowed });
    }
    case 'commander.excessArguments':
      return tr(lang, 'cli.commander.excessArguments', { name });
    case 'commander.conflictingOption':
      return tr(lang, 'cli.commander.conflictingOption', { list: q.join(tr(lang, 'common.listSep')) });
    default:
      return raw;
  }
}

/** Help text headings in the user's language; the rest of the help is already in it. */
export function localiseHelp(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  const h = (k: 'usage' | 'options' | 'commands' | 'arguments') => tr(lang, `cli.heading.${k}`);
  return text
    .replace(/^Usage: /gm, h('usage'))
    .replace(/^Options:$/gm, h('options'))
    .replace(/^Commands:$/gm, h('commands'))
    .replace(/^Arguments:$/gm, h('arguments'));
}

export interface ProgramIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

/**
 * The program in one language. `loaded`: the modules of the commands on the line (`loadCommands`),
 * which declare their options and actions; every other command is declared from its registry row,
 * enough for `ar --help`, a suggestion for a typo and the home screen's menu.
 */
export function buildProgram(
  lang: Lang,
  makeCtx: (opts: GlobalOptions) => Promise<Context>,
  io: ProgramIO,
  width = 80,
  loaded: ReadonlyMap<string, Register> = new Map(),
): Command {
  const tx = translator(lang);
  const program = new Command('ar');
  program
    .configureHelp(helpConfig(lang, width))
    .description(tx('cli.describe'))
    .version(version(), '-V, --version', tx('cli.version'))
    .helpOption('-h, --help', tx('cli.help'))
    .helpCommand('help [command]', tx('cli.helpCommand'))
    .option('--db <path>', tx('cli.db'))
    .option('--as-of <date>', tx('cli.asOf'))
    .addOption(new Option('--lang <lang>', tx('cli.lang')).choices(['en', 'zh']))
    .option('--json', tx('cli.json'))
    .option('--no-color', tx('cli.noColor'))
    .option('--debug', tx('cli.debug'))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(localiseHelp(s, lang)),
      writeErr: (s) => void io.stderr.write(localiseHelp(s, lang)),
      // Commander's own error text is replaced by ours in report(); help and version still print.
      outputError: () => {},
    });

  const registrar: Registrar = {
    lang,
    tr: tx,
    action(fn) {
      return async (...args: unknown[]) => {
        const cmd = args[args.length - 1] as Command;
        const ctx = await makeCtx(cmd.optsWithGlobals() as GlobalOptions);
        try {
          await fn(ctx, ...(args.slice(0, -1) as never));
        } finally {
          await ctx.close();
        }
      };
    },
  };
  for (const entry of COMMANDS) {
    const register = loaded.get(entry.name);
    if (register) register(program, registrar);
    else declareCommand(program, entry, lang);
  }
  acceptChoiceWords(program);
  return program;
}

export function report(e: unknown, lang: Lang, debug: boolean, stderr: { write(s: string): unknown }, command?: string, width?: number): number {
  const prefix = tr(lang, 'common.errorPrefix');
  const hintPrefix = tr(lang, 'common.hintPrefix');
  // Messages carry file names and lists: wrapped to the terminal like every screen.
  const say = (text: string, indent = 2) => {
    for (const line of width ? wrapWords(text, width, indent) : [text]) stderr.write(line + '\n');
  };
  if (e instanceof ArError) {
    if (!e.detailsFirst) say(prefix + render(lang, e.text));
    for (const d of e.details) say(d, 4);
    if (e.detailsFirst) say(prefix + render(lang, e.text));
    if (e.hint) say(hintPrefix + render(lang, e.hint));
    if (debug && e.stack) stderr.write(e.stack + '\n');
    return e.exitCode;
  }
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
    say(prefix + commanderText(e.code, e.message, lang));
    const help = command ? `ar ${command} --help` : 'ar --help';
    say(hintPrefix + tr(lang, 'cli.seeHelp', { help }));
    return EXIT.usage;
  }
  // A ledger written before imports refused totals past 2^53 minor units: said plainly, not as a bug.
  if (e instanceof RangeError && /safe integer/.test(e.message)) {
    say(prefix + tr(lang, 'importS3.inexactLedger'));
    say(hintPrefix + tr(lang, 'importS3.inexactLedgerHint'));
    return EXIT.failure;
  }
  // Anything else is a bug in huikuan: say so, with the stack.
  stderr.write(prefix + tr(lang, 'common.internal', { message: String((e as Error)?.message ?? e) }) + '\n');
  stderr.write(String((e as Error)?.stack ?? '') + '\n');
  return EXIT.failure;
}

/**
 * Columns to lay screens and help out in: the terminal's, else COLUMNS when the shell exports it
 * (a pipe has no width of its own), else 80; never fewer than 60.
 */
function terminalWidth(stdout: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): number {
  const cols = (stdout.isTTY && stdout.columns) || Number.parseInt(env.COLUMNS ?? '', 10) || 80;
  return Math.max(60, cols);
}

/** Run the program; resolves to the exit code. */
export async function run(argv: string[], o: RunOptions = {}): Promise<number> {
  const env = o.env ?? process.env;
  const stdout = o.stdout ?? process.stdout;
  const stderr = o.stderr ?? process.stderr;
  const pre = prescan(argv.slice(2));
  // Chinese words are accepted for choices in either language (`--by 客户`): a line with any
  // non-ASCII text may need the Chinese catalogue while it is parsed.
  if (argv.slice(2).some((a) => /\P{ASCII}/u.test(a))) await loadLanguage('zh');
  const flagLang = pre.lang === undefined ? undefined : choiceCode(['en', 'zh'], pre.lang);
  const lang = resolveLang(flagLang === 'en' || flagLang === 'zh' ? flagLang : undefined, env) ?? 'en';
  await loadLanguage(lang);
  const width = terminalWidth(stdout, env);
  // Messages on stderr are laid out for a screen when one shows them (or COLUMNS says how wide it
  // is); into a pipe or a log each stays one line, whole for grep.
  const errWidth = stderr.isTTY || env.COLUMNS ? terminalWidth({ isTTY: stderr.isTTY, columns: (stderr as { columns?: number }).columns }, env) : undefined;
  const stdinTTY = o.stdinIsTTY ?? !!process.stdin.isTTY;
  const globals = argv.slice(2);
  // The home screen runs each menu item as its own command line, in this process, with these globals.
  const dispatch = (args: string[]) => run([...argv.slice(0, 2), ...globals, ...args], o);
  const line = isBare(globals) && stdinTTY && stdout.isTTY ? [...argv, 'home'] : argv;
  const makeCtx = async (g: GlobalOptions): Promise<Context> => {
    // Loaded when a command runs, not for `ar --help`.
    const [{ makeClock }, { makeContext }, { defaultDbPath, expandHome }, { inquirerPrompts, noTtyPrompts }] = await Promise.all([
      import('./clock.js'),
      import('./context.js'),
      import('../paths.js'),
      import('./prompts.js'),
    ]);
    const named = g.db ?? (env.AR_DB || undefined);
    const color = g.color !== false && !('NO_COLOR' in env && env.NO_COLOR !== '') && !!stdout.isTTY && env.TERM !== 'dumb';
    const interactive = stdinTTY && !!stdout.isTTY;
    return makeContext({
      lang: (g.lang as Lang | undefined) ?? lang,
      json: !!g.json,
      color,
      debug: !!g.debug,
      interactive,
      progress: !!stderr.isTTY,
      clock: makeClock(g.asOf, env),
      dbPath: path.resolve(named ? expandHome(named, env) : defaultDbPath(env)),
      dbNamed: !!named,
      dbFromEnv: g.db === undefined && !!named,
      env,
      out: { write: (s) => void stdout.write(s) },
      err: { write: (s) => void stderr.write(s) },
      prompts: o.prompts ?? (interactive ? inquirerPrompts((g.lang as Lang | undefined) ?? lang) : noTtyPrompts()),
      width,
      errWidth,
      dispatch,
    });
  };
  const program = buildProgram(lang, makeCtx, { stdout, stderr }, width, await loadCommands(line.slice(2)));
  try {
    await program.parseAsync(line);
    return EXIT.ok;
  } catch (e) {
    // An error may quote what the user typed (an emoji, a combining mark) and is wrapped by width.
    if (errWidth) await loadStringWidth();
    // The subcommand named on the line, for a hint that points at its own --help.
    const named = argv.slice(2).find((a) => program.commands.some((c) => c.name() === a));
    return report(e, lang, pre.debug, stderr, named, errWidth);
  }
}

export async function main(argv: string[]): Promise<void> {
  // `ar queue | head`: the reader went away; that is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const code = await run(argv);
  process.exitCode = code;
}
