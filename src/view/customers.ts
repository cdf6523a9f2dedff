// Customers on screen: the list, one customer's profile (with the assessment and the suggested
// type; --explain lists the evidence), and a customer's contacts.
import { paren, plural, t, type Lang } from '../i18n/index.js';
import { formatMoney } from '../core/money.js';
import type { Assessment, Signal, Suggestion } from '../core/assessment.js';
import type { Contact, Customer, ProfileReport } from '../reports/customers.js';
import { codeLabel, roleLabel, typeLabel } from './labels.js';
import { renderTable } from './table.js';
import { displayWidth, padEnd } from './width.js';
import { wrapPhrases } from './wrap.js';
import type { Screen } from './queue.js';

/** A type, or 未分类 / unclassified when none is set. */
export function typeOrNone(lang: Lang, type: string | null): string {
  return type == null ? t(lang, 'customers.unclassified') : typeLabel(lang, type);
}

const gradeOrNone = (lang: Lang, grade: string | null) => (grade == null ? t(lang, 'customers.noGrade') : grade);

export function renderCustomers(sc: Screen, list: Customer[]): string {
  const L = sc.lang;
  if (list.length === 0) return t(L, 'customers.none') + '\n';
  const rows = list.map((c) => [
    c.code,
    c.name,
    typeOrNone(L, c.type),
    gradeOrNone(L, c.grade),
    c.collector ?? '',
    c.termsDays == null ? '' : t(L, 'customers.termsDays', { n: c.termsDays }),
  ]);
  const columns = [
    { header: t(L, 'customers.hCode') },
    { header: t(L, 'customers.hName'), flex: true, minWidth: 12 },
    { header: t(L, 'customers.hType') },
    { header: t(L, 'customers.hGrade') },
    { header: t(L, 'customers.hCollector'), flex: true, minWidth: 6 },
    { header: t(L, 'customers.hTerms'), align: 'right' as const },
  ];
  return renderTable(columns, rows, { width: sc.width, headerStyle: sc.style.dim }) + plural(L, 'customers.count', list.length) + '\n';
}

export function signalText(lang: Lang, s: Signal): string {
  return t(lang, `customers.signal.${s.code}`, s.params as never);
}

function suggestionText(lang: Lang, s: Suggestion, current: string | null): string {
  if (s.type === current) return t(lang, 'customers.suggestSame', { type: typeLabel(lang, s.type) });
  return t(lang, 'customers.suggestion', { type: typeLabel(lang, s.type), why: s.evidence.map((e) => signalText(lang, e)).join(t(lang, 'common.listSep')) });
}

export function contactPhrase(lang: Lang, c: Contact): string {
  const tags = [
    c.role ? roleLabel(lang, c.role) : '',
    c.isPrimary ? t(lang, 'customers.primary') : '',
    c.isDecisionMaker && c.role !== 'decision-maker' ? t(lang, 'customers.dm') : '',
  ]
    .filter(Boolean)
    .join(t(lang, 'common.listSep'));
  const reach = c.mobile || c.phone || c.email || c.wechat;
  return [c.name + (tags ? paren(lang, tags) : ''), reach ?? ''].filter(Boolean).join(' ');
}

type Row = [string, string[]];

function profileRows(L: Lang, v: ProfileReport): Row[] {
  const c = v.customer;
  const none = t(L, 'customers.notSet');
  const money = (m: number | null) => (m == null ? none : `${c.currency ?? ''} ${formatMoney(m, c.currency ?? 'CNY')}`.trim());
  const rows: Row[] = [
    ['lType', [typeOrNone(L, c.type), ...(c.strategic ? [t(L, 'customers.strategic')] : [])]],
    ['lGrade', [gradeOrNone(L, c.grade)]],
    ['lCollector', [c.collector ?? none]],
    ['lLanguage', [c.language ? codeLabel(L, 'language', c.language) : none]],
    ['lJurisdiction', [c.jurisdiction ?? none]],
    ['lTerms', [c.termsDays == null ? none : t(L, 'customers.termsDays', { n: c.termsDays })]],
    ['lCreditLimit', [money(c.creditLimitMinor)]],
    ['lPaymentRun', [c.paymentRunDays ?? none]],
    ['lApproval', [c.approvalChain ?? none]],
    ['lDocuments', [c.documentsRequired ?? none]],
  ];
  if (c.notes) rows.push(['lNotes', [c.notes]]);
  rows.push(['lContacts', v.contacts.length ? v.contacts.map((x) => contactPhrase(L, x)) : [t(L, 'customers.noContacts', { code: c.code })]]);
  rows.push(['lAbility', [t(L, `customers.level.${v.assessment.ability}`)]]);
  rows.push(['lWillingness', [t(L, `customers.level.${v.assessment.willingness}`)]]);
  const first = v.assessment.suggestions[0];
  rows.push(['lSuggest', [first ? suggestionText(L, first, c.type) : t(L, 'customers.noSuggestion')]]);
  return rows;
}

export function renderProfile(sc: Screen, v: ProfileReport, explain: boolean): string {
  const L = sc.lang;
  const rows = profileRows(L, v);
  if (explain) rows.push(['lEvidence', v.assessment.signals.map((s) => signalText(L, s))]);
  const lw = Math.max(...rows.map(([k]) => displayWidth(t(L, `customers.${k}` as never)))) + 2;
  const out = [sc.style.bold(`${v.customer.name} (${v.customer.code})`)];
  for (const [k, phrases] of rows) {
    if (phrases.length === 0) continue;
    const lab = padEnd(t(L, `customers.${k}` as never), lw);
    const sep = k === 'lEvidence' || k === 'lContacts' ? '\n' : ' · ';
    const lines =
      sep === '\n' ? phrases.flatMap((p, i) => wrapPhrases([p], sc.width, lw, i === 0 ? lab : ' '.repeat(lw))) : wrapPhrases(phrases, sc.width, lw, lab);
    out.push(...lines);
  }
  const first = v.assessment.suggestions[0];
  if (explain && first && first.type !== v.customer.type) out.push(sc.style.dim(t(L, 'customers.suggestHint', { code: v.customer.code, type: first.type })));
  return out.join('\n') + '\n';
}

export function renderContacts(sc: Screen, code: string, list: Contact[]): string {
  const L = sc.lang;
  if (list.length === 0) return t(L, 'customers.noContacts', { code }) + '\n';
  const rows = list.map((c) => [
    c.name,
    c.role ? roleLabel(L, c.role) : '',
    c.mobile || c.phone || '',
    c.email ?? '',
    [c.isPrimary ? t(L, 'customers.primary') : '', c.isDecisionMaker ? t(L, 'customers.dm') : ''].filter(Boolean).join(t(L, 'common.listSep')),
  ]);
  const columns = [
    { header: t(L, 'customers.hContact'), flex: true, minWidth: 8 },
    { header: t(L, 'customers.hRole') },
    { header: t(L, 'customers.hPhone') },
    { header: t(L, 'customers.hEmail'), flex: true, minWidth: 10 },
    { header: t(L, 'customers.hFlags') },
  ];
  return renderTable(columns, rows, { width: sc.width, headerStyle: sc.style.dim });
}

/**
 * The assessment in a line of phrases for the account screen: ability, willingness, and the type the
 * history suggests when it differs from the one set (the evidence beside it).
 */
export function assessmentPhrases(lang: Lang, a: Assessment, type: string | null): string[] {
  const out = [
    t(lang, 'customers.ability', { level: t(lang, `customers.level.${a.ability}`) }),
    t(lang, 'customers.willingness', { level: t(lang, `customers.level.${a.willingness}`) }),
  ];
  const first = a.suggestions[0];
  if (first && first.type !== type) out.push(t(lang, 'customers.suggests', { s: suggestionText(lang, first, type) }));
  return out;
}
