// The worklist: every account (customer × currency with open items) assessed by the engine in
// src/core, from the facts the ledger port returns. The queue ranks these accounts and the account
// screen explains one. No SQL here: the store returns facts, this module judges them.
import { anchorDate, daysFrom } from '../core/aging.js';
import { addDays } from '../core/dates.js';
import type { InterruptingEvent } from '../core/limitation.js';
import type { LastStep } from '../core/policy.js';
import {
  type Account,
  assessAccount,
  averageLate,
  type ContactSummary,
  type DisputeLite,
  type EvaluatedPromise,
  type PriorityConfig,
  priorityConfig,
} from '../core/priority.js';
import type { PaymentLite, PromiseRecord } from '../core/promises.js';
import { evaluateAccount, paymentsFrom } from './promises.js';
import type { CustomerLite, DisputeRow, LedgerReads, OpenItemRow, SideFacts } from '../store/port.js';

export interface AccountsResult {
  accounts: Account[];
  /** Accounts with open items but nothing overdue and nothing scheduled, counted without assessing them. */
  quiet: number;
  /** Customers with open items (an account is a customer in one currency: there may be fewer customers). */
  customersWithOpenItems: number;
  customers: Map<number, CustomerLite>;
  config: PriorityConfig;
  /** Every promise read, evaluated, by customer (all currencies). */
  promises: Map<number, EvaluatedPromise[]>;
}

function group<T, K>(rows: Iterable<T>, key: (r: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    let a = m.get(k);
    if (!a) m.set(k, (a = []));
    a.push(r);
  }
  return m;
}

// An account's key as a number — the currency's index above the customer id (ids stay below 2^32) — so grouping 100,000
// items builds and hashes no strings. Indexes are given in the order currencies are met (a handful).
const currencyIndex = new Map<string, number>();
function acct(customerId: number, currency: string): number {
  let i = currencyIndex.get(currency);
  if (i === undefined) currencyIndex.set(currency, (i = currencyIndex.size));
  return i * 2 ** 32 + customerId;
}

/** An account's open disputes as the engine reads them. */
function disputesLite(rows: DisputeRow[] | undefined): DisputeLite[] {
  return rows ? rows.map((d) => ({ id: d.id, invoiceId: d.invoiceId, amountMinor: d.amountMinor, currency: d.currency })) : [];
}

function standIn(id: number, customerId: number, currency: string, dueDate: string | null, openMinor: number): OpenItemRow {
  return { id, customerId, number: '', kind: 'invoice', issueDate: null, dueDate, currency, openMinor, holdUntil: null };
}

/**
 * Open items of every account, compactly: plain invoices come aggregated per account as two stand-in
 * items (the overdue part aged from the oldest overdue due date, the rest from the earliest coming
 * one), unusual items as they are. A dispute not tied to an invoice is set against the account's
 * items one by one: those few accounts are read in full.
 */
async function allOpenItems(store: LedgerReads, today: string, customers: Map<number, CustomerLite>, disputes: DisputeRow[]): Promise<OpenItemRow[]> {
  const compact = await store.invoices.openCompact(today);
  const whole = new Set(disputes.filter((d) => d.invoiceId == null).map((d) => d.customerId));
  const items = compact.special.filter((i) => customers.has(i.customerId) && !whole.has(i.customerId));
  let pseudo = -1;
  for (const [cid, currency, , open, overdue, oldestDue, nextDue] of compact.aggregates) {
    if (!customers.has(cid) || whole.has(cid)) continue;
    // Aggregated items stand in for the many ordinary ones: the overdue part, then the rest.
    if (overdue !== 0) items.push(standIn(pseudo--, cid, currency, oldestDue, overdue));
    if (open !== overdue) items.push(standIn(pseudo--, cid, currency, nextDue ?? oldestDue, open - overdue));
  }
  for (const cid of whole) items.push(...(await store.invoices.open(cid)));
  return items;
}

/** Promises that can still matter, their status derived from payments and balances. */
async function evaluatedPromises(
  store: LedgerReads,
  config: PriorityConfig,
  today: string,
  customers: Map<number, CustomerLite>,
  byAccount: Map<number, OpenItemRow[]>,
  customerId?: number,
): Promise<EvaluatedPromise[]> {
  const since = addDays(today, -Math.max(config.priority.broken_window_days, 1));
  const records: PromiseRecord[] =
    customerId !== undefined ? await store.promises.forCustomer(customerId) : (await store.promises.recent(since)).filter((p) => customers.has(p.customerId));
  const accounts = group(records, (p) => acct(p.customerId, p.currency));
  // The payments that can settle them, read in one go from the earliest date any account needs.
  let earliest: string | null = null;
  const paying = new Set<number>();
  for (const list of accounts.values()) {
    const from = paymentsFrom(list, today);
    if (from === null || from > today || !list[0]) continue;
    paying.add(list[0].customerId);
    if (earliest === null || from < earliest) earliest = from;
  }
  const paid = earliest === null ? new Map<number, PaymentLite[]>() : await store.payments.betweenMany([...paying], earliest, today);
  // One account's promises are evaluated together, so a payment counts for one promise only.
  const evaluated: EvaluatedPromise[] = [];
  for (const [key, list] of accounts) {
    const open = (byAccount.get(key) ?? []).reduce((a, i) => a + i.openMinor, 0);
    const byId = await evaluateAccount(store, list, today, open, paid.get(list[0]?.customerId ?? 0) ?? []);
    for (const p of list) evaluated.push({ record: p, evaluation: byId.get(p.id)! });
  }
  return evaluated;
}

/** Letters (the last step sent per currency, the latest letter) and the events that interrupt limitation. */
function lettersAndEvents(side: SideFacts, config: PriorityConfig, customers: Map<number, CustomerLite>) {
  const letters = side.letters;
  const stepsBy = group(
    letters.steps.filter((l) => customers.has(l.customerId)),
    (l) => l.customerId,
  );
  const lastLetter = new Map<number, string>();
  for (const l of letters.steps) {
    const prev = lastLetter.get(l.customerId);
    if (!prev || l.sentAt > prev) lastLetter.set(l.customerId, l.sentAt);
  }
  const events = new Map<number, InterruptingEvent[]>();
  const addEvent = (cid: number, e: InterruptingEvent) => {
    let a = events.get(cid);
    if (!a) events.set(cid, (a = []));
    a.push(e);
  };
  for (const l of config.limitation.letters_need_evidence ? letters.proved : letters.any) {
    if (customers.has(l.customerId)) addEvent(l.customerId, { kind: 'letter', at: l.sentAt.slice(0, 10), invoiceId: null, ref: l.referenceNo });
  }
  for (const e of side.limitation) {
    if (customers.has(e.customerId)) addEvent(e.customerId, { kind: e.kind, at: e.at, invoiceId: e.invoiceId, ref: e.ref, until: e.until });
  }
  return { stepsBy, lastLetter, events };
}

/** Payment behaviour: average days beyond terms on invoices paid within the window, by customer. */
function paymentBehaviour(side: SideFacts, config: PriorityConfig, customers: Map<number, CustomerLite>): Map<number, number | null> {
  const behaviour = new Map<number, number | null>();
  const paid = side.paid;
  const extra = new Map<number, { n: number; late: number }>();
  for (const r of paid.noDue) {
    const c = customers.get(r.customerId);
    if (!c) continue;
    const due = anchorDate({ kind: 'invoice', issueDate: r.issueDate, dueDate: null, termsDays: c.termsDays }, 'due', config.aging.default_terms_days)!;
    const e = extra.get(r.customerId) ?? { n: 0, late: 0 };
    e.n++;
    e.late += Math.max(0, daysFrom(due, r.closedAt.slice(0, 10)));
    extra.set(r.customerId, e);
  }
  for (const cid of new Set([...paid.sums.keys(), ...extra.keys()])) {
    if (!customers.has(cid)) continue;
    const a = paid.sums.get(cid) ?? { n: 0, late: 0 };
    const b = extra.get(cid) ?? { n: 0, late: 0 };
    behaviour.set(cid, averageLate(a.n + b.n, a.late + b.late));
  }
  return behaviour;
}

/**
 * Assess every account (customer × currency with open items): the facts the queue ranks and the
 * account screen explains. `customerId` limits it to one customer (all its promises are evaluated then).
 */
export async function loadAccounts(
  store: LedgerReads,
  settings: Record<string, unknown>,
  today: string,
  opts: { collector?: string; customerId?: number } = {},
): Promise<AccountsResult> {
  const config = priorityConfig(settings);
  const one = opts.customerId !== undefined;
  const customers = await store.customers.lite({ ...opts, names: one });
  const allDisputes = (await store.disputes.open()).filter((d) => customers.has(d.customerId));
  const disputes = group(allDisputes, (d) => acct(d.customerId, d.currency));
  const items = one ? await store.invoices.open(opts.customerId) : await allOpenItems(store, today, customers, allDisputes);
  const byAccount = group(items, (i) => acct(i.customerId, i.currency));
  const evaluated = await evaluatedPromises(store, config, today, customers, byAccount, opts.customerId);
  const promisesByAccount = group(evaluated, (e) => acct(e.record.customerId, e.record.currency));
  const side = await store.reports.sideFacts(today, addDays(today, -config.priority.behaviour_window_days), opts.customerId);
  const { stepsBy, lastLetter, events } = lettersAndEvents(side, config, customers);
  const behaviour = paymentBehaviour(side, config, customers);

  const accounts: Account[] = [];
  const noContact: ContactSummary = { lastActivityAt: null, lastContactAt: null, callback: null };
  const none: never[] = [];
  let quiet = 0;
  const withOpen = new Set<number>();
  for (const [key, list] of byAccount) {
    const first = list[0];
    if (!first) continue; // group() never makes an empty list
    withOpen.add(first.customerId);
    const { customerId, currency } = first;
    const summary = side.contacts.get(customerId) ?? noContact;
    const accountPromises = promisesByAccount.get(key);
    // Bulk: an account whose only item is the not-yet-due stand-in, with no promise and no callback
    // reached, needs no judgement — it is counted, not assessed.
    const standIn = list.length === 1 && first.id < 0 && first.dueDate !== null && first.dueDate >= today;
    if (!one && standIn && !accountPromises && !(summary.callback && summary.callback.nextActionAt <= today)) {
      quiet++;
      continue;
    }
    const letterAt = lastLetter.get(customerId);
    const contact: ContactSummary =
      letterAt && (!summary.lastContactAt || letterAt > summary.lastContactAt)
        ? { lastActivityAt: summary.lastActivityAt, lastContactAt: letterAt, callback: summary.callback }
        : summary;
    const sent = stepsBy.get(customerId);
    const steps: LastStep[] = sent
      ? sent.filter((l) => l.currency === null || l.currency === currency).map((l) => ({ step: l.step, date: l.sentAt.slice(0, 10) }))
      : none;
    const ds = disputesLite(disputes.get(key));
    const facts = {
      customer: customers.get(customerId)!,
      currency,
      items: list,
      disputes: ds,
      promises: accountPromises ?? none,
      contact,
      steps,
      avgDaysBeyondTerms: behaviour.get(customerId) ?? null,
      limitationEvents: events.get(customerId) ?? none,
    };
    accounts.push(assessAccount(facts, config, today));
  }
  return { accounts, quiet, customersWithOpenItems: withOpen.size, customers, config, promises: group(evaluated, (e) => e.record.customerId) };
}

/** One account's overdue amount in the one meaning, and its parts (see Account in core/priority.ts). */
export interface OverdueSplit {
  customerId: number;
  currency: string;
  overdueMinor: number;
  disputedMinor: number;
  onHoldMinor: number;
  collectibleMinor: number;
}

/**
 * Overdue, disputed, held and collectible per account, by the rules the queue and the account screen
 * use (core/priority.ts), summed by the store so aging and status read no open item and cannot tell
 * another story. Accounts with nothing overdue are left out (all four are 0).
 */
export async function overdueSplits(
  store: LedgerReads,
  settings: Record<string, unknown>,
  today: string,
  opts: { collector?: string } = {},
  /** The customers as store.customers.lite(opts) gives them, when the caller has read them already. */
  read?: Map<number, CustomerLite>,
): Promise<OverdueSplit[]> {
  const config = priorityConfig(settings);
  // Only which customers count (a collector's) matters here: no names.
  const customers = read ?? (await store.customers.lite({ ...opts, names: false }));
  const out: OverdueSplit[] = [];
  for (const [customerId, currency, overdueMinor, disputedMinor, onHoldMinor, collectibleMinor] of await store.reports.overdueSplits(
    today,
    config.aging.default_terms_days,
  )) {
    if (customers.has(customerId)) out.push({ customerId, currency, overdueMinor, disputedMinor, onHoldMinor, collectibleMinor });
  }
  return out;
}
