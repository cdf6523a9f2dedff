// The Chinese catalogue, typed against en.ts: every key must exist with the same placeholders.
// Write as a Chinese AR professional writes (one term per idea: 逾期, 承诺付款, 争议, 催款函 …).
import type { CatalogueOf, ExtraKeys, PlaceholderMismatch } from './check.js';
import type { en } from './en.js';

// ---- section: common (errors, warnings, words every area uses) ----
const common = {
  errorPrefix: 'ar: 错误: ',
  warningPrefix: 'ar: 警告',
  hintPrefix: '提示: ',
  cancelled: '已取消',
  internal: '内部错误（这是回款程序的缺陷）: {message}',
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

export const zh = {
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
} as const satisfies CatalogueOf<typeof en>;

// A placeholder that differs between the languages names its key here and fails the build.
const placeholdersAgree: [PlaceholderMismatch<typeof en, typeof zh>] extends [never] ? true : PlaceholderMismatch<typeof en, typeof zh> = true;
void placeholdersAgree;
// A key that English does not have is a typo or a leftover: it names itself here and fails the build.
const noExtraKeys: [ExtraKeys<typeof en, typeof zh>] extends [never] ? true : ExtraKeys<typeof en, typeof zh> = true;
void noExtraKeys;
