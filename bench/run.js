// `npm run bench`: every speed figure of DESIGN.md's quality bars, measured on generated data.
// Each section is its own script so it can be run alone; this runs them in order and prints a summary.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const sections = [
  ['startup', 'startup.mjs'],
  ['import', 'import.mjs'],
  ['queries', 'queries.mjs'],
  ['letters', 'letters.mjs'],
].filter(([name]) => only.length === 0 || only.includes(name));

let failed = 0;
for (const [name, script] of sections) {
  process.stdout.write(`\n== ${name} ==\n`);
  const r = spawnSync(process.execPath, [path.join(here, script)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    process.stdout.write(`(${name}: exit ${r.status})\n`);
  }
}
process.exit(failed ? 1 : 0);
