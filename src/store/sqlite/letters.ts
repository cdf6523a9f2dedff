// Reading the letters sent: which ladder steps are done, and which letters restart the limitation clock.
import type { Ledger } from './ledger.js';
import type { SentStep, SentDemand, LetterRow, NewLetter, PlanInstalment } from '../port.js';
export type { SentStep, SentDemand, LetterRow, NewLetter, PlanInstalment } from '../port.js';

/**
 * Per customer and currency: the last letter sent (its step and date), the last one sent at all and the
 * last with proof of delivery (evidence) — a demand that restarts the limitation clock. One GROUP BY;
 * the step rides along with the date as `date|step`, so the latest date wins and, on the same day,
 * the higher step.
 */
export async function lastLetters(ledger: Ledger, customerId?: number): Promise<{ steps: SentStep[]; any: SentDemand[]; proved: SentDemand[] }> {
  const one = customerId !== undefined;
  const rows = ledger.db
    .prepare(
      `SELECT customer_id, currency, max(sent_at || '|' || step) AS last,
              max(CASE WHEN coalesce(evidence, '') <> '' THEN sent_at END) AS proved
         FROM letters WHERE sent_at IS NOT NULL AND kind = 'dunning'${one ? ' AND customer_id = @customerId' : ''}
        GROUP BY customer_id, currency`,
    )
    .raw(true)
    .all(one ? { customerId } : {}) as [number, string | null, string, string | null][];
  const steps: SentStep[] = [];
  const any = new Map<number, string>();
  const proved = new Map<number, string>();
  for (const [cid, currency, last, p] of rows) {
    const bar = last.lastIndexOf('|');
    const sentAt = last.slice(0, bar);
    steps.push({ customerId: cid, currency, step: Number(last.slice(bar + 1)), sentAt });
    if (!(any.get(cid)! >= sentAt)) any.set(cid, sentAt);
    if (p && !(proved.get(cid)! >= p)) proved.set(cid, p);
  }
  const list = (m: Map<number, string>) => [...m].map(([customerId, sentAt]) => ({ customerId, sentAt, referenceNo: null }));
  return { steps, any: list(any), proved: list(proved) };
}

export async function customerLetters(ledger: Ledger, customerId: number): Promise<LetterRow[]> {
  return ledger.db
    .prepare(
      `SELECT customer_id AS customerId, step, currency, sent_at AS sentAt, reference_no AS referenceNo, evidence,
              total_minor AS totalMinor, created_at AS createdAt, template, language, kind, format, deadline
         FROM letters WHERE customer_id = @customerId ORDER BY coalesce(sent_at, created_at) DESC, id DESC`,
    )
    .all({ customerId }) as LetterRow[];
}

export async function addLetter(ledger: Ledger, l: NewLetter): Promise<number> {
  return Number(
    ledger.db
      .prepare(
        `INSERT INTO letters (customer_id, step, language, template, reference_no, currency, total_minor, invoices, deadline, file, created_at, sent_at, evidence, kind, format)
         VALUES (@customerId, @step, @language, @template, @referenceNo, @currency, @totalMinor, @invoices, @deadline, @file, @createdAt, @sentAt, @evidence, @kind, @format)`,
      )
      .run({
        customerId: l.customerId,
        step: l.step,
        language: l.language,
        template: l.template,
        referenceNo: l.referenceNo,
        currency: l.currency ?? null,
        totalMinor: l.totalMinor ?? null,
        invoices: l.invoices ? JSON.stringify(l.invoices) : null,
        deadline: l.deadline ?? null,
        file: l.file ?? null,
        createdAt: l.createdAt,
        sentAt: l.sentAt ?? null,
        evidence: l.evidence ?? null,
        kind: l.kind ?? 'dunning',
        format: l.format ?? null,
      }).lastInsertRowid,
  );
}

/**
 * The latest repayment plan of a customer: its instalments (promises sharing plan_id, numbered 1..n),
 * as the call log recorded them. Empty when the customer has none.
 */
export async function latestPlan(ledger: Ledger, customerId: number): Promise<PlanInstalment[]> {
  return ledger.db
    .prepare(
      `SELECT plan_id AS planId, instalment, amount_minor AS amountMinor, currency, due_date AS dueDate, status, contact, created_at AS createdAt
         FROM promises
        WHERE customer_id = @customerId AND plan_id = (SELECT max(plan_id) FROM promises WHERE customer_id = @customerId)
        ORDER BY instalment, due_date, id`,
    )
    .all({ customerId }) as PlanInstalment[];
}
