// Why `ar import` tokenizes CSV itself rather than with csv-parse (the design card's CSV parser):
// the same file, decoded the same way, through each; records counted, best of RUNS.
//
//   node bench/csv.mjs [FILE] [RUNS]    (default: the 1,000,000-row file bench/import.mjs generated; 3 runs)
//
// csv-parse runs with the options the import needs to match its tokenizer: line numbers of each
// record (info), quotes inside unquoted fields kept as text (relax_quotes), short rows allowed
// (relax_column_count). Run `npm run build` first (the tokenizer is read from dist/).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse';
import { CsvTokenizer } from '../dist/import/read/csv.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const genHash = crypto
  .createHash('sha1')
  .update(fs.readFileSync(path.join(here, 'gen-invoices.mjs')))
  .digest('hex')
  .slice(0, 8);
const file = process.argv[2] ?? path.join(os.tmpdir(), `huikuan-bench-import-${genHash}`, 'invoices-1000000.csv');
const runs = Number(process.argv[3] ?? 3);
if (!fs.existsSync(file)) throw new Error(`${file} not found: run node bench/import.mjs first, or name a CSV file`);

async function ours() {
  const tok = new CsvTokenizer(',');
  const dec = new TextDecoder('utf-8');
  let n = 0;
  const out = [];
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) {
    tok.push(dec.decode(chunk, { stream: true }), out);
    n += out.length;
    out.length = 0;
  }
  tok.end(out);
  return n + out.length;
}

async function csvParse(options) {
  const parser = fs.createReadStream(file, { highWaterMark: 1 << 20 }).pipe(parse(options));
  let n = 0;
  for await (const _ of parser) n++;
  return n;
}

async function best(fn) {
  let t = Number.POSITIVE_INFINITY;
  let n = 0;
  for (let i = 0; i < runs; i++) {
    const s = process.hrtime.bigint();
    n = await fn();
    t = Math.min(t, Number(process.hrtime.bigint() - s) / 1e9);
  }
  return { t, n };
}

const a = await best(ours);
const b = await best(() => csvParse({ info: true, relax_quotes: true, relax_column_count: true }));
// Without line numbers (which the import cannot do without: rejects and duplicates name their line).
const c = await best(() => csvParse({ relax_quotes: true, relax_column_count: true }));
const mb = fs.statSync(file).size / 1e6;
console.log(`${path.basename(file)} (${mb.toFixed(0)} MB), best of ${runs}:`);
console.log(`  ar's CsvTokenizer: ${a.t.toFixed(2)} s, ${a.n.toLocaleString('en')} records`);
console.log(
  `  csv-parse (info, relax_quotes, relax_column_count): ${b.t.toFixed(2)} s, ${b.n.toLocaleString('en')} records (${(b.t / a.t).toFixed(1)}× the tokenizer)`,
);
console.log(`  csv-parse without line numbers: ${c.t.toFixed(2)} s (${(c.t / a.t).toFixed(1)}× the tokenizer)`);
