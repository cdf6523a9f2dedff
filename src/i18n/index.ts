// Every user-facing string lives in one catalogue per language: en.ts is the source, zh.ts is typed
// against it (a missing key or a placeholder that differs fails the build). Code outside i18n names a
// message by its key ('queue.title') and passes parameters; it never holds the text itself.
import { createRequire } from 'node:module';
import { en } from './en.js';

export type Lang = 'en' | 'zh';

/** Text in both languages. Kept for values that come from data (a customer's two names), not for messages. */
export type Bilingual = { en: string; zh: string };

export { msg, type ArgsOf, type MessageKey, type Msg, type Value } from './msg.js';
import type { ArgsOf, MessageKey, Msg, Value } from './msg.js';

// The Chinese catalogue loads only when Chinese is used: `ar --help` in English never compiles it.
let zhCatalogue: unknown;

/** Load a language's catalogue ahead of use, the portable way (the CLI does, before it parses). */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'zh') zhCatalogue ??= (await import('./zh.js')).zh;
}

function catalogue(lang: Lang): unknown {
  if (lang === 'en') return en;
  // Not loaded ahead (a library caller): a synchronous require of the ES module, Node ≥ 20.19.
  zhCatalogue ??= (createRequire(import.meta.url)('./zh.js') as { zh: unknown }).zh;
  return zhCatalogue;
}

function lookup(lang: Lang, key: string): string {
  let node: unknown = catalogue(lang);
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
