// `ar customers`: the customers with their type, grade and collector; filters by type, grade,
// collector, or those nobody has classified yet.
import { checkCollector, existingStore, writeJson, type Context, type Register } from './shared.js';
import { msg } from '../i18n/index.js';
import { UsageError } from '../errors.js';

interface ListFlags {
  type?: string;
  grade?: string;
  collector?: string;
  unclassified?: boolean;
}

async function list(ctx: Context, f: ListFlags): Promise<void> {
  const { CUSTOMER_TYPES } = await import('../core/priority.js');
  const type = f.type?.trim().toLowerCase();
  if (type !== undefined && !(CUSTOMER_TYPES as string[]).includes(type))
    throw new UsageError(msg('customers.badType', { v: f.type ?? '', list: CUSTOMER_TYPES }));
  const grade = f.grade?.trim().toUpperCase();
  if (grade !== undefined && !['A', 'B', 'C'].includes(grade)) throw new UsageError(msg('customers.badGrade', { v: f.grade ?? '' }));
  const store = await existingStore(ctx);
  if (f.collector !== undefined) await checkCollector(store, f.collector, ctx.lang);
  const { customersList } = await import('../reports/customers.js');
  const rows = await customersList(store, { type, grade, collector: f.collector, unclassified: !!f.unclassified });
  if (ctx.json) {
    return writeJson(
      ctx,
      rows.map((c) => ({
        code: c.code,
        name: c.name,
        type: c.type ?? null,
        grade: c.grade ?? null,
        strategic: c.strategic,
        collector: c.collector,
        termsDays: c.termsDays,
      })),
    );
  }
  const { renderCustomers } = await import('../view/customers.js');
  ctx.out.write(renderCustomers(ctx, rows));
}

const register: Register = (program, r) => {
  program
    .command('customers')
    .description(r.tr('customers.describe'))
    .option('--type <type>', r.tr('customers.fType'))
    .option('--grade <grade>', r.tr('customers.fGrade'))
    .option('--collector <name>', r.tr('customers.fCollector'))
    .option('--unclassified', r.tr('customers.fUnclassified'))
    .action(r.action(async (ctx, f: ListFlags) => list(ctx, f)));
};
export default register;
