// The worklist on screen, as CSV and as --json: one table row per account (the first reason in the
// column), a dim line below it with the rest (next step, promise, disputed, whom to ask for).
import type { ChalkInstance } from 'chalk';
import { list, t, type Lang } from '../i18n/index.js';
import { formatMoney } from '../core/money.js';
import { currencyName, moneyText } from './money.js';
import { formatDate } from './dates.js';
import type { Reason } from '../core/priority.js';
import type { QueueEntry, QueueReport } from '../reports/queue.js';
import { renderCsv, renderTable } from './table.js';
import { displayWidth, truncate } from './width.js';
import { wrapPhrases, wrapWords } from './wrap.js';
import { gradeLabel, stepLabel, typeLabel } from './labels.js';
import { contactText, explainParts, reasonText, shortDate, stepText } from './phrases.js';

export interface Screen {
  lang: Lang;
  style: ChalkInstance;
  width: number;
}

const REASON_STYLE: Record<Reason, 'red' | 'yellow' | 'cyan' | 'magenta' | 'plain'> = {
  'promise-broken': 'red',
  'promise-due': 'yellow',
  'callback-due': 'yellow',
  'step-due': 'cyan',
  'ladder-complete': 'cyan',
  'limitation-warning': 'magenta',
  'high-score': 'plain',
};

function headerLines(sc: Screen, q: QueueReport): string[] {
  const L = sc.lang;
  const sameUnit = q.need === q.needCustomers && q.withOpenItems === q.customersWithOpenItems;
  let counts = sameUnit
    ? t(L, 'queue.countCustomers', { need: q.need, open: q.withOpenItems })
    : t(L, 'queue.countAccounts', { need: q.need, open: q.withOpenItems, needC: q.needCustomers, openC: q.customersWithOpenItems });
  if (q.entries.length < q.need) counts += t(L, 'queue.showing', { n: q.entries.length });
  return wrapPhrases([t(L, 'queue.title', { date: formatDate(q.asOf, L, 'weekday') }), counts], sc.width, 2).map((line) => sc.style.bold(line));
}

function tableLines(sc: Screen, q: QueueReport): string[] {
  const { lang: L, style: s } = sc;
  const currencies = new Set(q.entries.map((e) => e.currency));
  const one = currencies.size === 1 ? [...currencies][0] : null;
  const paint = (r: Reason, text: string) => {
    const st = REASON_STYLE[r];
    return st === 'plain' ? text : st === 'red' ? s.red.bold(text) : s[st](text);
  };
  const rows = q.entries.map((e) => {
    // The first reason here; the others open the line below.
    const why = e.reasons.length ? paint(e.reasons[0].code, reasonText(e.reasons[0], L, q.asOf)) : '';
    const amount = formatMoney(e.overdueMinor, e.currency);
    const days = e.daysPastDue > 90 ? s.red(String(e.daysPastDue)) : e.daysPastDue > 30 ? s.yellow(String(e.daysPastDue)) : String(e.daysPastDue);
    return [
      String(e.rank),
      e.customer.name,
      e.customer.type === null && e.customer.grade === null
        ? typeLabel(L, null)
        : `${typeLabel(L, e.customer.type, 'table')} ${gradeLabel(L, e.customer.grade)}`,
      one ? amount : moneyText(L, e.overdueMinor, e.currency),
      days,
      why,
    ];
  });
  // The reason is what the collector reads first: give it its room and let the name give way.
  const headers = [
    t(L, 'queue.hRank'),
    t(L, 'queue.hCustomer'),
    t(L, 'queue.hType'),
    one ? t(L, 'queue.hOverdueCur', { cur: currencyName(L, one) }) : t(L, 'queue.hOverdue'),
    t(L, 'queue.hDays'),
    t(L, 'queue.hWhy'),
  ];
  const colW = headers.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]))));
  const whyW = Math.min(colW[5], 22);
  const nameW = Math.max(8, Math.min(colW[1], sc.width - (colW[0] + colW[2] + colW[3] + colW[4] + whyW + 2 * 5)));
  for (const r of rows) r[1] = truncate(r[1], nameW);
  return renderTable(
    [
      { header: headers[0], align: 'right' },
      { header: headers[1] },
      { header: headers[2] },
      { header: headers[3], align: 'right' },
      { header: headers[4], align: 'right' },
      { header: headers[5], flex: true, minWidth: 12 },
    ],
    rows,
    { width: sc.width, headerStyle: s.dim },
  )
    .replace(/\n$/, '')
    .split('\n');
}

/** The phrases under a row: the reasons after the first, the next step, promise, amounts held back, whom to ask for. */
function detailPhrases(sc: Screen, q: QueueReport, i: number): string[] {
  const L = sc.lang;
  const e = q.entries[i];
  const a = q.accounts[i];
  const phrases: string[] = [];
  const next = e.nextStep;
  // A due step in full, as "next"; a complete ladder as what to do about it, below.
  for (const r of e.reasons.slice(1)) {
    if (r.code !== 'ladder-complete') phrases.push(r.code === 'step-due' && next ? stepText(next, L, q.asOf) : reasonText(r, L, q.asOf));
  }
  if (next && !e.reasons.some((r) => r.code === 'step-due')) phrases.push(stepText(next, L, q.asOf));
  else if (!next && a.dunning.complete) phrases.push(t(L, 'queue.dComplete'));
  // A promise for part of the overdue amount is said on the row: the rest is what this call is about.
  const promised = a.promiseDue ?? a.promisePending;
  if (promised)
    phrases.push(t(L, 'queue.dPromise', { amount: formatMoney(promised.record.amountMinor, a.currency), date: shortDate(promised.record.dueDate, q.asOf, L) }));
  if (a.disputedMinor > 0) phrases.push(t(L, 'queue.dDisputed', { amount: formatMoney(a.disputedMinor, a.currency) }));
  if (a.onHoldMinor > 0) phrases.push(t(L, 'queue.dHeld', { amount: formatMoney(a.onHoldMinor, a.currency) }));
  if (e.collectibleMinor !== e.overdueMinor) phrases.push(t(L, 'numbers.dCollectible', { amount: formatMoney(e.collectibleMinor, a.currency) }));
  if (e.askFor) phrases.push(t(L, 'queue.dAsk', { who: contactText({ ...e.askFor, mobile: null, isPrimary: 0, isDecisionMaker: 0 }, L) }));
  return phrases;
}

function footerLines(sc: Screen, q: QueueReport, explain: boolean): string[] {
  const L = sc.lang;
  const h = q.hidden;
  const hid: string[] = [];
  if (h.promisePending) hid.push(t(L, 'queue.hidPromise', { n: h.promisePending }));
  if (h.disputed) hid.push(t(L, 'queue.hidDisputed', { n: h.disputed }));
  if (h.onHold) hid.push(t(L, 'queue.hidHold', { n: h.onHold }));
  if (h.capacity) hid.push(t(L, 'queue.hidCapacity', { n: h.capacity }));
  if (h.lowScore) hid.push(t(L, 'queue.hidLow', { n: h.lowScore, score: q.highScore }));
  if (h.nothingOverdue) hid.push(t(L, 'queue.hidNotDue', { n: h.nothingOverdue }));
  const out: string[] = [];
  if (q.fx.missing.length) {
    const [first = ''] = q.fx.missing;
    out.push(...wrapWords(t(L, 'numbers.fxMissing', { base: q.fx.base, list: list(L, q.fx.missing), first }), sc.width, 0));
  }
  if (hid.length) {
    const label = t(L, 'queue.hidden', { list: '' });
    out.push(...wrapPhrases(hid, sc.width, displayWidth(label), label));
  }
  if (q.entries.length) out.push(t(L, explain ? 'queue.nextExplained' : 'queue.next', { code: q.entries[0].customer.code }));
  return out;
}

export function renderQueue(sc: Screen, q: QueueReport, explain: boolean, who?: string): string {
  const L = sc.lang;
  const whoText = who ? t(L, 'queue.whoCollector', { name: who }) : '';
  if (q.withOpenItems === 0) return t(L, 'queue.nothingOpen', { who: whoText }) + '\n';
  const out = [...headerLines(sc, q), ''];
  if (q.entries.length === 0) out.push(t(L, 'queue.nothing', { who: whoText }));
  else {
    const table = tableLines(sc, q);
    out.push(table[0]);
    const indent = displayWidth(t(L, 'queue.hRank')) + 2;
    q.entries.forEach((e, i) => {
      out.push(table[i + 1]);
      for (const line of wrapPhrases(detailPhrases(sc, q, i), sc.width, indent, ' '.repeat(indent))) out.push(sc.style.dim(line));
      if (explain) {
        const [head, ...rest] = t(L, 'queue.score', { score: e.score, parts: explainParts(q.accounts[i].parts, L) }).split(' + ');
        for (const line of wrapPhrases([head, ...rest], sc.width, indent + 2, ' '.repeat(indent), ' + ')) out.push(sc.style.dim(line));
      }
    });
  }
  out.push('', ...footerLines(sc, q, explain));
  return out.join('\n') + '\n';
}

/**
 * The worklist for Excel: headers in the reader's language, codes as words in that language, amounts
 * as plain numbers (ASCII minus, no grouping), formula-like text defused by the one CSV writer.
 */
export function renderQueueCsv(q: QueueReport, L: Lang): string {
  const cols = [
    'rank',
    'code',
    'name',
    'type',
    'grade',
    'currency',
    'overdue',
    'collectible',
    'days',
    'score',
    'reasons',
    'next',
    'nextDue',
    'askFor',
    'phone',
  ] as const;
  return renderCsv(
    cols.map((c) => t(L, `numbers.csv.queue.${c}`)),
    q.entries.map((e) => [
      e.rank,
      e.customer.code,
      e.customer.name,
      typeLabel(L, e.customer.type, 'long'),
      gradeLabel(L, e.customer.grade),
      e.currency,
      formatMoney(e.overdueMinor, e.currency, { grouping: false }),
      formatMoney(e.collectibleMinor, e.currency, { grouping: false }),
      e.daysPastDue,
      e.score,
      e.reasons.map((r) => reasonText(r, L, q.asOf)).join(t(L, 'common.listSep')),
      e.nextStep ? `${e.nextStep.step} ${stepLabel(L, e.nextStep.code)}` : '',
      e.nextStep?.dueOn ?? '',
      e.askFor?.name ?? '',
      e.askFor?.phone ?? '',
    ]),
    { bom: true },
  );
}

/** The --json entries: codes and field names fixed; a `label` in the chosen language beside each code. */
export function queueJson(q: QueueReport, lang: Lang): unknown[] {
  return q.entries.map((e: QueueEntry) => ({
    ...e,
    reasons: e.reasons.map((r) => ({ ...r, label: reasonText(r, lang, q.asOf) })),
    nextStep: e.nextStep ? { ...e.nextStep, label: stepLabel(lang, e.nextStep.code) } : null,
    customer: { ...e.customer, typeLabel: typeLabel(lang, e.customer.type, 'long') },
  }));
}
