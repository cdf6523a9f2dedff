// `ar customer ID`: one customer's profile — type and grade, payment process (payment-run days,
// approval chain, documents their AP needs), contacts, the assessment of ability and willingness to
// pay and the type the history suggests (--explain: the evidence). `ar customer ID set …` changes it;
// the type is only ever set here, by the collector.
import { existingStore, resolveCustomer, writeJson, type Context, type Register } from './shared.js';
import { msg, t } from '../i18n/index.js';
import { UsageError } from '../errors.js';
import type { CustomerInput } from '../store/port.js';
import { accountCurrency, parseAmount } from './shared-log.js';

interface Flags {
  explain?: boolean;
  type?: string;
  grade?: string;
  strategic?: boolean;
  collector?: string;
  language?: string;
  jurisdiction?: string;
  terms?: string;
  creditLimit?: string;
  paymentRun?: string;
  approvalChain?: string;
  documents?: string;
  notes?: string;
}

const FLAG_OF: Record<string, string> = {
  termsDays: 'terms',
  creditLimitMinor: 'credit-limit',
  paymentRunDays: 'payment-run',
  approvalChain: 'approval-chain',
  documentsRequired: 'documents',
};

async function show(ctx: Context, customerId: number, explain: boolean): Promise<void> {
  const { profileReport } = await import('../reports/customers.js');
  const r = await profileReport(await existingStore(ctx), customerId, ctx.clock.today());
  if (ctx.json) return writeJson(ctx, r);
  const { renderProfile } = await import('../view/customers.js');
  ctx.out.write(renderProfile(ctx, r, explain));
}

/** The flags as profile fields, each checked; an empty text clears a text field. */
async function fieldsFrom(ctx: Context, customerId: number, f: Flags): Promise<CustomerInput> {
  const { CUSTOMER_TYPES } = await import('../core/priority.js');
  const text = (v: string | undefined) => (v === undefined ? undefined : v.trim() || null);
  const input: CustomerInput = {};
  if (f.type !== undefined) {
    const v = f.type.trim().toLowerCase();
    if (!(CUSTOMER_TYPES as string[]).includes(v)) throw new UsageError(msg('customers.badType', { v: f.type, list: CUSTOMER_TYPES }));
    input.type = v as CustomerInput['type'];
  }
  if (f.grade !== undefined) {
    const v = f.grade.trim().toUpperCase();
    if (!['A', 'B', 'C'].includes(v)) throw new UsageError(msg('customers.badGrade', { v: f.grade }));
    input.grade = v as 'A' | 'B' | 'C';
  }
  if (f.strategic !== undefined) input.strategic = f.strategic;
  if (f.language !== undefined) {
    const v = f.language.trim().toLowerCase();
    if (v !== 'en' && v !== 'zh') throw new UsageError(msg('customers.badLanguage', { v: f.language }));
    input.language = v;
  }
  if (f.jurisdiction !== undefined) {
    const v = f.jurisdiction.trim().toUpperCase();
    if (!/^[A-Z]{2}(-[A-Z]{2,3})?$/.test(v)) throw new UsageError(msg('customers.badJurisdiction', { v: f.jurisdiction }));
    input.jurisdiction = v;
  }
  if (f.terms !== undefined) {
    if (!/^\d{1,4}$/.test(f.terms.trim())) throw new UsageError(msg('customers.badTerms', { v: f.terms }));
    input.termsDays = Number(f.terms.trim());
  }
  if (f.creditLimit !== undefined) input.creditLimitMinor = await parseAmount(f.creditLimit, await accountCurrency(await existingStore(ctx), customerId));
  input.collector = text(f.collector);
  input.paymentRunDays = text(f.paymentRun);
  input.approvalChain = text(f.approvalChain);
  input.documentsRequired = text(f.documents);
  input.notes = text(f.notes);
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as CustomerInput;
}

async function set(ctx: Context, customerId: number, f: Flags): Promise<void> {
  const store = await existingStore(ctx);
  const c = await store.customers.get(customerId);
  const code = c?.code ?? String(customerId);
  const input = await fieldsFrom(ctx, customerId, f);
  // Named as the flags that set them, which is what the collector typed.
  const fields = Object.keys(input).map((k) => '--' + (FLAG_OF[k] ?? k));
  if (fields.length === 0) throw new UsageError(msg('customers.setNothing'), msg('customers.setNothingHint', { code }));
  const outcome = await store.transaction((tx) => tx.customers.setProfile(customerId, input, ctx.clock.today()));
  if (ctx.json) return writeJson(ctx, { code, outcome, fields });
  ctx.out.write(t(ctx.lang, outcome === 'updated' ? 'customers.updated' : 'customers.unchanged', { code, fields }) + '\n');
}

async function run(ctx: Context, id: string, action: string | undefined, f: Flags): Promise<void> {
  if (action !== undefined && action !== 'set') throw new UsageError(msg('customers.badAction', { v: action }));
  const customerId = await resolveCustomer(ctx, id);
  if (action === 'set') return set(ctx, customerId, f);
  return show(ctx, customerId, !!f.explain);
}

const register: Register = (program, r) => {
  program
    .command('customer')
    .description(r.tr('customers.oneDescribe'))
    .argument('<id>', r.tr('log.id'))
    .argument('[action]', r.tr('customers.action'))
    .option('--explain', r.tr('customers.fExplain'))
    .option('--type <type>', r.tr('customers.fSetType'))
    .option('--grade <grade>', r.tr('customers.fSetGrade'))
    .option('--strategic', r.tr('customers.fStrategic'))
    .option('--no-strategic', r.tr('customers.fNoStrategic'))
    .option('--collector <name>', r.tr('customers.fSetCollector'))
    .option('--language <lang>', r.tr('customers.fLanguage'))
    .option('--jurisdiction <code>', r.tr('customers.fJurisdiction'))
    .option('--terms <days>', r.tr('customers.fTerms'))
    .option('--credit-limit <amount>', r.tr('customers.fCreditLimit'))
    .option('--payment-run <text>', r.tr('customers.fPaymentRun'))
    .option('--approval-chain <text>', r.tr('customers.fApproval'))
    .option('--documents <text>', r.tr('customers.fDocuments'))
    .option('--notes <text>', r.tr('customers.fNotes'))
    .action(r.action(async (ctx, id: string, action: string | undefined, f: Flags) => run(ctx, id, action, f)));
};
export default register;
