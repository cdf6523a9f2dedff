const specs = process.argv.slice(2);
const r=[];
for (const s of specs) { const a = performance.now(); await import(s); r.push(s.replace('./dist/','')+' '+(performance.now()-a).toFixed(1)); }
console.log(r.join(' | '));
