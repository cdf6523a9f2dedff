// Prompt functions are injected through the context so interactive flows can be tested without a TTY.
// The real ones come from @inquirer/prompts, loaded only when a question is actually asked.
import { CancelledError, UsageError } from '../errors.js';
import { msg } from '../i18n/index.js';

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

export function inquirerPrompts(): Prompts {
  const load = () => import('@inquirer/prompts');
  const opts = { output: process.stderr }; // data on stdout, questions on stderr
  return {
    input: (q) => guard(async () => (await load()).input(q, opts)),
    select: (q) => guard(async () => (await load()).select(q as never, opts)) as never,
    confirm: (q) => guard(async () => (await load()).confirm(q, opts)),
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
