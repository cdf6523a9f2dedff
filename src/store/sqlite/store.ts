// The SQLite backend of the ledger port: one better-sqlite3 connection (src/store/sqlite/ledger.ts)
// and the table modules beside it. The port's reads are available everywhere; the write methods
// only on the handle transaction() and importRun() pass in, which refuse to be used after they end.
import type { InvoiceWriter as InvoiceWriterPort, LedgerReads, LedgerStore, LedgerTx, PaymentWriter as PaymentWriterPort } from '../port.js';
import * as activities from './activities.js';
import * as batches from './batches.js';
import * as contacts from './contacts.js';
import * as customers from './customers.js';
import * as disputes from './disputes.js';
import * as invoices from './invoices.js';
import { Ledger, type OpenOptions } from './ledger.js';
import * as letters from './letters.js';
import * as limitation from './limitation.js';
import * as payments from './payments.js';
import * as promises from './promises.js';
import * as reports from './reports.js';
import * as sequences from './sequences.js';
import * as settings from './settings.js';
import * as stats from './stats.js';

function reads(l: Ledger): LedgerReads {
  return {
    customers: {
      get: (id) => customers.getCustomer(l, id),
      list: () => customers.listCustomers(l),
      find: (q) => customers.findCustomer(l, q),
      currency: (id) => customers.customerCurrency(l, id),
      lite: (opts) => reports.customersLite(l, opts),
      names: (ids) => reports.customerNames(l, ids),
      collectors: () => reports.collectorNames(l),
    },
    contacts: { list: (customerId) => contacts.listContacts(l, customerId) },
    invoices: {
      customersWith: (number) => invoices.customersWithInvoice(l, number),
      open: (customerId) => reports.openItems(l, customerId),
      openCompact: (today) => reports.openItemsCompact(l, today),
      openDetails: (customerId) => reports.openInvoiceDetails(l, customerId),
    },
    payments: {
      recent: (customerId, limit) => reports.recentPayments(l, customerId, limit),
      unallocated: (customerId) => reports.unallocatedPayments(l, customerId),
      behaviour: (since, today, customerId) => reports.paymentBehaviour(l, since, today, customerId),
      between: (customerId, currency, from, to) => promises.paymentsBetween(l, customerId, currency, from, to),
      betweenMany: (customerIds, from, to) => promises.paymentsBetweenMany(l, customerIds, from, to),
      lastClosedAt: (customerId, currency) => promises.lastClosedAt(l, customerId, currency),
      lateHistory: (customerId, since) => promises.lateHistory(l, customerId, since),
    },
    activities: {
      recent: (customerId, limit) => activities.recentActivities(l, customerId, limit),
      contactSummaries: (customerId) => activities.contactSummaries(l, customerId),
    },
    promises: {
      recent: (since) => promises.recentPromises(l, since),
      forCustomer: (customerId) => promises.customerPromises(l, customerId),
      all: (customerId) => promises.allPromises(l, customerId),
      get: (id) => promises.getPromise(l, id),
    },
    disputes: {
      open: () => disputes.openDisputes(l),
      forCustomer: (customerId) => disputes.customerDisputes(l, customerId),
      all: () => disputes.allDisputes(l),
      get: (id) => disputes.getDispute(l, id),
    },
    letters: {
      last: (customerId) => letters.lastLetters(l, customerId),
      forCustomer: (customerId) => letters.customerLetters(l, customerId),
      plan: (customerId) => letters.latestPlan(l, customerId),
    },
    limitation: {
      events: (customerId) => limitation.limitationEvents(l, customerId),
    },
    settings: {
      read: () => settings.readSettings(l),
      readStored: () => settings.readStoredSettings(l),
    },
    batches: {
      findBySha: (sha, before) => batches.findBatchBySha(l, sha, before),
      last: () => stats.lastImport(l),
      touching: (customerId, limit) => reports.importsTouching(l, customerId, limit),
    },
    reports: {
      sideFacts: (today, since, customerId) => reports.sideFacts(l, today, since, customerId),
      aging: (cut) => reports.agingAggregate(l, cut),
      overdueSplits: (today, defaultTermsDays) => reports.overdueSplits(l, today, defaultTermsDays),
      counts: () => stats.counts(l),
      openByCurrency: () => stats.openByCurrency(l),
    },
  };
}

/** Adapts the SQLite invoice writer, whose flush is synchronous, to the port's. */
function invoiceWriter(w: invoices.InvoiceWriter): InvoiceWriterPort {
  return {
    get counts() {
      return w.counts;
    },
    get overSettled() {
      return w.overSettled;
    },
    write: (r, line) => w.write(r, line),
    async flush() {
      w.flush();
      return { ...w.counts, overSettled: [...w.overSettled] };
    },
  };
}

function paymentWriter(w: payments.PaymentWriter): PaymentWriterPort {
  return { write: (p) => w.write(p), settle: async () => w.settle() };
}

/** The write handle of one transaction; `live` turns false when it ends, and then it refuses. */
function txHandle(l: Ledger, live: () => boolean): LedgerTx {
  const r = reads(l);
  const guard =
    <A extends unknown[], T>(f: (...a: A) => T) =>
    (...a: A): T => {
      if (!live()) throw new Error('a ledger transaction handle was used after its transaction ended');
      return f(...a);
    };
  return {
    ...r,
    customers: {
      ...r.customers,
      setProfile: guard((id: number, input, now: string) => customers.setProfile(l, id, input, now)),
      upsert: guard((input, now, resolver) => customers.upsertCustomer(l, input, now, resolver as customers.CustomerResolver | undefined)),
      resolver: guard((now: string) => new customers.CustomerResolver(l, now)),
      collectorsFromSalespeople: guard((list, now: string) => customers.collectorsFromSalespeople(l, list, now)),
    },
    contacts: {
      ...r.contacts,
      upsert: guard((input, now) => contacts.upsertContact(l, input, now)),
      addFromImport: guard((input, now) => contacts.addImportedContact(l, input, now)),
    },
    invoices: {
      ...r.invoices,
      writer: guard(async (o) => invoiceWriter(await invoices.openInvoiceWriter(l, o))),
      snapshotCandidates: guard((o) => invoices.snapshotCandidates(l, o)),
      snapshotKept: guard((o) => invoices.snapshotKept(l, o)),
      closeBySnapshot: guard((o) => invoices.closeBySnapshot(l, o)),
      runScope: guard(() => invoices.runScope(l)),
      inexactCurrency: guard(() => invoices.inexactCurrency(l)),
      noteRunBatch: guard((id: number) => invoices.noteRunBatch(l, id)),
    },
    payments: {
      ...r.payments,
      writer: guard(async (batchId: number, now: string) => paymentWriter(await payments.openPaymentWriter(l, batchId, now))),
    },
    activities: {
      ...r.activities,
      add: guard((a) => activities.addActivity(l, a)),
    },
    promises: {
      ...r.promises,
      add: guard((p) => promises.addPromise(l, p)),
      addPlan: guard((list) => promises.addPlan(l, list)),
      resolve: guard((id, status, at, note) => promises.resolvePromise(l, id, status, at, note)),
    },
    disputes: {
      ...r.disputes,
      add: guard((d) => disputes.addDispute(l, d)),
      settle: guard((id, status, at, note) => disputes.settleDispute(l, id, status, at, note)),
    },
    letters: {
      ...r.letters,
      add: guard((x) => letters.addLetter(l, x)),
      takeNumber: guard((name: string, prefix: string) => sequences.takeNumber(l, name, prefix)),
    },
    // created_at is when the row was written (the machine's time), not the business date `at`.
    limitation: { ...r.limitation, add: guard((e) => limitation.addLimitationEvent(l, e, new Date().toISOString())) },
    settings: {
      ...r.settings,
      write: guard((key: string, value: unknown) => settings.writeSetting(l, key, value)),
      delete: guard((key: string) => settings.deleteSetting(l, key)),
    },
    batches: {
      ...r.batches,
      latestAsOf: guard((kind: string) => batches.latestAsOf(l, kind)),
      start: guard((b) => batches.startBatch(l, b)),
      finish: guard((id, c) => batches.finishBatch(l, id, c)),
    },
  };
}

export class SqliteStore implements LedgerStore {
  private readonly r: LedgerReads;
  readonly customers;
  readonly contacts;
  readonly invoices;
  readonly payments;
  readonly activities;
  readonly promises;
  readonly disputes;
  readonly letters;
  readonly limitation;
  readonly settings;
  readonly batches;
  readonly reports;

  constructor(
    /** The SQLite connection; only src/store/sqlite uses it. */
    readonly ledger: Ledger,
  ) {
    this.r = reads(ledger);
    ({
      customers: this.customers,
      contacts: this.contacts,
      invoices: this.invoices,
      payments: this.payments,
      activities: this.activities,
      promises: this.promises,
      disputes: this.disputes,
      letters: this.letters,
      limitation: this.limitation,
      settings: this.settings,
      batches: this.batches,
      reports: this.reports,
    } = this.r);
  }

  static async open(file: string, opts: OpenOptions = {}): Promise<SqliteStore> {
    return new SqliteStore(await Ledger.open(file, opts));
  }

  get location(): string {
    return this.ledger.file;
  }
  get schemaVersion(): number {
    return this.ledger.schemaVersion;
  }
  get latestVersion(): number {
    return this.ledger.latestVersion;
  }
  get created(): boolean {
    return this.ledger.created;
  }

  async transaction<T>(fn: (tx: LedgerTx) => Promise<T>): Promise<T> {
    let live = true;
    try {
      return await this.ledger.transaction(() => fn(txHandle(this.ledger, () => live)));
    } finally {
      live = false;
    }
  }

  async importRun<T>(commit: boolean, fn: (tx: LedgerTx) => Promise<T>): Promise<T> {
    let live = true;
    try {
      return await batches.importTransaction(this.ledger, commit, () => fn(txHandle(this.ledger, () => live)));
    } finally {
      live = false;
    }
  }

  close(): Promise<void> {
    return this.ledger.close();
  }
}
