import { describe, expect, it } from 'vitest';
import { pickContact, reachBy, type ContactLite } from '../../src/core/contacts.js';

const c = (name: string, role: string | null, extra: Partial<ContactLite> = {}): ContactLite => ({
  name,
  role,
  phone: null,
  mobile: null,
  email: null,
  isPrimary: 0,
  isDecisionMaker: 0,
  ...extra,
});

describe('pickContact: whom to ask for, by why they pay late', () => {
  const book = [c('Rosa', 'ap-clerk', { isPrimary: 1 }), c('Tom', 'other', { isDecisionMaker: 1 }), c('Kai', 'purchaser'), c('Lee', 'legal-rep')];

  it('asks the AP clerk about a slip, the purchaser about a dispute, the decision maker of a delayer', () => {
    expect(pickContact(book, 'oversight')?.name).toBe('Rosa');
    expect(pickContact(book, 'dispute')?.name).toBe('Kai');
    // Tom's role is "other", but he is flagged as the decision maker
    expect(pickContact(book, 'delayer')?.name).toBe('Tom');
    expect(pickContact(book, 'unreachable')?.name).toBe('Lee');
  });

  it('falls back to the primary contact, then the first; nobody when there are no contacts', () => {
    const others = [c('Ann', 'other'), c('Bo', null, { isPrimary: 1 })];
    expect(pickContact(others, 'oversight')?.name).toBe('Bo');
    expect(pickContact([c('Ann', 'other')], 'no-such-type')?.name).toBe('Ann');
    expect(pickContact([], 'delayer')).toBeNull();
  });

  it('reaches them on the mobile first, then the desk phone, e-mail, WeChat', () => {
    expect(reachBy(c('A', null, { mobile: '138', phone: '0512', email: 'a@x' }))).toBe('138');
    expect(reachBy(c('A', null, { phone: '0512', email: 'a@x' }))).toBe('0512');
    expect(reachBy(c('A', null, { wechat: 'wx-a' }))).toBe('wx-a');
    expect(reachBy(c('A', null))).toBeNull();
  });
});
