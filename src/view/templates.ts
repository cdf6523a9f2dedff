// The Handlebars set-up every document shares: call scripts, visit briefs, letters, statements.
//
// Why a wrapper and not Handlebars as it comes:
// - Resolution: the user's templates folder wins over the built-ins, file by file (partials too), and a
//   customer-type variant (`formal-demand.delayer.hbs`) wins over the plain template.
// - Strict: a letter is evidence and a script is read aloud, so a fact that is missing, null or empty
//   must stop the render with the template and the variable named — never print a blank. Handlebars'
//   own `strict` option catches missing keys; empty values are caught by rewriting every plain
//   `{{path}}` into `{{__value path name="path"}}` before compiling (a helper that refuses empties).
// - Escaping per format: HTML output escapes every value (a customer called `<script>` or `{{x}}`
//   prints literally); text output (txt, md, scripts) must not turn `&` into `&amp;`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import type { Lang } from '../i18n/index.js';
import { DataError } from '../errors.js';
import { msg } from '../i18n/msg.js';
import { formatMoney } from '../core/money.js';
import { formatDate } from './dates.js';

export type TemplateArea = string;
export type TemplateFormat = 'html' | 'text';

/** Built-in templates ship at the package root: dist/view → ../../templates, and src/view the same. */
export const BUILTIN_TEMPLATES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');

export interface TemplatesOptions {
  /** The user's folder (`<config dir>/templates`), laid out like the built-ins; null: built-ins only. */
  userDir?: string | null;
  builtinDir?: string;
}

export interface ResolvedTemplate {
  /** area/lang/name[.variant], as errors and `ar templates list` name it. */
  id: string;
  area: string;
  lang: Lang;
  name: string;
  variant: string | null;
  partial: boolean;
  path: string;
  source: 'user' | 'builtin';
}

export interface RenderOptions {
  variant?: string | null;
  format?: TemplateFormat;
}

/** A template that cannot be found, compiled or filled: exit 1, with the template and variable named. */
export class TemplateError extends DataError {}

type Helper = (...args: unknown[]) => unknown;
type HbsEnv = typeof Handlebars;
type Node = Record<string, unknown> & { type: string };

const PLAIN_PATH = /^[A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*)*$/;

export interface Templates {
  resolve(area: TemplateArea, lang: Lang, name: string, opts?: { variant?: string | null }): ResolvedTemplate;
  render(area: TemplateArea, lang: Lang, name: string, data: object, opts?: RenderOptions): string;
  /** Every template and partial found, user and built-in (a user file shadows the built-in of that id). */
  list(): ResolvedTemplate[];
  registerHelper(name: string, fn: Helper): void;
}

export function createTemplates(opts: TemplatesOptions = {}): Templates {
  return new TemplateSet(opts.userDir ?? null, opts.builtinDir ?? BUILTIN_TEMPLATES);
}

class TemplateSet implements Templates {
  private readonly helpers = new Map<string, Helper>();
  private readonly envs = new Map<string, HbsEnv>();
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();

  constructor(
    private readonly userDir: string | null,
    private readonly builtinDir: string,
  ) {
    for (const [name, fn] of Object.entries(builtinHelpers())) this.helpers.set(name, fn);
  }

  registerHelper(name: string, fn: Helper): void {
    this.helpers.set(name, fn);
    for (const env of this.envs.values()) env.registerHelper(name, fn as Handlebars.HelperDelegate);
  }

  resolve(area: TemplateArea, lang: Lang, name: string, opts: { variant?: string | null } = {}): ResolvedTemplate {
    const variant = opts.variant ?? null;
    const files = variant ? [`${name}.${variant}.hbs`, `${name}.hbs`] : [`${name}.hbs`];
    for (const [source, root] of this.roots()) {
      for (const file of files) {
        const p = path.join(root, area, lang, file);
        if (isFile(p)) return describe(area, lang, file, p, source, false);
      }
    }
    throw new TemplateError(msg('tpl.notFound', { id: `${area}/${lang}/${name}`, dirs: this.searched(area, lang) }));
  }

  render(area: TemplateArea, lang: Lang, name: string, data: object, opts: RenderOptions = {}): string {
    const found = this.resolve(area, lang, name, opts);
    const format = opts.format ?? 'text';
    const fn = this.compile(found, format);
    try {
      return fn(data, { data: { lang, format } });
    } catch (e) {
      throw asTemplateError(e, found.id);
    }
  }

  list(): ResolvedTemplate[] {
    const byId = new Map<string, ResolvedTemplate>();
    // Built-ins first, so that a user file of the same id replaces its entry.
    for (const [source, root] of [...this.roots()].reverse()) {
      for (const t of walk(root, source)) byId.set(`${t.id}${t.partial ? '#partial' : ''}`, t);
    }
    return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  private *roots(): Iterable<['user' | 'builtin', string]> {
    if (this.userDir) yield ['user', this.userDir];
    yield ['builtin', this.builtinDir];
  }

  private searched(area: string, lang: string): string {
    return [...this.roots()].map(([, root]) => path.join(root, area, lang)).join(', ');
  }

  private compile(t: ResolvedTemplate, format: TemplateFormat): Handlebars.TemplateDelegate {
    const key = `${format}:${t.path}`;
    const hit = this.compiled.get(key);
    if (hit) return hit;
    const env = this.env(t.area, t.lang, format);
    const fn = compileStrict(env, readTemplate(t), t.id, format, this.helpers);
    this.compiled.set(key, fn);
    return fn;
  }

  /** One Handlebars environment per area, language and format: partials are registered per folder. */
  private env(area: string, lang: Lang, format: TemplateFormat): HbsEnv {
    const key = `${area}/${lang}/${format}`;
    const hit = this.envs.get(key);
    if (hit) return hit;
    const env = Handlebars.create();
    for (const [name, fn] of this.helpers) env.registerHelper(name, fn as Handlebars.HelperDelegate);
    env.registerHelper('__value', valueHelper);
    // Built-in partials first, then the user's replace them by name.
    for (const [source, root] of [...this.roots()].reverse()) {
      const dir = path.join(root, area, lang, 'partials');
      for (const file of listHbs(dir)) {
        const t = describe(area, lang, file, path.join(dir, file), source, true);
        const partial = compileStrict(env, readTemplate(t), t.id, format, this.helpers);
        env.registerPartial(file.slice(0, -'.hbs'.length), ((ctx: unknown, o: Handlebars.RuntimeOptions) => {
          try {
            return partial(ctx, o);
          } catch (e) {
            throw asTemplateError(e, t.id);
          }
        }) as unknown as Handlebars.Template);
      }
    }
    this.envs.set(key, env);
    return env;
  }
}

function compileStrict(env: HbsEnv, source: string, id: string, format: TemplateFormat, helpers: ReadonlyMap<string, Helper>): Handlebars.TemplateDelegate {
  let ast: hbs.AST.Program;
  try {
    ast = env.parse(source);
  } catch (e) {
    throw new TemplateError(msg('tpl.syntax', { id, detail: firstLine(e) }));
  }
  guardValues(ast as unknown as Node, helpers);
  return env.compile(ast, { strict: true, noEscape: format !== 'html' });
}

/**
 * Rewrite each `{{path}}` that prints a value (not a helper call) into `{{__value path name="path"}}`,
 * walking into blocks. Helpers with arguments (`{{money amount currency}}`) are left alone: their
 * arguments are still looked up strictly, and the helpers refuse empties themselves.
 */
function guardValues(node: Node | null | undefined, helpers: ReadonlyMap<string, Helper>): void {
  if (!node || typeof node !== 'object') return;
  if (node.type === 'Program') {
    for (const s of node.body as Node[]) guardValues(s, helpers);
    return;
  }
  if (node.type === 'BlockStatement') {
    guardValues(node.program as Node, helpers);
    guardValues(node.inverse as Node, helpers);
    return;
  }
  if (node.type !== 'MustacheStatement') return;
  const p = node.path as Node;
  const params = node.params as Node[];
  if (params.length > 0 || node.hash) {
    // A helper call: each variable argument must be there and non-empty (Handlebars' strict mode
    // does not look at helper arguments).
    node.params = params.map((a) => (guardable(a, helpers) ? guarded(a, 'SubExpression') : a));
    return;
  }
  if (guardable(p, helpers)) Object.assign(node, { path: guarded(p, 'SubExpression').path, params: [p], hash: guarded(p, 'SubExpression').hash });
}

function guardable(n: Node, helpers: ReadonlyMap<string, Helper>): boolean {
  const original = (n as { original?: unknown }).original;
  if (n.type !== 'PathExpression' || (n as { data?: boolean }).data || typeof original !== 'string') return false;
  return !helpers.has(original) && (PLAIN_PATH.test(original) || original === 'this');
}

/** `(__value path name="path")`: the value itself, or a located error when it is missing or empty. */
function guarded(p: Node, type: 'SubExpression'): Node {
  const loc = p.loc;
  const name = String((p as { original?: unknown }).original);
  return {
    type,
    path: { type: 'PathExpression', data: false, depth: 0, parts: ['__value'], original: '__value', loc },
    params: [p],
    hash: { type: 'Hash', pairs: [{ type: 'HashPair', key: 'name', value: { type: 'StringLiteral', value: name, original: name, loc }, loc }], loc },
    loc,
  };
}

function valueHelper(value: unknown, options: Handlebars.HelperOptions & { loc?: { start?: { line?: number } } }): unknown {
  if (value === undefined || value === null || value === '' || (typeof value === 'number' && Number.isNaN(value))) {
    throw new EmptyValue(String(options.hash.name), options.loc?.start?.line ?? 0, value === undefined);
  }
  return value;
}

class EmptyValue extends Error {
  constructor(
    readonly variable: string,
    readonly line: number,
    readonly missing: boolean,
  ) {
    super(`${variable} is ${missing ? 'missing' : 'empty'}`);
  }
}

function asTemplateError(e: unknown, id: string): TemplateError {
  if (e instanceof TemplateError) return e;
  if (e instanceof EmptyValue) {
    return new TemplateError(msg(e.missing ? 'tpl.missing' : 'tpl.empty', { id, variable: e.variable, line: e.line }));
  }
  const text = firstLine(e);
  // Handlebars strict mode: `"customer" not defined in [object Object] - 3:10`.
  const missing = /"([^"]+)" not defined in .*? - (\d+):\d+/.exec(text);
  if (missing) return new TemplateError(msg('tpl.missing', { id, variable: missing[1] ?? '', line: Number(missing[2]) }));
  if (e instanceof DataError) return new TemplateError(e.text, e.hint);
  return new TemplateError(msg('tpl.failed', { id, detail: text }));
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}

function builtinHelpers(): Record<string, Helper> {
  const langOf = (options: unknown): Lang => {
    const lang = (options as { data?: { lang?: string } })?.data?.lang;
    return lang === 'zh' ? 'zh' : 'en';
  };
  return {
    /** {{money amountMinor currency}}: exact, in the template's language (¥ for CNY in Chinese). */
    money: (minor: unknown, currency: unknown, options: unknown) => {
      if (typeof minor !== 'number' || !Number.isSafeInteger(minor) || typeof currency !== 'string' || !currency) {
        throw new TemplateError(msg('tpl.badMoney', { value: String(minor), currency: String(currency) }));
      }
      if (langOf(options) === 'zh' && currency.toUpperCase() === 'CNY') return formatMoney(minor, currency, { symbol: true });
      return `${currency.toUpperCase()} ${formatMoney(minor, currency)}`;
    },
    /** {{date iso}}: `4 December 2026` / `2026年12月4日`. */
    date: (iso: unknown, options: unknown) => {
      if (typeof iso !== 'string' || !iso) throw new TemplateError(msg('tpl.badDate', { value: String(iso) }));
      return formatDate(iso.slice(0, 10), langOf(options), 'long');
    },
    eq: (a: unknown, b: unknown) => a === b,
    join: (list: unknown, sep: unknown) => (Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : ''),
  };
}

function readTemplate(t: ResolvedTemplate): string {
  try {
    return fs.readFileSync(t.path, 'utf8');
  } catch (e) {
    throw new TemplateError(msg('tpl.unreadable', { id: t.id, file: t.path, detail: firstLine(e) }));
  }
}

function describe(area: string, lang: string, file: string, p: string, source: 'user' | 'builtin', partial: boolean): ResolvedTemplate {
  const base = file.slice(0, -'.hbs'.length);
  const dot = partial ? -1 : base.indexOf('.');
  const name = dot < 0 ? base : base.slice(0, dot);
  const variant = dot < 0 ? null : base.slice(dot + 1);
  const id = `${area}/${lang}/${partial ? 'partials/' : ''}${base}`;
  return { id, area, lang: lang as Lang, name, variant, partial, path: p, source };
}

function* walk(root: string, source: 'user' | 'builtin'): Iterable<ResolvedTemplate> {
  for (const area of listDirs(root)) {
    for (const lang of listDirs(path.join(root, area))) {
      if (lang !== 'en' && lang !== 'zh') continue;
      const dir = path.join(root, area, lang);
      for (const file of listHbs(dir)) yield describe(area, lang, file, path.join(dir, file), source, false);
      for (const file of listHbs(path.join(dir, 'partials'))) {
        yield describe(area, lang, file, path.join(dir, 'partials', file), source, true);
      }
    }
  }
}

function listDirs(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  } catch {
    return [];
  }
}

function listHbs(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.hbs'))
      .sort();
  } catch {
    return [];
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
