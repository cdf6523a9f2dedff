// An import reads the whole invoices table (a re-import joins every row to its invoice). With the
// ledger mapped, each page it touched stayed in the process's resident set (432 MB re-importing a
// 1M-row register, BENCHMARKS.md), so the import runs unmapped and the reports keep the mapping.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTransaction } from '../../src/store/sqlite/batches.js';
import { Ledger, MMAP_BYTES } from '../../src/store/sqlite/ledger.js';
import { tempDir } from '../cli/run-ar.js';

const mapped = (l: Ledger) => Number(l.db.pragma('mmap_size', { simple: true }));

describe('import transaction: the ledger file is not mapped meanwhile', () => {
  it('maps nothing inside the import, and maps the ledger again after it commits, rolls back or fails', async () => {
    const ledger = await Ledger.open(path.join(tempDir(), 'ledger.db'));
    try {
      expect(mapped(ledger)).toBe(MMAP_BYTES);
      const inside: number[] = [];
      for (const commit of [true, false]) {
        await importTransaction(ledger, commit, async () => {
          inside.push(mapped(ledger));
        });
        expect(mapped(ledger)).toBe(MMAP_BYTES);
      }
      await expect(
        importTransaction(ledger, true, async () => {
          inside.push(mapped(ledger));
          throw new Error('bad row');
        }),
      ).rejects.toThrow('bad row');
      expect(mapped(ledger)).toBe(MMAP_BYTES);
      expect(inside).toEqual([0, 0, 0]);
    } finally {
      await ledger.close();
    }
  });
});
