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
const glossary = {
  // Between the names of a plain list ("Maria Lopez, 张伟" / "Maria Lopez、张伟").
  listSep: '、',
  days: '{n}',
  type: {
    oversight: '疏忽遗忘',
    process: '流程卡点',
    dispute: '争议',
    cashflow: '资金困难',
    delayer: '恶意拖欠',
    unreachable: '失联/资不抵债',
  },
  typeLong: {
    oversight: '疏忽遗忘型',
    process: '流程卡点型',
    dispute: '争议型',
    cashflow: '资金困难型',
    delayer: '恶意拖欠型',
    unreachable: '失联/资不抵债型',
  },
  step: {
    'pre-due': '到期前提醒',
    reminder: '逾期提醒',
    'first-notice': '催款通知',
    'formal-demand': '正式催款函',
    'final-demand': '最后催告函',
    'pre-legal': '律师函',
  },
  stepShort: {
    'pre-due': '到期前提醒',
    reminder: '逾期提醒',
    'first-notice': '催款通知',
    'formal-demand': '正式催款函',
    'final-demand': '最后催告函',
    'pre-legal': '律师函',
  },
  role: {
    'ap-clerk': '应付会计',
    'finance-manager': '财务经理',
    purchaser: '采购',
    'decision-maker': '决策人',
    'legal-rep': '法定代表人',
    other: '联系人',
  },
  status: {
    pending: '待兑现',
    kept: '已兑现',
    broken: '已违约',
    partial: '部分兑现',
    cancelled: '已取消',
    open: '未解决',
    resolved: '已解决',
  },
  disputeReason: {
    quality: '质量',
    quantity: '数量',
    price: '价格',
    documents: '单据',
    other: '其他',
  },
  outcome: {
    'reached-promise': '已联系，承诺付款',
    'reached-refused': '已联系，拒绝付款',
    'reached-dispute': '已联系，提出争议',
    'reached-already-paid': '已联系，称已付款',
    'reached-callback': '已联系，约定回访',
    'no-answer': '无人接听',
    voicemail: '留言',
    'wrong-contact': '联系人有误',
    'invoice-not-received': '未收到发票',
    'awaiting-approval': '等待审批',
    'in-payment-run': '已排入付款批次',
    'letter-sent': '已寄函',
    'email-sent': '已发邮件',
    visit: '上门拜访',
    note: '备注',
  },
  channel: {
    call: '电话',
    email: '邮件',
    letter: '信函',
    wechat: '微信',
    visit: '拜访',
    sms: '短信',
    note: '备注',
  },
  limitationKind: {
    letter: '催款函',
    demand: '催告',
    acknowledgement: '债务确认',
    'partial-payment': '部分付款',
    plan: '还款计划',
    lawsuit: '起诉',
    'payment-order': '支付令',
    other: '事件',
  },
  language: {
    en: '英文',
    zh: '中文',
  },
  method: {
    'bank transfer': '银行转账',
    'bank-transfer': '银行转账',
    transfer: '转账',
    wire: '电汇',
    'wire transfer': '电汇',
    check: '支票',
    cheque: '支票',
    'acceptance draft': '银行承兑汇票',
    'bank acceptance draft': '银行承兑汇票',
    'bank acceptance': '银行承兑汇票',
    'commercial acceptance draft': '商业承兑汇票',
    cash: '现金',
    card: '银行卡',
    'credit card': '信用卡',
    alipay: '支付宝',
    'wechat pay': '微信支付',
  },
  reason: {
    'promise-broken': '承诺违约 {date}',
    'promise-due': '承诺今日付款',
    'callback-today': '今日回访',
    'callback-due': '回访到期 {date}',
    'step-due': '第{step}步：{label}',
    'limitation-warning': '诉讼时效剩 {days} 天',
    'ladder-complete': '催收步骤已用完',
    'high-score': '评分高（{score}）',
  },
  hidden: {
    'promise-pending': '有未到期的付款承诺',
    disputed: '逾期款项全部有争议',
    'on-hold': '逾期款项全部暂停催收',
    'low-score': '无待办事项且评分低于 {n}',
    'nothing-overdue': '无逾期款项',
  },
  factor: {
    amount: '逾期金额',
    days: '逾期天数（{v}）',
    broken_promises: '违约承诺（{v}）',
    grade: '等级 {v}',
    type: '{v}',
    no_contact: '未联系（{v} 天）',
    never_contacted: '从未联系',
    behaviour: '平均迟付（{v} 天）',
    limitation: '诉讼时效（{v} 天）',
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
  describe: '今日催收待办，按优先级排序，并给出每一行的原因',
  collector: '只看该催收员的客户',
  limit: '显示多少个（默认 25；0 = 全部）',
  explain: '显示评分中每个因素的分值',
  csv: '在标准输出打印 CSV',
  badLimit: '--limit 需要不小于 0 的整数，而不是“{v}”',
  title: '今日待办催收 — {date}',
  countCustomers: '{open} 个客户中今天需处理 {need} 个',
  countAccounts: '{open} 个账户（{openC} 个客户）中今天需处理 {need} 个（{needC} 个客户）',
  showing: '（显示 {n} 个）',
  hRank: '序号',
  hCustomer: '客户',
  hType: '类型/等级',
  hOverdue: '逾期金额',
  hOverdueCur: '逾期金额({cur})',
  hDays: '天数',
  hWhy: '今日原因',
  nothing: '今天没有需要处理的客户{who}。',
  nothingOpen: '没有未结款项{who}。用 `ar import 文件` 导入账龄表或未结发票。',
  noLedger: '{path} 处没有账本',
  noLedgerHint: '用 `ar import 文件` 从账龄表或未结发票导出文件创建；或用 `ar demo` 生成示例账本试用（如要用其他账本，请检查 --db 或 AR_DB）',
  noCollector: '本账本中没有名为“{name}”的催收员',
  collectorsHint: '催收员：{list}',
  noCollectorsHint: '还没有客户分配催收员（导入含催收员列的客户文件即可设置）',
  whoCollector: '（催收员 {name}）',
  hidden: '未列出：{list}',
  hidPromise: '{n} 个承诺付款未到期',
  hidDisputed: '{n} 个全部有争议',
  hidHold: '{n} 个暂停催收',
  hidCapacity: '{n} 个超出今日上限（--limit）',
  hidLow: '{n} 个优先级较低（评分低于 {score}，无待办事项）',
  hidNotDue: '{n} 个没有逾期款项',
  next: '下一步：`ar account {code}` 查看详情 · `ar queue --explain` 查看评分',
  nextExplained: '下一步：`ar account {code}` 查看详情',
  dNext: '下一步：第{step}步 {label}',
  dDueNow: '（现在）',
  dDueOn: '（{date}）',
  dBelowMin: '（低于最低催收金额）',
  dComplete: '催收步骤已用完：考虑法律途径',
  dAsk: '联系 {who}',
  dPromise: '承诺 {date} 前付 {amount}',
  dDisputed: '争议 {amount}',
  dHeld: '暂停 {amount}',
  score: '评分 {score} = {parts}',
} as const;
// ---- end queue ----

// ---- section: account ----
const account = {
  // Separators: between a contact's tags or an item's notes; between a channel and its outcome.
  tagSep: '，',
  kindSep: '：',
  describe: '一个客户的全貌：余额、账龄、发票、联系人、承诺、评分、下一步',
  id: '客户编码或名称（名称的一部分即可）',
  pick: '有多个客户与“{q}”匹配——选哪一个？',
  many: '有 {n} 个客户与“{q}”匹配',
  manyHint: '请给出客户编码，例如 `ar account {code}`',
  more: '……另有 {n} 个',
  none: '没有与“{q}”匹配的客户',
  noneHint: '请检查编码或名称；`ar aging` 列出有未结款项的客户',
  headName: '{name}（{code}）',
  headType: '{type}，{grade} 级{strategic}',
  headCollector: '催收员 {collector}',
  strategic: '，战略客户',
  headLanguage: '信函语言：{language}',
  noCollector: '未分配',
  lOpen: '未结',
  lAging: '账龄',
  lPays: '付款',
  lContacts: '联系人',
  lPromises: '承诺',
  lDisputes: '争议',
  lNext: '下一步',
  lLimitation: '诉讼时效',
  lScore: '评分',
  lToday: '今日',
  lTimeline: '动态',
  lInvoices: '未结款项',
  openLine: '{cur} {open}（逾期 {overdue}{extra}）',
  nothingOpen: '无未结款项',
  credits: '未核销红字发票 {cur} {amount}（已抵减）',
  onAccount: '未分配收款（挂账）：{cur} {amount}',
  disputedPart: '，争议 {v}',
  heldPart: '，暂停 {v}',
  creditLimit: '信用额度 {v}',
  terms: '账期 {n} 天',
  termsDefault: '账期 {n} 天（默认）',
  payRun: '每月 {days} 日付款',
  approval: '审批：{v}',
  docs: '所需单据：{v}',
  behaviour: '近 {w} 天平均迟付 {n} 天',
  nothingKnown: '未记录——导入含付款日、审批流程列的客户文件即可补充（`ar import 文件`）',
  noContacts: '无——导入联系人文件即可添加（`ar import 文件`）',
  dm: '决策人',
  primary: '主要',
  promiseLine: '{date} 前 {amount} — {status}',
  keptRate: '已兑现 {kept}/{decided}',
  none2: '无',
  disputeLine: '{inv} {amount} {reason}，{status}（{date} 起）',
  wholeAccount: '整户',
  nextNone: '无需催收',
  nextComplete: '催收步骤已用完：考虑法律途径（支付令、起诉）',
  lastStep: '上一步：第{step}步 {label}（{date}）',
  limRuns: '至 {date}（剩 {days} 天；{since}）',
  limExpired: '已于 {date} 届满（{since}）——除非债务人重新确认，否则可拒绝履行',
  limDefault: '自 {inv} 逾期起算',
  limEvent: '最近一次中断：{kind} {date}',
  limNone: '无逾期款项',
  hidden: '不在今日待办中：{why}',
  onList: '今日待办：{why}',
  hNumber: '单号',
  hIssued: '开票日',
  hDue: '到期日',
  hDays: '天数',
  hOpen: '未结',
  hNote: '备注',
  credit: '红字发票',
  disputedNote: '争议 {v}',
  heldNote: '暂停至 {date}',
  noDue: '按账期计算到期日',
  moreInvoices: '……另有 {n} 张（`--json` 列出全部）',
  tImport: '导入 {file}（{n} 张发票）',
  tImport1: '导入 {file}（1 张发票）',
  tPayment: '收款 {amount}',
  tLetter: '催款函 第{step}步 {label} {ref}',
  tLetterDraft: '催款函 第{step}步 已起草 {ref}',
  tPromise: '承诺 {date} 前付 {amount}',
  tDispute: '争议 {inv} {amount}（{reason}）',
  tDisputeResolved: '争议 {inv} 已解决',
  tNext: '下次 {date}',
  nothingYet: '暂无',
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
