// Prompt functions are injected through the context so interactive flows can be tested without a TTY.
// The real ones come from @inquirer/prompts, loaded only when a question is actually asked.
import { CancelledError, UsageError } from '../errors.js';
import { styleText } from 'node:util';
import { en } from '../i18n/en.js';
import { msg, render, t, type Lang, type MessageKey } from '../i18n/index.js';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

export interface Prompts {
  input(q: { message: string; default?: string; validate?: (v: string) => true | string }): Promise<string>;
  select<T>(q: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  confirm(q: { message: string; default?: boolean }): Promise<boolean>;
}

function isCancel(e: unknown): boolean {
  const name = (e as Error)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError' || name === 'CancelPromptError';
}

async function guard<T>(p: () => Promise<T>): Promise<T> {
  try {
    return await p();
  } catch (e) {
    if (isCancel(e)) throw new CancelledError();
    throw e;
  }
}

/**
 * The key hints under a question, in the user's language: inquirer (v8) asks its theme's
 * `style.keysHelpTip` to render [key, action] pairs such as ['↑↓', 'navigate'], ['⏎', 'select'].
 */
export function promptTheme(lang: Lang) {
  const dim = (s: string) => styleText('dim', s);
  const yes = t(lang, 'words.keys.yes');
  const no = t(lang, 'words.keys.no');
  return {
    // A yes/no question answers 是/否 in Chinese (inquirer accepts y/n whatever the words).
    keywords: { yes, no, error: () => t(lang, 'words.keys.yesNoError', { yes, no }) },
    style: {
      keysHelpTip: (keys: [string, string][]) =>
        keys
          .map(([key, action]) =>
            Object.hasOwn(en.words.keys, action) ? dim(render(lang, { key: `words.keys.${action}` as MessageKey })) : `${key} ${dim(action)}`,
          )
          .join(dim(t(lang, 'words.keys.sep'))),
    },
  };
}

export function inquirerPrompts(lang: Lang = 'en'): Prompts {
  const load = () => import('@inquirer/prompts');
  const opts = { output: process.stderr }; // data on stdout, questions on stderr
  const theme = promptTheme(lang);
  return {
    input: (q) => guard(async () => (await load()).input(q, opts)),
    select: (q) => guard(async () => (await load()).select({ ...q, theme } as never, opts)) as never,
    confirm: (q) => guard(async () => (await load()).confirm({ ...q, theme } as never, opts)),
  };
}

/** Without a TTY a question is a usage error naming the flag that answers it, never a hang. */
export function noTtyPrompts(): Prompts {
  const fail = (message: string): never => {
    throw new UsageError(msg('cli.noTty', { message }), msg('cli.noTtyHint'));
  };
  return {
    input: async (q) => fail(q.message),
    select: async (q) => fail(q.message),
    confirm: async (q) => fail(q.message),
  };
}
