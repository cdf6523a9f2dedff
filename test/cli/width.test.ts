// Every line fits 80 columns: every command of the registry (sub-commands too), its --help, and its
// output on the demo book, in English and in Chinese, measured by display width (an ideograph is two
// columns). A command added to the registry is covered without touching this file: its required
// arguments get a sample by name (a customer, a file, a setting), or a customer code.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import type { Context } from '../../src/cli/context.js';
import { displayWidth } from '../../src/view/width.js';
import { ROOT, runAr, tempDir } from './run-ar.js';

const WIDTH = 80;
const LANGS = ['en', 'zh'] as const;

/** Sample values for required arguments, by the argument's name. */
const SAMPLES: Record<string, string[]> = {
  files: ['fixtures/import/kingdee-gb18030.csv'],
  id: ['C0002'],
  key: ['aging.buckets'],
  value: ['30,60,90'],
  name: ['generic'],
};

/** Every command path of the program: ['queue'], ['config', 'set'], … (groups and leaves). */
function commandPaths(): string[][] {
  const never = async (): Promise<Context> => {
    throw new Error('not run');
  };
  const program = buildProgram('en', never, { stdout: { write: () => {} }, stderr: { write: () => {} } });
  const out: string[][] = [];
  const walk = (cmd: Command, prefix: string[]) => {
    for (const sub of cmd.commands) {
      if (sub.name() === 'help') continue;
      const p = [...prefix, sub.name()];
      out.push(p);
      walk(sub, p);
    }
  };
  walk(program, []);
  return out;
}

/** A command's required arguments filled with samples (a customer code when the name is unknown). */
function sampleArgs(p: string[]): string[] {
  const never = async (): Promise<Context> => {
    throw new Error('not run');
  };
  let cmd: Command = buildProgram('en', never, { stdout: { write: () => {} }, stderr: { write: () => {} } });
  for (const name of p) cmd = cmd.commands.find((c) => c.name() === name) as Command;
  return cmd.registeredArguments.filter((a) => a.required).flatMap((a) => SAMPLES[a.name()] ?? ['C0002']);
}

/** Lines wider than 80 columns; JSON (data for programs, `profiles show`) is not laid out for a screen. */
function tooWide(text: string): string[] {
  if (/^[[{]/.test(text)) return [];
  return text.split('\n').filter((l) => displayWidth(l) > WIDTH);
}

let dir: string;
let book: string;
const PATHS = commandPaths();

/** A fresh copy of the demo ledger (commands that write must not change what the next one sees). */
function copy(): string {
  const db = path.join(tempDir('ar-width-'), 'ledger.db');
  fs.copyFileSync(book, db);
  return db;
}

async function run(args: string[], db: string) {
  // A config folder per run: `ar templates init` writes there, and other test files read the shared one.
  const r = await runAr(args, { db, env: { COLUMNS: String(WIDTH), AR_CONFIG_DIR: tempDir('ar-width-config-') } });
  return { ...r, wide: [...tooWide(r.stdout), ...tooWide(r.stderr)] };
}

beforeAll(async () => {
  dir = tempDir('ar-width-');
  book = path.join(dir, 'demo.db');
  const r = await runAr(['demo', '--db', book, '--json']);
  expect(r.code).toBe(0);
});

describe('every line fits 80 columns', () => {
  it('the registry lists every command, sub-commands included', () => {
    expect(PATHS.length).toBeGreaterThan(8);
    expect(PATHS).toContainEqual(['config', 'set']);
  });

  for (const lang of LANGS) {
    it(`--help of the program and of every command (${lang})`, async () => {
      for (const p of [[], ...PATHS]) {
        const r = await run([...p, '--help', '--lang', lang], book);
        expect(r.code, p.join(' ')).toBe(0);
        expect(r.stdout.length, p.join(' ')).toBeGreaterThan(0);
        expect(r.wide, `ar ${p.join(' ')} --help`).toEqual([]);
      }
    });

    it(`every command run on the demo book, and its usage error (${lang})`, async () => {
      for (const p of PATHS) {
        const db = copy();
        const r = await run([...p, ...sampleArgs(p), '--lang', lang], db);
        expect(r.stdout.length + r.stderr.length, p.join(' ')).toBeGreaterThan(0);
        expect(r.wide, `ar ${p.join(' ')}`).toEqual([]);
        const bad = await run([...p, '--no-such-flag', '--lang', lang], db);
        expect(bad.code).toBe(2);
        expect(bad.wide, `ar ${p.join(' ')} --no-such-flag`).toEqual([]);
      }
    });

    it(`the daily screens with their options, and every customer's account (${lang})`, async () => {
      const db = copy();
      const screens = [
        ['queue', '--limit', '0'],
        ['queue', '--explain', '--limit', '0'],
        ['aging', '--by', 'type'],
        ['aging', '--by', 'grade'],
        ['aging', '--by', 'collector'],
        ['aging', '--preset', 'cn'],
        ['aging', '--chart'],
        ['status'],
        ['config', 'list'],
        ['profiles', 'list'],
        ['import', 'fixtures/import/qbo-aging-detail.csv', '--dry-run'],
      ];
      for (const s of screens) {
        const r = await run([...s, '--lang', lang], db);
        expect(r.code, s.join(' ')).toBe(0);
        expect(r.wide, `ar ${s.join(' ')}`).toEqual([]);
      }
      // Every customer of the book, from its customers file.
      const codes = fs
        .readFileSync(path.join(ROOT, 'fixtures', 'demo', 'customers.csv'), 'utf8')
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[0])
        .filter(Boolean);
      expect(codes.length).toBe(30);
      for (const code of codes) {
        const r = await run(['account', code, '--lang', lang], db);
        expect(r.code, code).toBe(0);
        expect(r.wide, `ar account ${code}`).toEqual([]);
      }
    });
  }
});
