// What every command shares: how it declares itself to the program, its context, and the output
// helpers. Commands import this file and never each other.
import type { Command } from 'commander';
import type { Context } from '../cli/context.js';
import type { Bilingual, Lang } from '../i18n/index.js';

export { writeJson, warn, type Context } from '../cli/context.js';

/** What a command module needs to declare itself. */
export interface Registrar {
  lang: Lang;
  /** Pick the string for the help language. */
  t(text: Bilingual): string;
  /** Wrap an action: builds the context from the global options and closes the ledger afterwards. */
  action<A extends unknown[]>(fn: (ctx: Context, ...args: A) => Promise<void>): (...args: unknown[]) => Promise<void>;
}


/** A command module's default export: adds its command (and sub-commands) to the program. */
export type Register = (program: Command, r: Registrar) => void;
