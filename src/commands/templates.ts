// `ar templates list|init|check`: the Handlebars templates of call scripts, visit briefs and letters.
// list: what is found (yours win over the built-ins, file by file); init: copy the built-ins to your
// folder for editing (never overwriting without --force); check: compile and render every template
// against sample data in both languages — exit 1 on any error or empty placeholder.
import fs from 'node:fs';
import path from 'node:path';
import { writeJson, type Context, type Register } from './shared.js';
import { templatesDir } from '../paths.js';
import { msg, render, t } from '../i18n/index.js';
import { DataError } from '../errors.js';

/** A line of text on stdout, wrapped to the terminal (folder names are long). */
async function say(ctx: Context, text: string): Promise<void> {
  const { wrapWords } = await import('../view/wrap.js');
  ctx.out.write(wrapWords(text, ctx.width, 2).join('\n') + '\n');
}

async function templateSet(ctx: Context) {
  const { documentTemplates } = await import('../view/script.js');
  return documentTemplates(templatesDir(ctx.env));
}

async function listTemplates(ctx: Context, opts: { area?: string }): Promise<void> {
  const found = (await templateSet(ctx)).list().filter((x) => !opts.area || x.area === opts.area);
  const rows = found.map((x) => ({
    id: x.id,
    area: x.area,
    lang: x.lang,
    name: x.name,
    variant: x.variant,
    partial: x.partial,
    source: x.source,
    path: x.path,
  }));
  if (ctx.json) return writeJson(ctx, rows);
  const { renderTable } = await import('../view/table.js');
  const L = ctx.lang;
  const cols = (['area', 'lang', 'name', 'variant', 'source'] as const).map((k) => ({ header: t(L, `templates.head.${k}`), flex: k === 'name' }));
  const body = rows.map((r) => [
    r.area,
    r.lang,
    r.partial ? `${r.name} (${t(L, 'templates.partial')})` : r.name,
    r.variant ?? '',
    t(L, `templates.source.${r.source}`),
  ]);
  ctx.out.write(renderTable(cols, body, { width: ctx.width }));
  await say(ctx, t(L, 'templates.folder', { dir: templatesDir(ctx.env) }));
}

async function initTemplates(ctx: Context, opts: { area?: string; force?: boolean }): Promise<void> {
  const { BUILTIN_TEMPLATES } = await import('../view/templates.js');
  const dir = templatesDir(ctx.env);
  const files = fs.readdirSync(BUILTIN_TEMPLATES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.hbs'));
  let copied = 0;
  let skipped = 0;
  for (const rel of files.sort()) {
    if (opts.area && rel.split(path.sep)[0] !== opts.area) continue;
    const to = path.join(dir, rel);
    if (fs.existsSync(to) && !opts.force) {
      skipped++;
      continue;
    }
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(path.join(BUILTIN_TEMPLATES, rel), to);
    copied++;
  }
  if (ctx.json) return writeJson(ctx, { dir, copied, skipped });
  await say(ctx, t(ctx.lang, 'templates.copied', { n: copied, dir, skipped }));
}

async function checkAll(ctx: Context, opts: { area?: string }): Promise<void> {
  const { checkTemplates } = await import('../view/samples.js');
  const results = checkTemplates(await templateSet(ctx), opts.area);
  const failed = results.filter((r) => r.status === 'failed');
  if (ctx.json) writeJson(ctx, results);
  else {
    for (const r of results) {
      if (r.status === 'ok') await say(ctx, t(ctx.lang, 'templates.ok', { id: r.id, lang: r.lang }));
      if (r.status === 'compiled') await say(ctx, t(ctx.lang, 'templates.compiledOnly', { id: r.id, area: r.area }));
    }
  }
  if (failed.length) {
    const details = failed.map((r) => '  ' + (r.error ? render(ctx.lang, r.error) : r.id));
    throw new DataError(msg('templates.failed', { n: failed.length }), undefined, details);
  }
  if (!ctx.json) await say(ctx, t(ctx.lang, 'templates.allOk', { n: results.length }));
}

const register: Register = (program, r) => {
  const cmd = program.command('templates').description(r.tr('templates.describe'));
  cmd
    .command('list')
    .description(r.tr('templates.list'))
    .option('--area <area>', r.tr('templates.area'))
    .action(r.action(async (ctx, opts: { area?: string }) => listTemplates(ctx, opts)));
  cmd
    .command('init')
    .description(r.tr('templates.init'))
    .option('--area <area>', r.tr('templates.area'))
    .option('--force', r.tr('templates.force'))
    .action(r.action(async (ctx, opts: { area?: string; force?: boolean }) => initTemplates(ctx, opts)));
  cmd
    .command('check')
    .description(r.tr('templates.check'))
    .option('--area <area>', r.tr('templates.area'))
    .action(r.action(async (ctx, opts: { area?: string }) => checkAll(ctx, opts)));
};
export default register;
