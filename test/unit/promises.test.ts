import { describe, it, expect } from 'vitest';
import { evaluatePromise, keptRate, type PromiseRecord } from '../../src/core/promises.js';

const p = (over: Partial<PromiseRecord> = {}): PromiseRecord => ({
  id: 1,
  customerId: 1,
  amountMinor: 450_000,
  currency: 'USD',
  dueDate: '2026-11-29',
  createdAt: '2026-11-20T10:00:00Z',
  storedStatus: 'pending',
  ...over,
});
const pay = (receivedDate: string, amountMinor: number, currency = 'USD') => ({ receivedDate, amountMinor, currency });

describe('promise status is derived from payments and the date', () => {
  it('pending until its due date (inclusive), then broken when nothing came', () => {
    expect(evaluatePromise(p(), [], '2026-11-28').status).toBe('pending');
    expect(evaluatePromise(p(), [], '2026-11-29').status).toBe('pending');
    expect(evaluatePromise(p(), [], '2026-11-30').status).toBe('broken');
  });

  it('kept when payments from the created date to the due date reach the amount, even early', () => {
    expect(evaluatePromise(p(), [pay('2026-11-25', 450_000)], '2026-11-26')).toMatchObject({ status: 'kept', paidMinor: 450_000 });
    expect(evaluatePromise(p(), [pay('2026-11-20', 200_000), pay('2026-11-29', 250_000)], '2026-12-05').status).toBe('kept');
  });

  it('partial when some but not all arrived by the date', () => {
    expect(evaluatePromise(p(), [pay('2026-11-27', 100_000)], '2026-11-30')).toMatchObject({ status: 'partial', paidMinor: 100_000 });
    expect(evaluatePromise(p(), [pay('2026-11-27', 100_000)], '2026-11-29').status).toBe('pending');
  });

  it('ignores payments outside the window or in another currency', () => {
    const payments = [pay('2026-11-19', 450_000), pay('2026-11-30', 450_000), pay('2026-11-25', 450_000, 'CNY')];
    expect(evaluatePromise(p(), payments, '2026-12-01').status).toBe('broken');
  });

  it('kept when the balance in that currency reached zero by the due date (a snapshot closure)', () => {
    expect(evaluatePromise(p(), [], '2026-12-01', { openMinor: 0, zeroSince: '2026-11-28' })).toMatchObject({ status: 'kept', bySettlement: true });
    expect(evaluatePromise(p(), [], '2026-12-01', { openMinor: 0, zeroSince: '2026-11-30' }).status).toBe('broken');
    expect(evaluatePromise(p(), [], '2026-12-01', { openMinor: 5, zeroSince: null }).status).toBe('broken');
  });

  it('a stored resolution or cancellation wins over the derivation', () => {
    expect(evaluatePromise(p({ storedStatus: 'cancelled' }), [pay('2026-11-25', 450_000)], '2026-12-01')).toMatchObject({
      status: 'cancelled',
      derived: false,
    });
    expect(evaluatePromise(p({ storedStatus: 'kept', resolvedAt: '2026-11-29' }), [], '2026-12-01').status).toBe('kept');
    expect(evaluatePromise(p({ storedStatus: 'broken' }), [pay('2026-11-25', 450_000)], '2026-12-01').status).toBe('broken');
  });

  it('kept rate = kept ÷ (kept + broken + partial)', () => {
    expect(keptRate(['kept', 'broken', 'pending', 'partial', 'cancelled', 'kept'])).toEqual({ kept: 2, decided: 4 });
  });
});
