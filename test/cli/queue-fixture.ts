// A small ledger for the golden tests of `ar aging`, `ar queue` and `ar account`: created by the built
// binary (`ar init`, real migrations), then filled with SQL. Dates are relative to the harness's
// AR_TODAY (2026-11-30, a Monday). Each customer is there for a case a collector would recognise.
import path from 'node:path';
import Database from 'better-sqlite3';
import { runBin, tempDir } from './run-ar.js';

export function buildQueueLedger(): { db: string; dir: string } {
  const dir = tempDir('ar-queue-');
  const db = path.join(dir, 'ledger.db');
  const init = runBin(['init', '--currency', 'USD', '--jurisdiction', 'CN'], { db });
  if (init.code !== 0) throw new Error(`ar init failed: ${init.stderr}`);
  const sql = new Database(db);
  const ts = '2026-11-30T00:00:00Z';
  sql.exec(`INSERT INTO import_batches (id, file_name, sha256, kind, rows_read, imported, at) VALUES
    (1, 'aging-2026-11-02.csv', 'a1', 'invoices', 20, 20, '2026-11-02T09:00:00Z'),
    (2, 'aging-2026-11-27.csv', 'a2', 'invoices', 22, 3, '2026-11-27T09:00:00Z')`);

  const customer = sql.prepare(`INSERT INTO customers (id, code, name, name_key, type, grade, strategic, language, currency, terms_days,
      credit_limit_minor, collector, payment_run_days, approval_chain, documents_required, created_at, updated_at)
    VALUES (@id, @code, @name, @key, @type, @grade, @strategic, @lang, @cur, @terms, @limit, @collector, @run, @chain, @docs, '${ts}', '${ts}')`);
  const c = (
    id: number,
    code: string,
    name: string,
    type: string,
    grade: string,
    lang: string,
    cur: string,
    terms: number | null,
    collector: string,
    extra: Partial<Record<'strategic' | 'limit' | 'run' | 'chain' | 'docs', unknown>> = {},
  ) =>
    customer.run({
      id,
      code,
      name,
      key: name.toLowerCase(),
      type,
      grade,
      strategic: 0,
      lang,
      cur,
      terms,
      limit: null,
      collector,
      run: null,
      chain: null,
      docs: null,
      ...extra,
    });
  c(1, 'C001', 'Acme Corp', 'delayer', 'C', 'en', 'USD', 30, 'Maria Lopez', { limit: 2_000_000 });
  c(2, 'C002', 'Nusa Group', 'process', 'B', 'en', 'USD', 45, 'Maria Lopez', {
    run: '15',
    chain: 'AP clerk → Finance Manager → CFO',
    docs: 'signed delivery notes',
  });
  c(3, 'C003', 'Smith, John', 'oversight', 'B', 'en', 'USD', 30, 'Maria Lopez');
  c(4, 'C004', 'Blue Harbor Foods', 'oversight', 'A', 'en', 'USD', 30, 'Maria Lopez');
  c(5, 'C005', '华东精密机械有限公司', 'delayer', 'C', 'zh', 'CNY', 30, '张伟', {
    limit: 5_000_000,
    run: '25',
    chain: '财务经理 → 总经理',
    docs: '签收单、增值税专用发票',
  });
  c(6, 'C006', '深圳市恒达电子科技有限公司', 'process', 'B', 'zh', 'CNY', 60, '李娜');
  c(7, 'C007', '佛山南海金属制品有限公司', 'dispute', 'B', 'zh', 'CNY', 30, '李娜');
  c(8, 'C008', 'Müller Präzision GmbH', 'dispute', 'B', 'en', 'EUR', 30, 'Maria Lopez');
  c(9, 'C009', 'Pacific Rim Trading', 'cashflow', 'B', 'en', 'USD', 30, 'Maria Lopez', { strategic: 1 });
  c(10, 'C010', '宁波港城物流有限公司', 'unreachable', 'C', 'zh', 'CNY', null, '张伟');
  c(11, 'C011', 'Paid Up Ltd', 'oversight', 'A', 'en', 'USD', 30, 'Maria Lopez');
  c(12, 'C012', 'New Horizon Ltd', 'oversight', 'B', 'en', 'USD', 30, 'Maria Lopez');

  const invoice = sql.prepare(`INSERT INTO invoices (id, customer_id, number, kind, issue_date, due_date, currency, total_minor, open_minor,
      status, closed_at, closed_by, hold_until, hold_reason, batch_id, created_at, updated_at)
    VALUES (@id, @cid, @number, @kind, @issue, @due, @cur, @total, @open, @status, @closedAt, @closedBy, @hold, @holdReason, @batch, '${ts}', '${ts}')`);
  let iid = 0;
  const inv = (cid: number, number: string, issue: string, due: string | null, cur: string, total: number, o: Partial<Record<string, unknown>> = {}) => {
    iid++;
    invoice.run({
      id: iid,
      cid,
      number,
      kind: 'invoice',
      issue,
      due,
      cur,
      total,
      open: total,
      status: 'open',
      closedAt: null,
      closedBy: null,
      hold: null,
      holdReason: null,
      batch: 1,
      ...o,
    });
    return iid;
  };
  const paid = (cid: number, number: string, issue: string, due: string, cur: string, total: number, closedAt: string) =>
    inv(cid, number, issue, due, cur, total, { open: 0, status: 'closed', closedAt, closedBy: 'payment' });

  // C001 Acme: two overdue invoices, a promise broken yesterday, an earlier one kept.
  inv(1, 'INV-1001', '2026-07-15', '2026-08-14', 'USD', 500_000);
  inv(1, 'INV-1021', '2026-09-10', '2026-10-10', 'USD', 255_050, { batch: 2 });
  const acme0990 = paid(1, 'INV-0990', '2026-07-01', '2026-07-31', 'USD', 200_000, '2026-09-28');
  // C002 Nusa: 72 days past due, steps 1 and 2 sent → step 3 formal demand due.
  inv(2, 'INV-1002', '2026-08-05', '2026-09-19', 'USD', 1_200_000);
  const nusa0950 = paid(2, 'INV-0950', '2026-05-01', '2026-06-15', 'USD', 800_000, '2026-07-15');
  // C003 Smith: small, old, a callback set for today, step 4 sent last week.
  inv(3, 'INV-1003', '2026-05-03', '2026-07-02', 'USD', 75_000);
  // C004 Blue Harbor: 11 days past due, nothing sent yet → step 1 reminder; another not yet due.
  inv(4, 'INV-1004', '2026-10-20', '2026-11-19', 'USD', 98_000);
  inv(4, 'INV-1034', '2026-11-20', '2026-12-20', 'USD', 150_000, { batch: 2 });
  // C005 华东精密: 240 and 182 days past due, a credit note, a formal demand sent with proof.
  inv(5, 'AR2026000101', '2026-03-05', '2026-04-04', 'CNY', 1_234_560);
  inv(5, 'AR2026000117', '2026-05-01', '2026-05-31', 'CNY', 500_000);
  inv(5, 'CN2026000005', '2026-10-01', null, 'CNY', -100_000, { kind: 'credit_note' });
  // C006 恒达: an invoice without a due date (issue + 60 days terms), a promise for 10 Dec.
  inv(6, 'AR2026000188', '2026-08-01', null, 'CNY', 43_450);
  // C007 南海: everything disputed.
  const disputed = inv(7, 'AR2026000179', '2026-07-01', '2026-07-31', 'CNY', 4_880_470);
  // C008 Müller: 20% of one invoice disputed, another on hold until mid-December.
  const muller = inv(8, 'INV-1172', '2026-08-31', '2026-09-30', 'EUR', 1_701_000);
  inv(8, 'INV-1180', '2026-09-15', '2026-10-15', 'EUR', 420_000, { hold: '2026-12-15', holdReason: 'awaiting credit approval' });
  // C009 Pacific Rim: owes in USD and CNY, pays late.
  inv(9, 'INV-1009', '2026-09-26', '2026-10-26', 'USD', 300_000);
  inv(9, 'AR2026000150', '2026-07-28', '2026-08-27', 'CNY', 2_000_000);
  const rim0901 = paid(9, 'INV-0901', '2026-04-01', '2026-05-01', 'USD', 100_000, '2026-06-20');
  const rim0902 = paid(9, 'INV-0902', '2026-06-01', '2026-07-01', 'USD', 100_000, '2026-07-31');
  // C010 宁波港城: a claim about to expire (no terms on file: the default 30 days apply).
  inv(10, 'AR2023000377', '2023-11-20', '2023-12-20', 'CNY', 10_000_000);
  // C011 paid up; C012 nothing due yet.
  const paid1011 = paid(11, 'INV-1011', '2026-09-01', '2026-10-01', 'USD', 50_000, '2026-09-30');
  inv(12, 'INV-1012', '2026-11-16', '2026-12-16', 'USD', 240_000, { batch: 2 });

  sql.exec(`
    INSERT INTO payments (id, customer_id, reference, received_date, currency, amount_minor, method, created_at) VALUES
      (1, 1, 'FT-0928', '2026-09-28', 'USD', 200000, 'wire', '${ts}'),
      (2, 2, 'FT-0715', '2026-07-15', 'USD', 800000, 'wire', '${ts}'),
      (3, 9, 'FT-0620', '2026-06-20', 'USD', 100000, 'wire', '${ts}'),
      (4, 9, 'FT-0731', '2026-07-31', 'USD', 100000, 'wire', '${ts}'),
      (5, 11, 'FT-0930', '2026-09-30', 'USD', 50000, 'check', '${ts}');
    INSERT INTO allocations (payment_id, invoice_id, amount_minor) VALUES
      (1, ${acme0990}, 200000), (2, ${nusa0950}, 800000), (3, ${rim0901}, 100000), (4, ${rim0902}, 100000), (5, ${paid1011}, 50000);

    INSERT INTO contacts (customer_id, name, role, title, phone, mobile, email, is_primary, is_decision_maker, created_at, updated_at) VALUES
      (1, 'Rosa Diaz', 'ap-clerk', 'AP Specialist', '555-0142', NULL, 'rosa@acme.example', 1, 0, '${ts}', '${ts}'),
      (1, 'Tom Reed', 'decision-maker', 'CFO', '555-0100', NULL, NULL, 0, 1, '${ts}', '${ts}'),
      (2, 'Wulan Sari', 'ap-clerk', 'AP Officer', '+62 21 555 0101', NULL, NULL, 1, 0, '${ts}', '${ts}'),
      (3, 'John Smith', 'decision-maker', 'Owner', '555-0199', NULL, NULL, 1, 1, '${ts}', '${ts}'),
      (4, 'Accounts team', 'ap-clerk', NULL, NULL, NULL, 'accounts@blueharbor.example', 1, 0, '${ts}', '${ts}');
  `);
  sql.exec(`
    INSERT INTO contacts (customer_id, name, role, title, phone, mobile, email, is_primary, is_decision_maker, created_at, updated_at) VALUES
      (5, '高芳', 'finance-manager', '财务经理', '0512-5766-1200', '138-0000-0000', NULL, 1, 1, '${ts}', '${ts}'),
      (5, '王芳', 'ap-clerk', '出纳', '0512-5766-1201', NULL, NULL, 0, 0, '${ts}', '${ts}'),
      (6, '李娜', 'purchaser', '采购', '0755-2961-3300', NULL, NULL, 1, 0, '${ts}', '${ts}'),
      (8, 'Klaus Becker', 'purchaser', 'Einkauf', '+49 711 5550', NULL, NULL, 1, 0, '${ts}', '${ts}'),
      (9, 'Mei Tan', 'finance-manager', 'Finance Manager', '+65 5550 0199', NULL, NULL, 1, 1, '${ts}', '${ts}');

    INSERT INTO activities (customer_id, at, channel, outcome, note, collector, next_action_at, created_at) VALUES
      (1, '2026-09-20T10:00', 'call', 'reached-promise', 'Rosa: 2,000 by end of September', 'Maria Lopez', NULL, '${ts}'),
      (1, '2026-11-20T15:50', 'call', 'reached-promise', 'Rosa confirmed 4,500 by 29 Nov after CFO approval', 'Maria Lopez', NULL, '${ts}'),
      (2, '2026-10-05T09:00', 'email', 'email-sent', 'first notice with invoice copy', 'Maria Lopez', NULL, '${ts}'),
      (3, '2026-11-16T11:30', 'call', 'reached-callback', 'asked to call back on the 30th', 'Maria Lopez', '2026-11-30', '${ts}'),
      (5, '2026-11-10T14:00', 'call', 'no-answer', NULL, '张伟', NULL, '${ts}'),
      (5, '2026-11-12T09:30', 'wechat', 'reached-refused', '称资金紧张，拒绝付款', '张伟', NULL, '${ts}'),
      (6, '2026-11-25T10:00', 'call', 'reached-promise', '12月10日随付款批次支付', '李娜', NULL, '${ts}'),
      (9, '2026-11-27T16:00', 'note', 'note', 'internal: check credit limit', 'Maria Lopez', NULL, '${ts}');

    INSERT INTO promises (customer_id, amount_minor, currency, due_date, method, payer, status, created_at) VALUES
      (1, 200000, 'USD', '2026-09-30', 'wire', 'Rosa Diaz', 'pending', '2026-09-20T10:00:00Z'),
      (1, 450000, 'USD', '2026-11-29', 'wire', 'Rosa Diaz', 'pending', '2026-11-20T15:50:00Z'),
      (6, 43450, 'CNY', '2026-12-10', 'bank transfer', '李娜', 'pending', '2026-11-25T10:00:00Z');

    INSERT INTO disputes (customer_id, invoice_id, amount_minor, currency, reason, status, opened_at, note, created_at) VALUES
      (7, ${disputed}, 4880470, 'CNY', 'quality', 'open', '2026-08-12', '材质与证明书不符', '${ts}'),
      (8, ${muller}, 340200, 'EUR', 'quality', 'open', '2026-10-02', 'surface defects on 40 of 200 flanges', '${ts}');

    INSERT INTO letters (customer_id, step, language, template, reference_no, currency, total_minor, created_at, sent_at, evidence) VALUES
      (2, 1, 'en', 'step1', 'HK-2026-000041', 'USD', 1200000, '2026-09-20', '2026-09-20', NULL),
      (2, 2, 'en', 'step2', 'HK-2026-000063', 'USD', 1200000, '2026-10-05', '2026-10-05', 'courier POD 7781'),
      (3, 1, 'en', 'step1', 'HK-2026-000021', 'USD', 75000, '2026-07-05', '2026-07-05', NULL),
      (3, 2, 'en', 'step2', 'HK-2026-000030', 'USD', 75000, '2026-07-20', '2026-07-20', NULL),
      (3, 3, 'en', 'step3', 'HK-2026-000044', 'USD', 75000, '2026-08-05', '2026-08-05', 'signed receipt'),
      (3, 4, 'en', 'step4', 'HK-2026-000120', 'USD', 75000, '2026-11-25', '2026-11-25', NULL),
      (5, 3, 'zh', 'step3', 'HK-2026-000087', 'CNY', 1734560, '2026-09-02', '2026-09-02', '顺丰签收 SF1234567890');
  `);
  sql.close();
  return { db, dir };
}
