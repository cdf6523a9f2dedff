// Finding a customer by what a collector types (core/lookup.ts): Chinese by characters in order with
// 市/省/有限公司/股份 optional, other scripts by word starts.
import { describe, expect, it } from 'vitest';
import { matchName, rankMatches } from '../../src/core/lookup.js';

const NAMES = [
  '深圳市恒达电子科技有限公司',
  '华东精密机械有限公司',
  '广州市粤安建材贸易有限公司',
  '浙江恒达股份有限公司',
  'Brandt & Söhne GmbH',
  'Tan Holdings Pte. Ltd.',
  'Müller Maschinenbau GmbH',
  'Pacific Rim Trading Pte. Ltd.',
  'Acme Corp',
];

const found = (q: string) =>
  rankMatches(
    q,
    NAMES.map((name) => ({ name })),
    (c) => c.name,
  ).map((r) => r.item.name);

describe('Chinese names: the characters in order, 市/省/有限公司/股份 optional', () => {
  it('深圳恒达 finds 深圳市恒达电子科技有限公司, and only it', () => {
    expect(matchName('深圳恒达', '深圳市恒达电子科技有限公司')).toBe(1);
    expect(found('深圳恒达')).toEqual(['深圳市恒达电子科技有限公司']);
  });

  it('the optional words may be typed although the name lacks them, or left out although it has them', () => {
    expect(matchName('深圳市恒达电子', '深圳恒达电子科技有限公司')).toBe(1);
    expect(matchName('广州粤安建材有限公司', '广州市粤安建材贸易有限公司')).toBe(1);
    expect(matchName('广州粤安贸易', '广州市粤安建材贸易有限公司')).toBe(2);
    expect(matchName('浙江恒达有限公司', '浙江恒达股份有限公司')).toBe(1);
    expect(matchName('广东省东莞利丰', '东莞市利丰塑胶制品有限公司')).toBe(null);
  });

  it('characters in order, with a gap or two: 深圳电子 finds 深圳市恒达电子科技; out of order does not', () => {
    expect(matchName('深圳电子', '深圳市恒达电子科技有限公司')).toBe(2);
    expect(matchName('恒达深圳', '深圳市恒达电子科技有限公司')).toBe(null);
    // Scattered single characters are not a way of writing a name.
    expect(matchName('深达子技', '深圳市恒达电子科技有限公司')).toBe(null);
  });

  it('several companies that match are all offered, the one in one piece first', () => {
    const list = found('恒达');
    expect(list).toEqual(['浙江恒达股份有限公司', '深圳市恒达电子科技有限公司']);
  });

  it('full-width and half-width letters are the same', () => {
    expect(matchName('ＡＣＭＥ', 'Acme Corp')).toBe(1);
  });
});

describe('other scripts: every word typed starts a word of the name', () => {
  it('Tan finds "Tan Holdings" and does not offer "Brandt & Söhne"', () => {
    expect(found('Tan')).toEqual(['Tan Holdings Pte. Ltd.']);
    expect(matchName('Tan', 'Brandt & Söhne GmbH')).toBe(null);
  });

  it('accents are optional; words may be cut short; any case', () => {
    expect(matchName('muller masch', 'Müller Maschinenbau GmbH')).toBe(1);
    expect(matchName('SÖHNE', 'Brandt & Söhne GmbH')).toBe(1);
    expect(matchName('rim pac', 'Pacific Rim Trading Pte. Ltd.')).toBe(2);
    expect(matchName('bau', 'Müller Maschinenbau GmbH')).toBe(null);
  });

  it('nothing typed matches nothing', () => {
    expect(matchName('  ', 'Acme Corp')).toBe(null);
    expect(found('zzz')).toEqual([]);
  });
});
