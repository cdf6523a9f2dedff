import Database from 'better-sqlite3';
const db = new Database(process.argv[2]);
const q = `SELECT id, code, type, grade, strategic, terms_days, collector FROM customers`;
for (let j = 0; j < 3; j++) {
  let s = performance.now(); const m = new Map(); for (const r of db.prepare(q).raw(true).all()) m.set(r[0], {code: r[1], type: r[2]}); const a = performance.now() - s;
  s = performance.now(); const m2 = new Map(); for (const r of db.prepare(q).raw(true).iterate()) m2.set(r[0], {code: r[1], type: r[2]}); const b = performance.now() - s;
  console.log('all', a.toFixed(0), 'iterate', b.toFixed(0));
}
