// The assessment of ability and willingness to pay, and the type it suggests with its evidence.
import { describe, expect, it } from 'vitest';
import { assess, type AssessmentFacts } from '../../src/core/assessment.js';

const base: AssessmentFacts = {
  today: '2026-11-30',
  paid: [],
  partlyPaidInvoices: 0,
  promises: [],
  openDisputes: 0,
  openMinor: null,
  creditLimitMinor: null,
  outcomes: [],
};
const f = (over: Partial<AssessmentFacts>): AssessmentFacts => ({ ...base, ...over });

describe('type suggestion with evidence (never set: suggested)', () => {
  it('broken promises → delayer, with the count as evidence', () => {
    const a = assess(f({ promises: [{ status: 'broken' }, { status: 'broken' }, { status: 'kept' }] }));
    expect(a.suggestions[0]).toEqual({ type: 'delayer', evidence: [expect.objectContaining({ code: 'promises-broken', params: { broken: 2, decided: 3 } })] });
    expect(a.willingness).toBe('poor');
  });

  it('open disputes → dispute', () => {
    const a = assess(f({ openDisputes: 2 }));
    expect(a.suggestions[0]?.type).toBe('dispute');
    expect(a.suggestions[0]?.evidence[0]).toMatchObject({ code: 'disputes-open', params: { n: 2 } });
  });

  it('paid soon after the due date (one reminder) → oversight', () => {
    const a = assess(
      f({
        paid: [
          { closedAt: '2026-10-01', lateDays: 5 },
          { closedAt: '2026-11-01', lateDays: 9 },
        ],
      }),
    );
    expect(a.suggestions.map((s) => s.type)).toEqual(['oversight']);
    expect(a.suggestions[0]?.evidence[0]).toMatchObject({ code: 'late-average', params: { days: 7, n: 2 } });
  });

  it('partial payments with contact → cashflow, ability poor', () => {
    const a = assess(f({ partlyPaidInvoices: 2, outcomes: ['reached-promise', 'no-answer'] }));
    expect(a.suggestions[0]).toMatchObject({ type: 'cashflow' });
    expect(a.suggestions[0]?.evidence.map((e) => e.code)).toEqual(['partial-payments', 'reached']);
    expect(a.ability).toBe('poor');
  });

  it('no answer for N attempts in a row → unreachable; a reach in between resets the count', () => {
    expect(assess(f({ outcomes: ['no-answer', 'voicemail', 'no-answer'] })).suggestions[0]).toMatchObject({ type: 'unreachable' });
    expect(assess(f({ outcomes: ['no-answer', 'reached-callback', 'no-answer', 'no-answer'] })).suggestions).toEqual([]);
  });

  it('nothing in the history: no suggestion, levels unknown', () => {
    expect(assess(base)).toEqual({ ability: 'unknown', willingness: 'unknown', signals: [], suggestions: [] });
  });
});

describe('ability to pay', () => {
  it('lateness getting worse between earlier and recent payments', () => {
    const a = assess(
      f({
        paid: [
          { closedAt: '2026-03-01', lateDays: 10 },
          { closedAt: '2026-11-01', lateDays: 40 },
        ],
      }),
    );
    expect(a.signals[0]).toMatchObject({ code: 'late-worse', params: { before: 10, now: 40 } });
    expect(a.ability).toBe('poor');
  });

  it('credit limit use in whole percent; over the limit counts against', () => {
    expect(assess(f({ openMinor: 120_000, creditLimitMinor: 100_000 })).signals[0]).toMatchObject({ code: 'over-credit-limit', params: { pct: 120 } });
    expect(assess(f({ openMinor: 33_333, creditLimitMinor: 100_000 })).signals[0]).toMatchObject({ code: 'credit-limit-use', params: { pct: 33 } });
  });
});
