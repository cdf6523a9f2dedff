// Typed errors. Commands throw these; src/cli/main.ts is the one place that turns them into text and exit codes.
import type { Bilingual } from './i18n/index.js';
import type { Msg } from './i18n/msg.js';

export const EXIT = { ok: 0, failure: 1, usage: 2, cancelled: 3, interrupted: 130 } as const;

export abstract class ArError extends Error {
  abstract readonly exitCode: number;
  /**
   * A catalogue message (key + parameters). `Bilingual` remains for src/import, whose messages are
   * also kept rendered in both languages (text.ts inBoth) until that area moves to Msg;
   * `hint` is the line that says what to do next. The text is rendered in src/cli, in the user's language.
   */
  constructor(
    readonly text: Msg | Bilingual,
    readonly hint?: Msg | Bilingual,
    readonly details: string[] = [],
  ) {
    super('key' in text ? text.key : text.en);
  }
  /**
   * The details are located problems (FILE:LINE: …) that come first, and the message is the last
   * line, where it is seen after a screenful of them; it then carries what to do itself (no hint).
   */
  detailsFirst = false;
}

/** Bad data or a refused operation: exit 1, nothing written. */
export class DataError extends ArError {
  readonly exitCode = EXIT.failure;
}

/** The command line itself is wrong (unknown flag, missing answer without a TTY): exit 2. */
export class UsageError extends ArError {
  readonly exitCode = EXIT.usage;
}

/** The user cancelled at a prompt (Ctrl-C, Esc, answered no): exit 3. */
export class CancelledError extends ArError {
  readonly exitCode = EXIT.cancelled;
  constructor() {
    super({ key: 'common.cancelled' });
  }
}

/** Ctrl-C or SIGTERM during a run that writes: rolled back, exit 130 (the shell's code for SIGINT). */
export class InterruptedError extends ArError {
  readonly exitCode = EXIT.interrupted;
}
