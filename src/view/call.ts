// What `ar call` and `ar log` show: an outcome's label, the account summary at the top of a call,
// and (until the call scripts land) the account's next step and why it is on today's list.
import { moneyText } from './money.js';
import { paren, t, type Lang } from '../i18n/index.js';
import { pickContact, reachBy } from '../core/contacts.js';
import type { AccountReport } from '../reports/account.js';
import { codeLabel, roleLabel, typeLabel } from './labels.js';
import { shortDate } from './phrases.js';
import { wrapPhrases } from './wrap.js';
import { assessmentPhrases } from './customers.js';

/** An outcome code in words (DOMAIN §6, and the visit outcomes). */
export function outcomeLabel(lang: Lang, code: string): string {
  return codeLabel(lang, 'outcome', code);
}

/** The account in a few lines: who, what is open and overdue, whom to ask for, the last promise. */
export function callSummary(lang: Lang, v: AccountReport, width: number): string[] {
  const c = v.customer;
  const out = [t(lang, 'call.head', { name: c.name, code: c.code, type: typeLabel(lang, c.type) })];
  const owed = v.balances.map((b) =>
    t(lang, 'call.owed', { open: moneyText(lang, b.openMinor, b.currency), overdue: moneyText(lang, b.overdueMinor, b.currency), days: b.daysPastDue }),
  );
  out.push(...wrapPhrases(owed, width, 2, '  '));
  const who = pickContact(v.contacts, c.type);
  if (who) {
    const role = who.role ? paren(lang, roleLabel(lang, who.role)) : '';
    out.push('  ' + t(lang, 'call.askFor', { name: who.name, role, reach: reachBy(who) ?? '—' }));
  }
  out.push(...wrapPhrases(assessmentPhrases(lang, v.assessment, c.type), width, 4, '  '));
  const last = v.promises[0];
  if (last) {
    const status = codeLabel(lang, 'status', last.status);
    out.push(
      '  ' + t(lang, 'call.lastPromise', { amount: moneyText(lang, last.amountMinor, last.currency), date: shortDate(last.dueDate, v.asOf, lang), status }),
    );
  }
  return out;
}
