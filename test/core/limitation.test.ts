import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, JURISDICTION_CODES, LIMITATION_EVENT_KINDS, jurisdictionRule, normalizeJurisdiction } from '../../src/core/jurisdictions.js';
import {
  DEFAULT_LIMITATION,
  datedLimitation,
  limitationDeadline,
  periodEnd,
  type InterruptingEvent,
  type LimitationInvoice,
  type LimitationResult,
  warningLevel,
} from '../../src/core/limitation.js';

const TODAY = '2026-11-30';
const one = (dueDate: string): LimitationInvoice[] => [{ id: 1, number: 'A', dueDate }];

function dated(inv: LimitationInvoice[], events: InterruptingEvent[], code: string | null, today = TODAY): LimitationResult {
  const r = datedLimitation(limitationDeadline(inv, events, DEFAULT_LIMITATION, today, code));
  if (!r) throw new Error(`no dated result under ${code}`);
  return r;
}

describe('limitation: counting', () => {
  it('counts as a Chinese collector does: due 2026-10-06 runs to 2029-10-06, not 10-07', () => {
    expect(periodEnd('2026-10-06', 3)).toBe('2029-10-06');
    const r = dated(one('2026-10-06'), [], 'CN', '2026-11-30');
    expect(r).toMatchObject({ deadline: '2029-10-06', jurisdiction: 'CN', rule: { law: 'cn-civil-code', article: '188', years: 3, basis: 'period' } });
    expect(r.since).toEqual({ kind: 'default', at: '2026-10-06' });
  });

  it('ends 29 February on 28 February in a common year (the earlier day)', () => {
    expect(periodEnd('2024-02-29', 3)).toBe('2027-02-28');
  });

  it('takes the earliest deadline among the overdue invoices, ignoring those not yet due', () => {
    const r = dated(
      [
        { id: 1, number: 'A', dueDate: '2024-03-04' },
        { id: 2, number: 'B', dueDate: '2025-01-10' },
        { id: 3, number: 'C', dueDate: '2026-12-31' },
      ],
      [],
      'CN',
    );
    expect(r).toMatchObject({ deadline: '2027-03-04', invoiceId: 1, invoiceNumber: 'A', level: null, daysLeft: 94 });
  });
});

describe('limitation: per jurisdiction', () => {
  // An invoice due 2024-03-04, nothing recorded: each law's own period and article.
  it.each([
    ['CN', '2027-03-04', 'cn-civil-code', '188', 3],
    ['GB-EWS', '2030-03-04', 'gb-la1980', '5', 6],
    ['DE', '2027-12-31', 'de-bgb', '195/199', 3],
    ['FR', '2029-03-04', 'fr-commerce', 'L110-4', 5],
    ['SG', '2030-03-04', 'sg-la', '6', 6],
    // US states: the cautious date is the sale-of-goods period (UCC §2-725, 4 years) where it is shorter.
    ['US-CA', '2028-03-04', 'us-ca', '337', 4],
    ['US-NY', '2028-03-04', 'us-ucc', '2-725', 4],
    ['US-TX', '2028-03-04', 'us-tx', '16.004', 4],
    ['US-FL', '2028-03-04', 'us-ucc', '2-725', 4],
    ['US-IL', '2028-03-04', 'us-ucc', '2-725', 4],
    ['US-PA', '2028-03-04', 'us-pa', '5525', 4],
  ])('%s: runs to %s under %s %s (%i years)', (code, deadline, law, article, years) => {
    expect(dated(one('2024-03-04'), [], code, '2024-06-01')).toMatchObject({ jurisdiction: code, deadline, rule: { law, article, years } });
  });

  it('every rule in the table is reachable by its code, and the list is the codes', () => {
    expect(JURISDICTIONS.length).toBeGreaterThan(0);
    for (const r of JURISDICTIONS) expect(jurisdictionRule(r.code)).toBe(r);
    expect(JURISDICTION_CODES).toEqual(JURISDICTIONS.map((r) => r.code));
    expect(normalizeJurisdiction('us-ny')).toBe('US-NY');
    expect(normalizeJurisdiction('gb-ews')).toBe('GB-EWS');
    // Ambiguous codes are refused, never guessed: the UK has more than one law, the US one per state.
    expect(normalizeJurisdiction('GB')).toBeNull();
    expect(normalizeJurisdiction('US')).toBeNull();
    expect(normalizeJurisdiction('XX')).toBeNull();
  });

  it('Germany counts from the end of the year the claim arose, but a restart runs from its own day', () => {
    expect(dated(one('2024-12-31'), [], 'DE', '2025-01-15').deadline).toBe('2027-12-31');
    // An acknowledgement in the year the claim arose changes nothing (the period had not begun).
    expect(dated(one('2024-03-04'), [{ kind: 'acknowledgement', at: '2024-06-01', ref: 'signed' }], 'DE', '2024-07-01').deadline).toBe('2027-12-31');
    const r = dated(one('2024-03-04'), [{ kind: 'acknowledgement', at: '2025-06-01', ref: 'signed letter' }], 'DE', '2025-07-01');
    expect(r).toMatchObject({ deadline: '2028-06-01', rule: { article: '212', basis: 'restart' }, since: { kind: 'acknowledgement', at: '2025-06-01' } });
    // §203 negotiations suspend at most: never a restart.
    expect(dated(one('2024-03-04'), [{ kind: 'negotiation', at: '2025-06-01', ref: 'minutes' }], 'DE', '2025-07-01').deadline).toBe('2027-12-31');
  });

  it('China: the 20-year cap holds whatever restarts it', () => {
    const events = [{ kind: 'lawsuit', at: '2043-01-01' }];
    const r = dated(one('2024-03-04'), events, 'CN', '2043-06-01');
    expect(r).toMatchObject({ deadline: '2044-03-04', rule: { article: '188', years: 20, basis: 'cap' } });
  });

  it('China: a repayment plan runs from its last instalment (Art. 189)', () => {
    const plan = { kind: 'plan', at: '2025-01-10', ref: 'signed plan', until: '2025-07-10' };
    expect(dated(one('2024-03-04'), [plan], 'CN')).toMatchObject({
      deadline: '2028-07-10',
      rule: { article: '189', basis: 'instalments' },
      since: { kind: 'plan', at: '2025-01-10', ref: 'signed plan' },
    });
    // Elsewhere a written plan is an acknowledgement: from the day it was signed.
    expect(dated(one('2024-03-04'), [plan], 'GB-EWS')).toMatchObject({ deadline: '2031-01-10', rule: { article: '29', basis: 'restart' } });
  });

  it('says "not set" without a jurisdiction — never another country\'s date — and nothing when nothing is overdue', () => {
    expect(limitationDeadline(one('2024-03-04'), [], DEFAULT_LIMITATION, TODAY, null)).toEqual({ jurisdiction: null, invoiceId: 1, invoiceNumber: 'A' });
    expect(limitationDeadline(one('2024-03-04'), [], DEFAULT_LIMITATION, TODAY, 'XX')).toMatchObject({ jurisdiction: null });
    expect(datedLimitation(limitationDeadline(one('2024-03-04'), [], DEFAULT_LIMITATION, TODAY, null))).toBeNull();
    expect(limitationDeadline(one(TODAY), [], DEFAULT_LIMITATION, TODAY, 'CN')).toBeNull();
  });
});

describe('limitation: which events restart the clock', () => {
  const due = '2024-03-04';
  const at = '2025-02-01';
  // [jurisdiction, kind, with evidence?, restarts?]
  const cases: [string, string, boolean, boolean][] = [
    ['CN', 'demand', true, true],
    ['CN', 'demand', false, false], // a demand counts when its arrival can be proved
    ['CN', 'acknowledgement', true, true],
    ['CN', 'partial-payment', false, true],
    ['CN', 'plan', true, true],
    ['CN', 'statement-signed', false, true],
    ['CN', 'promise-in-writing', false, true],
    ['CN', 'lawsuit', false, true],
    ['CN', 'payment-order', false, true],
    ['CN', 'negotiation', true, false],
    ['CN', 'other', true, false],
    ['GB-EWS', 'demand', true, false],
    ['GB-EWS', 'acknowledgement', true, true],
    ['GB-EWS', 'acknowledgement', false, false], // s.30: in writing, signed
    ['GB-EWS', 'partial-payment', false, true],
    ['DE', 'partial-payment', false, true],
    ['DE', 'demand', true, false],
    ['FR', 'lawsuit', false, true],
    ['FR', 'demand', true, false],
    ['SG', 'partial-payment', false, true],
    ['US-TX', 'partial-payment', false, false], // Texas: a written signed acknowledgement only
    ['US-TX', 'statement-signed', false, true],
    ['US-TX', 'acknowledgement', true, true],
    ['US-NY', 'partial-payment', false, true],
    ['US-NY', 'acknowledgement', true, true],
    ['US-NY', 'demand', true, false],
    ['US-CA', 'partial-payment', false, true],
    ['US-FL', 'partial-payment', false, false],
    ['US-IL', 'partial-payment', false, true],
    ['US-PA', 'promise-in-writing', false, true],
  ];
  it.each(cases)('%s: %s (evidence %s) restarts: %s', (code, kind, evidence, restarts) => {
    const e: InterruptingEvent = { kind, at, ref: evidence ? 'signed receipt' : null };
    const base = dated(one(due), [], code, '2025-03-01');
    const r = dated(one(due), [e], code, '2025-03-01');
    if (restarts) {
      expect(r.since).toMatchObject({ kind, at });
      expect(r.deadline > base.deadline).toBe(true);
      expect(r.rule.basis).toBe('restart');
    } else {
      expect(r).toEqual(base);
    }
  });

  it('every kind a collector can record is judged by every rule (the table names only known kinds)', () => {
    expect(LIMITATION_EVENT_KINDS.length).toBeGreaterThan(0);
    for (const rule of JURISDICTIONS) for (const k of Object.keys(rule.restarts)) expect(LIMITATION_EVENT_KINDS).toContain(k);
  });

  it('restarts the whole account or one invoice; events before the default or after today do not count', () => {
    const invoices = [
      { id: 1, number: 'A', dueDate: '2023-12-01' },
      { id: 2, number: 'B', dueDate: '2024-06-01' },
    ];
    // A proved letter to the account restarts both: the earliest deadline is then the letter's.
    expect(dated(invoices, [{ kind: 'letter', at: '2025-02-01', ref: 'HK-1' }], 'CN')).toMatchObject({
      deadline: '2028-02-01',
      since: { kind: 'letter', at: '2025-02-01', ref: 'HK-1' },
      rule: { article: '195' },
    });
    // A partial payment on A restarts A only: B now runs out first.
    expect(dated(invoices, [{ kind: 'partial-payment', at: '2025-02-01', invoiceId: 1 }], 'CN')).toMatchObject({
      deadline: '2027-06-01',
      invoiceId: 2,
      since: { kind: 'default' },
    });
    const ignored = [
      { kind: 'demand', at: '2023-06-01', ref: 'EMS' },
      { kind: 'demand', at: '2027-01-01', ref: 'EMS' },
    ];
    expect(dated(invoices, ignored, 'CN')).toMatchObject({ deadline: '2026-12-01', since: { kind: 'default', at: '2023-12-01' } });
  });
});

describe('limitation: warnings', () => {
  it('warns at 90, 60 and 30 days, and says when it has expired', () => {
    expect(warningLevel(91, [90, 60, 30])).toBeNull();
    expect(warningLevel(90, [90, 60, 30])).toBe(90);
    expect(warningLevel(61, [90, 60, 30])).toBe(90);
    expect(warningLevel(60, [90, 60, 30])).toBe(60);
    expect(warningLevel(30, [90, 60, 30])).toBe(30);
    expect(warningLevel(0, [90, 60, 30])).toBe(30);
    expect(warningLevel(-1, [90, 60, 30])).toBe('expired');
    expect(dated(one('2023-11-01'), [], 'CN')).toMatchObject({ level: 'expired', deadline: '2026-11-01' });
    expect(dated(one('2023-12-01'), [], 'CN')).toMatchObject({ level: 30, daysLeft: 1 });
  });
});
