// Customers as a collector classifies them: the list (filtered by type, grade, collector, or those
// not yet classified) and one customer's profile — payment process, contacts, the assessment of
// ability and willingness to pay, and the type the history suggests (never set by the tool).
import type { Assessment } from '../core/assessment.js';
import { sameCollector } from '../core/contacts.js';
import type { Contact, Customer, LedgerReads } from '../store/port.js';
import { assessmentOf } from './assessment.js';

export type { Contact, Customer } from '../store/port.js';

export interface CustomerFilter {
  type?: string;
  grade?: string;
  collector?: string;
  unclassified?: boolean;
}

export async function customersList(store: LedgerReads, f: CustomerFilter): Promise<Customer[]> {
  return (await store.customers.list()).filter(
    (c) =>
      (f.type === undefined || c.type === f.type) &&
      (f.grade === undefined || c.grade === f.grade) &&
      (f.collector === undefined || sameCollector(c.collector, f.collector)) &&
      // Unclassified: no type set (DOMAIN §2 — shown as 未分类, never as a made-up type).
      (!f.unclassified || c.type == null),
  );
}

export interface ProfileReport {
  asOf: string;
  customer: Omit<Customer, 'nameKey'>;
  contacts: Contact[];
  assessment: Assessment;
  keptRate: { kept: number; decided: number };
}

export async function profileReport(store: LedgerReads, customerId: number, today: string): Promise<ProfileReport> {
  const c = await store.customers.get(customerId);
  if (!c) throw new RangeError(`no customer ${customerId}`);
  const { nameKey: _, ...customer } = c;
  const assessment = await assessmentOf(store, customerId, today);
  const decided = assessment.signals.find((s) => s.code === 'promises-broken');
  const kept = assessment.signals.find((s) => s.code === 'promises-kept');
  const keptRate = decided
    ? { kept: (decided.params.decided ?? 0) - (decided.params.broken ?? 0), decided: decided.params.decided ?? 0 }
    : { kept: kept?.params.kept ?? 0, decided: kept?.params.kept ?? 0 };
  return { asOf: today, customer, contacts: await store.contacts.list(customerId), assessment, keptRate };
}
