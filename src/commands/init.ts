// `ar init`: create or upgrade a ledger. On a terminal it asks for the letterhead, currency and
// language (each also a flag); without one it takes the flags and asks nothing.
import { Option } from 'commander';
import type { Register } from './shared.js';
import { writeJson, type Context } from '../cli/context.js';
import { defineMessages } from '../i18n/index.js';
import { UsageError } from '../errors.js';
import { DEFAULT_SETTINGS, type Letterhead } from '../core/settings.js';
import { isIsoCurrency } from '../core/money.js';

const m = defineMessages({
  describe: { en: 'create or upgrade a ledger; set letterhead, currency and language', zh: '创建或升级账本；设置抬头、币种和语言' },
  company: { en: 'company name (English)', zh: '公司名称（英文）' },
  companyZh: { en: 'company name (Chinese)', zh: '公司名称（中文）' },
  address: { en: 'company address (English)', zh: '公司地址（英文）' },
  addressZh: { en: 'company address (Chinese)', zh: '公司地址（中文）' },
  phone: { en: 'company phone', zh: '公司电话' },
  email: { en: 'company email', zh: '公司邮箱' },
  bank: { en: 'bank name for payments', zh: '收款开户行' },
  accountName: { en: 'bank account name', zh: '收款户名' },
  accountNo: { en: 'bank account number', zh: '收款账号' },
  currency: { en: 'default currency (ISO 4217, e.g. CNY)', zh: '默认币种（ISO 4217，如 CNY）' },
  language: { en: 'language of letters and screens: en or zh', zh: '信函和界面语言：en 或 zh' },
  yes: { en: 'ask nothing; use the flags and keep what is set', zh: '不提问；使用参数并保留已有设置' },
  created: { en: 'Created a new ledger at {path} (schema {v}).', zh: '已在 {path} 创建新账本（结构版本 {v}）。' },
  currencyIs: { en: 'Default currency {c}: files that name no currency are booked in it (change with --currency).', zh: '默认币种 {c}：未注明币种的文件按此入账（可用 --currency 修改）。' },
  upToDate: { en: 'Ledger {path} is ready (schema {v}).', zh: '账本 {path} 已就绪（结构版本 {v}）。' },
  saved: { en: 'Saved: {keys}.', zh: '已保存：{keys}。' },
  next: { en: 'Next: `ar import FILE` to bring in an aging or open-invoice export, or `ar demo` to try sample data.', zh: '下一步：用 `ar import 文件` 导入账龄表或未结发票，或用 `ar demo` 试用示例数据。' },
  badCurrency: { en: 'currency must be a three-letter ISO 4217 code such as CNY, USD or EUR, not "{v}"', zh: '币种必须是三个字母的 ISO 4217 代码，如 CNY、USD、EUR，而不是“{v}”' },
});

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
  language?: 'en' | 'zh';
  yes?: boolean;
}

const LETTERHEAD_FLAGS: [keyof InitFlags, keyof Letterhead, Parameters<typeof m.t>[1]][] = [
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
export function checkCurrency(v: string): string {
  const c = v.trim().toUpperCase();
  if (!isIsoCurrency(c)) throw new UsageError(m.both('badCurrency', { v }));
  return c;
}

export async function runInit(ctx: Context, flags: InitFlags): Promise<void> {
  const flagCurrency = flags.currency ? checkCurrency(flags.currency) : undefined; // before anything is written
  const store = await ctx.store();
  const current = await store.settings.read();
  const letterhead: Letterhead = { ...DEFAULT_SETTINGS.letterhead, ...current.letterhead };
  let currency = flagCurrency ?? current.default_currency;
  let language = flags.language ?? current.language;
  const saved: string[] = [];
  for (const [flag, key] of LETTERHEAD_FLAGS) {
    const v = flags[flag];
    if (typeof v === 'string') letterhead[key] = v;
  }
  if (ctx.interactive && !flags.yes) {
    const L = ctx.lang;
    for (const [flag, key, label] of LETTERHEAD_FLAGS) {
      if (flags[flag] !== undefined) continue;
      letterhead[key] = await ctx.prompts.input({ message: m.t(L, label), default: letterhead[key] || undefined });
    }
    if (!flags.currency) {
      currency = checkCurrency(
        await ctx.prompts.input({
          message: m.t(L, 'currency'),
          default: currency,
          validate: (v) => (isIsoCurrency(v.trim().toUpperCase()) ? true : m.t(L, 'badCurrency', { v })),
        }),
      );
    }
    if (!flags.language) {
      language = await ctx.prompts.select<'en' | 'zh'>({
        message: m.t(L, 'language'),
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
  ctx.out.write(m.t(L, store.created ? 'created' : 'upToDate', { path: store.location, v: store.schemaVersion }) + '\n');
  if (saved.length) ctx.out.write(m.t(L, 'saved', { keys: saved.join(', ') }) + '\n');
  if (store.created) ctx.out.write(m.t(L, 'currencyIs', { c: currency }) + '\n' + m.t(L, 'next') + '\n');
}

const register: Register = (program, r) => {
  program
    .command('init')
    .description(r.t(m.both('describe')))
    .option('--company <name>', r.t(m.both('company')))
    .option('--company-zh <name>', r.t(m.both('companyZh')))
    .option('--address <text>', r.t(m.both('address')))
    .option('--address-zh <text>', r.t(m.both('addressZh')))
    .option('--phone <text>', r.t(m.both('phone')))
    .option('--email <text>', r.t(m.both('email')))
    .option('--bank <name>', r.t(m.both('bank')))
    .option('--account-name <name>', r.t(m.both('accountName')))
    .option('--account-no <number>', r.t(m.both('accountNo')))
    .option('--currency <code>', r.t(m.both('currency')))
    .addOption(new Option('--language <lang>', r.t(m.both('language'))).choices(['en', 'zh']))
    .option('-y, --yes', r.t(m.both('yes')))
    .action(r.action(async (ctx, flags: InitFlags) => runInit(ctx, flags)));
};
export default register;
