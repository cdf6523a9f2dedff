// `ar init`: create or upgrade a ledger. On a terminal it asks for the letterhead, currency and
// language (each also a flag); without one it takes the flags and asks nothing.
import { Option } from 'commander';
import type { Register } from './shared.js';
import { writeJson, type Context } from '../cli/context.js';
import { msg, t } from '../i18n/index.js';
import { UsageError } from '../errors.js';
import type { Letterhead } from '../core/settings.js';
import type { LimitationSettings } from '../core/limitation.js';

interface InitFlags {
  company?: string;
  companyZh?: string;
  address?: string;
  addressZh?: string;
  phone?: string;
  email?: string;
  bank?: string;
  accountName?: string;
  accountNo?: string;
  currency?: string;
  jurisdiction?: string;
  language?: 'en' | 'zh';
  yes?: boolean;
}

type LetterheadLabel = 'company' | 'companyZh' | 'address' | 'addressZh' | 'phone' | 'email' | 'bank' | 'accountName' | 'accountNo';

const LETTERHEAD_FLAGS: [keyof InitFlags, keyof Letterhead, LetterheadLabel][] = [
  ['company', 'name_en', 'company'],
  ['companyZh', 'name_zh', 'companyZh'],
  ['address', 'address_en', 'address'],
  ['addressZh', 'address_zh', 'addressZh'],
  ['phone', 'phone', 'phone'],
  ['email', 'email', 'email'],
  ['bank', 'bank_name', 'bank'],
  ['accountName', 'bank_account_name', 'accountName'],
  ['accountNo', 'bank_account_no', 'accountNo'],
];

/** A real ISO 4217 code (XYZ is three letters, but no currency). */
function checkCurrency(v: string, isIsoCurrency: (c: string) => boolean): string {
  const c = v.trim().toUpperCase();
  if (!isIsoCurrency(c)) throw new UsageError(msg('init.badCurrency', { v }));
  return c;
}

export async function runInit(ctx: Context, flags: InitFlags): Promise<void> {
  // Loaded here, not at start-up, so `ar --help` stays fast.
  const { currencyForLocale, isIsoCurrency } = await import('../core/money.js');
  const { DEFAULT_SETTINGS } = await import('../core/settings.js');
  const flagCurrency = flags.currency ? checkCurrency(flags.currency, isIsoCurrency) : undefined; // before anything is written
  const { askJurisdiction, checkJurisdiction } = await import('./shared-limitation.js');
  const flagJurisdiction = flags.jurisdiction !== undefined ? checkJurisdiction(flags.jurisdiction) : undefined;
  const store = await ctx.store();
  const current = await store.settings.read();
  const letterhead: Letterhead = { ...DEFAULT_SETTINGS.letterhead, ...current.letterhead };
  // A new ledger keeps its books in the locale's currency (en_US → USD, zh_HK → HKD); a terminal confirms it.
  const local = store.created ? currencyForLocale(ctx.env.LC_ALL || ctx.env.LC_MONETARY || ctx.env.LANG) : undefined;
  let currency = flagCurrency ?? local ?? current.default_currency;
  let language = flags.language ?? current.language;
  const currentJurisdiction = (current.limitation as LimitationSettings).jurisdiction;
  let jurisdiction = flagJurisdiction ?? currentJurisdiction;
  const saved: string[] = [];
  for (const [flag, key] of LETTERHEAD_FLAGS) {
    const v = flags[flag];
    if (typeof v === 'string') letterhead[key] = v;
  }
  if (ctx.interactive && !flags.yes) {
    const L = ctx.lang;
    for (const [flag, key, label] of LETTERHEAD_FLAGS) {
      if (flags[flag] !== undefined) continue;
      letterhead[key] = await ctx.prompts.input({ message: t(L, `init.${label}`), default: letterhead[key] || undefined });
    }
    if (!flags.currency) {
      currency = checkCurrency(
        await ctx.prompts.input({
          message: t(L, 'init.currency'),
          default: currency,
          validate: (v) => (isIsoCurrency(v.trim().toUpperCase()) ? true : t(L, 'init.badCurrency', { v })),
        }),
        isIsoCurrency,
      );
    }
    if (flagJurisdiction === undefined) jurisdiction = await askJurisdiction(ctx, jurisdiction);
    if (!flags.language) {
      language = await ctx.prompts.select<'en' | 'zh'>({
        message: t(L, 'init.language'),
        choices: [
          { name: 'English', value: 'en' },
          { name: '中文', value: 'zh' },
        ],
        default: (language || L) as 'en' | 'zh',
      });
    }
  }
  await store.transaction(async (tx) => {
    if (JSON.stringify(letterhead) !== JSON.stringify(current.letterhead)) {
      await tx.settings.write('letterhead', letterhead);
      saved.push('letterhead');
    }
    if (currency !== current.default_currency) {
      await tx.settings.write('default_currency', currency);
      saved.push('default_currency');
    }
    if (jurisdiction !== currentJurisdiction) {
      // Only this key joins what is stored: the other limitation settings keep following the defaults.
      const stored = (await tx.settings.readStored()).limitation;
      await tx.settings.write('limitation', { ...(stored && typeof stored === 'object' ? stored : {}), jurisdiction });
      saved.push('limitation.jurisdiction');
    }
    if (language !== current.language) {
      await tx.settings.write('language', language);
      saved.push('language');
    }
  });
  if (ctx.json) {
    writeJson(ctx, { db: store.location, schemaVersion: store.schemaVersion, created: store.created, saved });
    return;
  }
  const L = ctx.lang;
  ctx.out.write(t(L, store.created ? 'init.created' : 'init.upToDate', { path: store.location, v: store.schemaVersion }) + '\n');
  if (saved.length) ctx.out.write(t(L, 'init.saved', { keys: saved.join(', ') }) + '\n');
  if (store.created) ctx.out.write(t(L, 'init.currencyIs', { c: currency }) + '\n' + t(L, 'init.next') + '\n');
}

const register: Register = (program, r) => {
  program
    .command('init')
    .description(r.tr('init.describe'))
    .option('--company <name>', r.tr('init.company'))
    .option('--company-zh <name>', r.tr('init.companyZh'))
    .option('--address <text>', r.tr('init.address'))
    .option('--address-zh <text>', r.tr('init.addressZh'))
    .option('--phone <text>', r.tr('init.phone'))
    .option('--email <text>', r.tr('init.email'))
    .option('--bank <name>', r.tr('init.bank'))
    .option('--account-name <name>', r.tr('init.accountName'))
    .option('--account-no <number>', r.tr('init.accountNo'))
    .option('--currency <code>', r.tr('init.currency'))
    .option('--jurisdiction <code>', r.tr('limitation.initFlag'))
    .addOption(new Option('--language <lang>', r.tr('init.language')).choices(['en', 'zh']))
    .option('-y, --yes', r.tr('init.yes'))
    .action(r.action(async (ctx, flags: InitFlags) => runInit(ctx, flags)));
};
export default register;
