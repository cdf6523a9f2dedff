-- foreign_keys: off
-- huikuan ledger, schema 5: a customer's type and grade may be unknown (NULL = unclassified / 未分类,
-- no grade / 未评级) until a collector sets them (DOMAIN §2, issue 8). Imports no longer invent
-- "oversight B". SQLite cannot drop a NOT NULL, so the table is rebuilt (the 12-step procedure of
-- lang_altertable.html#otheralter): other tables reference customers, so the runner turns foreign keys
-- off outside the transaction (the directive above), checks them before commit, and turns them back on.
-- Rows kept as they are: classified values stay; rows that hold only the old defaults an import set
-- (oversight/B) cannot be told apart from a collector's choice of the same, so they stay classified.
CREATE TABLE customers_new (
  id                  INTEGER PRIMARY KEY,
  code                TEXT NOT NULL UNIQUE,
  name                TEXT NOT NULL,
  name_key            TEXT NOT NULL,   -- normalised name (NFKC, case-folded, no punctuation/legal suffix noise) for matching
  type                TEXT
                      CHECK (type IN ('oversight','process','dispute','cashflow','delayer','unreachable')),
  grade               TEXT CHECK (grade IN ('A','B','C')),
  strategic           INTEGER NOT NULL DEFAULT 0,
  language            TEXT CHECK (language IN ('en','zh')),
  currency            TEXT,
  terms_days          INTEGER,
  credit_limit_minor  INTEGER,
  collector           TEXT,
  parent_id           INTEGER REFERENCES customers(id),
  tax_id              TEXT,
  address             TEXT,
  phone               TEXT,
  email               TEXT,
  payment_run_days    TEXT,            -- e.g. "10,25": days of the month their AP pays
  approval_chain      TEXT,            -- e.g. "AP clerk → Controller"
  documents_required  TEXT,
  notes               TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  jurisdiction        TEXT             -- the law that governs the debts (schema 4)
);
INSERT INTO customers_new (id, code, name, name_key, type, grade, strategic, language, currency, terms_days,
  credit_limit_minor, collector, parent_id, tax_id, address, phone, email, payment_run_days, approval_chain,
  documents_required, notes, created_at, updated_at, jurisdiction)
SELECT id, code, name, name_key, type, grade, strategic, language, currency, terms_days,
  credit_limit_minor, collector, parent_id, tax_id, address, phone, email, payment_run_days, approval_chain,
  documents_required, notes, created_at, updated_at, jurisdiction
FROM customers;
DROP TABLE customers;
ALTER TABLE customers_new RENAME TO customers;
CREATE INDEX customers_name_key ON customers(name_key);
CREATE INDEX customers_collector ON customers(collector);
