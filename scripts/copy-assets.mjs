// tsc compiles TypeScript only; the SQL migrations ship beside the compiled store.
import fs from 'node:fs';
const from = 'src/store/sqlite/migrations';
const to = 'dist/store/sqlite/migrations';
fs.mkdirSync(to, { recursive: true });
for (const f of fs.readdirSync(to)) if (f.endsWith('.sql')) fs.rmSync(`${to}/${f}`);
for (const f of fs.readdirSync(from)) if (f.endsWith('.sql')) fs.copyFileSync(`${from}/${f}`, `${to}/${f}`);
