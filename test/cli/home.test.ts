// The home screen: `ar` with no arguments on a terminal shows today's summary and a menu whose items
// run commands in this process; without a terminal it prints the help. Prompts are injected.
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { BIN, runAr, TODAY } from './run-ar.js';
import { buildQueueLedger } from './queue-fixture.js';
import type { Prompts } from '../../src/cli/prompts.js';

let db: string;
beforeAll(() => {
  db = buildQueueLedger().db;
});

function tty() {
  let text = '';
  return { isTTY: true, columns: 80, write: (s: string) => void (text += s), text: () => text };
}

/** Answers the menu from a list, in order; records every menu offered. */
function menu(picks: unknown[], inputs: string[], seen: string[][]): Prompts {
  return {
    select: async (q) => {
      seen.push(q.choices.map((c) => String(c.value)));
      const v = picks.shift();
      if (!q.choices.some((c) => c.value === v)) throw new Error(`not a choice: ${String(v)}`);
      return v as never;
    },
    input: async () => inputs.shift() ?? '',
    confirm: async () => true,
  };
}

async function home(args: string[], prompts: Prompts, dbPath = db) {
  const out = tty();
  const err = tty();
  const env = { NO_COLOR: '1', AR_TODAY: TODAY, AR_LANG: 'en', AR_DB: dbPath, HOME: '/tmp', PATH: process.env.PATH ?? '' };
  const code = await run([process.execPath, BIN, ...args], { env, stdout: out, stderr: err, stdinIsTTY: true, prompts });
  return { code, stdout: out.text(), stderr: err.text() };
}

describe('home screen', () => {
  it('shows today’s summary and runs the chosen items in-process until quit', async () => {
    const seen: string[][] = [];
    const r = await home([], menu(['queue', 'account', 'quit'], ['C001'], seen), db);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('huikuan — Mon 30 Nov 2026');
    expect(r.stderr.replace(/\s+/g, ' ')).toMatch(
      /Today — calls due: \d+ · promises due: \d+ · broken promises: \d+ · letters due: \d+ · claims near expiry: \d+/,
    );
    // The queue ran, then the account: both on stdout.
    expect(r.stdout).toContain("Today's calls");
    expect(r.stdout).toContain('Acme Corp (C001)');
    expect(seen.length).toBe(3);
    // Items are dispatched by command name: the ones not in this build are not offered.
    expect(seen[0]).toEqual(expect.arrayContaining(['queue', 'account', 'script', 'import', 'aging', 'status', 'quit']));
    for (const item of seen[0]!) expect(['call', 'queue', 'account', 'script', 'import', 'letter', 'aging', 'status', 'quit']).toContain(item);
  });

  it('in Chinese, with --lang zh', async () => {
    const r = await home(['--lang', 'zh'], menu(['quit'], [], []));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('今日应办：待打电话');
  });

  it('with no ledger yet: import or the demo', async () => {
    const seen: string[][] = [];
    const r = await home([], menu(['quit'], [], seen), '/tmp/ar-home-none/ledger.db');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('No ledger yet');
    expect(seen[0]).toEqual(['import', 'demo', 'quit']);
  });

  it('a failing command is reported and the menu comes back', async () => {
    const r = await home([], menu(['account', 'quit'], ['nobody here'], []));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('no customer matches "nobody here"');
    expect(r.stderr).toContain('(the command ended with exit code 1)');
  });

  it('without a terminal, `ar` prints the help as before', async () => {
    const r = await runAr([], { db });
    expect(r.stdout + r.stderr).toContain('Usage: ar');
  });
});
