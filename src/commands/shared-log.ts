// Recording what happened on a call or a visit: shared by `ar log` (flags) and `ar call` (prompts),
// which only build a LogInput. One transaction writes the activity, its promises or plan, its
// disputes and the limitation event its evidence proves — all of it, or (on an error) none.
import { DataError, UsageError } from '../errors.js';
import { msg, type Msg } from '../i18n/index.js';
import type { LedgerReads, LedgerStore } from '../store/port.js';
import type { Context } from './shared.js';

/** DOMAIN §6, plus the outcomes of a visit (上门催讨). */
export const OUTCOMES = [
  'reached-promise',
  'reached-refused',
  'reached-dispute',
  'reached-already-paid',
  'reached-callback',
  'no-answer',
  'voicemail',
  'wrong-contact',
  'invoice-not-received',
  'awaiting-approval',
  'in-payment-run',
  'letter-sent',
  'email-sent',
  'visit',
  'note',
  'visited-promise',
  'visited-signed',
  'visited-refused',
  'visited-dispute',
  'visited-absent',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const DISPUTE_REASONS = ['quality', 'quantity', 'price', 'documents', 'other'] as const;
export type DisputeReason = (typeof DISPUTE_REASONS)[number];

export interface PromiseInput {
  amountMinor: number;
  dueDate: string;
}

export interface LogInput {
  customerId: number;
  /** The business date of the contact (the clock's today). */
  at: string;
  currency: string;
  outcome: Outcome | null;
  promises: PromiseInput[];
  /** An instalment plan: already split (core/promises splitPlan). */
  plan: PromiseInput[] | null;
  disputes: { invoice: string; reason: DisputeReason; amountMinor: number | null }[];
  /** How and by whom the promised money will be paid (the commitment to secure, DOMAIN §5). */
  method?: string | null;
  payer?: string | null;
  next: string | null;
  contact: string | null;
  note: string | null;
  evidence: string | null;
  collector: string | null;
}

export interface LogResult {
  activityId: number;
  outcome: Outcome;
  promiseIds: number[];
  planIds: number[];
  disputeIds: number[];
  limitationEventId: number | null;
}

/** The outcome a log implies when none is named: a promise made, a dispute raised, else a note. */
function impliedOutcome(input: LogInput): Outcome {
  if (input.promises.length || input.plan) return 'reached-promise';
  if (input.disputes.length) return 'reached-dispute';
  return 'note';
}

/** Which limitation event the evidence proves (DOMAIN §9): a plan, a promise in writing, else an acknowledgement. */
function evidenceKind(input: LogInput): string {
  if (input.plan) return 'plan';
  if (input.outcome === 'visited-signed') return 'statement-signed';
  if (input.promises.length) return 'promise-in-writing';
  return 'acknowledgement';
}

/** Nothing before today is promised, and a callback is not set in the past. */
function checkDates(input: LogInput): void {
  for (const p of [...input.promises, ...(input.plan ?? [])]) {
    if (p.dueDate < input.at) throw new DataError(msg('log.pastPromise', { date: p.dueDate, today: input.at }));
  }
  if (input.next && input.next < input.at) throw new DataError(msg('log.pastNext', { date: input.next, today: input.at }));
}

/** Check the disputed invoices against the ledger: open, this customer's, amount within what is open. */
async function disputeTargets(store: LedgerReads, input: LogInput) {
  if (input.disputes.length === 0) return [];
  const open = await store.invoices.openDetails(input.customerId);
  return input.disputes.map((d) => {
    const inv = open.find((i) => i.number === d.invoice && i.kind === 'invoice');
    if (!inv) throw new DataError(msg('log.noInvoice', { inv: d.invoice }), msg('log.noInvoiceHint'));
    const amount = d.amountMinor ?? inv.openMinor;
    if (amount <= 0 || amount > inv.openMinor) throw new DataError(msg('log.disputeTooMuch', { inv: d.invoice }));
    return { ...d, amountMinor: amount, currency: inv.currency };
  });
}

export async function recordLog(store: LedgerStore, input: LogInput): Promise<LogResult> {
  checkDates(input);
  const disputes = await disputeTargets(store, input);
  const outcome = input.outcome ?? impliedOutcome(input);
  const createdAt = input.at;
  return store.transaction(async (tx) => {
    const activityId = await tx.activities.add({
      customerId: input.customerId,
      at: input.at,
      channel: outcome.startsWith('visited') || outcome === 'visit' ? 'visit' : outcome === 'note' ? 'note' : 'call',
      outcome,
      note: input.note,
      collector: input.collector,
      nextActionAt: input.next,
      invoices: disputes.length ? disputes.map((d) => d.invoice) : null,
      contact: input.contact,
      evidence: input.evidence,
      createdAt,
    });
    const base = {
      customerId: input.customerId,
      currency: input.currency,
      activityId,
      contact: input.contact,
      method: input.method ?? null,
      payer: input.payer ?? null,
      createdAt,
    };
    const promiseIds: number[] = [];
    for (const p of input.promises) promiseIds.push(await tx.promises.add({ ...base, amountMinor: p.amountMinor, dueDate: p.dueDate }));
    const planIds = input.plan
      ? await tx.promises.addPlan(input.plan.map((p, i) => ({ ...base, amountMinor: p.amountMinor, dueDate: p.dueDate, instalment: i + 1 })))
      : [];
    const disputeIds: number[] = [];
    for (const d of disputes) {
      const id = await tx.disputes.add({ ...d, customerId: input.customerId, invoiceNumber: d.invoice, openedAt: input.at, note: input.note, createdAt });
      if (id !== null) disputeIds.push(id);
    }
    const limitationEventId = input.evidence
      ? await tx.limitation.add({ customerId: input.customerId, kind: evidenceKind(input), at: input.at, evidence: input.evidence, note: input.note })
      : null;
    return { activityId, outcome, promiseIds, planIds, disputeIds, limitationEventId };
  });
}

// ---- parsing what a collector types (flags and prompt answers alike) ----

/** An amount in the account's currency ("5000", "5,000.00", "USD 5000"); another currency is refused. */
export async function parseAmount(text: string, currency: string): Promise<number> {
  const { parseMoney } = await import('../core/money.js');
  const r = parseMoney(text, { currency });
  if (r.kind !== 'ok' || r.minor <= 0) throw new UsageError(msg('log.badAmount', { v: text }));
  if (r.currency && r.currency !== currency) throw new UsageError(msg('log.otherCurrency', { v: text, cur: currency }));
  return r.minor;
}

export async function parseDate(text: string, flag: string): Promise<string> {
  const { isIsoDate } = await import('../core/dates.js');
  const s = text.trim();
  if (!isIsoDate(s)) throw new UsageError(msg('log.badDate', { flag, v: text }));
  return s;
}

/** `--promise AMOUNT@YYYY-MM-DD`. */
export async function parsePromise(text: string, currency: string): Promise<PromiseInput> {
  const at = text.lastIndexOf('@');
  if (at < 1) throw new UsageError(msg('log.badPromise', { v: text }));
  return { amountMinor: await parseAmount(text.slice(0, at), currency), dueDate: await parseDate(text.slice(at + 1), '--promise') };
}

/** `--plan NxD` (n instalments d days apart), optionally `@YYYY-MM-DD` for the first one (else today + d). */
export function parsePlan(text: string): { count: number; everyDays: number; first: string | null } {
  const m = /^(\d{1,2})\s*[x×]\s*(\d{1,3})(?:@(\d{4}-\d{2}-\d{2}))?$/.exec(text.trim());
  const count = Number(m?.[1]);
  const everyDays = Number(m?.[2]);
  if (!m || count < 2 || everyDays < 1) throw new UsageError(msg('log.badPlan', { v: text }));
  return { count, everyDays, first: m[3] ?? null };
}

/** `--dispute INVOICE:REASON[:AMOUNT]`. */
export async function parseDispute(text: string, currency: string): Promise<LogInput['disputes'][number]> {
  const parts = text.split(':');
  const [invoice, reason, amount] = parts;
  if (parts.length < 2 || parts.length > 3 || !invoice?.trim()) throw new UsageError(msg('log.badDispute', { v: text }));
  const r = (reason ?? '').trim().toLowerCase();
  if (!(DISPUTE_REASONS as readonly string[]).includes(r)) {
    throw new UsageError(msg('log.badReason', { v: reason ?? '', list: DISPUTE_REASONS }));
  }
  return { invoice: invoice.trim(), reason: r as DisputeReason, amountMinor: amount ? await parseAmount(amount, currency) : null };
}

export function parseOutcome(text: string): Outcome {
  const o = text.trim().toLowerCase();
  if (!(OUTCOMES as readonly string[]).includes(o)) throw new UsageError(msg('log.badOutcome', { v: text }), msg('log.outcomesHint', { list: OUTCOMES }));
  return o as Outcome;
}

/** The account's currency: the customer's own, else its open items' one, else the ledger's default. */
export async function accountCurrency(store: LedgerReads, customerId: number): Promise<string> {
  return (await store.customers.currency(customerId)) ?? (await store.settings.read()).default_currency;
}

/** What an instalment plan spreads: the collectible overdue amount (disputes left out), else the open balance. */
export async function planTotal(store: LedgerReads, customerId: number, currency: string, today: string): Promise<number> {
  const { loadAccounts } = await import('../reports/worklist.js');
  const r = await loadAccounts(store, await store.settings.readStored(), today, { customerId });
  const a = r.accounts.find((x) => x.currency === currency);
  const total = a ? (a.collectibleMinor > 0 ? a.collectibleMinor : a.openMinor - a.disputedMinor) : 0;
  if (total <= 0) throw new DataError(msg('log.nothingToPlan', { cur: currency }));
  return total;
}

/** Split the plan over its total (exactly; see core/promises splitPlan). */
export async function planInstalments(spec: { count: number; everyDays: number; first: string | null }, total: number, today: string): Promise<PromiseInput[]> {
  const { splitPlan } = await import('../core/promises.js');
  const { addDays } = await import('../core/dates.js');
  const first = spec.first ?? addDays(today, spec.everyDays);
  return splitPlan(total, spec.count, spec.everyDays, first).map((i) => ({ amountMinor: i.amountMinor, dueDate: i.dueDate }));
}

/** What was recorded, as messages for the screen. */
export function loggedLines(input: LogInput, r: LogResult, outcome: string): Msg[] {
  const out: Msg[] = [msg('log.logged', { outcome })];
  if (r.promiseIds.length) out.push(msg('log.promises', { n: r.promiseIds.length }));
  if (r.planIds.length) out.push(msg('log.plan', { n: r.planIds.length, first: input.plan?.[0]?.dueDate ?? '' }));
  if (r.disputeIds.length) out.push(msg('log.disputes', { n: r.disputeIds.length }));
  if (input.next) out.push(msg('log.next', { date: input.next }));
  if (r.limitationEventId !== null) out.push(msg('log.evidence'));
  return out;
}

/**
 * The call script for a customer, as text. Until the scripts module lands, the account's next step
 * and the reasons it is on today's list (from the queue report); the integrator swaps in
 * renderCallScript (src/view/script.ts) here.
 */
export async function callScriptText(ctx: Context, customerId: number): Promise<string> {
  const store = await ctx.store({ create: false });
  const { scriptFacts } = await import('../reports/script.js');
  const { documentTemplates, renderCallScript } = await import('../view/script.js');
  const { templatesDir } = await import('../paths.js');
  const facts = await scriptFacts(store, customerId, ctx.clock.today());
  return renderCallScript(ctx.lang, facts, documentTemplates(templatesDir(ctx.env)), ctx.width);
}
