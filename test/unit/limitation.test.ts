import { describe, it, expect } from 'vitest';
import { DEFAULT_LIMITATION, limitationDeadline, warningLevel } from '../../src/core/limitation.js';

const TODAY = '2026-11-30';

describe('limitation deadline', () => {
  it('runs three years from the day after the due date of the oldest overdue invoice', () => {
    const r = limitationDeadline(
      [
        { id: 1, number: 'A', dueDate: '2024-03-04' },
        { id: 2, number: 'B', dueDate: '2025-01-10' },
        { id: 3, number: 'C', dueDate: '2026-12-31' },
      ],
      [],
      DEFAULT_LIMITATION,
      TODAY,
    );
    expect(r).toMatchObject({ deadline: '2027-03-05', invoiceId: 1, since: { kind: 'default', at: '2024-03-05' }, level: null });
    expect(r!.daysLeft).toBe(95);
  });

  it('is restarted by an interrupting event for the whole account or for one invoice', () => {
    const invoices = [
      { id: 1, number: 'A', dueDate: '2023-12-01' },
      { id: 2, number: 'B', dueDate: '2024-06-01' },
    ];
    // a letter to the account restarts both: the earliest deadline is then the letter's
    expect(limitationDeadline(invoices, [{ kind: 'letter', at: '2025-02-01', ref: 'HK-1' }], DEFAULT_LIMITATION, TODAY)).toMatchObject({
      deadline: '2028-02-01',
      since: { kind: 'letter', at: '2025-02-01', ref: 'HK-1' },
    });
    // a partial payment on A restarts A only: B (defaulted 2024-06-02) now runs out first
    expect(limitationDeadline(invoices, [{ kind: 'partial-payment', at: '2025-02-01', invoiceId: 1 }], DEFAULT_LIMITATION, TODAY)).toMatchObject({
      deadline: '2027-06-02',
      invoiceId: 2,
      since: { kind: 'default' },
    });
    // events before the default or after today do not count
    expect(
      limitationDeadline(
        invoices,
        [
          { kind: 'demand', at: '2023-06-01' },
          { kind: 'demand', at: '2027-01-01' },
        ],
        DEFAULT_LIMITATION,
        TODAY,
      ),
    ).toMatchObject({
      deadline: '2026-12-02',
      since: { kind: 'default', at: '2023-12-02' },
    });
  });

  it('warns at 90, 60 and 30 days, and says when it has expired', () => {
    expect(warningLevel(91, [90, 60, 30])).toBeNull();
    expect(warningLevel(90, [90, 60, 30])).toBe(90);
    expect(warningLevel(61, [90, 60, 30])).toBe(90);
    expect(warningLevel(60, [90, 60, 30])).toBe(60);
    expect(warningLevel(30, [90, 60, 30])).toBe(30);
    expect(warningLevel(0, [90, 60, 30])).toBe(30);
    expect(warningLevel(-1, [90, 60, 30])).toBe('expired');
    expect(limitationDeadline([{ id: 1, dueDate: '2023-11-01' }], [], DEFAULT_LIMITATION, TODAY)).toMatchObject({ level: 'expired', deadline: '2026-11-02' });
    expect(limitationDeadline([{ id: 1, dueDate: '2023-12-01' }], [], DEFAULT_LIMITATION, TODAY)).toMatchObject({ level: 30, daysLeft: 2 });
  });

  it('has no deadline while nothing is overdue; other periods are a setting', () => {
    expect(limitationDeadline([{ id: 1, dueDate: TODAY }], [], DEFAULT_LIMITATION, TODAY)).toBeNull();
    expect(limitationDeadline([{ id: 1, dueDate: '2024-03-04' }], [], { ...DEFAULT_LIMITATION, years: 4 }, TODAY)!.deadline).toBe('2028-03-05');
  });
});
