// Labels for the codes core returns (customer types, dunning steps, contact roles, statuses…), from
// the catalogue's glossary section. A code the glossary does not know (a custom ladder step, a role
// typed into a contacts file) is shown as it is.
import { en } from '../i18n/en.js';
import { plural, render, t, type Lang, type MessageKey } from '../i18n/index.js';
import type { BucketDef, Span } from '../core/aging.js';

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
export function typeLabel(lang: Lang, code: string | null, style: 'short' | 'long' | 'table' = 'short'): string {
  // null (or '' as a group key): imported and not yet classified by a collector.
  if (!code) return t(lang, 'importS3.unclassified');
  return codeLabel(lang, style === 'long' ? 'typeLong' : style === 'table' ? 'type' : lang === 'en' ? 'type' : 'typeLong', code);
}

/** A credit grade, or "no grade" / 未评级 while a collector has not set one. */
export function gradeLabel(lang: Lang, grade: string | null): string {
  return grade ?? t(lang, 'importS3.noGrade');
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

/** A bound in its unit: '30' (or '30 days' when the scheme mixes units), '1 yr', '6 mo'; '30天', '1年'. */
function spanText(lang: Lang, s: Span, mixed: boolean): string {
  const key = s.unit === 'd' ? (mixed ? 'days' : 'd') : s.unit;
  return plural(lang, `glossary.bucket.${key}`, s.n);
}

/**
 * An aging bucket's label: a preset's own label when the user gave one in this language, else the
 * catalogue's ('1–30', '>365', '1至2年', '3年以上').
 */
export function bucketLabel(lang: Lang, def: BucketDef): string {
  const own = def.own?.[lang];
  if (own) return own;
  const r = def.range;
  if (r.kind === 'current' || r.kind === 'all') return t(lang, `glossary.bucket.${r.kind}`);
  if (r.kind === 'upTo') return t(lang, 'glossary.bucket.upTo', { n: spanText(lang, r.hi, def.mixed) });
  if (r.kind === 'over') return t(lang, 'glossary.bucket.over', { n: spanText(lang, r.lo, def.mixed) });
  const { lo, hi } = r;
  const to = spanText(lang, hi, def.mixed);
  if (lo.unit === 'd' && hi.unit === 'd') return t(lang, 'glossary.bucket.dayRange', { from: lo.n + 1, to });
  // Same unit: the unit once (1–2 yrs); else both, a day range starting the day after its bound (31 days–6 mo).
  const from = lo.unit === hi.unit ? String(lo.n) : spanText(lang, lo.unit === 'd' ? { n: lo.n + 1, unit: 'd' } : lo, true);
  return t(lang, 'glossary.bucket.range', { from, to });
}

/** A word for the key a wildcard setting stands for: a score factor, a customer type, or the key. */
function settingPart(lang: Lang, group: string, k: string): string {
  if (group === 'weights' && Object.hasOwn(en.words.factor, k)) return render(lang, { key: `words.factor.${k}` as MessageKey });
  if (group === 'type_risk' || group === 'type_days') return typeLabel(lang, k, 'long');
  return k;
}

/**
 * What a setting is, by its dotted key (`default_currency` → 默认币种, `weights.amount` → 优先级权重：
 * 逾期金额); '' for a key the catalogue does not name.
 */
export function settingLabel(lang: Lang, key: string): string {
  const parts = key.split('.');
  const names = en.words.setting as Record<string, string>;
  const exact = parts.join('/');
  if (Object.hasOwn(names, exact)) return render(lang, { key: `words.setting.${exact}` as MessageKey });
  for (let i = parts.length - 1; i >= 1; i--) {
    const pattern = [...parts.slice(0, i), '*'].join('/');
    if (!Object.hasOwn(names, pattern)) continue;
    const k = settingPart(lang, parts[i - 1] ?? '', parts.slice(i).join('.'));
    return render(lang, { key: `words.setting.${pattern}` as MessageKey, params: { k } });
  }
  return '';
}

/** An import profile as the import screen names it: a product's name as it is, `generic` in words. */
export function profileLabel(lang: Lang, name: string): string {
  return Object.hasOwn(en.words.profile, name) ? render(lang, { key: `words.profile.${name}` as MessageKey }) : name;
}
