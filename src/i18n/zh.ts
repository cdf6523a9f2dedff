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
  noLedger: '{path} 处没有账本',
  noLedgerHint:
    '用 `ar import 文件` 从账龄表或未结发票导出文件创建；或用 `ar demo` 生成示例账本试用（如要用其他账本，请检查 --db 或 AR_DB）',
  noCollector: '本账本中没有名为“{name}”的催收员',
  collectorsHint: '催收员：{list}',
  noCollectorsHint: '还没有客户分配催收员（导入含催收员列的客户文件即可设置）',
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
const aging = {
  describe: '按账龄段列示未结款项，分币种（按客户、催收员、类型或等级）',
  by: '行的分组：customer（客户）、collector（催收员）、type（类型）、grade（等级）',
  basis: '账龄起算：due（到期日，默认）或 invoice（开票日）',
  buckets: '账龄段上限（天），如 30,60,90（→ 未到期、1–30、31–60、61–90、>90）；按年用 1y,2y',
  preset: '预设账龄段：cn = 1年以内 / 1至2年 / 2至3年 / 3年以上（按开票日）',
  collector: '只看该催收员的客户',
  chart: '以条形图显示各账龄段合计（代替表格）',
  csv: '在标准输出打印 CSV（精确金额）',
  title: '{currency} · 账龄（按{basis}）· {date} · {what} · 未结 {open}',
  basisDue: '到期日',
  basisInvoice: '开票日',
  header: { customer: '客户', collector: '催收员', type: '类型', grade: '等级' },
  count: { customer: '{n} 个客户', collector: '{n} 个催收员', type: '{n} 个类型', grade: '{n} 个等级' },
  total: '合计',
  unassigned: '（未分配）',
  nothing: '没有未结款项{who}。用 `ar import 文件` 导入账龄表或未结发票。',
  whoCollector: '（催收员 {name}）',
  whole: '金额已逐项取整以适应屏幕（各列相加可能与合计略有出入）；精确金额见 --csv 或 --json。',
  compact: '金额已逐项缩写（万、亿）以适应屏幕；精确金额见 --csv 或 --json。',
  badBuckets: '--buckets 需要递增的上限，如 30,60,90（天）或 1y,2y,3y：{why}',
  badStoredBuckets: '设置项 {key} 中的账龄段上限无法使用：{why}',
  badStoredHint: '用 `ar config set {key} 30,60,90` 修改，或用 `ar config unset {key}` 恢复默认值',
  badPreset: '未知的账龄预设“{name}”；可用：{known}',
} as const;
// ---- end aging ----

// ---- section: status ----
const status = {
  describe: '显示账本：路径、结构版本、数量、各币种未结余额、最近一次导入',
  ledger: '账本',
  schema: '（结构版本 {v}）',
  holds: '内容',
  open: '未结余额',
  currency: '币种',
  items: '笔数',
  amount: '未结金额',
  nothingOpen: '无未结款项',
  lastImport: '最近导入',
  never: '尚无——用 `ar import 文件` 导入导出文件，或用 `ar demo` 查看示例数据',
  importLine: '{file}（{kind}）于 {at}：读取 {read} 行，新增 {imported}，更新 {updated}，未变 {unchanged}，拒绝 {rejected}',
  rowsRead: '{n}',
  kind: { invoices: '发票', payments: '收款', customers: '客户', contacts: '联系人' },
  count: { customers: '{n} 个客户', invoices: '{n} 张发票', payments: '{n} 笔收款', contacts: '{n} 个联系人' },
  labelWidth: '10',
} as const;
// ---- end status ----

// ---- section: config ----
const config = {} as const;
// ---- end config ----

// ---- section: init ----
const init = {} as const;
// ---- end init ----

// ---- section: demo ----
const demo = {
  describe: '用内置示例账簿建立演示账本，并展示当天的工作',
  notEmpty: '账本 {path} 已有 {n} 个客户；演示只会写入新的或空的账本',
  notEmptyHint: '去掉 --db（演示会使用临时文件夹）或指定一个新文件',
  built: '演示账本：{path}',
  book: '虚构的经销商「{company}」：{customers} 个客户、{invoices} 张发票及红字发票、{payments} 笔收款，日期已移至今天（{today}）。',
  tryIt: '试一试（AR_DB 让命令使用这个账本）：',
} as const;
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
