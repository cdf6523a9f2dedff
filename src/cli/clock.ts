// The one clock. Business dates come from here and nowhere else: --as-of, else AR_TODAY, else the
// local calendar date. Timestamps for audit columns (created_at) use now(), which tests can pin too.
import { UsageError } from '../errors.js';
import { msg } from '../i18n/index.js';

export interface Clock {
  /** The business date, ISO YYYY-MM-DD. */
  today(): string;
  /** An ISO timestamp for audit columns. With a pinned date it is that date at 00:00:00Z. */
  now(): string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function validIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function localToday(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function fixedClock(date: string): Clock {
  return { today: () => date, now: () => `${date}T00:00:00Z` };
}

// The ways collectors write a date by hand: 2026-12-04, 2026-12-4, 2026/12/4, 2026.12.4, 2026年12月4日.
const WRITTEN = /^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})[日号]?)$/;

/** A hand-written date as ISO; 'no-such-date' when it has the shape of one that the calendar lacks. */
export function parseWrittenDate(text: string): string | 'no-such-date' | undefined {
  const m = WRITTEN.exec(text.trim());
  if (!m) return undefined;
  const p = (n: string | undefined) => String(Number(n)).padStart(2, '0');
  const iso = `${m[1]}-${p(m[2] ?? m[4])}-${p(m[3] ?? m[5])}`;
  return validIsoDate(iso) ? iso : 'no-such-date';
}

export function makeClock(flag: string | undefined, env: NodeJS.ProcessEnv): Clock {
  const pinned = flag ?? (env.AR_TODAY || undefined);
  if (pinned !== undefined) {
    const src = flag !== undefined ? '--as-of' : 'AR_TODAY';
    const iso = parseWrittenDate(pinned);
    if (iso === 'no-such-date') {
      throw new UsageError(msg('importS3.noSuchDate', { src, value: pinned }), msg('cli.badDateHint'));
    }
    if (iso === undefined) throw new UsageError(msg('cli.badDate', { src, value: pinned }), msg('cli.badDateHint'));
    return fixedClock(iso);
  }
  return { today: localToday, now: () => new Date().toISOString() };
}
