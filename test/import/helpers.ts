// In-process `ar` runs for the import tests (fast: no child process), plus ledger inspection.
import path from 'node:path';
import Database from 'better-sqlite3';
import { run } from '../../src/cli/main.js';
import type { Prompts } from '../../src/cli/prompts.js';
import { ROOT, TODAY, tempDir } from '../cli/run-ar.js';

export const FIX = path.join(ROOT, 'fixtures', 'import');
export const DEMO = path.join(ROOT, 'fixtures', 'demo');
export { tempDir, TODAY };

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

export async function ar(
  args: string[],
  o: { db: string; env?: Record<string, string>; prompts?: Prompts; tty?: boolean; errTty?: boolean; config?: string },
): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const tty = !!o.tty;
  const code = await run(['node', 'ar', ...args], {
    env: {
      NO_COLOR: '1',
      AR_TODAY: TODAY,
      AR_LANG: 'en',
      AR_DB: o.db,
      AR_CONFIG_DIR: o.config ?? path.join(path.dirname(o.db), 'config'),
      ...o.env,
    },
    stdout: { write: (s: string) => void (stdout += s), isTTY: tty, columns: 120 },
    stderr: { write: (s: string) => void (stderr += s), isTTY: !!o.errTty },
    stdinIsTTY: tty,
    prompts: o.prompts,
  });
  return { code, stdout, stderr };
}

export function newDb(): string {
  return path.join(tempDir('ar-import-'), 'ledger.db');
}

export function db(file: string): Database.Database {
  return new Database(file, { readonly: true });
}

/** Open balance and count of open items per currency. */
export function openBalances(file: string): Record<string, { items: number; open: string }> {
  const d = db(file);
  try {
    const rows = d
      .prepare(`SELECT currency, count(*) AS items, sum(open_minor) AS open FROM invoices WHERE status = 'open' GROUP BY currency ORDER BY currency`)
      .all() as { currency: string; items: number; open: number }[];
    return Object.fromEntries(rows.map((r) => [r.currency, { items: r.items, open: (r.open / 100).toFixed(2) }]));
  } finally {
    d.close();
  }
}

export function count(file: string, sql: string, params: Record<string, unknown> = {}): number {
  const d = db(file);
  try {
    return Number(d.prepare(sql).pluck().get(params));
  } finally {
    d.close();
  }
}

export function rows<T = Record<string, unknown>>(file: string, sql: string, params: Record<string, unknown> = {}): T[] {
  const d = db(file);
  try {
    return d.prepare(sql).all(params) as T[];
  } finally {
    d.close();
  }
}

/** Everything in the tables an import writes, for before/after comparisons. */
export function snapshotLedger(file: string): string {
  const d = db(file);
  try {
    const out: Record<string, unknown[]> = {};
    for (const t of ['customers', 'contacts', 'invoices', 'payments', 'allocations', 'import_batches'])
      out[t] = d.prepare(`SELECT * FROM ${t} ORDER BY id`).all();
    return JSON.stringify(out);
  } finally {
    d.close();
  }
}
