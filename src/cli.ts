// The commander program: global options, one module per command, and the one place that turns
// errors into text and exit codes (0 ok, 1 failure, 2 usage, 3 cancelled).
import { Command, CommanderError, Option } from 'commander';
import { createRequire } from 'node:module';
import path from 'node:path';
import { makeClock } from './clock.js';
import { makeContext, type Context } from './context.js';
import { ArError, EXIT } from './errors.js';
import { resolveLang, type Bilingual, type Lang } from './i18n.js';
import { defaultDbPath, expandHome } from './paths.js';
import { inquirerPrompts, noTtyPrompts, type Prompts } from './prompts.js';
import { COMMANDS } from './commands/index.js';

export interface GlobalOptions {
  db?: string;
  asOf?: string;
  lang?: string;
  json?: boolean;
  color?: boolean;
  debug?: boolean;
}

/** What a command module needs to declare itself. */
export interface Registrar {
  lang: Lang;
  /** Pick the string for the help language. */
  t(text: Bilingual): string;
  /** Wrap an action: builds the context from the global options and closes the ledger afterwards. */
  action<A extends unknown[]>(fn: (ctx: Context, ...args: A) => Promise<void>): (...args: unknown[]) => Promise<void>;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  stdout?: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stderr?: { write(s: string): unknown; isTTY?: boolean };
  stdinIsTTY?: boolean;
  prompts?: Prompts;
}

function version(): string {
  const require = createRequire(import.meta.url);
  return (require('../package.json') as { version: string }).version;
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

const COMMANDER_TEXT: Record<string, Bilingual> = {
  'commander.unknownOption': { en: 'unknown option', zh: '未知选项' },
  'commander.unknownCommand': { en: 'unknown command', zh: '未知命令' },
  'commander.missingArgument': { en: 'missing argument', zh: '缺少参数' },
  'commander.optionMissingArgument': { en: 'option needs a value', zh: '选项缺少取值' },
  'commander.missingMandatoryOptionValue': { en: 'required option not given', zh: '缺少必需的选项' },
  'commander.invalidArgument': { en: 'invalid value', zh: '取值无效' },
  'commander.excessArguments': { en: 'too many arguments', zh: '参数过多' },
  'commander.conflictingOption': { en: 'options that cannot be used together', zh: '选项不能同时使用' },
};

export interface ProgramIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

export function buildProgram(lang: Lang, makeCtx: (opts: GlobalOptions) => Context, io: ProgramIO): Command {
  const t = (b: Bilingual) => b[lang];
  const program = new Command('ar');
  program
    .description(
      t({
        en: 'huikuan (回款): collect B2B receivables — import, queue, call, letter, report',
        zh: '回款（huikuan）：企业应收账款催收工具——导入、待办、电话、催款函、报表',
      }),
    )
    .version(version(), '-V, --version', t({ en: 'print the version', zh: '显示版本号' }))
    .helpOption('-h, --help', t({ en: 'show help', zh: '显示帮助' }))
    .helpCommand('help [command]', t({ en: 'show help for a command', zh: '显示某个命令的帮助' }))
    .option('--db <path>', t({ en: 'ledger file (else AR_DB, else the per-user data folder)', zh: '账本文件（否则取 AR_DB，再否则用用户数据目录）' }))
    .option('--as-of <date>', t({ en: 'the business date YYYY-MM-DD (else AR_TODAY, else today)', zh: '业务日期 YYYY-MM-DD（否则取 AR_TODAY，再否则为今天）' }))
    .addOption(new Option('--lang <lang>', t({ en: 'language of the output (else AR_LANG, else the locale)', zh: '输出语言（否则取 AR_LANG，再否则按系统区域）' })).choices(['en', 'zh']))
    .option('--json', t({ en: 'machine-readable JSON on stdout', zh: '在标准输出打印 JSON' }))
    .option('--no-color', t({ en: 'no colours (also NO_COLOR)', zh: '不使用颜色（亦可设 NO_COLOR）' }))
    .option('--debug', t({ en: 'show stack traces', zh: '显示调用栈' }))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      // Commander's own error text is replaced by ours in report(); help and version still print.
      outputError: () => {},
    });

  const registrar: Registrar = {
    lang,
    t,
    action(fn) {
      return async (...args: unknown[]) => {
        const cmd = args[args.length - 1] as Command;
        const ctx = makeCtx(cmd.optsWithGlobals() as GlobalOptions);
        try {
          await fn(ctx, ...(args.slice(0, -1) as never));
        } finally {
          await ctx.close();
        }
      };
    },
  };
  for (const register of COMMANDS) register(program, registrar);
  return program;
}

export function report(e: unknown, lang: Lang, debug: boolean, stderr: { write(s: string): unknown }): number {
  const prefix = lang === 'zh' ? 'ar: 错误: ' : 'ar: error: ';
  const hintPrefix = lang === 'zh' ? '提示: ' : 'hint: ';
  if (e instanceof ArError) {
    stderr.write(prefix + e.text[lang] + '\n');
    for (const d of e.details) stderr.write(d + '\n');
    if (e.hint) stderr.write(hintPrefix + e.hint[lang] + '\n');
    if (debug && e.stack) stderr.write(e.stack + '\n');
    return e.exitCode;
  }
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
    const known = COMMANDER_TEXT[e.code];
    const raw = e.message.replace(/^error: /, '');
    stderr.write(prefix + (known && lang === 'zh' ? `${known.zh}：${raw}` : raw) + '\n');
    stderr.write(hintPrefix + (lang === 'zh' ? '运行 `ar --help` 查看用法' : 'see `ar --help`') + '\n');
    return EXIT.usage;
  }
  // Anything else is a bug in huikuan: say so, with the stack.
  stderr.write(prefix + (lang === 'zh' ? '内部错误（这是回款程序的缺陷）: ' : 'internal error (a bug in huikuan): ') + String((e as Error)?.message ?? e) + '\n');
  stderr.write(String((e as Error)?.stack ?? '') + '\n');
  return EXIT.failure;
}

/** Run the program; resolves to the exit code. */
export async function run(argv: string[], o: RunOptions = {}): Promise<number> {
  const env = o.env ?? process.env;
  const stdout = o.stdout ?? process.stdout;
  const stderr = o.stderr ?? process.stderr;
  const pre = prescan(argv.slice(2));
  const lang = resolveLang(pre.lang === 'en' || pre.lang === 'zh' ? pre.lang : undefined, env) ?? 'en';
  const stdinTTY = o.stdinIsTTY ?? !!process.stdin.isTTY;
  const makeCtx = (g: GlobalOptions): Context => {
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
      dbPath: path.resolve(named ? expandHome(named) : defaultDbPath(env)),
      dbNamed: !!named,
      env,
      out: { write: (s) => void stdout.write(s) },
      err: { write: (s) => void stderr.write(s) },
      prompts: o.prompts ?? (interactive ? inquirerPrompts() : noTtyPrompts()),
      width: Math.max(60, (stdout.isTTY && stdout.columns) || 80),
    });
  };
  const program = buildProgram(lang, makeCtx, { stdout, stderr });
  try {
    await program.parseAsync(argv);
    return EXIT.ok;
  } catch (e) {
    return report(e, lang, pre.debug, stderr);
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
