// The ledger port: what commands, the import pipeline and reports may ask of a ledger, whatever
// holds it. Nothing here names SQLite; src/store/sqlite/ implements it, and a second backend
// (PostgreSQL for team mode) implements it too and passes test/store/contract.test.ts.
// Reads are on the store; writes only on the handle a transaction gives, so that every change
// lands whole or not at all.
import type { ContactSummary, CustomerFacts, CustomerType, OpenItem } from '../core/priority.js';
import type { PaymentLite, PromiseRecord, PromiseStatus } from '../core/promises.js';
import type { Settings } from '../core/settings.js';
import type { ContactRole } from '../core/contacts.js';

export type { ContactRole } from '../core/contacts.js';

// from activities.ts
export interface ActivityRow {
  id: number;
  at: string;
  channel: string | null;
  outcome: string | null;
  note: string | null;
  collector: string | null;
  nextActionAt: string | null;
  /** Whom the collector spoke to. */
  contact: string | null;
  /** How a written acknowledgement can be proved. */
  evidence: string | null;
}

// from activities.ts
export interface NewActivity {
  customerId: number;
  at: string;
  channel?: string | null;
  outcome?: string | null;
  note?: string | null;
  collector?: string | null;
  nextActionAt?: string | null;
  invoices?: string[] | null;
  contact?: string | null;
  evidence?: string | null;
  createdAt: string;
}

// from batches.ts
export interface BatchStart {
  fileName: string;
  sha256: string;
  kind: string;
  profile: string | null;
  encoding: string | null;
  asOf: string | null;
  snapshot: string | null;
  at: string;
}

// from batches.ts
export interface BatchCounts {
  rowsRead: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  closedBySnapshot: number;
  warnings: string[];
  asOf?: string | null;
}

// from contacts.ts
export interface Contact {
  id: number;
  customerId: number;
  name: string;
  role: ContactRole | null;
  title: string | null;
  phone: string | null;
  mobile: string | null;
  email: string | null;
  wechat: string | null;
  isPrimary: boolean;
  isDecisionMaker: boolean;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

// from contacts.ts
export interface ContactInput {
  customerId: number;
  name: string;
  role?: ContactRole | null;
  title?: string | null;
  phone?: string | null;
  mobile?: string | null;
  email?: string | null;
  wechat?: string | null;
  isPrimary?: boolean;
  isDecisionMaker?: boolean;
  notes?: string | null;
}

// from customers.ts
export interface Customer {
  id: number;
  code: string;
  name: string;
  nameKey: string;
  /** NULL: unclassified (未分类) until a collector sets it; scored as oversight. */
  type: CustomerType | null;
  /** NULL: no grade (未评级) until a collector sets it; scored as B. */
  grade: 'A' | 'B' | 'C' | null;
  strategic: boolean;
  language: 'en' | 'zh' | null;
  currency: string | null;
  termsDays: number | null;
  creditLimitMinor: number | null;
  collector: string | null;
  parentId: number | null;
  taxId: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  paymentRunDays: string | null;
  approvalChain: string | null;
  documentsRequired: string | null;
  notes: string | null;
  /** Law governing the debts (DOMAIN §9), e.g. 'CN', 'US-NY'; null: the ledger default applies. */
  jurisdiction: string | null;
  createdAt: string;
  updatedAt: string;
}

// from customers.ts
export interface FindResult {
  /** The one customer meant, when the query identifies exactly one. */
  customer: Customer | null;
  /** Otherwise the near matches (by name), best first; empty when nothing resembles the query. */
  candidates: Customer[];
}

// from customers.ts
export interface CustomerInput {
  code?: string;
  name?: string;
  type?: CustomerType;
  grade?: 'A' | 'B' | 'C';
  strategic?: boolean;
  language?: 'en' | 'zh' | null;
  currency?: string | null;
  termsDays?: number | null;
  creditLimitMinor?: number | null;
  collector?: string | null;
  parentCode?: string | null;
  taxId?: string | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  paymentRunDays?: string | null;
  approvalChain?: string | null;
  documentsRequired?: string | null;
  notes?: string | null;
  jurisdiction?: string | null;
}

// from customers.ts
export type UpsertOutcome = 'imported' | 'updated' | 'unchanged';

// from disputes.ts
export interface DisputeRow {
  id: number;
  customerId: number;
  invoiceId: number | null;
  invoiceNumber: string | null;
  amountMinor: number;
  currency: string;
  reason: string;
  status: 'open' | 'resolved' | 'cancelled';
  openedAt: string;
  resolvedAt: string | null;
  note: string | null;
}

// from disputes.ts
export interface NewDispute {
  customerId: number;
  /** The disputed invoice's number; null when the dispute is about the account as a whole. */
  invoiceNumber: string | null;
  amountMinor: number;
  currency: string;
  reason: string;
  status?: 'open' | 'resolved' | 'cancelled';
  openedAt: string;
  resolvedAt?: string | null;
  note?: string | null;
  createdAt: string;
}

// from invoices.ts
export type InvoiceKind = 'invoice' | 'credit_note';

// from invoices.ts
export interface InvoiceRecord {
  customerId: number;
  number: string;
  kind: InvoiceKind;
  /** undefined: the file has no such column (keep what the ledger has). */
  issueDate?: string | null;
  dueDate?: string | null;
  currency: string;
  /** Signed: credit notes negative. */
  totalMinor: number;
  /** From an open/balance column (authoritative); undefined: total less what is already settled. */
  openMinor?: number;
  po?: string | null;
  terms?: string | null;
  salesperson?: string | null;
  /** QuickBooks job or location ("Carter Co:Warehouse Job"), a project; the customer stays the parent. */
  job?: string | null;
}

// from invoices.ts
export interface InvoiceWriterOptions {
  batchId: number;
  now: string;
  /**
   * The file's as-of date: an invoice imported as fully paid is closed on it, and an invoice the
   * ledger knows from a newer export (or a later payment) is not set back to older figures.
   */
  asOf: string;
  source: string | null;
}

// from invoices.ts
export interface WriterCounts {
  imported: number;
  updated: number;
  unchanged: number;
  /** Invoices this file listed a second time (the first listing is kept). */
  duplicates: number;
  firstDuplicate?: { number: string; line: number };
  /** Invoices left as they were because the ledger knows newer figures (counted as unchanged too). */
  stale: number;
  firstStale?: string;
}

// from invoices.ts
export interface SnapshotOptions {
  mode: 'all' | 'customers';
  /** closed_at: the file's as-of date, else the clock's today. */
  date: string;
  now: string;
  /** Only items in these currencies (the ones the files list); all currencies when absent. */
  currencies?: string[];
}

// from invoices.ts
export interface SnapshotItem {
  id: number;
  customerCode: string;
  customerName: string;
  number: string;
  kind: InvoiceKind;
  currency: string;
  openMinor: number;
}

// from letters.ts
export interface SentStep {
  customerId: number;
  /** null: the letter covered every currency. */
  currency: string | null;
  step: number;
  sentAt: string;
}

// from letters.ts
export interface SentDemand {
  customerId: number;
  sentAt: string;
  referenceNo: string | null;
}

// from letters.ts
export interface LetterRow {
  customerId: number;
  step: number;
  currency: string | null;
  sentAt: string | null;
  referenceNo: string;
  evidence: string | null;
  totalMinor: number | null;
  createdAt: string;
  template: string;
  language: string;
  /** dunning (a ladder step) | statement | plan. */
  kind: string;
  format: string | null;
  deadline: string | null;
}

// from letters.ts
export interface PlanInstalment {
  planId: number;
  instalment: number | null;
  amountMinor: number;
  currency: string;
  dueDate: string;
  status: string;
  contact: string | null;
  createdAt: string;
}

// from letters.ts
export interface NewLetter {
  customerId: number;
  step: number;
  language: string;
  template: string;
  referenceNo: string;
  currency?: string | null;
  totalMinor?: number | null;
  invoices?: string[] | null;
  deadline?: string | null;
  file?: string | null;
  createdAt: string;
  sentAt?: string | null;
  evidence?: string | null;
  /** dunning (default) | statement | plan. */
  kind?: string;
  /** md | txt | html | pdf | eml. */
  format?: string | null;
}

// from limitation.ts
export interface LimitationEventRow {
  customerId: number;
  invoiceId: number | null;
  /** A LimitationEventKind (core/limitation.ts); partial payments are derived from allocations. */
  kind: string;
  at: string;
  /** The evidence (how the event can be proved). */
  ref: string | null;
  note: string | null;
  /** A plan: the last instalment's due date of the repayment plans agreed by then (else null). */
  until: string | null;
}

// from limitation.ts
export interface NewLimitationEvent {
  customerId: number;
  /** null or absent: the event concerns the whole account. */
  invoiceId?: number | null;
  /** A LimitationEventKind (core/limitation.ts). */
  kind: string;
  /** YYYY-MM-DD (or an ISO timestamp; the date counts). */
  at: string;
  /** How the event can be proved: signed receipt, delivery record, the signed statement's file … */
  evidence?: string | null;
  note?: string | null;
  /** When the row was written (ISO); the machine's time when left out. */
  createdAt?: string;
}

// from limitation.ts
/** A paid invoice: when it closed and how many days beyond its due date. */
export interface PaidLate {
  closedAt: string;
  lateDays: number;
}

// from payments.ts
export interface PaymentPart {
  /** Invoice number to allocate to; undefined: oldest first. */
  invoice?: string;
  amountMinor: number;
  line: number;
}

// from payments.ts
export interface PaymentInput {
  customerId: number;
  reference: string;
  date: string;
  currency: string;
  amountMinor: number;
  method?: string | null;
  note?: string | null;
  source: string | null;
  parts: PaymentPart[];
}

// from promises.ts
export interface NewPromise {
  customerId: number;
  amountMinor: number;
  currency: string;
  dueDate: string;
  method?: string | null;
  payer?: string | null;
  status?: PromiseStatus;
  resolvedAt?: string | null;
  activityId?: number | null;
  note?: string | null;
  /** Instalment number within a plan (1..n); the plan id is the first instalment's. */
  instalment?: number | null;
  contact?: string | null;
  createdAt: string;
}

// from reports.ts
export interface CustomerLite extends CustomerFacts {
  language: string | null;
}

// from reports.ts
export interface OpenItemRow extends OpenItem {
  customerId: number;
}

// from reports.ts
export interface SideFacts {
  contacts: Map<number, ContactSummary>;
  letters: LastLetters;
  limitation: LimitationEventRow[];
  paid: PaymentBehaviour;
}

// from reports.ts
export interface OpenInvoiceDetail extends OpenItemRow {
  totalMinor: number;
  po: string | null;
  holdReason: string | null;
  /** The salesperson (account manager) on the invoice. */
  salesperson: string | null;
  /** The job, location or project the invoice is for. */
  job: string | null;
  /** The terms the export gave the invoice (`Net 60`, `月结30天`), which set its due date when it had none. */
  terms: string | null;
}

// from reports.ts
export interface PaymentRow {
  receivedDate: string;
  currency: string;
  amountMinor: number;
  reference: string;
  method: string | null;
}

// from reports.ts
export interface ImportTouch {
  batchId: number;
  fileName: string;
  kind: string;
  at: string;
  invoices: number;
}

// from reports.ts
export interface AgingCut {
  basis: 'due' | 'invoice';
  current: boolean;
  asOf: string;
  cutoffs: string[];
}

// from reports.ts
/**
 * One account's overdue amount and its parts, by core/priority.ts's rules (the queue's and the account
 * screen's): [customerId, currency, pastDueMinor, disputedMinor, onHoldMinor, collectibleMinor].
 */
export type OverdueSplitRow = [number, string, number, number, number, number];

export interface AgingAggregate {
  /** [customerId, currency, bucket, items, openMinor] */
  groups: [number, string, number, number, number][];
  /** Invoices that are aged from issue date + terms: [customerId, currency, issueDate, openMinor] */
  byTerms: [number, string, string, number][];
}

// from stats.ts
export interface OpenByCurrency {
  currency: string;
  items: number;
  openMinor: number;
}

// from stats.ts
export interface LastImport {
  file: string;
  kind: string;
  profile: string | null;
  at: string;
  rowsRead: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

// from payments.ts
export type PaymentWarning =
  | { kind: 'unknown-invoice'; reference: string; invoice: string; line: number }
  | { kind: 'not-an-invoice'; reference: string; invoice: string; line: number }
  | { kind: 'currency-mismatch'; reference: string; invoice: string; line: number; invoiceCurrency: string }
  | { kind: 'over-allocated'; reference: string; invoice: string; line: number; leftoverMinor: number; currency: string }
  | { kind: 'on-account'; reference: string; customerId: number; amountMinor: number; currency: string }
  /** Open credit notes set against invoices (a collector should know the ledger did this). */
  | { kind: 'credits-applied'; count: number; byCurrency: { currency: string; amountMinor: number }[]; example: { credit: string; invoice: string } };

/** The last letters sent: per step, and the demands (all, and those with proof of delivery). */
export interface LastLetters {
  steps: SentStep[];
  any: SentDemand[];
  proved: SentDemand[];
}

/** How customers paid closed invoices: counts and late counts by customer, and closed items without a due date. */
export interface PaymentBehaviour {
  sums: Map<number, { n: number; late: number }>;
  noDue: { customerId: number; issueDate: string; closedAt: string }[];
}

/** Open items of ordinary accounts summed per (customer, currency); unusual items row by row. */
export interface CompactOpenItems {
  /** [customerId, currency, items, openMinor, overdueMinor, oldestDue, nextDue] */
  aggregates: [number, string, number, number, number, string | null, string | null][];
  special: OpenItemRow[];
}

export interface StoreCounts {
  customers: number;
  invoices: number;
  payments: number;
  contacts: number;
  promises: number;
  disputes: number;
  activities: number;
}

export type ContactUpsertOutcome = 'imported' | 'updated' | 'unchanged';

/** Matches customers by code or name during one import, remembering those it created. */
export interface CustomerResolver {
  readonly created: Set<number>;
  /** The id of the customer with this code, if any. */
  byCodeId(code: string): number | undefined;
  /** The id of the one customer with this name; null when several share it. */
  byNameId(name: string): number | null | undefined;
  /** Find (or, with create, make) the customer a row names. */
  resolve(code: string | undefined, name: string | undefined, create: boolean): { id: number; created: boolean } | { ambiguous: true } | undefined;
  /** Note a customer written outside the resolver. */
  remember(id: number, code: string, name: string): void;
}

/** What an invoice writer reports once everything it was given is written. */
export interface InvoiceOutcome extends WriterCounts {
  /** Invoices whose total fell below what was already settled against them. */
  overSettled: string[];
}

/** Buffers invoice records (no await per row) and writes them in batches. */
export interface InvoiceWriter {
  readonly counts: WriterCounts;
  readonly overSettled: string[];
  /** Buffer one record (no I/O per row); line is the file line, for duplicate reports. */
  write(r: InvoiceRecord, line?: number): void;
  /** Write everything buffered; the outcomes so far. */
  flush(): Promise<InvoiceOutcome>;
}

/** Writes payments and their allocations; settles open items against them at the end. */
export interface PaymentWriter {
  /** Write one payment (with its allocations). */
  write(p: PaymentInput): { outcome: UpsertOutcome; warnings: PaymentWarning[] };
  /** Apply unallocated payments and open credit notes oldest-first; what could not be applied. */
  settle(): Promise<PaymentWarning[]>;
}

export interface CustomersRead {
  /** One customer by id. */
  get(id: number): Promise<Customer | undefined>;
  /** Every customer, by code. */
  list(): Promise<Customer[]>;
  /** A customer by exact code, else by name (exact, then partial): one, or the candidates. */
  find(codeOrName: string): Promise<FindResult>;
  /** The one currency a customer's invoices are in, or null. */
  currency(id: number): Promise<string | null>;
  /** The facts prioritisation needs per customer (optionally one collector's or one customer). */
  lite(opts?: { collector?: string; customerId?: number; names?: boolean }): Promise<Map<number, CustomerLite>>;
  /** Names of these customers. */
  names(ids: readonly number[]): Promise<Map<number, string>>;
  /** Every collector named on a customer. */
  collectors(): Promise<string[]>;
}
export interface CustomersWrite extends CustomersRead {
  /** Set profile fields of one customer (only those given); whether anything changed. */
  setProfile(id: number, input: CustomerInput, now: string): Promise<'updated' | 'unchanged'>;
  /** Insert or update a customer by code (or name); ambiguous or missing-parent results are returned. */
  upsert(
    input: CustomerInput,
    now: string,
    resolver?: CustomerResolver,
  ): Promise<{ outcome: UpsertOutcome; id: number } | { ambiguous: true } | { missingParent: string }>;
  /** A resolver for one import run. */
  resolver(now: string): CustomerResolver;
  /**
   * Collectors from the salesperson of each customer's invoices (`--collector-from salesperson`): set
   * where the collector is empty or was itself assigned this way; one set by hand is kept.
   */
  collectorsFromSalespeople(list: { customerId: number; salesperson: string }[], now: string): Promise<CollectorsAssigned>;
}

/** What `collectorsFromSalespeople` did: customers given a collector, and those that kept a different one set by hand. */
export interface CollectorsAssigned {
  assigned: number;
  keptManual: number;
}

export interface ContactsRead {
  /** A customer's contacts. */
  list(customerId: number): Promise<Contact[]>;
}
export interface ContactsWrite extends ContactsRead {
  /** Insert or update a contact by (customer, name). */
  upsert(input: ContactInput, now: string): Promise<ContactUpsertOutcome>;
  /**
   * A contact found in an invoice file: added unless the customer has one of that name, e-mail or
   * phone already (nothing a person entered is overwritten); primary only when the customer has none.
   */
  addFromImport(input: ContactInput, now: string): Promise<'imported' | 'unchanged'>;
}

export interface InvoicesRead {
  /** Customers holding an invoice with this number. */
  customersWith(number: string): Promise<number[]>;
  /** Open items of one customer (or all). */
  open(customerId?: number): Promise<OpenItemRow[]>;
  /** Open items summed per account, unusual ones row by row. */
  openCompact(today: string): Promise<CompactOpenItems>;
  /** A customer's open invoices with their allocations. */
  openDetails(customerId: number): Promise<OpenInvoiceDetail[]>;
}
export interface InvoicesWrite extends InvoicesRead {
  /** A batching writer for one import file. */
  writer(o: InvoiceWriterOptions): Promise<InvoiceWriter>;
  /** Open invoices of the snapshot's scope that this run's files did not list. */
  snapshotCandidates(o: SnapshotOptions): Promise<SnapshotItem[]>;
  /** How many such invoices are kept open (newer than the snapshot). */
  snapshotKept(o: SnapshotOptions): Promise<number>;
  /** Close the invoices a full snapshot no longer lists; how many. */
  closeBySnapshot(o: SnapshotOptions): Promise<number>;
  /** Open items and currencies of the customers this run's files touched. */
  runScope(): Promise<{ openItems: number; fileCurrencies: string[] }>;
  /** Count this batch as part of the current run. */
  noteRunBatch(batchId: number): Promise<void>;
  /**
   * The first currency whose invoice or payment amounts, added up as magnitudes over the whole
   * ledger, pass 2^53 − 1 minor units (no account or ledger total in it could be summed exactly).
   */
  inexactCurrency(): Promise<{ currency: string; totalMinor: bigint } | undefined>;
}

export interface PaymentsRead {
  /** A customer's latest payments. */
  recent(customerId: number, limit?: number): Promise<PaymentRow[]>;
  /** A customer's payments not allocated to invoices, by currency. */
  unallocated(customerId: number): Promise<{ currency: string; unallocatedMinor: number; payments: number }[]>;
  /** How each customer paid since a date. */
  behaviour(since: string, today: string, customerId?: number): Promise<PaymentBehaviour>;
  /** A customer's payments in one currency between two dates. */
  between(customerId: number, currency: string, from: string, to: string): Promise<PaymentLite[]>;
  /** `between` for many customers at once, every currency, by customer (each list in `between`'s order). */
  betweenMany(customerIds: readonly number[], from: string, to: string): Promise<Map<number, PaymentLite[]>>;
  /** When a customer's balance in a currency last reached zero. */
  lastClosedAt(customerId: number, currency: string): Promise<string | null>;
  /** A customer's invoices paid since a date: closing date and days beyond the due date, oldest first. */
  lateHistory(customerId: number, since: string): Promise<PaidLate[]>;
}
export interface PaymentsWrite extends PaymentsRead {
  /** A writer for one payments file. */
  writer(batchId: number, now: string): Promise<PaymentWriter>;
}

export interface ActivitiesRead {
  /** A customer's latest activities. */
  recent(customerId: number, limit?: number): Promise<ActivityRow[]>;
  /** Per contact: last reached, attempts since. */
  contactSummaries(customerId?: number): Promise<Map<number, ContactSummary>>;
}
export interface ActivitiesWrite extends ActivitiesRead {
  /** Record an activity; its id. */
  add(a: NewActivity): Promise<number>;
}

export interface PromisesRead {
  /** Promises made since a date. */
  recent(since: string): Promise<PromiseRecord[]>;
  /** A customer's promises. */
  forCustomer(customerId: number): Promise<PromiseRecord[]>;
  /** Every promise (optionally one customer's), by due date. */
  all(customerId?: number): Promise<PromiseRecord[]>;
  /** One promise by id. */
  get(id: number): Promise<PromiseRecord | undefined>;
}
export interface PromisesWrite extends PromisesRead {
  /** Record a promise to pay; its id. */
  add(p: NewPromise): Promise<number>;
  /** Record a plan: its instalments as promises sharing the first one's id as plan id; their ids. */
  addPlan(instalments: NewPromise[]): Promise<number[]>;
  /** Resolve a pending promise by hand (cancelled); false when it is not pending. */
  resolve(id: number, status: PromiseStatus, at: string, note?: string | null): Promise<boolean>;
}

export interface DisputesRead {
  /** Every open dispute. */
  open(): Promise<DisputeRow[]>;
  /** A customer's disputes. */
  forCustomer(customerId: number): Promise<DisputeRow[]>;
  /** Every dispute (open or not), oldest first. */
  all(): Promise<DisputeRow[]>;
  /** One dispute by id. */
  get(id: number): Promise<DisputeRow | undefined>;
}
export interface DisputesWrite extends DisputesRead {
  /** Open a dispute; its id, or null when the named invoice is not in the ledger for that customer. */
  add(d: NewDispute): Promise<number | null>;
  /** Resolve or cancel an open dispute; false when it is not open. */
  settle(id: number, status: 'resolved' | 'cancelled', at: string, note?: string | null): Promise<boolean>;
}

export interface LettersRead {
  /** The last letters per step and the demands sent (one customer, or all). */
  last(customerId?: number): Promise<LastLetters>;
  /** A customer's letters. */
  forCustomer(customerId: number): Promise<LetterRow[]>;
  /** The instalments of a customer's latest repayment plan (promises sharing plan_id); empty: none. */
  plan(customerId: number): Promise<PlanInstalment[]>;
}
export interface LettersWrite extends LettersRead {
  /** Record a letter sent; its id. */
  add(l: NewLetter): Promise<number>;
  /** Take the next reference number of a sequence (gap-free; rolled back with the transaction). */
  takeNumber(name: string, prefix: string): Promise<number>;
}

export interface LimitationRead {
  /** Events that interrupt the limitation period (one customer, or all): recorded ones, and the latest partial payment per open invoice. */
  events(customerId?: number): Promise<LimitationEventRow[]>;
}
export interface LimitationWrite extends LimitationRead {
  /** Record an event that may restart the limitation clock; its id. Throws on a kind core does not know. */
  add(e: NewLimitationEvent): Promise<number>;
}

export interface SettingsRead {
  /** The settings, defaults merged with what is stored. */
  read(): Promise<Settings>;
  /** Only what is stored. */
  readStored(): Promise<Record<string, unknown>>;
}
export interface SettingsWrite extends SettingsRead {
  /** Store one setting. */
  write(key: string, value: unknown): Promise<void>;
  /** Remove one setting; whether it was there. */
  delete(key: string): Promise<boolean>;
}

export interface BatchesRead {
  /** An earlier batch that imported a file with this hash. */
  findBySha(sha256: string, before: number): Promise<{ id: number; at: string; fileName: string } | undefined>;
  /** The last import. */
  last(): Promise<LastImport | null>;
  /** The imports that touched a customer. */
  touching(customerId: number, limit?: number): Promise<ImportTouch[]>;
}
export interface BatchesWrite extends BatchesRead {
  /** The newest as-of date of earlier imports of a kind (not counting this run's batches); import runs only. */
  latestAsOf(kind: string): Promise<string | undefined>;
  /** Open a batch record; its id. */
  start(b: BatchStart): Promise<number>;
  /** Record a batch's counts. */
  finish(id: number, c: BatchCounts & { sha256?: string }): Promise<void>;
}

/** The read side of the reports: facts only, no assessment. */
export interface ReportsRead {
  /** Contacts, letters, limitation events and payment behaviour for the worklist. */
  sideFacts(today: string, behaviourSince: string, customerId?: number): Promise<SideFacts>;
  /** Open amounts by aging bucket. */
  aging(cut: AgingCut): Promise<AgingAggregate>;
  /** Overdue, disputed, held and collectible per account with open items, summed by the ledger. */
  overdueSplits(today: string, defaultTermsDays: number): Promise<OverdueSplitRow[]>;
  /** Row counts. */
  counts(): Promise<StoreCounts>;
  /** Open totals by currency. */
  openByCurrency(): Promise<OpenByCurrency[]>;
}

export interface LedgerReads {
  customers: CustomersRead;
  contacts: ContactsRead;
  invoices: InvoicesRead;
  payments: PaymentsRead;
  activities: ActivitiesRead;
  promises: PromisesRead;
  disputes: DisputesRead;
  letters: LettersRead;
  limitation: LimitationRead;
  settings: SettingsRead;
  batches: BatchesRead;
  reports: ReportsRead;
}

/** The handle a transaction gives: reads see its own writes. */
export interface LedgerTx extends LedgerReads {
  customers: CustomersWrite;
  contacts: ContactsWrite;
  invoices: InvoicesWrite;
  payments: PaymentsWrite;
  activities: ActivitiesWrite;
  promises: PromisesWrite;
  disputes: DisputesWrite;
  letters: LettersWrite;
  limitation: LimitationWrite;
  settings: SettingsWrite;
  batches: BatchesWrite;
}

export interface StoreOpenOptions {
  /** Create the ledger when it does not exist (the default). */
  create?: boolean;
  /** Apply pending migrations (the default). */
  migrate?: boolean;
  readonly?: boolean;
}

export interface LedgerStore extends LedgerReads {
  /** Where the ledger is (a file path or URL), for messages. */
  readonly location: string;
  /** The schema version of the opened ledger, and the newest this program knows. */
  readonly schemaVersion: number;
  readonly latestVersion: number;
  /** Whether opening created the ledger. */
  readonly created: boolean;
  /** Run fn with a write handle: everything it writes lands, or (if it throws) nothing does. */
  transaction<T>(fn: (tx: LedgerTx) => Promise<T>): Promise<T>;
  /** An import run: one transaction with per-run bookkeeping (what the files listed); rolled back unless commit. */
  importRun<T>(commit: boolean, fn: (tx: LedgerTx) => Promise<T>): Promise<T>;
  /** Release the ledger. */
  close(): Promise<void>;
}
