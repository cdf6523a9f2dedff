// Settings live in the ledger (the file is self-contained). Each top-level key is one JSON value;
// `ar config` addresses nested values with dotted paths (letterhead.name_zh).
import { DEFAULT_AGING, DEFAULT_AGING_PRESETS } from './aging.js';
import { DEFAULT_FX } from './fx.js';
import { DEFAULT_INTEREST } from './interest.js';
import { DEFAULT_LIMITATION } from './limitation.js';
import { DEFAULT_POLICY } from './policy.js';
import { DEFAULT_PRIORITY, DEFAULT_WEIGHTS } from './priority.js';
import { showValue, validateSettings, type SettingProblem } from './settings-schema.js';
import { DataError } from '../errors.js';
import { msg, type Msg } from '../i18n/msg.js';

export interface Letterhead {
  name_en: string;
  name_zh: string;
  address_en: string;
  address_zh: string;
  phone: string;
  email: string;
  bank_name: string;
  bank_account_name: string;
  bank_account_no: string;
}

export interface Settings {
  letterhead: Letterhead;
  /** Currency assumed when an import has no currency column. */
  default_currency: string;
  /** Language of the collector's screens when neither --lang nor AR_LANG says. */
  language: 'en' | 'zh' | '';
  [key: string]: unknown;
}

export const DEFAULT_SETTINGS: Settings = {
  letterhead: {
    name_en: '',
    name_zh: '',
    address_en: '',
    address_zh: '',
    phone: '',
    email: '',
    bank_name: '',
    bank_account_name: '',
    bank_account_no: '',
  },
  default_currency: 'CNY',
  language: '',
  // Aging, priority and the dunning ladder (src/core/aging, priority, policy, limitation).
  aging: DEFAULT_AGING,
  aging_presets: DEFAULT_AGING_PRESETS,
  weights: DEFAULT_WEIGHTS,
  priority: DEFAULT_PRIORITY,
  policy: DEFAULT_POLICY,
  limitation: DEFAULT_LIMITATION,
  // Base currency ('' = default_currency) and dated exchange rates (src/core/fx.ts).
  fx: DEFAULT_FX,
  interest: DEFAULT_INTEREST,
  // Where `ar import` takes collectors from: none, or the invoices' salesperson (issue 8).
  import: { collector_from: 'none' },
};

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export function getPath(obj: unknown, dotted: string): unknown {
  let cur: unknown = obj;
  for (const part of dotted.split('.')) {
    if (cur === null || typeof cur !== 'object' || !(part in (cur as object))) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** A copy of obj with the value at the dotted path replaced (a list stays a list: ladder.0.day). */
export function setPath<T>(obj: T, dotted: string, value: unknown): T {
  const [head = '', ...rest] = dotted.split('.'); // split always yields at least one part
  const base = (Array.isArray(obj) ? [...obj] : obj && typeof obj === 'object' ? { ...(obj as object) } : {}) as Record<string, unknown>;
  base[head] = rest.length ? setPath(base[head], rest.join('.'), value) : value;
  return base as T;
}

/** Flatten to dotted leaves for listing. Arrays are leaves. */
export function flatten(obj: unknown, prefix = ''): [string, unknown][] {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return [[prefix, obj]];
  const out: [string, unknown][] = [];
  for (const [k, v] of Object.entries(obj as object)) out.push(...flatten(v, prefix ? `${prefix}.${k}` : k));
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** b laid over a, object by object; arrays and scalars replace. */
export function deepMerge(a: unknown, b: unknown): unknown {
  if (!isPlainObject(a) || !isPlainObject(b)) return b === undefined ? a : b;
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = deepMerge(a[k], v);
  return out;
}

/** The deepest part of a dotted key that has a default (what `ar config unset` can reset). */
export function defaultedKey(key: string): string {
  const parts = key.split('.');
  while (parts.length > 1 && getPath(DEFAULT_SETTINGS, parts.join('.')) === undefined) parts.pop();
  return parts.join('.');
}

/** "setting X is V: why; it takes T": stored in the ledger, or given on the command line. */
export function problemText(p: SettingProblem, where: 'stored' | 'given'): Msg {
  const value = showValue(p.value);
  if (where === 'stored') {
    const why = p.why ? msg('config.settings.storedWhy', { why: p.why }) : '';
    return msg('config.settings.stored', { key: p.key, value, why, takes: p.takes });
  }
  const why = p.why ? msg('config.settings.givenWhy', { why: p.why }) : '';
  return msg('config.settings.given', { key: p.key, takes: p.takes, value, why });
}

/** The way out of a bad value: set it, or return it to its default (shown when it is short). */
export function problemHint(p: SettingProblem): Msg {
  const reset = defaultedKey(p.key);
  const dv = showValue(getPath(DEFAULT_SETTINGS, reset));
  const shown = dv.length > 40 ? '' : msg('config.settings.shown', { v: dv === '' ? '""' : dv });
  return msg('config.settings.hint', { key: p.key, shown, reset });
}

/**
 * Settings that no longer do anything, with why: `config set` refuses them with that reason, and a
 * value an older ledger stored is ignored (never shown as if it still counted).
 */
export const RETIRED_SETTINGS: Record<string, Msg> = {
  // The period is the jurisdiction's (core/jurisdictions.ts), per customer: one number of years
  // for every customer would be wrong for most of them.
  'limitation.years': msg('config.retired.limitationYears'),
};

function withoutRetired(s: Settings): Settings {
  let out = s;
  for (const key of Object.keys(RETIRED_SETTINGS)) {
    const [top = '', leaf = ''] = key.split('.');
    const parent = out[top];
    if (!isPlainObject(parent) || !(leaf in parent)) continue;
    const { [leaf]: _gone, ...kept } = parent;
    out = { ...out, [top]: kept };
  }
  return out;
}

/**
 * Defaults overlaid with stored values. The ledger stores only what the user changed. A stored value
 * the schema refuses (src/core/settings-schema.ts) is a DataError naming the key and the fix, unless
 * `validate` is false (`ar config` itself, so that a bad value can be seen and repaired).
 */
export function mergeSettings(stored: Record<string, unknown>, opts: { validate?: boolean } = {}): Settings {
  const merged = withoutRetired(deepMerge(DEFAULT_SETTINGS, stored) as Settings);
  if (opts.validate === false) return merged;
  const [p, ...rest] = validateSettings(merged);
  if (p) {
    const text = problemText(p, 'stored');
    const also = rest.length ? msg('config.settings.also', { text, keys: rest.map((q) => q.key) }) : text;
    throw new DataError(also, problemHint(p));
  }
  return merged;
}
