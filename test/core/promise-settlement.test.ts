// Promises and plans settled together per account: each payment counts once, for the earliest
// promise whose window it falls in; a balance that reached zero (a snapshot import closing
// everything) keeps a promise; a plan splits its total exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAccountPromises, outstanding, splitPlan, type PromiseRecord } from '../../src/core/promises.js';

const p = (id: number, amountMinor: number, dueDate: string, over: Partial<PromiseRecord> = {}): PromiseRecord => ({
  id,
  customerId: 1,
  amountMinor,
  currency: 'CNY',
  dueDate,
  createdAt: '2026-11-30',
  storedStatus: 'pending',
  ...over,
});
const pay = (receivedDate: string, amountMinor: number, currency = 'CNY') => ({ receivedDate, amountMinor, currency });

describe('settling the promises of one account', () => {
  it('paid early: kept on the day the money arrived, before the due date', () => {
    const r = evaluateAccountPromises([p(1, 500_000, '2026-12-15')], [pay('2026-12-02', 500_000)], '2026-12-03');
    expect(r.get(1)).toMatchObject({ status: 'kept', paidMinor: 500_000 });
  });

  it('paid late: broken on the day after the due date; a payment after it does not mend it', () => {
    const promises = [p(1, 500_000, '2026-12-15')];
    expect(evaluateAccountPromises(promises, [], '2026-12-16').get(1)?.status).toBe('broken');
    expect(evaluateAccountPromises(promises, [pay('2026-12-20', 500_000)], '2026-12-21').get(1)?.status).toBe('broken');
  });

  it('paid partly: partial after the date, and what is left of it is no longer promised', () => {
    const r = evaluateAccountPromises([p(1, 500_000, '2026-12-15')], [pay('2026-12-10', 200_000)], '2026-12-16');
    expect(r.get(1)).toMatchObject({ status: 'partial', paidMinor: 200_000 });
    const before = evaluateAccountPromises([p(1, 500_000, '2026-12-15')], [pay('2026-12-10', 200_000)], '2026-12-12').get(1)!;
    expect(before.status).toBe('pending');
    expect(outstanding(before, 500_000)).toBe(300_000);
  });

  it('by snapshot disappearance: the balance reached zero by the due date keeps it without a payment', () => {
    const r = evaluateAccountPromises([p(1, 500_000, '2026-12-15')], [], '2026-12-20', { openMinor: 0, zeroSince: '2026-12-14' });
    expect(r.get(1)).toMatchObject({ status: 'kept', bySettlement: true });
    const late = evaluateAccountPromises([p(1, 500_000, '2026-12-15')], [], '2026-12-20', { openMinor: 0, zeroSince: '2026-12-18' });
    expect(late.get(1)?.status).toBe('broken');
  });

  it('plan instalments: one payment keeps the first instalment only, the second stays pending', () => {
    const plan = splitPlan(900_000, 3, 30, '2026-12-30').map((i) => p(10 + i.instalment, i.amountMinor, i.dueDate, { planId: 11, instalment: i.instalment }));
    const r = evaluateAccountPromises(plan, [pay('2026-12-28', 300_000)], '2027-01-05');
    expect([...r.values()].map((e) => e.status)).toEqual(['kept', 'pending', 'pending']);
    const later = evaluateAccountPromises(plan, [pay('2026-12-28', 300_000), pay('2027-01-20', 100_000)], '2027-03-01');
    expect(plan.map((x) => later.get(x.id)?.status)).toEqual(['kept', 'partial', 'broken']);
  });

  it('a payment in another currency keeps nothing', () => {
    const r = evaluateAccountPromises([p(1, 500_000, '2026-12-15')], [pay('2026-12-02', 500_000, 'USD')], '2026-12-16');
    expect(r.get(1)?.status).toBe('broken');
  });
});

describe('an instalment plan splits its total exactly', () => {
  it('3x30 over 1,000.00: 333.34 + 333.33 + 333.33, 30 days apart', () => {
    expect(splitPlan(100_000, 3, 30, '2026-12-30')).toEqual([
      { instalment: 1, amountMinor: 33_334, dueDate: '2026-12-30' },
      { instalment: 2, amountMinor: 33_333, dueDate: '2027-01-29' },
      { instalment: 3, amountMinor: 33_333, dueDate: '2027-02-28' },
    ]);
  });

  it('any total and count: the parts add up to the total and differ by at most one unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_000_000_000_000 }), fc.integer({ min: 1, max: 36 }), (total, n) => {
        const parts = splitPlan(total, n, 30, '2026-12-01').map((x) => x.amountMinor);
        expect(parts).toHaveLength(n);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('refuses a plan of nothing', () => {
    expect(() => splitPlan(0, 3, 30, '2026-12-01')).toThrow(RangeError);
  });
});
