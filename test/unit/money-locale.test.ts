import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { currencyForLocale } from '../../src/core/money.js';
import { ar, tempDir } from '../import/helpers.js';

describe("a new ledger's currency follows the locale", () => {
  it('maps regions and languages to their currency; C/POSIX says nothing', () => {
    const cases: [string, string | undefined][] = [
      ['en_US.UTF-8', 'USD'],
      ['en_GB.UTF-8', 'GBP'],
      ['de_DE.UTF-8', 'EUR'],
      ['fr_FR', 'EUR'],
      ['es_ES', 'EUR'],
      ['it_IT', 'EUR'],
      ['nl_NL', 'EUR'],
      ['zh_CN.UTF-8', 'CNY'],
      ['zh_HK', 'HKD'],
      ['zh_TW', 'TWD'],
      ['en_SG', 'SGD'],
      ['de', 'EUR'],
      ['C.UTF-8', undefined],
      ['POSIX', undefined],
    ];
    expect(cases.length).toBeGreaterThan(0);
    for (const [locale, currency] of cases) expect(currencyForLocale(locale), locale).toBe(currency);
  });

  it('ar init takes it; --currency still wins', async () => {
    const dir = tempDir();
    const currency = async (db: string) => (await ar(['config', 'get', 'default_currency'], { db })).stdout.trim();
    const a = path.join(dir, 'a.db');
    expect((await ar(['init'], { db: a, env: { LANG: 'en_GB.UTF-8' } })).code).toBe(0);
    expect(await currency(a)).toBe('GBP');
    const b = path.join(dir, 'b.db');
    expect((await ar(['init', '--currency', 'CNY'], { db: b, env: { LANG: 'en_US.UTF-8' } })).code).toBe(0);
    expect(await currency(b)).toBe('CNY');
  });
});
