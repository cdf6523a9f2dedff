// Phrases both the worklist and the account screen say: dates relative to today, the next step,
// why an account is on the list, what its score is made of, whom to ask for.
import { paren, t, type Lang } from '../i18n/index.js';
import { formatDate } from './dates.js';
import { moneyText } from './money.js';
import { reachBy, type ContactLite } from '../core/contacts.js';
import type { ScorePart } from '../core/priority.js';
import type { NextStepFact, ReasonFact } from '../reports/queue.js';
import { codeLabel, daysText, roleLabel, stepLabel, typeLabel } from './labels.js';

/** en: "29 Nov" this year, "29 Nov 2025" otherwise; zh likewise. */
export function shortDate(iso: string, today: string, lang: Lang): string {
  return formatDate(iso, lang, iso.slice(0, 4) === today.slice(0, 4) ? 'short' : 'long');
}

/** "next: step 2 reminder (due now)". */
export function stepText(next: NextStepFact, lang: Lang, today: string): string {
  let s = t(lang, 'queue.dNext', { step: next.step, label: stepLabel(lang, next.code) });
  if (next.waiting === 'amount') s += t(lang, 'queue.dBelowMin');
  else if (next.waiting === 'promise') s += t(lang, 'numbers.afterPromise');
  else if (next.due) s += t(lang, 'queue.dDueNow');
  else if (next.dueOn) s += t(lang, 'queue.dDueOn', { date: shortDate(next.dueOn, today, lang) });
  return s;
}

/** A reason in a few words (the reason column is narrow: a step by its short name). */
export function reasonText(r: ReasonFact, lang: Lang, today: string): string {
  const p = r.params;
  switch (r.code) {
    case 'promise-broken':
      return t(lang, 'glossary.reason.promise-broken', { date: shortDate(String(p.date), today, lang) });
    case 'callback-due':
      return p.date === today
        ? t(lang, 'glossary.reason.callback-today')
        : t(lang, 'glossary.reason.callback-due', { date: shortDate(String(p.date), today, lang) });
    case 'step-due':
      return t(lang, 'glossary.reason.step-due', { step: p.step, label: stepLabel(lang, String(p.stepCode), true) });
    case 'limitation-warning':
      return t(lang, 'glossary.reason.limitation-warning', { days: daysText(lang, p.daysLeft) });
    case 'high-score':
      return t(lang, 'glossary.reason.high-score', { score: p.score });
    default:
      return codeLabel(lang, 'reason', r.code);
  }
}

/** How the amount part read a foreign amount: "USD at 7.12 of 30 Nov = CNY 7,120.00", or that no rate was known. */
function fxText(p: ScorePart, lang: Lang): string {
  const fx = p.fx;
  if (!fx) return '';
  if ('missing' in fx) return t(lang, 'numbers.fxNoRate', { cur: fx.currency });
  return t(lang, 'numbers.fxRate', { cur: fx.currency, rate: fx.rate, date: formatDate(fx.date, lang), amount: moneyText(lang, fx.baseMinor, fx.base) });
}

function factorText(p: ScorePart, lang: Lang): string {
  const v = p.value === null ? '' : String(p.value);
  switch (p.factor) {
    case 'type':
      return p.value === null ? t(lang, 'importS3.typeScoredAs') : typeLabel(lang, v);
    case 'grade':
      return p.value === null ? t(lang, 'importS3.gradeScoredAs') : t(lang, 'glossary.factor.grade', { v });
    case 'no_contact':
      return p.value === null ? t(lang, 'glossary.factor.never_contacted') : t(lang, 'glossary.factor.no_contact', { v: daysText(lang, v) });
    case 'behaviour':
    case 'limitation':
      return t(lang, `glossary.factor.${p.factor}`, { v: v === '' ? '' : daysText(lang, v) });
    case 'amount':
      return t(lang, 'glossary.factor.amount') + (p.fx ? paren(lang, fxText(p, lang)) : '');
    default:
      return t(lang, `glossary.factor.${p.factor}`, { v });
  }
}

/** "overdue amount 25 + days 12 + grade C 8": each non-zero part with what produced it. */
export function explainParts(parts: readonly ScorePart[], lang: Lang): string {
  const shown = parts.filter((p) => p.points !== 0);
  if (shown.length === 0) return '0';
  return shown.map((p) => `${factorText(p, lang)} ${p.points}`).join(' + ');
}

/** "Li Hua (AP) 138 0000 0000". */
export function contactText(c: ContactLite, lang: Lang): string {
  const how = reachBy(c);
  const who = c.role ? c.name + paren(lang, roleLabel(lang, c.role)) : c.name;
  return how ? `${who} ${how}` : who;
}
