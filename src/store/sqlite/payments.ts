// Payments and their allocations to invoices. A payment is identified by (customer, reference).
// Parts that name an invoice go to it (never beyond its open amount); parts that name none, and the
// customer's open credit notes, are settled afterwards in date order against the oldest open
// invoices in the same currency. What is left stays on the payment as unallocated (on account).
import type { Ledger } from './ledger.js';
import type { PaymentInput, PaymentWarning } from '../port.js';
export type { PaymentInput, PaymentWarning } from '../port.js';

interface PoolItem {
  kind: 'payment' | 'credit';
  id: number;
  customerId: number;
  currency: string;
  date: string;
  amountMinor: number;
  order: number;
}

export class PaymentWriter {
  private pool: PoolItem[] = [];
  private customers = new Set<number>();
  private touched = new Set<number>();
  private order = 0;
  private db;

  constructor(
    ledger: Ledger,
    private batchId: number,
    private now: string,
  ) {
    this.db = ledger.db;
  }

  write(p: PaymentInput): { outcome: 'imported' | 'updated' | 'unchanged'; warnings: PaymentWarning[] } {
    this.customers.add(p.customerId);
    const saved = this.upsert(p);
    if (saved.outcome === 'unchanged') return { outcome: 'unchanged', warnings: [] };
    this.touched.add(saved.id);
    const warnings = this.allocateParts(p, saved.id);
    this.refreshUnallocated(saved.id);
    return { outcome: saved.outcome, warnings };
  }

  /** Insert the payment, or update it when an earlier export listed it with other figures (its allocations undone first). */
  private upsert(p: PaymentInput): { outcome: 'imported' | 'updated' | 'unchanged'; id: number } {
    const db = this.db;
    const ex = db
      .prepare(
        `SELECT id, received_date AS date, currency, amount_minor AS amount, method, note FROM payments
          WHERE customer_id = @customerId AND reference = @reference`,
      )
      .get({ customerId: p.customerId, reference: p.reference }) as
      | { id: number; date: string; currency: string; amount: number; method: string | null; note: string | null }
      | undefined;
    let id: number;
    let outcome: 'imported' | 'updated' | 'unchanged';
    if (ex) {
      const same =
        ex.date === p.date &&
        ex.currency === p.currency &&
        ex.amount === p.amountMinor &&
        (p.method === undefined || ex.method === p.method) &&
        (p.note === undefined || ex.note === p.note) &&
        p.parts.every((part) => !part.invoice || this.hasAllocation(ex.id, p.customerId, part.invoice));
      if (same) return { outcome: 'unchanged', id: ex.id };
      this.reverse(ex.id);
      db.prepare(
        `UPDATE payments SET received_date = @date, currency = @currency, amount_minor = @amount, unallocated_minor = @amount,
           method = coalesce(@method, method), note = coalesce(@note, note), source = coalesce(@source, source), batch_id = @batchId
         WHERE id = @id`,
      ).run({
        id: ex.id,
        date: p.date,
        currency: p.currency,
        amount: p.amountMinor,
        method: p.method ?? null,
        note: p.note ?? null,
        source: p.source,
        batchId: this.batchId,
      });
      id = ex.id;
      outcome = 'updated';
    } else {
      const info = db
        .prepare(
          `INSERT INTO payments (customer_id, source, reference, received_date, currency, amount_minor, unallocated_minor, method, note, batch_id, created_at)
           VALUES (@customerId, @source, @reference, @date, @currency, @amount, @amount, @method, @note, @batchId, @now)`,
        )
        .run({
          customerId: p.customerId,
          source: p.source,
          reference: p.reference,
          date: p.date,
          currency: p.currency,
          amount: p.amountMinor,
          method: p.method ?? null,
          note: p.note ?? null,
          batchId: this.batchId,
          now: this.now,
        });
      id = Number(info.lastInsertRowid);
      outcome = 'imported';
    }
    return { outcome, id };
  }

  /** Parts that name an invoice go to it now; the others wait in the pool for settle(). */
  private allocateParts(p: PaymentInput, id: number): PaymentWarning[] {
    const db = this.db;
    const warnings: PaymentWarning[] = [];
    for (const part of p.parts) {
      if (!part.invoice) {
        this.pool.push({
          kind: 'payment',
          id,
          customerId: p.customerId,
          currency: p.currency,
          date: p.date,
          amountMinor: part.amountMinor,
          order: this.order++,
        });
        continue;
      }
      const inv = db
        .prepare(
          `SELECT id, kind, currency, open_minor AS open, status FROM invoices WHERE customer_id = @customerId AND number = @number ORDER BY kind = 'invoice' DESC LIMIT 1`,
        )
        .get({ customerId: p.customerId, number: part.invoice }) as { id: number; kind: string; currency: string; open: number; status: string } | undefined;
      if (!inv) {
        warnings.push({ kind: 'unknown-invoice', reference: p.reference, invoice: part.invoice, line: part.line });
        continue;
      }
      if (inv.kind !== 'invoice') {
        warnings.push({ kind: 'not-an-invoice', reference: p.reference, invoice: part.invoice, line: part.line });
        continue;
      }
      if (inv.currency !== p.currency) {
        warnings.push({ kind: 'currency-mismatch', reference: p.reference, invoice: part.invoice, line: part.line, invoiceCurrency: inv.currency });
        continue;
      }
      const amount = inv.status === 'written_off' ? 0 : Math.min(part.amountMinor, Math.max(inv.open, 0));
      if (amount > 0) this.allocate(id, inv.id, amount, p.date, 'payment');
      if (amount < part.amountMinor) {
        warnings.push({
          kind: 'over-allocated',
          reference: p.reference,
          invoice: part.invoice,
          line: part.line,
          leftoverMinor: part.amountMinor - amount,
          currency: p.currency,
        });
      }
    }
    return warnings;
  }

  private hasAllocation(paymentId: number, customerId: number, number: string): boolean {
    const inv = this.db
      .prepare(`SELECT id FROM invoices WHERE customer_id = @customerId AND number = @number AND kind = 'invoice'`)
      .pluck()
      .get({ customerId, number }) as number | undefined;
    if (inv === undefined) return true; // nothing to allocate to, then or now
    return this.db.prepare(`SELECT 1 FROM allocations WHERE payment_id = @paymentId AND invoice_id = @inv`).pluck().get({ paymentId, inv }) !== undefined;
  }

  /** Undo a payment's allocations (before it is re-applied with new figures). */
  private reverse(paymentId: number): void {
    const allocs = this.db
      .prepare(`SELECT invoice_id AS invoiceId, amount_minor AS amount FROM allocations WHERE payment_id = @paymentId`)
      .all({ paymentId }) as {
      invoiceId: number;
      amount: number;
    }[];
    const reopen = this.db.prepare(
      `UPDATE invoices SET open_minor = open_minor + @amount,
         status = CASE WHEN status = 'closed' AND closed_by = 'payment' THEN 'open' ELSE status END,
         closed_at = CASE WHEN status = 'closed' AND closed_by = 'payment' THEN NULL ELSE closed_at END,
         closed_by = CASE WHEN status = 'closed' AND closed_by = 'payment' THEN NULL ELSE closed_by END,
         updated_at = @now
       WHERE id = @invoiceId`,
    );
    for (const a of allocs) reopen.run({ invoiceId: a.invoiceId, amount: a.amount, now: this.now });
    this.db.prepare(`DELETE FROM allocations WHERE payment_id = @paymentId`).run({ paymentId });
  }

  private allocate(paymentId: number, invoiceId: number, amount: number, date: string, by: 'payment' | 'credit'): void {
    if (by === 'payment') {
      this.db
        .prepare(
          `INSERT INTO allocations (payment_id, invoice_id, amount_minor) VALUES (@paymentId, @invoiceId, @amount)
           ON CONFLICT (payment_id, invoice_id) DO UPDATE SET amount_minor = allocations.amount_minor + excluded.amount_minor`,
        )
        .run({ paymentId, invoiceId, amount });
    }
    this.db
      .prepare(
        `UPDATE invoices SET open_minor = open_minor - @amount,
           status = CASE WHEN open_minor - @amount = 0 THEN 'closed' ELSE status END,
           closed_at = CASE WHEN open_minor - @amount = 0 THEN @date ELSE closed_at END,
           closed_by = CASE WHEN open_minor - @amount = 0 THEN @by ELSE closed_by END,
           updated_at = @now
         WHERE id = @invoiceId`,
      )
      .run({ invoiceId, amount, date, by, now: this.now });
  }

  private refreshUnallocated(paymentId: number): void {
    this.db
      .prepare(
        `UPDATE payments SET unallocated_minor = amount_minor - coalesce((SELECT sum(amount_minor) FROM allocations WHERE payment_id = @paymentId), 0)
          WHERE id = @paymentId`,
      )
      .run({ paymentId });
  }

  /**
   * Settle the parts that named no invoice and the open credit notes of the customers in this
   * file, in date order (payments before credit notes on the same day), oldest invoice first.
   */
  settle(): PaymentWarning[] {
    const db = this.db;
    const warnings: PaymentWarning[] = [];
    const credits = db.prepare(
      `SELECT id, currency, coalesce(issue_date, due_date) AS date, open_minor AS open FROM invoices
        WHERE customer_id = @customerId AND kind = 'credit_note' AND status = 'open' AND open_minor < 0
        ORDER BY coalesce(issue_date, due_date), number`,
    );
    for (const customerId of this.customers) {
      for (const c of credits.all({ customerId }) as { id: number; currency: string; date: string | null; open: number }[]) {
        this.pool.push({ kind: 'credit', id: c.id, customerId, currency: c.currency, date: c.date ?? '', amountMinor: -c.open, order: this.order++ });
      }
    }
    const rank = (k: PoolItem['kind']) => (k === 'payment' ? 0 : 1);
    this.pool.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : rank(a.kind) - rank(b.kind) || a.order - b.order));
    const openInvoices = db.prepare(
      `SELECT id, open_minor AS open FROM invoices
        WHERE customer_id = @customerId AND currency = @currency AND kind = 'invoice' AND status = 'open' AND open_minor > 0
        ORDER BY coalesce(issue_date, due_date), number`,
    );
    const creditUse = db.prepare(
      `UPDATE invoices SET open_minor = open_minor + @amount,
         status = CASE WHEN open_minor + @amount = 0 THEN 'closed' ELSE status END,
         closed_at = CASE WHEN open_minor + @amount = 0 THEN @date ELSE closed_at END,
         closed_by = CASE WHEN open_minor + @amount = 0 THEN 'credit' ELSE closed_by END,
         updated_at = @now
       WHERE id = @id`,
    );
    const applied = new Map<string, number>();
    let appliedCount = 0;
    let example: { creditId: number; invoiceId: number } | undefined;
    for (const item of this.pool) {
      let left = item.amountMinor;
      let used = false;
      for (const inv of openInvoices.all({ customerId: item.customerId, currency: item.currency }) as { id: number; open: number }[]) {
        if (left <= 0) break;
        const x = Math.min(left, inv.open);
        if (item.kind === 'payment') this.allocate(item.id, inv.id, x, item.date, 'payment');
        else {
          this.allocate(0, inv.id, x, item.date, 'credit');
          creditUse.run({ id: item.id, amount: x, date: item.date, now: this.now });
          applied.set(item.currency, (applied.get(item.currency) ?? 0) + x);
          example ??= { creditId: item.id, invoiceId: inv.id };
          used = true;
        }
        left -= x;
      }
      if (used) appliedCount++;
    }
    if (example) {
      const num = db.prepare('SELECT number FROM invoices WHERE id = @id').pluck();
      warnings.push({
        kind: 'credits-applied',
        count: appliedCount,
        byCurrency: [...applied].sort().map(([currency, amountMinor]) => ({ currency, amountMinor })),
        example: { credit: String(num.get({ id: example.creditId })), invoice: String(num.get({ id: example.invoiceId })) },
      });
    }
    for (const id of this.touched) this.refreshUnallocated(id);
    for (const id of this.touched) {
      const p = db.prepare(`SELECT reference, customer_id AS customerId, unallocated_minor AS u, currency FROM payments WHERE id = @id`).get({ id }) as {
        reference: string;
        customerId: number;
        u: number;
        currency: string;
      };
      if (p.u > 0) warnings.push({ kind: 'on-account', reference: p.reference, customerId: p.customerId, amountMinor: p.u, currency: p.currency });
    }
    return warnings;
  }
}

export async function openPaymentWriter(ledger: Ledger, batchId: number, now: string): Promise<PaymentWriter> {
  return new PaymentWriter(ledger, batchId, now);
}
