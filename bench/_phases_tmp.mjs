// Temporary: time each store read and the rest of queueReport, in one process.
import { openStore } from '../dist/store/index.js';
const store = await openStore(process.argv[2], { create: false });
const times = new Map();
for (const [area, obj] of Object.entries(store)) {
  if (!obj || typeof obj !== 'object') continue;
  for (const [name, fn] of Object.entries(obj)) {
    if (typeof fn !== 'function') continue;
    obj[name] = async (...a) => { const t = performance.now(); try { return await fn.apply(obj, a); } finally { const k = `${area}.${name}`; const e = times.get(k) ?? [0, 0]; e[0] += performance.now() - t; e[1]++; times.set(k, e); } };
  }
}
const { queueReport } = await import('../dist/reports/queue.js');
const t0 = performance.now();
const q = await queueReport(store, '2026-11-30', { limit: 50 });
const total = performance.now() - t0;
const st = [...times].reduce((a, [, v]) => a + v[0], 0);
console.log(`queueReport ${total.toFixed(0)} ms, store ${st.toFixed(0)} ms, JS ${(total - st).toFixed(0)} ms; entries ${q.entries.length}, need ${q.need}`);
for (const [k, v] of [...times].sort((a, b) => b[1][0] - a[1][0])) console.log(`  ${k} ${v[0].toFixed(0)} ms ×${v[1]}`);
