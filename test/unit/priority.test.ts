import { describe, it, expect } from 'vitest';
import {
  amountFactor,
  assessAccount,
  buildWorklist,
  DEFAULT_PRIORITY,
  priorityConfig,
  type AccountInput,
  type EvaluatedPromise,
  type OpenItem,
} from '../../src/core/priority.js';
import { evaluatePromise, type PromiseRecord } from '../../src/core/promises.js';
import { addDays } from '../../src/core/dates.js';
import { datedLimitation } from '../../src/core/limitation.js';

const TODAY = '2026-11-30';
const cfg = priorityConfig({});
let ids = 1;

function item(daysPastDue: number, openMinor: number, over: Partial<OpenItem> = {}): OpenItem {
  return {
    id: ids++,
    number: `N${ids}`,
    kind: 'invoice',
    issueDate: null,
    dueDate: addDays(TODAY, -daysPastDue),
    currency: 'USD',
    openMinor,
    holdUntil: null,
    ...over,
  };
}

function promise(dueDate: string, amountMinor: number, payments: { receivedDate: string; amountMinor: number }[] = []): EvaluatedPromise {
  const record: PromiseRecord = { id: ids++, customerId: 1, amountMinor, currency: 'USD', dueDate, createdAt: addDays(dueDate, -10), storedStatus: 'pending' };
  return {
    record,
    evaluation: evaluatePromise(
      record,
      payments.map((p) => ({ ...p, currency: 'USD' })),
      TODAY,
    ),
  };
}

function account(code: string, over: Partial<AccountInput> = {}) {
  const input: AccountInput = {
    customer: { id: ids++, code, name: code, type: 'oversight', grade: 'B', strategic: false, termsDays: 30, collector: null },
    currency: 'USD',
    items: [],
    disputes: [],
    promises: [],
    contact: { lastActivityAt: '2026-11-25T10:00', lastContactAt: '2026-11-25T10:00', callback: null },
    steps: [{ step: 1, date: '2026-11-26' }],
    avgDaysBeyondTerms: null,
    limitationEvents: [],
    ...over,
  };
  return assessAccount(input, cfg, TODAY);
}

describe('who to call first', () => {
  it('a promise broken yesterday outranks a larger balance with a promise next week (which is not called)', () => {
    const broken = account('BROKEN', { items: [item(40, 200_000)], promises: [promise('2026-11-29', 200_000)] });
    const waiting = account('WAITING', { items: [item(100, 5_000_000)], promises: [promise('2026-12-07', 5_000_000)] });
    expect(broken.reasons).toContain('promise-broken');
    expect(waiting.hidden).toBe('promise-pending');
    const wl = buildWorklist([waiting, broken]);
    expect(wl.ranked.map((a) => a.customer.code)).toEqual(['BROKEN']);
    expect(wl.hidden['promise-pending']).toBe(1);
  });

  it('a broken promise already followed up is no longer a reason, but still counts against the score', () => {
    const a = account('A', {
      items: [item(40, 200_000)],
      promises: [promise('2026-11-20', 200_000)],
      contact: { lastActivityAt: '2026-11-22T09:00', lastContactAt: '2026-11-22T09:00', callback: null },
    });
    expect(a.reasons).not.toContain('promise-broken');
    expect(a.brokenPromises).toBe(1);
    expect(a.parts.find((p) => p.factor === 'broken_promises')!.points).toBe(6);
  });

  it('a promise due today is on the list; one kept early is not a reason', () => {
    expect(account('A', { items: [item(20, 100_000)], promises: [promise(TODAY, 100_000)] }).reasons[0]).toBe('promise-due');
    const kept = account('B', {
      items: [item(20, 100_000)],
      promises: [promise('2026-12-05', 100_000, [{ receivedDate: '2026-11-28', amountMinor: 100_000 }])],
    });
    expect(kept.hidden).not.toBe('promise-pending');
    expect(kept.reasons).not.toContain('promise-due');
  });

  it('disputed and held amounts do not raise the score', () => {
    const plain = account('PLAIN', { items: [item(60, 1_000_000)] });
    const disputedInv = item(200, 9_000_000);
    const withDispute = account('DISPUTED', {
      items: [item(60, 1_000_000), disputedInv, item(300, 5_000_000, { holdUntil: '2026-12-31' })],
      disputes: [{ id: 1, invoiceId: disputedInv.id, amountMinor: 9_000_000, currency: 'USD' }],
    });
    expect(withDispute.collectibleMinor).toBe(plain.collectibleMinor);
    expect(withDispute.pastDueMinor).toBe(plain.pastDueMinor + 9_000_000 + 5_000_000);
    expect(withDispute.daysPastDue).toBe(60);
    expect(withDispute.disputedMinor).toBe(9_000_000);
    expect(withDispute.onHoldMinor).toBe(5_000_000);
    expect(withDispute.score).toBe(plain.score);
  });

  it('only the undisputed part of a partly disputed invoice is chased', () => {
    const inv = item(50, 1_000_000);
    const a = account('A', { items: [inv], disputes: [{ id: 1, invoiceId: inv.id, amountMinor: 200_000, currency: 'USD' }] });
    expect(a.collectibleMinor).toBe(800_000);
    expect(a.pastDueMinor).toBe(1_000_000);
    expect(a.disputedMinor).toBe(200_000);
    expect(a.hidden).not.toBe('disputed');
  });

  it('wholly disputed (or wholly held) customers are not called', () => {
    const inv = item(50, 1_000_000);
    const disputed = account('D', { items: [inv], disputes: [{ id: 1, invoiceId: inv.id, amountMinor: 1_000_000, currency: 'USD' }] });
    const unlinked = account('U', {
      items: [item(50, 300_000), item(10, 200_000)],
      disputes: [{ id: 2, invoiceId: null, amountMinor: 500_000, currency: 'USD' }],
    });
    const held = account('H', { items: [item(50, 1_000_000, { holdUntil: '2026-12-15' })] });
    expect(disputed.hidden).toBe('disputed');
    expect(unlinked.hidden).toBe('disputed');
    expect(held.hidden).toBe('on-hold');
    // a hold that ended yesterday no longer protects the invoice
    expect(account('E', { items: [item(50, 1_000_000, { holdUntil: TODAY })] }).hidden).not.toBe('on-hold');
  });

  it('a callback due ranks above an account with only a high score', () => {
    const big = account('BIG', {
      customer: { id: 900, code: 'BIG', name: 'BIG', type: 'delayer', grade: 'C', strategic: false, termsDays: 30, collector: null },
      items: [item(170, 50_000_000)],
      contact: { lastActivityAt: '2026-10-01', lastContactAt: '2026-10-01', callback: null },
      steps: [{ step: 5, date: '2026-11-01' }],
    });
    const callback = account('CB', {
      items: [item(12, 80_000)],
      contact: { lastActivityAt: '2026-11-20T10:00', lastContactAt: '2026-11-20T10:00', callback: { at: '2026-11-20T10:00', nextActionAt: '2026-11-27' } },
    });
    expect(big.reasons).toEqual(['ladder-complete', 'high-score']);
    expect(callback.reasons).toContain('callback-due');
    expect(callback.score).toBeLessThan(big.score);
    expect(buildWorklist([big, callback]).ranked.map((a) => a.customer.code)).toEqual(['CB', 'BIG']);
  });

  it('a callback is done once anyone has been in touch on or after its date', () => {
    const cb = { at: '2026-11-20T10:00', nextActionAt: '2026-11-27' };
    expect(
      account('A', { items: [item(12, 80_000)], contact: { lastActivityAt: '2026-11-27T15:00', lastContactAt: '2026-11-27T15:00', callback: cb } }).callbackDue,
    ).toBeNull();
    expect(
      account('B', { items: [item(12, 80_000)], contact: { lastActivityAt: '2026-11-22T15:00', lastContactAt: '2026-11-22T15:00', callback: cb } }).callbackDue,
    ).toBe('2026-11-27');
    expect(
      account('C', {
        items: [item(12, 80_000)],
        contact: { lastActivityAt: '2026-11-20T10:00', lastContactAt: null, callback: { ...cb, nextActionAt: '2026-12-02' } },
      }).callbackDue,
    ).toBeNull();
  });

  it('a complete ladder does not sink an account: it ranks by score among the rest, and says "ladder complete"', () => {
    const delayer = { id: 0, code: '', name: '', type: 'delayer', grade: 'C', strategic: false, termsDays: 30, collector: null };
    // 189 days, 380k, every step sent (the last three weeks ago): legal action is next
    const done = account('DONE', {
      customer: { ...delayer, id: 910, code: 'DONE' },
      items: [item(189, 38_294_457)],
      contact: { lastActivityAt: '2026-10-01', lastContactAt: '2026-10-01', callback: null },
      steps: [{ step: 5, date: '2026-11-09' }],
    });
    // 7 days, a reminder due, a small score
    const reminder = account('REMIND', { items: [item(7, 1_237_566)], steps: [] });
    expect(done.dunning).toMatchObject({ next: null, complete: true });
    expect(done.reasons).toEqual(['ladder-complete', 'high-score']);
    expect(done.tier).toBe(reminder.tier);
    expect(reminder.reasons).toEqual(['step-due']);
    expect(done.score).toBeGreaterThan(reminder.score);
    expect(buildWorklist([reminder, done]).ranked.map((a) => a.customer.code)).toEqual(['DONE', 'REMIND']);
    // the pre-legal notice sent three days ago: its deadline is not over, so no "ladder complete" yet
    const fresh = account('FRESH', {
      customer: { ...delayer, id: 911, code: 'FRESH' },
      items: [item(189, 38_294_457)],
      steps: [{ step: 5, date: '2026-11-27' }],
    });
    expect(fresh.reasons).not.toContain('ladder-complete');
  });

  it('a high score alone is not ranked below a small step due: apart from scheduled work, the score decides', () => {
    // step 4 sent 3 days ago (the next waits for the gap), large and old
    const waiting = account('WAIT', {
      customer: { id: 920, code: 'WAIT', name: 'WAIT', type: 'delayer', grade: 'C', strategic: false, termsDays: 30, collector: null },
      items: [item(120, 20_000_000)],
      steps: [{ step: 4, date: '2026-11-27' }],
    });
    const small = account('SMALL', { items: [item(20, 100_000)], steps: [] });
    expect(waiting.reasons).toEqual(['high-score']);
    expect(small.reasons).toEqual(['step-due']);
    expect(buildWorklist([small, waiting]).ranked.map((a) => a.customer.code)).toEqual(['WAIT', 'SMALL']);
  });

  it('scheduled work first, then the rest by score', () => {
    const step = account('STEP', { items: [item(20, 100_000)], steps: [] });
    const stepBig = account('STEPBIG', { items: [item(40, 10_000_000)], steps: [] });
    const promiseDue = account('PDUE', { items: [item(5, 10_000)], promises: [promise(TODAY, 10_000)] });
    expect(step.reasons).toEqual(['step-due']);
    const ranked = buildWorklist([step, stepBig, promiseDue]).ranked.map((a) => a.customer.code);
    expect(ranked).toEqual(['PDUE', 'STEPBIG', 'STEP']);
  });

  it('a limitation deadline within 90 days is a reason and adds points', () => {
    const base = account('LIM', { items: [item(1050, 500_000)], steps: [{ step: 5, date: '2026-11-01' }] }).customer;
    const a = account('LIM', { customer: { ...base, jurisdiction: 'CN' }, items: [item(1050, 500_000)], steps: [{ step: 5, date: '2026-11-01' }] });
    expect(datedLimitation(a.limitation)!.daysLeft).toBeLessThanOrEqual(90);
    expect(a.reasons).toContain('limitation-warning');
    expect(a.parts.find((p) => p.factor === 'limitation')!.points).toBe(cfg.weights.limitation);
    // Without a jurisdiction (customer or ledger) there is no date: no warning, no points.
    const unset = account('LIM2', { items: [item(1050, 500_000)], steps: [{ step: 5, date: '2026-11-01' }] });
    expect(unset.limitation).toMatchObject({ jurisdiction: null });
    expect(unset.reasons).not.toContain('limitation-warning');
    expect(unset.parts.find((p) => p.factor === 'limitation')!.points).toBe(0);
  });

  it('nothing overdue: not on the list, and no amount/days/contact points', () => {
    const a = account('NEW', { items: [item(-10, 1_000_000)], contact: { lastActivityAt: null, lastContactAt: null, callback: null } });
    expect(a.hidden).toBe('nothing-overdue');
    expect(a.parts.filter((p) => ['amount', 'days', 'no_contact'].includes(p.factor)).every((p) => p.points === 0)).toBe(true);
  });

  it('the score is the sum of its shown parts', () => {
    const a = account('X', {
      customer: { id: 901, code: 'X', name: 'X', type: 'cashflow', grade: 'C', strategic: false, termsDays: 30, collector: null },
      items: [item(75, 2_345_600)],
      promises: [promise('2026-10-15', 100_000)],
      avgDaysBeyondTerms: 30,
      contact: { lastActivityAt: '2026-11-15', lastContactAt: '2026-11-15', callback: null },
    });
    expect(a.parts.reduce((s, p) => s + p.points, 0)).toBe(a.score);
    expect(Object.fromEntries(a.parts.map((p) => [p.factor, p.points]))).toEqual({
      amount: 21, // USD 23,456: 35 × (log 23,456 − log 100) ÷ (log 1,000,000 − log 100)
      days: 8, // 75 of 180 days
      broken_promises: 6,
      grade: 8,
      type: 5,
      no_contact: 4, // 15 of 30 days
      behaviour: 3, // 30 of 60 days late
      limitation: 0,
    });
  });

  it('amounts score on a log scale per currency (JPY has its own range)', () => {
    expect(amountFactor(10_000, 'USD', DEFAULT_PRIORITY.amount_range)).toBe(0);
    expect(amountFactor(100_000_000, 'USD', DEFAULT_PRIORITY.amount_range)).toBe(1);
    expect(amountFactor(1_000_000, 'USD', DEFAULT_PRIORITY.amount_range)).toBeCloseTo(0.5);
    expect(amountFactor(1_000_000, 'JPY', DEFAULT_PRIORITY.amount_range)).toBeCloseTo(0.5);
  });

  it('settings override weights key by key', () => {
    const c = priorityConfig({ weights: { amount: 50 }, policy: { min_gap_days: 3 } });
    expect(c.weights.amount).toBe(50);
    expect(c.weights.days).toBe(20);
    expect(c.policy.min_gap_days).toBe(3);
    expect(c.policy.ladder).toHaveLength(6);
  });
});
