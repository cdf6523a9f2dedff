// What each setting may hold. `ar config set` checks a value here before storing it, and every reader
// of the ledger's settings (src/core/settings.ts mergeSettings) checks the stored values, so a value
// stored badly (by an older version, or by hand) is reported as such — naming the key, what it takes
// and how to fix it — instead of surfacing later as a crash in the aging or the worklist.
//
// Rules are keyed by dotted paths; `*` stands for every key of a map (weights.*, aging_presets.*).
// Each rule says, in both languages, what the key takes, and checks a value; a check may also say
// what exactly is wrong (`why`).
import { placeScheme, type Bound } from './aging.js';
import type { Bilingual } from '../i18n/index.js';
import { isIsoCurrency } from './money.js';

export interface SettingProblem {
  /** The dotted key of the offending value. */
  key: string;
  value: unknown;
  /** What the key takes, e.g. "a whole number ≥ 1". */
  takes: Bilingual;
  /** What exactly is wrong, when more can be said than `takes`. */
  why?: Bilingual;
}

type Verdict = true | false | Bilingual;
interface Rule {
  key: string;
  takes: Bilingual;
  check: (v: unknown) => Verdict;
}

const b = (en: string, zh: string): Bilingual => ({ en, zh });

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown): v is number => isNum(v) && Number.isInteger(v);
const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);


/** Bucket bounds: whole days ≥ 1 (30), or months/years ("6m", "1y"), each later than the one before. */
function checkBounds(v: unknown): Verdict {
  if (!Array.isArray(v) || v.length === 0) return false;
  for (const x of v) {
    if (typeof x === 'number' ? !(Number.isInteger(x) && x >= 1) : typeof x !== 'string' || !/^[1-9]\d*[dmy]$/i.test(x.trim())) {
      return b(`${JSON.stringify(x)} is not a bound`, `${JSON.stringify(x)} 不是有效的上限`);
    }
  }
  // Ascending on any day of the year (a month is 28 to 31 days, a year 365 or 366).
  for (const asOf of ['2024-02-29', '2025-03-31', '2026-12-31']) {
    try {
      placeScheme({ basis: 'due', current: true, bounds: v as Bound[] }, asOf);
    } catch {
      return b(`${v.map((x) => String(x)).join(', ')} do not ascend`, `${v.map((x) => String(x)).join('、')} 没有逐个递增`);
    }
  }
  return true;
}

function ascendingInts(v: unknown): Verdict {
  if (!Array.isArray(v) || v.length === 0 || !v.every(isInt)) return false;
  let prev: number | undefined;
  for (const cur of v) {
    if (prev !== undefined && !(cur > prev)) return b(`${prev} then ${cur} do not ascend`, `${prev} 之后是 ${cur}，没有递增`);
    prev = cur;
  }
  return true;
}

function checkLadder(v: unknown): Verdict {
  if (!Array.isArray(v) || v.length === 0) return false;
  for (const s of v) {
    if (!isObj(s) || !isInt(s.step) || s.step < 0 || !isInt(s.day) || typeof s.key !== 'string' || !s.key || typeof s.channel !== 'string') {
      return b(`${JSON.stringify(s)} is not a step`, `${JSON.stringify(s)} 不是有效的步骤`);
    }
  }
  let prev: { step: number; day: number } | undefined;
  for (const cur of v as { step: number; day: number }[]) {
    if (prev && !(cur.step > prev.step)) return b(`step ${cur.step} follows step ${prev.step}`, `第${cur.step}步排在第${prev.step}步之后`);
    if (prev && !(cur.day > prev.day)) {
      return b(`the days do not ascend: day ${cur.day} (step ${cur.step}) after day ${prev.day}`, `天数没有递增：第${cur.step}步为 ${cur.day} 天，前一步为 ${prev.day} 天`);
    }
    prev = cur;
  }
  return true;
}

function checkPreset(v: unknown): Verdict {
  if (!isObj(v) || (v.basis !== 'due' && v.basis !== 'invoice') || typeof v.current !== 'boolean') return false;
  const bounds = checkBounds(v.bounds);
  if (bounds !== true) return bounds === false ? b('its bounds are not a list of bounds', '其 bounds 不是上限列表') : bounds;
  for (const k of ['labels_en', 'labels_zh']) {
    if (v[k] !== undefined && !(Array.isArray(v[k]) && (v[k] as unknown[]).every((x) => typeof x === 'string'))) {
      return b(`${k} is not a list of labels`, `${k} 不是标签列表`);
    }
  }
  return true;
}

const TEXT = b('text', '文本');
const OBJECT = b('a JSON object of named values', '由命名取值组成的 JSON 对象');
const NONNEG = b('a number ≥ 0', '不小于 0 的数字');
const POSITIVE = b('a number > 0', '大于 0 的数字');
const DAYS0 = b('a whole number of days ≥ 0', '不小于 0 的整天数');
const DAYS1 = b('a whole number of days ≥ 1', '不小于 1 的整天数');
const SHARE = b('a number from 0 to 1', '0 到 1 之间的数字');
const BOUNDS = b(
  'strictly ascending bucket bounds — whole days ≥ 1, or months/years such as "6m", "1y" — e.g. [30,60,90]',
  '严格递增的账龄段上限——不小于 1 的整天数，或 "6m"、"1y" 这样的月/年——例如 [30,60,90]',
);
const DAY_LIST = b('strictly ascending whole numbers of days, one per ladder step, e.g. [-7,1,7,15,21,30]', '严格递增的整天数，每个催收步骤一个，例如 [-7,1,7,15,21,30]');

const RULES: Rule[] = [
  { key: 'letterhead', takes: OBJECT, check: isObj },
  { key: 'letterhead.*', takes: TEXT, check: (v) => typeof v === 'string' },
  { key: 'default_currency', takes: b('a three-letter ISO 4217 currency code such as CNY, USD or EUR', '三个字母的 ISO 4217 币种代码，如 CNY、USD、EUR'), check: isIsoCurrency },
  { key: 'language', takes: b('en, zh, or "" (follow --lang, AR_LANG and the locale)', 'en、zh 或 ""（按 --lang、AR_LANG 和系统区域）'), check: (v) => v === 'en' || v === 'zh' || v === '' },

  { key: 'aging', takes: OBJECT, check: isObj },
  { key: 'aging.basis', takes: b('due or invoice', 'due（到期日）或 invoice（开票日）'), check: (v) => v === 'due' || v === 'invoice' },
  { key: 'aging.default_terms_days', takes: DAYS0, check: (v) => isInt(v) && v >= 0 },
  { key: 'aging.buckets', takes: BOUNDS, check: checkBounds },
  { key: 'aging_presets', takes: OBJECT, check: isObj },
  {
    key: 'aging_presets.*',
    takes: b('a preset: {"basis": "due" or "invoice", "current": true or false, "bounds": [...], "labels_en": [...], "labels_zh": [...]}', '预设：{"basis": "due" 或 "invoice", "current": true 或 false, "bounds": [...], "labels_en": [...], "labels_zh": [...]}'),
    check: checkPreset,
  },

  { key: 'weights', takes: OBJECT, check: isObj },
  { key: 'weights.*', takes: NONNEG, check: (v) => isNum(v) && v >= 0 },

  { key: 'priority', takes: OBJECT, check: isObj },
  { key: 'priority.high_score', takes: NONNEG, check: (v) => isNum(v) && v >= 0 },
  { key: 'priority.amount_range', takes: OBJECT, check: isObj },
  {
    key: 'priority.amount_range.*',
    takes: b('two amounts [low, high] with 0 < low < high, e.g. [100, 1000000]', '两个金额 [低, 高]，且 0 < 低 < 高，例如 [100, 1000000]'),
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
    takes: b(
      'a list of steps {"step", "key", "day", "channel"} with steps and days strictly ascending',
      '步骤列表 {"step", "key", "day", "channel"}，步骤号和天数均严格递增',
    ),
    check: checkLadder,
  },
  { key: 'policy.type_days', takes: OBJECT, check: isObj },
  { key: 'policy.type_days.*', takes: DAY_LIST, check: ascendingInts },
  { key: 'policy.strategic_days', takes: DAY_LIST, check: ascendingInts },
  {
    key: 'policy.fast_after_broken_promise',
    takes: b('a list of customer types, e.g. ["cashflow"]', '客户类型列表，例如 ["cashflow"]'),
    check: (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
  },
  { key: 'policy.min_amount', takes: b('an amount ≥ 0 (in whole units of the currency)', '不小于 0 的金额（以币种的主单位计）'), check: (v) => isNum(v) && v >= 0 },
  { key: 'policy.grace_days', takes: DAYS0, check: (v) => isInt(v) && v >= 0 },
  { key: 'policy.min_gap_days', takes: DAYS0, check: (v) => isInt(v) && v >= 0 },
  { key: 'policy.first_step_max', takes: b('a ladder step number ≥ 1, e.g. 3 (formal demand)', '不小于 1 的催收步骤号，例如 3（正式催款函）'), check: (v) => isInt(v) && v >= 1 },

  { key: 'limitation', takes: OBJECT, check: isObj },
  { key: 'limitation.years', takes: b('a whole number of years from 1 to 30', '1 到 30 之间的整年数'), check: (v) => isInt(v) && v >= 1 && v <= 30 },
  { key: 'limitation.warn_days', takes: b('a list of whole numbers of days ≥ 1, e.g. [90,60,30]', '不小于 1 的整天数列表，例如 [90,60,30]'), check: (v) => Array.isArray(v) && v.every((x) => isInt(x) && x >= 1) },
  { key: 'limitation.letters_need_evidence', takes: b('true or false', 'true 或 false'), check: (v) => typeof v === 'boolean' },
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
export function takesFor(key: string): Bilingual | undefined {
  const parts = key.split('.');
  return RULES.find((r) => {
    const p = r.key.split('.');
    return p.length === parts.length && p.every((x, i) => x === '*' || x === parts[i]);
  })?.takes;
}

/** How a value reads in a message: strings as they are, the rest as JSON. */
export function showValue(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
}
