// One customer as facts: balances and aging per currency, open items, contacts, how they pay,
// promises and disputes, per currency the score, reasons, next step and limitation, and a timeline
// of what happened (each entry a `kind` code with its data). No text here: src/view/account.ts
// renders it, `--json` prints it.
import { parseTermsDays } from '../core/terms.js';
import type { BucketDef } from '../core/aging.js';
import type { Account, ScorePart } from '../core/priority.js';
import type { Contact, Customer, DisputeRow, LedgerReads, OpenInvoiceDetail } from '../store/port.js';
import { loadAccounts, type AccountsResult } from './worklist.js';
import type { Assessment } from '../core/assessment.js';
import { assessmentOf } from './assessment.js';
import { limitationFact, nextStepFact, reasonFact, type LimitationFact, type NextStepFact, type ReasonFact } from './queue.js';

type Disputes = DisputeRow[];
type Config = AccountsResult['config'];
type Evaluated = NonNullable<ReturnType<AccountsResult['promises']['get']>>;

/** What happened on the account, newest first: a code and what a line about it needs. */
export type TimelineEntry = { date: string } & (
  | { kind: 'import'; data: { file: string; invoices: number } }
  | { kind: 'payment'; data: { amountMinor: number; currency: string; method: string | null } }
  | { kind: 'activity'; data: { channel: string | null; outcome: string | null; note: string | null; nextActionAt: string | null } }
  | { kind: 'letter'; data: { step: number; stepCode: string; ref: string; sent: boolean } }
  | { kind: 'promise'; data: { amountMinor: number; currency: string; dueDate: string; status: string } }
  | { kind: 'dispute'; data: { invoice: string | null; amountMinor: number; currency: string; reason: string } }
  | { kind: 'dispute-resolved'; data: { invoice: string | null } }
);

export interface AccountScore {
  currency: string;
  score: number;
  factors: ScorePart[];
  reasons: ReasonFact[];
  hidden: string | null;
  nextStep: NextStepFact | null;
  lastStep: { step: number; code: string; date: string } | null;
  ladderComplete: boolean;
  limitation: LimitationFact | null;
}

export interface AccountReport {
  asOf: string;
  customer: Omit<Customer, 'nameKey' | 'createdAt' | 'updatedAt'>;
  /** Per currency; overdue is the one meaning (aging's past-due buckets); disputed and held are part of it. */
  balances: {
    currency: string;
    openMinor: number;
    overdueMinor: number;
    disputedMinor: number;
    onHoldMinor: number;
    collectibleMinor: number;
    daysPastDue: number;
  }[];
  /** Open credit notes per currency (negative; already netted in the balances). */
  openCredits: { currency: string; openMinor: number; items: number }[];
  /** Money received and not allocated to any invoice, per currency (not netted in the balances). */
  onAccount: { currency: string; unallocatedMinor: number; payments: number }[];
  aging: { basis: 'due'; buckets: BucketDef[]; byCurrency: { currency: string; openMinor: number; byBucket: Record<string, number> }[] };
  invoices: {
    number: string;
    kind: string;
    issueDate: string | null;
    dueDate: string | null;
    daysPastDue: number;
    currency: string;
    totalMinor: number;
    openMinor: number;
    disputedMinor: number;
    holdUntil: string | null;
    /** The customer's order number (accounts payable pay nothing without it), and the job or location. */
    po: string | null;
    job: string | null;
  }[];
  /** The salespeople of the open invoices, most frequent first. */
  salespeople: string[];
  /**
   * The terms written on the open invoices, most frequent first, one per meaning (`60` and `60天` are
   * one): days from the invoice date, or from the month's end (月结); `days` null when unreadable.
   */
  invoiceTerms: { text: string; days: number | null; monthEnd: boolean }[];
  contacts: Contact[];
  paymentProcess: {
    paymentRunDays: string | null;
    approvalChain: string | null;
    documentsRequired: string | null;
    avgDaysBeyondTerms: number | null;
    windowDays: number;
  };
  promises: {
    amountMinor: number;
    currency: string;
    dueDate: string;
    createdAt: string;
    status: string;
    paidMinor: number;
    method: string | null;
    payer: string | null;
  }[];
  keptRate: { kept: number; decided: number };
  disputes: Disputes;
  scores: AccountScore[];
  /** Ability and willingness to pay, and the type the history suggests (core/assessment.ts). */
  assessment: Assessment;
  timeline: TimelineEntry[];
  highScore: number;
  defaultTermsDays: number;
}

export function scoreOf(a: Account): AccountScore {
  return {
    currency: a.currency,
    score: a.score,
    factors: a.parts.map((p) => ({ factor: p.factor, points: p.points, value: p.value, ...(p.fx ? { fx: p.fx } : {}) })),
    reasons: a.reasons.map((r) => reasonFact(a, r)),
    hidden: a.hidden,
    nextStep: nextStepFact(a),
    lastStep: a.dunning.last ? { step: a.dunning.last.step, code: a.dunning.last.key, date: a.dunning.last.date } : null,
    ladderComplete: a.dunning.complete,
    limitation: limitationFact(a.limitation),
  };
}

/** The file's own name, whichever separator the path it was imported from used. */
function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

async function timelineOf(store: LedgerReads, customerId: number, config: Config, evaluated: Evaluated, disputes: Disputes): Promise<TimelineEntry[]> {
  const tl: TimelineEntry[] = [];
  for (const t of await store.batches.touching(customerId))
    tl.push({ date: t.at.slice(0, 10), kind: 'import', data: { file: baseName(t.fileName), invoices: t.invoices } });
  for (const p of await store.payments.recent(customerId)) {
    tl.push({ date: p.receivedDate, kind: 'payment', data: { amountMinor: p.amountMinor, currency: p.currency, method: p.method || null } });
  }
  for (const a of await store.activities.recent(customerId)) {
    tl.push({
      date: a.at.slice(0, 10),
      kind: 'activity',
      data: { channel: a.channel || null, outcome: a.outcome || null, note: a.note || null, nextActionAt: a.nextActionAt ? a.nextActionAt.slice(0, 10) : null },
    });
  }
  const ladderKey = (step: number) => config.policy.ladder.find((s) => s.step === step)?.key ?? String(step);
  for (const l of await store.letters.forCustomer(customerId)) {
    // A statement or a repayment agreement is no step of the ladder: its kind is its code.
    const data = { step: l.step, stepCode: l.kind && l.kind !== 'dunning' ? l.kind : ladderKey(l.step), ref: l.referenceNo, sent: !!l.sentAt };
    tl.push({ date: (l.sentAt ?? l.createdAt).slice(0, 10), kind: 'letter', data });
  }
  for (const e of evaluated) {
    const p = e.record;
    tl.push({
      date: p.createdAt.slice(0, 10),
      kind: 'promise',
      data: { amountMinor: p.amountMinor, currency: p.currency, dueDate: p.dueDate, status: e.evaluation.status },
    });
  }
  for (const d of disputes) {
    const invoice = d.invoiceNumber ?? null;
    tl.push({ date: d.openedAt.slice(0, 10), kind: 'dispute', data: { invoice, amountMinor: d.amountMinor, currency: d.currency, reason: d.reason } });
    if (d.resolvedAt) tl.push({ date: d.resolvedAt.slice(0, 10), kind: 'dispute-resolved', data: { invoice } });
  }
  // Newest first; the sort is stable, so entries of one day keep the order above.
  return tl.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

function creditsOf(invoices: { kind: string; openMinor: number; currency: string }[]): AccountReport['openCredits'] {
  const credits = new Map<string, { currency: string; openMinor: number; items: number }>();
  for (const i of invoices) {
    if (i.kind !== 'credit_note' || i.openMinor === 0) continue;
    const c = credits.get(i.currency) ?? { currency: i.currency, openMinor: 0, items: 0 };
    c.openMinor += i.openMinor;
    c.items++;
    credits.set(i.currency, c);
  }
  return [...credits.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1));
}

type Details = OpenInvoiceDetail[];

/** The values of one field on the open invoices, most frequent first (then by text). */
function mostFrequent(invoices: Details, field: 'salesperson' | 'terms'): string[] {
  const n = new Map<string, number>();
  for (const i of invoices) {
    const v = i[field]?.trim();
    if (v) n.set(v, (n.get(v) ?? 0) + 1);
  }
  return [...n].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).map(([name]) => name);
}

function termsOf(invoices: Details): AccountReport['invoiceTerms'] {
  const seen = new Map<string, AccountReport['invoiceTerms'][number]>();
  for (const text of mostFrequent(invoices, 'terms')) {
    const p = parseTermsDays(text);
    const key = p ? `${p.days}:${p.monthEnd}` : text;
    if (!seen.has(key)) seen.set(key, { text, days: p?.days ?? null, monthEnd: p?.monthEnd ?? false });
  }
  return [...seen.values()];
}

/** Aging per currency on the default buckets (due basis), and each open item's age. */
async function agingOf(invoices: Details, termsDays: number | null, config: Config, today: string, disputes: Disputes) {
  const aging = await import('../core/aging.js');
  const disputedBy = new Map<number, number>();
  for (const d of disputes) if (d.status === 'open' && d.invoiceId != null) disputedBy.set(d.invoiceId, (disputedBy.get(d.invoiceId) ?? 0) + d.amountMinor);
  const placed = aging.placeScheme({ basis: 'due', current: true, bounds: config.aging.buckets }, today);
  const aged = aging.ageItems(
    invoices.map((i) => ({ ...i, termsDays })),
    placed,
    config.aging.default_terms_days,
    () => null,
  );
  const keyed = (arr: number[]) => Object.fromEntries(placed.defs.map((d, i) => [d.key, arr[i] ?? 0]));
  const summary: AccountReport['aging'] = {
    basis: 'due',
    buckets: placed.defs,
    byCurrency: aged.totals.map((t) => ({ currency: t.currency, openMinor: t.openMinor, byBucket: keyed(t.byBucket) })),
  };
  const items: AccountReport['invoices'] = invoices.map((i) => {
    const due = aging.anchorDate({ ...i, termsDays }, 'due', config.aging.default_terms_days);
    return {
      number: i.number,
      kind: i.kind,
      issueDate: i.issueDate,
      dueDate: i.dueDate,
      // A credit note is owed to the customer: it is never overdue.
      daysPastDue: i.kind === 'credit_note' ? 0 : aging.ageInDays(due, today),
      currency: i.currency,
      totalMinor: i.totalMinor,
      openMinor: i.openMinor,
      disputedMinor: Math.max(0, Math.min(i.openMinor, disputedBy.get(i.id) ?? 0)),
      holdUntil: i.holdUntil,
      po: i.po,
      job: i.job,
    };
  });
  return { summary, items };
}

/** The account screen's facts for one customer on `today`, with settings as stored. */
export async function accountReport(store: LedgerReads, customerId: number, today: string): Promise<AccountReport> {
  const { keptRate } = await import('../core/promises.js');
  const settings = (await store.settings.read()) as Record<string, unknown>;
  const { nameKey: _k, createdAt: _c, updatedAt: _u, ...customer } = (await store.customers.get(customerId))!;
  const { accounts, config, promises } = await loadAccounts(store, settings, today, { customerId });
  accounts.sort((a, b) => (a.currency < b.currency ? -1 : 1));
  const invoices = await store.invoices.openDetails(customerId);
  const disputes = await store.disputes.forCustomer(customerId);
  const evaluated = promises.get(customerId) ?? [];
  const aged = await agingOf(invoices, customer.termsDays, config, today, disputes);
  return {
    asOf: today,
    customer,
    balances: accounts.map((a) => ({
      currency: a.currency,
      openMinor: a.openMinor,
      overdueMinor: a.pastDueMinor,
      disputedMinor: a.disputedMinor,
      onHoldMinor: a.onHoldMinor,
      collectibleMinor: a.collectibleMinor,
      daysPastDue: a.daysPastDue,
    })),
    openCredits: creditsOf(invoices),
    onAccount: await store.payments.unallocated(customerId),
    aging: aged.summary,
    invoices: aged.items,
    salespeople: mostFrequent(invoices, 'salesperson'),
    invoiceTerms: termsOf(invoices),
    contacts: await store.contacts.list(customerId),
    paymentProcess: {
      paymentRunDays: customer.paymentRunDays,
      approvalChain: customer.approvalChain,
      documentsRequired: customer.documentsRequired,
      avgDaysBeyondTerms: accounts[0]?.avgDaysBeyondTerms ?? null,
      windowDays: config.priority.behaviour_window_days,
    },
    promises: evaluated.map((e) => ({
      amountMinor: e.record.amountMinor,
      currency: e.record.currency,
      dueDate: e.record.dueDate,
      createdAt: e.record.createdAt,
      status: e.evaluation.status,
      paidMinor: e.evaluation.paidMinor,
      method: e.record.method ?? null,
      payer: e.record.payer ?? null,
    })),
    keptRate: keptRate(evaluated.map((e) => e.evaluation.status)),
    disputes,
    scores: accounts.map(scoreOf),
    assessment: await assessmentOf(store, customerId, today),
    timeline: await timelineOf(store, customerId, config, evaluated, disputes),
    highScore: config.priority.high_score,
    defaultTermsDays: config.aging.default_terms_days,
  };
}
