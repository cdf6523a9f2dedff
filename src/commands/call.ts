// `ar call [ID]`: work today's queue (or one customer) on the phone. For each account: the summary
// and the script, then call / skip / quit; after the call the outcome, a promise or a plan, a
// dispute, the next date, whom you spoke to, a note and the evidence — each the answer to a flag of
// `ar log`, recorded by the same recordLog once confirmed. Every confirmed call is saved on its own,
// so quitting, or Ctrl-C (exit 3), loses nothing already confirmed.
import { checkCollector, existingStore, resolveCustomer, writeJson, type Context, type Register } from './shared.js';
import { msg, render, t } from '../i18n/index.js';
import { ArError, UsageError } from '../errors.js';
import {
  DISPUTE_REASONS,
  OUTCOMES,
  accountCurrency,
  callScriptText,
  parseAmount,
  parseDate,
  parsePlan,
  planInstalments,
  planTotal,
  recordLog,
  type DisputeReason,
  type LogInput,
  type Outcome,
} from './shared-log.js';

/** Ask until the answer parses; a wrong answer says why and asks again (empty: null). */
async function ask<T>(ctx: Context, message: string, parse: (s: string) => Promise<T> | T): Promise<T | null> {
  for (;;) {
    const v = (await ctx.prompts.input({ message })).trim();
    if (v === '') return null;
    try {
      return await parse(v);
    } catch (e) {
      if (!(e instanceof ArError)) throw e;
      ctx.err.write(t(ctx.lang, 'call.invalid', { why: render(ctx.lang, e.text) }) + '\n');
    }
  }
}

const PROMISING = new Set<Outcome>(['reached-promise', 'visited-promise', 'visited-signed']);
const DISPUTING = new Set<Outcome>(['reached-dispute', 'visited-dispute']);

async function promiseAnswers(
  ctx: Context,
  customerId: number,
  currency: string,
  today: string,
): Promise<Pick<LogInput, 'promises' | 'plan' | 'method' | 'payer'>> {
  const amount = await ask(ctx, t(ctx.lang, 'call.qPromise'), (s) => parseAmount(s, currency));
  if (amount !== null) {
    let date: string | null = null;
    while (date === null) date = await ask(ctx, t(ctx.lang, 'call.qDate'), (s) => parseDate(s, 'date'));
    return { promises: [{ amountMinor: amount, dueDate: date }], plan: null, ...(await howAndWho(ctx)) };
  }
  const spec = await ask(ctx, t(ctx.lang, 'call.qPlan'), parsePlan);
  if (!spec) return { promises: [], plan: null };
  const store = await existingStore(ctx);
  return { promises: [], plan: await planInstalments(spec, await planTotal(store, customerId, currency, today), today), ...(await howAndWho(ctx)) };
}

/** The rest of the commitment: how it will be paid and who pays (`--method`, `--payer`). */
async function howAndWho(ctx: Context): Promise<Pick<LogInput, 'method' | 'payer'>> {
  return { method: await ask(ctx, t(ctx.lang, 'call.qMethod'), (s) => s), payer: await ask(ctx, t(ctx.lang, 'call.qPayer'), (s) => s) };
}

/** The disputed invoice is picked from the open ones (nothing to mistype), then the reason and amount. */
async function disputeAnswers(ctx: Context, customerId: number, currency: string): Promise<LogInput['disputes']> {
  const L = ctx.lang;
  const open = (await (await existingStore(ctx)).invoices.openDetails(customerId)).filter((i) => i.kind === 'invoice' && i.openMinor > 0);
  const { formatMoney } = await import('../core/money.js');
  const invoice = await ctx.prompts.select<string | null>({
    message: t(L, 'call.qDispute'),
    choices: [
      ...open.map((i) => ({ name: `${i.number}  ${i.currency} ${formatMoney(i.openMinor, i.currency)}`, value: i.number })),
      { name: t(L, 'call.noDispute'), value: null },
    ],
  });
  if (invoice === null) return [];
  const { codeLabel } = await import('../view/labels.js');
  const reason = await ctx.prompts.select<DisputeReason>({
    message: t(L, 'call.qReason'),
    choices: DISPUTE_REASONS.map((r) => ({ name: codeLabel(L, 'disputeReason', r), value: r })),
  });
  const amountMinor = await ask(ctx, t(L, 'call.qDisputeAmount'), (s) => parseAmount(s, currency));
  return [{ invoice, reason, amountMinor }];
}

/** The questions after a call, as a LogInput; null when the collector does not save it. */
async function callAnswers(ctx: Context, customerId: number): Promise<LogInput | null> {
  const L = ctx.lang;
  const store = await existingStore(ctx);
  const today = ctx.clock.today();
  const currency = await accountCurrency(store, customerId);
  const { outcomeLabel } = await import('../view/call.js');
  const outcome = await ctx.prompts.select<Outcome>({ message: t(L, 'call.qOutcome'), choices: OUTCOMES.map((o) => ({ name: outcomeLabel(L, o), value: o })) });
  const { promises, plan, method, payer } = PROMISING.has(outcome) ? await promiseAnswers(ctx, customerId, currency, today) : { promises: [], plan: null };
  const disputes = DISPUTING.has(outcome) ? await disputeAnswers(ctx, customerId, currency) : [];
  const next = await ask(ctx, t(L, 'call.qNext'), (s) => parseDate(s, 'date'));
  const spoke = outcome.startsWith('reached') || outcome.startsWith('visited');
  const contact = spoke ? await ask(ctx, t(L, 'call.qContact'), (s) => s) : null;
  const note = await ask(ctx, t(L, 'call.qNote'), (s) => s);
  const evidence = promises.length || plan || outcome === 'visited-signed' ? await ask(ctx, t(L, 'call.qEvidence'), (s) => s) : null;
  if (!(await ctx.prompts.confirm({ message: t(L, 'call.qSave'), default: true }))) return null;
  const collector = (await store.customers.get(customerId))?.collector ?? null;
  return { customerId, at: today, currency, outcome, promises, plan, method, payer, disputes, next, contact, note, evidence, collector };
}

/** Today's queue, one entry per customer (an account in two currencies is one call). */
async function queueCustomers(ctx: Context, collector: string | undefined): Promise<number[]> {
  const store = await existingStore(ctx);
  if (collector !== undefined) await checkCollector(store, collector, ctx.lang);
  const { queueReport } = await import('../reports/queue.js');
  const q = await queueReport(store, ctx.clock.today(), { limit: 0, collector });
  return [...new Set(q.accounts.map((a) => a.customer.id))];
}

/** Save one call; a refusal (an invoice not open, a date in the past) is said, and the session goes on. */
async function save(ctx: Context, input: LogInput): Promise<boolean> {
  try {
    await recordLog(await existingStore(ctx), input);
    ctx.err.write(t(ctx.lang, 'call.saved') + '\n');
    return true;
  } catch (e) {
    if (!(e instanceof ArError) || e.exitCode !== 1) throw e;
    ctx.err.write(t(ctx.lang, 'call.notSaved', { why: render(ctx.lang, e.text) }) + '\n');
    return false;
  }
}

export async function runCall(ctx: Context, id: string | undefined, f: { collector?: string } = {}): Promise<void> {
  const L = ctx.lang;
  // Said before anything is shown: without a terminal the same answers are flags of `ar log`.
  if (!ctx.interactive) throw new UsageError(msg('call.noTty'), msg('call.noTtyHint'));
  const ids = id !== undefined ? [await resolveCustomer(ctx, id)] : await queueCustomers(ctx, f.collector);
  const done = { logged: 0, skipped: 0 };
  if (ids.length === 0) ctx.out.write(t(L, 'call.queueEmpty') + '\n');
  const { callSummary } = await import('../view/call.js');
  const { accountReport } = await import('../reports/account.js');
  for (const [i, customerId] of ids.entries()) {
    const report = await accountReport(await existingStore(ctx), customerId, ctx.clock.today());
    const head = [t(L, 'call.progress', { i: i + 1, n: ids.length }), ...callSummary(L, report, ctx.width)];
    ctx.out.write(['', ...head, '', ctx.style.bold(t(L, 'call.scriptHead')), (await callScriptText(ctx, customerId)).trimEnd(), ''].join('\n') + '\n');
    const action = await ctx.prompts.select<'call' | 'skip' | 'quit'>({
      message: t(L, 'call.qAction'),
      choices: [
        { name: t(L, 'call.aCall'), value: 'call' },
        { name: t(L, 'call.aSkip'), value: 'skip' },
        { name: t(L, 'call.aQuit'), value: 'quit' },
      ],
    });
    if (action === 'quit') break;
    const input = action === 'call' ? await callAnswers(ctx, customerId) : null;
    if (input === null) ctx.err.write(t(L, action === 'call' ? 'call.discarded' : 'call.skipped') + '\n');
    if (input !== null && (await save(ctx, input))) done.logged++;
    else done.skipped++;
  }
  if (ctx.json) return writeJson(ctx, done);
  ctx.out.write(t(L, 'call.done', done) + '\n');
}

const register: Register = (program, r) => {
  program
    .command('call')
    .description(r.tr('call.describe'))
    .argument('[id]', r.tr('call.id'))
    .option('--collector <name>', r.tr('call.fCollector'))
    .action(r.action(async (ctx, id: string | undefined, f: { collector?: string }) => runCall(ctx, id, f)));
};
export default register;
