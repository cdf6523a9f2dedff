// 大写金额 (DOMAIN §4) as letters print it: core/money.ts chineseUppercase, checked against an
// independent reading of the words back into a number, for amounts with zeros in every position.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { chineseUppercase } from '../../src/core/money.js';

const DIGIT: Record<string, number> = { 零: 0, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9 };
const SMALL: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };

/** Read a 大写 amount back into minor units (fen): 亿 and 万 sections, 元/角/分. */
function readBack(text: string): number {
  let s = text.replace(/^人民币/, '').replace(/整$/, '');
  let fen = 0;
  const frac = /元(.*)$/.exec(s);
  const tail = frac ? frac[1]! : s;
  if (frac) s = s.slice(0, frac.index);
  else s = '';
  const jiao = /([壹贰叁肆伍陆柒捌玖])角/.exec(tail);
  const f = /([壹贰叁肆伍陆柒捌玖])分/.exec(tail);
  if (jiao) fen += DIGIT[jiao[1]!]! * 10;
  if (f) fen += DIGIT[f[1]!]!;
  const section = (t: string) => {
    let n = 0;
    let d = 0;
    for (const ch of t) {
      if (ch in DIGIT) d = DIGIT[ch]!;
      else if (ch in SMALL) {
        n += d * SMALL[ch]!;
        d = 0;
      }
    }
    return n + d;
  };
  const words = (t: string): number => {
    const yi = t.lastIndexOf('亿');
    if (yi >= 0) return words(t.slice(0, yi)) * 1e8 + words(t.slice(yi + 1));
    const wan = t.lastIndexOf('万');
    if (wan >= 0) return section(t.slice(0, wan)) * 1e4 + section(t.slice(wan + 1));
    return section(t);
  };
  return words(s) * 100 + fen;
}

describe('大写金额 on letters', () => {
  it.each<[number, string]>([
    [1_234_567, '人民币壹万贰仟叁佰肆拾伍元陆角柒分'],
    [10_000, '人民币壹佰元整'],
    [100_520, '人民币壹仟零伍元贰角'],
  ])('%i fen → %s (DOMAIN §4)', (minor, text) => {
    expect(chineseUppercase(minor, 'CNY')).toBe(text);
  });

  // Amounts built digit by digit, each digit zero half the time: zeros in every position, across 万 and 亿.
  const digits = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 9 })), { minLength: 1, maxLength: 14 });
  const amount = digits.map((ds) => ds.reduce((n, d) => n * 10 + d, 0));

  it('reads back to the same amount (zeros in every position, 万 and 亿)', () => {
    fc.assert(
      fc.property(amount, (minor) => readBack(chineseUppercase(minor, 'CNY')) === minor),
      { numRuns: 2000 },
    );
  });

  it('is well formed: no doubled 零, no 零 before 元 or at the end, 整 only without 分', () => {
    fc.assert(
      fc.property(amount, (minor) => {
        const t = chineseUppercase(minor, 'CNY');
        expect(t.startsWith('人民币')).toBe(true);
        if (minor === 0) {
          expect(t).toBe('人民币零元整');
          return;
        }
        expect(t).not.toMatch(/零零|零元|零万|零亿|零$|亿万/);
        if (minor > 0) expect(t.endsWith('整')).toBe(minor % 100 === 0);
        if (minor % 100 !== 0) expect(t.endsWith('分') || t.endsWith('角')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
