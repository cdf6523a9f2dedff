// Generates an invoice CSV for the import benchmark: `node bench/gen-invoices.mjs FILE [ROWS] [OPEN_SHARE]`.
// Generic huikuan headers; rows in file order as a sales register lists them (by issue date, the
// customers interleaved: consecutive rows rarely share a customer), 50,000 customers, ISO dates,
// plain decimal amounts, a few quoted names with commas. OPEN_SHARE (default 1) is the share of
// invoices still open; the rest are listed as paid (open 0). Deterministic.
import fs from 'node:fs';

const file = process.argv[2];
const rows = Number(process.argv[3] ?? 1_000_000);
const openShare = Number(process.argv[4] ?? 1);
if (!file || !(openShare >= 0 && openShare <= 1)) {
  console.error('usage: node bench/gen-invoices.mjs FILE [ROWS] [OPEN_SHARE 0..1]');
  process.exit(2);
}
const customers = Math.min(50_000, Math.max(1, Math.floor(rows / 20)));
let seed = 42;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pad = (n, w) => String(n).padStart(w, '0');
const iso = (day) => {
  const d = new Date(Date.UTC(2025, 0, 1) + day * 86400000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
};
const money = (m) => `${Math.floor(m / 100)}.${pad(m % 100, 2)}`;
const out = fs.createWriteStream(file);
out.write('customer_code,customer_name,number,kind,issue_date,due_date,currency,total,open,po,salesperson\n');
let buf = '';
for (let n = 0; n < rows; n++) {
  // Every customer appears (the first pass over them is in a shuffled order), then at random.
  const c = n < customers ? (n * 7919) % customers : Math.floor(rnd() * customers);
  const code = `C${pad(c + 1, 6)}`;
  const name = c % 97 === 0 ? `"Customer ${c + 1}, Ltd"` : `Customer ${c + 1} Co`;
  const currency = c % 10 === 0 ? 'USD' : c % 10 === 1 ? 'EUR' : 'CNY';
  const issue = Math.floor((n / rows) * 690); // the register runs in date order
  const credit = n % 101 === 0;
  const total = Math.floor(rnd() * 5_000_000) + 100;
  const open = credit ? total : rnd() >= openShare ? 0 : rnd() < 0.3 ? Math.floor(total * rnd()) : total;
  buf += `${code},${name},${credit ? 'CN' : 'INV'}${pad(n + 1, 9)},${credit ? 'credit_note' : 'invoice'},${iso(issue)},${iso(issue + 30)},${currency},${money(total)},${money(open)},PO${pad(n % 100000, 6)},Rep ${n % 40}\n`;
  if (buf.length > 1 << 20) {
    out.write(buf);
    buf = '';
  }
}
out.write(buf);
out.end();
out.on('finish', () => console.error(`wrote ${rows} rows for ${customers} customers to ${file}`));
