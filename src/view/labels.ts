// Labels for the codes core returns (customer types, dunning steps, contact roles, statuses…), from
// the catalogue's glossary section. A code the glossary does not know (a custom ladder step, a role
// typed into a contacts file) is shown as it is.
import { en } from '../i18n/en.js';
import { plural, render, type Lang, type MessageKey } from '../i18n/index.js';

type Glossary = typeof en.glossary;
type Group = { [G in keyof Glossary]: Glossary[G] extends string ? never : G }[keyof Glossary];

/** The glossary's label for `code` in `group`, or the code itself when it has none. */
export function codeLabel(lang: Lang, group: Group, code: string): string {
  const known = Object.hasOwn(en.glossary[group], code);
  return known ? render(lang, { key: `glossary.${group}.${code}` as MessageKey }) : code;
}

/**
 * A customer type: 'short' is the word the worklist shows, 'long' the full DOMAIN §2 name, 'table'
 * the short form where room is scarce (the Chinese names without the trailing 型).
 */
export function typeLabel(lang: Lang, code: string, style: 'short' | 'long' | 'table' = 'short'): string {
  return codeLabel(lang, style === 'long' ? 'typeLong' : style === 'table' ? 'type' : lang === 'en' ? 'type' : 'typeLong', code);
}

/** A dunning step by its ladder key: the full name, or the short one for the reason column. */
export function stepLabel(lang: Lang, key: string, short = false): string {
  return codeLabel(lang, short ? 'stepShort' : 'step', key);
}

export function roleLabel(lang: Lang, role: string): string {
  return codeLabel(lang, 'role', role);
}

/** "1 day", "2 days" in English; the Chinese templates carry their own 天. */
export function daysText(lang: Lang, n: number | string): string {
  return plural(lang, 'glossary.days', Number(n), { n });
}
