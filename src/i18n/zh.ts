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
const importing = {
  cannotRead: '无法读取 {file}：{why}',
  cannotReadHint: '请检查路径；`ar import` 可读取 CSV、TSV、TXT 和 XLSX 文件',
  legacyXls: '{file} 是旧版二进制 Excel 工作簿（.xls），回款无法读取',
  legacyXlsHint: '请用 Excel 或 LibreOffice 打开并另存为 .xlsx 或 CSV 后再导入',
  htmlFile: '{file} 是以表格文件名保存的网页（HTML），不是表格文件',
  binaryFile: '{file} 不是文本或表格文件',
  badBytes: '{file} 不是有效的 {enc} 编码（第 {line} 行处）',
  badBytesHint: '请用 --encoding gb18030、--encoding windows-1252 或 --encoding utf16 指定编码',
  badXlsx: '无法读取工作簿 {file}：{why}',
  noSheet: '{file} 中没有名为“{sheet}”的工作表；现有工作表：{sheets}',
  notXlsx: '{file} 虽以表格文件命名，但不是表格文件（XLSX）',
  notXlsxHint: '请重新导出，或用 Excel 或 LibreOffice 打开后另存为 .xlsx 或 CSV',
  wTextSpreadsheet: '文件以表格文件命名，但内容是文本，已按 CSV 读取',
  noSuchFile: '文件不存在',
  isFolder: '这是一个文件夹',
  noSheetHint: '请用 --sheet 名称 选择工作表',
  emptyWorkbook: '{file} 中没有包含表格的工作表',
  badEncoding: '未知编码“{v}”',
  badEncodingHint: '可用：auto、utf8、gb18030、utf16（或 utf16le/utf16be）、windows-1252',
  noHeader: '{file}：找不到表头行（没有一行包含两个及以上可识别的列名）',
  noHeaderHint: '{kind}文件需要：{fields}；请指定列，例如 {example}（第 {row} 行的列：{columns}）；若文件内容不是{kind}，请加 --kind {others}',
  noHeaderRow: '{file}：没有第 {row} 行',
  emptyFile: '{file} 是空文件',
  kindUnclear: '{file}：无法判断文件内容是发票、收款、客户还是联系人',
  kindUnclearHint: '请用 --kind invoices|payments|customers|contacts 指明',
  unmapped: '{file}：无法确定以下字段在哪一列：{fields}',
  unmappedHint: '请指定列，例如 {example}（现有列：{columns}）',
  unknownField: '--map {spec}：“{field}”不是{kind}的字段；可用字段：{fields}',
  badMap: '--map “{spec}” 的格式应为 字段=列名',
  badMapHint: '例如 --map number="单据号" --map total=金额（同名第二列用 列名#2，第三列用 #3）',
  mapNoColumn: '--map {spec}：{file} 中没有“{header}”列；现有列：{columns}',
  duplicateHeader: '列“{header}”出现了 {n} 次，使用第一列（其他列可用“{header}#2”指定）',
  badKind: '--kind 必须是 invoices、payments、customers、contacts 或 auto，而不是“{v}”',
  badSnapshot: '--snapshot 只能单独使用（全部）或写作 --snapshot=customers，而不是“{v}”',
  snapshotKind: '--snapshot 只适用于发票文件（{file} 的内容是{kind}）',
  rejectsNeedsSkip: '--rejects 需要与 --skip-bad 一起使用（否则任何错误行都会中止导入）',
  badDateFormat: '--date-format 必须是 ymd、mdy、dmy 或 DD/MM/YYYY 这样的格式，而不是“{v}”',
  badDecimalMark: '--decimal-mark 必须是“.”或“,”，而不是“{v}”',
  badCurrency: '--currency 必须是 CNY、USD 这样的三字母 ISO 4217 代码，而不是“{v}”',
  noFiles: '请至少指定一个要导入的文件',
  datesAmbiguous: '{file}：日期无法判断是日在前还是月在前（{evidence}）',
  datesAmbiguousHint: '请用 --date-format dmy（15/03/2026）或 --date-format mdy（03/15/2026）指明',
  datesConflict: '{file}：日期格式前后矛盾：{evidence}',
  askDateOrder: '{file} 中的日期（如 {example}）：哪个在前？',
  dayFirst: '日在前（日/月/年）',
  monthFirst: '月在前（月/日/年）',
  badRows: '{files} 中有 {n} 行有误；未导入任何数据',
  badRowsProblems: '{files} 中有 {n} 行有误（共 {p} 处问题）；未导入任何数据',
  badRowProblems: '{files} 中有 1 行有误（共 {p} 处问题）；未导入任何数据',
  badRow: '{files} 中有 1 行有误；未导入任何数据',
  badRowsHint: '请修正后重新导入，或用 --skip-bad --rejects rejects.csv 只导入正确的行',
  moreErrors: '……另有 {n} 处',
  required: '缺少{what}',
  noCustomer: '缺少客户（没有客户编码或名称，上方也没有客户分组行）',
  ambiguousCustomer: '有多个客户名为“{name}”；请增加客户编码列',
  unknownCustomer: '账本中没有客户“{who}”；请先导入该客户（或其发票）',
  noAmount: '缺少金额（合计或未结余额）',
  noDate: '缺少单据日期或到期日',
  currencyConflict: '金额的币种为 {found}，但该行币种为 {currency}',
  groupBad: '发票 {number} 的另一行有误（第 {line} 行）',
  notPositive: '收款金额必须为正数',
  badType: '“{v}”不是客户类型；可用：{types}',
  badGrade: '“{v}”不是等级；可用 A、B、C',
  badLanguage: '“{v}”不是语言；可用 en 或 zh',
  badRole: '“{v}”不是联系人角色；可用：{roles}',
  missingParent: '账本中没有上级客户“{code}”',
  unterminated: '从此处开始的带引号字段没有结束（文件在引号内结束）',
  wTotalMismatch: '第 {line} 行：合计行为 {stated} {currency}，但各行相加为 {sum}',
  wSkippedStatus: '跳过 {items}（首张在第 {line} 行）',
  wSummed: '{items}分多行列出且金额不同，已相加（首张：{number}，第 {line} 行）',
  wDuplicate: '{items}只计一次（首张：{number}，第 {line} 行）',
  dupInvoice: '该客户的发票 {number} 在文件前面已列出，且数据不同',
  wOverSettled: '{items}的新金额小于已收金额，未结金额记为 0（首张：{number}）',
  wUnknownInvoice: '第 {line} 行：收款 {reference} 对应的发票 {invoice} 不在账本中，该金额记为未核销',
  wNotInvoice: '第 {line} 行：收款 {reference} 对应的 {invoice} 是红字/贷项单据，该金额记为未核销',
  wCurrencyMismatch: '第 {line} 行：收款 {reference} 与发票 {invoice} 币种（{currency}）不同，该金额记为未核销',
  wOverAllocated: '第 {line} 行：收款 {reference} 比发票 {invoice} 的未结金额多 {amount}，多出部分记为未核销',
  wCreditsApplied: '已将 {notes}（{amount}）冲抵同一客户同币种最早的未结发票，例如 {credit} → {invoice}',
  wOnAccount: '收款 {reference}（{customer}）有 {amount} 未核销（挂账）',
  wSameFile: '此文件之前已导入过（批次 {id}，{at}）',
  wAsOfUnread: '标题中的“{text}”无法识别为日期；截止日期按 {today} 处理',
  wCustomerGroups: '客户取自发票上方的分组行',
  wHeaderOnly: '文件只有表头，没有数据行：没有可导入的内容',
  wDecimalMixed: '金额的小数点写法不一致（"{comma}" 用逗号作小数点，"{dot}" 用句点）；已逐个判断——请用 --decimal-mark , 或 --decimal-mark . 指明',
  wDecimalUnclear: '形如 "{example}" 的金额既可能是小数点也可能是千位分隔符；已按小数点读取——若文件用逗号作小数点，请加 --decimal-mark ,',
  wDatesFromDecimal: '金额用逗号作小数点，因此 "{example}" 这样的日期按日在前读取；若为月在前，请加 --date-format mdy',
  wDefaultCurrency: '文件未注明币种：金额按账本默认币种 {currency} 记账；如不对，请用 --currency 指定',
  wDollarCurrency: '金额带有“$”但未注明币种代码：按账本默认币种 {currency} 记账；如不对，请用 --currency USD（或 CAD、AUD 等）指定',
  wSymbolCurrency: '文件没有币种列；金额带有“{symbol}”，因此按 {currency} 记账',
  wPaymentsDefault: '{items}未注明币种：按账本默认币种 {currency} 记账；如不对，请用 --currency 指定',
  wPaymentsCustomerCurrency: '{items}未注明币种：按其客户的币种记账（{currencies}）',
  wNoDueDate: '没有到期日列：发票按单据日期加账期计算账龄',
  wNoDueDateColumn: '没有到期日列：发票按单据日期加账期计算账龄（“{header}”列是日期：--map dueDate="{header}" 可将其作为到期日）',
  wNoOpenColumn: '未识别到未结余额列：金额按未结处理；“{header}”列看起来是金额——--map open="{header}" 可将其作为未结余额',
  wLinesRounded: '{items}的小数位数超过币种允许的位数，已四舍五入（首个在第 {line} 行）',
  wStale: '{items}保持不变：此导出文件（截至 {asOf}）比账本中的信息更旧（首张：{number}）',
  wOlderExport: '此导出文件截至 {asOf}，早于上次发票导入（截至 {latest}）；已保留较新的数据',
  wSnapshotKept: '文件中没有的 {items}保持未结：它们开具于 {asOf} 之后，或已被更新的导入确认',
  wSnapshotDryGuard: '正式运行时关闭这么多款项需要确认（无终端时需加 --yes）',
  snapshotGuard: '--snapshot 将关闭全部 {total} 笔未结款项中的 {n} 笔（{perCurrency}）{extra}；未导入任何数据',
  snapshotGuardExtra: '，其中 {m} 笔的币种文件中没有（{currencies}）',
  snapshotGuardHint: '请先用 --dry-run 检查；--snapshot=customers 只关闭文件中出现的客户的款项，--yes 表示确认',
  snapshotConfirm: '将全部 {total} 笔未结款项中的 {n} 笔关闭为已结清（{perCurrency}）吗？',
  progress: '正在导入 {file}',
  badProfileName: '“{name}”不能用作方案名称',
  badProfileNameHint: '请使用字母、数字、点、下划线和连字符，例如 my-erp',
  builtinProfileName: '“{name}”是内置方案，请使用其他名称保存',
  builtinProfileDelete: '“{name}”是内置方案，不能删除',
  badProfileFile: '方案文件 {file} 无效：{what}',
  badProfileFileHint: '请修正该文件，或用 `ar profiles delete 名称` 删除',
  unknownProfile: '没有名为“{name}”的方案；现有方案：{names}',
  unknownProfileHint: '`ar profiles list` 可列出全部方案',
  mapperIntro: '{file}：回款无法识别此格式。请为每个字段选择对应的列（{kind}）。',
  mapperKind: '{file} 的内容是什么？',
  mapperField: '{field} 对应的列',
  mapperNone: '（无）',
  mapperPreview: '按此映射导入的前几行：',
  mapperConfirm: '按此映射导入吗？',
  mapperSave: '将此映射保存为方案以便下次使用吗？',
  mapperName: '方案名称',
  mapperSaved: '已保存方案 {name}（{file}）。',
  mapperHeader: '哪一行是表头？（行号）',
  mapperCurrency: '金额的币种（ISO 代码，如 CNY、USD、EUR）',
  mapperNotSaved: '未保存方案；导入本身已完成。',
  field: {
    customerCode: '客户编码',
    customerName: '客户名称',
    number: '发票号',
    kind: '单据类型',
    issueDate: '单据日期',
    dueDate: '到期日',
    currency: '币种',
    total: '金额',
    open: '未结余额',
    paid: '已收金额',
    lineAmount: '行金额',
    po: '订单号',
    terms: '付款条件',
    salesperson: '业务员',
    status: '状态',
    reference: '收款单号',
    date: '收款日期',
    amount: '金额',
    invoice: '对应发票',
    method: '收款方式',
    note: '备注',
    code: '客户编码',
    name: '名称',
    type: '客户类型',
    grade: '等级',
    strategic: '战略客户',
    language: '语言',
    termsDays: '账期（天）',
    creditLimit: '信用额度',
    collector: '催收员',
    parent: '上级客户',
    taxId: '税号',
    address: '地址',
    phone: '电话',
    email: '邮箱',
    paymentRunDays: '付款日',
    approvalChain: '审批流程',
    documentsRequired: '所需单据',
    notes: '备注',
    role: '角色',
    title: '职务',
    mobile: '手机',
    wechat: '微信',
    isPrimary: '主要联系人',
    isDecisionMaker: '决策人',
  },
  kind: {
    invoices: '发票',
    payments: '收款',
    customers: '客户',
    contacts: '联系人',
  },
  count: {
    invoices: '{n} 张发票',
    duplicates: '{n} 张重复列出的发票',
    voidDocs: '{n} 张作废或草稿单据',
    lineAmounts: '{n} 个行金额',
    payments: '{n} 笔收款',
    openItems: '{n} 笔未结款项',
    creditNotes: '{n} 张未核销的红字发票',
  },
  value: {
    lostDigits: '{v} 在表格中以数字形式保存，已丢失位数；请将该列设为文本格式后重新导出',
    notAmount: '{v} 不是有效的金额',
    tooManyDecimals: '{v} 的小数位数超过 {currency} 允许的 {digits} 位',
    notDate: '{v} 不是有效的日期',
    notADate: '不是有效的日期',
    quotedNotDate: '"{v}" 不是有效的日期',
    notCalendarDate: '"{v}" 不是有效的日历日期',
    orderMismatch: '"{v}" 与指定的日期格式 {order}（{name}）不符；此类日期请用 --date-format dmy 或 mdy',
    badCurrency: '"{v}" 不是可识别的币种；请使用 CNY、USD 等 ISO 代码',
    badDocType: '"{v}" 不是可识别的单据类型（发票或贷项/红字）',
    notYesNo: '{v} 不是"是/否"',
    quotedNotYesNo: '"{v}" 不是"是/否"',
    ambiguousDate: '"{v}" 无法判断是日/月/年还是月/日/年，请指定日期格式',
    notDays: '"{v}" 不是整数天数',
  },
  order: { ymd: '年-月-日', mdy: '月/日/年', dmy: '日/月/年' },
  evidence: {
    conflict: '日期相互矛盾："{dmy}" 只能是日在前，而 "{mdy}" 只能是月在前',
    dayFirst: '"{v}" 只能是日在前',
    monthFirst: '"{v}" 只能是月在前',
    ambiguous: '所有形如 "{v}" 的日期既可读作日在前，也可读作月在前',
    dotted: '以点分隔的日期（如 "{v}"）按惯例为日在前',
    yearFirst: '"{v}" 为年在前',
    none: '没有可用于判断的数字日期',
  },
  profile: {
    notObject: '不是 JSON 对象',
    unknownKey: '未知的键“{k}”',
    badName: '“name”只能包含字母、数字、. _ -',
    badKind: '“kind”必须是 invoices、payments、customers、contacts 之一',
    notText: '“{k}”必须是文本',
    badCurrency: '“currency”必须是 CNY、USD 这样的 ISO 4217 代码，而不是“{v}”',
    badHeaderRow: '“headerRow”必须是 ≥ 1 的行号',
    badSkip: '“skip”必须是正则表达式列表',
    badSkipPattern: '“skip”中的 {v} 不是有效的正则表达式',
    badMap: '“map”必须是 字段 → 列名 的对象',
    badDateFormat: '“dateFormat”必须是文本',
    badDecimalMark: '“decimalMark”必须是“.”或“,”',
    badNegativeStyle: '“negativeStyle”必须是 auto、minus、parentheses、trailing 或 invert',
    badFingerprints: '“fingerprints”必须是表头列表的列表',
    notBoolean: '“{k}”必须是 true 或 false',
  },
  or: '或',
  sep: '、',
  invalidJson: '不是有效的 JSON（{why}）',
  reasonSep: '；',
  perCurrencyItem: '{currency} {n} 笔',
  paymentSplit: '收款 {reference} 出现了不同的日期或币种',
  rejectedPrefix: 'ar: 已拒绝',
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
