// Dates for people, in the reader's language: the patterns and the month and weekday names are the
// catalogue's (view.date); core/dates.ts does the calendar arithmetic on ISO text.
import { isIsoDate, isoWeekday } from '../core/dates.js';
import { t, type Lang } from '../i18n/index.js';

export type DateStyle = 'short' | 'long' | 'weekday';

/** en: `30 Nov`, `30 Nov 2026`, `Mon 30 Nov 2026`; zh: `11月30日`, `2026年11月30日`, `2026年11月30日 星期一`. */
export function formatDate(iso: string, lang: Lang, style: DateStyle = 'long'): string {
  if (!isIsoDate(iso)) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  const month = Number(iso.slice(5, 7));
  const mon = t(lang, 'view.date.months').split('|')[month - 1] ?? String(month);
  const wd = t(lang, 'view.date.weekdays').split('|')[isoWeekday(iso) - 1] ?? '';
  return t(lang, `view.date.${style}`, { y: iso.slice(0, 4), mon, d: Number(iso.slice(8, 10)), wd });
}
