// The aging report: open balances by age bucket per currency, rows by customer, collector, type or
// grade. Facts in (customers, the store's bucket sums), a plain object out: no SQL, no text, no
// context. Labels are the view's business; the report carries codes and the customers' own names.
import { anchorDate, bucketIndex, type Basis, type BucketDef, type PlacedScheme } from '../core/aging.js';
import type { OverdueSplit } from './worklist.js';

export type AgingBy = 'customer' | 'collector' | 'type' | 'grade';

/** What the report needs to know of a customer. */
export interface AgingCustomer {
  code: string;
  name: string;
  type: string | null;
  grade: string | null;
  collector: string | null;
  termsDays: number | null;
}

export interface AgingFacts {
  asOf: string;
  placed: PlacedScheme;
  by: AgingBy;
  preset: string | null;
  defaultTermsDays: number;
  customers: ReadonlyMap<number, AgingCustomer>;
  /** Sums the store bucketed: [customer id, currency, bucket index, items, open minor]. */
  groups: Iterable<readonly [number, string, number, number, number]>;
  /** Invoices with no due date, aged on the customer's terms: [customer id, currency, issue date, open minor]. */
  byTerms: Iterable<readonly [number, string, string, number]>;
  /** Overdue, disputed, held and collectible per account, as the queue and account screen count them. */
  splits: Iterable<OverdueSplit>;
}

/** Overdue in the one meaning, whatever the basis, with the parts a collector cannot chase today. */
export interface OverdueParts {
  overdueMinor: number;
  disputedMinor: number;
  onHoldMinor: number;
  collectibleMinor: number;
}

export interface AgingSums extends OverdueParts {
  currency: string;
  openMinor: number;
  items: number;
  /** Open minor units by bucket code ('current', '1-30', …); they add up to openMinor. */
  byBucket: Record<string, number>;
}

export interface AgingRow extends AgingSums {
  /** The group's code: customer code, collector name ('' for none), type code or grade. */
  key: string;
  /** The customer's name when rows are by customer; else null (the view labels the code). */
  name: string | null;
}

export interface AgingReport {
  asOf: string;
  basis: Basis;
  by: AgingBy;
  preset: string | null;
  /** The buckets in order: codes and what each holds (the view labels them). */
  buckets: BucketDef[];
  totals: AgingSums[];
  rows: AgingRow[];
}

interface Acc extends OverdueParts {
  key: string;
  name: string | null;
  currency: string;
  openMinor: number;
  items: number;
  byBucket: number[];
}

const NO_PARTS: OverdueParts = { overdueMinor: 0, disputedMinor: 0, onHoldMinor: 0, collectibleMinor: 0 };

function groupOf(c: AgingCustomer, by: AgingBy): [string, string | null] {
  if (by === 'customer') return [c.code, c.name];
  if (by === 'collector') return [c.collector ?? '', null];
  // '' groups the unclassified (no type, no grade), as it groups customers without a collector.
  return [(by === 'type' ? c.type : c.grade) ?? '', null];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The sums per row and per currency: the store's buckets, the overdue splits, the invoices aged on terms. */
function accumulate(f: AgingFacts): { rows: Map<string, Acc>; totals: Map<string, Acc> } {
  const n = f.placed.defs.length;
  const rows = new Map<string, Acc>();
  const totals = new Map<string, Acc>();
  const fresh = (key: string, name: string | null, currency: string): Acc => ({
    key,
    name,
    currency,
    openMinor: 0,
    items: 0,
    byBucket: new Array<number>(n).fill(0),
    ...NO_PARTS,
  });
  // The store's sums come in (customer, currency) order, several per account: the last account's
  // accumulators are kept at hand rather than looked up (and a key built) for each.
  let last: { customerId: number; currency: string; accs: [Acc, Acc] | null } | null = null;
  const accs = (customerId: number, currency: string): [Acc, Acc] | null => {
    if (last && last.customerId === customerId && last.currency === currency) return last.accs;
    const c = f.customers.get(customerId);
    let found: [Acc, Acc] | null = null;
    if (c) {
      const [key, name] = groupOf(c, f.by);
      const rk = `${key}\u0000${currency}`;
      let r = rows.get(rk);
      if (!r) rows.set(rk, (r = fresh(key, name, currency)));
      let t = totals.get(currency);
      if (!t) totals.set(currency, (t = fresh('', null, currency)));
      found = [r, t];
    }
    last = { customerId, currency, accs: found };
    return found;
  };
  const add = (customerId: number, currency: string, b: number, items: number, minor: number) => {
    for (const x of accs(customerId, currency) ?? []) {
      x.openMinor += minor;
      x.items += items;
      x.byBucket[b] = (x.byBucket[b] ?? 0) + minor;
    }
  };
  for (const [cid, cur, b, items, minor] of f.groups) add(cid, cur, b, items, minor);
  // Overdue and its parts come from the account assessment, so every screen shows the same figure.
  for (const sp of f.splits) {
    for (const x of accs(sp.customerId, sp.currency) ?? []) {
      x.overdueMinor += sp.overdueMinor;
      x.disputedMinor += sp.disputedMinor;
      x.onHoldMinor += sp.onHoldMinor;
      x.collectibleMinor += sp.collectibleMinor;
    }
  }
  for (const [cid, cur, issue, minor] of f.byTerms) {
    const c = f.customers.get(cid);
    if (!c) continue;
    // The one due-date rule (core/aging.ts anchorDate): issue date + the customer's terms, else the default.
    const anchor = anchorDate({ kind: 'invoice', issueDate: issue, dueDate: null, termsDays: c.termsDays }, 'due', f.defaultTermsDays);
    add(cid, cur, bucketIndex(f.placed, anchor), 1, minor);
  }
  return { rows, totals };
}

export function agingReport(f: AgingFacts): AgingReport {
  const { rows, totals } = accumulate(f);
  const codes = f.placed.defs.map((d) => d.key);
  const keyed = (arr: number[]) => {
    const o: Record<string, number> = {};
    for (let i = 0; i < codes.length; i++) o[codes[i]!] = arr[i] ?? 0;
    return o;
  };
  const sums = (x: Acc): AgingSums => ({
    currency: x.currency,
    openMinor: x.openMinor,
    items: x.items,
    byBucket: keyed(x.byBucket),
    overdueMinor: x.overdueMinor,
    disputedMinor: x.disputedMinor,
    onHoldMinor: x.onHoldMinor,
    collectibleMinor: x.collectibleMinor,
  });
  // Currency, then the largest balance first, then by name or code.
  const sorted = [...rows.values()].sort((a, b) => byText(a.currency, b.currency) || b.openMinor - a.openMinor || byText(a.name ?? a.key, b.name ?? b.key));
  return {
    asOf: f.asOf,
    basis: f.placed.scheme.basis,
    by: f.by,
    preset: f.preset,
    buckets: f.placed.defs,
    totals: [...totals.values()].sort((a, b) => byText(a.currency, b.currency)).map(sums),
    rows: sorted.map(
      (r): AgingRow => ({
        key: r.key,
        name: r.name,
        currency: r.currency,
        openMinor: r.openMinor,
        items: r.items,
        byBucket: keyed(r.byBucket),
        overdueMinor: r.overdueMinor,
        disputedMinor: r.disputedMinor,
        onHoldMinor: r.onHoldMinor,
        collectibleMinor: r.collectibleMinor,
      }),
    ),
  };
}
