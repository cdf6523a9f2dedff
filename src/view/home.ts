// The home screen (`ar` on a terminal): today's summary, read from the queue report, above the menu.
import { t, type Lang } from '../i18n/index.js';
import type { QueueReport } from '../reports/queue.js';
import { formatDate } from './dates.js';
import { wrapWords } from './wrap.js';

export interface HomeSummary {
  date: string;
  calls: number;
  promisesDue: number;
  broken: number;
  letters: number;
  expiring: number;
  /** Accounts with anything open; 0: the ledger holds nothing to collect. */
  open: number;
}

/** What today holds: the accounts on the list, promises due and broken, letters due, claims near expiry. */
export function homeSummary(q: QueueReport): HomeSummary {
  const has = (code: string) => q.entries.filter((e) => e.reasons.some((r) => r.code === code)).length;
  return {
    date: q.asOf,
    calls: q.need,
    promisesDue: has('promise-due'),
    broken: has('promise-broken'),
    letters: q.entries.filter((e) => e.nextStep?.due && /letter|email/.test(e.nextStep.channel)).length,
    expiring: has('limitation-warning'),
    open: q.withOpenItems,
  };
}

export function renderHome(lang: Lang, s: HomeSummary | null, width: number): string {
  const lines: string[] = [];
  if (s) {
    lines.push(t(lang, 'home.title', { date: formatDate(s.date, lang, 'weekday') }));
    const text = s.open
      ? t(lang, 'home.summary', { calls: s.calls, promisesDue: s.promisesDue, broken: s.broken, letters: s.letters, expiring: s.expiring })
      : t(lang, 'home.empty');
    lines.push(...wrapWords(text, width, 2));
  } else lines.push(t(lang, 'home.noLedger'));
  return lines.join('\n') + '\n\n';
}
