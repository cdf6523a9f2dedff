// Commander's help and arguments in the user's language: placeholders (`<路径>`), defaults and
// choices (`（默认：…）`, `（可选值：…）`), Chinese words for enumerated values (`--by 客户`), and
// wrapping by display width, so that a Chinese description breaks between ideographs and no line of
// `--help` is wider than the terminal.
import { Help, type Command, type Option } from 'commander';
import { en } from '../i18n/en.js';
import { paren, render, t, type Lang, type MessageKey } from '../i18n/index.js';
import { displayWidth } from '../view/width.js';
import { wrapWords } from '../view/wrap.js';

type Words = typeof en.words;

function known<G extends 'term' | 'choice' | 'arg'>(group: G, name: string): name is keyof Words[G] & string {
  return Object.hasOwn(en.words[group], name);
}

/** A placeholder's word in the help language (`path` → `路径`); one the catalogue lacks stays as it is. */
function termWord(lang: Lang, name: string): string {
  return known('term', name) ? render(lang, { key: `words.term.${name}` as MessageKey }) : name;
}

/** `--db <path>` → `--db <路径>`; `[options]` → `[选项]`; `<files...>` → `<文件...>`. */
export function localTerm(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text.replace(
    /([<[])([^>\]]+?)(\.\.\.)?([>\]])/g,
    (_m, open: string, name: string, dots = '', close: string) => open + termWord(lang, name) + dots + close,
  );
}

/** The Chinese words a choice may also be typed as (`客户` for `customer`); none in English. */
function aliases(lang: Lang, code: string): string[] {
  if (lang === 'en' || !known('choice', code)) return [];
  return render(lang, { key: `words.choice.${code}` as MessageKey })
    .split('|')
    .filter((w) => w && w !== code);
}

/** A choice as the help shows it: `customer` in English, `客户/customer` in Chinese. */
export function choiceText(lang: Lang, code: string): string {
  const words = aliases(lang, code);
  return words.length ? `${words[0]}/${code}` : code;
}

/**
 * Every option with choices accepts them in the user's words too (any language: `--by 客户` works
 * under `--lang en`), mapped to the code before commander checks it.
 */
export function acceptChoiceWords(cmd: Command): void {
  for (const opt of cmd.options as Option[]) {
    const choices = opt.argChoices;
    if (!choices) continue;
    const check = opt.parseArg;
    if (!check) continue;
    opt.parseArg = <T>(arg: string, prev: T): T => check.call(opt, choiceCode(choices, arg), prev) as T;
  }
  for (const sub of cmd.commands) acceptChoiceWords(sub);
}

/** The code a typed value stands for: the code itself, or one of its Chinese words. */
export function choiceCode(choices: readonly string[], typed: string): string {
  if (choices.includes(typed)) return typed;
  const v = typed.trim();
  return choices.find((c) => c === v.toLowerCase() || aliases('zh', c).includes(v)) ?? typed;
}

/** An option's description with its choices and default in the help language. */
function optionDescription(o: Option, lang: Lang): string {
  const extra: string[] = [];
  const sep = lang === 'zh' ? '、' : ', ';
  if (o.argChoices) extra.push(t(lang, 'words.help.choices', { list: o.argChoices.map((c) => choiceText(lang, c)).join(sep) }));
  const d = o.defaultValue as unknown;
  // An empty list (a repeatable flag's start) is no default worth stating.
  const shown = d !== undefined && !(Array.isArray(d) && d.length === 0) && (o.required || o.optional || typeof d === 'boolean');
  if (shown) extra.push(t(lang, 'words.help.default', { value: o.defaultValueDescription ?? JSON.stringify(d) }));
  if (extra.length === 0) return o.description;
  const more = paren(lang, extra.join(t(lang, 'words.help.sep')));
  return o.description ? o.description + more : more.trim();
}

/**
 * Lay out one term and its description: the description wrapped in its column, or, when the column
 * would be too narrow, on its own lines under the term.
 */
function formatItem(term: string, termWidth: number, description: string, width: number): string {
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));
  if (!description) return `  ${term}`;
  const column = width - termWidth - 4;
  if (column >= 30) {
    const lines = wrapWords(description, column, 0);
    return lines.map((l, i) => (i === 0 ? `  ${pad(term, termWidth)}  ${l}` : `${' '.repeat(termWidth + 4)}${l}`)).join('\n');
  }
  const lines = wrapWords(description, width - 8, 8, ' '.repeat(8));
  return [`  ${term}`, ...lines].join('\n');
}

/**
 * Commands declared from the registry's table (their module not loaded) that have options of their
 * own: the list of `ar --help` says `[options]` for them as commander does for a loaded command.
 */
export const declaredWithOptions = new WeakSet<Command>();

/** The help configuration for every command of the program, in one language, at one width. */
export function helpConfig(lang: Lang, width: number): Partial<Help> {
  return {
    helpWidth: width,
    displayWidth: (s: string) => displayWidth(s),
    boxWrap: (s: string, w: number) =>
      s
        .split('\n')
        .map((line) => wrapWords(line, w, 0).join('\n'))
        .join('\n'),
    optionDescription: (o: Option) => optionDescription(o, lang),
    optionTerm: (o: Option) => localTerm(o.flags, lang),
    // Commander's own terms and usage line, with the placeholders in the help language.
    subcommandTerm(this: Help, cmd: Command) {
      const term = Help.prototype.subcommandTerm.call(this, cmd);
      const name = cmd.name();
      const full = declaredWithOptions.has(cmd) ? `${name} [options]${term.slice(name.length)}` : term;
      return localTerm(full, lang);
    },
    argumentTerm: (a) => termWord(lang, a.name()),
    commandUsage(this: Help, cmd: Command) {
      return localTerm(Help.prototype.commandUsage.call(this, cmd), lang);
    },
    formatItem: (term: string, termWidth: number, description: string) => formatItem(term, termWidth, description, width),
  };
}

/** The readable name of a missing argument, for "缺少要导入的文件"; null when the catalogue has none. */
export function argumentWords(lang: Lang, name: string): string | null {
  return known('arg', name) ? render(lang, { key: `words.arg.${name}` as MessageKey }) : null;
}
