// What each setting may hold. `ar config set` checks a value here before storing it, and every reader
// of the ledger's settings (src/core/settings.ts mergeSettings) checks the stored values, so a value
// stored badly (by an older version, or by hand) is reported as such — naming the key, what it takes
// and how to fix it — instead of surfacing later as a crash in the aging or the worklist.
//
// Rules are keyed by dotted paths; `*` stands for every key of a map (weights.*, aging_presets.*).
// Each rule names the catalogue message for what the key takes (config.settings.takes.*), and checks
// a value; a check may also say what exactly is wrong (`why`, a config.settings.why.* message).
import { JURISDICTION_CODES, normalizeJurisdiction } from './jurisdictions.js';
import { placeScheme, type Bound } from './aging.js';
import { msg, type Msg } from '../i18n/msg.js';
import { isIsoCurrency } from './money.js';
import { validRates } from './fx.js';
import { isIsoDate } from './dates.js';
import { INTEREST_RULES } from './interest.js';

export interface SettingProblem {
  /** The dotted key of the offending value. */
  key: string;
  value: unknown;
  /** What the key takes, e.g. "a whole number ≥ 1". */
  takes: Msg;
  /** What exactly is wrong, when more can be said than `takes`. */
  why?: Msg;
}

type Verdict = true | false | Msg;
interface Rule {
  key: string;
  takes: Msg;
  check: (v: unknown) => Verdict;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown): v is number => isNum(v) && Number.isInteger(v);
const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Bucket bounds: whole days ≥ 1 (30), or months/years ("6m", "1y"), each later than the one before. */
function checkBounds(v: unknown): Verdict {
  if (!Array.isArray(v) || v.length === 0) return false;
  for (const x of v) {
    if (typeof x === 'number' ? !(Number.isInteger(x) && x >= 1) : typeof x !== 'string' || !/^[1-9]\d*[dmy]$/i.test(x.trim())) {
      return msg('config.settings.why.notBound', { v: JSON.stringify(x) });
    }
  }
  // Ascending on any day of the year (a month is 28 to 31 days, a year 365 or 366).
  for (const asOf of ['2024-02-29', '2025-03-31', '2026-12-31']) {
    try {
      placeScheme({ basis: 'due', current: true, bounds: v as Bound[] }, asOf);
    } catch {
      return msg('config.settings.why.noAscend', { list: v.map((x) => String(x)) });
    }
  }
  return true;
}

function ascendingInts(v: unknown): Verdict {
  if (!Array.isArray(v) || v.length === 0 || !v.every(isInt)) return false;
  let prev: number | undefined;
  for (const cur of v) {
    if (prev !== undefined && !(cur > prev)) return msg('config.settings.why.pairNoAscend', { prev, cur });
    prev = cur;
  }
  return true;
}

function checkLadder(v: unknown): Verdict {
  if (!Array.isArray(v) || v.length === 0) return false;
  for (const s of v) {
    if (!isObj(s) || !isInt(s.step) || s.step < 0 || !isInt(s.day) || typeof s.key !== 'string' || !s.key || typeof s.channel !== 'string') {
      return msg('config.settings.why.notStep', { v: JSON.stringify(s) });
    }
    // Optional letter fields: a template name a file can carry, whole days, a yes/no.
    const badTemplate = s.template !== undefined && (typeof s.template !== 'string' || !/^[a-z0-9][a-z0-9-]*$/i.test(s.template));
    if (
      badTemplate ||
      (s.deadline_days !== undefined && !(isInt(s.deadline_days) && s.deadline_days >= 0)) ||
      (s.interest !== undefined && typeof s.interest !== 'boolean')
    ) {
      return msg('config.settings.why.notStep', { v: JSON.stringify(s) });
    }
  }
  let prev: { step: number; day: number } | undefined;
  for (const cur of v as { step: number; day: number }[]) {
    if (prev && !(cur.step > prev.step)) return msg('config.settings.why.stepOrder', { cur: cur.step, prev: prev.step });
    if (prev && !(cur.day > prev.day)) {
      return msg('config.settings.why.dayOrder', { day: cur.day, step: cur.step, prev: prev.day });
    }
    prev = cur;
  }
  return true;
}

/** A dated rate table: [{"from": "2026-01-01", "percent": 2.15}, …], dates ascending. */
function checkRateTable(v: unknown): Verdict {
  if (!Array.isArray(v)) return false;
  let prev = '';
  for (const r of v) {
    if (!isObj(r) || typeof r.from !== 'string' || !isIsoDate(r.from) || !isNum(r.percent) || r.percent < -5 || r.percent > 100) return false;
    if (r.from <= prev) return false;
    prev = r.from;
  }
  return true;
}

function checkPreset(v: unknown): Verdict {
  if (!isObj(v) || (v.basis !== 'due' && v.basis !== 'invoice') || typeof v.current !== 'boolean') return false;
  const bounds = checkBounds(v.bounds);
  if (bounds !== true) return bounds === false ? msg('config.settings.why.presetBounds') : bounds;
  for (const k of ['labels_en', 'labels_zh']) {
    if (v[k] !== undefined && !(Array.isArray(v[k]) && (v[k] as unknown[]).every((x) => typeof x === 'string'))) {
      return msg('config.settings.why.notLabels', { k });
    }
  }
  return true;
}

const TEXT = msg('config.settings.takes.text');
const OBJECT = msg('config.settings.takes.object');
const NONNEG = msg('config.settings.takes.nonneg');
const POSITIVE = msg('config.settings.takes.positive');
const DAYS0 = msg('config.settings.takes.days0');
const DAYS1 = msg('config.settings.takes.days1');
const SHARE = msg('config.settings.takes.share');
const BOUNDS = msg('config.settings.takes.bounds');
const DAY_LIST = msg('config.settings.takes.dayList');
// The braces of a JSON shape, as parameters: in a message they would read as placeholders.
const BRACES = { open: '{', close: '}' };

const RULES: Rule[] = [
  { key: 'letterhead', takes: OBJECT, check: isObj },
  { key: 'letterhead.*', takes: TEXT, check: (v) => typeof v === 'string' },
  { key: 'default_currency', takes: msg('config.settings.takes.currency'), check: isIsoCurrency },
  { key: 'language', takes: msg('config.settings.takes.language'), check: (v) => v === 'en' || v === 'zh' || v === '' },

  { key: 'aging', takes: OBJECT, check: isObj },
  { key: 'aging.basis', takes: msg('config.settings.takes.basis'), check: (v) => v === 'due' || v === 'invoice' },
  { key: 'aging.default_terms_days', takes: DAYS0, check: (v) => isInt(v) && v >= 0 },
  { key: 'aging.buckets', takes: BOUNDS, check: checkBounds },
  { key: 'aging_presets', takes: OBJECT, check: isObj },
  {
    key: 'aging_presets.*',
    takes: msg('config.settings.takes.preset', BRACES),
    check: checkPreset,
  },

  { key: 'weights', takes: OBJECT, check: isObj },
  { key: 'weights.*', takes: NONNEG, check: (v) => isNum(v) && v >= 0 },

  { key: 'priority', takes: OBJECT, check: isObj },
  { key: 'priority.high_score', takes: NONNEG, check: (v) => isNum(v) && v >= 0 },
  { key: 'priority.amount_range', takes: OBJECT, check: isObj },
  {
    key: 'priority.amount_range.*',
    takes: msg('config.settings.takes.amountRange'),
    check: (v) => Array.isArray(v) && v.length === 2 && isNum(v[0]) && isNum(v[1]) && v[0] > 0 && v[1] > v[0],
  },
  { key: 'priority.days_full', takes: POSITIVE, check: (v) => isNum(v) && v > 0 },
  { key: 'priority.no_contact_full', takes: POSITIVE, check: (v) => isNum(v) && v > 0 },
  { key: 'priority.behaviour_full', takes: POSITIVE, check: (v) => isNum(v) && v > 0 },
  { key: 'priority.broken_full', takes: POSITIVE, check: (v) => isNum(v) && v > 0 },
  { key: 'priority.broken_window_days', takes: DAYS1, check: (v) => isInt(v) && v >= 1 },
  { key: 'priority.behaviour_window_days', takes: DAYS1, check: (v) => isInt(v) && v >= 1 },
  { key: 'priority.grade_risk', takes: OBJECT, check: isObj },
  { key: 'priority.grade_risk.*', takes: SHARE, check: (v) => isNum(v) && v >= 0 && v <= 1 },
  { key: 'priority.type_risk', takes: OBJECT, check: isObj },
  { key: 'priority.type_risk.*', takes: SHARE, check: (v) => isNum(v) && v >= 0 && v <= 1 },

  { key: 'policy', takes: OBJECT, check: isObj },
  {
    key: 'policy.ladder',
    takes: msg('config.settings.takes.ladder', BRACES),
    check: checkLadder,
  },
  { key: 'policy.type_days', takes: OBJECT, check: isObj },
  { key: 'policy.type_days.*', takes: DAY_LIST, check: ascendingInts },
  { key: 'policy.strategic_days', takes: DAY_LIST, check: ascendingInts },
  {
    key: 'policy.fast_after_broken_promise',
    takes: msg('config.settings.takes.types'),
    check: (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
  },
  { key: 'policy.min_amount', takes: msg('config.settings.takes.minAmount'), check: (v) => isNum(v) && v >= 0 },
  { key: 'policy.grace_days', takes: DAYS0, check: (v) => isInt(v) && v >= 0 },
  { key: 'policy.min_gap_days', takes: DAYS0, check: (v) => isInt(v) && v >= 0 },
  { key: 'policy.first_step_max', takes: msg('config.settings.takes.firstStep'), check: (v) => isInt(v) && v >= 1 },
  { key: 'policy.strategic_copy_account_manager', takes: msg('config.settings.takes.boolean'), check: (v) => typeof v === 'boolean' },

  { key: 'interest', takes: OBJECT, check: isObj },
  { key: 'interest.by_jurisdiction', takes: OBJECT, check: isObj },
  {
    key: 'interest.by_jurisdiction.*',
    takes: msg('config.settings.takes.interestRule', { rules: INTEREST_RULES.join(' | ') }),
    check: (v) => (INTEREST_RULES as readonly unknown[]).includes(v),
  },
  {
    key: 'interest.default_rule',
    takes: msg('config.settings.takes.interestRule', { rules: `"" | ${INTEREST_RULES.join(' | ')}` }),
    check: (v) => v === '' || (INTEREST_RULES as readonly unknown[]).includes(v),
  },
  { key: 'interest.reference_rates', takes: OBJECT, check: isObj },
  { key: 'interest.reference_rates.*', takes: msg('config.settings.takes.rateTable', BRACES), check: checkRateTable },
  { key: 'interest.cn_lpr_markup_percent', takes: NONNEG, check: (v) => isNum(v) && v >= 0 && v <= 100 },
  { key: 'interest.contract_daily_percent', takes: NONNEG, check: (v) => isNum(v) && v >= 0 && v <= 1 },

  { key: 'fx', takes: OBJECT, check: isObj },
  { key: 'fx.base', takes: msg('config.settings.takes.currency'), check: (v) => v === '' || isIsoCurrency(v) },
  { key: 'fx.rates', takes: OBJECT, check: isObj },
  { key: 'fx.rates.*', takes: msg('numbers.rates.hint'), check: validRates },

  { key: 'limitation', takes: OBJECT, check: isObj },
  {
    key: 'limitation.jurisdiction',
    takes: msg('limitation.takes', { codes: JURISDICTION_CODES.join(', ') }),
    check: (v) => v === '' || (typeof v === 'string' && normalizeJurisdiction(v) === v),
  },
  { key: 'limitation.warn_days', takes: msg('config.settings.takes.warnDays'), check: (v) => Array.isArray(v) && v.every((x) => isInt(x) && x >= 1) },
  { key: 'limitation.letters_need_evidence', takes: msg('config.settings.takes.boolean'), check: (v) => typeof v === 'boolean' },

  { key: 'import', takes: OBJECT, check: isObj },
  { key: 'import.collector_from', takes: msg('kept.collectorFromTakes'), check: (v) => v === 'none' || v === 'salesperson' },
];

/** Every value at a dotted pattern (`*` = each key of a map) with its concrete key. */
function at(obj: unknown, parts: string[], prefix: string): [string, unknown][] {
  const [head, ...rest] = parts;
  if (head === undefined) return [[prefix, obj]];
  if (!isObj(obj)) return []; // the parent's own rule reports it
  const keys = head === '*' ? Object.keys(obj) : head in obj ? [head] : [];
  return keys.flatMap((k) => at(obj[k], rest, prefix ? `${prefix}.${k}` : k));
}

/** The problems in a set of settings (normally the effective ones: defaults overlaid with the stored). */
export function validateSettings(settings: unknown, only?: (key: string) => boolean): SettingProblem[] {
  const out: SettingProblem[] = [];
  for (const rule of RULES) {
    for (const [key, value] of at(settings, rule.key.split('.'), '')) {
      if (only && !only(key)) continue;
      const verdict = rule.check(value);
      if (verdict === true) continue;
      out.push({ key, value, takes: rule.takes, ...(verdict === false ? {} : { why: verdict }) });
    }
  }
  return out;
}

/** What a key takes, for help and messages (undefined: no rule, any JSON). */
export function takesFor(key: string): Msg | undefined {
  const parts = key.split('.');
  return RULES.find((r) => {
    const p = r.key.split('.');
    return p.length === parts.length && p.every((x, i) => x === '*' || x === parts[i]);
  })?.takes;
}

/** How a value reads in a message: strings as they are, the rest as JSON. */
export function showValue(v: unknown): string {
  return typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
}
