#!/usr/bin/env node
// Shim: the program lives in dist/ (built by `npm run build`, run by `npm ci` through `prepare`).
import('../dist/cli/main.js')
  .then((m) => m.main(process.argv))
  .catch((err) => {
    if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/cli/main.js')) {
      process.stderr.write('ar: error: the program is not built yet\nhint: run `npm run build` (or `npm ci`) in the huikuan folder\n');
      process.exit(1);
    }
    process.stderr.write(String(err?.stack || err) + '\n');
    process.exit(1);
  });
