// Every user-facing string lives in one catalogue per language: en.ts is the source, zh.ts is typed
// against it (a missing key or a placeholder that differs fails the build). Code outside i18n names a
// message by its key ('queue.title') and passes parameters; it never holds the text itself.
import { en } from './en.js';
import { zh } from './zh.js';

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

/** Text in both languages. Kept for values that come from data (a customer's two names), not for messages. */
export type Bilingual = { en: string; zh: string };

type Catalogue = typeof en;

/** Dotted paths to every message: 'queue.title', 'import.err.badDate', … */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<Catalogue>;

type At<T, K extends string> = K extends `${infer H}.${infer R}`
  ? H extends keyof T
    ? At<T[H], R>
    : never
  : K extends keyof T
    ? T[K]
    : never;

/** `{name}` placeholders of a message, as a union of names. */
export type Placeholders<S> = S extends `${string}{${infer P}}${infer R}` ? P | Placeholders<R> : never;
/**
 * A parameter: text or a number as it is, a message rendered in the same language (core composes
 * messages without knowing the language), or a list written with the language's separator.
 */
export type Value = string | number | Msg | readonly (string | number)[];
export type ParamsOf<K extends MessageKey> = { [P in Placeholders<At<Catalogue, K>>]: Value };
/** Parameters are required exactly when the English text has placeholders. */
export type ArgsOf<K extends MessageKey> = [Placeholders<At<Catalogue, K>>] extends [never] ? [] : [ParamsOf<K>];

/** A message not yet rendered: what errors, warnings and reports carry (codes, never text). */
export interface Msg<K extends MessageKey = MessageKey> {
  key: K;
  params?: Record<string, Value>;
}

export function msg<K extends MessageKey>(key: K, ...args: ArgsOf<K>): Msg<K> {
  return args[0] ? { key, params: args[0] as Record<string, Value> } : { key };
}

const CATALOGUES: Record<Lang, unknown> = { en, zh };

function lookup(lang: Lang, key: string): string {
  let node: unknown = CATALOGUES[lang];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no message ${key} in ${lang}`);
  return node;
}

function show(lang: Lang, v: Value): string {
  if (typeof v === 'object') return 'key' in v ? render(lang, v) : v.join(lookup(lang, 'common.listSep'));
  return String(v);
}

function fill(lang: Lang, template: string, params?: Record<string, Value>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = params[k];
    return v === undefined ? m : show(lang, v);
  });
}

/** The message in the user's language, placeholders filled. */
export function t<K extends MessageKey>(lang: Lang, key: K, ...args: ArgsOf<K>): string {
  return fill(lang, lookup(lang, key), args[0] as Record<string, Value> | undefined);
}

/** Render a message carried as data (an error's, a warning's, a report's). */
export function render(lang: Lang, m: Msg | Bilingual): string {
  if ('key' in m) return fill(lang, lookup(lang, m.key), m.params);
  return m[lang];
}

/** Both renderings, for the few places that must keep the text in both languages (stored evidence). */
export function both(m: Msg): Bilingual {
  return { en: render('en', m), zh: render('zh', m) };
}

/** A translator bound to one language: `const tr = translator('zh'); tr('queue.title', { date })`. */
export function translator(lang: Lang) {
  return <K extends MessageKey>(key: K, ...args: ArgsOf<K>): string => t(lang, key, ...args);
}
export type Translator = ReturnType<typeof translator>;

/**
 * Counted nouns. An English message holds 'one|other' forms split by '|' ("{n} customer|{n} customers");
 * a Chinese one has one form ("{n} 个客户").
 */
export function plural<K extends MessageKey>(lang: Lang, key: K, n: number, params?: Record<string, Value>): string {
  const forms = lookup(lang, key).split('|');
  const form = (forms.length > 1 && n !== 1 ? forms[1] : forms[0]) ?? '';
  return fill(lang, form, { n, ...params });
}

/** "a, b and c" / "a、b和c". */
export function list(lang: Lang, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const head = items.slice(0, -1);
  const last = items[items.length - 1];
  return lang === 'zh' ? `${head.join('、')}和${last}` : `${head.join(', ')} and ${last}`;
}

/** A parenthetical: " (x)" in English, "（x）" in Chinese. */
export function paren(lang: Lang, s: string): string {
  return lang === 'zh' ? `（${s}）` : ` (${s})`;
}

/** Language from --lang, AR_LANG, then the locale variables (zh_* → zh). */
export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang | undefined {
  const pick = (v: string | undefined): Lang | undefined => {
    if (!v) return undefined;
    const s = v.toLowerCase();
    if (s === 'en' || s.startsWith('en_') || s.startsWith('en-')) return 'en';
    if (s === 'zh' || s.startsWith('zh')) return 'zh';
    return undefined;
  };
  if (flag !== undefined) return pick(flag);
  return pick(env.AR_LANG) ?? pick(env.LC_ALL) ?? pick(env.LC_MESSAGES) ?? pick(env.LANG) ?? 'en';
}

// ---- Transitional: the per-module catalogues below are being moved into en.ts / zh.ts. ----
type LegacyParams = Record<string, string | number>;
/** @deprecated move the strings into en.ts/zh.ts and use t(). */
export function defineMessages<K extends string>(catalogue: Record<K, Bilingual>) {
  return {
    t(lang: Lang, key: K, params?: LegacyParams): string {
      return fill(lang, catalogue[key][lang], params);
    },
    both(key: K, params?: LegacyParams): Bilingual {
      return { en: fill('en', catalogue[key].en, params), zh: fill('zh', catalogue[key].zh, params) };
    },
  };
}
/** @deprecated use msg() with a catalogue key. */
export function bi(en: string, zh: string): Bilingual {
  return { en, zh };
}
/** @deprecated use plural(). */
export function count(lang: Lang, n: number, en: [string, string], zh: string): string {
  return lang === 'zh' ? `${n} ${zh}` : `${n} ${n === 1 ? en[0] : en[1]}`;
}
