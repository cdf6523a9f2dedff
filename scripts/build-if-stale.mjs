// Builds only when dist/ is missing or older than what it is built from, so that one CI run builds
// once (`npm ci` → prepare) and `npm test` on a developer's machine still tests fresh code.
// "Older" compares the stamp `npm run build` writes last (so a failed build never counts as fresh)
// with the newest file or folder under src/ (a folder's time changes when a file in it is added,
// removed or renamed) and the build's own inputs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = path.join(root, 'dist', '.built');

function newest(p) {
  const st = fs.statSync(p);
  let t = st.mtimeMs;
  if (st.isDirectory()) for (const name of fs.readdirSync(p)) t = Math.max(t, newest(path.join(p, name)));
  return t;
}

function isStale() {
  if (!fs.existsSync(STAMP)) return true;
  const inputs = ['src', 'tsconfig.json', 'scripts/copy-assets.mjs'].map((p) => path.join(root, p));
  return Math.max(...inputs.map(newest)) > fs.statSync(STAMP).mtimeMs;
}

function buildIfStale() {
  if (!isStale()) return;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status ?? r.signal})`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    buildIfStale();
  } catch (err) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
}
