// The limitation rules per jurisdiction (DOMAIN §9), as data: the period, when it starts, the absolute
// cap, and which recorded events restart it and on what proof. core/limitation.ts applies them; the
// law's name and the way an article is cited live in the message catalogue (`limitation.law.*`), so
// a rule carries only codes and article numbers. General contract claims between businesses — verify
// before relying on them; the tool shows the cautious (earliest defensible) date.
/**
 * What may restart (or, for negotiation, suspend) the clock. Stored in limitation_events.kind, taken by
 * `ar log --evidence`; whether one restarts depends on the jurisdiction (the rules below).
 * partial-payment is also derived from the ledger's allocations.
 */
export const LIMITATION_EVENT_KINDS = [
  'demand',
  'acknowledgement',
  'partial-payment',
  'plan',
  'statement-signed',
  'promise-in-writing',
  'negotiation',
  'lawsuit',
  'payment-order',
  'other',
] as const;
export type LimitationEventKind = (typeof LIMITATION_EVENT_KINDS)[number];

export function isLimitationEventKind(k: string): k is LimitationEventKind {
  return (LIMITATION_EVENT_KINDS as readonly string[]).includes(k);
}

/**
 * 'any': the event restarts the clock as recorded; 'written': only with evidence recorded (a signed
 * acknowledgement, proof that a demand arrived). An event kind absent from a rule never restarts it.
 */
export type RestartProof = 'any' | 'written';

export interface JurisdictionRule {
  code: string;
  /** Catalogue key of the statute (limitation.law.KEY), cited with an article number. */
  law: string;
  years: number;
  /** The article that sets the period. */
  article: string;
  /** 'due': from the due date; 'year-end': from the end of the year the claim arose (BGB §199). */
  start: 'due' | 'year-end';
  /** Absolute cap from the due date, whatever restarts it (民法典 Art. 188: 20 years). */
  cap?: { years: number; article: string };
  restarts: Partial<Record<LimitationEventKind, RestartProof>>;
  /** The article that says what restarts the period, and its statute when another one (else `law`). */
  restartArticle: string;
  restartLaw?: string;
  /** An instalment debt runs from the last instalment's due date (民法典 Art. 189). */
  instalments?: string;
  /** Sale of goods: a shorter period may apply to the same debt (UCC §2-725). */
  goods?: { law: string; years: number; article: string };
}

// Signed acknowledgement or part payment: England & Wales s.29(5)/s.30, Singapore s.26–27, and the
// US states whose statutes or courts accept both (CA CCP §360, NY GOL §17-101 with part payment,
// IL 735 ILCS 5/13-206). A written plan, signed statement or written promise is such an acknowledgement.
const ACK_OR_PART: JurisdictionRule['restarts'] = {
  acknowledgement: 'written',
  'statement-signed': 'any',
  'promise-in-writing': 'any',
  plan: 'written',
  'partial-payment': 'any',
};
// A written, signed acknowledgement only — part payment alone does not restart (TX CPRC §16.065,
// FL Stat. §95.04, PA: a clear written acknowledgement).
const ACK_ONLY: JurisdictionRule['restarts'] = {
  acknowledgement: 'written',
  'statement-signed': 'any',
  'promise-in-writing': 'any',
  plan: 'written',
};
const UCC = { law: 'us-ucc', years: 4, article: '2-725' };

const us = (state: string, years: number, article: string, restarts: JurisdictionRule['restarts'], restart: [string, string?]): JurisdictionRule => ({
  code: `US-${state}`,
  law: `us-${state.toLowerCase()}`,
  years,
  article,
  start: 'due',
  restarts,
  restartArticle: restart[0],
  ...(restart[1] ? { restartLaw: restart[1] } : {}),
  goods: UCC,
});

export const JURISDICTIONS: readonly JurisdictionRule[] = [
  {
    code: 'CN',
    law: 'cn-civil-code',
    years: 3,
    article: '188',
    start: 'due',
    cap: { years: 20, article: '188' },
    // Art. 195: a demand counts when its arrival can be proved; the debtor's agreement to perform, a
    // lawsuit or arbitration, and equivalent acts (a payment order) restart it too.
    restarts: {
      demand: 'written',
      acknowledgement: 'written',
      'statement-signed': 'any',
      'promise-in-writing': 'any',
      plan: 'written',
      'partial-payment': 'any',
      lawsuit: 'any',
      'payment-order': 'any',
    },
    restartArticle: '195',
    instalments: '189',
  },
  { code: 'GB-EWS', law: 'gb-la1980', years: 6, article: '5', start: 'due', restarts: ACK_OR_PART, restartArticle: '29' },
  // §203 negotiations only suspend (Hemmung): not a restart, so the cautious date ignores them.
  { code: 'DE', law: 'de-bgb', years: 3, article: '195/199', start: 'year-end', restarts: ACK_OR_PART, restartArticle: '212' },
  // Code civil art. 2240 (acknowledgement, including part payment) and 2241 (a claim in court).
  {
    code: 'FR',
    law: 'fr-commerce',
    years: 5,
    article: 'L110-4',
    start: 'due',
    restarts: { ...ACK_OR_PART, lawsuit: 'any', 'payment-order': 'any' },
    restartArticle: '2240',
    restartLaw: 'fr-civil',
  },
  { code: 'SG', law: 'sg-la', years: 6, article: '6', start: 'due', restarts: ACK_OR_PART, restartArticle: '26' },
  us('CA', 4, '337', ACK_OR_PART, ['360']),
  us('NY', 6, '213', ACK_OR_PART, ['17-101', 'us-ny-gol']),
  us('TX', 4, '16.004', ACK_ONLY, ['16.065']),
  us('FL', 5, '95.11', ACK_ONLY, ['95.04']),
  us('IL', 10, '13-206', ACK_OR_PART, ['13-206']),
  us('PA', 4, '5525', ACK_ONLY, ['5525']),
];

const BY_CODE = new Map(JURISDICTIONS.map((r) => [r.code, r]));

export const JURISDICTION_CODES: readonly string[] = JURISDICTIONS.map((r) => r.code);

/**
 * The rule for a code (case-insensitive), or null. No aliases: "GB" or "UK" could be Scotland (five
 * years' prescription) as well as England & Wales, and "US" names no state — the user must say which.
 */
export function jurisdictionRule(code: string | null | undefined): JurisdictionRule | null {
  if (!code) return null;
  return BY_CODE.get(code.trim().toUpperCase()) ?? null;
}

/** The canonical code for what a user typed, or null when it is not one the tool knows. */
export function normalizeJurisdiction(code: string): string | null {
  return jurisdictionRule(code)?.code ?? null;
}

// Country columns in customer exports ("Country", "国家/地区") say where the customer is, which is the
// best guess at the law of its contracts: the import stores it as the customer's jurisdiction. Names
// and codes of the countries whose rules are known, plus any two-letter ISO code as given (a country
// without a rule then shows "not set", never another country's date). A US customer's state makes
// the code US-XX; "United Kingdom" stays GB, which names no rule (Scotland differs from England).
const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  china: 'CN',
  "people's republic of china": 'CN',
  prc: 'CN',
  中国: 'CN',
  中华人民共和国: 'CN',
  中国大陆: 'CN',
  germany: 'DE',
  deutschland: 'DE',
  德国: 'DE',
  france: 'FR',
  法国: 'FR',
  singapore: 'SG',
  新加坡: 'SG',
  'united states': 'US',
  'united states of america': 'US',
  usa: 'US',
  美国: 'US',
  'united kingdom': 'GB',
  uk: 'GB',
  英国: 'GB',
  england: 'GB-EWS',
  wales: 'GB-EWS',
  'england and wales': 'GB-EWS',
  英格兰: 'GB-EWS',
};

const US_STATES: Readonly<Record<string, string>> = {
  california: 'CA',
  'new york': 'NY',
  texas: 'TX',
  florida: 'FL',
  illinois: 'IL',
  pennsylvania: 'PA',
};

/** The jurisdiction code for a country (and, for the US, a state) as an export writes them; null: not readable. */
export function jurisdictionFromCountry(country: string | null | undefined, state?: string | null): string | null {
  const c = (country ?? '').normalize('NFKC').trim();
  if (!c) return null;
  const known = normalizeJurisdiction(c);
  if (known) return known;
  const code = COUNTRY_NAMES[c.toLowerCase()] ?? (/^[A-Za-z]{2}$/.test(c) ? c.toUpperCase() : null);
  if (code !== 'US') return code;
  const s = (state ?? '').normalize('NFKC').trim();
  const st = /^[A-Za-z]{2}$/.test(s) ? s.toUpperCase() : US_STATES[s.toLowerCase()];
  return st ? `US-${st}` : 'US';
}
