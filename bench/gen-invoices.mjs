// Generates an open-invoice CSV for the import benchmark: `node bench/gen-invoices.mjs FILE [ROWS]`.
// Generic huikuan headers; rows grouped by customer (as aging and open-item exports are), 50,000
// customers, ISO dates, plain decimal amounts, a few quoted names with commas. Deterministic.
import fs from 'node:fs';

const file = process.argv[2];
const rows = Number(process.argv[3] ?? 1_000_000);
if (!file) {
  console.error('usage: node bench/gen-invoices.mjs FILE [ROWS]');
  process.exit(2);
}
const customers = Math.min(50_000, Math.max(1, Math.floor(rows / 20)));
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pad = (n, w) => String(n).padStart(w, '0');
const iso = (day) => {
  const d = new Date(Date.UTC(2025, 0, 1) + day * 86400000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
};
const out = fs.createWriteStream(file);
out.write('customer_code,customer_name,number,kind,issue_date,due_date,currency,total,open,po,salesperson\n');
let buf = '';
let n = 0;
for (let c = 0; c < customers; c++) {
  const code = `C${pad(c + 1, 6)}`;
  const name = c % 97 === 0 ? `"Customer ${c + 1}, Ltd"` : `Customer ${c + 1} Co`;
  const currency = c % 10 === 0 ? 'USD' : c % 10 === 1 ? 'EUR' : 'CNY';
  const per = Math.floor(rows / customers) + (c < rows % customers ? 1 : 0);
  for (let k = 0; k < per; k++, n++) {
    const issue = Math.floor(rnd() * 690);
    const credit = n % 101 === 0;
    const total = Math.floor(rnd() * 5_000_000) + 100;
    const open = credit ? total : rnd() < 0.3 ? Math.floor(total * rnd()) : total;
    const money = (m) => `${Math.floor(m / 100)}.${pad(m % 100, 2)}`;
    buf += `${code},${name},${credit ? 'CN' : 'INV'}${pad(n + 1, 9)},${credit ? 'credit_note' : 'invoice'},${iso(issue)},${iso(issue + 30)},${currency},${money(total)},${money(open)},PO${pad(n % 100000, 6)},Rep ${n % 40}\n`;
    if (buf.length > 1 << 20) {
      out.write(buf);
      buf = '';
    }
  }
}
out.write(buf);
out.end();
out.on('finish', () => console.error(`wrote ${n} rows for ${customers} customers to ${file}`));
