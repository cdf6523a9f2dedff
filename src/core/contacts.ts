// Whom to ask for at a customer: the role that can move the payment depends on why they pay late
// (DOMAIN §2): the AP clerk for a slip, the purchaser for a dispute, the decision maker for a delayer.

/** The roles a contact can have (DESIGN data model); labels live in the i18n glossary. */
export type ContactRole = 'ap-clerk' | 'finance-manager' | 'purchaser' | 'decision-maker' | 'legal-rep' | 'other';
export const CONTACT_ROLES: readonly ContactRole[] = ['ap-clerk', 'finance-manager', 'purchaser', 'decision-maker', 'legal-rep', 'other'];

const OVERSIGHT_ROLES = ['ap-clerk', 'finance-manager', 'purchaser'];
const ROLE_PREFERENCE: Record<string, string[]> = {
  oversight: OVERSIGHT_ROLES,
  process: ['ap-clerk', 'decision-maker', 'finance-manager'],
  dispute: ['purchaser', 'finance-manager', 'decision-maker'],
  cashflow: ['finance-manager', 'decision-maker', 'ap-clerk'],
  delayer: ['decision-maker', 'finance-manager', 'legal-rep'],
  unreachable: ['legal-rep', 'decision-maker', 'finance-manager'],
};

export interface ContactLite {
  name: string;
  role: string | null;
  title?: string | null;
  phone: string | null;
  mobile: string | null;
  email: string | null;
  wechat?: string | null;
  isPrimary: boolean | number;
  isDecisionMaker: boolean | number;
}

/** The first contact in the type's order of roles; else the primary contact; else the first one. */
export function pickContact<T extends ContactLite>(contacts: readonly T[], type: string | null): T | null {
  if (contacts.length === 0) return null;
  // An unclassified customer (type null) is asked for like an oversight (DOMAIN §2).
  const prefs = (type && ROLE_PREFERENCE[type]) || OVERSIGHT_ROLES;
  for (const role of prefs) {
    const c = contacts.find((x) => x.role === role || (role === 'decision-maker' && x.isDecisionMaker));
    if (c) return c;
  }
  return contacts.find((c) => c.isPrimary) ?? contacts[0] ?? null;
}

/** The quickest way to reach them: a mobile rings in a pocket, a desk phone may not. */
export function reachBy(c: ContactLite): string | null {
  return c.mobile || c.phone || c.email || c.wechat || null;
}

/** Collectors are named by people: the same name in another case or width is the same collector. */
export function sameCollector(a: string | null, b: string): boolean {
  return (a ?? '').normalize('NFKC').trim().toLowerCase() === b.normalize('NFKC').trim().toLowerCase();
}
