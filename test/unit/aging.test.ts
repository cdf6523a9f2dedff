import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { bucketLabel } from '../../src/view/labels.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ageItems,
  anchorDate,
  bucketDefs,
  bucketIndex,
  DEFAULT_AGING,
  DEFAULT_AGING_PRESETS,
  parseBucketList,
  placeScheme,
  resolveScheme,
  type AgingItem,
  type BoundError,
  type BucketScheme,
} from '../../src/core/aging.js';
import { addDays } from '../../src/core/dates.js';
import { render } from '../../src/i18n/index.js';

const TODAY = '2026-11-30';
const DEFAULT: BucketScheme = { basis: 'due', current: true, bounds: DEFAULT_AGING.buckets };

function inv(dueDaysAgo: number | null, openMinor = 100, extra: Partial<AgingItem> = {}): AgingItem {
  return {
    kind: 'invoice',
    issueDate: dueDaysAgo === null ? null : addDays(TODAY, -(dueDaysAgo + 30)),
    dueDate: dueDaysAgo === null ? null : addDays(TODAY, -dueDaysAgo),
    currency: 'CNY',
    openMinor,
    ...extra,
  };
}

function bucketOf(daysPastDue: number, scheme: BucketScheme = DEFAULT): string {
  const placed = placeScheme(scheme, TODAY);
  return placed.defs[bucketIndex(placed, addDays(TODAY, -daysPastDue))].key;
}

describe('bucket boundaries (due basis, default buckets)', () => {
  it.each([
    [-5, 'current'],
    [0, 'current'],
    [1, '1-30'],
    [30, '1-30'],
    [31, '31-60'],
    [60, '31-60'],
    [61, '61-90'],
    [90, '61-90'],
    [91, '91-180'],
    [180, '91-180'],
    [181, '181-365'],
    [365, '181-365'],
    [366, 'over-365'],
    [2000, 'over-365'],
  ])('%i days past due → %s', (days, key) => {
    expect(bucketOf(days)).toBe(key);
  });

  it('labels the default buckets in both languages', () => {
    const defs = bucketDefs(DEFAULT);
    expect(defs.map((d) => d.key)).toEqual(['current', '1-30', '31-60', '61-90', '91-180', '181-365', 'over-365']);
    expect(defs.map((d) => bucketLabel('en', d))).toEqual(['Current', '1–30', '31–60', '61–90', '91–180', '181–365', '>365']);
    expect(defs.map((d) => bucketLabel('zh', d))).toEqual(['未到期', '1–30天', '31–60天', '61–90天', '91–180天', '181–365天', '超过365天']);
  });
});

describe('custom and preset buckets', () => {
  it('--buckets 30,60,90 → current, 1–30, 31–60, 61–90, >90', () => {
    const scheme = resolveScheme(DEFAULT_AGING, DEFAULT_AGING_PRESETS, { buckets: parseBucketList('30,60,90') });
    expect(bucketDefs(scheme).map((d) => bucketLabel('en', d))).toEqual(['Current', '1–30', '31–60', '61–90', '>90']);
    expect(bucketOf(90, scheme)).toBe('61-90');
    expect(bucketOf(91, scheme)).toBe('over-90');
  });

  it('rejects bounds that do not ascend or are not days/months/years', () => {
    expect(() => placeScheme({ basis: 'due', current: true, bounds: [60, 30] }, TODAY)).toThrow(/ascend/);
    expect(() => parseBucketList('30,abc')).toThrow();
    expect(() => parseBucketList('0')).toThrow();
  });

  it('refuses an empty bound (30,,60 or a trailing comma) instead of dropping it', () => {
    // What the user reads: the error's message rendered from the catalogue.
    const why = (text: string) => {
      try {
        parseBucketList(text);
      } catch (e) {
        return render('en', (e as BoundError).text);
      }
      return 'accepted';
    };
    expect(why('30,,60')).toBe('an empty bound in "30,,60"');
    expect(why('30,60,')).toBe('an empty bound in "30,60,"');
    expect(why('')).toBe('no bucket bounds given');
    expect(parseBucketList('30, 60 ,90')).toEqual([30, 60, 90]);
    expect(parseBucketList('30 60 90')).toEqual([30, 60, 90]);
    expect(parseBucketList('1y，2y')).toEqual(['1y', '2y']);
  });

  it('says what is wrong with bounds in Chinese too', () => {
    const why = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        const b = e as BoundError;
        const list = (l: 'en' | 'zh') => b.bounds?.join(l === 'zh' ? '、' : ', ');
        const text = (l: 'en' | 'zh') => render(l, b.bounds ? { ...b.text, params: { ...b.text.params, list: list(l)! } } : b.text);
        return { en: text('en'), zh: text('zh') };
      }
      return null;
    };
    expect(why(() => placeScheme({ basis: 'due', current: true, bounds: [30, 20] }, TODAY))).toEqual({
      en: 'bucket bounds must ascend: 30, 20',
      zh: '账龄段上限必须递增：30、20',
    });
    expect(why(() => parseBucketList('30,,60'))!.zh).toBe('“30,,60”中有空的上限');
    expect(why(() => parseBucketList('abc'))!.zh).toMatch(/^上限应为天数/);
  });

  it('labels mixed units with their units: 1y,400 → "1 yr–400 days", not "1 yr–400"', () => {
    const labels = (bounds: (number | string)[], current = true) => bucketDefs({ basis: 'due', current, bounds });
    expect(labels(['1y', 400]).map((l) => bucketLabel('en', l))).toEqual(['Current', '1 day–1 yr', '1 yr–400 days', '>400 days']);
    expect(labels(['1y', 400]).map((l) => bucketLabel('zh', l))).toEqual(['未到期', '1天至1年', '1年至400天', '超过400天']);
    expect(labels([90, '1y']).map((l) => bucketLabel('en', l))).toEqual(['Current', '1–90 days', '91 days–1 yr', '>1 yr']);
    // one unit: as before
    expect(labels([30, 60]).map((l) => bucketLabel('en', l))).toEqual(['Current', '1–30', '31–60', '>60']);
    expect(labels(['1y', '2y'], false).map((l) => bucketLabel('en', l))).toEqual(['≤1 yr', '1–2 yrs', '>2 yrs']);
  });

  it('aged from the invoice date there is no "Current" (not yet due) bucket', () => {
    const inv = resolveScheme(DEFAULT_AGING, DEFAULT_AGING_PRESETS, { basis: 'invoice', buckets: ['1y', '2y'] });
    expect(inv.current).toBe(false);
    expect(bucketDefs(inv).map((d) => bucketLabel('en', d))).toEqual(['≤1 yr', '1–2 yrs', '>2 yrs']);
    expect(resolveScheme({ ...DEFAULT_AGING, basis: 'invoice' }, DEFAULT_AGING_PRESETS, {}).current).toBe(false);
    expect(resolveScheme(DEFAULT_AGING, DEFAULT_AGING_PRESETS, {}).current).toBe(true);
    // an invoice issued today is in the first bucket
    const placed = placeScheme(inv, TODAY);
    expect(bucketIndex(placed, TODAY)).toBe(0);
  });

  it("a user's preset labels win, language by language; the rest come from the catalogue", () => {
    const presets = { ...DEFAULT_AGING_PRESETS, mine: { basis: 'due' as const, current: true, bounds: [30], labels_zh: ['未逾期', '', '一个月以上'] } };
    const defs = bucketDefs(resolveScheme(DEFAULT_AGING, presets, { preset: 'mine' }));
    expect(defs.map((d) => d.key)).toEqual(['current', '1-30', 'over-30']);
    expect(defs.map((d) => bucketLabel('zh', d))).toEqual(['未逾期', '1–30天', '一个月以上']);
    expect(defs.map((d) => bucketLabel('en', d))).toEqual(['Current', '1–30', '>30']);
  });

  it('the 账龄 preset ages by invoice date in calendar years, 1年以内 including exactly one year', () => {
    const scheme = resolveScheme(DEFAULT_AGING, DEFAULT_AGING_PRESETS, { preset: 'cn' });
    expect(scheme.basis).toBe('invoice');
    const placed = placeScheme(scheme, TODAY);
    expect(placed.defs.map((d) => bucketLabel('zh', d))).toEqual(['1年以内', '1至2年', '2至3年', '超过3年']);
    const at = (issue: string) => placed.defs[bucketIndex(placed, anchorDate({ kind: 'invoice', issueDate: issue, dueDate: '2099-01-01' }, 'invoice', 30))].key;
    expect(at('2026-11-30')).toBe('0-1y');
    expect(at('2025-11-30')).toBe('0-1y'); // exactly one year: 含1年
    expect(at('2025-11-29')).toBe('1y-2y');
    expect(at('2024-11-30')).toBe('1y-2y');
    expect(at('2024-11-29')).toBe('2y-3y');
    expect(at('2023-11-29')).toBe('over-3y');
  });
});

describe('anchor dates', () => {
  it('due basis uses the due date; invoice basis the issue date', () => {
    const item = { kind: 'invoice' as const, issueDate: '2026-09-01', dueDate: '2026-10-01' };
    expect(anchorDate(item, 'due', 30)).toBe('2026-10-01');
    expect(anchorDate(item, 'invoice', 30)).toBe('2026-09-01');
    // 90 days from the invoice date, 60 past due: different buckets
    const due = placeScheme(DEFAULT, TODAY);
    const byInvoice = placeScheme({ ...DEFAULT, basis: 'invoice' }, TODAY);
    expect(due.defs[bucketIndex(due, anchorDate(item, 'due', 30))].key).toBe('31-60');
    expect(byInvoice.defs[bucketIndex(byInvoice, anchorDate(item, 'invoice', 30))].key).toBe('61-90');
  });

  it('an invoice without a due date is due its issue date + the customer terms, else the default terms', () => {
    expect(anchorDate({ kind: 'invoice', issueDate: '2026-09-01', dueDate: null, termsDays: 60 }, 'due', 30)).toBe('2026-10-31');
    expect(anchorDate({ kind: 'invoice', issueDate: '2026-09-01', dueDate: null, termsDays: null }, 'due', 30)).toBe('2026-10-01');
    expect(anchorDate({ kind: 'invoice', issueDate: '2026-09-01', dueDate: null }, 'due', 45)).toBe('2026-10-16');
  });

  it('a credit note without a due date sits at its own date; an item with no dates is current', () => {
    expect(anchorDate({ kind: 'credit_note', issueDate: '2026-09-01', dueDate: null, termsDays: 60 }, 'due', 30)).toBe('2026-09-01');
    const placed = placeScheme(DEFAULT, TODAY);
    expect(placed.defs[bucketIndex(placed, anchorDate({ kind: 'invoice', issueDate: null, dueDate: null }, 'due', 30))].key).toBe('current');
  });
});

describe('ageItems', () => {
  const placed = placeScheme(DEFAULT, TODAY);

  it('credit notes are negative items in their own bucket, and rows still add up', () => {
    const items = [inv(10, 5000), inv(45, 3000), { ...inv(null, -1200), kind: 'credit_note' as const, issueDate: addDays(TODAY, -40) }];
    const { rows, totals } = ageItems(items, placed, 30, () => 'C1');
    expect(rows).toHaveLength(1);
    expect(rows[0].byBucket).toEqual([0, 5000, 3000 - 1200, 0, 0, 0, 0]);
    expect(rows[0].openMinor).toBe(6800);
    expect(totals[0].openMinor).toBe(6800);
  });

  it('keeps currencies apart: a row and a total per currency, never summed', () => {
    const items = [inv(10, 100), { ...inv(10, 200), currency: 'USD' }, { ...inv(100, 300), currency: 'USD' }, { ...inv(5, 7), currency: 'JPY' }];
    const { rows, totals } = ageItems(items, placed, 30, () => 'same customer');
    expect(rows.map((r) => [r.currency, r.openMinor])).toEqual([
      ['CNY', 100],
      ['USD', 500],
      ['JPY', 7],
    ]);
    expect(totals.map((t) => [t.currency, t.openMinor, t.items])).toEqual([
      ['CNY', 100, 1],
      ['JPY', 7, 1],
      ['USD', 500, 2],
    ]);
  });

  it('property: every row and every total adds up to its open balance exactly', () => {
    const item = fc.record({
      customer: fc.constantFrom('A', 'B', 'C'),
      currency: fc.constantFrom('CNY', 'USD', 'JPY'),
      kind: fc.constantFrom('invoice', 'invoice', 'credit_note') as fc.Arbitrary<'invoice' | 'credit_note'>,
      due: fc.option(fc.integer({ min: -120, max: 2000 }), { nil: null }),
      issue: fc.option(fc.integer({ min: -60, max: 2100 }), { nil: null }),
      terms: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
      amount: fc.integer({ min: 1, max: 10_000_000_000 }),
    });
    const schemes: BucketScheme[] = [
      DEFAULT,
      { ...DEFAULT, basis: 'invoice' },
      { basis: 'due', current: true, bounds: [30, 60, 90] },
      { basis: 'invoice', current: false, bounds: ['1y', '2y', '3y'] },
    ];
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), fc.constantFrom(...schemes), (raw, scheme) => {
        const items = raw.map((r) => ({
          customer: r.customer,
          kind: r.kind,
          currency: r.currency,
          dueDate: r.due === null ? null : addDays(TODAY, -r.due),
          issueDate: r.issue === null ? null : addDays(TODAY, -r.issue),
          termsDays: r.terms,
          openMinor: r.kind === 'credit_note' ? -r.amount : r.amount,
        }));
        const { rows, totals } = ageItems(items, placeScheme(scheme, TODAY), 30, (i) => i.customer);
        for (const r of [...rows, ...totals]) expect(r.byBucket.reduce((a, b) => a + b, 0)).toBe(r.openMinor);
        for (const t of totals) {
          const open = items.filter((i) => i.currency === t.currency).reduce((a, i) => a + i.openMinor, 0);
          expect(t.openMinor).toBe(open);
          expect(rows.filter((r) => r.currency === t.currency).reduce((a, r) => a + r.openMinor, 0)).toBe(open);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the SQL aggregate agrees with core', () => {
  it('places every item of a real ledger in the same bucket as core does', async () => {
    const { Ledger } = await import('../../src/store/sqlite/ledger.js');
    const { agingAggregate } = await import('../../src/store/sqlite/reports.js');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ar-aging-'));
    const ledger = await Ledger.open(path.join(dir, 'l.db'));
    const db = ledger.db;
    db.exec(
      `INSERT INTO customers (id, code, name, name_key, terms_days, created_at, updated_at) VALUES (1, 'C1', 'A', 'a', 45, 'x', 'x'), (2, 'C2', 'B', 'b', NULL, 'x', 'x')`,
    );
    const ins = db.prepare(
      `INSERT INTO invoices (customer_id, number, kind, issue_date, due_date, currency, total_minor, open_minor, created_at, updated_at)
       VALUES (@c, @n, @k, @i, @d, @cur, @a, @a, 'x', 'x')`,
    );
    const items: (AgingItem & { customer: number })[] = [];
    let n = 0;
    for (const days of [-10, 0, 1, 30, 31, 60, 61, 90, 91, 180, 181, 365, 366, 900]) {
      for (const [c, kind, withDue] of [
        [1, 'invoice', true],
        [2, 'invoice', false],
        [1, 'credit_note', false],
        [2, 'invoice', true],
      ] as const) {
        const due = addDays(TODAY, -days);
        const issue = addDays(due, -30);
        const amount = (kind === 'credit_note' ? -1 : 1) * (1000 + n);
        ins.run({ c, n: `N${n++}`, k: kind, i: issue, d: withDue ? due : null, cur: c === 1 ? 'CNY' : 'USD', a: amount });
        items.push({
          customer: c,
          kind,
          issueDate: issue,
          dueDate: withDue ? due : null,
          currency: c === 1 ? 'CNY' : 'USD',
          openMinor: amount,
          termsDays: c === 1 ? 45 : null,
        });
      }
    }
    for (const scheme of [DEFAULT, { ...DEFAULT, basis: 'invoice' as const }, { basis: 'invoice' as const, current: false, bounds: ['1y', '2y', '3y'] }]) {
      const placed = placeScheme(scheme, TODAY);
      const agg = await agingAggregate(ledger, { basis: scheme.basis, current: scheme.current, asOf: TODAY, cutoffs: placed.cutoffs });
      const viaSql = new Map<string, number>();
      for (const [cid, cur, b, , sum] of agg.groups) viaSql.set(`${cid}|${cur}|${b}`, (viaSql.get(`${cid}|${cur}|${b}`) ?? 0) + sum);
      for (const [cid, cur, issue, sum] of agg.byTerms) {
        const b = bucketIndex(placed, addDays(issue, cid === 1 ? 45 : 30));
        viaSql.set(`${cid}|${cur}|${b}`, (viaSql.get(`${cid}|${cur}|${b}`) ?? 0) + sum);
      }
      const viaCore = new Map<string, number>();
      for (const r of ageItems(items, placed, 30, (i) => i.customer).rows) {
        r.byBucket.forEach((v, b) => {
          if (v !== 0) viaCore.set(`${r.key}|${r.currency}|${b}`, v);
        });
      }
      for (const [k, v] of [...viaSql]) if (v === 0) viaSql.delete(k);
      expect(Object.fromEntries(viaSql)).toEqual(Object.fromEntries(viaCore));
    }
    await ledger.close();
  });
});
