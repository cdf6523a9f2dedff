import { defineConfig } from 'vitest/config';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * After vitest's own report, one plain line that any CI log reader understands:
 * "tests: N passed, N failed" (", N skipped" when some were).
 */
class PlainSummary implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ once, and only when it is missing or older than src/ (CI built it in `npm ci`).
    globalSetup: ['test/global-setup.ts'],
    // The Chinese catalogue loads on demand in the program; tests call t('zh', …) directly.
    setupFiles: ['test/setup-languages.ts'],
    reporters: ['default', new PlainSummary()],
    // CLI golden tests spawn the built binary; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
