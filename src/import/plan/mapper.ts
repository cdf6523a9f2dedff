// The interactive mapper (TTY only, through ctx.prompts): choose the column for each required
// field, see five rows as they would be imported, confirm, and optionally keep it as a profile.
import { ArError, CancelledError } from '../../errors.js';
import { formatMoney } from '../../core/money.js';
import { renderTable } from '../../view/table.js';
import { displayHeader } from './headers.js';
import { kindFields } from '../kinds/index.js';
import { classifyRow } from './locate.js';
import { render, t } from '../../i18n/index.js';
import { fieldLabel, kindLabel } from '../text.js';
import { keyAndAmountCols, missingFields, type FilePlan, type PartialPlan } from './plan.js';
import { checkProfileName, saveProfile, type Profile } from './profiles.js';
import { cellText, parseAmount, parseCurrency, parseDate } from './values.js';
import { isIsoCurrency } from '../../core/money.js';
import { detectDateOrder } from './dates.js';
import type { ColumnMap, Field, SourceRow } from '../types.js';
import type { ImportEnv } from '../types.js';

const NONE = -1;

function columnChoices(ctx: ImportEnv, headers: string[], rows: SourceRow[]) {
  const choices = headers.map((h, i) => {
    const sample = rows.map((r) => cellText(r.cells[i] ?? null).trim()).find((s) => s !== '') ?? '';
    const label = displayHeader(h) || `#${i + 1}`;
    return { name: sample ? `${label}  (${sample.slice(0, 30)})` : label, value: i };
  });
  return [...choices, { name: t(ctx.lang, 'import.mapperNone'), value: NONE }];
}

const AMOUNT_FIELDS = new Set<Field>(['total', 'open', 'paid', 'lineAmount', 'amount', 'creditLimit']);
const DATE_FIELDS = new Set<Field>(['issueDate', 'dueDate', 'date']);

export async function interactiveMapper(ctx: ImportEnv, plan: PartialPlan, rows: SourceRow[]): Promise<PartialPlan> {
  const L = ctx.lang;
  ctx.err.write(t(L, 'import.mapperIntro', { file: plan.display, kind: kindLabel(L, plan.kind) }) + '\n');
  const map: ColumnMap = { ...plan.map };
  const choices = columnChoices(ctx, plan.headers, rows);
  // Required fields first (each group of alternatives asks for its first member), then the
  // other fields that matter most.
  const ask: Field[] = [];
  for (const alts of missingFields(plan.kind, map, plan.groupCustomers)) ask.push(alts[0]);
  for (const f of kindFields(plan.kind))
    if (!ask.includes(f) && map[f] === undefined && ['customerName', 'dueDate', 'issueDate', 'currency', 'open', 'total', 'reference', 'invoice'].includes(f))
      ask.push(f);
  for (const f of ask) {
    const v = await ctx.prompts.select<number>({
      message: t(L, 'import.mapperField', { field: fieldLabel(L, f) }),
      choices,
      default: map[f] ?? NONE,
    });
    if (v === NONE) delete map[f];
    else map[f] = v;
  }
  const next: PartialPlan = { ...plan, map };
  if ((next.kind === 'invoices' || next.kind === 'payments') && map.currency === undefined && !next.currency) {
    // No currency column and none given: ask rather than book the amounts in the ledger's default unseen.
    const answer = await ctx.prompts.input({
      message: t(L, 'import.mapperCurrency'),
      default: next.ledgerCurrency,
      validate: (v) => (isIsoCurrency(v.trim().toUpperCase()) ? true : t(L, 'import.badCurrency', { v })),
    });
    next.currency = answer.trim().toUpperCase();
  }
  ctx.err.write(t(L, 'import.mapperPreview') + '\n' + preview(ctx, next, rows));
  const ok = await ctx.prompts.confirm({ message: t(L, 'import.mapperConfirm'), default: true });
  if (!ok) throw new CancelledError();
  const still = missingFields(next.kind, map, next.groupCustomers);
  if (still.length) return interactiveMapper(ctx, next, rows);
  return next;
}

/** Five data rows with the mapped fields, amounts and dates parsed the way the import will. */
export function preview(ctx: ImportEnv, plan: PartialPlan, rows: SourceRow[]): string {
  const fields = kindFields(plan.kind).filter((f) => plan.map[f] !== undefined);
  const { keys, amounts } = keyAndAmountCols(plan.kind, plan.map);
  const data = rows.filter((r) => classifyRow(r.cells, keys, amounts).kind === 'data').slice(0, 5);
  const cur = (r: SourceRow) => {
    const i = plan.map.currency;
    const c = i !== undefined ? parseCurrency(r.cells[i] ?? null) : undefined;
    return c?.ok ? c.value : (plan.currency ?? plan.ledgerCurrency);
  };
  // Day/month order from these rows; when they cannot decide, the dates are shown as written.
  const dateTexts = data.flatMap((r) =>
    fields
      .filter((f) => DATE_FIELDS.has(f))
      .map((f) => r.cells[plan.map[f] as number])
      .filter((c): c is string => typeof c === 'string' && c.trim() !== ''),
  );
  const guess = plan.dateOrder ?? detectDateOrder(dateTexts).order;
  const body = data.map((r) =>
    fields.map((f) => {
      const cell = r.cells[plan.map[f] as number] ?? null;
      if (DATE_FIELDS.has(f) && guess !== 'ambiguous') {
        const d = parseDate(cell, guess, 1900);
        return d.ok ? d.value : d.empty ? '' : `? ${cellText(cell)}`;
      }
      if (AMOUNT_FIELDS.has(f)) {
        const a = parseAmount(cell, cur(r), plan.decimalMark);
        return a.ok ? formatMoney(a.value.minor, cur(r)) : a.empty ? '' : `? ${cellText(cell)}`;
      }
      return cellText(cell).trim();
    }),
  );
  return renderTable(
    fields.map((f) => ({ header: fieldLabel(ctx.lang, f), align: AMOUNT_FIELDS.has(f) ? 'right' : 'left', flex: !AMOUNT_FIELDS.has(f) })),
    body,
    { width: ctx.width, indent: 2 },
  );
}

/**
 * After a successful import with an interactive mapping: offer to save it as a profile. The
 * import is already done, so a cancel here (Ctrl-C) only means "not saved".
 */
export async function offerToSave(ctx: ImportEnv, plan: FilePlan): Promise<void> {
  try {
    await askToSave(ctx, plan);
  } catch (e) {
    if (!(e instanceof CancelledError)) throw e;
    ctx.err.write('\n' + t(ctx.lang, 'import.mapperNotSaved') + '\n');
  }
}

async function askToSave(ctx: ImportEnv, plan: FilePlan): Promise<void> {
  const L = ctx.lang;
  const yes = await ctx.prompts.confirm({ message: t(L, 'import.mapperSave'), default: true });
  if (!yes) return;
  const name = await ctx.prompts.input({
    message: t(L, 'import.mapperName'),
    validate: (v) => {
      try {
        checkProfileName(v.trim());
        return true;
      } catch (e) {
        return e instanceof ArError ? render(L, e.text) : String(e);
      }
    },
  });
  const map: Record<string, string> = {};
  for (const [f, i] of Object.entries(plan.map)) if (i !== undefined) map[f] = countedHeader(plan.headers, i);
  const profile: Profile = {
    name: name.trim(),
    kind: plan.kind,
    map,
    dateFormat: plan.dateOrder,
    ...(plan.decimalMark !== 'auto' ? { decimalMark: plan.decimalMark } : {}),
    ...(plan.currency ? { currency: plan.currency } : {}),
    ...(plan.source.type === 'csv' && plan.source.encoding !== 'UTF-8' ? { encoding: plan.source.encoding.toLowerCase() } : {}),
    // The mapped headers identify the layout (the header row is found by them too).
    fingerprints: [
      [
        ...new Set(
          Object.values(map)
            .filter((h) => !h.startsWith('#'))
            .map((h) => h.replace(/#\d+$/, '')),
        ),
      ],
    ],
  };
  const file = saveProfile(profile, ctx.env);
  ctx.err.write(t(L, 'import.mapperSaved', { name: profile.name, file }) + '\n');
}

/** `Header`, or `Header#2` for the second column of that name, or `#N` for an unnamed column. */
function countedHeader(headers: string[], i: number): string {
  const h = displayHeader(headers[i] ?? '');
  if (!h) return `#${i + 1}`;
  const n = headers.slice(0, i).filter((x) => displayHeader(x) === h).length;
  return n === 0 ? h : `${h}#${n + 1}`;
}
