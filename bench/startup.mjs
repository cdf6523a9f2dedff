// `ar --help` start-up time: the median of 15 runs, wall clock, through the real bin shim, each run
// beside a bare `node -e 0` (interleaved, so both see the same load on a shared machine).
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'ar.js');
const RUNS = 15;
const timed = (args) => {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const load0 = os.loadavg()[0];
const times = [];
const bare = [];
for (let i = 0; i < RUNS; i++) {
  times.push(timed([bin, '--help']));
  bare.push(timed(['-e', '0']));
}
times.sort((a, b) => a - b);
bare.sort((a, b) => a - b);
const mid = Math.floor(RUNS / 2);
console.log(
  `ar --help: median ${times[mid].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[RUNS - 1].toFixed(0)}); ` +
    `bare node -e 0: median ${bare[mid].toFixed(0)} ms (min ${bare[0].toFixed(0)}); ` +
    `${(times[mid] - bare[mid]).toFixed(0)} ms over; load ${load0.toFixed(1)}→${os.loadavg()[0].toFixed(1)}; bar ≤ 150 ms and ≤ 60 ms over`,
);
