// The actions of `ar config`, loaded when one runs (config.ts only declares the command).
import { existingStore, writeJson, type Context } from './shared.js';
import { msg, t, type Msg } from '../i18n/index.js';
import { UsageError } from '../errors.js';
import { DEFAULT_SETTINGS, flatten, getPath, mergeSettings, problemText, RETIRED_SETTINGS, setPath } from '../core/settings.js';
import { showValue, takesFor, validateSettings } from '../core/settings-schema.js';
import { normalizeJurisdiction } from '../core/jurisdictions.js';
import { renderTable } from '../view/table.js';
import { settingLabel } from '../view/labels.js';
import { storeRates } from './shared-fx.js';

function defaultAt(key: string): unknown {
  return getPath(DEFAULT_SETTINGS, key);
}

function checkKey(key: string): void {
  const retired = RETIRED_SETTINGS[key];
  if (retired) throw new UsageError(msg('config.retired.refused', { key, why: retired }), msg('config.retired.hint', { key }));
  if (defaultAt(key) === undefined) {
    throw new UsageError(msg('config.unknown', { key }), msg('config.unknownHint'));
  }
}

/** The usage error for a value that is not what the key takes, with the default as the example. */
function badValue(key: string, text: string, type: Msg): UsageError {
  return new UsageError(msg('config.badValue', { key, type, value: text }), hintFor(key));
}

/** The default of a key as one would type it on a command line (null: too long to show). */
function exampleFor(key: string): string | null {
  const v = showValue(defaultAt(key));
  if (v.length > 40) return null;
  return v === '' ? '""' : /^[\w.,:@+-]+$/.test(v) ? v : `'${v}'`;
}

function hintFor(key: string) {
  const example = exampleFor(key);
  return example === null ? msg('config.badHintLong', { key }) : msg('config.badHint', { key, example });
}

/** A list of bucket bounds may be typed as on `ar aging --buckets`: 30,60,90 or 1y,2y. */
const BOUND_LISTS = /^(aging\.buckets|aging_presets\.[^.]+\.bounds)$/;

/** Text from the command line, typed by what the default holds at that key. */
export function coerce(key: string, text: string): unknown {
  const d = defaultAt(key);
  const takes = takesFor(key);
  const bad = (type: 'number' | 'boolean' | 'object') => badValue(key, text, takes ?? msg(`config.type.${type}`));
  if (typeof d === 'number') {
    if (!/^-?\d+(\.\d+)?$/.test(text.trim())) throw bad('number');
    return Number(text);
  }
  if (typeof d === 'boolean') {
    if (!/^(true|false)$/i.test(text.trim())) throw bad('boolean');
    return text.trim().toLowerCase() === 'true';
  }
  if (d !== null && typeof d === 'object') {
    if (BOUND_LISTS.test(key) && /^[\s\dA-Za-z,，]+$/.test(text) && !/^\s*\[/.test(text)) {
      return text.split(/[,，]/).map((p) => (/^\s*\d+\s*$/.test(p) ? Number(p) : p.trim()));
    }
    try {
      const v = JSON.parse(text);
      if (typeof v !== 'object' || v === null || Array.isArray(v) !== Array.isArray(d)) throw new Error();
      return v;
    } catch {
      throw bad('object');
    }
  }
  // Currency codes are upper case (usd → USD); whether it is a real one is the schema's call.
  if (key === 'default_currency' || key === 'fx.base') return text.trim().toUpperCase();
  // Jurisdiction codes too (us-ny → US-NY); an unknown one is refused with the list.
  if (key === 'limitation.jurisdiction') return normalizeJurisdiction(text) ?? text.trim();
  return text;
}

/** Refuse a value the schema does not take (checked in place, with the other settings as they are). */
function checkValue(stored: Record<string, unknown>, key: string, value: unknown, typed: string, text: string): void {
  const [top, ...rest] = key.split('.');
  const next = { ...stored, [top]: rest.length ? setPath(stored[top], rest.join('.'), value) : value };
  const effective = mergeSettings(next, { validate: false });
  // Only this key and what lies under it (or, for a list, the list itself): other settings already
  // stored badly are reported by the commands that read them, and can be repaired one at a time.
  const problems = validateSettings(effective, (k) => k === key || k.startsWith(key + '.') || key.startsWith(k + '.'));
  if (problems.length === 0) return;
  const p = problems[0];
  // The value as typed; a change inside a list (policy.ladder.1.day) is shown as the change.
  const shown = p.key === typed ? { ...p, value: text } : typed.startsWith(p.key + '.') ? { ...p, value: `${typed} = ${text}` } : p;
  throw new UsageError(problemText(shown, 'given'), hintFor(p.key));
}

/**
 * Where to store a change: a list is stored whole (the ledger keeps only what differs from the
 * defaults, and a list is replaced, not merged), so `policy.ladder.1.day 20` stores the ladder in use
 * with that one day changed.
 */
function storedTarget(stored: Record<string, unknown>, key: string, value: unknown): { key: string; value: unknown } {
  const effective = mergeSettings(stored, { validate: false });
  const parts = key.split('.');
  for (let i = 1; i < parts.length; i++) {
    const cur = getPath(effective, parts.slice(0, i).join('.'));
    if (Array.isArray(cur)) return { key: parts.slice(0, i).join('.'), value: setPath(cur, parts.slice(i).join('.'), value) };
  }
  return { key, value };
}

function show(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Every setting with its value and where it comes from (the ledger, the default, or invalid). */
export async function listSettings(ctx: Context): Promise<void> {
  const stored = await (await existingStore(ctx)).settings.readStored();
  // As stored, even when a value is bad: this is where it is seen and put right.
  const eff = mergeSettings(stored, { validate: false });
  const bad = validateSettings(eff).map((p) => p.key);
  const isBad = (k: string) => bad.some((b) => k === b || k.startsWith(b + '.') || b.startsWith(k + '.'));
  const rows = flatten(eff).map(([k, v]) => ({ key: k, value: v, source: isBad(k) ? 'invalid' : getPath(stored, k) === undefined ? 'default' : 'ledger' }));
  if (ctx.json) return writeJson(ctx, rows);
  const L = ctx.lang;
  // In Chinese each key also says what it is (the keys themselves are English, as typed).
  const named = L !== 'en';
  const source = (x: (typeof rows)[number]) =>
    x.source === 'invalid' ? ctx.style.red(t(L, 'config.invalid')) : t(L, x.source === 'default' ? 'config.default' : 'config.ledger');
  ctx.out.write(
    renderTable(
      [
        { header: t(L, 'config.key') },
        ...(named ? [{ header: t(L, 'words.settingName') }] : []),
        { header: t(L, 'config.value'), flex: true },
        { header: t(L, 'config.source') },
      ],
      rows.map((x) => [x.key, ...(named ? [settingLabel(L, x.key)] : []), show(x.value), source(x)]),
      { width: ctx.width, headerStyle: ctx.style.dim },
    ),
  );
}

/** One setting's effective value. */
export async function getSetting(ctx: Context, key: string): Promise<void> {
  checkKey(key);
  const v = getPath(mergeSettings(await (await existingStore(ctx)).settings.readStored(), { validate: false }), key);
  if (ctx.json) return writeJson(ctx, v);
  ctx.out.write((typeof v === 'string' ? v : JSON.stringify(v, null, 2)) + '\n');
}

/** `fx.USD 7.12 --date 2026-11-30`: one dated exchange rate into the base currency. */
async function setRate(ctx: Context, cur: string, text: string, date: string | undefined): Promise<void> {
  const { isIsoCurrency } = await import('../core/money.js');
  const { isIsoDate, parseRate } = await import('../core/fx.js');
  const code = cur.toUpperCase();
  if (!isIsoCurrency(code)) throw new UsageError(msg('numbers.fxSet.badCur', { cur }));
  const rate = parseRate(text);
  if (rate === null) throw new UsageError(msg('numbers.fxSet.badRate', { cur: code, v: text }), msg('numbers.rates.hint'));
  const day = date ?? ctx.clock.today();
  if (!isIsoDate(day)) throw new UsageError(msg('numbers.fxSet.badDate', { v: day }));
  const { base } = await storeRates(await ctx.store(), [{ currency: code, rate, date: day }]);
  if (ctx.json) return writeJson(ctx, { currency: code, rate, date: day, base });
  ctx.out.write(t(ctx.lang, 'numbers.fxSet.ok', { cur: code, rate, date: day, base }) + '\n');
}

/** Store a setting, checked against the schema first; only what differs from the default is stored. */
export async function setSetting(ctx: Context, key: string, text: string, date?: string): Promise<void> {
  // fx.USD (not fx.base, fx.rates): a dated rate; --date belongs to it alone.
  const fx = /^fx\.([A-Za-z]{3})$/.exec(key);
  if (fx?.[1] && key !== 'fx.base') return setRate(ctx, fx[1], text, date);
  if (date !== undefined) throw new UsageError(msg('numbers.fxSet.dateOnlyFx'));
  checkKey(key);
  const value = coerce(key, text);
  const store = await ctx.store();
  const top = key.split('.')[0];
  const stored = await store.settings.readStored();
  const target = storedTarget(stored, key, value);
  checkValue(stored, target.key, target.value, key, text);
  const path = target.key.split('.').slice(1).join('.');
  const base = stored[top]; // sparse: only what the user changed is stored
  await store.transaction((tx) => tx.settings.write(top, path ? setPath(base, path, target.value) : target.value));
  if (ctx.json) return writeJson(ctx, { key, value });
  ctx.out.write(t(ctx.lang, 'config.set_ok', { key, value: show(value) }) + '\n');
}

/** Back to the default. */
export async function unsetSetting(ctx: Context, key: string): Promise<void> {
  // A retired setting an older ledger stored may be removed (it is ignored either way).
  if (RETIRED_SETTINGS[key]) return unsetRetired(ctx, key);
  checkKey(key);
  const store = await ctx.store();
  const [top, ...rest] = key.split('.');
  await store.transaction(async (tx) => {
    if (!rest.length) return void (await tx.settings.delete(top));
    const stored = await tx.settings.readStored();
    if (stored[top] === undefined) return;
    const target = storedTarget(stored, key, defaultAt(key));
    const path = target.key.split('.').slice(1).join('.');
    await tx.settings.write(top, path ? setPath(stored[top], path, target.value) : target.value);
  });
  if (ctx.json) return writeJson(ctx, { key, value: defaultAt(key) });
  ctx.out.write(t(ctx.lang, 'config.unset_ok', { key }) + '\n');
}

async function unsetRetired(ctx: Context, key: string): Promise<void> {
  const store = await ctx.store();
  const [top = '', leaf = ''] = key.split('.');
  await store.transaction(async (tx) => {
    const parent = (await tx.settings.readStored())[top];
    if (!parent || typeof parent !== 'object' || !(leaf in parent)) return;
    const { [leaf]: _gone, ...kept } = parent as Record<string, unknown>;
    await (Object.keys(kept).length ? tx.settings.write(top, kept) : tx.settings.delete(top));
  });
  if (ctx.json) return writeJson(ctx, { key, value: null });
  ctx.out.write(t(ctx.lang, 'config.unset_ok', { key }) + '\n');
}
