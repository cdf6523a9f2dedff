// `ar --help` start-up time: the median of 15 runs, wall clock, through the real bin shim.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'ar.js');
const times = [];
for (let i = 0; i < 15; i++) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
  if (r.status !== 0) throw new Error(r.stderr);
}
times.sort((a, b) => a - b);
const bare = [];
for (let i = 0; i < 15; i++) {
  const t = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '0']);
  bare.push(Number(process.hrtime.bigint() - t) / 1e6);
}
bare.sort((a, b) => a - b);
console.log(
  `ar --help: median ${times[7].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[14].toFixed(0)}); bare node -e 0: median ${bare[7].toFixed(0)} ms; bar ≤ 150 ms`,
);
