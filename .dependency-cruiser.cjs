// Layer rules of DESIGN.md "Architecture", checked in CI by `npm run layers`.
// Written for the target layout (src/reports, src/view, src/store/port.ts + src/store/sqlite/),
// so a file that lands in the wrong layer fails here rather than in review.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment:
        'src/core holds pure domain rules: it imports nothing outside src/core (no I/O, no UI text, no packages), ' +
        'except the typed errors (src/errors.ts) and a message as data (src/i18n/msg.ts: a key and its parameters, no text).',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { pathNot: ['^src/core/', '^src/errors\\.ts$', '^src/i18n/msg\\.ts$', '^src/i18n/check\\.ts$', '^src/i18n/en\\.ts$'] },
    },
    {
      name: 'core-no-catalogue-text',
      comment: 'Core may name a message (src/i18n/msg.ts) but never load the catalogue text itself.',
      severity: 'error',
      from: { path: '^src/(core|errors\\.ts$)' },
      to: { path: '^src/i18n/(en|zh|check)\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'reports-use-core-and-port',
      comment: 'A report takes facts from the store port and rules from core; no SQL, no text, no colour.',
      severity: 'error',
      from: { path: '^src/reports/' },
      to: { pathNot: ['^src/(core|reports|i18n)/', '^src/store/port\\.ts$'] },
    },
    {
      name: 'reports-i18n-types-only',
      comment: 'Reports may name i18n types (a message key, a language) but never produce text.',
      severity: 'error',
      from: { path: '^src/reports/' },
      to: { path: '^src/i18n/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'view-not-store',
      comment: 'Views render report objects; they never read the store.',
      severity: 'error',
      from: { path: '^src/view/' },
      to: { path: '^src/store/' },
    },
    {
      name: 'commands-not-each-other',
      comment:
        'A command imports no other command; what several share lives in commands/shared.ts or shared-<topic>.ts. ' +
        'A command may split itself into files named after it (demo.ts → demo-followups.ts, or a folder).',
      severity: 'error',
      from: { path: '^src/commands/([^/.-]+)' },
      to: { path: '^src/commands/', pathNot: ['^src/commands/shared\\.ts$', '^src/commands/shared-[a-z]+\\.ts$', '^src/commands/$1([./-]|$)'] },
    },
    {
      name: 'sqlite-only-in-store-sqlite',
      comment: 'better-sqlite3 is one backend of the store port; a second backend must be able to replace it.',
      severity: 'error',
      from: { pathNot: '^src/store/sqlite/' },
      to: { path: '(^|/)(@types/)?better-sqlite3(/|$)' },
    },
    {
      name: 'import-not-cli',
      comment: 'The import pipeline is called by commands; it never reaches back into them or the CLI.',
      severity: 'error',
      from: { path: '^src/import/' },
      to: { path: '^src/(cli|commands)/' },
    },
    {
      name: 'store-not-upper-layers',
      comment: 'The store is the bottom of the stack beside core: it knows no command, CLI, view, report or import code.',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: '^src/(cli|commands|view|reports|import)/' },
    },
    {
      name: 'no-circular',
      comment: 'No cycles, type-only ones included (cli ↔ commands registry was one).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves (a moved file with a stale import path fails here).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
