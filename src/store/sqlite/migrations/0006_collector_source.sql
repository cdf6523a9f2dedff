-- huikuan ledger, schema 6: where a customer's collector came from (issue 8, "kept, not dropped").
-- 'salesperson': assigned by `ar import --collector-from salesperson` (it follows the accounting system
-- when the account moves to another salesperson); 'manual': set by a person (customers file,
-- `ar customer --collector`, the mapper) and never overwritten by an import. NULL: no collector.
-- Collectors already in a ledger were set by hand or by a customers file: manual.
ALTER TABLE customers ADD COLUMN collector_source TEXT CHECK (collector_source IN ('salesperson', 'manual'));
UPDATE customers SET collector_source = 'manual' WHERE collector IS NOT NULL;
