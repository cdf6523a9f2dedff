// The interactive mapper and questions on a terminal, driven in-process with scripted prompts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ar, rows, tempDir } from './helpers.js';
import { scripted } from '../helpers/prompts.js';

describe('interactive mapper (TTY)', () => {
  it('asks for each unmapped required field, previews, confirms, imports and offers to save a profile', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'l.db');
    const f = path.join(dir, 'odd.csv');
    fs.writeFileSync(f, 'Kunde,Bon-Id,Wert,Datum,Notiz\nAlpha GmbH,R-1,"1,250.00",2026-10-01,x\nBeta AG,R-2,99.90,2026-10-02,y\n');
    const asked: string[] = [];
    const prompts = scripted(
      [
        ['Column for invoice number', 1],
        ['Column for total amount', 2],
        ['Column for due date', -1],
        ['Column for currency', -1],
        ['Column for open balance', -1],
        ['Import with this mapping?', true],
        ['Save this mapping as a profile', true],
        ['Profile name', 'kunden-export'],
      ],
      asked,
    );
    const r = await ar(['import', f, '--currency', 'EUR'], { db, tty: true, prompts });
    expect(r.code, r.stderr).toBe(0);
    expect(asked).toEqual([
      'Column for invoice number',
      'Column for total amount',
      'Column for due date',
      'Column for currency',
      'Column for open balance',
      'Import with this mapping?',
      'Save this mapping as a profile for next time?',
      'Profile name',
    ]);
    // The preview shows parsed rows on stderr.
    expect(r.stderr).toContain('odd.csv: huikuan does not know this layout. Choose the column for each field (invoices).');
    expect(r.stderr).toMatch(/customer name\s+invoice number\s+invoice date\s+total amount/);
    expect(r.stderr).toMatch(/Alpha GmbH\s+R-1\s+2026-10-01\s+1,250\.00/);
    expect(r.stderr).toContain('Saved profile kunden-export');
    expect(rows(db, 'SELECT number, currency, total_minor AS t FROM invoices ORDER BY number')).toEqual([
      { number: 'R-1', currency: 'EUR', t: 125000 },
      { number: 'R-2', currency: 'EUR', t: 9990 },
    ]);
    const profile = JSON.parse(fs.readFileSync(path.join(dir, 'config', 'profiles', 'kunden-export.json'), 'utf8'));
    expect(profile).toMatchObject({
      name: 'kunden-export',
      kind: 'invoices',
      map: { customerName: 'Kunde', number: 'Bon-Id', total: 'Wert', issueDate: 'Datum' },
      currency: 'EUR',
    });
    // Next time the saved profile is recognised: no questions.
    const again = await ar(['import', f, '--json'], { db, tty: true, prompts: scripted([], []) });
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).files[0]).toMatchObject({ profile: 'kunden-export', unchanged: 2 });
  });

  it('answering no at the confirmation cancels (exit 3) and writes nothing', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'l.db');
    const f = path.join(dir, 'odd.csv');
    fs.writeFileSync(f, 'Kunde,Bon-Id,Wert,Datum\nAlpha,R-1,10.00,2026-10-01\n');
    const prompts = scripted(
      [
        ['Column for', -1],
        ['Currency of the amounts', 'EUR'],
        ['Import with this mapping?', false],
      ],
      [],
    );
    const r = await ar(['import', f], { db, tty: true, prompts });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('ar: error: cancelled');
    expect(fs.existsSync(db)).toBe(false);
  });

  it('asks which comes first when the dates cannot tell', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'l.db');
    const f = path.join(dir, 'amb.csv');
    fs.writeFileSync(f, 'customer_name,number,issue_date,currency,total\nAlpha,1,03/04/2026,USD,10.00\n');
    const asked: string[] = [];
    const r = await ar(['import', f], { db, tty: true, prompts: scripted([['which comes first?', 'dmy']], asked) });
    expect(r.code, r.stderr).toBe(0);
    expect(asked).toEqual([`Dates in ${f} such as 03/04/2026: which comes first?`]);
    expect(rows(db, 'SELECT issue_date AS i FROM invoices')).toEqual([{ i: '2026-04-03' }]);
  });
});
