// CLI tests run the built program: build it first, but only when dist/ is missing or stale, so that
// CI (which built once in `npm ci`) does not build again. See scripts/build-if-stale.mjs.
import { spawnSync } from 'node:child_process';

export function setup(): void {
  const r = spawnSync(process.execPath, ['scripts/build-if-stale.mjs'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the build failed; the tests would run stale code');
}
