import type { Ledger } from './ledger.js';
import { mergeSettings, type Settings } from '../../core/settings.js';

export async function readStoredSettings(ledger: Ledger): Promise<Record<string, unknown>> {
  const rows = ledger.db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value)]));
}

/** Effective settings: built-in defaults overlaid with what the ledger stores. */
export async function readSettings(ledger: Ledger): Promise<Settings> {
  return mergeSettings(await readStoredSettings(ledger));
}

export async function writeSetting(ledger: Ledger, key: string, value: unknown): Promise<void> {
  ledger.db
    .prepare('INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run({ key, value: JSON.stringify(value) });
}

export async function deleteSetting(ledger: Ledger, key: string): Promise<boolean> {
  return ledger.db.prepare('DELETE FROM settings WHERE key = @key').run({ key }).changes > 0;
}
