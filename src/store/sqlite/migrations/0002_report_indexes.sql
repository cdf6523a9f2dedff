-- huikuan ledger, schema 2: indexes for the worklist and aging (src/store/reports.ts). No table changes.
-- Measured on a generated 1M-invoice / 50k-customer ledger (bench/queries.mjs; see BENCHMARKS.md).

-- `ar queue` and `ar aging` read every open item. This index holds every column they read, so those
-- scans never touch the table, and it is in (customer, currency) order, so per-account sums group
-- without sorting. It extends invoices_open (same leading columns).
CREATE INDEX invoices_open_items ON invoices(customer_id, currency, due_date, kind, hold_until, open_minor, total_minor, issue_date)
  WHERE status = 'open';

-- Payment behaviour (days beyond terms on invoices paid within the last year): a range on closed_at
-- over paid invoices only, covering the dates the average needs.
CREATE INDEX invoices_paid_by_close ON invoices(closed_at, customer_id, due_date, issue_date)
  WHERE status = 'closed' AND closed_by = 'payment' AND kind = 'invoice';

-- Last contact and callbacks per customer, from the index alone.
CREATE INDEX activities_contact ON activities(customer_id, at, channel, outcome, next_action_at);

-- The last ladder step sent per customer and currency, and the last letter with proof of delivery.
CREATE INDEX letters_sent ON letters(customer_id, currency, sent_at, step, evidence) WHERE sent_at IS NOT NULL;

-- Superseded: invoices_open_items leads with the same columns, and payment behaviour reads
-- invoices_paid_by_close. Every index on invoices is paid for on each imported row.
DROP INDEX invoices_open;
DROP INDEX invoices_closed_at;
