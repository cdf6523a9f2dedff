// Currencies on screen: Chinese screens write CNY as ¥ (and 元 as a table's unit), every other
// currency by its ISO code, so a reader never mistakes one currency for another (¥ alone would be
// ambiguous with JPY, which keeps its code). English screens use codes throughout.
import { CURRENCY_NAME_ZH, formatMoney } from '../core/money.js';
import type { Lang } from '../i18n/index.js';

/** An amount with its currency: "¥1,234.56" for CNY on a Chinese screen, else "USD 1,234.56". */
export function moneyText(lang: Lang, minor: number, currency: string): string {
  const amount = formatMoney(minor, currency);
  if (lang === 'zh' && currency === 'CNY') return amount.startsWith('-') ? `-¥${amount.slice(1)}` : `¥${amount}`;
  return `${currency} ${amount}`;
}

/** How a column header names a currency: the code in English, its Chinese name in Chinese. */
export function currencyName(lang: Lang, code: string): string {
  if (lang === 'en') return code;
  return CURRENCY_NAME_ZH[code] ?? code;
}

/** A table's unit: the code in English ("CNY"), 元 / 美元 / 欧元 in Chinese. */
export function currencyUnit(lang: Lang, code: string): string {
  if (lang === 'en') return code;
  if (code === 'CNY') return '元';
  return CURRENCY_NAME_ZH[code] ?? code;
}
