#!/usr/bin/env node
// Verifies the demo book in fixtures/demo/ (or the directory given as the first argument):
//   - strict file format: UTF-8 without BOM, exact header rows, ISO dates, money with 2 decimals
//   - referential integrity: every customer, invoice and collector reference resolves
//   - applies payments to invoices (named invoice first; then credit notes and payments without an
//     invoice number by date, oldest invoice first within customer and currency)
//   - prints per currency the open balance and the aging at the anchor (by due date; an empty due
//     date means issue date + customer terms), and checks that the distribution looks realistic.
// Exit 0 when everything holds, 1 on any broken reference or failed check.
//
//   node scripts/check-demo.mjs [dir] [--customers]

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'demo');
const errors = [];
const fail = (msg) => errors.push(msg);

// ───────── RFC 4180 reader ─────────
function parseCsv(text, file) {
  const rows = [];
  let row = [],
    field = '',
    i = 0,
    quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (field !== '') fail(`${file}: stray quote in an unquoted field (row ${rows.length + 1})`);
      quoted = true;
      i++;
      continue;
    }
    if (ch === ',') {
      row.push(field);
      field = '';
      i++;
      continue;
    }
    if (ch === '\r' && text[i + 1] === '\n') i++;
    if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
      continue;
    }
    field += ch;
    i++;
  }
  if (quoted) fail(`${file}: unterminated quoted field`);
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
function load(file, header) {
  const buf = readFileSync(join(DIR, file));
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) fail(`${file}: has a BOM`);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  const [head, ...body] = parseCsv(text, file);
  if (head.join(',') !== header.join(',')) fail(`${file}: header is "${head.join(',')}", expected "${header.join(',')}"`);
  return body.map((cells, n) => {
    if (cells.length !== header.length) fail(`${file} row ${n + 2}: ${cells.length} fields, expected ${header.length}`);
    const o = Object.fromEntries(header.map((h, k) => [h, cells[k] ?? '']));
    o._where = `${file} row ${n + 2}`;
    return o;
  });
}

// ───────── field checks ─────────
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (s) => DATE.test(s) && new Date(s + 'T00:00:00Z').toISOString().slice(0, 10) === s;
const MONEY = /^(0|[1-9]\d*)\.\d{2}$/;
const cents = (s) => {
  const [a, b] = s.split('.');
  return Number(a) * 100 + Number(b);
};
const dayNo = (s) => Date.parse(s + 'T00:00:00Z') / 86400000;
const addDays = (s, n) => new Date((dayNo(s) + n) * 86400000).toISOString().slice(0, 10);
const fmt = (c) => `${c < 0 ? '-' : ''}${Math.floor(Math.abs(c) / 100)}.${String(Math.abs(c) % 100).padStart(2, '0')}`;
const group = (c) => fmt(c).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
function need(row, field, test, what) {
  if (!test(row[field])) fail(`${row._where}: ${field} "${row[field]}" is not ${what}`);
}
const oneOf =
  (...v) =>
  (s) =>
    v.includes(s);

const book = JSON.parse(readFileSync(join(DIR, 'book.json'), 'utf8'));
const ANCHOR = book.anchor;
if (!isDate(ANCHOR)) fail('book.json: anchor is not an ISO date');
for (const k of ['name_en', 'name_zh', 'address_en', 'address_zh', 'phone', 'email', 'bank_name', 'bank_account_name', 'bank_account_no', 'default_currency'])
  if (!book.company?.[k]) fail(`book.json: company.${k} missing`);

const CURRENCIES = ['CNY', 'USD', 'EUR'];
const customers = load('customers.csv', [
  'code',
  'name',
  'type',
  'grade',
  'strategic',
  'language',
  'currency',
  'terms_days',
  'credit_limit',
  'collector',
  'tax_id',
  'address',
  'phone',
  'email',
  'payment_run_days',
  'approval_chain',
  'documents_required',
]);
const contacts = load('contacts.csv', ['customer_code', 'name', 'role', 'title', 'phone', 'mobile', 'email', 'wechat', 'is_primary', 'is_decision_maker']);
const invoices = load('invoices.csv', ['customer_code', 'customer_name', 'number', 'kind', 'issue_date', 'due_date', 'currency', 'total', 'po', 'salesperson']);
const payments = load('payments.csv', ['customer_code', 'reference', 'date', 'currency', 'amount', 'invoice', 'method']);
const promises = load('promises.csv', ['customer_code', 'amount', 'currency', 'due_date', 'method', 'payer', 'status', 'created']);
const disputes = load('disputes.csv', ['customer_code', 'invoice', 'amount', 'currency', 'reason', 'status', 'opened_at', 'note']);
const activities = load('activities.csv', ['customer_code', 'at', 'channel', 'outcome', 'note', 'collector', 'next_action_at']);

// customers
const cust = new Map();
for (const c of customers) {
  if (!/^C\d{4}$/.test(c.code)) fail(`${c._where}: code "${c.code}"`);
  if (cust.has(c.code)) fail(`${c._where}: duplicate customer ${c.code}`);
  cust.set(c.code, c);
  need(c, 'type', oneOf('oversight', 'process', 'dispute', 'cashflow', 'delayer', 'unreachable'), 'a customer type');
  need(c, 'grade', oneOf('A', 'B', 'C'), 'A/B/C');
  need(c, 'strategic', oneOf('0', '1'), '0/1');
  need(c, 'language', oneOf('zh', 'en'), 'zh/en');
  need(c, 'currency', oneOf(...CURRENCIES), 'a demo currency');
  need(c, 'terms_days', oneOf('30', '45', '60', '90'), '30/45/60/90');
  need(c, 'credit_limit', (s) => MONEY.test(s), 'money');
  need(c, 'payment_run_days', (s) => s === '' || /^\d{1,2}(,\d{1,2})*$/.test(s), 'run days');
  if (!c.name || !c.collector) fail(`${c._where}: name and collector required`);
}
const collectors = new Set(customers.map((c) => c.collector));
const custRef = (row, field = 'customer_code') => {
  if (!cust.has(row[field])) {
    fail(`${row._where}: unknown customer "${row[field]}"`);
    return null;
  }
  return cust.get(row[field]);
};

// contacts
const ROLES = ['ap-clerk', 'finance-manager', 'purchaser', 'decision-maker', 'legal-rep'];
for (const k of contacts) {
  custRef(k);
  need(k, 'role', oneOf(...ROLES), 'a contact role');
  need(k, 'is_primary', oneOf('0', '1'), '0/1');
  need(k, 'is_decision_maker', oneOf('0', '1'), '0/1');
}
for (const c of customers) {
  const ks = contacts.filter((k) => k.customer_code === c.code);
  if (ks.length < 1 || ks.length > 3) fail(`contacts: ${c.code} has ${ks.length} contacts (want 1–3)`);
  if (ks.filter((k) => k.is_primary === '1').length !== 1) fail(`contacts: ${c.code} needs exactly one primary contact`);
}

// invoices
const inv = new Map();
for (const i of invoices) {
  const c = custRef(i);
  if (c && c.name !== i.customer_name) fail(`${i._where}: customer_name "${i.customer_name}" ≠ "${c.name}"`);
  if (inv.has(i.number)) fail(`${i._where}: duplicate number ${i.number}`);
  inv.set(i.number, i);
  need(i, 'kind', oneOf('invoice', 'credit_note'), 'invoice/credit_note');
  need(i, 'issue_date', isDate, 'an ISO date');
  need(i, 'due_date', (s) => s === '' || isDate(s), 'an ISO date or empty');
  need(i, 'currency', oneOf(...CURRENCIES), 'a demo currency');
  need(i, 'total', (s) => MONEY.test(s) && cents(s) > 0, 'positive money');
  if (i.issue_date > ANCHOR) fail(`${i._where}: issued after the anchor`);
  i.due = i.due_date || (c ? addDays(i.issue_date, Number(c.terms_days)) : i.issue_date);
  if (i.due < i.issue_date) fail(`${i._where}: due before issue`);
  if (c && i.kind === 'invoice' && i.due_date && i.due_date !== addDays(i.issue_date, Number(c.terms_days))) fail(`${i._where}: due_date is not issue + terms`);
  i.open = i.kind === 'invoice' ? cents(i.total) : 0;
}
const invRef = (row, field = 'invoice') => {
  const i = inv.get(row[field]);
  if (!i) {
    fail(`${row._where}: unknown invoice "${row[field]}"`);
    return null;
  }
  if (i.customer_code !== row.customer_code) fail(`${row._where}: invoice ${i.number} belongs to ${i.customer_code}, not ${row.customer_code}`);
  if (row.currency && i.currency !== row.currency) fail(`${row._where}: currency ${row.currency} ≠ invoice ${i.currency}`);
  return i;
};

// payments → allocation
const pool = [];
for (const p of payments.sort((a, b) => a.date.localeCompare(b.date))) {
  custRef(p);
  need(p, 'date', isDate, 'an ISO date');
  need(p, 'currency', oneOf(...CURRENCIES), 'a demo currency');
  need(p, 'amount', (s) => MONEY.test(s) && cents(s) > 0, 'positive money');
  if (!p.reference) fail(`${p._where}: no reference`);
  if (p.date > ANCHOR) fail(`${p._where}: payment after the anchor`);
  if (p.invoice) {
    const i = invRef(p);
    if (!i) continue;
    if (i.kind !== 'invoice') fail(`${p._where}: payment allocated to a credit note`);
    if (p.date < i.issue_date) fail(`${p._where}: paid before the invoice was issued`);
    i.open -= cents(p.amount);
    if (i.open < 0) fail(`${p._where}: payments exceed invoice ${i.number}`);
    (i.payDates ??= []).push(p.date);
  } else pool.push({ customer: p.customer_code, currency: p.currency, date: p.date, cents: cents(p.amount), what: `payment ${p.reference}` });
}
for (const i of invoices.filter((x) => x.kind === 'credit_note'))
  pool.push({ customer: i.customer_code, currency: i.currency, date: i.issue_date, cents: cents(i.total), what: `credit note ${i.number}` });
pool.sort((a, b) => a.date.localeCompare(b.date));
const oldestFirst = (a, b) => a.issue_date.localeCompare(b.issue_date) || a.number.localeCompare(b.number);
const onAccount = new Map();
for (const p of pool) {
  let left = p.cents;
  for (const i of invoices.filter((x) => x.kind === 'invoice' && x.customer_code === p.customer && x.currency === p.currency && x.open > 0).sort(oldestFirst)) {
    const x = Math.min(left, i.open);
    i.open -= x;
    left -= x;
    if (!left) break;
  }
  if (left) {
    onAccount.set(p.currency, (onAccount.get(p.currency) ?? 0) + left);
    console.log(`  on account: ${p.customer} ${p.currency} ${group(left)} (${p.what}, ${p.date})`);
  }
}

// promises
for (const p of promises) {
  custRef(p);
  need(p, 'amount', (s) => MONEY.test(s) && cents(s) > 0, 'positive money');
  need(p, 'currency', oneOf(...CURRENCIES), 'a demo currency');
  need(p, 'due_date', isDate, 'an ISO date');
  need(p, 'created', isDate, 'an ISO date');
  need(p, 'status', oneOf('pending', 'kept', 'broken', 'partial', 'cancelled'), 'a promise status');
  if (p.created > p.due_date || p.created > ANCHOR) fail(`${p._where}: created after due date or anchor`);
  if (p.status === 'pending') {
    const owed = invoices.filter((i) => i.customer_code === p.customer_code && i.currency === p.currency).reduce((s, i) => s + i.open, 0);
    if (cents(p.amount) > owed) fail(`${p._where}: promise ${p.amount} exceeds what ${p.customer_code} owes in ${p.currency} (${fmt(owed)})`);
  }
  if (p.status === 'kept') {
    const paid = payments
      .filter((x) => x.customer_code === p.customer_code && x.currency === p.currency && x.date >= p.created && x.date <= p.due_date)
      .reduce((s, x) => s + cents(x.amount), 0);
    if (paid < cents(p.amount)) fail(`${p._where}: marked kept but only ${fmt(paid)} paid between ${p.created} and ${p.due_date}`);
  }
  if (p.status === 'broken' || (p.status === 'pending' && p.due_date < ANCHOR)) {
    const paid = payments
      .filter((x) => x.customer_code === p.customer_code && x.currency === p.currency && x.date >= p.created && x.date <= p.due_date)
      .reduce((s, x) => s + cents(x.amount), 0);
    if (paid >= cents(p.amount)) fail(`${p._where}: broken promise was in fact paid`);
  }
}

// disputes
for (const d of disputes) {
  const c = custRef(d);
  const i = invRef(d);
  need(d, 'amount', (s) => MONEY.test(s) && cents(s) > 0, 'positive money');
  need(d, 'reason', oneOf('quality', 'quantity', 'price', 'documents', 'other'), 'a dispute reason');
  need(d, 'status', oneOf('open', 'resolved'), 'open/resolved');
  need(d, 'opened_at', isDate, 'an ISO date');
  if (c && c.type !== 'dispute') fail(`${d._where}: dispute on a ${c.type} customer`);
  if (i && d.status === 'open' && cents(d.amount) > i.open) fail(`${d._where}: disputed ${d.amount} > open ${fmt(i.open)} on ${i.number}`);
  if (i && d.opened_at < i.issue_date) fail(`${d._where}: dispute opened before the invoice`);
}

// activities
const CHANNELS = ['call', 'email', 'letter', 'wechat', 'visit'];
const OUTCOMES = [
  'reached-promise',
  'reached-refused',
  'reached-dispute',
  'reached-already-paid',
  'reached-callback',
  'no-answer',
  'voicemail',
  'wrong-contact',
  'invoice-not-received',
  'awaiting-approval',
  'in-payment-run',
  'letter-sent',
  'email-sent',
  'visit',
  'note',
];
for (const a of activities) {
  custRef(a);
  need(a, 'at', (s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(s) && isDate(s.slice(0, 10)) && s.slice(0, 10) < ANCHOR, 'a local date-time before the anchor');
  need(a, 'channel', oneOf(...CHANNELS), 'a channel');
  need(a, 'outcome', oneOf(...OUTCOMES), 'an outcome code (DOMAIN §6)');
  need(a, 'next_action_at', (s) => s === '' || isDate(s), 'an ISO date or empty');
  if (!collectors.has(a.collector)) fail(`${a._where}: unknown collector "${a.collector}"`);
}

// ───────── report ─────────
const BUCKETS = ['current', '1-30', '31-60', '61-90', '91-180', '181-365', '>365'];
const bucketOf = (days) => (days <= 0 ? 0 : days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : days <= 180 ? 4 : days <= 365 ? 5 : 6);
const A = dayNo(ANCHOR);
const real = invoices.filter((i) => i.kind === 'invoice');
const openInv = real.filter((i) => i.open > 0);
console.log(`Demo book ${DIR}`);
console.log(
  `anchor ${ANCHOR} · ${customers.length} customers · ${contacts.length} contacts · ${invoices.length} invoices (${invoices.length - real.length} credit notes) · ${payments.length} payment rows · ${promises.length} promises · ${disputes.length} disputes · ${activities.length} activities`,
);
const paidFull = real.filter((i) => i.open === 0).length;
console.log(
  `invoices paid in full: ${paidFull} of ${real.length} (${((paidFull / real.length) * 100).toFixed(1)}%); open: ${openInv.length}; partly paid: ${openInv.filter((i) => i.open < cents(i.total)).length}`,
);
console.log('');
console.log(`${'cur'.padEnd(4)}${'open balance'.padStart(16)}${'on account'.padStart(13)}   ` + BUCKETS.map((b) => b.padStart(8)).join(''));
const byCur = {};
for (const cur of CURRENCIES) {
  const list = openInv.filter((i) => i.currency === cur);
  const n = Array(7).fill(0),
    amt = Array(7).fill(0);
  for (const i of list) {
    const b = bucketOf(A - dayNo(i.due));
    n[b]++;
    amt[b] += i.open;
  }
  const total = list.reduce((s, i) => s + i.open, 0);
  if (amt.reduce((s, x) => s + x, 0) !== total) fail(`${cur}: buckets do not add up to the open balance`);
  byCur[cur] = { n, amt, total };
  console.log(`${cur.padEnd(4)}${group(total).padStart(16)}${group(onAccount.get(cur) ?? 0).padStart(13)}   ` + n.map((x) => String(x).padStart(8)).join(''));
  console.log(
    `${''.padEnd(33)}   ` +
      amt
        .map((x) => (x >= 100000000 ? (x / 100000000).toFixed(1) + 'm' : x >= 100000 ? Math.round(x / 100000) + 'k' : String(Math.round(x / 100))).padStart(8))
        .join(''),
  );
}

// ───────── is the distribution realistic? ─────────
const all = Array(7).fill(0);
for (const cur of CURRENCIES)
  byCur[cur].n.forEach((x, k) => {
    all[k] += x;
  });
const check = (ok, msg) => {
  if (!ok) fail('distribution: ' + msg);
};
BUCKETS.forEach((b, k) => {
  check(all[k] > 0, `no open invoice in bucket ${b}`);
});
check(all[6] >= 2 && all[6] <= 8, `${all[6]} invoices over 365 days (want a couple: 2–8)`);
check(paidFull / real.length >= 0.75 && paidFull / real.length <= 0.9, 'share paid in full should be about 80%');
for (const cur of CURRENCIES) check(byCur[cur].total > 0 && byCur[cur].n[0] > 0, `${cur} should have an open balance with a current part`);
const over90 = CURRENCIES.reduce((s, c) => s + byCur[c].amt[4] + byCur[c].amt[5] + byCur[c].amt[6], 0);
const cny = byCur.CNY;
check(cny.amt[0] / cny.total > 0.25 && cny.amt[0] / cny.total < 0.7, 'CNY current share should be 25–70% of the open balance');
check(invoices.filter((i) => !i.due_date).length >= 3, 'a few invoices should have no due date');
check(
  pool.some((p) => p.what.startsWith('payment')),
  'some payments should have no invoice number',
);
check(onAccount.size >= 1, 'one payment should leave money on account');
for (const t of ['oversight', 'process', 'dispute', 'cashflow', 'delayer', 'unreachable'])
  check(customers.filter((c) => c.type === t).length >= 3, `too few ${t} customers`);
const whollyDisputed = customers.filter((c) => {
  const open = openInv.filter((i) => i.customer_code === c.code).reduce((s, i) => s + i.open, 0);
  const disp = disputes.filter((d) => d.customer_code === c.code && d.status === 'open').reduce((s, d) => s + cents(d.amount), 0);
  return open > 0 && open === disp;
});
check(whollyDisputed.length >= 1, 'one customer should have its whole open balance disputed');
// Unreachable customers stopped paying 9–14 months before the anchor.
for (const c of customers.filter((x) => x.type === 'unreachable')) {
  const last = payments
    .filter((p) => p.customer_code === c.code)
    .map((p) => p.date)
    .sort()
    .at(-1);
  const months = last ? (A - dayNo(last)) / 30.44 : Infinity;
  check(months >= 9 && months <= 14.5, `unreachable ${c.code} last paid ${last} (${months.toFixed(1)} months before the anchor)`);
}
if (process.argv.includes('--customers')) {
  console.log('\nper customer (open by bucket, major units):');
  for (const c of customers)
    for (const cur of CURRENCIES) {
      const list = openInv.filter((i) => i.customer_code === c.code && i.currency === cur);
      if (!list.length) continue;
      const amt = Array(7).fill(0);
      for (const i of list) amt[bucketOf(A - dayNo(i.due))] += i.open;
      console.log(
        `  ${c.code} ${c.type.padEnd(11)} ${c.grade} ${cur} ${group(list.reduce((s, i) => s + i.open, 0)).padStart(14)}  ` +
          amt.map((x) => String(Math.round(x / 100)).padStart(9)).join('') +
          `  ${c.name}`,
      );
    }
}
console.log('');
console.log(
  `over 90 days: ${((over90 / CURRENCIES.reduce((s, c) => s + byCur[c].total, 0)) * 100).toFixed(1)}% of the open amount (all currencies, unweighted); wholly disputed: ${whollyDisputed.map((c) => c.code).join(', ')}`,
);

if (errors.length) {
  console.error(`\n${errors.length} problem(s):`);
  for (const e of errors.slice(0, 50)) console.error('  ✗ ' + e);
  process.exit(1);
}
console.log('ok: formats, references and distribution check out');
