// What `ar script` and `ar visit` share: the language a document is spoken or written in.
import type { Command } from 'commander';
import type { Context } from './shared.js';
import type { Lang } from '../i18n/index.js';

/** --lang when given on the line, else the customer's language, else the user's. */
export function documentLang(program: Command, ctx: Context, customerLang: string | null): Lang {
  if (program.getOptionValueSource('lang') === 'cli') return ctx.lang;
  return customerLang === 'en' || customerLang === 'zh' ? customerLang : ctx.lang;
}
