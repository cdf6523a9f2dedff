// The English catalogue: the source of every user-facing string. zh.ts is typed against it.
// One section per area; `{name}` marks a placeholder; English plurals are 'one|other' (see plural()).
// Keep one term per idea: the glossary section names the domain's words once.

// ---- section: common (errors, warnings, words every area uses) ----
const common = {
  errorPrefix: 'ar: error: ',
  warningPrefix: 'ar: warning',
  hintPrefix: 'hint: ',
  cancelled: 'cancelled',
  internal: 'internal error (a bug in huikuan): {message}',
} as const;
// ---- end common ----

// ---- section: cli (program, global options, commander's messages, help) ----
const cli = {} as const;
// ---- end cli ----

// ---- section: glossary (labels for the codes core returns: types, grades, steps, buckets, roles, reasons) ----
const glossary = {} as const;
// ---- end glossary ----

// ---- section: store (ledger opening, migrations, store errors) ----
const store = {
  cannotRead: 'cannot read the ledger {file}: {reason}',
  noFolder: 'the folder for the ledger {file} does not exist',
  noFolderHint: 'create the folder first, or give another path with --db',
  missing: 'no ledger at {file}',
  missingHint: 'create one with `ar init`',
  isFolder: '{file} is a folder, not a ledger file',
  isFolderHint: 'give the path of a file, e.g. --db ~/ar/ledger.db',
  notSqlite: '{file} is not a huikuan ledger (not a SQLite database); it was left untouched',
  foreign: '{file} is a SQLite database but not a huikuan ledger; it was left untouched',
  checkPathHint: 'check the --db path or AR_DB',
  cannotOpen: 'cannot open the ledger {file}: {reason}',
  newer: 'the ledger {file} has schema version {version}, newer than this program understands ({latest})',
  newerHint: 'upgrade huikuan to open it; the ledger was left untouched',
} as const;
// ---- end store ----

// ---- section: import ----
const importing = {} as const;
// ---- end import ----

// ---- section: queue ----
const queue = {} as const;
// ---- end queue ----

// ---- section: account ----
const account = {} as const;
// ---- end account ----

// ---- section: aging ----
const aging = {} as const;
// ---- end aging ----

// ---- section: status ----
const status = {} as const;
// ---- end status ----

// ---- section: config ----
const config = {} as const;
// ---- end config ----

// ---- section: init ----
const init = {} as const;
// ---- end init ----

// ---- section: demo ----
const demo = {} as const;
// ---- end demo ----

// ---- section: profiles ----
const profiles = {} as const;
// ---- end profiles ----

// ---- section: view (tables, charts, amounts) ----
const view = {} as const;
// ---- end view ----

export const en = {
  common,
  cli,
  glossary,
  store,
  import: importing,
  queue,
  account,
  aging,
  status,
  config,
  init,
  demo,
  profiles,
  view,
} as const;
