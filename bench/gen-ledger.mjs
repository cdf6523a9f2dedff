// Generate a large ledger for the query benchmarks: 50,000 customers and 1,000,000 invoices over four
// years, most of them paid (as in life), with payments and allocations, contacts, activities,
// promises, disputes, letters and limitation events. Written straight into a ledger created with the
// real migrations (dist/store/sqlite/ledger.js), through prepared statements in one transaction.
// Deterministic: a seeded PRNG and a fixed anchor date, no clock.
//
//   node bench/gen-ledger.mjs --out FILE [--customers 50000] [--invoices 1000000] [--seed 1]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');

function arg(name, def) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : def;
}

export const ANCHOR = '2026-11-30';

// mulberry32
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86400000;
const anchorMs = Date.UTC(2026, 10, 30);
const iso = (dayOffset) => new Date(anchorMs + dayOffset * DAY).toISOString().slice(0, 10);

const TYPES = [
  // type, share, mean days late, probability an invoice is never paid (while the customer is active).
  // Tuned so that about 7% of a four-year ledger is open, roughly what a DSO of 50–60 days and a few
  // per cent of bad debt leave behind.
  ['oversight', 0.35, 4, 0.005],
  ['process', 0.25, 28, 0.01],
  ['dispute', 0.08, 12, 0.03],
  ['cashflow', 0.15, 45, 0.03],
  ['delayer', 0.12, 110, 0.06],
  ['unreachable', 0.05, 60, 0.2],
];
const COLLECTORS = ['张伟', '李娜', '王芳', '刘洋', '陈静', 'Maria Lopez', 'John Carter', 'Aiko Tanaka', '赵磊', '孙丽'];
const SURNAMES = ['华东', '恒达', '瑞丰', '新锐', '港城', '中科', '长江', '滨海', '浦江', '太湖', '南海', '科讯'];
const SUFFIX = ['机械有限公司', '电子科技有限公司', '自动化设备有限公司', '包装材料有限公司', '化工原料有限公司'];
const EN = ['Acme', 'Nusa', 'Blue Harbor', 'Pacific Rim', 'Nordic', 'Rossi', 'Müller', 'Smith', 'Atlas', 'Summit'];
const EN_SFX = ['Corp', 'Group', 'Foods', 'Trading', 'Hydraulics', 'Industries', 'GmbH', 'S.p.A.', 'LLC'];

export async function generate(out, { customers = 50_000, invoices = 1_000_000, seed = 1 } = {}) {
  const { Ledger } = await import(path.join(root, 'dist', 'store', 'sqlite', 'ledger.js'));
  for (const f of [out, `${out}-wal`, `${out}-shm`]) fs.rmSync(f, { force: true });
  const ledger = await Ledger.open(out);
  const db = ledger.db;
  const r = rng(seed);
  const pick = (arr) => arr[Math.floor(r() * arr.length)];
  const now = `${ANCHOR}T00:00:00Z`;
  db.pragma('synchronous = OFF');

  const ins = {
    batch: db.prepare(
      `INSERT INTO import_batches (id, file_name, sha256, kind, rows_read, imported, at) VALUES (1, 'bench.csv', 'x', 'invoices', @n, @n, @at)`,
    ),
    customer:
      db.prepare(`INSERT INTO customers (id, code, name, name_key, type, grade, strategic, language, currency, terms_days, credit_limit_minor, collector, phone, created_at, updated_at)
      VALUES (@id, @code, @name, @key, @type, @grade, @strategic, @lang, @currency, @terms, @limit, @collector, @phone, @now, @now)`),
    contact: db.prepare(`INSERT INTO contacts (customer_id, name, role, phone, is_primary, is_decision_maker, created_at, updated_at)
      VALUES (@cid, @name, @role, @phone, @primary, @dm, @now, @now)`),
    invoice:
      db.prepare(`INSERT INTO invoices (id, customer_id, number, kind, issue_date, due_date, currency, total_minor, open_minor, status, closed_at, closed_by, hold_until, batch_id, created_at, updated_at)
      VALUES (@id, @cid, @number, @kind, @issue, @due, @currency, @total, @open, @status, @closedAt, @closedBy, @hold, 1, @now, @now)`),
    payment: db.prepare(`INSERT INTO payments (id, customer_id, reference, received_date, currency, amount_minor, created_at)
      VALUES (@id, @cid, @ref, @date, @currency, @amount, @now)`),
    alloc: db.prepare(`INSERT INTO allocations (payment_id, invoice_id, amount_minor) VALUES (@pid, @iid, @amount)`),
    partPaid: db.prepare(`UPDATE invoices SET open_minor = open_minor - @amount WHERE id = @iid`),
    activity: db.prepare(`INSERT INTO activities (customer_id, at, channel, outcome, collector, next_action_at, created_at)
      VALUES (@cid, @at, @channel, @outcome, @collector, @next, @now)`),
    promise: db.prepare(`INSERT INTO promises (customer_id, amount_minor, currency, due_date, status, created_at)
      VALUES (@cid, @amount, @currency, @due, 'pending', @created)`),
    dispute: db.prepare(`INSERT INTO disputes (customer_id, invoice_id, amount_minor, currency, reason, opened_at, created_at)
      VALUES (@cid, @iid, @amount, @currency, 'quality', @opened, @now)`),
    letter: db.prepare(`INSERT INTO letters (customer_id, step, language, template, reference_no, currency, created_at, sent_at, evidence)
      VALUES (@cid, @step, @lang, 'step', @ref, @currency, @at, @at, @evidence)`),
    limitation: db.prepare(`INSERT INTO limitation_events (customer_id, kind, at, created_at) VALUES (@cid, 'acknowledgement', @at, @now)`),
  };

  const perCustomer = invoices / customers;
  const counts = { invoices: 0, open: 0, payments: 0, activities: 0, promises: 0, disputes: 0, letters: 0, contacts: 0 };
  let invoiceId = 0;
  let paymentId = 0;
  let letterNo = 0;
  const tx = db.transaction(() => {
    ins.batch.run({ n: invoices, at: now });
    for (let c = 1; c <= customers; c++) {
      let u = r();
      let t = TYPES[0];
      for (const ty of TYPES) {
        if (u < ty[1]) {
          t = ty;
          break;
        }
        u -= ty[1];
      }
      const [type, , lateMean, neverP] = t;
      const zh = r() < 0.7;
      const currency = zh ? 'CNY' : r() < 0.7 ? 'USD' : 'EUR';
      const name = zh ? `${pick(SURNAMES)}${c}${pick(SUFFIX)}` : `${pick(EN)} ${c} ${pick(EN_SFX)}`;
      const terms = r() < 0.08 ? null : pick([30, 30, 45, 60, 90]);
      const grade = r() < 0.3 ? 'A' : r() < 0.75 ? 'B' : 'C';
      const collector = pick(COLLECTORS);
      ins.customer.run({
        id: c,
        code: `C${String(c).padStart(6, '0')}`,
        name,
        key: name.toLowerCase(),
        type,
        grade,
        strategic: r() < 0.02 ? 1 : 0,
        lang: zh ? 'zh' : 'en',
        currency,
        terms,
        limit: Math.round(r() * 500000) * 100,
        collector,
        phone: `0${Math.floor(r() * 1e9)}`,
        now,
      });
      for (let k = 0; k < 2; k++) {
        ins.contact.run({
          cid: c,
          name: `Contact ${c}-${k}`,
          role: k === 0 ? 'ap-clerk' : 'finance-manager',
          phone: `1${Math.floor(r() * 1e10)}`,
          primary: k === 0 ? 1 : 0,
          dm: k === 1 ? 1 : 0,
          now,
        });
        counts.contacts++;
      }
      // Unreachable customers stopped paying some months ago.
      const stoppedAt = type === 'unreachable' ? -Math.floor(150 + r() * 250) : 1;
      const n = c === customers ? invoices - invoiceId : Math.max(1, Math.round(perCustomer * (0.5 + r())));
      const openIds = [];
      let overdueOpen = 0;
      let oldestOverdue = 0;
      for (let k = 0; k < n && invoiceId < invoices; k++) {
        invoiceId++;
        const issueOff = -Math.floor(r() * 1460);
        const termsDays = terms ?? 30;
        const dueOff = issueOff + termsDays;
        const credit = r() < 0.01;
        const total = credit ? -Math.round(100 + r() * 2000) * 100 : Math.round(500 + r() * r() * 50000) * 100 + Math.floor(r() * 100);
        const late = Math.max(-5, Math.round(lateMean * (0.3 + 1.4 * r())));
        const paidOff = dueOff + late;
        const never = r() < neverP || (type === 'unreachable' && paidOff > stoppedAt);
        const paid = !never && paidOff <= 0;
        const open = !paid;
        const row = {
          id: invoiceId,
          cid: c,
          number: `${credit ? 'CN' : 'INV'}${String(invoiceId).padStart(8, '0')}`,
          kind: credit ? 'credit_note' : 'invoice',
          issue: iso(issueOff),
          due: r() < 0.02 && !credit ? null : iso(credit ? issueOff : dueOff),
          currency,
          total,
          open: open ? total : 0,
          status: open ? 'open' : 'closed',
          closedAt: open ? null : iso(Math.min(0, paidOff)),
          closedBy: open ? null : credit ? 'credit' : 'payment',
          hold: open && r() < 0.01 ? iso(Math.floor(r() * 30)) : null,
          now,
        };
        ins.invoice.run(row);
        counts.invoices++;
        if (open) {
          counts.open++;
          if (!credit) openIds.push([invoiceId, total, dueOff]);
          if (!credit && dueOff < 0) {
            overdueOpen += total;
            oldestOverdue = Math.max(oldestOverdue, -dueOff);
          }
        } else if (!credit) {
          paymentId++;
          ins.payment.run({ id: paymentId, cid: c, ref: `P${paymentId}`, date: row.closedAt, currency, amount: total, now });
          ins.alloc.run({ pid: paymentId, iid: invoiceId, amount: total });
          counts.payments++;
        }
      }
      // A partial payment on one open invoice now and then.
      if (openIds.length && r() < 0.05) {
        const [iid, total] = openIds[0];
        paymentId++;
        ins.payment.run({ id: paymentId, cid: c, ref: `P${paymentId}`, date: iso(-Math.floor(r() * 200)), currency, amount: Math.floor(total / 3), now });
        ins.alloc.run({ pid: paymentId, iid, amount: Math.floor(total / 3) });
        ins.partPaid.run({ iid, amount: Math.floor(total / 3) });
      }
      // Contact log for the last 120 days: more for customers who owe.
      const acts = overdueOpen > 0 ? 2 + Math.floor(r() * 6) : Math.floor(r() * 3);
      for (let k = 0; k < acts; k++) {
        const at = -Math.floor(r() * 120);
        ins.activity.run({
          cid: c,
          at: `${iso(at)}T${String(9 + Math.floor(r() * 8)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}`,
          channel: pick(['call', 'call', 'email', 'wechat', 'letter', 'note']),
          outcome: pick(['no-answer', 'reached-callback', 'reached-promise', 'email-sent', 'voicemail', 'awaiting-approval']),
          collector,
          next: r() < 0.08 ? iso(at + 3 + Math.floor(r() * 14)) : null,
          now,
        });
        counts.activities++;
      }
      if (overdueOpen > 0 && r() < 0.15) {
        const due = Math.floor(r() * 60) - 45;
        ins.promise.run({
          cid: c,
          amount: Math.round(overdueOpen * (0.3 + 0.7 * r())),
          currency,
          due: iso(due),
          created: `${iso(due - 7 - Math.floor(r() * 14))}T10:00:00Z`,
        });
        counts.promises++;
      }
      if (openIds.length && r() < 0.03) {
        const [iid, total] = openIds[Math.floor(r() * openIds.length)];
        ins.dispute.run({ cid: c, iid, amount: r() < 0.5 ? total : Math.floor(total / 5), currency, opened: iso(-Math.floor(r() * 90)), now });
        counts.disputes++;
      }
      if (oldestOverdue > 1) {
        // Steps already sent, one per 10–20 days since the oldest item fell due.
        const steps = Math.min(5, Math.floor(r() * (oldestOverdue / 12)));
        for (let s = 1; s <= steps; s++) {
          letterNo++;
          const at = iso(-oldestOverdue + s * (10 + Math.floor(r() * 10)));
          if (at > ANCHOR) break;
          ins.letter.run({ cid: c, step: s, lang: zh ? 'zh' : 'en', ref: `HK-B-${letterNo}`, currency, at, evidence: r() < 0.6 ? 'signed receipt' : null });
          counts.letters++;
        }
      }
      if (oldestOverdue > 700 && r() < 0.3) ins.limitation.run({ cid: c, at: iso(-Math.floor(r() * 400)), now });
    }
  });
  tx();
  db.pragma('synchronous = NORMAL');
  // No ANALYZE: a user's ledger has no statistics either, so the plans measured are the real ones.
  await ledger.close();
  return counts;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const out = arg('out');
  if (!out) {
    process.stderr.write('usage: node bench/gen-ledger.mjs --out FILE [--customers N] [--invoices N] [--seed N]\n');
    process.exit(2);
  }
  const t = Date.now();
  const counts = await generate(path.resolve(out), {
    customers: Number(arg('customers', 50_000)),
    invoices: Number(arg('invoices', 1_000_000)),
    seed: Number(arg('seed', 1)),
  });
  process.stdout.write(`generated ${out} in ${((Date.now() - t) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}\n`);
}
