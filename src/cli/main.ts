// The commander program: global options, one module per command, and the one place that turns
// errors into text and exit codes (0 ok, 1 failure, 2 usage, 3 cancelled).
import { Command, CommanderError, Option } from 'commander';
import { createRequire } from 'node:module';
import path from 'node:path';
import { makeClock } from './clock.js';
import { makeContext, type Context } from './context.js';
import { ArError, EXIT } from '../errors.js';
import { render, resolveLang, t as tr, translator, type Bilingual, type Lang } from '../i18n/index.js';
import { defaultDbPath, expandHome } from './paths.js';
import { inquirerPrompts, noTtyPrompts, type Prompts } from './prompts.js';
import { COMMANDS } from './registry.js';
import type { Registrar } from '../commands/shared.js';

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
  stderr?: { write(s: string): unknown; isTTY?: boolean };
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

/** Commander's own messages, in the user's language. Quoted names are taken from its English text. */
export function commanderText(code: string, message: string, lang: Lang): string {
  const raw = message.replace(/^error: /, '');
  if (lang === 'en') return raw.replace(/\n/g, ' ');
  const q = raw.match(/'[^']*'/g) ?? [];
  const suggestion = /Did you mean ([^?]+)\?/.exec(raw)?.[1];
  const also = suggestion ? `（是否想用 ${suggestion}？）` : '';
  switch (code) {
    case 'commander.unknownCommand':
      return `未知命令 ${q[0] ?? ''}${also}`;
    case 'commander.unknownOption':
      return `未知选项 ${q[0] ?? ''}${also}`;
    case 'commander.missingArgument':
      return `缺少必需的参数 ${q[0] ?? ''}`;
    case 'commander.optionMissingArgument':
      return `选项 ${q[0] ?? ''} 缺少取值`;
    case 'commander.missingMandatoryOptionValue':
      return `缺少必需的选项 ${q[0] ?? ''}`;
    case 'commander.invalidArgument': {
      const allowed = /Allowed choices are (.+)\.$/.exec(raw)?.[1];
      return `选项 ${q[0] ?? ''} 的取值 ${q[1] ?? ''} 无效${allowed ? `，可选：${allowed}` : ''}`;
    }
    case 'commander.excessArguments':
      return `${q[0] ?? ''} 的参数过多`;
    case 'commander.conflictingOption':
      return `选项 ${q.join('、')} 不能同时使用`;
    default:
      return raw;
  }
}

/** Help text headings in Chinese; the rest of the help is already in the user's language. */
export function localiseHelp(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text
    .replace(/^Usage: /gm, '用法：')
    .replace(/^Options:$/gm, '选项：')
    .replace(/^Commands:$/gm, '命令：')
    .replace(/^Arguments:$/gm, '参数：')
    .replace(/\(default: /g, '（默认：')
    .replace(/\(choices: /g, '（可选：')
    .replace(/（(默认|可选)：([^)]*)\)/g, '（$1：$2）');
}

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
        en: 'huikuan (回款): collect B2B receivables — import the accounting export, work today’s ranked calls, see each account and its aging',
        zh: '回款（huikuan）：企业应收账款催收工具——导入财务导出文件、按优先级处理今日催收、查看客户账户与账龄',
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
      writeOut: (s) => void io.stdout.write(localiseHelp(s, lang)),
      writeErr: (s) => void io.stderr.write(localiseHelp(s, lang)),
      // Commander's own error text is replaced by ours in report(); help and version still print.
      outputError: () => {},
    });

  const registrar: Registrar = {
    lang,
    t,
    tr: translator(lang),
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

export function report(e: unknown, lang: Lang, debug: boolean, stderr: { write(s: string): unknown }, command?: string): number {
  const prefix = tr(lang, 'common.errorPrefix');
  const hintPrefix = tr(lang, 'common.hintPrefix');
  if (e instanceof ArError) {
    stderr.write(prefix + render(lang, e.text) + '\n');
    for (const d of e.details) stderr.write(d + '\n');
    if (e.hint) stderr.write(hintPrefix + render(lang, e.hint) + '\n');
    if (debug && e.stack) stderr.write(e.stack + '\n');
    return e.exitCode;
  }
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
    stderr.write(prefix + commanderText(e.code, e.message, lang) + '\n');
    const help = command ? `ar ${command} --help` : 'ar --help';
    stderr.write(hintPrefix + (lang === 'zh' ? `运行 \`${help}\` 查看用法` : `see \`${help}\``) + '\n');
    return EXIT.usage;
  }
  // Anything else is a bug in huikuan: say so, with the stack.
  stderr.write(prefix + tr(lang, 'common.internal', { message: String((e as Error)?.message ?? e) }) + '\n');
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
    // The subcommand named on the line, for a hint that points at its own --help.
    const named = argv.slice(2).find((a) => program.commands.some((c) => c.name() === a));
    return report(e, lang, pre.debug, stderr, named);
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
