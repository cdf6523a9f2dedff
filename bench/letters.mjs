// `ar letter --due --format html --out DIR` on a 10,000-customer ledger (bar: ≤ 10 s), and the PDF
// throughput of headless Chromium (recorded, no bar). Through the built binary, as a collector runs it.
// The ledger comes from bench/gen-ledger.mjs (10,000 customers, 200,000 invoices), generated once into
// bench/out/ and reused while the generator is unchanged; a letterhead is set on it.
//   node bench/letters.mjs [--pdf N]   (N letters printed to PDF; default 20, 0 to skip)
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANCHOR, generate } from './gen-ledger.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const bin = path.join(root, 'bin', 'ar.js');
const size = { customers: 10_000, invoices: 200_000 };
const BAR_MS = 10_000;
const pdfArg = process.argv.indexOf('--pdf');
const PDF_N = pdfArg >= 0 ? Number(process.argv[pdfArg + 1]) : 20;

if (!fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  console.error('bench/letters: build first (npm run build)');
  process.exit(1);
}

const outDir = path.join(here, 'out');
fs.mkdirSync(outDir, { recursive: true });
const db = path.join(outDir, `letters-${size.customers}.db`);
const fingerprint = crypto
  .createHash('sha256')
  .update(fs.readFileSync(path.join(here, 'gen-ledger.mjs')))
  .update(JSON.stringify(size))
  .digest('hex');
const metaFile = `${db}.json`;
const meta = fs.existsSync(metaFile) ? JSON.parse(fs.readFileSync(metaFile, 'utf8')) : null;
const env = { ...process.env, AR_DB: db, AR_TODAY: ANCHOR, NO_COLOR: '1', AR_LANG: 'en' };
const ar = (args) => spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 28 });

if (!fs.existsSync(db) || meta?.fingerprint !== fingerprint) {
  const t = Date.now();
  process.stdout.write(
    `generating ${path.relative(root, db)} (${size.invoices.toLocaleString('en')} invoices, ${size.customers.toLocaleString('en')} customers)… `,
  );
  await generate(db, size);
  for (const [k, v] of [
    ['letterhead.name_en', 'Bench Supply Co., Ltd.'],
    ['letterhead.name_zh', '测试供应有限公司'],
    ['letterhead.email', 'ar@bench.example'],
    ['letterhead.bank_account_no', '1001234509000012345'],
  ]) {
    const r = ar(['config', 'set', k, v]);
    if (r.status !== 0) throw new Error(r.stderr);
  }
  process.stdout.write(`${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  fs.writeFileSync(metaFile, JSON.stringify({ fingerprint }));
}

function timed(args) {
  const t = process.hrtime.bigint();
  const r = ar(args);
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`ar ${args.join(' ')}: ${r.stderr}`);
  return { ms, r };
}

const html = path.join(outDir, 'letters-html');
const runs = [];
let made = 0;
for (let i = 0; i < 3; i++) {
  fs.rmSync(html, { recursive: true, force: true });
  const { ms } = timed(['letter', '--due', '--format', 'html', '--out', html]);
  runs.push(ms);
  made = fs.readdirSync(html).length;
}
const best = Math.min(...runs);
console.log(`ar letter --due --format html: ${made.toLocaleString('en')} letters for ${size.customers.toLocaleString('en')} customers`);
console.log(
  `  runs ${runs.map((m) => (m / 1000).toFixed(2)).join(' / ')} s; best ${(best / 1000).toFixed(2)} s (${((best / made) * 1000).toFixed(0)} µs a letter)  bar ≤ ${BAR_MS / 1000} s  ${best <= BAR_MS ? 'OK' : 'OVER'}`,
);

if (PDF_N > 0) {
  const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find((n) => spawnSync('sh', ['-c', `command -v ${n}`]).status === 0);
  if (!chromium && !process.env.AR_CHROMIUM) console.log('PDF: skipped (no chromium on PATH)');
  else {
    const codes = fs
      .readdirSync(html)
      .slice(0, PDF_N)
      .map((f) => f.split('_')[2]);
    const pdf = path.join(outDir, 'letters-pdf');
    fs.rmSync(pdf, { recursive: true, force: true });
    const { ms } = timed(['letter', ...codes, '--format', 'pdf', '--out', pdf]);
    const n = fs.readdirSync(pdf).length;
    console.log(
      `PDF (one headless Chromium for the run): ${n} letters in ${(ms / 1000).toFixed(1)} s = ${(ms / n / 1000).toFixed(2)} s a letter, ${((n / ms) * 60_000).toFixed(0)} letters a minute`,
    );
  }
}
process.exit(best <= BAR_MS ? 0 : 1);
