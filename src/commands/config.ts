// `ar config list|get|set|unset`: the settings stored in the ledger, addressed by dotted keys.
import type { Register } from './index.js';
import { writeJson, type Context } from '../context.js';
import { bi, defineMessages } from '../i18n.js';
import { DataError, UsageError } from '../errors.js';
import { DEFAULT_SETTINGS, flatten, getPath, setPath } from '../core/settings.js';
import { renderTable } from '../render/table.js';

const m = defineMessages({
  describe: { en: 'read and change settings: letterhead, currency, policy, buckets, weights', zh: '查看和修改设置：抬头、币种、催收策略、账龄分段、评分权重' },
  list: { en: 'list every setting with its value (and whether it is the default)', zh: '列出全部设置及取值（并标明是否为默认值）' },
  get: { en: 'print one setting (a dotted key such as letterhead.name_zh)', zh: '显示一项设置（点号路径，如 letterhead.name_zh）' },
  set: { en: 'change one setting', zh: '修改一项设置' },
  unset: { en: 'return one setting to its default', zh: '将一项设置恢复为默认值' },
  key: { en: 'Key', zh: '设置项' },
  value: { en: 'Value', zh: '取值' },
  source: { en: 'Source', zh: '来源' },
  default: { en: 'default', zh: '默认' },
  ledger: { en: 'ledger', zh: '账本' },
  unknown: { en: 'unknown setting "{key}"', zh: '未知设置项“{key}”' },
  unknownHint: { en: 'see `ar config list` for the keys', zh: '运行 `ar config list` 查看所有设置项' },
  badValue: { en: 'setting {key} takes {type}, not "{value}"', zh: '设置项 {key} 需要{type}，而不是“{value}”' },
  set_ok: { en: '{key} = {value}', zh: '{key} = {value}' },
  unset_ok: { en: '{key} is back to its default', zh: '{key} 已恢复默认值' },
});

const TYPE_NAME: Record<string, { en: string; zh: string }> = {
  number: bi('a number', '数字'),
  boolean: bi('true or false', 'true 或 false'),
  object: bi('a JSON value', 'JSON 值'),
};

function defaultAt(key: string): unknown {
  return getPath(DEFAULT_SETTINGS, key);
}

function checkKey(key: string): void {
  if (defaultAt(key) === undefined) {
    throw new UsageError(m.both('unknown', { key }), m.both('unknownHint'));
  }
}

/** Text from the command line, typed by what the default holds at that key. */
export function coerce(key: string, text: string): unknown {
  const d = defaultAt(key);
  const bad = (type: string) => new DataError(bi(m.t('en', 'badValue', { key, type: TYPE_NAME[type].en, value: text }), m.t('zh', 'badValue', { key, type: TYPE_NAME[type].zh, value: text })));
  if (typeof d === 'number') {
    if (!/^-?\d+(\.\d+)?$/.test(text.trim())) throw bad('number');
    return Number(text);
  }
  if (typeof d === 'boolean') {
    if (!/^(true|false)$/i.test(text.trim())) throw bad('boolean');
    return text.trim().toLowerCase() === 'true';
  }
  if (d !== null && typeof d === 'object') {
    try {
      const v = JSON.parse(text);
      if (typeof v !== 'object' || v === null || Array.isArray(v) !== Array.isArray(d)) throw new Error();
      return v;
    } catch {
      throw bad('object');
    }
  }
  return text;
}

function show(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

async function settingsStore(ctx: Context) {
  const ledger = await ctx.ledger();
  const store = await import('../store/settings.js');
  return { ledger, ...store };
}

const register: Register = (program, r) => {
  const config = program.command('config').description(r.t(m.both('describe')));

  config
    .command('list', { isDefault: true })
    .description(r.t(m.both('list')))
    .action(
      r.action(async (ctx) => {
        const { ledger, readSettings, readStoredSettings } = await settingsStore(ctx);
        const eff = await readSettings(ledger);
        const stored = await readStoredSettings(ledger);
        const rows = flatten(eff).map(([k, v]) => ({ key: k, value: v, source: getPath(stored, k) === undefined ? 'default' : 'ledger' }));
        if (ctx.json) return writeJson(ctx, rows);
        const L = ctx.lang;
        ctx.out.write(
          renderTable(
            [{ header: m.t(L, 'key') }, { header: m.t(L, 'value'), flex: true }, { header: m.t(L, 'source') }],
            rows.map((x) => [x.key, show(x.value), m.t(L, x.source as 'default' | 'ledger')]),
            { width: ctx.width, headerStyle: ctx.style.dim },
          ),
        );
      }),
    );

  config
    .command('get <key>')
    .description(r.t(m.both('get')))
    .action(
      r.action(async (ctx, key: string) => {
        checkKey(key);
        const { ledger, readSettings } = await settingsStore(ctx);
        const v = getPath(await readSettings(ledger), key);
        if (ctx.json) return writeJson(ctx, v);
        ctx.out.write((typeof v === 'string' ? v : JSON.stringify(v, null, 2)) + '\n');
      }),
    );

  config
    .command('set <key> <value>')
    .description(r.t(m.both('set')))
    .action(
      r.action(async (ctx, key: string, text: string) => {
        checkKey(key);
        const value = coerce(key, text);
        const { ledger, readStoredSettings, writeSetting } = await settingsStore(ctx);
        const [top, ...rest] = key.split('.');
        const stored = await readStoredSettings(ledger);
        const base = stored[top]; // sparse: only what the user changed is stored
        await ledger.transaction(() => writeSetting(ledger, top, rest.length ? setPath(base, rest.join('.'), value) : value));
        if (ctx.json) return writeJson(ctx, { key, value });
        ctx.out.write(m.t(ctx.lang, 'set_ok', { key, value: show(value) }) + '\n');
      }),
    );

  config
    .command('unset <key>')
    .description(r.t(m.both('unset')))
    .action(
      r.action(async (ctx, key: string) => {
        checkKey(key);
        const { ledger, readStoredSettings, writeSetting, deleteSetting } = await settingsStore(ctx);
        const [top, ...rest] = key.split('.');
        await ledger.transaction(async () => {
          if (!rest.length) return void (await deleteSetting(ledger, top));
          const stored = await readStoredSettings(ledger);
          if (stored[top] === undefined) return;
          await writeSetting(ledger, top, setPath(stored[top], rest.join('.'), defaultAt(key)));
        });
        if (ctx.json) return writeJson(ctx, { key, value: defaultAt(key) });
        ctx.out.write(m.t(ctx.lang, 'unset_ok', { key }) + '\n');
      }),
    );
};
export default register;
