-- huikuan ledger, schema 3: days beyond terms of each paid invoice, for payment behaviour (the queue's
-- "pays late" factor and the account screen). Measured on 1M-invoice ledgers: see BENCHMARKS.md.

-- Before this, the worklist read one row per (customer, due date, closing date) — ~790k rows on an
-- imported register — to subtract the dates in core. late_days is a VIRTUAL generated column: SQLite
-- computes it from due_date and closed_at whenever it is read or indexed, so every write (import
-- insert and update, payment allocation and un-allocation, snapshot close, write-off) keeps it right
-- without a line of writer code, and an existing ledger needs no backfill. It is max(0, closed − due)
-- in whole days (closed_at's date part); NULL when either date is missing or not a date. The date
-- function lives here, in this backend's schema, not in the business query, which only sums the column.
ALTER TABLE invoices ADD COLUMN late_days INTEGER
  GENERATED ALWAYS AS (max(0, CAST(julianday(substr(closed_at, 1, 10)) - julianday(due_date) AS INTEGER))) VIRTUAL;

-- Paid invoices with a due date, in customer order: the per-customer sums stream off this index
-- without sorting, and the index stores late_days, so it is not recomputed on read.
CREATE INDEX invoices_paid_late ON invoices(customer_id, closed_at, late_days)
  WHERE status = 'closed' AND closed_by = 'payment' AND kind = 'invoice' AND due_date IS NOT NULL;

-- The few paid invoices without a due date (aged from issue date + the customer's terms in core), so
-- reading them does not walk every paid invoice.
CREATE INDEX invoices_paid_no_due ON invoices(closed_at, customer_id, issue_date)
  WHERE status = 'closed' AND closed_by = 'payment' AND kind = 'invoice' AND due_date IS NULL;

-- Superseded by the two above (the same rows between them, plus late_days). Every index on invoices
-- is paid for on each imported row.
DROP INDEX invoices_paid_by_close;
