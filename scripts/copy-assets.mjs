// tsc compiles TypeScript only; the SQL migrations ship beside the compiled store. Every .sql under
// src/ is copied to the same place under dist/, so moving the store (src/store/sqlite/migrations)
// needs no change here.
import fs from 'node:fs';
import path from 'node:path';

function copySql(from, to) {
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, e.name);
    if (e.isDirectory()) copySql(src, path.join(to, e.name));
    else if (e.name.endsWith('.sql')) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(src, path.join(to, e.name));
    }
  }
}
copySql('src', 'dist');
