// The account screen: a labelled block per topic (open, aging, how they pay, contacts, promises,
// disputes; per currency the next step, limitation, score and today's status), a timeline, and the
// open items. Also the --json form (codes with a label beside them).
import { list, paren, t, type Lang } from '../i18n/index.js';
import { formatMoney } from '../core/money.js';
import { moneyText } from './money.js';
import { formatDate } from './dates.js';
import type { AccountReport, AccountScore, TimelineEntry } from '../reports/account.js';
import { renderTable, type Column } from './table.js';
import { displayWidth, padEnd, truncate } from './width.js';
import { wrapPhrases } from './wrap.js';
import { ruleCite } from './limitation.js';
import { bucketLabel, codeLabel, daysText, roleLabel, stepLabel, typeLabel } from './labels.js';
import { explainParts, reasonText, shortDate, stepText } from './phrases.js';
import type { Screen } from './queue.js';
import { assessmentPhrases } from './customers.js';

const LABELS = ['lOpen', 'lAging', 'lPays', 'lContacts', 'lPromises', 'lDisputes', 'lNext', 'lLimitation', 'lScore', 'lToday', 'lTimeline'] as const;
type Label = (typeof LABELS)[number];

/** Lines under a label column as wide as the widest label. */
class Block {
  readonly out: string[] = [];
  readonly lw: number;
  constructor(readonly sc: Screen) {
    this.lw = Math.max(...LABELS.map((k) => displayWidth(t(sc.lang, `account.${k}`)))) + 2;
  }
  line(key: Label, phrases: string[], sep?: string): void {
    if (phrases.length === 0) return;
    const lab = padEnd(t(this.sc.lang, `account.${key}`), this.lw);
    const lines = sep ? wrapPhrases(phrases, this.sc.width, this.lw, lab, sep) : wrapPhrases(phrases, this.sc.width, this.lw, lab);
    lines[0] = this.sc.style.bold(lab) + lines[0].slice(lab.length);
    this.out.push(...lines);
  }
}

/** Payment methods as exports write them ("bank transfer"), in the glossary's words where known. */
export function methodText(method: string, lang: Lang): string {
  if (lang === 'en') return method;
  return codeLabel(lang, 'method', method.trim().toLowerCase().replace(/\s+/g, ' '));
}

function headLines(sc: Screen, v: AccountReport): string[] {
  const L = sc.lang;
  const c = v.customer;
  const phrases = [
    t(L, 'account.headName', { name: c.name, code: c.code }),
    c.grade === null
      ? t(L, 'importS3.headNoGrade', { type: typeLabel(L, c.type, 'long'), strategic: c.strategic ? t(L, 'account.strategic') : '' })
      : t(L, 'account.headType', { type: typeLabel(L, c.type, 'long'), grade: c.grade, strategic: c.strategic ? t(L, 'account.strategic') : '' }),
    t(L, 'account.headCollector', { collector: c.collector ?? t(L, 'account.noCollector') }),
  ];
  if (c.language) phrases.push(t(L, 'account.headLanguage', { language: codeLabel(L, 'language', c.language) }));
  if (v.salespeople.length) phrases.push(t(L, 'kept.headSalesperson', { names: list(L, v.salespeople) }));
  return wrapPhrases(phrases, sc.width, 2).map((x) => sc.style.bold(x));
}

function openPhrases(sc: Screen, v: AccountReport): string[] {
  const L = sc.lang;
  const c = v.customer;
  const open = v.balances.map((b) => {
    // Overdue in the one meaning, then what of it cannot be chased today, then what can.
    let extra = '';
    if (b.disputedMinor) extra += t(L, 'numbers.ofWhichDisputed', { v: formatMoney(b.disputedMinor, b.currency) });
    if (b.onHoldMinor) extra += t(L, 'numbers.ofWhichHeld', { v: formatMoney(b.onHoldMinor, b.currency) });
    if (b.collectibleMinor !== b.overdueMinor) extra += t(L, 'numbers.collectible', { v: formatMoney(b.collectibleMinor, b.currency) });
    return t(L, 'account.openLine', {
      open: moneyText(L, b.openMinor, b.currency),
      overdue: formatMoney(b.overdueMinor, b.currency),
      extra,
    });
  });
  if (open.length === 0) open.push(t(L, 'account.nothingOpen'));
  for (const cr of v.openCredits) open.push(t(L, 'account.credits', { amount: moneyText(L, -cr.openMinor, cr.currency) }));
  for (const oa of v.onAccount) open.push(sc.style.yellow(t(L, 'account.onAccount', { amount: moneyText(L, oa.unallocatedMinor, oa.currency) })));
  if (c.creditLimitMinor != null)
    open.push(t(L, 'account.creditLimit', { v: formatMoney(c.creditLimitMinor, c.currency ?? v.balances[0]?.currency ?? 'CNY') }));
  open.push(termsPhrase(L, v));
  return open;
}

/**
 * The customer's terms; without them, the terms the invoices carry (which set their due dates), and
 * only when neither is known the ledger's default — so "(default)" is never shown for invoices aged
 * on their own terms.
 */
function termsPhrase(L: Lang, v: AccountReport): string {
  const days = v.customer.termsDays;
  if (days != null) return t(L, 'account.terms', { n: daysText(L, days) });
  if (v.invoiceTerms.length) {
    const shown = v.invoiceTerms
      .slice(0, 3)
      .map((x) => (x.days === null ? x.text : x.monthEnd ? t(L, 'account.termsMonthEnd', { n: x.days }) : t(L, 'account.termsPlainDays', { n: x.days })));
    return t(L, 'account.termsInvoices', { terms: list(L, shown), more: v.invoiceTerms.length > 3 ? t(L, 'account.termsMore') : '' });
  }
  return t(L, 'account.termsDefault', { n: daysText(L, v.defaultTermsDays) });
}

/** One aging line per currency: the buckets that hold something. */
function agingBlock(b: Block, v: AccountReport): void {
  const L = b.sc.lang;
  for (const a of v.aging.byCurrency) {
    const held = v.aging.buckets.filter((k) => a.byBucket[k.key] !== 0).map((k) => `${bucketLabel(L, k)} ${formatMoney(a.byBucket[k.key], a.currency)}`);
    if (held.length === 0) held.push(`${v.aging.buckets[0] ? bucketLabel(L, v.aging.buckets[0]) : ''} ${formatMoney(0, a.currency)}`.trim());
    if (v.aging.byCurrency.length > 1) held[0] = `${a.currency} ${held[0]}`;
    b.line('lAging', held);
  }
}

function paysPhrases(L: Lang, v: AccountReport): string[] {
  const p = v.paymentProcess;
  const pays: string[] = [];
  if (p.paymentRunDays) pays.push(t(L, 'account.payRun', { days: p.paymentRunDays }));
  if (p.approvalChain) pays.push(t(L, 'account.approval', { v: p.approvalChain }));
  if (p.documentsRequired) pays.push(t(L, 'account.docs', { v: p.documentsRequired }));
  if (p.avgDaysBeyondTerms !== null) pays.push(t(L, 'account.behaviour', { n: daysText(L, p.avgDaysBeyondTerms), w: p.windowDays }));
  return pays.length ? pays : [t(L, 'account.nothingKnown')];
}

function contactPhrases(L: Lang, v: AccountReport): string[] {
  if (v.contacts.length === 0) return [t(L, 'account.noContacts')];
  return v.contacts.map((x) => {
    const role = x.role ? roleLabel(L, x.role) : null;
    const tags: string[] = [];
    for (const tag of [
      x.title || role,
      x.isDecisionMaker && x.role !== 'decision-maker' ? t(L, 'account.dm') : null,
      x.isPrimary ? t(L, 'account.primary') : null,
    ]) {
      if (tag && !tags.some((u) => u.toLowerCase() === tag.toLowerCase())) tags.push(tag);
    }
    const how = [x.mobile, x.phone, x.email, x.wechat ? `${codeLabel(L, 'channel', 'wechat')} ${x.wechat}` : null].filter(Boolean)[0] ?? '';
    return `${x.name}${tags.length ? paren(L, tags.join(t(L, 'account.tagSep'))) : ''}${how ? ' ' + how : ''}`;
  });
}

function promisePhrases(sc: Screen, v: AccountReport): string[] {
  const L = sc.lang;
  const proms = v.promises.slice(0, 4).map((x) => {
    const text = t(L, 'account.promiseLine', {
      amount: moneyText(L, x.amountMinor, x.currency),
      date: shortDate(x.dueDate, v.asOf, L),
      status: codeLabel(L, 'status', x.status),
    });
    return x.status === 'broken' || x.status === 'partial' ? sc.style.red(text) : x.status === 'pending' ? sc.style.yellow(text) : text;
  });
  if (v.keptRate.decided) proms.push(t(L, 'account.keptRate', v.keptRate));
  return proms.length ? proms : [t(L, 'account.none2')];
}

function disputePhrases(L: Lang, v: AccountReport): string[] {
  const disp = v.disputes
    .filter((d) => d.status === 'open')
    .map((d) =>
      t(L, 'account.disputeLine', {
        inv: d.invoiceNumber ?? t(L, 'account.wholeAccount'),
        amount: moneyText(L, d.amountMinor, d.currency),
        reason: codeLabel(L, 'disputeReason', d.reason),
        status: codeLabel(L, 'status', d.status),
        date: shortDate(d.openedAt.slice(0, 10), v.asOf, L),
      }),
    );
  return disp.length ? disp : [t(L, 'account.none2')];
}

/** The deadline and what last restarted it, then the rule: place, statute and article, period. */
function limitationText(sc: Screen, lim: NonNullable<AccountScore['limitation']>, pre: string): string[] {
  const L = sc.lang;
  if (lim.jurisdiction === null || !lim.deadline || lim.daysLeft === null || !lim.since || !lim.rule)
    return [sc.style.magenta(pre + t(L, 'limitation.notSet')), t(L, 'limitation.notSetHint')];
  const since =
    lim.since.kind === 'default'
      ? t(L, 'account.limDefault', { inv: lim.invoice || '—' })
      : t(L, 'account.limEvent', {
          kind: codeLabel(L, 'limitationKind', lim.since.kind),
          date: formatDate(lim.since.at, L) + (lim.since.ref ? ` ${lim.since.ref}` : ''),
        });
  const text =
    lim.level === 'expired'
      ? t(L, 'account.limExpired', { date: formatDate(lim.deadline, L), since })
      : t(L, 'account.limRuns', { date: formatDate(lim.deadline, L), days: daysText(L, lim.daysLeft), since });
  const styled = lim.level === 'expired' ? sc.style.red.bold(pre + text) : typeof lim.level === 'number' ? sc.style.magenta(pre + text) : pre + text;
  return [styled, ruleCite(L, { jurisdiction: lim.jurisdiction, rule: lim.rule })];
}

/** Per currency: the next step, the limitation, the score and why, and whether it is on today's list. */
function scoreBlock(b: Block, v: AccountReport, sc: AccountScore, multi: boolean): void {
  const L = b.sc.lang;
  const today = v.asOf;
  const pre = multi ? `${sc.currency} ` : '';
  const next: string[] = [];
  if (sc.nextStep) next.push(pre + stepText(sc.nextStep, L, today).replace(/^[^:：]*[:：]\s*/, ''));
  else next.push(pre + t(L, sc.ladderComplete ? 'account.nextComplete' : 'account.nextNone'));
  if (sc.lastStep)
    next.push(t(L, 'account.lastStep', { step: sc.lastStep.step, label: stepLabel(L, sc.lastStep.code), date: shortDate(sc.lastStep.date, today, L) }));
  b.line('lNext', next);
  b.line('lLimitation', sc.limitation ? limitationText(b.sc, sc.limitation, pre) : [pre + t(L, 'account.limNone')]);
  const [head, ...rest] = `${pre}${sc.score} = ${explainParts(sc.factors, L)}`.split(' + ');
  b.line('lScore', [head, ...rest], ' + ');
  if (sc.hidden) {
    const why = sc.hidden === 'low-score' ? t(L, 'glossary.hidden.low-score', { n: v.highScore }) : codeLabel(L, 'hidden', sc.hidden);
    b.line('lToday', [pre + t(L, 'account.hidden', { why })]);
  } else {
    const rs = sc.reasons.map((r) => reasonText(r, L, today));
    b.line('lToday', [pre + t(L, 'account.onList', { why: rs[0] ?? '' }), ...rs.slice(1)]);
  }
}

/** A timeline entry as a line: what happened, in the glossary's words. */
export function timelineText(e: TimelineEntry, L: Lang, today: string): string {
  const money = (minor: number, cur: string) => moneyText(L, minor, cur);
  switch (e.kind) {
    case 'import':
      return e.data.invoices === 1 ? t(L, 'account.tImport1', { file: e.data.file }) : t(L, 'account.tImport', { file: e.data.file, n: e.data.invoices });
    case 'payment':
      return t(L, 'account.tPayment', { amount: money(e.data.amountMinor, e.data.currency) }) + (e.data.method ? paren(L, methodText(e.data.method, L)) : '');
    case 'activity': {
      const parts = [e.data.channel && codeLabel(L, 'channel', e.data.channel), e.data.outcome && codeLabel(L, 'outcome', e.data.outcome)].filter(Boolean);
      let text = parts.join(t(L, 'account.kindSep'));
      if (e.data.note) text += (text ? ' — ' : '') + e.data.note;
      if (e.data.nextActionAt) text += ` (${t(L, 'account.tNext', { date: shortDate(e.data.nextActionAt, today, L) })})`;
      return text;
    }
    case 'letter':
      if (e.data.stepCode === 'statement' || e.data.stepCode === 'plan') return t(L, `letters.timeline.${e.data.stepCode}`, { ref: e.data.ref });
      return e.data.sent
        ? t(L, 'account.tLetter', { step: e.data.step, label: stepLabel(L, e.data.stepCode), ref: e.data.ref })
        : t(L, 'account.tLetterDraft', { step: e.data.step, ref: e.data.ref });
    case 'promise':
      return (
        t(L, 'account.tPromise', { amount: money(e.data.amountMinor, e.data.currency), date: shortDate(e.data.dueDate, today, L) }) +
        ` — ${codeLabel(L, 'status', e.data.status)}`
      );
    case 'dispute':
      return t(L, 'account.tDispute', {
        inv: e.data.invoice ?? t(L, 'account.wholeAccount'),
        amount: money(e.data.amountMinor, e.data.currency),
        reason: codeLabel(L, 'disputeReason', e.data.reason),
      });
    case 'dispute-resolved':
      return t(L, 'account.tDisputeResolved', { inv: e.data.invoice ?? t(L, 'account.wholeAccount') });
  }
}

function timelineBlock(b: Block, v: AccountReport): void {
  const { lang: L, width: W, style: s } = b.sc;
  const tl = v.timeline.slice(0, 8).map((e) => `${shortDate(e.date, v.asOf, L)} ${timelineText(e, L, v.asOf)}`);
  if (tl.length === 0) {
    b.line('lTimeline', [t(L, 'account.nothingYet')]);
    return;
  }
  b.out.push(s.bold(padEnd(t(L, 'account.lTimeline'), b.lw)) + truncate(tl[0], W - b.lw));
  for (const x of tl.slice(1)) b.out.push(' '.repeat(b.lw) + truncate(x, W - b.lw));
}

function invoiceLines(sc: Screen, v: AccountReport): string[] {
  const { lang: L, style: s } = sc;
  if (v.invoices.length === 0) return [];
  const shown = v.invoices.slice(0, 20);
  const multiCur = new Set(v.invoices.map((i) => i.currency)).size > 1;
  const notes = shown.map((i) => {
    const n: string[] = [];
    if (i.kind === 'credit_note') n.push(t(L, 'account.credit'));
    if (i.disputedMinor) n.push(t(L, 'account.disputedNote', { v: formatMoney(i.disputedMinor, i.currency) }));
    if (i.holdUntil && i.holdUntil > v.asOf) n.push(t(L, 'account.heldNote', { date: shortDate(i.holdUntil, v.asOf, L) }));
    if (!i.dueDate && i.kind === 'invoice') n.push(t(L, 'account.noDue'));
    return n;
  });
  const rows = shown.map((i) => {
    const days = i.daysPastDue > 0 ? String(i.daysPastDue) : '';
    return [
      i.number,
      i.issueDate ? formatDate(i.issueDate, L) : '',
      i.dueDate ? formatDate(i.dueDate, L) : '',
      i.daysPastDue > 90 ? s.red(days) : i.daysPastDue > 30 ? s.yellow(days) : days,
      multiCur ? moneyText(L, i.openMinor, i.currency) : formatMoney(i.openMinor, i.currency),
    ];
  });
  const columns: Column[] = [
    { header: t(L, 'account.hNumber') },
    { header: t(L, 'account.hIssued') },
    { header: t(L, 'account.hDue') },
    { header: t(L, 'account.hDays'), align: 'right' },
    { header: t(L, 'account.hOpen'), align: 'right' },
    { header: t(L, 'account.hNote'), flex: true, minWidth: 8 },
  ];
  const refs = shown.map((i) => referencesOf(L, i));
  // The PO and job go in the note column when every row's fit there, else each on a line of its own.
  const noteWidth =
    sc.width - columns.slice(0, 5).reduce((a, c, k) => a + Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[k] ?? ''))) + 2, 0);
  const full = notes.map((n, k) => [...n, ...(refs[k] ? [refs[k]] : [])].join(t(L, 'account.tagSep')));
  const inline = full.every((n) => displayWidth(n) <= noteWidth);
  const body = rows.map((r, k) => [...r, inline ? (full[k] ?? '') : (notes[k] ?? []).join(t(L, 'account.tagSep'))]);
  const lines = renderTable(columns, body, { width: sc.width, headerStyle: s.dim }).replace(/\n$/, '').split('\n');
  const out = ['', s.bold(t(L, 'account.lInvoices')), ...(inline ? lines : withReferences(sc, lines, refs))];
  if (v.invoices.length > shown.length) out.push(s.dim(t(L, 'account.moreInvoices', { n: v.invoices.length - shown.length })));
  return out;
}

/** "PO 4500012345 · job Warehouse 2": what accounts payable ask for, and where the goods went. */
function referencesOf(L: Lang, i: AccountReport['invoices'][number]): string {
  const refs = [i.po ? t(L, 'kept.poNote', { po: i.po }) : '', i.job ? t(L, 'kept.jobNote', { job: i.job }) : ''].filter(Boolean);
  return refs.join(' · ');
}

/**
 * Each open item's PO and job on a line under it, when they do not fit the note column: they must
 * never be cut (the table draws one line per row, after its header).
 */
function withReferences(sc: Screen, lines: string[], refs: string[]): string[] {
  const out = lines.slice(0, 1);
  refs.forEach((r, k) => {
    out.push(lines[k + 1] ?? '');
    if (r) out.push(sc.style.dim(truncate(`  ${r}`, sc.width)));
  });
  return out;
}

export function renderAccount(sc: Screen, v: AccountReport): string {
  const L = sc.lang;
  const b = new Block(sc);
  b.out.push(...headLines(sc, v));
  b.line('lOpen', openPhrases(sc, v));
  agingBlock(b, v);
  b.line('lPays', paysPhrases(L, v));
  b.line('lContacts', contactPhrases(L, v));
  b.line('lPromises', promisePhrases(sc, v));
  b.line('lDisputes', disputePhrases(L, v));
  // The assessment of ability and willingness to pay (issue 10), under a label of its own section.
  const lab = padEnd(t(L, 'customers.lAssessment'), b.lw);
  b.out.push(
    ...wrapPhrases(assessmentPhrases(L, v.assessment, v.customer.type), sc.width, b.lw, lab).map((x, i) =>
      i === 0 ? sc.style.bold(lab) + x.slice(lab.length) : x,
    ),
  );
  for (const s of v.scores) scoreBlock(b, v, s, v.scores.length > 1);
  timelineBlock(b, v);
  b.out.push(...invoiceLines(sc, v));
  return b.out.join('\n') + '\n';
}

/** The --json object: codes and field names fixed; labels in the chosen language beside them. */
export function accountJson(v: AccountReport, L: Lang): unknown {
  return {
    ...v,
    aging: { ...v.aging, buckets: v.aging.buckets.map((k) => ({ key: k.key, label: bucketLabel(L, k) })) },
    scores: v.scores.map((s) => ({
      ...s,
      reasons: s.reasons.map((r) => ({ ...r, label: reasonText(r, L, v.asOf) })),
      nextStep: s.nextStep ? { ...s.nextStep, label: stepLabel(L, s.nextStep.code) } : null,
    })),
    timeline: v.timeline.map((e) => ({ ...e, label: timelineText(e, L, v.asOf) })),
  };
}
