// `ar log ID`: record a call or visit without prompts — every answer `ar call` asks for is a flag
// here: the outcome, promises, an instalment plan, disputes, the next action date, whom they spoke
// to, a note, and the evidence of a written acknowledgement (which restarts the limitation clock).
import { existingStore, resolveCustomer, writeJson, type Context, type Register } from './shared.js';
import { msg, render, t } from '../i18n/index.js';
import { DataError, UsageError } from '../errors.js';
import {
  accountCurrency,
  loggedLines,
  parseDate,
  parseDispute,
  parseOutcome,
  parsePlan,
  parsePromise,
  planInstalments,
  planTotal,
  recordLog,
  type LogInput,
} from './shared-log.js';

interface LogFlags {
  outcome?: string;
  promise?: string[];
  plan?: string;
  planTotal?: string;
  dispute?: string[];
  method?: string;
  payer?: string;
  next?: string;
  contact?: string;
  note?: string;
  evidence?: string;
}

// Repeatable flags; no default, so help shows none.
const collect = (v: string, prev: string[] | undefined) => [...(prev ?? []), v];

/** The flags, checked and turned into a LogInput (amounts in the account's currency). */
async function inputFrom(ctx: Context, customerId: number, flags: LogFlags): Promise<LogInput> {
  const f = { ...flags, promise: flags.promise ?? [], dispute: flags.dispute ?? [] };
  const store = await existingStore(ctx);
  const today = ctx.clock.today();
  const currency = await accountCurrency(store, customerId);
  const nothing = !f.outcome && !f.promise.length && !f.plan && !f.dispute.length && !f.next && !f.note && !f.evidence;
  if (nothing) throw new UsageError(msg('log.nothing'), msg('log.nothingHint'));
  if (f.planTotal && !f.plan) throw new UsageError(msg('log.totalWithoutPlan'));
  const { parseAmount } = await import('./shared-log.js');
  const promises = await Promise.all(f.promise.map((p) => parsePromise(p, currency)));
  let plan: LogInput['plan'] = null;
  if (f.plan) {
    const spec = parsePlan(f.plan);
    // A promise made in the same call (the first payment) comes off what the plan spreads.
    const promised = promises.reduce((a, p) => a + p.amountMinor, 0);
    const total = f.planTotal ? await parseAmount(f.planTotal, currency) : (await planTotal(store, customerId, currency, today)) - promised;
    if (total <= 0) throw new DataError(msg('log.nothingToPlan', { cur: currency }));
    plan = await planInstalments(spec, total, today);
  }
  const customer = await store.customers.get(customerId);
  return {
    customerId,
    at: today,
    currency,
    outcome: f.outcome ? parseOutcome(f.outcome) : null,
    promises,
    plan,
    disputes: await Promise.all(f.dispute.map((d) => parseDispute(d, currency))),
    method: f.method?.trim() || null,
    payer: f.payer?.trim() || null,
    next: f.next ? await parseDate(f.next, '--next') : null,
    contact: f.contact?.trim() || null,
    note: f.note?.trim() || null,
    evidence: f.evidence?.trim() || null,
    collector: customer?.collector ?? null,
  };
}

export async function runLog(ctx: Context, id: string, f: LogFlags): Promise<void> {
  const customerId = await resolveCustomer(ctx, id);
  const input = await inputFrom(ctx, customerId, f);
  const store = await existingStore(ctx);
  const r = await recordLog(store, input);
  const outcome = r.outcome;
  if (ctx.json) {
    const money = (p: { amountMinor: number; dueDate: string }, i: number, ids: number[]) => ({
      id: ids[i],
      amountMinor: p.amountMinor,
      currency: input.currency,
      dueDate: p.dueDate,
    });
    return writeJson(ctx, {
      activityId: r.activityId,
      outcome,
      promises: input.promises.map((p, i) => money(p, i, r.promiseIds)),
      plan: (input.plan ?? []).map((p, i) => ({ ...money(p, i, r.planIds), instalment: i + 1 })),
      disputes: r.disputeIds,
      next: input.next,
      limitationEventId: r.limitationEventId,
    });
  }
  const { outcomeLabel } = await import('../view/call.js');
  const lines = loggedLines(input, r, outcomeLabel(ctx.lang, outcome)).map((m) => render(ctx.lang, m));
  ctx.out.write(lines.join('\n') + '\n');
}

const register: Register = (program, r) => {
  program
    .command('log')
    .description(t(r.lang, 'log.describe'))
    .argument('<id>', t(r.lang, 'log.id'))
    .option('--outcome <code>', t(r.lang, 'log.fOutcome'))
    .option('--promise <amount@date>', t(r.lang, 'log.fPromise'), collect)
    .option('--plan <NxD>', t(r.lang, 'log.fPlan'))
    .option('--plan-total <amount>', t(r.lang, 'log.fPlanTotal'))
    .option('--dispute <invoice:reason[:amount]>', t(r.lang, 'log.fDispute'), collect)
    .option('--method <text>', t(r.lang, 'log.fMethod'))
    .option('--payer <name>', t(r.lang, 'log.fPayer'))
    .option('--next <date>', t(r.lang, 'log.fNext'))
    .option('--contact <name>', t(r.lang, 'log.fContact'))
    .option('--note <text>', t(r.lang, 'log.fNote'))
    .option('--evidence <text>', t(r.lang, 'log.fEvidence'))
    .action(r.action(async (ctx, id: string, f: LogFlags) => runLog(ctx, id, f)));
};
export default register;
