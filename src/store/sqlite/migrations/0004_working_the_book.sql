-- huikuan ledger, schema 4: the columns that working the book needs (issues 8–11), added in one place
-- so that the customer profile, the call log, promises and letters can be built side by side.
-- Plain ADD COLUMNs: an existing ledger keeps every row, and the new fields start empty (unknown).

-- The law that governs the customer's debts (DOMAIN §9): 'CN', 'GB-EWS', 'DE', 'FR', 'SG', 'US-NY' …
-- NULL = not set: the ledger's default applies, and with none the limitation date is not shown.
ALTER TABLE customers ADD COLUMN jurisdiction TEXT;

-- QuickBooks job / location under a parent customer ("Acme:Warehouse 2"); the customer stays the parent.
ALTER TABLE invoices ADD COLUMN job TEXT;

-- Whom the collector spoke to (a contact's name) and how a written acknowledgement can be proved.
ALTER TABLE activities ADD COLUMN contact TEXT;
ALTER TABLE activities ADD COLUMN evidence TEXT;

-- A repayment plan is a series of promises: the instalments share plan_id (the first instalment's id)
-- and are numbered 1..n. contact: who made the promise, so the callback asks for that person.
ALTER TABLE promises ADD COLUMN plan_id INTEGER REFERENCES promises(id);
ALTER TABLE promises ADD COLUMN instalment INTEGER;
ALTER TABLE promises ADD COLUMN contact TEXT;

-- dunning (a step of the ladder) | statement (对账单) | plan (repayment agreement); and the format made.
ALTER TABLE letters ADD COLUMN kind TEXT NOT NULL DEFAULT 'dunning';
ALTER TABLE letters ADD COLUMN format TEXT;

-- Gap-free numbering for documents that are evidence (letter reference numbers HK-2026-000123).
CREATE TABLE sequences (
  name  TEXT PRIMARY KEY,
  next  INTEGER NOT NULL
);
