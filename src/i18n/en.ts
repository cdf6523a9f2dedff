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
  noLedger: 'no ledger at {path}',
  noLedgerHint:
    '`ar import FILE` creates it from an aging or open-invoice export; `ar demo` builds a sample ledger to try (check --db or AR_DB if you meant another file)',
  noCollector: 'no collector named "{name}" in this ledger',
  collectorsHint: 'collectors: {list}',
  noCollectorsHint: 'no customer has a collector yet (a customers file with a collector column sets them)',
  /** Between the items of a plain enumeration (dates, names). */
  listSep: ', ',
  /** What an import file holds. */
  kind: { invoices: 'invoices', payments: 'payments', customers: 'customers', contacts: 'contacts' },
} as const;
// ---- end common ----

// ---- section: cli (program, global options, commander's messages, help) ----
const cli = {
  describe: 'huikuan (回款): collect B2B receivables — import the accounting export, work today’s ranked calls, see each account and its aging',
  version: 'print the version',
  help: 'show help',
  helpCommand: 'show help for a command',
  db: 'ledger file (else AR_DB, else the per-user data folder)',
  asOf: 'the business date YYYY-MM-DD (else AR_TODAY, else today)',
  lang: 'language of the output (else AR_LANG, else the locale)',
  json: 'machine-readable JSON on stdout',
  noColor: 'no colours (also NO_COLOR)',
  debug: 'show stack traces',
  seeHelp: 'see `{help}`',
  badDate: '{src} must be a date YYYY-MM-DD, not "{value}"',
  badDateHint: 'for example: --as-of 2026-11-30',
  noTty: '"{message}" needs an answer, and there is no terminal to ask on',
  noTtyHint: 'give the answer as a flag (see --help)',
  // Commander's errors. English output keeps commander's own text; these carry the same meaning.
  commander: {
    didYouMean: ' (Did you mean {s}?)',
    unknownCommand: 'unknown command {name}{also}',
    unknownOption: 'unknown option {name}{also}',
    missingArgument: 'missing required argument {name}',
    optionMissingArgument: 'option {name} argument missing',
    missingMandatoryOptionValue: 'required option {name} not specified',
    invalidArgument: 'option {name} argument {value} is invalid{allowed}',
    allowed: '. Allowed choices are {list}.',
    excessArguments: 'too many arguments for {name}',
    conflictingOption: 'options {list} cannot be used together',
  },
  // Commander's help headings, as commander prints them in English.
  heading: { usage: 'Usage: ', options: 'Options:', commands: 'Commands:', arguments: 'Arguments:', default: '(default: ', choices: '(choices: ' },
} as const;
// ---- end cli ----

// ---- section: glossary (labels for the codes core returns: types, grades, steps, buckets, roles, reasons) ----
const glossary = {} as const;
// ---- end glossary ----

// ---- section: store (ledger opening, migrations, store errors) ----
const store = {} as const;
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
const aging = {
  describe: 'aging of open items by bucket, per currency (by customer, collector, type or grade)',
  by: 'rows by customer, collector, type or grade',
  basis: 'age from the due date (default) or the invoice date',
  buckets: 'bucket bounds in days, e.g. 30,60,90 (→ current, 1–30, 31–60, 61–90, >90); 1y,2y for years',
  preset: 'a bucket preset: cn = 账龄 1年以内 / 1至2年 / 2至3年 / 3年以上 from the invoice date',
  collector: "only this collector's customers",
  chart: 'show the totals as a bar chart instead of the table',
  csv: 'CSV on stdout (exact amounts)',
  title: '{currency} · aging by {basis} · {date} · {what} · open {open}',
  basisDue: 'due date',
  basisInvoice: 'invoice date',
  header: { customer: 'Customer', collector: 'Collector', type: 'Type', grade: 'Grade' },
  count: { customer: '{n} customer|{n} customers', collector: '{n} collector|{n} collectors', type: '{n} type|{n} types', grade: '{n} grade|{n} grades' },
  total: 'Total',
  unassigned: '(unassigned)',
  nothing: 'Nothing is open{who}. `ar import FILE` brings in an aging or open-invoice export.',
  whoCollector: ' for {name}',
  whole: 'Rounded to whole units to fit, each amount on its own (a column may not add up to its total exactly); --csv or --json give exact amounts.',
  compact: 'Abbreviated to fit (k = thousand, M = million), each amount on its own; --csv or --json give exact amounts.',
  badBuckets: '--buckets takes ascending bounds such as 30,60,90 (days) or 1y,2y,3y: {why}',
  badStoredBuckets: 'the bucket bounds in the setting {key} cannot be used: {why}',
  badStoredHint: 'fix them with `ar config set {key} 30,60,90`, or `ar config unset {key}`',
  badPreset: 'unknown bucket preset "{name}"; known: {known}',
  limit: 'rows a table shows (default 50, a screenful; 0 = all; --csv and --json are never cut)',
  badLimit: '--limit takes a whole number ≥ 0, not "{v}"',
  bound: {
    notDays: 'a bound is a whole number of days ≥ 1, not {b}',
    badUnit: 'a bound is days (30), months (6m) or years (1y), not "{b}"',
    none: 'no bucket bounds given',
    empty: 'an empty bound in "{text}"',
    ascend: 'bucket bounds must ascend: {list}',
  },
} as const;
// ---- end aging ----

// ---- section: status ----
const status = {
  describe: 'show the ledger: path, schema, counts, open balance per currency, last import',
  ledger: 'Ledger',
  schema: '  (schema {v})',
  holds: 'Holds',
  open: 'Open balance',
  currency: 'Currency',
  items: 'Items',
  amount: 'Open',
  nothingOpen: 'nothing open',
  lastImport: 'Last import',
  never: 'none yet — `ar import FILE` brings in an export, `ar demo` shows the tool on sample data',
  importLine: '{file} ({kind}) on {at}: {read}, {imported} new, {updated} updated, {unchanged} unchanged, {rejected} rejected',
  rowsRead: '{n} row read|{n} rows read',
  count: { customers: '{n} customer|{n} customers', invoices: '{n} invoice|{n} invoices', payments: '{n} payment|{n} payments', contacts: '{n} contact|{n} contacts' },
  /** Width of the label column, so the values line up. */
  labelWidth: '13',
} as const;
// ---- end status ----

// ---- section: config ----
const config = {
  describe: 'read and change settings: letterhead, currency, policy, buckets, weights',
  list: 'list every setting with its value (and whether it is the default)',
  get: 'print one setting (a dotted key such as letterhead.name_zh)',
  set: 'change one setting',
  unset: 'return one setting to its default',
  key: 'Key',
  value: 'Value',
  source: 'Source',
  default: 'default',
  ledger: 'ledger',
  invalid: 'ledger, NOT VALID',
  unknown: 'unknown setting "{key}"',
  unknownHint: 'see `ar config list` for the keys',
  badValue: 'setting {key} takes {type}, not "{value}"',
  badHint: 'e.g. `ar config set {key} {example}` (the default); `ar config unset {key}` returns to it',
  badHintLong: '`ar config get {key}` shows the value in use; `ar config unset {key}` returns to the default',
  set_ok: '{key} = {value}',
  unset_ok: '{key} is back to its default',
  type: { number: 'a number', boolean: 'true or false', object: 'a JSON value' },
} as const;
// ---- end config ----

// ---- section: init ----
const init = {
  describe: 'create or upgrade a ledger; set letterhead, currency and language',
  company: 'company name (English)',
  companyZh: 'company name (Chinese)',
  address: 'company address (English)',
  addressZh: 'company address (Chinese)',
  phone: 'company phone',
  email: 'company email',
  bank: 'bank name for payments',
  accountName: 'bank account name',
  accountNo: 'bank account number',
  currency: 'default currency (ISO 4217, e.g. CNY)',
  language: 'language of letters and screens: en or zh',
  yes: 'ask nothing; use the flags and keep what is set',
  created: 'Created a new ledger at {path} (schema {v}).',
  currencyIs: 'Default currency {c}: files that name no currency are booked in it (change with --currency).',
  upToDate: 'Ledger {path} is ready (schema {v}).',
  saved: 'Saved: {keys}.',
  next: 'Next: `ar import FILE` to bring in an aging or open-invoice export, or `ar demo` to try sample data.',
  badCurrency: 'currency must be a three-letter ISO 4217 code such as CNY, USD or EUR, not "{v}"',
} as const;
// ---- end init ----

// ---- section: demo ----
const demo = {
  describe: 'build a demo ledger from the bundled sample book and show the day’s work',
  notEmpty: 'the ledger {path} already holds {n} customers; the demo builds only into a new or empty ledger',
  notEmptyHint: 'leave out --db (the demo then uses a temp folder) or name a new file',
  built: 'Demo ledger: {path}',
  book: 'A fictional distributor, {company}: {customers} customers, {invoices} invoices and credit notes, {payments} payments, dated to today, {today}.',
  tryIt: 'Try it (AR_DB points the commands at this ledger):',
} as const;
// ---- end demo ----

// ---- section: profiles ----
const profiles = {
  describe: 'list, show, save and delete import mapping profiles',
  list: 'list built-in and user profiles',
  show: 'show one profile as JSON',
  save: 'save a user profile (from flags, a JSON file, or based on another profile)',
  del: 'delete a user profile',
  name: 'Name',
  kind: 'Kind',
  where: 'Where',
  description: 'Description',
  builtin: 'built-in',
  user: 'user',
  dir: 'User profiles live in {dir}.',
  saved: 'Saved profile {name} to {file}.',
  deleted: 'Deleted profile {name} ({file}).',
  fromFile: 'read the profile from this JSON file',
  base: 'start from this profile',
  optKind: 'kind of file: invoices, payments, customers, contacts',
  optMap: 'field=Header (repeatable)',
  optSkip: 'skip rows matching this regular expression (repeatable)',
  optFingerprint: 'headers that identify the layout, comma-separated (repeatable)',
  optNegative: 'negative amounts: auto, minus, parentheses, trailing, invert',
  optAmountIsOpen: 'a single amount column is the open amount',
  cannotReadJson: 'cannot read {file}: {why}',
  nothingToSave: 'say what the profile holds: --map, --kind, --from FILE or --base PROFILE',
  badCurrency: '--currency must be a three-letter ISO 4217 code such as CNY or USD, not "{v}"',
  badMap: '--map "{spec}" must be field=Header',
} as const;
// ---- end profiles ----

// ---- section: view (tables, charts, amounts) ----
const view = {
  import: {
    describe: 'import invoices, payments, customers or contacts from CSV/TSV/TXT/XLSX exports',
    files: 'export files (CSV, TSV, TXT, XLSX)',
    kind: 'what the files hold (default: auto)',
    profile: 'mapping profile (default: detected from the headers; see `ar profiles list`)',
    map: 'map a field to a column: field=Header (repeatable; Header#2, #3 for a column number)',
    encoding: 'text encoding: auto, utf8, gb18030, utf16, windows-1252',
    delimiter: 'field delimiter: , ; tab | (default: detected)',
    dateFormat: 'date order: ymd, mdy, dmy or a pattern like DD/MM/YYYY (default: from the data)',
    decimalMark: 'decimal mark of amounts: . or , (default: decided once per file from its amounts)',
    sheet: 'worksheet of an XLSX file (default: the first with a table)',
    currency: 'currency of rows that name none (default: the profile’s, else the amounts’ symbols €/£/¥/US$, else the ledger’s, with a warning)',
    headerRow: 'physical row number of the header (default: detected)',
    snapshot: 'the file lists every open item as of its date: close open items missing from it, in the currencies the file names (all currencies when it names none); never items issued after its date or confirmed by a newer import (=customers: only customers in the file). Closing more than half of the ledger asks first (--yes, or refused without a terminal)',
    yes: 'confirm a --snapshot that closes more than half of the open items, or items in currencies the file does not name',
    dryRun: 'report what would happen; write nothing',
    skipBad: 'import the good rows and leave out the bad ones',
    rejects: 'write the bad rows (with line and reason) to this CSV (needs --skip-bad)',
    title: 'Imported into {db}',
    titleDry: 'Dry run: nothing was written to {db}',
    file: 'File',
    kindCol: 'Kind',
    profileCol: 'Profile',
    encodingCol: 'Encoding',
    read: 'Read',
    imported: 'New',
    updated: 'Updated',
    unchanged: 'Unchanged',
    rejected: 'Rejected',
    closed: 'Closed',
    asOf: 'As of {date}{snapshot}',
    snapshotNote: ' · {n} open item missing from the file closed by snapshot| · {n} open items missing from the file closed by snapshot',
    snapshotNoteDry: ' · would close {n} open item missing from the file (snapshot)| · would close {n} open items missing from the file (snapshot)',
    closedLine: 'closed by snapshot: {number} ({customer}) {amount}',
    wouldCloseLine: 'would close: {number} ({customer}) {amount}',
    moreClosed: '… and {n} more (--json lists them all)',
    rejectsWritten: 'Rejected rows written to {file}.',
    next: 'Next: `ar aging` for the balance by age, `ar queue` for today’s calls.',
    badHeaderRow: '--header-row must be a row number ≥ 1, not "{v}"',
    fileWarning: '{file}: {warning}',
  },
  more: '… {n} more',
} as const;
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
