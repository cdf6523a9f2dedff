// `ar queue` and `ar aging` on a 1,000,000-invoice / 50,000-customer ledger: wall time through the
// built binary (bin/ar.js), the way a collector runs them. Bar: ≤ 1.0 s each, on two ledgers: the
// generated one (payments, activities, letters, promises, disputes) and one built by `ar import` of
// a sales-register file (customers interleaved, 20% of the invoices open).
// The ledger is generated once by bench/gen-ledger.mjs into bench/out/ and reused while the generator
// is unchanged. `--small` runs on a 100k-invoice ledger for a quick look.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANCHOR, generate } from './gen-ledger.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const bin = path.join(root, 'bin', 'ar.js');
const small = process.argv.includes('--small');
const size = small ? { customers: 5_000, invoices: 100_000 } : { customers: 50_000, invoices: 1_000_000 };
const BAR_MS = 1000;
const RUNS = 5;

if (!fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  console.error('bench/queries: build first (npm run build)');
  process.exit(1);
}

// Regenerate when the generator or the size change. A new migration does not regenerate: the first
// command run on the ledger upgrades it in place, as it would a user's (the warm-up run does it).
const outDir = path.join(here, 'out');
fs.mkdirSync(outDir, { recursive: true });
const db = path.join(outDir, `ledger-${size.invoices}.db`);
const fingerprint = crypto
  .createHash('sha256')
  .update(fs.readFileSync(path.join(here, 'gen-ledger.mjs')))
  .update(JSON.stringify({ size }))
  .digest('hex');
const metaFile = `${db}.json`;
const meta = fs.existsSync(metaFile) ? JSON.parse(fs.readFileSync(metaFile, 'utf8')) : null;
if (!fs.existsSync(db) || meta?.fingerprint !== fingerprint) {
  const t = Date.now();
  process.stdout.write(
    `generating ${path.relative(root, db)} (${size.invoices.toLocaleString('en')} invoices, ${size.customers.toLocaleString('en')} customers)… `,
  );
  const counts = await generate(db, size);
  process.stdout.write(`${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  fs.writeFileSync(metaFile, JSON.stringify({ fingerprint, counts }, null, 2));
}
const { counts } = JSON.parse(fs.readFileSync(metaFile, 'utf8'));
console.log(
  `ledger: ${counts.invoices.toLocaleString('en')} invoices (${counts.open.toLocaleString('en')} open), ${size.customers.toLocaleString('en')} customers, ` +
    `${counts.payments.toLocaleString('en')} payments, ${counts.activities.toLocaleString('en')} activities, ${counts.letters.toLocaleString('en')} letters, ` +
    `${counts.promises.toLocaleString('en')} promises, ${counts.disputes.toLocaleString('en')} disputes; as of ${ANCHOR}`,
);

/** A ledger built by `ar import` of an interleaved sales register with 20% of the invoices open. */
function registerLedger() {
  const file = path.join(outDir, `register-${size.invoices}.csv`);
  const ledger = path.join(outDir, `register-${size.invoices}.db`);
  const stamp = `${ledger}.json`;
  const fp = crypto
    .createHash('sha256')
    .update(fingerprint)
    .update(fs.readFileSync(path.join(here, 'gen-invoices.mjs')))
    .update(fs.readFileSync(path.join(root, 'dist', 'import', 'index.js')))
    .digest('hex');
  if (fs.existsSync(ledger) && fs.existsSync(stamp) && JSON.parse(fs.readFileSync(stamp, 'utf8')).fp === fp) return ledger;
  for (const f of [file, ledger, `${ledger}-wal`, `${ledger}-shm`]) fs.rmSync(f, { force: true });
  const t = Date.now();
  process.stdout.write(`building ${path.relative(root, ledger)} (ar import of ${size.invoices.toLocaleString('en')} interleaved rows, 20% open)… `);
  const g = spawnSync(process.execPath, [path.join(here, 'gen-invoices.mjs'), file, String(size.invoices), '0.2'], { stdio: 'ignore' });
  if (g.status !== 0) throw new Error('gen-invoices failed');
  const r = spawnSync(process.execPath, [bin, 'import', file], {
    env: { ...process.env, AR_DB: ledger, AR_TODAY: ANCHOR, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`ar import failed: ${r.stderr}`);
  fs.rmSync(file, { force: true });
  fs.writeFileSync(stamp, JSON.stringify({ fp }));
  process.stdout.write(`${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  return ledger;
}

// The child's own CPU time (user + system), written at exit: on a shared machine it moves far less
// with other people's load than the wall clock does.
const cpuFile = path.join(outDir, 'cpu.txt');
const cpuHook = `data:text/javascript,${encodeURIComponent(
  "import fs from 'node:fs'; process.on('exit', () => { const u = process.cpuUsage(); fs.writeFileSync(process.env.AR_BENCH_CPU, String((u.user + u.system) / 1000)); });",
)}`;

function time(ledger, args) {
  const env = { ...process.env, AR_DB: ledger, AR_TODAY: ANCHOR, NO_COLOR: '1', AR_LANG: 'en', AR_BENCH_CPU: cpuFile };
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', cpuHook, bin, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`ar ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { ms, cpu: Number(fs.readFileSync(cpuFile, 'utf8')) };
}

/** A bare `node -e 0`, timed beside each run: how slow start-up alone is on the machine right now. */
function bare() {
  const t = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '0']);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => os.loadavg()[0].toFixed(1);

let over = 0;
function measure(label, ledger, cases) {
  console.log(`-- ${label}`);
  for (const c of cases) {
    time(ledger, c.args); // warm the page cache
    const load0 = load();
    const runs = [];
    const bares = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(time(ledger, c.args));
      bares.push(bare());
    }
    const ms = runs.map((r) => r.ms);
    const med = median(ms);
    const verdict = c.bar ? (med <= BAR_MS ? `ok (bar ${BAR_MS} ms)` : `OVER the ${BAR_MS} ms bar`) : '(informative)';
    if (c.bar && med > BAR_MS) over++;
    console.log(
      `ar ${c.args.join(' ')}: median ${med.toFixed(0)} ms (min ${Math.min(...ms).toFixed(0)}, max ${Math.max(...ms).toFixed(0)}), ` +
        `CPU ${median(runs.map((r) => r.cpu)).toFixed(0)} ms; bare node -e 0 ${median(bares).toFixed(0)} ms; load ${load0}→${load()} ${verdict}`,
    );
  }
}
measure('generated ledger', db, [
  { args: ['queue'], bar: true },
  { args: ['aging'], bar: true },
  { args: ['aging', '--by', 'type'], bar: false },
  { args: ['queue', '--json', '--limit', '0'], bar: false },
  { args: ['account', 'C000001'], bar: false },
]);
measure('imported sales register (interleaved, 20% open)', registerLedger(), [
  { args: ['queue'], bar: true },
  { args: ['aging'], bar: true },
]);
process.exit(over && !small ? 1 : 0);
