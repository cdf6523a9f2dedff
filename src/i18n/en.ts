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
const glossary = {
  // Between the names of a plain list ("Maria Lopez, 张伟" / "Maria Lopez、张伟").
  listSep: ', ',
  days: '{n} day|{n} days',
  type: {
    oversight: 'oversight',
    process: 'process',
    dispute: 'dispute',
    cashflow: 'cashflow',
    delayer: 'delayer',
    unreachable: 'unreachable',
  },
  typeLong: {
    oversight: 'Oversight / admin slip',
    process: 'Process-blocked',
    dispute: 'Disputed',
    cashflow: 'Cash-strapped but willing',
    delayer: 'Deliberate delayer',
    unreachable: 'Unreachable or insolvent',
  },
  step: {
    'pre-due': 'pre-due reminder',
    reminder: 'reminder',
    'first-notice': 'first notice',
    'formal-demand': 'formal demand',
    'final-demand': 'final demand',
    'pre-legal': 'pre-legal notice',
  },
  stepShort: {
    'pre-due': 'heads-up',
    reminder: 'reminder',
    'first-notice': '1st notice',
    'formal-demand': 'formal demand',
    'final-demand': 'final demand',
    'pre-legal': 'pre-legal',
  },
  role: {
    'ap-clerk': 'AP',
    'finance-manager': 'finance manager',
    purchaser: 'purchasing',
    'decision-maker': 'decision maker',
    'legal-rep': 'legal rep',
    other: 'contact',
  },
  status: {
    pending: 'pending',
    kept: 'kept',
    broken: 'broken',
    partial: 'partly kept',
    cancelled: 'cancelled',
    open: 'open',
    resolved: 'resolved',
  },
  disputeReason: {
    quality: 'quality',
    quantity: 'quantity',
    price: 'price',
    documents: 'documents',
    other: 'other',
  },
  outcome: {
    'reached-promise': 'reached, promised',
    'reached-refused': 'reached, refused',
    'reached-dispute': 'reached, dispute raised',
    'reached-already-paid': 'reached, says already paid',
    'reached-callback': 'reached, call back',
    'no-answer': 'no answer',
    voicemail: 'voicemail',
    'wrong-contact': 'wrong contact',
    'invoice-not-received': 'invoice not received',
    'awaiting-approval': 'awaiting approval',
    'in-payment-run': 'in the payment run',
    'letter-sent': 'letter sent',
    'email-sent': 'email sent',
    visit: 'visit',
    note: 'note',
  },
  channel: {
    call: 'call',
    email: 'email',
    letter: 'letter',
    wechat: 'WeChat',
    visit: 'visit',
    sms: 'SMS',
    note: 'note',
  },
  limitationKind: {
    letter: 'letter',
    demand: 'demand',
    acknowledgement: 'acknowledgement',
    'partial-payment': 'partial payment',
    plan: 'repayment plan',
    lawsuit: 'lawsuit',
    'payment-order': 'payment order',
    other: 'event',
  },
  language: {
    en: 'English',
    zh: 'Chinese',
  },
  method: {
    'bank transfer': 'bank transfer',
    'bank-transfer': 'bank transfer',
    transfer: 'transfer',
    wire: 'wire',
    'wire transfer': 'wire transfer',
    check: 'check',
    cheque: 'cheque',
    'acceptance draft': 'acceptance draft',
    'bank acceptance draft': 'bank acceptance draft',
    'bank acceptance': 'bank acceptance',
    'commercial acceptance draft': 'commercial acceptance draft',
    cash: 'cash',
    card: 'card',
    'credit card': 'credit card',
    alipay: 'Alipay',
    'wechat pay': 'WeChat Pay',
  },
  reason: {
    'promise-broken': 'promise broken {date}',
    'promise-due': 'promise due today',
    'callback-today': 'callback due today',
    'callback-due': 'callback due {date}',
    'step-due': 'step {step}: {label}',
    'limitation-warning': 'limitation in {days}',
    'ladder-complete': 'ladder complete',
    'high-score': 'high score ({score})',
  },
  hidden: {
    'promise-pending': 'a promise is not yet due',
    disputed: 'everything overdue is disputed',
    'on-hold': 'everything overdue is on hold',
    'low-score': 'nothing scheduled and the score is under {n}',
    'nothing-overdue': 'nothing overdue',
  },
  factor: {
    amount: 'overdue amount',
    days: 'days overdue ({v})',
    broken_promises: 'broken promises ({v})',
    grade: 'grade {v}',
    type: '{v}',
    no_contact: 'no contact ({v})',
    never_contacted: 'never contacted',
    behaviour: 'pays late ({v})',
    limitation: 'limitation ({v})',
  },
} as const;
// ---- end glossary ----

// ---- section: store (ledger opening, migrations, store errors) ----
const store = {} as const;
// ---- end store ----

// ---- section: import ----
const importing = {} as const;
// ---- end import ----

// ---- section: queue ----
const queue = {
  describe: "today's worklist, ranked, with the reason for each line",
  collector: "only this collector's customers",
  limit: 'how many to show (default 25; 0 = all)',
  explain: "show each factor's contribution to the score",
  csv: 'CSV on stdout',
  badLimit: '--limit takes a whole number ≥ 0, not "{v}"',
  title: "Today's calls — {date}",
  countCustomers: '{need} of {open} customers need you today',
  countAccounts: '{need} of {open} accounts ({needC} of {openC} customers) need you today',
  showing: ' (showing {n})',
  hRank: '#',
  hCustomer: 'Customer',
  hType: 'Type/Grade',
  hOverdue: 'Overdue',
  hOverdueCur: 'Overdue ({cur})',
  hDays: 'Days',
  hWhy: 'Why today',
  nothing: 'Nobody needs a call today{who}.',
  nothingOpen: 'Nothing is open{who}. `ar import FILE` brings in an aging or open-invoice export.',
  noLedger: 'no ledger at {path}',
  noLedgerHint: '`ar import FILE` creates it from an aging or open-invoice export; `ar demo` builds a sample ledger to try (check --db or AR_DB if you meant another file)',
  noCollector: 'no collector named "{name}" in this ledger',
  collectorsHint: 'collectors: {list}',
  noCollectorsHint: 'no customer has a collector yet (a customers file with a collector column sets them)',
  whoCollector: ' for {name}',
  hidden: 'Hidden: {list}',
  hidPromise: '{n} with a promise not yet due',
  hidDisputed: '{n} wholly disputed',
  hidHold: '{n} on hold',
  hidCapacity: "{n} beyond today's limit (--limit)",
  hidLow: '{n} lower priority (score under {score}, nothing scheduled)',
  hidNotDue: '{n} with nothing overdue',
  next: 'Next: `ar account {code}` for details · `ar queue --explain` for the scores',
  nextExplained: 'Next: `ar account {code}` for details',
  dNext: 'next: step {step} {label}',
  dDueNow: ' (due now)',
  dDueOn: ' on {date}',
  dBelowMin: ' (below the minimum amount)',
  dComplete: 'ladder complete: consider legal action',
  dAsk: 'ask for {who}',
  dPromise: 'promised {amount} by {date}',
  dDisputed: '{amount} disputed',
  dHeld: '{amount} on hold',
  score: 'score {score} = {parts}',
} as const;
// ---- end queue ----

// ---- section: account ----
const account = {
  // Separators: between a contact's tags or an item's notes; between a channel and its outcome.
  tagSep: ', ',
  kindSep: ': ',
  describe: 'one customer on one screen: balances, aging, invoices, contacts, promises, score, next step',
  id: 'customer code or name (part of a name is enough)',
  pick: 'Several customers match "{q}" — which one?',
  many: '{n} customers match "{q}"',
  manyHint: 'give the code, e.g. `ar account {code}`',
  more: '…and {n} more',
  none: 'no customer matches "{q}"',
  noneHint: 'check the code or name; `ar aging` lists the customers with open items',
  headName: '{name} ({code})',
  headType: '{type}, grade {grade}{strategic}',
  headCollector: 'collector {collector}',
  strategic: ', strategic',
  headLanguage: 'letters in {language}',
  noCollector: 'none',
  lOpen: 'Open',
  lAging: 'Aging',
  lPays: 'Pays',
  lContacts: 'Contacts',
  lPromises: 'Promises',
  lDisputes: 'Disputes',
  lNext: 'Next step',
  lLimitation: 'Limitation',
  lScore: 'Score',
  lToday: 'Today',
  lTimeline: 'Timeline',
  lInvoices: 'Open items',
  openLine: '{cur} {open} (overdue {overdue}{extra})',
  nothingOpen: 'nothing open',
  credits: 'open credit notes {cur} {amount} (netted)',
  onAccount: 'on account: {cur} {amount} unallocated',
  disputedPart: ', disputed {v}',
  heldPart: ', on hold {v}',
  creditLimit: 'credit limit {v}',
  terms: 'terms {n}',
  termsDefault: 'terms {n} (default)',
  payRun: 'pays on day {days} of the month',
  approval: 'approval: {v}',
  docs: 'needs: {v}',
  behaviour: 'on average {n} late (last {w} days)',
  nothingKnown: 'nothing recorded — a customers file with payment-run and approval columns adds it (`ar import FILE`)',
  noContacts: 'none — a contacts file adds them (`ar import FILE`)',
  dm: 'decision maker',
  primary: 'primary',
  promiseLine: '{amount} by {date} — {status}',
  keptRate: 'kept {kept} of {decided}',
  none2: 'none',
  disputeLine: '{inv} {amount} {reason}, {status} since {date}',
  wholeAccount: 'account',
  nextNone: 'nothing to dun',
  nextComplete: 'ladder complete: consider legal action (payment order, lawsuit)',
  lastStep: 'last: step {step} {label}, {date}',
  limRuns: 'runs to {date} ({days}; {since})',
  limExpired: 'EXPIRED on {date} ({since}) — the debtor may refuse to pay unless they acknowledge the debt',
  limDefault: 'since {inv} fell due',
  limEvent: 'last restarted by {kind} {date}',
  limNone: 'nothing overdue',
  hidden: "not on today's list: {why}",
  onList: "on today's list: {why}",
  hNumber: 'Number',
  hIssued: 'Issued',
  hDue: 'Due',
  hDays: 'Days',
  hOpen: 'Open',
  hNote: 'Note',
  credit: 'credit note',
  disputedNote: 'disputed {v}',
  heldNote: 'on hold to {date}',
  noDue: 'due by terms',
  moreInvoices: '…{n} more (`--json` lists all)',
  tImport: 'import {file} ({n} invoices)',
  tImport1: 'import {file} (1 invoice)',
  tPayment: 'payment {amount}',
  tLetter: 'letter step {step} {label} {ref}',
  tLetterDraft: 'letter step {step} drafted {ref}',
  tPromise: 'promise {amount} by {date}',
  tDispute: 'dispute {inv} {amount} ({reason})',
  tDisputeResolved: 'dispute {inv} resolved',
  tNext: 'next {date}',
  nothingYet: 'nothing yet',
} as const;
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
