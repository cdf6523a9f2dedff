// `ar contacts list|add|edit ID`: the people at a customer and their roles — decision maker
// (关键决策人), AP clerk, finance manager, purchaser, legal representative — whom calls and scripts
// ask for.
import { existingStore, resolveCustomer, writeJson, type Context, type Register } from './shared.js';
import { msg, t } from '../i18n/index.js';
import { DataError, UsageError } from '../errors.js';
import type { ContactInput, ContactRole } from '../store/port.js';

interface Flags {
  role?: string;
  title?: string;
  phone?: string;
  mobile?: string;
  email?: string;
  wechat?: string;
  primary?: boolean;
  decisionMaker?: boolean;
  notes?: string;
}

async function fields(f: Flags): Promise<Omit<ContactInput, 'customerId' | 'name'>> {
  const { CONTACT_ROLES } = await import('../core/contacts.js');
  const out: Omit<ContactInput, 'customerId' | 'name'> = {};
  if (f.role !== undefined) {
    const v = f.role.trim().toLowerCase();
    if (!(CONTACT_ROLES as readonly string[]).includes(v)) throw new UsageError(msg('customers.badRole', { v: f.role, list: [...CONTACT_ROLES] }));
    out.role = v as ContactRole;
    if (v === 'decision-maker') out.isDecisionMaker = true;
  }
  for (const k of ['title', 'phone', 'mobile', 'email', 'wechat', 'notes'] as const) if (f[k] !== undefined) out[k] = f[k]?.trim() || null;
  if (f.primary !== undefined) out.isPrimary = f.primary;
  if (f.decisionMaker !== undefined) out.isDecisionMaker = f.decisionMaker;
  return out;
}

async function list(ctx: Context, id: string): Promise<void> {
  const customerId = await resolveCustomer(ctx, id);
  const store = await existingStore(ctx);
  const rows = await store.contacts.list(customerId);
  if (ctx.json) return writeJson(ctx, rows);
  const { renderContacts } = await import('../view/customers.js');
  ctx.out.write(renderContacts(ctx, (await store.customers.get(customerId))?.code ?? id, rows));
}

/** add: a new name only; edit: an existing name only — so a typo never makes a second person. */
async function write(ctx: Context, mode: 'add' | 'edit', id: string, name: string, f: Flags): Promise<void> {
  const customerId = await resolveCustomer(ctx, id);
  const store = await existingStore(ctx);
  const code = (await store.customers.get(customerId))?.code ?? id;
  const clean = name.trim();
  const exists = (await store.contacts.list(customerId)).some((c) => c.name === clean);
  if (mode === 'add' && exists) throw new DataError(msg('customers.exists', { name: clean, code }), msg('customers.existsHint', { name: clean, code }));
  if (mode === 'edit' && !exists) throw new DataError(msg('customers.noContact', { name: clean, code }));
  const input = { customerId, name: clean, ...(await fields(f)) };
  // A new primary contact is the only one: the flag moves, it is not shared.
  const outcome = await store.transaction(async (tx) => {
    if (input.isPrimary)
      for (const c of await tx.contacts.list(customerId))
        if (c.isPrimary && c.name !== clean) await tx.contacts.upsert({ customerId, name: c.name, isPrimary: false }, ctx.clock.today());
    return tx.contacts.upsert(input, ctx.clock.today());
  });
  if (ctx.json) return writeJson(ctx, { code, name: clean, outcome });
  const key = mode === 'add' ? 'customers.added' : outcome === 'unchanged' ? 'customers.contactUnchanged' : 'customers.edited';
  ctx.out.write(t(ctx.lang, key, { name: clean, code }) + '\n');
}

const register: Register = (program, r) => {
  const cmd = program.command('contacts').description(r.tr('customers.contactsDescribe'));
  cmd
    .command('list')
    .description(r.tr('customers.listDescribe'))
    .argument('<id>', r.tr('log.id'))
    .action(r.action(async (ctx, id: string) => list(ctx, id)));
  for (const mode of ['add', 'edit'] as const) {
    cmd
      .command(mode)
      .description(r.tr(mode === 'add' ? 'customers.addDescribe' : 'customers.editDescribe'))
      .argument('<id>', r.tr('log.id'))
      .argument('<name>', r.tr('customers.contactName'))
      .option('--role <role>', r.tr('customers.fRole'))
      .option('--title <text>', r.tr('customers.fTitle'))
      .option('--phone <text>', r.tr('customers.fPhone'))
      .option('--mobile <text>', r.tr('customers.fMobile'))
      .option('--email <text>', r.tr('customers.fEmail'))
      .option('--wechat <text>', r.tr('customers.fWechat'))
      .option('--primary', r.tr('customers.fPrimary'))
      .option('--decision-maker', r.tr('customers.fDecisionMaker'))
      .option('--notes <text>', r.tr('customers.fNotes'))
      .action(r.action(async (ctx, id: string, name: string, f: Flags) => write(ctx, mode, id, name, f)));
  }
};
export default register;
