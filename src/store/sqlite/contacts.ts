// Contacts: the people at a customer. One row per (customer, name).
import type { Ledger } from './ledger.js';
import type { Contact, ContactInput } from '../port.js';
export type { Contact, ContactInput } from '../port.js';

const COLUMNS = `id, customer_id AS customerId, name, role, title, phone, mobile, email, wechat, is_primary AS isPrimary,
  is_decision_maker AS isDecisionMaker, notes, created_at AS createdAt, updated_at AS updatedAt`;

function fromRow(r: Record<string, unknown>): Contact {
  return { ...(r as unknown as Contact), isPrimary: !!r.isPrimary, isDecisionMaker: !!r.isDecisionMaker };
}

/** A customer's contacts, primary first, then decision makers, then by name. */
export async function listContacts(ledger: Ledger, customerId: number): Promise<Contact[]> {
  return (
    ledger.db
      .prepare(`SELECT ${COLUMNS} FROM contacts WHERE customer_id = @customerId ORDER BY is_primary DESC, is_decision_maker DESC, name`)
      .all({ customerId }) as Record<string, unknown>[]
  ).map(fromRow);
}

const FIELDS: [keyof ContactInput, string][] = [
  ['role', 'role'],
  ['title', 'title'],
  ['phone', 'phone'],
  ['mobile', 'mobile'],
  ['email', 'email'],
  ['wechat', 'wechat'],
  ['isPrimary', 'is_primary'],
  ['isDecisionMaker', 'is_decision_maker'],
  ['notes', 'notes'],
];

/** Insert or update a contact by (customer, name); only the fields given are written. */
export async function upsertContact(ledger: Ledger, input: ContactInput, now: string): Promise<'imported' | 'updated' | 'unchanged'> {
  const db = ledger.db;
  const values: Record<string, unknown> = {};
  for (const [k, col] of FIELDS) {
    const v = input[k];
    if (v === undefined) continue;
    values[col] = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  }
  const existing = db
    .prepare(`SELECT * FROM contacts WHERE customer_id = @customerId AND name = @name`)
    .get({ customerId: input.customerId, name: input.name }) as Record<string, unknown> | undefined;
  if (!existing) {
    const cols = ['customer_id', 'name', 'created_at', 'updated_at', ...Object.keys(values)];
    db.prepare(`INSERT INTO contacts (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`).run({
      customer_id: input.customerId,
      name: input.name,
      created_at: now,
      updated_at: now,
      ...values,
    });
    return 'imported';
  }
  const changed = Object.keys(values).filter((c) => existing[c] !== values[c]);
  if (changed.length === 0) return 'unchanged';
  db.prepare(`UPDATE contacts SET ${changed.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @updated_at WHERE id = @id`).run({
    ...Object.fromEntries(changed.map((c) => [c, values[c]])),
    updated_at: now,
    id: existing.id,
  });
  return 'updated';
}

/**
 * A contact an invoice file names (Xero's EmailAddress, 联系人 / 联系电话 / 手机): added unless the
 * customer already has a contact of that name, e-mail, phone or mobile — so a re-import adds nothing
 * twice and a contact a collector added or edited is never overwritten. It becomes the primary
 * contact only when the customer has none.
 */
export async function addImportedContact(ledger: Ledger, input: ContactInput, now: string): Promise<'imported' | 'unchanged'> {
  const db = ledger.db;
  const same = db
    .prepare(
      `SELECT 1 FROM contacts WHERE customer_id = @customerId
          AND (name = @name OR lower(email) = lower(@email) OR phone = @phone OR mobile = @phone OR phone = @mobile OR mobile = @mobile)`,
    )
    .get({ customerId: input.customerId, name: input.name, email: input.email ?? null, phone: input.phone ?? null, mobile: input.mobile ?? null });
  if (same) return 'unchanged';
  const hasPrimary = db.prepare(`SELECT 1 FROM contacts WHERE customer_id = @customerId AND is_primary = 1`).get({ customerId: input.customerId });
  db.prepare(
    `INSERT INTO contacts (customer_id, name, phone, mobile, email, is_primary, created_at, updated_at)
     VALUES (@customerId, @name, @phone, @mobile, @email, @primary, @now, @now)`,
  ).run({
    customerId: input.customerId,
    name: input.name,
    phone: input.phone ?? null,
    mobile: input.mobile ?? null,
    email: input.email ?? null,
    primary: hasPrimary ? 0 : 1,
    now,
  });
  return 'imported';
}
