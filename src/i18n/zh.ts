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
  /** Between the items of a plain enumeration (dates, names). */
  listSep: '、',
  /** What an import file holds. */
  kind: { invoices: '发票', payments: '收款', customers: '客户', contacts: '联系人' },
} as const;
// ---- end common ----

// ---- section: cli (program, global options, commander's messages, help) ----
const cli = {
  describe: '回款（huikuan）：企业应收账款催收工具——导入财务导出文件、按优先级处理今日催收、查看客户账户与账龄',
  version: '显示版本号',
  help: '显示帮助',
  helpCommand: '显示某个命令的帮助',
  db: '账本文件（否则取 AR_DB，再否则用用户数据目录）',
  asOf: '业务日期 YYYY-MM-DD（否则取 AR_TODAY，再否则为今天）',
  lang: '输出语言（否则取 AR_LANG，再否则按系统区域）',
  json: '在标准输出打印 JSON',
  noColor: '不使用颜色（亦可设 NO_COLOR）',
  debug: '显示调用栈',
  seeHelp: '运行 `{help}` 查看用法',
  badDate: '{src} 必须是 YYYY-MM-DD 格式的日期，而不是“{value}”',
  badDateHint: '例如：--as-of 2026-11-30',
  noTty: '“{message}”需要回答，但当前没有可交互的终端',
  noTtyHint: '请用命令行参数给出答案（见 --help）',
  commander: {
    didYouMean: '（是否想用 {s}？）',
    unknownCommand: '未知命令 {name}{also}',
    unknownOption: '未知选项 {name}{also}',
    missingArgument: '缺少必需的参数 {name}',
    optionMissingArgument: '选项 {name} 缺少取值',
    missingMandatoryOptionValue: '缺少必需的选项 {name}',
    invalidArgument: '选项 {name} 的取值 {value} 无效{allowed}',
    allowed: '，可选：{list}',
    excessArguments: '{name} 的参数过多',
    conflictingOption: '选项 {list} 不能同时使用',
  },
  heading: { usage: '用法：', options: '选项：', commands: '命令：', arguments: '参数：', default: '（默认：', choices: '（可选：' },
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
  limit: '每个表格显示的行数（默认 50，一屏；0 = 全部；--csv 和 --json 不受限制）',
  badLimit: '--limit 需要不小于 0 的整数，而不是“{v}”',
  bound: {
    notDays: '上限应为不小于 1 的整天数，而不是 {b}',
    badUnit: '上限应为天数（30）、月数（6m）或年数（1y），而不是“{b}”',
    none: '没有给出账龄段上限',
    empty: '“{text}”中有空的上限',
    ascend: '账龄段上限必须递增：{list}',
  },
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
  count: { customers: '{n} 个客户', invoices: '{n} 张发票', payments: '{n} 笔收款', contacts: '{n} 个联系人' },
  labelWidth: '10',
} as const;
// ---- end status ----

// ---- section: config ----
const config = {
  describe: '查看和修改设置：抬头、币种、催收策略、账龄分段、评分权重',
  list: '列出全部设置及取值（并标明是否为默认值）',
  get: '显示一项设置（点号路径，如 letterhead.name_zh）',
  set: '修改一项设置',
  unset: '将一项设置恢复为默认值',
  key: '设置项',
  value: '取值',
  source: '来源',
  default: '默认',
  ledger: '账本',
  invalid: '账本，取值无效',
  unknown: '未知设置项“{key}”',
  unknownHint: '运行 `ar config list` 查看所有设置项',
  badValue: '设置项 {key} 需要{type}，而不是“{value}”',
  badHint: '例如 `ar config set {key} {example}`（默认值）；`ar config unset {key}` 恢复默认值',
  badHintLong: '`ar config get {key}` 显示当前取值；`ar config unset {key}` 恢复默认值',
  set_ok: '{key} = {value}',
  unset_ok: '{key} 已恢复默认值',
  type: { number: '数字', boolean: 'true 或 false', object: 'JSON 值' },
} as const;
// ---- end config ----

// ---- section: init ----
const init = {
  describe: '创建或升级账本；设置抬头、币种和语言',
  company: '公司名称（英文）',
  companyZh: '公司名称（中文）',
  address: '公司地址（英文）',
  addressZh: '公司地址（中文）',
  phone: '公司电话',
  email: '公司邮箱',
  bank: '收款开户行',
  accountName: '收款户名',
  accountNo: '收款账号',
  currency: '默认币种（ISO 4217，如 CNY）',
  language: '信函和界面语言：en 或 zh',
  yes: '不提问；使用参数并保留已有设置',
  created: '已在 {path} 创建新账本（结构版本 {v}）。',
  currencyIs: '默认币种 {c}：未注明币种的文件按此入账（可用 --currency 修改）。',
  upToDate: '账本 {path} 已就绪（结构版本 {v}）。',
  saved: '已保存：{keys}。',
  next: '下一步：用 `ar import 文件` 导入账龄表或未结发票，或用 `ar demo` 试用示例数据。',
  badCurrency: '币种必须是三个字母的 ISO 4217 代码，如 CNY、USD、EUR，而不是“{v}”',
} as const;
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
const profiles = {
  describe: '列出、查看、保存和删除导入映射方案',
  list: '列出内置方案和用户方案',
  show: '以 JSON 显示一个方案',
  save: '保存用户方案（根据参数、JSON 文件或在其他方案基础上）',
  del: '删除用户方案',
  name: '名称',
  kind: '类型',
  where: '来源',
  description: '说明',
  builtin: '内置',
  user: '用户',
  dir: '用户方案保存在 {dir}。',
  saved: '已将方案 {name} 保存到 {file}。',
  deleted: '已删除方案 {name}（{file}）。',
  fromFile: '从此 JSON 文件读取方案',
  base: '以此方案为基础',
  optKind: '文件类型：invoices、payments、customers、contacts',
  optMap: '字段=列名（可重复）',
  optSkip: '跳过匹配此正则表达式的行（可重复）',
  optFingerprint: '用于识别该格式的表头，以逗号分隔（可重复）',
  optNegative: '负数写法：auto、minus、parentheses、trailing、invert',
  optAmountIsOpen: '唯一的金额列即未结金额',
  cannotReadJson: '无法读取 {file}：{why}',
  nothingToSave: '请说明方案内容：--map、--kind、--from 文件 或 --base 方案',
  badCurrency: '--currency 必须是 CNY、USD 这样的三字母 ISO 4217 代码，而不是“{v}”',
  badMap: '--map “{spec}” 的格式应为 字段=列名',
} as const;
// ---- end profiles ----

// ---- section: view (tables, charts, amounts) ----
const view = {
  import: {
    describe: '从 CSV/TSV/TXT/XLSX 导出文件导入发票、收款、客户或联系人',
    files: '导出文件（CSV、TSV、TXT、XLSX）',
    kind: '文件内容（默认 auto 自动判断）',
    profile: '映射方案（默认按表头自动识别；见 `ar profiles list`）',
    map: '指定字段对应的列：字段=列名（可重复；同名第二列用 列名#2，第 3 列用 #3）',
    encoding: '文本编码：auto、utf8、gb18030、utf16、windows-1252',
    delimiter: '分隔符：, ; tab |（默认自动识别）',
    dateFormat: '日期顺序：ymd、mdy、dmy 或 DD/MM/YYYY 这样的格式（默认按数据判断）',
    decimalMark: '金额的小数点：. 或 ,（默认按整个文件的金额判断）',
    sheet: 'XLSX 的工作表（默认第一个含表格的工作表）',
    currency: '未注明币种的行所用币种（默认取方案的，其次按金额符号 €/£/¥/US$，否则取账本的并给出警告）',
    headerRow: '表头所在的行号（默认自动识别）',
    snapshot: '文件列出了截至其日期的全部未结款项：关闭文件中没有的未结款项，仅限文件中出现的币种（文件未注明币种时为全部币种）；不会关闭其日期之后开具的款项或已被更新导入确认的款项（=customers：仅限文件中出现的客户）。关闭账本一半以上的款项前会先询问（--yes 确认；无终端时拒绝）',
    yes: '确认 --snapshot 关闭一半以上的未结款项，或关闭文件中没有的币种的款项',
    dryRun: '只报告将发生的变化，不写入',
    skipBad: '导入正确的行，跳过有误的行',
    rejects: '把有误的行（含行号和原因）写入此 CSV（需与 --skip-bad 同用）',
    title: '已导入 {db}',
    titleDry: '试运行：未写入 {db}',
    file: '文件',
    kindCol: '类型',
    profileCol: '方案',
    encodingCol: '编码',
    read: '读取',
    imported: '新增',
    updated: '更新',
    unchanged: '未变',
    rejected: '拒绝',
    closed: '关闭',
    asOf: '截止日期 {date}{snapshot}',
    snapshotNote: ' · 文件中没有的 {n} 笔未结款项已按快照关闭',
    snapshotNoteDry: ' · 将按快照关闭文件中没有的 {n} 笔未结款项',
    closedLine: '已按快照关闭：{number}（{customer}）{amount}',
    wouldCloseLine: '将关闭：{number}（{customer}）{amount}',
    moreClosed: '……另有 {n} 笔（--json 可列出全部）',
    rejectsWritten: '被拒绝的行已写入 {file}。',
    next: '下一步：`ar aging` 查看账龄，`ar queue` 查看今日待办。',
    badHeaderRow: '--header-row 必须是 ≥ 1 的行号，而不是“{v}”',
    fileWarning: '{file}：{warning}',
  },
  more: '… 另有 {n} 行',
} as const;
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
