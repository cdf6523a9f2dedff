// Ctrl-C and SIGTERM during an import (issue 8): a real signal to a real `ar` process. The run rolls
// back, says so in one line, exits 130, and leaves the ledger's bytes as they were and no -wal behind.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDir, TODAY } from './run-ar.js';

const DEMO = path.join(ROOT, 'fixtures', 'demo');

async function interruptMidWrite(signal: NodeJS.Signals): Promise<void> {
  const dir = tempDir();
  const db = path.join(dir, 'l.db');
  const env = { ...process.env, AR_DB: db, AR_TODAY: TODAY, NO_COLOR: '1', AR_LANG: 'en' };
  expect(spawnSync(process.execPath, [BIN, 'import', path.join(DEMO, 'customers.csv'), path.join(DEMO, 'invoices.csv')], { env }).status).toBe(0);
  const before = fs.readFileSync(db);
  const big = path.join(dir, 'big.csv');
  spawnSync(process.execPath, [path.join(ROOT, 'bench', 'gen-invoices.mjs'), big, '400000']);
  const child = spawn(process.execPath, [BIN, 'import', big], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  // Signal it once it is writing: the WAL grows while the transaction is open.
  const wal = `${db}-wal`;
  const started = Date.now();
  let walAtSignal = 0;
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      walAtSignal = fs.existsSync(wal) ? fs.statSync(wal).size : 0;
      if (walAtSignal > 4 * 1024 * 1024 || Date.now() - started > 60_000) {
        clearInterval(tick);
        resolve();
      }
    }, 20);
  });
  expect(child.exitCode).toBeNull(); // still mid-import
  // The case that matters: megabytes of the abandoned transaction are in the -wal when the signal comes.
  expect(walAtSignal).toBeGreaterThan(4 * 1024 * 1024);
  child.kill(signal);
  expect(await exited).toBe(130);
  expect(stderr).toBe('ar: error: cancelled — nothing was imported\n');
  expect(fs.readFileSync(db).equals(before)).toBe(true);
  // The ledger was closed cleanly: no write-ahead log of the abandoned run is left.
  expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
  const status = spawnSync(process.execPath, [BIN, 'status', '--json'], { env, encoding: 'utf8' });
  expect(JSON.parse(status.stdout)).toMatchObject({ customers: 30, invoices: 729 });
}

describe('an interrupted import', () => {
  it('Ctrl-C (SIGINT): one line, exit 130, the ledger byte for byte as before', () => interruptMidWrite('SIGINT'), 120_000);
  it('SIGTERM: the same', () => interruptMidWrite('SIGTERM'), 120_000);
});
