// What a command may touch: the ledger, the clock, output streams, prompts and settings.
// Built once per run in src/cli.ts; tests build their own with fakes.
import fs from 'node:fs';
import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { Clock } from './clock.js';
import { type Lang, type Msg, loadLanguage, render, t } from '../i18n/index.js';
import type { Prompts } from './prompts.js';
import { wrapWords } from '../view/wrap.js';
import { loadStringWidth } from '../view/width.js';
import type { LedgerStore, StoreOpenOptions } from '../store/port.js';

export interface Output {
  write(s: string): void;
}

export interface Context {
  lang: Lang;
  json: boolean;
  color: boolean;
  debug: boolean;
  /** stdin and stdout are terminals: prompts and progress bars are allowed. */
  interactive: boolean;
  /** stderr is a terminal: progress bars may be drawn there. */
  progress: boolean;
  clock: Clock;
  dbPath: string;
  /** Explicitly named with --db or AR_DB (vs the per-user default). */
  dbNamed: boolean;
  /** Named by AR_DB alone (no --db on the line): set for every command, not chosen for this one. */
  dbFromEnv?: boolean;
  env: NodeJS.ProcessEnv;
  /** Data goes here. */
  out: Output;
  /** Progress, warnings and prompts go here. */
  err: Output;
  prompts: Prompts;
  style: ChalkInstance;
  /** Terminal width for tables (80 when not a terminal). */
  width: number;
  /** Width to wrap messages on `err` to; unset when they go to a pipe or a log (one line each). */
  errWidth?: number;
  /** Run another command line in this process (the home screen's menu); resolves to its exit code. */
  dispatch?: (args: string[]) => Promise<number>;
  /** Open (creating/migrating as needed) the ledger once per run. */
  store(opts?: StoreOpenOptions): Promise<LedgerStore>;
  close(): Promise<void>;
}

export type ContextInit = Omit<Context, 'store' | 'close' | 'style'>;

/**
 * The context of one run. chalk and string-width load here, when a command runs, not at start-up
 * (`ar --help`).
 */
export async function makeContext(init: ContextInit): Promise<Context> {
  const [{ Chalk }] = await Promise.all([import('chalk'), loadStringWidth(), loadLanguage(init.lang)]);
  let open: Promise<LedgerStore> | undefined;
  const style = new Chalk({ level: init.color ? 1 : 0 });
  return {
    ...init,
    style,
    store,
    async close() {
      // Forgotten once closed: a later store() (the home screen, between two commands) opens it afresh.
      const was = open;
      open = undefined;
      if (was) await (await was.catch(() => undefined))?.close();
    },
  };
  function store(opts?: StoreOpenOptions): Promise<LedgerStore> {
    // The per-user data folder is ours to create; a folder named with --db/AR_DB is the user's.
    if (!init.dbNamed && (opts?.create ?? true)) fs.mkdirSync(path.dirname(init.dbPath), { recursive: true });
    // Loaded on first use so that `ar --help` never pays for the SQLite driver.
    open ??= import('../store/index.js').then(({ openStore }) => openStore(init.dbPath, opts));
    return open;
  }
}

/** Write a JSON document the way every --json output is written: two-space indent, trailing newline. */
export function writeJson(ctx: Context, value: unknown): void {
  ctx.out.write(JSON.stringify(value, null, 2) + '\n');
}

/** A warning line on stderr, in the user's language. */
export function warn(ctx: Context, text: Msg): void {
  // Wrapped to the terminal like every other line (a warning often carries a long file name).
  const line = `${t(ctx.lang, 'common.warningPrefix')}: ${render(ctx.lang, text)}`;
  const lines = ctx.errWidth ? wrapWords(line, ctx.errWidth, 2) : [line];
  for (const line of lines) ctx.err.write(ctx.style.yellow(line) + '\n');
}
