// The limitation rule as a collector reads it: where, which statute and article, how long
// ("China: Civil Code Art. 188, 3 years" / "中国：《民法典》第188条，时效3年"). Codes come from
// core/jurisdictions.ts; a code the catalogue does not name is shown as it is.
import { en } from '../i18n/en.js';
import { render, t, type Lang, type MessageKey } from '../i18n/index.js';

export interface RuleCite {
  jurisdiction: string;
  rule: { law: string; article: string; years: number };
}

export function placeLabel(lang: Lang, code: string): string {
  return Object.hasOwn(en.limitation.place, code) ? render(lang, { key: `limitation.place.${code}` as MessageKey }) : code;
}

export function ruleCite(lang: Lang, c: RuleCite): string {
  const { law, article, years } = c.rule;
  const lawText = Object.hasOwn(en.limitation.law, law)
    ? render(lang, { key: `limitation.law.${law}` as MessageKey, params: { art: article } })
    : `${law} ${article}`;
  return t(lang, 'limitation.cite', { place: placeLabel(lang, c.jurisdiction), law: lawText, years });
}
