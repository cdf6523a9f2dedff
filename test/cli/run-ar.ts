// Golden-test harness: runs the built binary (bin/ar.js → dist/) the way a user would, with
// NO_COLOR, a temp ledger and a fixed AR_TODAY, and returns stdout, stderr and the exit code.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(ROOT, 'bin', 'ar.js');
export const TODAY = '2026-11-30';

export interface ArResult {
  stdout: string;
  stderr: string;
  code: number;
}

export function tempDir(prefix = 'ar-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function runAr(args: string[], opts: { db?: string; env?: Record<string, string>; cwd?: string; input?: string } = {}): ArResult {
  const env: Record<string, string> = {
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
  const r = spawnSync(process.execPath, [BIN, ...args], { env, cwd: opts.cwd ?? ROOT, input: opts.input ?? '', encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status ?? -1 };
}

/** Replace a temp path in output so golden text is stable. */
export function scrub(text: string, ...paths: string[]): string {
  let out = text;
  for (const p of paths) out = out.split(p).join('<TMP>');
  return out;
}
