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

export function makeClock(flag: string | undefined, env: NodeJS.ProcessEnv): Clock {
  const pinned = flag ?? (env.AR_TODAY || undefined);
  if (pinned !== undefined) {
    if (!validIsoDate(pinned)) {
      const src = flag !== undefined ? '--as-of' : 'AR_TODAY';
      throw new UsageError(msg('cli.badDate', { src, value: pinned }), msg('cli.badDateHint'));
    }
    return fixedClock(pinned);
  }
  return { today: localToday, now: () => new Date().toISOString() };
}
