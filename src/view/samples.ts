// Sample facts for `ar templates check` and the template tests: every customer type at every phase
// of the ladder, with every optional fact present in some samples and absent in others (a template
// that prints an absent fact without `{{#if}}` fails the check). Shapes are the reports' own types.
import { sampleData as letterSample } from '../reports/letter-sample.js';
import { CUSTOMER_TYPES, type CustomerType } from '../core/priority.js';
import type { Phase, ScriptFacts, VisitFacts } from '../reports/script.js';
import type { Lang, Msg } from '../i18n/index.js';
import { TemplateError, type Templates } from './templates.js';

const PHASES: { phase: Phase; step: number | null; code: string | null }[] = [
  { phase: 'friendly', step: null, code: null },
  { phase: 'friendly', step: 1, code: 'reminder' },
  { phase: 'notice', step: 2, code: 'first-notice' },
  { phase: 'demand', step: 3, code: 'formal-demand' },
  { phase: 'final', step: 4, code: 'final-demand' },
  { phase: 'final', step: 5, code: 'pre-legal' },
];

function sample(type: CustomerType | null, p: (typeof PHASES)[number], full: boolean): ScriptFacts {
  const currency = full ? 'CNY' : 'USD';
  const plan = full
    ? {
        count: 3,
        everyDays: 30,
        instalments: [
          { amountMinor: 400_002, dueDate: '2026-12-07' },
          { amountMinor: 400_000, dueDate: '2027-01-06' },
          { amountMinor: 400_000, dueDate: '2027-02-05' },
        ],
      }
    : null;
  return {
    asOf: '2026-11-30',
    customer: {
      code: 'C0001',
      name: full ? '华东精密机械有限公司' : 'Acme & Sons <Ltd>',
      type,
      scriptType: type ?? 'oversight',
      unclassified: type === null,
      grade: type === null ? null : 'C',
      strategic: full,
      collector: full ? '张伟' : null,
      paymentRunDays: full ? '25' : null,
      approvalChain: full ? '财务经理 → 总经理' : null,
      documentsRequired: full ? '签收单、增值税专用发票' : null,
    },
    askFor: full ? { name: '王芳', role: 'ap-clerk', title: '出纳', phone: '138-0000-0000', email: null, why: 'made-last-promise' } : null,
    escalateTo: full ? { name: '张总', role: 'decision-maker', title: null, phone: null, email: null } : null,
    currency,
    // The bare sample has nothing collectible overdue (all disputed): the other branch of each template.
    overdueMinor: full ? 1_200_002 : 0,
    openMinor: 1_500_000,
    disputedMinor: full ? 100_000 : 1_200_002,
    daysPastDue: 108,
    otherBalances: full ? [{ currency: 'USD', overdueMinor: 50_000 }] : [],
    invoices: [
      { number: 'INV-1001', issueDate: '2026-07-15', dueDate: '2026-08-14', daysPastDue: 108, openMinor: 700_002, po: full ? 'PO-77' : null, disputed: full },
      { number: 'INV-1021', issueDate: null, dueDate: null, daysPastDue: 51, openMinor: 500_000, po: null, disputed: false },
    ],
    lastPromise: full
      ? {
          amountMinor: 450_000,
          currency,
          dueDate: '2026-11-29',
          madeOn: '2026-11-20',
          status: p.phase === 'notice' ? 'partial' : 'broken',
          paidMinor: p.phase === 'notice' ? 100_000 : 0,
          payer: '王芳',
          method: '银行转账',
        }
      : null,
    step: {
      phase: p.phase,
      current: p.step === null ? null : { step: p.step, code: p.code ?? '', sent: full },
      lastSent: full && p.step !== null ? { step: p.step, code: p.code ?? '', date: '2026-11-02' } : null,
      next: p.step === 5 ? null : { step: (p.step ?? 0) + 1, code: 'formal-demand', dueOn: full ? '2026-12-07' : null, due: !full },
      ladderComplete: p.step === 5,
    },
    ability: full
      ? {
          low: true,
          signals: ['partly-paid-invoices', 'partial-promises', 'broken-promises', 'pays-late', 'over-credit-limit'].map((code, i) => ({ code, value: i + 1 })),
        }
      : { low: false, signals: [] },
    objections: ['no-invoice', 'already-paid', 'approval-queue', 'cash-tight', 'dispute', 'call-back-later', 'not-responsible', 'wait-for-customer'],
    ask: { amountMinor: full ? 1_200_002 : 0, currency, by: '2026-12-03', method: full ? '银行转账' : null, payer: full ? '王芳' : null },
    plan,
  };
}

/** Call-script samples for one template (a type): every phase, with all facts and with the fewest. */
export function scriptSamples(name: string): ScriptFacts[] {
  const type = (CUSTOMER_TYPES as string[]).includes(name) ? (name as CustomerType) : null;
  const out: ScriptFacts[] = [];
  for (const p of PHASES) for (const full of [true, false]) out.push(sample(type, p, full));
  if (type === 'oversight') out.push(sample(null, PHASES[0]!, false), sample(null, PHASES[3]!, true));
  return out;
}

/** Visit-brief samples: a full and a bare case for every type. */
export function visitSamples(): VisitFacts[] {
  return CUSTOMER_TYPES.flatMap((type) =>
    [true, false].map((full) => ({
      ...sample(full ? type : null, PHASES[4]!, full),
      agenda: ['reconcile-statement', 'map-approval-chain', 'assess-ability', 'sign-acknowledgement'],
      documents: ['statement', 'invoice-copies', 'delivery-notes', 'contract', 'plan-draft'],
      secure: ['payment', 'signed-statement', 'signed-plan', 'signed-acknowledgement'],
    })),
  );
}

/** Sample data per template area: what `ar templates check` renders each template against. */
export type SampleProvider = (name: string, lang: Lang) => object[];

export const SAMPLES: Record<string, SampleProvider> = {
  scripts: scriptSamples,
  visit: () => visitSamples(),
  // Letters, statements and repayment agreements: one filled-in letter per template, in its language.
  letters: (name, lang) => [letterSample('letters', name, lang)],
};

/** The samples for a template of an area; null when no provider knows the area. */
export function sampleData(area: string, name: string, lang: Lang = 'en'): object[] | null {
  const provider = Object.hasOwn(SAMPLES, area) ? SAMPLES[area] : undefined;
  return provider ? provider(name, lang) : null;
}

export interface CheckResult {
  id: string;
  lang: Lang;
  area: string;
  /** 'ok' rendered every sample; 'compiled' no samples for the area, compiled only; 'failed' see error. */
  status: 'ok' | 'compiled' | 'failed';
  error: Msg | null;
  renders: number;
}

/** A fact the template names that a sample does not carry is expected when no sample data exists. */
const MISSING = new Set(['tpl.missing', 'tpl.empty', 'tpl.badMoney', 'tpl.badDate']);

/**
 * Compile every template (not partials: they compile with the templates that use them) and render it
 * against the area's samples in its language; the html variant as HTML. Strict rendering is the check
 * for empty placeholders: a missing or empty value is an error naming template, variable and line.
 */
export function checkTemplates(tpl: Templates, area?: string): CheckResult[] {
  const out: CheckResult[] = [];
  for (const t of tpl.list()) {
    if (t.partial || (area && t.area !== area)) continue;
    const samples = sampleData(t.area, t.name, t.lang);
    const opts = { variant: t.variant, format: t.variant === 'html' ? ('html' as const) : ('text' as const) };
    const base = { id: t.id, lang: t.lang, area: t.area };
    try {
      for (const data of samples ?? [{}]) tpl.render(t.area, t.lang, t.name, data, opts);
      out.push({ ...base, status: samples ? 'ok' : 'compiled', error: null, renders: samples?.length ?? 0 });
    } catch (e) {
      const error =
        e instanceof TemplateError && 'key' in e.text ? e.text : { key: 'tpl.failed' as const, params: { id: t.id, detail: String((e as Error).message) } };
      const compiled = !samples && e instanceof TemplateError && MISSING.has(error.key);
      out.push({ ...base, status: compiled ? 'compiled' : 'failed', error: compiled ? null : error, renders: 0 });
    }
  }
  return out;
}
