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
const store = {
  cannotRead: '无法读取账本 {file}：{reason}',
  noFolder: '账本 {file} 所在的文件夹不存在',
  noFolderHint: '请先创建该文件夹，或用 --db 指定其他路径',
  missing: '{file} 处没有账本',
  missingHint: '请先运行 `ar init` 创建账本',
  isFolder: '{file} 是文件夹，不是账本文件',
  isFolderHint: '请给出文件路径，例如 --db ~/ar/ledger.db',
  notSqlite: '{file} 不是回款账本（不是 SQLite 数据库），文件未作任何改动',
  foreign: '{file} 是 SQLite 数据库，但不是回款账本，文件未作任何改动',
  checkPathHint: '请检查 --db 路径或 AR_DB 环境变量',
  cannotOpen: '无法打开账本 {file}：{reason}',
  newer: '账本 {file} 的结构版本为 {version}，比本程序支持的版本（{latest}）更新',
  newerHint: '请升级回款程序后再打开；账本未作任何改动',
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
