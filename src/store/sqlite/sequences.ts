// Gap-free numbering for documents that are evidence (letter references HK-2026-000123). A number
// is taken inside the transaction that records the document, so a rolled-back run takes none and two
// runs never share one. The first number of a year follows the highest reference already in the
// ledger with that prefix (letters imported, or made before the sequence existed).
import type { Ledger } from './ledger.js';

/** The next number of `name` (e.g. 'letter-2026'), advancing the sequence. Call inside a transaction. */
export async function takeNumber(ledger: Ledger, name: string, prefix: string): Promise<number> {
  const row = ledger.db.prepare('SELECT next FROM sequences WHERE name = ?').get(name) as { next: number } | undefined;
  let n = row?.next;
  if (n === undefined) {
    const used = ledger.db
      .prepare(
        `SELECT max(CAST(substr(reference_no, length(@prefix) + 1) AS INTEGER)) AS hi
           FROM letters WHERE substr(reference_no, 1, length(@prefix)) = @prefix`,
      )
      .get({ prefix }) as { hi: number | null };
    n = (used.hi ?? 0) + 1;
  }
  ledger.db.prepare('INSERT INTO sequences (name, next) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET next = excluded.next').run(name, n + 1);
  return n;
}
