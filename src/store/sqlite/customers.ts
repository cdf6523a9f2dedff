// Customers: lookup by code or normalised name, listing, and the upserts `ar import` needs.
import type { Ledger } from './ledger.js';
import { rankMatches } from '../../core/lookup.js';
import type { CollectorsAssigned, Customer, FindResult, CustomerInput, UpsertOutcome } from '../port.js';
export type { Customer, FindResult, CustomerInput, UpsertOutcome } from '../port.js';

const COLUMNS = `id, code, name, name_key AS nameKey, type, grade, strategic, language, currency, terms_days AS termsDays,
  credit_limit_minor AS creditLimitMinor, collector, parent_id AS parentId, tax_id AS taxId, address, phone, email,
  payment_run_days AS paymentRunDays, approval_chain AS approvalChain, documents_required AS documentsRequired, notes, jurisdiction,
  created_at AS createdAt, updated_at AS updatedAt`;

function fromRow(r: Record<string, unknown> | undefined): Customer | undefined {
  if (!r) return undefined;
  return { ...(r as unknown as Customer), strategic: !!r.strategic };
}

// Legal-form words that vary between systems for the same company ("Acme Corp." / "ACME Corporation").
const LEGAL_SUFFIXES = [
  'incorporated',
  'inc',
  'corporation',
  'corp',
  'company',
  'co',
  'limited',
  'ltd',
  'llc',
  'llp',
  'lp',
  'plc',
  'gmbh',
  'ag',
  'kg',
  'sarl',
  'sas',
  'sa',
  'srl',
  'spa',
  'bv',
  'nv',
  'oy',
  'ab',
  'as',
  'pte',
  'pty',
  'kk',
  'sdn',
  'bhd',
];
const ZH_SUFFIXES = ['股份有限公司', '有限责任公司', '集团有限公司', '有限公司', '集团公司', '公司'];

/** Normalised name for matching: NFKC, case-folded, no punctuation, no legal-form suffix. */
export function nameKey(name: string): string {
  let s = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[()（）]/g, ' ');
  for (const z of ZH_SUFFIXES) {
    if (s.trim().endsWith(z) && s.trim().length > z.length) {
      s = s.trim().slice(0, -z.length);
      break;
    }
  }
  let words = s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  while (words.length > 1 && LEGAL_SUFFIXES.includes(words[words.length - 1] ?? '')) words = words.slice(0, -1);
  if (words.length > 1 && words[0] === 'the') words = words.slice(1);
  return words.join('');
}

/**
 * The code a customer known only by name gets: `C-0001`, `C-0002` … — a code a collector can read
 * out on the phone and type (issue 9), next after the highest `C-NNNN` in the ledger. The customer is
 * found again by its name on the next import, so the code need not be derived from it.
 */
export function generatedCode(n: number): string {
  return `C-${String(n).padStart(4, '0')}`;
}

function codeTaken(ledger: Ledger, code: string): boolean {
  return ledger.db.prepare(`SELECT 1 FROM customers WHERE code = @code`).pluck().get({ code }) !== undefined;
}

/** The highest number among the ledger's `C-NNNN` codes (0 with none). */
function highestGenerated(ledger: Ledger): number {
  const codes = ledger.db.prepare(`SELECT code FROM customers WHERE code LIKE 'C-%'`).pluck().all() as string[];
  let max = 0;
  for (const c of codes) {
    const m = /^C-(\d{1,9})$/.exec(c);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max;
}

/** The next free generated code (a code a file gave may already be `C-0007`). */
function nextGeneratedCode(after: number, taken: (code: string) => boolean): { code: string; n: number } {
  let n = after + 1;
  while (taken(generatedCode(n))) n++;
  return { code: generatedCode(n), n };
}

export async function getCustomer(ledger: Ledger, id: number): Promise<Customer | undefined> {
  return fromRow(ledger.db.prepare(`SELECT ${COLUMNS} FROM customers WHERE id = @id`).get({ id }) as Record<string, unknown>);
}

export async function listCustomers(ledger: Ledger): Promise<Customer[]> {
  return (ledger.db.prepare(`SELECT ${COLUMNS} FROM customers ORDER BY code`).all() as Record<string, unknown>[]).map((r) => fromRow(r) as Customer);
}

/**
 * Find a customer by what a collector types: the exact code (any case), then the normalised name,
 * then codes that start with it and names that match it as people type names (core/lookup.ts:
 * Chinese characters in order with 市/有限公司 optional, other scripts by word starts), then names
 * contained in the query ("Acme" typed as "Acme Corp Shanghai"). When that does not identify exactly
 * one, the near matches come back as candidates, best first.
 */
export async function findCustomer(ledger: Ledger, codeOrName: string): Promise<FindResult> {
  const q = codeOrName.trim();
  if (q === '') return { customer: null, candidates: [] };
  const db = ledger.db;
  const rows = (sql: string, params: Record<string, unknown>) =>
    (db.prepare(`SELECT ${COLUMNS} FROM customers WHERE ${sql} ORDER BY length(name_key), code LIMIT 50`).all(params) as Record<string, unknown>[]).map(
      (r) => fromRow(r) as Customer,
    );
  const one = (list: Customer[]): FindResult | undefined =>
    list.length === 1 && list[0] ? { customer: list[0], candidates: [] } : list.length > 1 ? { customer: null, candidates: list.slice(0, 50) } : undefined;
  const byCode = fromRow(db.prepare(`SELECT ${COLUMNS} FROM customers WHERE code = @q`).get({ q }) as Record<string, unknown>);
  if (byCode) return { customer: byCode, candidates: [] };
  const key = nameKey(q);
  const exact = one(rows('lower(code) = lower(@q)', { q })) ?? (key ? one(rows('name_key = @key', { key })) : undefined);
  if (exact) return exact;
  const esc = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);
  const byPrefix = rows(`lower(code) LIKE @prefix ESCAPE '\\'`, { prefix: `${esc(q.toLowerCase())}%` });
  // Every name is judged by the matcher: a scan of (id, code, name), bounded by customers, not invoices.
  const names = db.prepare(`SELECT id, code, name FROM customers`).all() as { id: number; code: string; name: string }[];
  const ranked = rankMatches(q, names, (c) => c.code);
  const full = (ids: number[]) =>
    ids.map((id) => fromRow(db.prepare(`SELECT ${COLUMNS} FROM customers WHERE id = @id`).get({ id }) as Record<string, unknown>) as Customer);
  const unique = (list: number[]) => [...new Set(list)];
  const close = unique([...byPrefix.map((c) => c.id), ...ranked.filter((r) => r.tier === 1).map((r) => r.item.id)]);
  const spread = ranked.filter((r) => r.tier === 2).map((r) => r.item.id);
  // One close match wins even with spread ones about; several close ones are offered, spread ones after.
  if (close.length === 1) return { customer: full(close)[0] ?? null, candidates: [] };
  if (close.length > 1) return { customer: null, candidates: full(unique([...close, ...spread]).slice(0, 50)) };
  const hit = one(full(spread.slice(0, 50)));
  if (hit) return hit;
  // Names contained in the query; only worth the full scan for a query long enough to contain one.
  if (key.length >= 3) {
    const inside = (db.prepare(`SELECT ${COLUMNS} FROM customers WHERE length(name_key) >= 2`).all() as Record<string, unknown>[])
      .filter((r) => key.includes(String(r.nameKey)))
      .map((r) => fromRow(r) as Customer);
    const found = one(inside);
    if (found) return found;
  }
  return { customer: null, candidates: [] };
}

// ---------------------------------------------------------------------------- import

/**
 * The currency a customer deals in: its own (customers.currency), else the one currency all its
 * open items are in; null when neither says.
 */
export async function customerCurrency(ledger: Ledger, id: number): Promise<string | null> {
  const own = ledger.db.prepare(`SELECT currency FROM customers WHERE id = @id`).pluck().get({ id }) as string | null | undefined;
  if (own) return own;
  const open = ledger.db
    .prepare(`SELECT DISTINCT currency FROM invoices WHERE customer_id = @id AND status = 'open' ORDER BY currency LIMIT 2`)
    .pluck()
    .all({ id }) as string[];
  return open.length === 1 ? (open[0] ?? null) : null;
}

/**
 * Finds or creates customers during an import, caching ids so a million invoice rows cost one
 * lookup per distinct customer. Customers created in this run are remembered: their invoices
 * cannot already exist, which lets the invoice writer skip its lookup.
 */
export class CustomerResolver {
  private byCode = new Map<string, number>();
  private byKey = new Map<string, number | null>(); // null: several customers share this name
  readonly created = new Set<number>();
  private insert;
  private findCode;
  private findKey;
  private codeTaken;
  /** The last generated `C-NNNN` number handed out (read from the ledger on first need). */
  private lastGenerated: number | null = null;

  private complete = false;

  constructor(
    private readonly ledger: Ledger,
    private now: string,
  ) {
    const db = ledger.db;
    // Know every customer up front (one query; bounded by customers, not rows), so that a code
    // missing from the maps is known to be new without asking the database again.
    const all = db.prepare(`SELECT id, code, name_key AS k FROM customers`).all() as { id: number; code: string; k: string }[];
    if (all.length <= 500_000) {
      for (const c of all) {
        this.byCode.set(c.code, c.id);
        if (c.k) this.byKey.set(c.k, this.byKey.has(c.k) ? null : c.id);
      }
      this.complete = true;
    }
    this.insert = db.prepare(`INSERT INTO customers (code, name, name_key, created_at, updated_at) VALUES (@code, @name, @nameKey, @now, @now)`);
    this.findCode = db.prepare(`SELECT id FROM customers WHERE code = @code`).pluck();
    this.findKey = db.prepare(`SELECT id FROM customers WHERE name_key = @key ORDER BY id LIMIT 2`).pluck();
    this.codeTaken = db.prepare(`SELECT 1 FROM customers WHERE code = @code`).pluck();
  }

  /** The id for a code, if the customer exists. */
  byCodeId(code: string): number | undefined {
    let id = this.byCode.get(code);
    if (id === undefined && !this.complete) {
      id = this.findCode.get({ code }) as number | undefined;
      if (id !== undefined) this.byCode.set(code, id);
    }
    return id;
  }

  /** The id for a name, if exactly one customer has that normalised name (null: ambiguous). */
  byNameId(name: string): number | null | undefined {
    const key = nameKey(name);
    if (!key) return undefined;
    if (this.byKey.has(key)) return this.byKey.get(key);
    if (this.complete) return undefined;
    const ids = this.findKey.all({ key }) as number[];
    const v = ids.length === 0 ? undefined : ids.length === 1 ? ids[0] : null;
    if (v !== undefined) this.byKey.set(key, v);
    return v;
  }

  /**
   * Resolve a row's customer: by code when the file has one, else by name. With `create`, an
   * unknown customer is added (code from the file, else generated from the name).
   */
  resolve(code: string | undefined, name: string | undefined, create: boolean): { id: number; created: boolean } | { ambiguous: true } | undefined {
    if (code) {
      const id = this.byCodeId(code);
      if (id !== undefined) return { id, created: this.created.has(id) };
      if (!create) return undefined;
      return { id: this.add(code, name || code), created: true };
    }
    if (!name) return undefined;
    const id = this.byNameId(name);
    if (id === null) return { ambiguous: true };
    if (id !== undefined) return { id, created: this.created.has(id) };
    if (!create) return undefined;
    return { id: this.add(this.nextCode(), name), created: true };
  }

  /** The next `C-NNNN` code for a customer the file names without a code. */
  nextCode(): string {
    const next = nextGeneratedCode(this.lastGenerated ?? highestGenerated(this.ledger), (c) => this.codeTaken.get({ code: c }) !== undefined);
    this.lastGenerated = next.n;
    return next.code;
  }

  /** A customer written elsewhere in this run (a customers file): keep the maps true. */
  remember(id: number, code: string, name: string): void {
    this.byCode.set(code, id);
    const key = nameKey(name);
    if (key) this.byKey.set(key, this.byKey.has(key) && this.byKey.get(key) !== id ? null : id);
  }

  private add(code: string, name: string): number {
    const key = nameKey(name);
    const id = Number(this.insert.run({ code, name, nameKey: key, now: this.now }).lastInsertRowid);
    this.byCode.set(code, id);
    if (key) this.byKey.set(key, this.byKey.has(key) && this.byKey.get(key) !== id ? null : id);
    this.created.add(id);
    return id;
  }
}

const FIELD_COLUMNS: [keyof CustomerInput, string][] = [
  ['name', 'name'],
  ['type', 'type'],
  ['grade', 'grade'],
  ['strategic', 'strategic'],
  ['language', 'language'],
  ['currency', 'currency'],
  ['termsDays', 'terms_days'],
  ['creditLimitMinor', 'credit_limit_minor'],
  ['collector', 'collector'],
  ['taxId', 'tax_id'],
  ['address', 'address'],
  ['phone', 'phone'],
  ['email', 'email'],
  ['paymentRunDays', 'payment_run_days'],
  ['approvalChain', 'approval_chain'],
  ['documentsRequired', 'documents_required'],
  ['notes', 'notes'],
  ['jurisdiction', 'jurisdiction'],
];

/**
 * Insert or update one customer from a customers file: matched by code, else by normalised name.
 * Only the fields the file has are written; the others keep their values.
 */
export async function upsertCustomer(
  ledger: Ledger,
  input: CustomerInput,
  now: string,
  resolver?: CustomerResolver,
): Promise<{ outcome: UpsertOutcome; id: number } | { ambiguous: true } | { missingParent: string }> {
  const db = ledger.db;
  let existing: Record<string, unknown> | undefined;
  if (input.code) existing = db.prepare(`SELECT * FROM customers WHERE code = @code`).get({ code: input.code }) as Record<string, unknown> | undefined;
  if (!existing && input.name) {
    const rows = db.prepare(`SELECT * FROM customers WHERE name_key = @key`).all({ key: nameKey(input.name) }) as Record<string, unknown>[];
    // A name match only counts when the file gives no code or the match's code is generated.
    const usable = rows.filter((r) => !input.code || /^N[0-9A-F]{8}(-\d+)?$/.test(String(r.code)));
    if (usable.length > 1) return { ambiguous: true };
    existing = usable[0];
  }
  let parentId: number | null | undefined;
  if (input.parentCode !== undefined) {
    if (input.parentCode === null) parentId = null;
    else {
      const p = db.prepare(`SELECT id FROM customers WHERE code = @code`).pluck().get({ code: input.parentCode }) as number | undefined;
      if (p === undefined) return { missingParent: input.parentCode };
      parentId = p;
    }
  }
  const values: Record<string, unknown> = {};
  for (const [k, col] of FIELD_COLUMNS) {
    const v = input[k];
    if (v === undefined) continue;
    values[col] = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  }
  if (parentId !== undefined) values.parent_id = parentId;
  if (values.name !== undefined) values.name_key = nameKey(String(values.name));
  markManual(values);
  if (!existing) {
    const code = input.code ?? resolver?.nextCode() ?? nextGeneratedCode(highestGenerated(ledger), (c) => codeTaken(ledger, c)).code;
    const cols = ['code', 'created_at', 'updated_at', ...Object.keys(values)];
    const params: Record<string, unknown> = { code, created_at: now, updated_at: now, ...values };
    const info = db.prepare(`INSERT INTO customers (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`).run(params);
    const id = Number(info.lastInsertRowid);
    resolver?.created.add(id);
    resolver?.remember(id, code, String(values.name ?? code));
    return { outcome: 'imported', id };
  }
  const id = Number(existing.id);
  // A customer matched by name gains the file's code when it only had a generated one.
  if (input.code && existing.code !== input.code) values.code = input.code;
  const changed = Object.keys(values).filter((c) => existing![c] !== values[c]);
  resolver?.remember(id, String(values.code ?? existing.code), String(values.name ?? existing.name));
  if (changed.length === 0) return { outcome: 'unchanged', id };
  db.prepare(`UPDATE customers SET ${changed.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @updated_at WHERE id = @id`).run({
    ...Object.fromEntries(changed.map((c) => [c, values[c]])),
    updated_at: now,
    id,
  });
  return { outcome: 'updated', id };
}

/** A collector a person sets (customers file, `ar customer --collector`, the mapper) is never replaced by an import. */
function markManual(values: Record<string, unknown>): void {
  if (values.collector !== undefined) values.collector_source = values.collector === null ? null : 'manual';
}

/**
 * `ar import --collector-from salesperson`: each customer's collector from the salesperson of its
 * invoices. Set where the collector is empty or was assigned this way before (it follows the
 * accounting system when the account moves to another salesperson); a collector set by hand stays.
 */
export async function collectorsFromSalespeople(ledger: Ledger, list: { customerId: number; salesperson: string }[], now: string): Promise<CollectorsAssigned> {
  const db = ledger.db;
  const read = db.prepare(`SELECT collector, collector_source AS source FROM customers WHERE id = @id`);
  const set = db.prepare(`UPDATE customers SET collector = @collector, collector_source = 'salesperson', updated_at = @now WHERE id = @id`);
  const out: CollectorsAssigned = { assigned: 0, keptManual: 0 };
  for (const { customerId, salesperson } of list) {
    const c = read.get({ id: customerId }) as { collector: string | null; source: string | null } | undefined;
    if (!c) continue;
    // A collector with no recorded source predates the column or was set by hand: it is kept.
    const byHand = c.collector !== null && c.source !== 'salesperson';
    if (byHand) {
      if (c.collector !== salesperson) out.keptManual++;
      continue;
    }
    if (c.collector === salesperson) continue;
    set.run({ collector: salesperson, now, id: customerId });
    out.assigned++;
  }
  return out;
}

// ---------------------------------------------------------------------------- profile

/** Set the profile fields given (`ar customer ID set`); the others keep their values. */
export async function setProfile(ledger: Ledger, id: number, input: CustomerInput, now: string): Promise<'updated' | 'unchanged'> {
  const existing = ledger.db.prepare(`SELECT * FROM customers WHERE id = @id`).get({ id }) as Record<string, unknown> | undefined;
  if (!existing) return 'unchanged';
  const values: Record<string, unknown> = {};
  for (const [k, col] of FIELD_COLUMNS) {
    const v = input[k];
    if (v === undefined || k === 'name') continue;
    values[col] = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  }
  markManual(values);
  const changed = Object.keys(values).filter((c) => existing[c] !== values[c]);
  if (changed.length === 0) return 'unchanged';
  ledger.db.prepare(`UPDATE customers SET ${changed.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @updated_at WHERE id = @id`).run({
    ...Object.fromEntries(changed.map((c) => [c, values[c]])),
    updated_at: now,
    id,
  });
  return 'updated';
}
