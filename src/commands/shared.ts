// What every command shares: how it declares itself to the program, its context, and the output
// helpers. Commands import this file and never each other.
import type { Command } from 'commander';
import type { Context } from '../cli/context.js';
import { list, msg, t, type Lang, type Translator } from '../i18n/index.js';
import { DataError, UsageError } from '../errors.js';
import type { LedgerReads, LedgerStore } from '../store/port.js';

import { writeJson } from '../cli/context.js';

export { writeJson, type Context } from '../cli/context.js';

/** What a command module needs to declare itself. */
export interface Registrar {
  lang: Lang;
  /** A catalogue message in the help language: `r.tr('aging.describe')`. */
  tr: Translator;
  /** Wrap an action: builds the context from the global options and closes the ledger afterwards. */
  action<A extends unknown[]>(fn: (ctx: Context, ...args: A) => Promise<void>): (...args: unknown[]) => Promise<void>;
}

/** A command module's default export: adds its command (and sub-commands) to the program. */
export type Register = (program: Command, r: Registrar) => void;

/**
 * The ledger for a command that only reads it: one that does not exist yet is an error with the way
 * to make one, never a new empty file (a mistyped --db would otherwise report "nothing open").
 */
export async function existingStore(ctx: Pick<Context, 'dbPath' | 'store'>): Promise<LedgerStore> {
  // The ledger's own check refuses a missing path, an empty file and a special one, each in one line.
  return ctx.store({ create: false });
}

/** `--collector NAME` must name a collector of this ledger (case and width do not matter). */
export async function checkCollector(store: LedgerReads, name: string, lang: Lang): Promise<void> {
  const { sameCollector } = await import('../core/contacts.js');
  const names = await store.customers.collectors();
  if (names.some((n) => sameCollector(n, name))) return;
  // The list is data (names), joined the way the user's language writes a list.
  const hint = names.length ? msg('common.collectorsHint', { list: list(lang, names) }) : msg('common.noCollectorsHint');
  throw new DataError(msg('common.noCollector', { name }), hint);
}

/**
 * A customer named by code or name (fuzzy), for every command that takes an ID (`ar account`, `ar
 * log`, `ar customer` …). Several matches are offered on a terminal, listed (exit 2) without one.
 */
export async function resolveCustomer(ctx: Context, query: string): Promise<number> {
  const store = await existingStore(ctx);
  const { customer, candidates: found } = await store.customers.find(query);
  if (customer) return customer.id;
  if (found.length === 0) throw new DataError(msg('account.none', { q: query }), msg('account.noneHint'));
  if (ctx.interactive) {
    return ctx.prompts.select({
      message: t(ctx.lang, 'account.pick', { q: query }),
      choices: found.slice(0, 30).map((c) => ({ name: `${c.code}  ${c.name}`, value: c.id })),
    });
  }
  const details = found.slice(0, 10).map((c) => `  ${c.code}  ${c.name}`);
  if (found.length > 10) details.push('  ' + t(ctx.lang, 'account.more', { n: found.length - 10 }));
  throw new UsageError(msg('account.many', { n: found.length, q: query }), msg('account.manyHint', { code: found[0].code }), details);
}

// ---- The worklist on ctx.out: `ar queue`, and the end of `ar demo`. ----

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
  if (opts.collector !== undefined) await checkCollector(store, opts.collector, ctx.lang);
  // The report and its screen load here, not at start-up, so `ar --help` stays fast.
  const { queueReport } = await import('../reports/queue.js');
  const view = await import('../view/queue.js');
  const q = await queueReport(store, ctx.clock.today(), { collector: opts.collector, limit });
  if (ctx.json) return writeJson(ctx, view.queueJson(q, ctx.lang));
  if (opts.csv) return void ctx.out.write(view.renderQueueCsv(q, ctx.lang));
  ctx.out.write(view.renderQueue(ctx, q, !!opts.explain, opts.collector));
}
