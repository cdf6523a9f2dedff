// The ledger's default jurisdiction for limitation (DOMAIN §9), as `ar init` takes it: a flag checked
// before anything is written, or a question on a terminal. Shared so that any command that sets a
// jurisdiction refuses an unknown code the same way, with the list.
import type { Context } from '../cli/context.js';
import { JURISDICTION_CODES, normalizeJurisdiction } from '../core/jurisdictions.js';
import { UsageError } from '../errors.js';
import { msg, t } from '../i18n/index.js';
import { placeLabel } from '../view/limitation.js';

/** The canonical code for a typed one (cn → CN, us-ny → US-NY); an unknown one is a usage error. */
export function checkJurisdiction(v: string): string {
  const code = normalizeJurisdiction(v);
  if (!code) throw new UsageError(msg('limitation.badCode', { v, codes: JURISDICTION_CODES.join(', ') }));
  return code;
}

/** Ask which law governs limitation by default; '' keeps it unset (then per customer only). */
export async function askJurisdiction(ctx: Context, current: string): Promise<string> {
  const L = ctx.lang;
  return ctx.prompts.select<string>({
    message: t(L, 'limitation.ask'),
    choices: [...JURISDICTION_CODES.map((code) => ({ name: `${code}  ${placeLabel(L, code)}`, value: code })), { name: t(L, 'limitation.askNone'), value: '' }],
    default: current,
  });
}
