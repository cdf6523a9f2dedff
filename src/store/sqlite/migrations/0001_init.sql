-- huikuan ledger, schema 1. The whole v1 data model of DESIGN.md, so later work adds columns, not rewrites.
-- Money: *_minor integer minor units with an ISO 4217 currency beside it. Dates: ISO 'YYYY-MM-DD' text.
-- Timestamps (created_at, at): ISO 8601 text. Booleans: 0/1 integers. No SQLite-only functions, so
-- the same queries can run on PostgreSQL later.

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL            -- JSON
);

CREATE TABLE import_batches (
  id                 INTEGER PRIMARY KEY,
  file_name          TEXT NOT NULL,
  sha256             TEXT NOT NULL,
  kind               TEXT NOT NULL,   -- invoices | payments | customers | contacts
  profile            TEXT,
  encoding           TEXT,
  as_of              TEXT,            -- export date taken from the file, else the clock
  snapshot           TEXT,            -- null | all | customers
  rows_read          INTEGER NOT NULL DEFAULT 0,
  imported           INTEGER NOT NULL DEFAULT 0,
  updated            INTEGER NOT NULL DEFAULT 0,
  unchanged          INTEGER NOT NULL DEFAULT 0,
  rejected           INTEGER NOT NULL DEFAULT 0,
  closed_by_snapshot INTEGER NOT NULL DEFAULT 0,
  warnings           TEXT,            -- JSON array
  at                 TEXT NOT NULL
);

CREATE TABLE customers (
  id                  INTEGER PRIMARY KEY,
  code                TEXT NOT NULL UNIQUE,
  name                TEXT NOT NULL,
  name_key            TEXT NOT NULL,   -- normalised name (NFKC, case-folded, no punctuation/legal suffix noise) for matching
  type                TEXT NOT NULL DEFAULT 'oversight'
                      CHECK (type IN ('oversight','process','dispute','cashflow','delayer','unreachable')),
  grade               TEXT NOT NULL DEFAULT 'B' CHECK (grade IN ('A','B','C')),
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
  updated_at          TEXT NOT NULL
);
CREATE INDEX customers_name_key ON customers(name_key);
CREATE INDEX customers_collector ON customers(collector);

CREATE TABLE contacts (
  id                 INTEGER PRIMARY KEY,
  customer_id        INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  name               TEXT NOT NULL,
  role               TEXT CHECK (role IN ('ap-clerk','finance-manager','purchaser','decision-maker','legal-rep','other')),
  title              TEXT,
  phone              TEXT,
  mobile             TEXT,
  email              TEXT,
  wechat             TEXT,
  is_primary         INTEGER NOT NULL DEFAULT 0,
  is_decision_maker  INTEGER NOT NULL DEFAULT 0,
  notes              TEXT,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  UNIQUE (customer_id, name)
);

CREATE TABLE invoices (
  id           INTEGER PRIMARY KEY,
  customer_id  INTEGER NOT NULL REFERENCES customers(id),
  source       TEXT,                    -- system it came from (profile name)
  number       TEXT NOT NULL,
  kind         TEXT NOT NULL DEFAULT 'invoice' CHECK (kind IN ('invoice','credit_note')),
  issue_date   TEXT,
  due_date     TEXT,                    -- null: aged from issue_date + customer terms
  currency     TEXT NOT NULL,
  total_minor  INTEGER NOT NULL,        -- credit notes negative
  open_minor   INTEGER NOT NULL,        -- credit notes negative; 0 once closed
  po           TEXT,
  terms        TEXT,
  salesperson  TEXT,
  status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed','written_off')),
  closed_at    TEXT,
  closed_by    TEXT CHECK (closed_by IN ('payment','snapshot','credit','writeoff')),
  hold_until   TEXT,                    -- dunning suspended until this date
  hold_reason  TEXT,
  batch_id     INTEGER REFERENCES import_batches(id),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  UNIQUE (customer_id, number, kind)
);
-- The worklist and aging read only open items; most invoices in a real ledger are paid.
CREATE INDEX invoices_open ON invoices(customer_id, currency, due_date) WHERE status = 'open';
CREATE INDEX invoices_closed_at ON invoices(customer_id, closed_at) WHERE status = 'closed';

CREATE TABLE payments (
  id                 INTEGER PRIMARY KEY,
  customer_id        INTEGER NOT NULL REFERENCES customers(id),
  source             TEXT,
  reference          TEXT NOT NULL,     -- from the file, else derived from date + amount
  received_date      TEXT NOT NULL,
  currency           TEXT NOT NULL,
  amount_minor       INTEGER NOT NULL,
  unallocated_minor  INTEGER NOT NULL DEFAULT 0,
  method             TEXT,
  note               TEXT,
  batch_id           INTEGER REFERENCES import_batches(id),
  created_at         TEXT NOT NULL,
  UNIQUE (customer_id, reference)
);

CREATE TABLE allocations (
  id            INTEGER PRIMARY KEY,
  payment_id    INTEGER NOT NULL REFERENCES payments(id) ON DELETE CASCADE,
  invoice_id    INTEGER NOT NULL REFERENCES invoices(id),
  amount_minor  INTEGER NOT NULL,
  UNIQUE (payment_id, invoice_id)
);
CREATE INDEX allocations_invoice ON allocations(invoice_id);

CREATE TABLE activities (
  id              INTEGER PRIMARY KEY,
  customer_id     INTEGER NOT NULL REFERENCES customers(id),
  at              TEXT NOT NULL,        -- date or timestamp of the contact
  channel         TEXT,                 -- call | email | letter | wechat | visit | sms | note
  outcome         TEXT,                 -- DOMAIN §6 outcome code
  note            TEXT,
  collector       TEXT,
  next_action_at  TEXT,                 -- callback / follow-up date
  invoices        TEXT,                 -- JSON array of invoice numbers it was about
  created_at      TEXT NOT NULL
);
CREATE INDEX activities_customer ON activities(customer_id, at);

CREATE TABLE promises (
  id            INTEGER PRIMARY KEY,
  customer_id   INTEGER NOT NULL REFERENCES customers(id),
  amount_minor  INTEGER NOT NULL,
  currency      TEXT NOT NULL,
  due_date      TEXT NOT NULL,
  method        TEXT,
  payer         TEXT,
  status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','kept','broken','partial','cancelled')),
  paid_minor    INTEGER NOT NULL DEFAULT 0,
  resolved_at   TEXT,
  activity_id   INTEGER REFERENCES activities(id),
  note          TEXT,
  created_at    TEXT NOT NULL
);
CREATE INDEX promises_customer ON promises(customer_id, status, due_date);

CREATE TABLE disputes (
  id            INTEGER PRIMARY KEY,
  customer_id   INTEGER NOT NULL REFERENCES customers(id),
  invoice_id    INTEGER REFERENCES invoices(id),
  amount_minor  INTEGER NOT NULL,
  currency      TEXT NOT NULL,
  reason        TEXT NOT NULL,          -- quality | quantity | price | documents | other
  status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','resolved','cancelled')),
  opened_at     TEXT NOT NULL,
  resolved_at   TEXT,
  note          TEXT,
  created_at    TEXT NOT NULL
);
CREATE INDEX disputes_customer ON disputes(customer_id, status);

CREATE TABLE letters (
  id            INTEGER PRIMARY KEY,
  customer_id   INTEGER NOT NULL REFERENCES customers(id),
  step          INTEGER NOT NULL,
  language      TEXT NOT NULL,
  template      TEXT NOT NULL,
  reference_no  TEXT NOT NULL UNIQUE,
  currency      TEXT,
  total_minor   INTEGER,
  invoices      TEXT,                   -- JSON array of invoice numbers covered
  deadline      TEXT,
  file          TEXT,
  created_at    TEXT NOT NULL,
  sent_at       TEXT,
  evidence      TEXT                    -- how delivery can be proved (signed receipt, tracking no.)
);
CREATE INDEX letters_customer ON letters(customer_id, step);

CREATE TABLE limitation_events (
  id           INTEGER PRIMARY KEY,
  customer_id  INTEGER NOT NULL REFERENCES customers(id),
  invoice_id   INTEGER REFERENCES invoices(id),
  kind         TEXT NOT NULL,            -- demand | acknowledgement | partial-payment | plan | lawsuit | payment-order | other
  at           TEXT NOT NULL,
  evidence     TEXT,
  note         TEXT,
  created_at   TEXT NOT NULL
);
CREATE INDEX limitation_events_customer ON limitation_events(customer_id, at);

PRAGMA application_id = 1212891474;  -- 'HKAR': marks the file as a huikuan ledger
