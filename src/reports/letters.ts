// Letters as facts: for each customer and currency at its due step (or a forced one), what the letter
// must say (DOMAIN §4) — the parties, the invoices with dates, amounts and days overdue, what is under
// review (disputed) or on hold and left out, the earlier letters, the total and a dated deadline, and
// the interest claimed where the step asks for it. The step is the queue's: src/core/policy.ts through
// the worklist (one rule). Also the statement of account and the repayment agreement. No text here.
import { anchorDate, daysFrom } from '../core/aging.js';
import { addDays } from '../core/dates.js';
import { interestRuleFor, lateInterest, type InterestResult, type InterestSettings } from '../core/interest.js';
import { stepLetter, type PolicySettings } from '../core/policy.js';
import type { Account } from '../core/priority.js';
import type { Letterhead, Settings } from '../core/settings.js';
import type { Contact, Customer, LedgerReads, OpenInvoiceDetail, PlanInstalment } from '../store/port.js';
import { loadAccounts } from './worklist.js';

export type LetterKind = 'dunning' | 'statement' | 'plan';

/** Days a customer has to return the signed confirmation slip of a statement. */
const STATEMENT_RETURN_DAYS = 14;

export interface LetterInvoice {
  number: string;
  issueDate: string | null;
  dueDate: string | null;
  po: string | null;
  /** The job or location the invoice is for (QuickBooks job, 项目), shown beside the PO. */
  job: string | null;
  totalMinor: number;
  /** What this letter claims on it: open, less any disputed part. */
  claimMinor: number;
  daysOverdue: number;
}

export interface LetterParty {
  name: string;
  email: string | null;
  role: string | null;
  title: string | null;
  phone: string | null;
}

export interface LetterDoc {
  kind: LetterKind;
  customer: Pick<Customer, 'id' | 'code' | 'name' | 'address' | 'taxId' | 'phone' | 'email' | 'type' | 'strategic' | 'jurisdiction'>;
  currency: string;
  /** The ladder step (dunning), else the last step sent (−1: none). */
  step: number;
  stepKey: string | null;
  template: string;
  /** Template variant: the customer type (delayer, cashflow, strategic …) or null. */
  variant: string | null;
  lang: 'en' | 'zh';
  date: string;
  deadline: string;
  invoices: LetterInvoice[];
  /** Open credit notes set against the total (negative amounts). */
  credits: { number: string; issueDate: string | null; openMinor: number }[];
  /** Disputed parts left out, listed as under review. */
  underReview: { number: string | null; amountMinor: number; reason: string; openedAt: string }[];
  /** Invoices on hold until a date (left out). */
  onHold: { number: string; openMinor: number; until: string }[];
  totalMinor: number;
  /** Earlier letters of the ladder in this currency (oldest first). */
  earlier: { date: string; step: number; stepKey: string; reference: string }[];
  interest: InterestResult | null;
  to: LetterParty[];
  cc: LetterParty[];
  /** The account manager copied on letters to strategic accounts (the invoices' salesperson). */
  accountManager: string | null;
  contact: LetterParty | null;
  collector: string | null;
  /** Repayment plan (kind plan): the instalments. */
  plan: { instalment: number; amountMinor: number; dueDate: string }[];
  letterhead: Letterhead;
}

export interface LetterRequest {
  /** Customer ids; empty with `due`: everyone whose next step is a written one today. */
  customerIds: number[];
  due: boolean;
  /** Force this step (the ladder's own otherwise). */
  step?: number;
  /** Override the customer's language. */
  lang?: 'en' | 'zh';
  kind: LetterKind;
}

/** A step is written when its channel includes a letter or an e-mail (calls and visits are not). */
function written(channel: string): boolean {
  return /letter|email/.test(channel);
}

interface Settled {
  settings: Settings;
  policy: PolicySettings;
  interest: InterestSettings;
  termsDefault: number;
}

/**
 * The letters a run makes: one per customer and currency at its due step (all its overdue invoices
 * in it), or at the forced step. `skipped` names accounts asked for that get no letter, and why.
 */
export async function letterDocs(
  store: LedgerReads,
  today: string,
  req: LetterRequest,
): Promise<{ docs: LetterDoc[]; skipped: { code: string; currency: string | null; why: string }[] }> {
  const settings = await store.settings.read();
  const st: Settled = {
    settings,
    policy: settings.policy as PolicySettings,
    interest: settings.interest as InterestSettings,
    termsDefault: (settings.aging as { default_terms_days: number }).default_terms_days,
  };
  const one = req.customerIds.length === 1 ? req.customerIds[0] : undefined;
  const { accounts } = await loadAccounts(store, settings, today, one !== undefined ? { customerId: one } : {});
  const wanted = new Set(req.customerIds);
  const docs: LetterDoc[] = [];
  const skipped: { code: string; currency: string | null; why: string }[] = [];
  const seen = new Set<number>();
  const chosen = accounts
    .filter((a) => (req.customerIds.length ? wanted.has(a.customer.id) : true))
    .sort((a, b) => (a.customer.code < b.customer.code ? -1 : a.customer.code > b.customer.code ? 1 : a.currency < b.currency ? -1 : 1));
  for (const a of chosen) {
    seen.add(a.customer.id);
    const step = req.kind === 'dunning' ? stepFor(a, req) : (a.dunning.last?.step ?? -1);
    if (step === null) {
      if (!req.due || req.customerIds.length) skipped.push({ code: a.customer.code, currency: a.currency, why: whyNot(a) });
      continue;
    }
    const doc = await buildDoc(store, st, a, step, today, req);
    if (doc) docs.push(doc);
    else skipped.push({ code: a.customer.code, currency: a.currency, why: req.kind === 'plan' ? 'no-plan' : 'nothing-owed' });
  }
  for (const id of req.customerIds) {
    if (seen.has(id)) continue;
    const c = await store.customers.get(id);
    if (c) skipped.push({ code: c.code, currency: null, why: 'nothing-open' });
  }
  return { docs, skipped };
}

/** The step this account's letter is at: forced, or its due written step; null: no letter. */
function stepFor(a: Account, req: LetterRequest): number | null {
  if (req.step !== undefined) return a.collectibleMinor > 0 || req.step === 0 ? req.step : null;
  const n = a.dunning.next;
  if (!n || !written(n.channel)) return null;
  // Named customers get the letter of their next step once it is reached (the gap still applies);
  // --due only those due today.
  if (!n.due) return null;
  return n.step;
}

function whyNot(a: Account): string {
  const n = a.dunning.next;
  if (a.hidden === 'disputed' || a.hidden === 'on-hold') return a.hidden;
  if (a.dunning.complete) return 'ladder-complete';
  if (!n) return 'nothing-overdue';
  if (!written(n.channel)) return 'not-written';
  return n.waiting ? `waiting-${n.waiting}` : 'not-due';
}

const party = (c: Contact): LetterParty => ({ name: c.name, email: c.email, role: c.role, title: c.title, phone: c.phone ?? c.mobile });

/** To: the AP clerks with e-mail (else the primary contact, else the customer's address); Cc: the decision makers. */
function recipients(contacts: Contact[], customer: Customer): { to: LetterParty[]; cc: LetterParty[]; contact: LetterParty | null } {
  const withMail = contacts.filter((c) => c.email);
  let to = withMail.filter((c) => c.role === 'ap-clerk');
  if (to.length === 0) to = withMail.filter((c) => c.isPrimary).slice(0, 1);
  if (to.length === 0) to = withMail.filter((c) => !c.isDecisionMaker && c.role !== 'decision-maker').slice(0, 1);
  const toParties = to.map(party);
  if (toParties.length === 0 && customer.email) toParties.push({ name: customer.name, email: customer.email, role: null, title: null, phone: customer.phone });
  const cc = withMail.filter((c) => (c.isDecisionMaker || c.role === 'decision-maker') && !to.includes(c)).map(party);
  const primary = contacts.find((c) => c.isPrimary) ?? contacts[0];
  return { to: toParties, cc, contact: primary ? party(primary) : null };
}

/** The open items of the account sorted into claimed, credits, under review and on hold. */
async function itemsOf(store: LedgerReads, st: Settled, a: Account, customer: Customer, today: string, from: number) {
  const details = (await store.invoices.openDetails(customer.id)).filter((i) => i.currency === a.currency);
  const disputes = (await store.disputes.forCustomer(customer.id)).filter((d) => d.status === 'open' && d.currency === a.currency);
  const disputedBy = new Map<number, number>();
  for (const d of disputes) if (d.invoiceId != null) disputedBy.set(d.invoiceId, (disputedBy.get(d.invoiceId) ?? 0) + d.amountMinor);
  const invoices: LetterInvoice[] = [];
  const credits: LetterDoc['credits'] = [];
  const onHold: LetterDoc['onHold'] = [];
  const salespeople = new Map<string, number>();
  for (const i of details) {
    if (i.kind === 'credit_note') {
      if (i.openMinor < 0) credits.push({ number: i.number, issueDate: i.issueDate, openMinor: i.openMinor });
      continue;
    }
    const due = anchorDate({ kind: 'invoice', issueDate: i.issueDate, dueDate: i.dueDate, termsDays: customer.termsDays }, 'due', st.termsDefault);
    const days = due ? daysFrom(due, today) : 0;
    if (days < from || i.openMinor <= 0) continue;
    if (i.holdUntil && i.holdUntil > today) {
      onHold.push({ number: i.number, openMinor: i.openMinor, until: i.holdUntil });
      continue;
    }
    const claim = i.openMinor - Math.min(i.openMinor, disputedBy.get(i.id) ?? 0);
    if (claim <= 0) continue;
    invoices.push(invoiceOf(i, due, claim, days));
    if (i.salesperson) salespeople.set(i.salesperson, (salespeople.get(i.salesperson) ?? 0) + 1);
  }
  const underReview = disputes.map((d) => ({ number: d.invoiceNumber, amountMinor: d.amountMinor, reason: d.reason, openedAt: d.openedAt.slice(0, 10) }));
  const manager = [...salespeople].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? null;
  return { invoices, credits, onHold, underReview, manager };
}

function invoiceOf(i: OpenInvoiceDetail, due: string | null, claim: number, days: number): LetterInvoice {
  return {
    number: i.number,
    issueDate: i.issueDate,
    dueDate: due,
    po: i.po,
    job: i.job ?? null,
    totalMinor: i.totalMinor,
    claimMinor: claim,
    daysOverdue: Math.max(0, days),
  };
}

/** The letter of one account at one step; null when it would claim nothing (or, for a plan, there is none). */
async function buildDoc(store: LedgerReads, st: Settled, a: Account, step: number, today: string, req: LetterRequest): Promise<LetterDoc | null> {
  const customer = (await store.customers.get(a.customer.id))!;
  const ladder = st.policy.ladder.find((s) => s.step === step);
  // Step 0 covers what falls due within its window; the others what is overdue; a statement everything open.
  const from = req.kind === 'statement' ? -100_000 : req.kind === 'dunning' && step === 0 ? Math.min(ladder?.day ?? -7, 0) : 1;
  const items = await itemsOf(store, st, a, customer, today, from);
  const creditTotal = items.credits.reduce((s, c) => s + c.openMinor, 0);
  const totalMinor = items.invoices.reduce((s, i) => s + i.claimMinor, 0) + creditTotal;
  const plan = req.kind === 'plan' ? planOf(await store.letters.plan(customer.id), a.currency) : [];
  if (req.kind === 'plan' ? plan.length === 0 : totalMinor <= 0 && req.kind === 'dunning') return null;
  const sl = stepLetter(
    st.policy,
    Math.max(step, 0),
    today,
    items.invoices.map((i) => i.dueDate ?? today),
  );
  const keyOf = (n: number) => st.policy.ladder.find((s) => s.step === n)?.key ?? String(n);
  const earlier = (await store.letters.forCustomer(customer.id))
    .filter((l) => l.kind === 'dunning' && l.sentAt && (l.currency === null || l.currency === a.currency))
    .map((l) => ({ date: l.sentAt!.slice(0, 10), step: l.step, stepKey: keyOf(l.step), reference: l.referenceNo }))
    .reverse();
  const rule = req.kind === 'dunning' && sl.interest ? interestRuleFor(st.interest, customer.jurisdiction) : null;
  const interest = rule
    ? lateInterest(
        rule,
        items.invoices.map((i) => ({ number: i.number, principalMinor: i.claimMinor, currency: a.currency, dueDate: i.dueDate ?? today })),
        today,
        st.interest,
      )
    : null;
  const { to, cc, contact } = recipients(await store.contacts.list(customer.id), customer);
  const strategicCopy = customer.strategic && st.policy.strategic_copy_account_manager;
  const lang = req.lang ?? customer.language ?? (st.settings.language || 'en');
  return {
    kind: req.kind,
    customer: pick(customer),
    currency: a.currency,
    step,
    stepKey: step >= 0 ? keyOf(step) : null,
    template: req.kind === 'dunning' ? sl.template : req.kind,
    variant: customer.strategic ? 'strategic' : (customer.type ?? null),
    lang: lang === 'zh' ? 'zh' : 'en',
    date: today,
    // A statement's slip comes back within two weeks; an agreement is signed before its first instalment.
    deadline: req.kind === 'plan' ? (plan[0]?.dueDate ?? sl.deadline) : req.kind === 'statement' ? addDays(today, STATEMENT_RETURN_DAYS) : sl.deadline,
    ...items,
    totalMinor,
    earlier,
    interest,
    to,
    cc,
    accountManager: strategicCopy ? items.manager : null,
    contact,
    collector: customer.collector,
    plan,
    letterhead: st.settings.letterhead,
  };
}

function pick(c: Customer): LetterDoc['customer'] {
  return {
    id: c.id,
    code: c.code,
    name: c.name,
    address: c.address,
    taxId: c.taxId,
    phone: c.phone,
    email: c.email,
    type: c.type,
    strategic: c.strategic,
    jurisdiction: c.jurisdiction,
  };
}

function planOf(rows: PlanInstalment[], currency: string): LetterDoc['plan'] {
  return rows
    .filter((r) => r.currency === currency && r.status !== 'cancelled')
    .map((r, i) => ({ instalment: r.instalment ?? i + 1, amountMinor: r.amountMinor, dueDate: r.dueDate }));
}

// ---- What a letter template sees ----

/** The letterhead in the letter's language, falling back to the other language's text. */
function company(doc: LetterDoc) {
  const l = doc.letterhead;
  const zh = doc.lang === 'zh';
  return {
    name: (zh ? l.name_zh || l.name_en : l.name_en || l.name_zh) || null,
    address: (zh ? l.address_zh || l.address_en : l.address_en || l.address_zh) || null,
    phone: l.phone || null,
    email: l.email || null,
    bank:
      l.bank_name || l.bank_account_no ? { name: l.bank_name || null, accountName: l.bank_account_name || null, accountNo: l.bank_account_no || null } : null,
  };
}

/** What a letter template sees. Optional facts are present as null, so `{{#if x}}` guards them. */
export function letterData(doc: LetterDoc, reference: string) {
  const interest = doc.interest;
  const sameCurrency = interest && interest.compensationCurrency === doc.currency;
  const planTotal = doc.plan.reduce((s, p) => s + p.amountMinor, 0);
  return {
    reference,
    date: doc.date,
    deadline: doc.deadline,
    step: doc.step,
    urgent: doc.step >= 3,
    company: company(doc),
    customer: { code: doc.customer.code, name: doc.customer.name, address: doc.customer.address || null, taxId: doc.customer.taxId || null },
    contact: doc.contact ? { name: doc.contact.name, title: doc.contact.title || null } : null,
    currency: doc.currency,
    total: doc.totalMinor,
    invoices: doc.invoices.map((i) => ({ ...i, po: i.po || null, job: i.job || null })),
    credits: doc.credits.length ? doc.credits : null,
    underReview: doc.underReview.length ? doc.underReview.map((r) => ({ ...r, number: r.number || null })) : null,
    onHold: doc.onHold.length ? doc.onHold : null,
    earlier: doc.earlier.length ? doc.earlier : null,
    interest: interest
      ? {
          rule: interest.rule,
          table: interest.table,
          margin: interest.marginPpm,
          markup: interest.markupPercent,
          daily: interest.dailyPpm,
          invoices: interest.invoices,
          rates: ratesUsed(interest),
          interest: interest.interestMinor,
          compensation: interest.compensationMinor || null,
          compensationCurrency: interest.compensationCurrency,
          // The total with interest (and compensation when it is in the letter's currency).
          grandTotal: doc.totalMinor + interest.interestMinor + (sameCurrency ? interest.compensationMinor : 0),
        }
      : null,
    accountManager: doc.accountManager,
    collector: doc.collector || null,
    plan: doc.plan.length ? doc.plan : null,
    planTotal,
    planRest: doc.totalMinor - planTotal > 0 ? doc.totalMinor - planTotal : null,
  };
}

/** The distinct rates used across the invoices (a letter names each once, with its period). */
function ratesUsed(r: NonNullable<LetterDoc['interest']>) {
  const by = new Map<string, { from: string; to: string; referencePpm: number | null; ratePpm: number }>();
  for (const inv of r.invoices) {
    for (const p of inv.periods) {
      const key = `${p.referencePpm}|${p.ratePpm}`;
      const seen = by.get(key);
      if (!seen) by.set(key, { from: p.from, to: p.to, referencePpm: p.referencePpm, ratePpm: p.ratePpm });
      else {
        if (p.from < seen.from) seen.from = p.from;
        if (p.to > seen.to) seen.to = p.to;
      }
    }
  }
  return [...by.values()].sort((a, b) => (a.from < b.from ? -1 : 1));
}
