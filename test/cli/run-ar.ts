// Golden-test harness. `runAr` runs the program in-process (`run()` from src/cli/main.ts) the way a
// user's shell would: NO_COLOR, a temp ledger, a fixed AR_TODAY, no terminal; `runBin` spawns the
// built binary (bin/ar.js → dist/) with the same environment, for the few tests that must prove the
// real executable behaves the same. Both return stdout, stderr and the exit code.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/main.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(ROOT, 'bin', 'ar.js');
export const TODAY = '2026-11-30';

export interface ArResult {
  stdout: string;
  stderr: string;
  code: number;
}

export interface ArOptions {
  db?: string;
  env?: Record<string, string>;
  cwd?: string;
}

export function tempDir(prefix = 'ar-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The clean environment every test runs with, whichever way the program is started. */
export function cleanEnv(opts: ArOptions): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.tmpdir(),
    NO_COLOR: '1',
    AR_TODAY: TODAY,
    AR_LANG: 'en',
    LANG: 'C.UTF-8',
    AR_CONFIG_DIR: path.join(os.tmpdir(), 'ar-test-config-none'),
    ...(opts.db ? { AR_DB: opts.db } : {}),
    ...opts.env,
  };
}

/** A piped (non-terminal) output stream that keeps what was written. */
function capture() {
  let text = '';
  return { isTTY: false, write: (s: string) => void (text += s), text: () => text };
}

/**
 * Run `ar ARGS` in this process, stdin not a terminal. The working folder and `process.argv[1]` (which
 * `ar demo` reads to show how it was invoked) are set as the binary would see them, and restored after.
 */
export async function runAr(args: string[], opts: ArOptions = {}): Promise<ArResult> {
  const stdout = capture();
  const stderr = capture();
  const cwd = process.cwd();
  const script = process.argv[1];
  process.chdir(opts.cwd ?? ROOT);
  process.argv[1] = BIN;
  try {
    const code = await run([process.execPath, BIN, ...args], { env: cleanEnv(opts), stdout, stderr, stdinIsTTY: false });
    return { stdout: stdout.text(), stderr: stderr.text(), code };
  } finally {
    process.argv[1] = script;
    process.chdir(cwd);
  }
}

/** Run `ar ARGS` through the built binary in a child process. */
export function runBin(args: string[], opts: ArOptions = {}): ArResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: cleanEnv(opts), cwd: opts.cwd ?? ROOT, input: '', encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status ?? -1 };
}

/** Replace a temp path in output so golden text is stable. */
export function scrub(text: string, ...paths: string[]): string {
  let out = text;
  for (const p of paths) out = out.split(p).join('<TMP>');
  return out;
}
