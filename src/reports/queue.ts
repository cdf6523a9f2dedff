// Today's worklist as facts: the ranked accounts, why each is on the list (as codes with their
// parameters), the next step and whom to ask for, and how many were left off and why. No text here:
// src/view/queue.ts renders it, `--json` prints it.
import { datedLimitation, type Limitation } from '../core/limitation.js';
import type { Account, Factor, FxNote, Reason } from '../core/priority.js';
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
  /** Why it is not due yet: 'amount' when the overdue amount is under the ladder's minimum; 'promise' on a full promise's day. */
  waiting: 'age' | 'gap' | 'amount' | 'promise' | null;
}

export interface QueueEntry {
  rank: number;
  /** type and grade null: unclassified (`--json` "type": null). */
  customer: { code: string; name: string; type: string | null; grade: string | null; strategic: boolean; collector: string | null };
  currency: string;
  /** Overdue (the one meaning: what aging shows past due); disputed and held are part of it. */
  overdueMinor: number;
  disputedMinor: number;
  onHoldMinor: number;
  /** What the collector can chase today: what the amount points are scored on. */
  collectibleMinor: number;
  daysPastDue: number;
  score: number;
  factors: { factor: Factor; points: number; value: number | string | null; fx?: FxNote }[];
  reasons: ReasonFact[];
  nextStep: NextStepFact | null;
  promise: { amountMinor: number; currency: string; dueDate: string; status: string } | null;
  callbackDue: string | null;
  limitation: LimitationFact | null;
  askFor: { name: string; role: string | null; phone: string | null; email: string | null } | null;
}

/**
 * An account's limitation clock: the cautious deadline with the statute and article that give it
 * (`law` is a catalogue code), or — jurisdiction null — overdue but no jurisdiction known, no date.
 */
export interface LimitationFact {
  jurisdiction: string | null;
  deadline: string | null;
  daysLeft: number | null;
  level: number | 'expired' | null;
  rule: { law: string; article: string; years: number; basis: string } | null;
  /** What the period counts from: 'default' (the due date, or year end) or the event that last restarted it. */
  since: { kind: string; at: string; ref?: string | null } | null;
  invoice: string | null;
}

export function limitationFact(l: Limitation | null): LimitationFact | null {
  if (!l) return null;
  const d = datedLimitation(l);
  return {
    jurisdiction: l.jurisdiction,
    deadline: d?.deadline ?? null,
    daysLeft: d?.daysLeft ?? null,
    level: d?.level ?? null,
    rule: d?.rule ?? null,
    since: d?.since ?? null,
    invoice: l.invoiceNumber || null,
  };
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
  /** The base currency the amount factor compares in, and the currencies on the list it had no rate for. */
  fx: { base: string; missing: string[] };
}

/** Currencies whose accounts were scored without a rate into the base (said once, not per line). */
function missingRates(accounts: readonly Account[]): string[] {
  const missing = new Set<string>();
  for (const a of accounts) for (const p of a.parts) if (p.fx && 'missing' in p.fx) missing.add(p.fx.currency);
  return [...missing].sort();
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
      return { code, params: { daysLeft: datedLimitation(a.limitation)!.daysLeft } };
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

/**
 * Whom to ask for: on the day a promise falls due, whoever made it (the payer it names, when that is
 * one of the contacts); else the role the customer's type calls for (a broken promise with a delayer
 * goes up to the decision maker).
 */
function askFor(a: Account, contacts: Contacts): Contact | null {
  const payer = a.promiseDue?.record.payer?.normalize('NFKC').trim().toLowerCase();
  const made = payer ? contacts.find((c) => c.name.normalize('NFKC').trim().toLowerCase() === payer) : undefined;
  return made ?? pickContact(contacts, a.customer.type);
}

function entryOf(a: Account, rank: number, contacts: Contacts): QueueEntry {
  const c = askFor(a, contacts);
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
    overdueMinor: a.pastDueMinor,
    disputedMinor: a.disputedMinor,
    onHoldMinor: a.onHoldMinor,
    collectibleMinor: a.collectibleMinor,
    daysPastDue: a.daysPastDue,
    score: a.score,
    factors: a.parts.map((x) => ({ factor: x.factor, points: x.points, value: x.value, ...(x.fx ? { fx: x.fx } : {}) })),
    reasons: a.reasons.map((r) => reasonFact(a, r)),
    nextStep: nextStepFact(a),
    promise: p ? { amountMinor: p.record.amountMinor, currency: p.record.currency, dueDate: p.record.dueDate, status: p.evaluation.status } : null,
    callbackDue: a.callbackDue,
    limitation: limitationFact(a.limitation),
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
    fx: { base: config.fx.base, missing: missingRates(wl.ranked) },
  };
}
