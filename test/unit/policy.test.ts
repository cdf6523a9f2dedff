import { describe, it, expect } from 'vitest';
import { DEFAULT_POLICY, nextDunningStep, stepLetter, type DunningInput, type PolicySettings } from '../../src/core/policy.js';

const TODAY = '2026-11-30';
const input = (over: Partial<DunningInput> = {}): DunningInput => ({
  type: 'oversight',
  strategic: false,
  brokenPromiseRecently: false,
  currency: 'CNY',
  items: [{ daysPastDue: 20, minor: 100_000 }],
  lastStep: null,
  today: TODAY,
  ...over,
});
const next = (over: Partial<DunningInput> = {}, policy: PolicySettings = DEFAULT_POLICY) => nextDunningStep(policy, input(over)).next;

describe('the dunning ladder', () => {
  it('goes to the highest step the oldest item has reached: a 200-day debt gets no "may have been overlooked"', () => {
    expect(next({ items: [{ daysPastDue: 1, minor: 100_000 }] })).toMatchObject({ step: 1, key: 'reminder', due: true, dueOn: TODAY });
    expect(next({ items: [{ daysPastDue: 14, minor: 100_000 }] })).toMatchObject({ step: 1, due: true });
    expect(next({ items: [{ daysPastDue: 30, minor: 100_000 }] })).toMatchObject({ step: 3, key: 'formal-demand', due: true });
    // …but a first letter is at most the formal demand (first_step_max, below); after the formal
    // demand, the highest step reached, the minimum gap apart
    expect(next({ items: [{ daysPastDue: 200, minor: 100_000 }] })).toMatchObject({ step: 3, key: 'formal-demand', due: true });
    expect(next({ items: [{ daysPastDue: 200, minor: 100_000 }], lastStep: { step: 3, date: '2026-11-20' } })).toMatchObject({
      step: 5,
      key: 'pre-legal',
      due: true,
    });
    expect(next({ items: [{ daysPastDue: 200, minor: 100_000 }], lastStep: { step: 3, date: '2026-11-27' } })).toMatchObject({
      step: 5,
      due: false,
      waiting: 'gap',
    });
  });

  it('never starts past the formal demand: a final demand or a 律师函 only follows a formal demand that was sent', () => {
    // nothing sent yet, 200 days overdue, even on the fast ladder: the formal demand first
    expect(next({ items: [{ daysPastDue: 200, minor: 100_000 }] })).toMatchObject({ step: 3, key: 'formal-demand', due: true });
    expect(next({ type: 'delayer', items: [{ daysPastDue: 60, minor: 100_000 }] })).toMatchObject({ step: 3, due: true });
    // a reminder sent is not a formal demand: still no jump to step 5
    expect(next({ items: [{ daysPastDue: 200, minor: 100_000 }], lastStep: { step: 1, date: '2026-11-01' } })).toMatchObject({ step: 3, due: true });
    // below the cap nothing changes: 20 days → first notice
    expect(next({ items: [{ daysPastDue: 20, minor: 100_000 }] })).toMatchObject({ step: 2, key: 'first-notice' });
    // the cap is a policy setting
    expect(DEFAULT_POLICY.first_step_max).toBe(3);
    expect(next({ items: [{ daysPastDue: 200, minor: 100_000 }] }, { ...DEFAULT_POLICY, first_step_max: 2 })).toMatchObject({ step: 2 });
    expect(next({ items: [{ daysPastDue: 200, minor: 100_000 }] }, { ...DEFAULT_POLICY, first_step_max: 5 })).toMatchObject({ step: 5 });
  });

  it('offers the pre-due heads-up only while nothing is overdue, from 7 days before', () => {
    expect(next({ items: [{ daysPastDue: -7, minor: 100_000 }] })).toMatchObject({ step: 0, key: 'pre-due', due: true });
    expect(next({ items: [{ daysPastDue: -10, minor: 100_000 }] })).toMatchObject({ step: 0, due: false, waiting: 'age', dueOn: '2026-12-03' });
  });

  it('waits for the step day after the last step, and for the minimum gap', () => {
    // step 1 sent on day 1 (29 days ago); oldest is 20 days past due → step 2 (day 15) is due
    expect(next({ items: [{ daysPastDue: 20, minor: 100_000 }], lastStep: { step: 1, date: '2026-11-11' } })).toMatchObject({ step: 2, due: true });
    // …and at 30 days it skips to the step reached, the formal demand
    expect(next({ items: [{ daysPastDue: 30, minor: 100_000 }], lastStep: { step: 1, date: '2026-11-01' } })).toMatchObject({ step: 3, due: true });
    // step 2 sent 3 days ago, oldest 33 days: step 3 (day 30) reached but the 7-day gap is not over
    expect(next({ items: [{ daysPastDue: 33, minor: 100_000 }], lastStep: { step: 2, date: '2026-11-27' } })).toMatchObject({
      step: 3,
      due: false,
      waiting: 'gap',
      dueOn: '2026-12-04',
    });
    // step 1 sent yesterday, oldest only 3 days: step 2 waits for day 15
    expect(next({ items: [{ daysPastDue: 3, minor: 100_000 }], lastStep: { step: 1, date: '2026-11-29' } })).toMatchObject({
      step: 2,
      due: false,
      waiting: 'age',
      dueOn: '2026-12-12',
    });
  });

  it('moves delayers faster (+1/+7/+15/+21/+30)', () => {
    const last = { step: 1, date: '2026-11-20' };
    expect(next({ items: [{ daysPastDue: 8, minor: 100_000 }], lastStep: last })).toMatchObject({ step: 2, due: false });
    expect(next({ type: 'delayer', items: [{ daysPastDue: 8, minor: 100_000 }], lastStep: last })).toMatchObject({ step: 2, due: true, day: 7 });
    expect(nextDunningStep(DEFAULT_POLICY, input({ type: 'delayer' })).ladder).toBe('fast');
  });

  it('moves strategic accounts slower, and cash-strapped ones fast after a broken promise', () => {
    expect(next({ strategic: true, items: [{ daysPastDue: 5, minor: 100_000 }] })).toMatchObject({ step: 1, due: false, day: 7 });
    const last = { step: 1, date: '2026-11-20' };
    expect(next({ type: 'cashflow', items: [{ daysPastDue: 8, minor: 100_000 }], lastStep: last })).toMatchObject({ due: false });
    expect(next({ type: 'cashflow', brokenPromiseRecently: true, items: [{ daysPastDue: 8, minor: 100_000 }], lastStep: last })).toMatchObject({ due: true });
  });

  it('does not dun below the minimum amount, credit notes netted', () => {
    expect(next({ items: [{ daysPastDue: 20, minor: 4_999 }] })).toMatchObject({ due: false, waiting: 'amount', dueOn: null });
    expect(next({ items: [{ daysPastDue: 20, minor: 5_000 }] })).toMatchObject({ due: true });
    expect(
      next({
        items: [
          { daysPastDue: 20, minor: 10_000 },
          { daysPastDue: 3, minor: -8_000 },
        ],
      }),
    ).toMatchObject({ waiting: 'amount' });
    expect(next({ currency: 'JPY', items: [{ daysPastDue: 20, minor: 49 }] })).toMatchObject({ waiting: 'amount' });
  });

  it('applies grace days to steps after the due date', () => {
    const policy = { ...DEFAULT_POLICY, grace_days: 3 };
    expect(next({ items: [{ daysPastDue: 2, minor: 100_000 }] }, policy)).toMatchObject({ step: 1, due: false, day: 4 });
  });

  it('has nothing next after the last step, and nothing at all without a positive balance', () => {
    const s = nextDunningStep(DEFAULT_POLICY, input({ items: [{ daysPastDue: 300, minor: 100_000 }], lastStep: { step: 5, date: '2026-10-01' } }));
    expect(s).toMatchObject({ next: null, complete: true });
    expect(nextDunningStep(DEFAULT_POLICY, input({ items: [{ daysPastDue: 30, minor: -100 }] })).next).toBeNull();
  });
});

describe('the ladder for letters', () => {
  it('unclassified customers (type not set yet) follow the default ladder', () => {
    expect(next({ type: null, items: [{ daysPastDue: 8, minor: 100_000 }] })).toMatchObject({ step: 1, day: 1 });
    // a delayer is on the fast ladder: 8 days is already the first notice
    expect(next({ type: 'delayer', items: [{ daysPastDue: 8, minor: 100_000 }] })).toMatchObject({ step: 2, day: 7 });
  });

  it('each step names its template, deadline and whether it claims interest', () => {
    expect(stepLetter(DEFAULT_POLICY, 3, '2026-11-30', ['2026-10-01'])).toEqual({ template: 'formal-demand', deadline: '2026-12-10', interest: true });
    expect(stepLetter(DEFAULT_POLICY, 1, '2026-11-30', ['2026-11-20'])).toEqual({ template: 'reminder', deadline: '2026-12-07', interest: false });
    // the heads-up before the due date asks for payment by the due date
    expect(stepLetter(DEFAULT_POLICY, 0, '2026-11-30', ['2026-12-06', '2026-12-05'])).toMatchObject({ template: 'pre-due', deadline: '2026-12-05' });
    const custom = { ...DEFAULT_POLICY, ladder: DEFAULT_POLICY.ladder.map((s) => (s.step === 3 ? { ...s, template: 'demand-cn', deadline_days: 15 } : s)) };
    expect(stepLetter(custom, 3, '2026-11-30', [])).toMatchObject({ template: 'demand-cn', deadline: '2026-12-15' });
  });
});
