// `ar profiles list|show|save|delete`: import mapping profiles. Built-ins ship with the program;
// user profiles are JSON files under <config dir>/profiles/ (AR_CONFIG_DIR in tests).
import fs from 'node:fs';
import type { Register } from './shared.js';
import { writeJson, type Context } from '../cli/context.js';
import { en } from '../i18n/en.js';
import { msg, render, t, type Lang, type MessageKey } from '../i18n/index.js';
import { DataError, UsageError } from '../errors.js';

/** A built-in profile's description from the catalogue; a user profile's is the user's own text. */
function describe(p: { name: string; description?: string; builtin?: boolean }, L: Lang): string {
  const known = p.builtin && Object.hasOwn(en.profiles.about, p.name);
  return known ? render(L, { key: `profiles.about.${p.name}` as MessageKey }) : (p.description ?? '');
}

interface SaveFlags {
  from?: string;
  base?: string;
  kind?: string;
  map: string[];
  encoding?: string;
  delimiter?: string;
  dateFormat?: string;
  decimalMark?: string;
  currency?: string;
  headerRow?: string;
  skip: string[];
  fingerprint: string[];
  negativeStyle?: string;
  amountIsOpen?: boolean;
  description?: string;
}

const collect = (v: string, prev: string[]) => [...prev, v];

async function runSave(ctx: Context, name: string, f: SaveFlags): Promise<void> {
  const P = await import('../import/plan/profiles.js');
  P.checkProfileName(name);
  let base: Record<string, unknown> = {};
  if (f.from) {
    try {
      base = JSON.parse(fs.readFileSync(f.from, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      throw new DataError(msg('profiles.cannotReadJson', { file: f.from, why: (e as Error).message }));
    }
  } else if (f.base) {
    const { builtin: _b, name: _n, ...rest } = P.findProfile(f.base, ctx.env);
    base = rest as Record<string, unknown>;
  }
  const map: Record<string, string> = { ...((base.map as Record<string, string>) ?? {}) };
  for (const spec of f.map) {
    const eq = spec.indexOf('=');
    if (eq <= 0) throw new UsageError(msg('profiles.badMap', { spec }));
    map[spec.slice(0, eq).trim()] = spec.slice(eq + 1).trim();
  }
  const raw: Record<string, unknown> = { ...base, name };
  const set = (k: string, v: unknown) => {
    if (v !== undefined) raw[k] = v;
  };
  set('description', f.description);
  set('kind', f.kind);
  set('encoding', f.encoding);
  set('delimiter', f.delimiter);
  set('dateFormat', f.dateFormat);
  set('decimalMark', f.decimalMark);
  set('currency', f.currency?.toUpperCase());
  set('headerRow', f.headerRow !== undefined ? Number(f.headerRow) : undefined);
  set('negativeStyle', f.negativeStyle);
  if (f.amountIsOpen) raw.amountIsOpen = true;
  if (f.skip.length) raw.skip = [...((raw.skip as string[]) ?? []), ...f.skip];
  if (f.fingerprint.length)
    raw.fingerprints = [
      ...((raw.fingerprints as string[][]) ?? []),
      ...f.fingerprint.map((s) =>
        s
          .split(',')
          .map((h) => h.trim())
          .filter(Boolean),
      ),
    ];
  if (Object.keys(map).length) raw.map = map;
  if (Object.keys(raw).length <= 1) throw new UsageError(msg('profiles.nothingToSave'));
  if (!raw.fingerprints && raw.map) {
    // Without --fingerprint, the mapped headers identify the layout (and locate its header row).
    const headers = P.mappedHeaders({ name, map: raw.map as Record<string, string> });
    if (headers.length >= 2) raw.fingerprints = [headers];
  }
  if (typeof raw.currency === 'string') {
    const { isIsoCurrency } = await import('../core/money.js');
    if (!isIsoCurrency(raw.currency)) throw new UsageError(msg('profiles.badCurrency', { v: String(f.currency ?? raw.currency) }));
  }
  if (raw.dateFormat !== undefined) {
    const { parseDateFormat } = await import('../import/plan/plan.js');
    parseDateFormat(String(raw.dateFormat));
  }
  const profile = P.validateProfile(raw, name);
  const file = P.saveProfile(profile, ctx.env);
  if (ctx.json) writeJson(ctx, { name, file, profile });
  else ctx.out.write(t(ctx.lang, 'profiles.saved', { name, file }) + '\n');
}

const register: Register = (program, r) => {
  const cmd = program.command('profiles').description(r.tr('profiles.describe'));
  const list = r.action(async (ctx: Context) => {
    const P = await import('../import/plan/profiles.js');
    const all = P.allProfiles(ctx.env);
    const dir = P.profilesDir(ctx.env);
    if (ctx.json) {
      writeJson(ctx, {
        dir,
        profiles: all.map((p) => ({ name: p.name, kind: p.kind ?? null, builtin: !!p.builtin, description: p.description ?? '' })),
      });
      return;
    }
    const L = ctx.lang;
    const { renderTable } = await import('../view/table.js');
    const { isKind } = await import('../import/types.js');
    ctx.out.write(
      renderTable(
        [
          { header: t(L, 'profiles.name') },
          { header: t(L, 'profiles.kind') },
          { header: t(L, 'profiles.where') },
          { header: t(L, 'profiles.description'), flex: true, minWidth: 20 },
        ],
        all.map((p) => [
          p.name,
          p.kind && isKind(p.kind) ? t(L, `common.kind.${p.kind}`) : (p.kind ?? ''),
          p.builtin ? t(L, 'profiles.builtin') : t(L, 'profiles.user'),
          describe(p, L),
        ]),
        { width: ctx.width, headerStyle: ctx.style.dim },
      ) +
        t(L, 'profiles.dir', { dir }) +
        '\n',
    );
  });
  cmd.command('list', { isDefault: true }).description(r.tr('profiles.list')).action(list);
  cmd
    .command('show')
    .description(r.tr('profiles.show'))
    .argument('<name>')
    .action(
      r.action(async (ctx: Context, name: string) => {
        const P = await import('../import/plan/profiles.js');
        const { builtin, ...p } = P.findProfile(name, ctx.env);
        writeJson(ctx, { ...p, builtin: !!builtin });
      }),
    );
  cmd
    .command('save')
    .description(r.tr('profiles.save'))
    .argument('<name>')
    .option('--from <file>', r.tr('profiles.fromFile'))
    .option('--base <profile>', r.tr('profiles.base'))
    .option('--kind <kind>', r.tr('profiles.optKind'))
    .option('--map <field=Header>', r.tr('profiles.optMap'), collect, [] as string[])
    .option('--encoding <name>')
    .option('--delimiter <char>')
    .option('--date-format <order>')
    .option('--decimal-mark <mark>')
    .option('--currency <code>')
    .option('--header-row <n>')
    .option('--skip <regex>', r.tr('profiles.optSkip'), collect, [] as string[])
    .option('--fingerprint <headers>', r.tr('profiles.optFingerprint'), collect, [] as string[])
    .option('--negative-style <style>', r.tr('profiles.optNegative'))
    .option('--amount-is-open', r.tr('profiles.optAmountIsOpen'))
    .option('--description <text>')
    .action(r.action(async (ctx: Context, name: string, flags: SaveFlags) => runSave(ctx, name, flags)));
  cmd
    .command('delete')
    .description(r.tr('profiles.del'))
    .argument('<name>')
    .action(
      r.action(async (ctx: Context, name: string) => {
        const P = await import('../import/plan/profiles.js');
        const file = P.deleteProfile(name, ctx.env);
        if (ctx.json) writeJson(ctx, { name, file, deleted: true });
        else ctx.out.write(t(ctx.lang, 'profiles.deleted', { name, file }) + '\n');
      }),
    );
};
export default register;
