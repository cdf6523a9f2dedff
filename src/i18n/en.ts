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
const store = {} as const;
// ---- end store ----

// ---- section: import ----
const importing = {
  cannotRead: 'cannot read {file}: {why}',
  cannotReadHint: 'check the path; `ar import` reads CSV, TSV, TXT and XLSX files',
  legacyXls: '{file} is an old binary Excel workbook (.xls), which huikuan cannot read',
  legacyXlsHint: 'open it in Excel or LibreOffice and save it as .xlsx or CSV, then import that',
  htmlFile: '{file} is a web page (HTML) saved with a spreadsheet name, not a spreadsheet',
  binaryFile: '{file} is not a text or spreadsheet file',
  badBytes: '{file} is not valid {enc} (at line {line})',
  badBytesHint: 'name the encoding with --encoding gb18030, --encoding windows-1252 or --encoding utf16',
  badXlsx: 'cannot read the workbook {file}: {why}',
  noSheet: '{file} has no sheet named "{sheet}"; its sheets are: {sheets}',
  notXlsx: '{file} is not a spreadsheet (XLSX), although its name says so',
  notXlsxHint: 'export the file again, or open it in Excel or LibreOffice and save it as .xlsx or CSV',
  wTextSpreadsheet: 'the file is named like a spreadsheet but holds text; it was read as CSV',
  noSuchFile: 'no such file',
  isFolder: 'it is a folder',
  noSheetHint: 'pick one with --sheet NAME',
  emptyWorkbook: '{file} has no sheet with a table in it',
  badEncoding: 'unknown encoding "{v}"',
  badEncodingHint: 'use auto, utf8, gb18030, utf16 (or utf16le/utf16be) or windows-1252',
  noHeader: '{file}: cannot find the header row (no row names two or more columns this tool knows)',
  noHeaderHint: 'an {kind} file needs: {fields}; map them, e.g. {example} (the columns in row {row} are: {columns}); add --kind {others} if the file holds something else',
  noHeaderRow: '{file}: there is no row {row}',
  emptyFile: '{file} is empty',
  kindUnclear: '{file}: cannot tell whether this file holds invoices, payments, customers or contacts',
  kindUnclearHint: 'say which with --kind invoices|payments|customers|contacts',
  unmapped: '{file}: cannot tell which column holds: {fields}',
  unmappedHint: 'map them, e.g. {example} (the columns are: {columns})',
  unknownField: '--map {spec}: "{field}" is not a field of {kind}; the fields are: {fields}',
  badMap: '--map "{spec}" must be field=Header',
  badMapHint: 'for example --map number="Doc No" --map total=Amount (Header#2 for the second column of that name, #3 for the third column)',
  mapNoColumn: '--map {spec}: {file} has no column "{header}"; the columns are: {columns}',
  duplicateHeader: 'the column "{header}" appears {n} times; the first is used (map another one as "{header}#2")',
  badKind: '--kind must be invoices, payments, customers, contacts or auto, not "{v}"',
  badSnapshot: '--snapshot must be given alone (all) or as --snapshot=customers, not "{v}"',
  snapshotKind: '--snapshot only makes sense for invoice files ({file} holds {kind})',
  rejectsNeedsSkip: '--rejects needs --skip-bad (without it, any bad row stops the import)',
  badDateFormat: '--date-format must be ymd, mdy, dmy or a pattern such as DD/MM/YYYY, not "{v}"',
  badDecimalMark: '--decimal-mark must be "." or ",", not "{v}"',
  badCurrency: '--currency must be a three-letter ISO 4217 code such as CNY or USD, not "{v}"',
  noFiles: 'name at least one file to import',
  datesAmbiguous: '{file}: the dates could be day-first or month-first ({evidence})',
  datesAmbiguousHint: 'say which with --date-format dmy (15/03/2026) or --date-format mdy (03/15/2026)',
  datesConflict: '{file}: the dates contradict each other: {evidence}',
  askDateOrder: 'Dates in {file} such as {example}: which comes first?',
  dayFirst: 'day first (DD/MM/YYYY)',
  monthFirst: 'month first (MM/DD/YYYY)',
  badRows: '{n} bad rows in {files}; nothing was imported',
  badRowsProblems: '{n} bad rows ({p} problems) in {files}; nothing was imported',
  badRowProblems: '1 bad row ({p} problems) in {files}; nothing was imported',
  badRow: '1 bad row in {files}; nothing was imported',
  badRowsHint: 'fix them and import again, or import the good rows with --skip-bad --rejects rejects.csv',
  moreErrors: '… and {n} more',
  required: 'no {what}',
  noCustomer: 'no customer (no customer code or name, and no customer group row above)',
  ambiguousCustomer: 'several customers are called "{name}"; add a customer code column',
  unknownCustomer: 'customer "{who}" is not in the ledger; import it (or its invoices) first',
  noAmount: 'no amount (total or open balance)',
  noDate: 'no invoice date or due date',
  currencyConflict: 'the amount is in {found} but the row says {currency}',
  groupBad: 'another line of invoice {number} is bad (line {line})',
  notPositive: 'a payment must be a positive amount',
  badType: '"{v}" is not a customer type; use one of {types}',
  badGrade: '"{v}" is not a grade; use A, B or C',
  badLanguage: '"{v}" is not a language; use en or zh',
  badRole: '"{v}" is not a contact role; use one of {roles}',
  missingParent: 'parent customer "{code}" is not in the ledger',
  unterminated: 'a quoted field starting here is never closed (the file ends inside it)',
  wTotalMismatch: 'line {line}: the total row says {stated} {currency} but the rows add up to {sum}',
  wSkippedStatus: '{items} skipped (first at line {line})',
  wSummed: 'listed on several rows with different amounts, added up: {items} (first: {number}, line {line})',
  wDuplicate: 'listed twice, counted once: {items} (first: {number}, line {line}); identical repeats are ignored, different ones are rejected',
  dupInvoice: 'invoice {number} of this customer was already listed earlier in the file with different figures',
  wOverSettled: 'new total below what was already paid, open amount set to 0: {items} (first: {number})',
  wUnknownInvoice: 'line {line}: payment {reference} names invoice {invoice}, which is not in the ledger; the amount stays unallocated',
  wNotInvoice: 'line {line}: payment {reference} names {invoice}, which is a credit note; the amount stays unallocated',
  wCurrencyMismatch: 'line {line}: payment {reference} is not in the currency of invoice {invoice} ({currency}); the amount stays unallocated',
  wOverAllocated: 'line {line}: payment {reference} is {amount} more than what is open on invoice {invoice}; the rest stays unallocated',
  wCreditsApplied: 'set {notes} ({amount}) against the oldest open invoices of the same customer and currency, e.g. {credit} → {invoice}',
  wOnAccount: 'payment {reference} ({customer}) leaves {amount} unallocated (on account)',
  wSameFile: 'this file was imported before (batch {id}, {at})',
  wAsOfUnread: 'the title says "{text}", which is not a date this tool can read; the as-of date is {today}',
  wCustomerGroups: 'customers taken from the group rows above the invoices',
  wHeaderOnly: 'the file has a header row but no rows under it: nothing to import',
  wDecimalMixed: 'the amounts mix decimal marks ("{comma}" has a decimal comma, "{dot}" a decimal point); each amount was read on its own — say which the file uses with --decimal-mark , or --decimal-mark .',
  wDecimalUnclear: 'amounts such as "{example}" could have a decimal point or a thousands separator; they were read with a decimal point — use --decimal-mark , if the file uses a decimal comma',
  wDatesFromDecimal: 'dates such as "{example}" were read day-first, as the amounts use a decimal comma; use --date-format mdy if they are month-first',
  wDefaultCurrency: 'the file names no currency: amounts booked in {currency}, the ledger’s default; use --currency if not',
  wDollarCurrency: 'the amounts carry “$” but no currency code: booked in {currency}, the ledger’s default; use --currency USD (or CAD, AUD …) if that is wrong',
  wSymbolCurrency: 'the file has no currency column; its amounts carry “{symbol}”, so they are booked in {currency}',
  wPaymentsDefault: '{items} without a currency: booked in {currency}, the ledger’s default; use --currency if not',
  wPaymentsCustomerCurrency: '{items} without a currency: booked in the customer’s currency ({currencies})',
  wNoDueDate: 'no due date column: invoices aged from invoice date + terms',
  wNoDueDateColumn: 'no due date column: invoices aged from invoice date + terms (the column "{header}" holds dates: --map dueDate="{header}" would use it)',
  wNoOpenColumn: 'no open-balance column recognised: the amount is taken as open; the column "{header}" looks like money — --map open="{header}" would use it',
  wLinesRounded: '{items} had more decimals than their currency allows and were rounded (first: line {line})',
  wStale: '{items} left unchanged: this export (as of {asOf}) is older than what the ledger already knows (first: {number})',
  wOlderExport: 'this export is as of {asOf}, older than the last invoice import (as of {latest}); newer figures were kept',
  wSnapshotKept: 'kept open although missing from the file: {items} issued after {asOf} or confirmed by a newer import',
  wSnapshotDryGuard: 'a real run would ask before closing this much (or need --yes without a terminal)',
  snapshotGuard: '--snapshot would close {n} of the {total} open items ({perCurrency}){extra}; nothing was imported',
  snapshotGuardExtra: ', {m} of them in currencies the file does not list ({currencies})',
  snapshotGuardHint: 'check with --dry-run; --snapshot=customers closes only the items of customers in the file, and --yes confirms',
  snapshotConfirm: 'Close {n} of the {total} open items as no longer owed ({perCurrency})?',
  progress: 'importing {file}',
  badProfileName: '"{name}" is not a usable profile name',
  badProfileNameHint: 'use letters, digits, dot, underscore and dash, e.g. my-erp',
  builtinProfileName: '"{name}" is a built-in profile; save yours under another name',
  builtinProfileDelete: '"{name}" is a built-in profile and cannot be deleted',
  badProfileFile: 'the profile {file} is not valid: {what}',
  badProfileFileHint: 'fix the file, or delete it with `ar profiles delete NAME`',
  unknownProfile: 'no profile named "{name}"; the profiles are: {names}',
  unknownProfileHint: '`ar profiles list` shows them',
  mapperIntro: '{file}: huikuan does not know this layout. Choose the column for each field ({kind}).',
  mapperKind: 'What does {file} hold?',
  mapperField: 'Column for {field}',
  mapperNone: '(none)',
  mapperPreview: 'The first rows as they would be imported:',
  mapperConfirm: 'Import with this mapping?',
  mapperSave: 'Save this mapping as a profile for next time?',
  mapperName: 'Profile name',
  mapperSaved: 'Saved profile {name} ({file}).',
  mapperHeader: 'Which row is the header? (row number)',
  mapperCurrency: 'Currency of the amounts (ISO code such as CNY, USD, EUR)',
  mapperNotSaved: 'Profile not saved; the import itself is done.',
  field: {
    customerCode: 'customer code',
    customerName: 'customer name',
    number: 'invoice number',
    kind: 'document type',
    issueDate: 'invoice date',
    dueDate: 'due date',
    currency: 'currency',
    total: 'total amount',
    open: 'open balance',
    paid: 'amount paid',
    lineAmount: 'line amount',
    po: 'PO number',
    terms: 'payment terms',
    salesperson: 'salesperson',
    status: 'status',
    reference: 'payment reference',
    date: 'payment date',
    amount: 'amount',
    invoice: 'invoice paid',
    method: 'payment method',
    note: 'note',
    code: 'customer code',
    name: 'name',
    type: 'customer type',
    grade: 'grade',
    strategic: 'strategic',
    language: 'language',
    termsDays: 'terms (days)',
    creditLimit: 'credit limit',
    collector: 'collector',
    parent: 'parent customer',
    taxId: 'tax ID',
    address: 'address',
    phone: 'phone',
    email: 'email',
    paymentRunDays: 'payment run days',
    approvalChain: 'approval chain',
    documentsRequired: 'documents required',
    notes: 'notes',
    role: 'role',
    title: 'title',
    mobile: 'mobile',
    wechat: 'WeChat',
    isPrimary: 'primary contact',
    isDecisionMaker: 'decision maker',
  },
  kind: {
    invoices: 'invoices',
    payments: 'payments',
    customers: 'customers',
    contacts: 'contacts',
  },
  count: {
    invoices: '{n} invoice|{n} invoices',
    duplicates: '{n} invoice|{n} invoices',
    voidDocs: '{n} void or draft document|{n} void or draft documents',
    lineAmounts: '{n} line amount|{n} line amounts',
    payments: '{n} payment|{n} payments',
    openItems: '{n} open item|{n} open items',
    creditNotes: '{n} open credit note|{n} open credit notes',
  },
  value: {
    lostDigits: '{v} was stored as a number in the spreadsheet and has lost digits; format the column as text and export again',
    notAmount: '{v} is not an amount',
    tooManyDecimals: '{v} has more decimals than {currency} allows ({digits})',
    notDate: '{v} is not a date',
    notADate: 'not a date',
    quotedNotDate: '"{v}" is not a date',
    notCalendarDate: '"{v}" is not a real calendar date',
    orderMismatch: '"{v}" does not match the date format {order} ({name}) that was given; use --date-format dmy or mdy for dates like this',
    badCurrency: '"{v}" is not a currency this tool knows; use an ISO code such as CNY or USD',
    badDocType: '"{v}" is not a document type this tool knows (invoice or credit note)',
    notYesNo: '{v} is not yes/no',
    quotedNotYesNo: '"{v}" is not yes/no',
    ambiguousDate: '"{v}" could be day-first or month-first; choose a date format',
    notDays: '"{v}" is not a whole number of days',
  },
  order: { ymd: 'year-month-day', mdy: 'month/day/year', dmy: 'day/month/year' },
  evidence: {
    conflict: 'conflicting dates: "{dmy}" is day-first but "{mdy}" is month-first',
    dayFirst: '"{v}" can only be day-first',
    monthFirst: '"{v}" can only be month-first',
    ambiguous: 'every date like "{v}" reads both as day-first and as month-first',
    dotted: 'dotted dates like "{v}" are day-first by convention',
    yearFirst: '"{v}" is year-first',
    none: 'no numeric day/month dates to decide from',
  },
  profile: {
    notObject: 'not a JSON object',
    unknownKey: 'unknown key "{k}"',
    badName: '"name" must be letters, digits, . _ -',
    badKind: '"kind" must be one of invoices, payments, customers, contacts',
    notText: '"{k}" must be text',
    badCurrency: '"currency" must be an ISO 4217 code such as CNY or USD, not "{v}"',
    badHeaderRow: '"headerRow" must be a row number ≥ 1',
    badSkip: '"skip" must be a list of patterns',
    badSkipPattern: '"skip" pattern {v} is not a valid regular expression',
    badMap: '"map" must be an object of field → header',
    badDateFormat: '"dateFormat" must be text',
    badDecimalMark: '"decimalMark" must be "." or ","',
    badNegativeStyle: '"negativeStyle" must be auto, minus, parentheses, trailing or invert',
    badFingerprints: '"fingerprints" must be a list of lists of headers',
    notBoolean: '"{k}" must be true or false',
  },
  or: ' or ',
  sep: ', ',
  // The JSON parser's own words say it in English.
  invalidJson: '{why}',
  reasonSep: '; ',
  perCurrencyItem: '{n} in {currency}',
  paymentSplit: 'payment {reference} appears with another date or currency',
  rejectedPrefix: 'ar: rejected',
} as const;
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
