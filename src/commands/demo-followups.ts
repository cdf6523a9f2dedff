// The demo book's promises, disputes, contact log and letters already sent. These are not import kinds (a collector records
// them with `ar log`, `ar promises`, `ar disputes`), so the demo reads its own CSVs for them.
import fs from 'node:fs';
import path from 'node:path';
import type { LedgerStore } from '../store/port.js';
import { parseMoney } from '../core/money.js';

type Row = Record<string, string>;

async function readCsv(file: string): Promise<Row[]> {
  const { parse } = await import('csv-parse/sync');
  return parse(fs.readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Row[];
}

function money(text: string, currency: string, where: string): number {
  const p = parseMoney(text, { currency });
  if (p.kind !== 'ok') throw new Error(`demo book: bad amount "${text}" in ${where}`);
  return p.minor;
}

export async function loadDemoFollowUps(
  store: LedgerStore,
  dir: string,
  now: string,
): Promise<{ promises: number; disputes: number; activities: number; letters: number }> {
  const idOf = async (code: string, where: string) => {
    const found = await store.customers.find(code);
    if (!found.customer) throw new Error(`demo book: unknown customer ${code} in ${where}`);
    return found.customer.id;
  };
  const promises = await readCsv(path.join(dir, 'promises.csv'));
  const disputes = await readCsv(path.join(dir, 'disputes.csv'));
  const activities = await readCsv(path.join(dir, 'activities.csv'));
  const letters = await readCsv(path.join(dir, 'letters.csv'));
  await store.transaction(async (tx) => {
    for (const [i, p] of promises.entries()) {
      const where = `promises.csv row ${i + 2}`;
      await tx.promises.add({
        customerId: await idOf(p.customer_code, where),
        amountMinor: money(p.amount, p.currency, where),
        currency: p.currency,
        dueDate: p.due_date,
        method: p.method || null,
        payer: p.payer || null,
        // Past outcomes are history; a pending promise is judged by the engine from the payments.
        status: (p.status || 'pending') as 'pending',
        resolvedAt: p.status && p.status !== 'pending' ? p.due_date : null,
        createdAt: p.created,
      });
    }
    for (const [i, d] of disputes.entries()) {
      const where = `disputes.csv row ${i + 2}`;
      const id = await tx.disputes.add({
        customerId: await idOf(d.customer_code, where),
        invoiceNumber: d.invoice || null,
        amountMinor: money(d.amount, d.currency, where),
        currency: d.currency,
        reason: d.reason,
        status: (d.status || 'open') as 'open',
        openedAt: d.opened_at,
        resolvedAt: d.status === 'resolved' ? d.opened_at : null,
        note: d.note || null,
        createdAt: now,
      });
      if (id === null) throw new Error(`demo book: unknown invoice ${d.invoice} in ${where}`);
    }
    for (const [i, a] of activities.entries()) {
      const where = `activities.csv row ${i + 2}`;
      await tx.activities.add({
        customerId: await idOf(a.customer_code, where),
        at: a.at,
        channel: a.channel || null,
        outcome: a.outcome || null,
        note: a.note || null,
        collector: a.collector || null,
        nextActionAt: a.next_action_at || null,
        createdAt: now,
      });
    }
    for (const [i, l] of letters.entries()) {
      await tx.letters.add({
        customerId: await idOf(l.customer_code, `letters.csv row ${i + 2}`),
        step: Number(l.step),
        language: l.language,
        template: `step-${l.step}`,
        referenceNo: l.reference_no,
        currency: l.currency || null,
        createdAt: l.sent_at,
        sentAt: l.sent_at,
        evidence: l.evidence || null,
      });
    }
  });
  return { promises: promises.length, disputes: disputes.length, activities: activities.length, letters: letters.length };
}
