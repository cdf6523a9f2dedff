// `ar call` driven through injected prompts (no terminal needed): the session over today's queue,
// call / skip / quit, every confirmed call saved as it is confirmed, a wrong answer asked again,
// Ctrl-C exiting 3 with what was confirmed kept.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { Prompts } from '../../src/cli/prompts.js';
import { CancelledError } from '../../src/errors.js';
import { buildQueueLedger } from './queue-fixture.js';
import { runAr, TODAY } from './run-ar.js';

/** Answers consumed in order: each question takes the first unused answer whose key it contains. */
function sequence(answers: [string, unknown][], asked: string[] = []): Prompts {
  const left = [...answers];
  const take = (message: string) => {
    asked.push(message);
    const i = left.findIndex(([k]) => message.includes(k));
    if (i < 0) throw new Error(`unexpected question: ${message}`);
    const [[, v]] = left.splice(i, 1) as [[string, unknown]];
    if (v instanceof Error) throw v;
    return v;
  };
  return {
    input: async (q) => String(take(q.message)),
    select: async (q) => {
      const v = take(q.message);
      if (!q.choices.some((c) => c.value === v)) throw new Error(`not a choice: ${String(v)}`);
      return v as never;
    },
    confirm: async (q) => Boolean(take(q.message)),
  };
}

function sink() {
  let text = '';
  return {
    write: (s: string) => void (text += s),
    isTTY: true,
    columns: 80,
    get text() {
      return text;
    },
  };
}

async function call(db: string, prompts: Prompts, ...args: string[]) {
  const out = sink();
  const err = sink();
  const code = await run(['node', 'ar', 'call', ...args, '--db', db], {
    env: { AR_TODAY: TODAY, AR_LANG: 'en', NO_COLOR: '1' },
    stdout: out,
    stderr: err,
    stdinIsTTY: true,
    prompts,
  });
  return { code, out: out.text, err: err.text };
}

const activities = (db: string) => {
  const d = new Database(db, { readonly: true });
  try {
    return d
      .prepare(
        `SELECT c.code, a.outcome, a.contact, a.note, a.next_action_at AS next FROM activities a JOIN customers c ON c.id = a.customer_id WHERE a.created_at = '${TODAY}' ORDER BY a.id`,
      )
      .all();
  } finally {
    d.close();
  }
};

describe('ar call without a terminal', () => {
  it('says so before showing anything, and points to ar log (exit 2)', async () => {
    const { db } = buildQueueLedger();
    const r = await runAr(['call'], { db });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('`ar call` asks questions, and there is no terminal to ask on');
    expect(r.stderr).toContain('ar log ID --outcome');
  });
});

describe('ar call on a terminal', () => {
  it('works the queue: call, skip, call, quit — each confirmed call saved, a wrong amount asked again', async () => {
    const { db } = buildQueueLedger();
    const asked: string[] = [];
    const prompts = sequence(
      [
        ['Call this customer?', 'call'],
        ['Outcome', 'reached-promise'],
        ['Promise: amount', 'lots'],
        ['Promise: amount', '4,500'],
        ['Promise: date', '2026-12-04'],
        ['Paid how?', 'wire'],
        ['Paid by whom?', ''],
        ['Next action date', ''],
        ['Whom did you speak to?', 'Rosa Diaz'],
        ['Note', 'pays Friday after CFO sign-off'],
        ['Written acknowledgement', ''],
        ['Save this call?', true],
        ['Call this customer?', 'skip'],
        ['Call this customer?', 'call'],
        ['Outcome', 'no-answer'],
        ['Next action date', '2026-12-01'],
        ['Note', ''],
        ['Save this call?', true],
        ['Call this customer?', 'quit'],
      ],
      asked,
    );
    const r = await call(db, prompts);
    expect(r.code).toBe(0);
    expect(r.out).toContain('[1/');
    expect(r.out).toContain('Script');
    expect(r.out).toMatch(/calls logged: 2, skipped: 1\n$/);
    expect(r.err).toContain('try again: "lots" is not an amount above zero');
    const saved = activities(db) as { outcome: string; contact: string | null; next: string | null }[];
    expect(saved.map((a) => a.outcome)).toEqual(['reached-promise', 'no-answer']);
    expect(saved[0]).toMatchObject({ contact: 'Rosa Diaz', note: 'pays Friday after CFO sign-off' });
    expect(saved[1]).toMatchObject({ next: '2026-12-01', contact: null });
    expect(asked.filter((q) => q.includes('Call this customer?'))).toHaveLength(4);
  });

  it("--collector works only that collector's queue; the summary says ability and willingness to pay", async () => {
    const { db } = buildQueueLedger();
    const r = await call(db, sequence([['Call this customer?', 'quit']]), '--collector', '张伟');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\[1\/2\]\n宁波港城物流有限公司 \(C010\) · unreachable\n/);
    expect(r.out).toContain('ability to pay:');
    expect((await call(db, sequence([]), '--collector', 'Nobody')).code).toBe(1);
  });

  it('Ctrl-C exits 3 and keeps the call confirmed before it', async () => {
    const { db } = buildQueueLedger();
    const prompts = sequence([
      ['Call this customer?', 'call'],
      ['Outcome', 'reached-callback'],
      ['Next action date', '2026-12-02'],
      ['Whom did you speak to?', ''],
      ['Note', 'call back Wednesday'],
      ['Save this call?', true],
      ['Call this customer?', 'call'],
      ['Outcome', new CancelledError()],
    ]);
    const r = await call(db, prompts);
    expect(r.code).toBe(3);
    expect(r.err).toContain('cancelled');
    expect(activities(db)).toEqual([expect.objectContaining({ outcome: 'reached-callback', next: '2026-12-02', note: 'call back Wednesday' })]);
  });

  it('one customer: a dispute and an instalment plan from the answers; a refused save is said and nothing is written', async () => {
    const { db } = buildQueueLedger();
    const prompts = sequence([
      ['Call this customer?', 'call'],
      ['Outcome', 'reached-promise'],
      ['Promise: amount', '100'],
      ['Promise: date', '2026-11-02'],
      ['Paid how?', ''],
      ['Paid by whom?', ''],
      ['Next action date', ''],
      ['Whom did you speak to?', 'Wulan Sari'],
      ['Note', ''],
      ['Written acknowledgement', ''],
      ['Save this call?', true],
    ]);
    const bad = await call(db, prompts, 'C002');
    expect(bad.code).toBe(0);
    expect(bad.err).toContain('not saved: a promise for 2026-11-02 is before today (2026-11-30)');
    expect(activities(db)).toEqual([]);
    const dispute = sequence([
      ['Call this customer?', 'call'],
      ['Outcome', 'reached-dispute'],
      ['Which invoice is disputed?', 'INV-1002'],
      ['Dispute reason', 'quantity'],
      ['Disputed amount', '1,000'],
      ['Next action date', '2026-12-03'],
      ['Whom did you speak to?', 'Wulan Sari'],
      ['Note', '10 of 120 cartons short'],
      ['Save this call?', true],
    ]);
    expect((await call(db, dispute, 'C002')).out).toContain('calls logged: 1, skipped: 0');
    const d0 = new Database(db, { readonly: true });
    expect(d0.prepare(`SELECT amount_minor AS a, reason, status FROM disputes WHERE customer_id = 2`).all()).toEqual([
      { a: 100_000, reason: 'quantity', status: 'open' },
    ]);
    d0.close();
    const good = sequence([
      ['Call this customer?', 'call'],
      ['Outcome', 'reached-promise'],
      ['Promise: amount', ''],
      ['Instalment plan', '3x30'],
      ['Paid how?', 'bank acceptance draft'],
      ['Paid by whom?', 'Nusa Holdings'],
      ['Next action date', ''],
      ['Whom did you speak to?', 'Wulan Sari'],
      ['Note', ''],
      ['Written acknowledgement', 'plan signed by the CFO, PDF by email'],
      ['Save this call?', true],
    ]);
    expect((await call(db, good, 'Nusa')).out).toContain('calls logged: 1, skipped: 0');
    const d = new Database(db, { readonly: true });
    // The plan spreads what is collectible: 12,000.00 overdue less the 1,000.00 now disputed.
    expect(d.prepare(`SELECT amount_minor AS a, instalment AS i, method, payer FROM promises WHERE customer_id = 2 ORDER BY id`).all()).toEqual([
      { a: 366_667, i: 1, method: 'bank acceptance draft', payer: 'Nusa Holdings' },
      { a: 366_667, i: 2, method: 'bank acceptance draft', payer: 'Nusa Holdings' },
      { a: 366_666, i: 3, method: 'bank acceptance draft', payer: 'Nusa Holdings' },
    ]);
    expect(d.prepare(`SELECT kind FROM limitation_events`).all()).toEqual([{ kind: 'plan' }]);
    d.close();
  });
});
