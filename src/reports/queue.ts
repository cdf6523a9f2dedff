// Today's worklist as facts: the ranked accounts, why each is on the list (as codes with their
// parameters), the next step and whom to ask for, and how many were left off and why. No text here:
// src/view/queue.ts renders it, `--json` prints it.
import { UNCLASSIFIED_AS, type Account, type Factor, type Reason } from '../core/priority.js';
import { pickContact } from '../core/contacts.js';
import type { Contact, LedgerReads } from '../store/port.js';
import { loadAccounts } from './worklist.js';

export interface QueueOptions {
  collector?: string;
  /** How many to show; 0 = all. */
  limit: number;
}

/** Why an account is on today's list: a code, with what a label needs (dates are ISO). */
export interface ReasonFact {
  code: Reason;
  params: Record<string, string | number>;
}

export interface NextStepFact {
  step: number;
  code: string;
  channel: string;
  dueOn: string | null;
  due: boolean;
  /** Why it is not due yet: 'amount' when the overdue amount is under the ladder's minimum. */
  waiting: 'age' | 'gap' | 'amount' | null;
}

export interface QueueEntry {
  rank: number;
  /** type and grade null: unclassified (`--json` "type": null). */
  customer: { code: string; name: string; type: string | null; grade: string | null; strategic: boolean; collector: string | null };
  currency: string;
  overdueMinor: number;
  disputedMinor: number;
  onHoldMinor: number;
  daysPastDue: number;
  score: number;
  factors: { factor: Factor; points: number; value: number | string | null }[];
  reasons: ReasonFact[];
  nextStep: NextStepFact | null;
  promise: { amountMinor: number; currency: string; dueDate: string; status: string } | null;
  callbackDue: string | null;
  limitation: { deadline: string; daysLeft: number } | null;
  askFor: { name: string; role: string | null; phone: string | null; email: string | null } | null;
}

export interface QueueReport {
  asOf: string;
  entries: QueueEntry[];
  /** The accounts behind entries, same order (not in --json). */
  accounts: Account[];
  need: number;
  withOpenItems: number;
  /** The same two counts in customers (a customer owing in two currencies is two accounts). */
  needCustomers: number;
  customersWithOpenItems: number;
  hidden: { promisePending: number; disputed: number; onHold: number; capacity: number; lowScore: number; nothingOverdue: number };
  highScore: number;
}

/** The parameters a reason's label needs. */
export function reasonFact(a: Account, code: Reason): ReasonFact {
  switch (code) {
    case 'promise-broken':
      return { code, params: { date: a.promiseBroken!.record.dueDate } };
    case 'callback-due':
      return { code, params: { date: a.callbackDue! } };
    case 'step-due':
      return { code, params: { step: a.dunning.next!.step, stepCode: a.dunning.next!.key } };
    case 'limitation-warning':
      return { code, params: { daysLeft: a.limitation!.daysLeft } };
    case 'high-score':
      return { code, params: { score: a.score } };
    default:
      return { code, params: {} };
  }
}

export function nextStepFact(a: Account): NextStepFact | null {
  const n = a.dunning.next;
  return n ? { step: n.step, code: n.key, channel: n.channel, dueOn: n.dueOn, due: n.due, waiting: n.waiting ?? null } : null;
}

type Contacts = Contact[];

function entryOf(a: Account, rank: number, contacts: Contacts): QueueEntry {
  const c = pickContact(contacts, a.customer.type ?? UNCLASSIFIED_AS);
  const p = a.promiseBroken ?? a.promiseDue;
  return {
    rank,
    customer: {
      code: a.customer.code,
      name: a.customer.name,
      type: a.customer.type,
      grade: a.customer.grade,
      strategic: a.customer.strategic,
      collector: a.customer.collector,
    },
    currency: a.currency,
    overdueMinor: a.overdueMinor,
    disputedMinor: a.disputedMinor,
    onHoldMinor: a.onHoldMinor,
    daysPastDue: a.daysPastDue,
    score: a.score,
    factors: a.parts.map((x) => ({ factor: x.factor, points: x.points, value: x.value })),
    reasons: a.reasons.map((r) => reasonFact(a, r)),
    nextStep: nextStepFact(a),
    promise: p ? { amountMinor: p.record.amountMinor, currency: p.record.currency, dueDate: p.record.dueDate, status: p.evaluation.status } : null,
    callbackDue: a.callbackDue,
    limitation: a.limitation ? { deadline: a.limitation.deadline, daysLeft: a.limitation.daysLeft } : null,
    askFor: c ? { name: c.name, role: c.role, phone: c.mobile || c.phone || null, email: c.email } : null,
  };
}

/** The worklist of the ledger on `today`, with settings as stored. */
export async function queueReport(store: LedgerReads, today: string, opts: QueueOptions): Promise<QueueReport> {
  const { buildWorklist } = await import('../core/priority.js');
  const settings = (await store.settings.read()) as Record<string, unknown>;
  const { accounts, quiet, config, customersWithOpenItems } = await loadAccounts(store, settings, today, { collector: opts.collector });
  const wl = buildWorklist(accounts, quiet);
  const shown = opts.limit === 0 ? wl.ranked : wl.ranked.slice(0, opts.limit);
  const names = await store.customers.names(shown.map((a) => a.customer.id));
  for (const a of shown) a.customer = { ...a.customer, name: names.get(a.customer.id) ?? a.customer.name };
  const contactCache = new Map<number, Contacts>();
  const entries: QueueEntry[] = [];
  for (const [i, a] of shown.entries()) {
    const contacts = contactCache.get(a.customer.id) ?? (await store.contacts.list(a.customer.id));
    contactCache.set(a.customer.id, contacts);
    entries.push(entryOf(a, i + 1, contacts));
  }
  return {
    asOf: today,
    entries,
    accounts: shown,
    need: wl.ranked.length,
    withOpenItems: wl.withOpenItems,
    needCustomers: new Set(wl.ranked.map((a) => a.customer.id)).size,
    customersWithOpenItems,
    hidden: {
      promisePending: wl.hidden['promise-pending'],
      disputed: wl.hidden.disputed,
      onHold: wl.hidden['on-hold'],
      capacity: wl.ranked.length - shown.length,
      lowScore: wl.hidden['low-score'],
      nothingOverdue: wl.hidden['nothing-overdue'],
    },
    highScore: config.priority.high_score,
  };
}
