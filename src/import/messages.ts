// Every user-facing string of `ar import` and `ar profiles`, in English and Chinese.
import { defineMessages } from '../i18n/index.js';

export const msg = defineMessages({
  // reading files
  cannotRead: { en: 'cannot read {file}: {why}', zh: '无法读取 {file}：{why}' },
  cannotReadHint: { en: 'check the path; `ar import` reads CSV, TSV, TXT and XLSX files', zh: '请检查路径；`ar import` 可读取 CSV、TSV、TXT 和 XLSX 文件' },
  legacyXls: { en: '{file} is an old binary Excel workbook (.xls), which huikuan cannot read', zh: '{file} 是旧版二进制 Excel 工作簿（.xls），回款无法读取' },
  legacyXlsHint: { en: 'open it in Excel or LibreOffice and save it as .xlsx or CSV, then import that', zh: '请用 Excel 或 LibreOffice 打开并另存为 .xlsx 或 CSV 后再导入' },
  htmlFile: { en: '{file} is a web page (HTML) saved with a spreadsheet name, not a spreadsheet', zh: '{file} 是以表格文件名保存的网页（HTML），不是表格文件' },
  binaryFile: { en: '{file} is not a text or spreadsheet file', zh: '{file} 不是文本或表格文件' },
  badBytes: { en: '{file} is not valid {enc} (at line {line})', zh: '{file} 不是有效的 {enc} 编码（第 {line} 行处）' },
  badBytesHint: { en: 'name the encoding with --encoding gb18030, --encoding windows-1252 or --encoding utf16', zh: '请用 --encoding gb18030、--encoding windows-1252 或 --encoding utf16 指定编码' },
  badXlsx: { en: 'cannot read the workbook {file}: {why}', zh: '无法读取工作簿 {file}：{why}' },
  noSheet: { en: '{file} has no sheet named "{sheet}"; its sheets are: {sheets}', zh: '{file} 中没有名为“{sheet}”的工作表；现有工作表：{sheets}' },
  notXlsx: { en: '{file} is not a spreadsheet (XLSX), although its name says so', zh: '{file} 虽以表格文件命名，但不是表格文件（XLSX）' },
  notXlsxHint: { en: 'export the file again, or open it in Excel or LibreOffice and save it as .xlsx or CSV', zh: '请重新导出，或用 Excel 或 LibreOffice 打开后另存为 .xlsx 或 CSV' },
  wTextSpreadsheet: { en: 'the file is named like a spreadsheet but holds text; it was read as CSV', zh: '文件以表格文件命名，但内容是文本，已按 CSV 读取' },
  noSuchFile: { en: 'no such file', zh: '文件不存在' },
  isFolder: { en: 'it is a folder', zh: '这是一个文件夹' },
  noSheetHint: { en: 'pick one with --sheet NAME', zh: '请用 --sheet 名称 选择工作表' },
  emptyWorkbook: { en: '{file} has no sheet with a table in it', zh: '{file} 中没有包含表格的工作表' },
  badEncoding: { en: 'unknown encoding "{v}"', zh: '未知编码“{v}”' },
  badEncodingHint: { en: 'use auto, utf8, gb18030, utf16 (or utf16le/utf16be) or windows-1252', zh: '可用：auto、utf8、gb18030、utf16（或 utf16le/utf16be）、windows-1252' },

  // finding the table and mapping columns
  noHeader: { en: '{file}: cannot find the header row (no row names two or more columns this tool knows)', zh: '{file}：找不到表头行（没有一行包含两个及以上可识别的列名）' },
  noHeaderHint: {
    en: 'an {kind} file needs: {fields}; map them, e.g. {example} (the columns in row {row} are: {columns}); add --kind {others} if the file holds something else',
    zh: '{kind}文件需要：{fields}；请指定列，例如 {example}（第 {row} 行的列：{columns}）；若文件内容不是{kind}，请加 --kind {others}',
  },
  noHeaderRow: { en: '{file}: there is no row {row}', zh: '{file}：没有第 {row} 行' },
  emptyFile: { en: '{file} is empty', zh: '{file} 是空文件' },
  kindUnclear: { en: '{file}: cannot tell whether this file holds invoices, payments, customers or contacts', zh: '{file}：无法判断文件内容是发票、收款、客户还是联系人' },
  kindUnclearHint: { en: 'say which with --kind invoices|payments|customers|contacts', zh: '请用 --kind invoices|payments|customers|contacts 指明' },
  unmapped: { en: '{file}: cannot tell which column holds: {fields}', zh: '{file}：无法确定以下字段在哪一列：{fields}' },
  unmappedHint: { en: 'map them, e.g. {example} (the columns are: {columns})', zh: '请指定列，例如 {example}（现有列：{columns}）' },
  unknownField: { en: '--map {spec}: "{field}" is not a field of {kind}; the fields are: {fields}', zh: '--map {spec}：“{field}”不是{kind}的字段；可用字段：{fields}' },
  badMap: { en: '--map "{spec}" must be field=Header', zh: '--map “{spec}” 的格式应为 字段=列名' },
  badMapHint: { en: 'for example --map number="Doc No" --map total=Amount (Header#2 for the second column of that name, #3 for the third column)', zh: '例如 --map number="单据号" --map total=金额（同名第二列用 列名#2，第三列用 #3）' },
  mapNoColumn: { en: '--map {spec}: {file} has no column "{header}"; the columns are: {columns}', zh: '--map {spec}：{file} 中没有“{header}”列；现有列：{columns}' },
  duplicateHeader: { en: 'the column "{header}" appears {n} times; the first is used (map another one as "{header}#2")', zh: '列“{header}”出现了 {n} 次，使用第一列（其他列可用“{header}#2”指定）' },

  // options
  badKind: { en: '--kind must be invoices, payments, customers, contacts or auto, not "{v}"', zh: '--kind 必须是 invoices、payments、customers、contacts 或 auto，而不是“{v}”' },
  badSnapshot: { en: '--snapshot must be given alone (all) or as --snapshot=customers, not "{v}"', zh: '--snapshot 只能单独使用（全部）或写作 --snapshot=customers，而不是“{v}”' },
  snapshotKind: { en: '--snapshot only makes sense for invoice files ({file} holds {kind})', zh: '--snapshot 只适用于发票文件（{file} 的内容是{kind}）' },
  rejectsNeedsSkip: { en: '--rejects needs --skip-bad (without it, any bad row stops the import)', zh: '--rejects 需要与 --skip-bad 一起使用（否则任何错误行都会中止导入）' },
  badDateFormat: { en: '--date-format must be ymd, mdy, dmy or a pattern such as DD/MM/YYYY, not "{v}"', zh: '--date-format 必须是 ymd、mdy、dmy 或 DD/MM/YYYY 这样的格式，而不是“{v}”' },
  badDecimalMark: { en: '--decimal-mark must be "." or ",", not "{v}"', zh: '--decimal-mark 必须是“.”或“,”，而不是“{v}”' },
  badCurrency: { en: '--currency must be a three-letter ISO 4217 code such as CNY or USD, not "{v}"', zh: '--currency 必须是 CNY、USD 这样的三字母 ISO 4217 代码，而不是“{v}”' },
  noFiles: { en: 'name at least one file to import', zh: '请至少指定一个要导入的文件' },

  // dates
  datesAmbiguous: { en: '{file}: the dates could be day-first or month-first ({evidence})', zh: '{file}：日期无法判断是日在前还是月在前（{evidence}）' },
  datesAmbiguousHint: { en: 'say which with --date-format dmy (15/03/2026) or --date-format mdy (03/15/2026)', zh: '请用 --date-format dmy（15/03/2026）或 --date-format mdy（03/15/2026）指明' },
  datesConflict: { en: '{file}: the dates contradict each other: {evidence}', zh: '{file}：日期格式前后矛盾：{evidence}' },
  askDateOrder: { en: 'Dates in {file} such as {example}: which comes first?', zh: '{file} 中的日期（如 {example}）：哪个在前？' },
  dayFirst: { en: 'day first (DD/MM/YYYY)', zh: '日在前（日/月/年）' },
  monthFirst: { en: 'month first (MM/DD/YYYY)', zh: '月在前（月/日/年）' },

  // rows
  badRows: { en: '{n} bad rows in {files}; nothing was imported', zh: '{files} 中有 {n} 行有误；未导入任何数据' },
  badRowsProblems: { en: '{n} bad rows ({p} problems) in {files}; nothing was imported', zh: '{files} 中有 {n} 行有误（共 {p} 处问题）；未导入任何数据' },
  badRowProblems: { en: '1 bad row ({p} problems) in {files}; nothing was imported', zh: '{files} 中有 1 行有误（共 {p} 处问题）；未导入任何数据' },
  badRow: { en: '1 bad row in {files}; nothing was imported', zh: '{files} 中有 1 行有误；未导入任何数据' },
  badRowsHint: { en: 'fix them and import again, or import the good rows with --skip-bad --rejects rejects.csv', zh: '请修正后重新导入，或用 --skip-bad --rejects rejects.csv 只导入正确的行' },
  moreErrors: { en: '… and {n} more', zh: '……另有 {n} 处' },
  required: { en: 'no {what}', zh: '缺少{what}' },
  noCustomer: { en: 'no customer (no customer code or name, and no customer group row above)', zh: '缺少客户（没有客户编码或名称，上方也没有客户分组行）' },
  ambiguousCustomer: { en: 'several customers are called "{name}"; add a customer code column', zh: '有多个客户名为“{name}”；请增加客户编码列' },
  unknownCustomer: { en: 'customer "{who}" is not in the ledger; import it (or its invoices) first', zh: '账本中没有客户“{who}”；请先导入该客户（或其发票）' },
  noAmount: { en: 'no amount (total or open balance)', zh: '缺少金额（合计或未结余额）' },
  noDate: { en: 'no invoice date or due date', zh: '缺少单据日期或到期日' },
  currencyConflict: { en: 'the amount is in {found} but the row says {currency}', zh: '金额的币种为 {found}，但该行币种为 {currency}' },
  groupBad: { en: 'another line of invoice {number} is bad (line {line})', zh: '发票 {number} 的另一行有误（第 {line} 行）' },
  notPositive: { en: 'a payment must be a positive amount', zh: '收款金额必须为正数' },
  badType: { en: '"{v}" is not a customer type; use one of {types}', zh: '“{v}”不是客户类型；可用：{types}' },
  badGrade: { en: '"{v}" is not a grade; use A, B or C', zh: '“{v}”不是等级；可用 A、B、C' },
  badLanguage: { en: '"{v}" is not a language; use en or zh', zh: '“{v}”不是语言；可用 en 或 zh' },
  badRole: { en: '"{v}" is not a contact role; use one of {roles}', zh: '“{v}”不是联系人角色；可用：{roles}' },
  missingParent: { en: 'parent customer "{code}" is not in the ledger', zh: '账本中没有上级客户“{code}”' },
  unterminated: { en: 'a quoted field starting here is never closed (the file ends inside it)', zh: '从此处开始的带引号字段没有结束（文件在引号内结束）' },

  // warnings
  wTotalMismatch: { en: 'line {line}: the total row says {stated} {currency} but the rows add up to {sum}', zh: '第 {line} 行：合计行为 {stated} {currency}，但各行相加为 {sum}' },
  wSkippedStatus: { en: '{items} skipped (first at line {line})', zh: '跳过 {n} 张作废或草稿单据（首张在第 {line} 行）' },
  wSummed: { en: 'listed on several rows with different amounts, added up: {items} (first: {number}, line {line})', zh: '{n} 张发票分多行列出且金额不同，已相加（首张：{number}，第 {line} 行）' },
  wDuplicate: { en: 'listed twice, counted once: {items} (first: {number}, line {line}); identical repeats are ignored, different ones are rejected', zh: '{n} 张重复列出的发票只计一次（首张：{number}，第 {line} 行）' },
  dupInvoice: { en: 'invoice {number} of this customer was already listed earlier in the file with different figures', zh: '该客户的发票 {number} 在文件前面已列出，且数据不同' },
  wOverSettled: { en: 'new total below what was already paid, open amount set to 0: {items} (first: {number})', zh: '{n} 张发票的新金额小于已收金额，未结金额记为 0（首张：{number}）' },
  wUnknownInvoice: { en: 'line {line}: payment {reference} names invoice {invoice}, which is not in the ledger; the amount stays unallocated', zh: '第 {line} 行：收款 {reference} 对应的发票 {invoice} 不在账本中，该金额记为未核销' },
  wNotInvoice: { en: 'line {line}: payment {reference} names {invoice}, which is a credit note; the amount stays unallocated', zh: '第 {line} 行：收款 {reference} 对应的 {invoice} 是红字/贷项单据，该金额记为未核销' },
  wCurrencyMismatch: { en: 'line {line}: payment {reference} is not in the currency of invoice {invoice} ({currency}); the amount stays unallocated', zh: '第 {line} 行：收款 {reference} 与发票 {invoice} 币种（{currency}）不同，该金额记为未核销' },
  wOverAllocated: { en: 'line {line}: payment {reference} is {amount} more than what is open on invoice {invoice}; the rest stays unallocated', zh: '第 {line} 行：收款 {reference} 比发票 {invoice} 的未结金额多 {amount}，多出部分记为未核销' },
  wCreditsApplied: {
    en: 'set {notes} ({amount}) against the oldest open invoices of the same customer and currency, e.g. {credit} → {invoice}',
    zh: '已将 {notes}（{amount}）冲抵同一客户同币种最早的未结发票，例如 {credit} → {invoice}',
  },
  wOnAccount: { en: 'payment {reference} ({customer}) leaves {amount} unallocated (on account)', zh: '收款 {reference}（{customer}）有 {amount} 未核销（挂账）' },
  wSameFile: { en: 'this file was imported before (batch {id}, {at})', zh: '此文件之前已导入过（批次 {id}，{at}）' },
  wAsOfUnread: { en: 'the title says "{text}", which is not a date this tool can read; the as-of date is {today}', zh: '标题中的“{text}”无法识别为日期；截止日期按 {today} 处理' },
  wCustomerGroups: { en: 'customers taken from the group rows above the invoices', zh: '客户取自发票上方的分组行' },
  wHeaderOnly: { en: 'the file has a header row but no rows under it: nothing to import', zh: '文件只有表头，没有数据行：没有可导入的内容' },
  wDecimalMixed: {
    en: 'the amounts mix decimal marks ("{comma}" has a decimal comma, "{dot}" a decimal point); each amount was read on its own — say which the file uses with --decimal-mark , or --decimal-mark .',
    zh: '金额的小数点写法不一致（"{comma}" 用逗号作小数点，"{dot}" 用句点）；已逐个判断——请用 --decimal-mark , 或 --decimal-mark . 指明',
  },
  wDecimalUnclear: {
    en: 'amounts such as "{example}" could have a decimal point or a thousands separator; they were read with a decimal point — use --decimal-mark , if the file uses a decimal comma',
    zh: '形如 "{example}" 的金额既可能是小数点也可能是千位分隔符；已按小数点读取——若文件用逗号作小数点，请加 --decimal-mark ,',
  },
  wDatesFromDecimal: {
    en: 'dates such as "{example}" were read day-first, as the amounts use a decimal comma; use --date-format mdy if they are month-first',
    zh: '金额用逗号作小数点，因此 "{example}" 这样的日期按日在前读取；若为月在前，请加 --date-format mdy',
  },
  wDefaultCurrency: {
    en: 'the file names no currency: amounts booked in {currency}, the ledger’s default; use --currency if not',
    zh: '文件未注明币种：金额按账本默认币种 {currency} 记账；如不对，请用 --currency 指定',
  },
  wDollarCurrency: {
    en: 'the amounts carry “$” but no currency code: booked in {currency}, the ledger’s default; use --currency USD (or CAD, AUD …) if that is wrong',
    zh: '金额带有“$”但未注明币种代码：按账本默认币种 {currency} 记账；如不对，请用 --currency USD（或 CAD、AUD 等）指定',
  },
  wSymbolCurrency: { en: 'the file has no currency column; its amounts carry “{symbol}”, so they are booked in {currency}', zh: '文件没有币种列；金额带有“{symbol}”，因此按 {currency} 记账' },
  wPaymentsDefault: {
    en: '{items} without a currency: booked in {currency}, the ledger’s default; use --currency if not',
    zh: '{n} 笔收款未注明币种：按账本默认币种 {currency} 记账；如不对，请用 --currency 指定',
  },
  wPaymentsCustomerCurrency: {
    en: '{items} without a currency: booked in the customer’s currency ({currencies})',
    zh: '{n} 笔收款未注明币种：按其客户的币种记账（{currencies}）',
  },
  wNoDueDate: { en: 'no due date column: invoices aged from invoice date + terms', zh: '没有到期日列：发票按单据日期加账期计算账龄' },
  wNoDueDateColumn: {
    en: 'no due date column: invoices aged from invoice date + terms (the column "{header}" holds dates: --map dueDate="{header}" would use it)',
    zh: '没有到期日列：发票按单据日期加账期计算账龄（“{header}”列是日期：--map dueDate="{header}" 可将其作为到期日）',
  },
  wNoOpenColumn: {
    en: 'no open-balance column recognised: the amount is taken as open; the column "{header}" looks like money — --map open="{header}" would use it',
    zh: '未识别到未结余额列：金额按未结处理；“{header}”列看起来是金额——--map open="{header}" 可将其作为未结余额',
  },
  wLinesRounded: {
    en: '{items} had more decimals than their currency allows and were rounded (first: line {line})',
    zh: '{n} 个行金额的小数位数超过币种允许的位数，已四舍五入（首个在第 {line} 行）',
  },
  wStale: {
    en: '{items} left unchanged: this export (as of {asOf}) is older than what the ledger already knows (first: {number})',
    zh: '{n} 张发票保持不变：此导出文件（截至 {asOf}）比账本中的信息更旧（首张：{number}）',
  },
  wOlderExport: {
    en: 'this export is as of {asOf}, older than the last invoice import (as of {latest}); newer figures were kept',
    zh: '此导出文件截至 {asOf}，早于上次发票导入（截至 {latest}）；已保留较新的数据',
  },
  wSnapshotKept: {
    en: 'kept open although missing from the file: {items} issued after {asOf} or confirmed by a newer import',
    zh: '文件中没有的 {n} 笔未结款项保持未结：它们开具于 {asOf} 之后，或已被更新的导入确认',
  },
  wSnapshotDryGuard: {
    en: 'a real run would ask before closing this much (or need --yes without a terminal)',
    zh: '正式运行时关闭这么多款项需要确认（无终端时需加 --yes）',
  },

  // snapshots
  snapshotGuard: {
    en: '--snapshot would close {n} of the {total} open items ({perCurrency}){extra}; nothing was imported',
    zh: '--snapshot 将关闭全部 {total} 笔未结款项中的 {n} 笔（{perCurrency}）{extra}；未导入任何数据',
  },
  snapshotGuardExtra: { en: ', {m} of them in currencies the file does not list ({currencies})', zh: '，其中 {m} 笔的币种文件中没有（{currencies}）' },
  snapshotGuardHint: {
    en: 'check with --dry-run; --snapshot=customers closes only the items of customers in the file, and --yes confirms',
    zh: '请先用 --dry-run 检查；--snapshot=customers 只关闭文件中出现的客户的款项，--yes 表示确认',
  },
  snapshotConfirm: { en: 'Close {n} of the {total} open items as no longer owed ({perCurrency})?', zh: '将全部 {total} 笔未结款项中的 {n} 笔关闭为已结清（{perCurrency}）吗？' },

  // progress
  progress: { en: 'importing {file}', zh: '正在导入 {file}' },

  // profiles
  badProfileName: { en: '"{name}" is not a usable profile name', zh: '“{name}”不能用作方案名称' },
  badProfileNameHint: { en: 'use letters, digits, dot, underscore and dash, e.g. my-erp', zh: '请使用字母、数字、点、下划线和连字符，例如 my-erp' },
  builtinProfileName: { en: '"{name}" is a built-in profile; save yours under another name', zh: '“{name}”是内置方案，请使用其他名称保存' },
  builtinProfileDelete: { en: '"{name}" is a built-in profile and cannot be deleted', zh: '“{name}”是内置方案，不能删除' },
  badProfileFile: { en: 'the profile {file} is not valid: {what}', zh: '方案文件 {file} 无效：{what}' },
  badProfileFileHint: { en: 'fix the file, or delete it with `ar profiles delete NAME`', zh: '请修正该文件，或用 `ar profiles delete 名称` 删除' },
  unknownProfile: { en: 'no profile named "{name}"; the profiles are: {names}', zh: '没有名为“{name}”的方案；现有方案：{names}' },
  unknownProfileHint: { en: '`ar profiles list` shows them', zh: '`ar profiles list` 可列出全部方案' },

  // interactive mapper
  mapperIntro: { en: '{file}: huikuan does not know this layout. Choose the column for each field ({kind}).', zh: '{file}：回款无法识别此格式。请为每个字段选择对应的列（{kind}）。' },
  mapperKind: { en: 'What does {file} hold?', zh: '{file} 的内容是什么？' },
  mapperField: { en: 'Column for {field}', zh: '{field} 对应的列' },
  mapperNone: { en: '(none)', zh: '（无）' },
  mapperPreview: { en: 'The first rows as they would be imported:', zh: '按此映射导入的前几行：' },
  mapperConfirm: { en: 'Import with this mapping?', zh: '按此映射导入吗？' },
  mapperSave: { en: 'Save this mapping as a profile for next time?', zh: '将此映射保存为方案以便下次使用吗？' },
  mapperName: { en: 'Profile name', zh: '方案名称' },
  mapperSaved: { en: 'Saved profile {name} ({file}).', zh: '已保存方案 {name}（{file}）。' },
  mapperHeader: { en: 'Which row is the header? (row number)', zh: '哪一行是表头？（行号）' },
  mapperCurrency: { en: 'Currency of the amounts (ISO code such as CNY, USD, EUR)', zh: '金额的币种（ISO 代码，如 CNY、USD、EUR）' },
  mapperNotSaved: { en: 'Profile not saved; the import itself is done.', zh: '未保存方案；导入本身已完成。' },
});

/** Field labels for messages and the mapper. */
export const FIELD_LABELS: Record<string, { en: string; zh: string }> = {
  customerCode: { en: 'customer code', zh: '客户编码' },
  customerName: { en: 'customer name', zh: '客户名称' },
  number: { en: 'invoice number', zh: '发票号' },
  kind: { en: 'document type', zh: '单据类型' },
  issueDate: { en: 'invoice date', zh: '单据日期' },
  dueDate: { en: 'due date', zh: '到期日' },
  currency: { en: 'currency', zh: '币种' },
  total: { en: 'total amount', zh: '金额' },
  open: { en: 'open balance', zh: '未结余额' },
  paid: { en: 'amount paid', zh: '已收金额' },
  lineAmount: { en: 'line amount', zh: '行金额' },
  po: { en: 'PO number', zh: '订单号' },
  terms: { en: 'payment terms', zh: '付款条件' },
  salesperson: { en: 'salesperson', zh: '业务员' },
  status: { en: 'status', zh: '状态' },
  reference: { en: 'payment reference', zh: '收款单号' },
  date: { en: 'payment date', zh: '收款日期' },
  amount: { en: 'amount', zh: '金额' },
  invoice: { en: 'invoice paid', zh: '对应发票' },
  method: { en: 'payment method', zh: '收款方式' },
  note: { en: 'note', zh: '备注' },
  code: { en: 'customer code', zh: '客户编码' },
  name: { en: 'name', zh: '名称' },
  type: { en: 'customer type', zh: '客户类型' },
  grade: { en: 'grade', zh: '等级' },
  strategic: { en: 'strategic', zh: '战略客户' },
  language: { en: 'language', zh: '语言' },
  termsDays: { en: 'terms (days)', zh: '账期（天）' },
  creditLimit: { en: 'credit limit', zh: '信用额度' },
  collector: { en: 'collector', zh: '催收员' },
  parent: { en: 'parent customer', zh: '上级客户' },
  taxId: { en: 'tax ID', zh: '税号' },
  address: { en: 'address', zh: '地址' },
  phone: { en: 'phone', zh: '电话' },
  email: { en: 'email', zh: '邮箱' },
  paymentRunDays: { en: 'payment run days', zh: '付款日' },
  approvalChain: { en: 'approval chain', zh: '审批流程' },
  documentsRequired: { en: 'documents required', zh: '所需单据' },
  notes: { en: 'notes', zh: '备注' },
  role: { en: 'role', zh: '角色' },
  title: { en: 'title', zh: '职务' },
  mobile: { en: 'mobile', zh: '手机' },
  wechat: { en: 'WeChat', zh: '微信' },
  isPrimary: { en: 'primary contact', zh: '主要联系人' },
  isDecisionMaker: { en: 'decision maker', zh: '决策人' },
};

export const KIND_LABELS: Record<string, { en: string; zh: string }> = {
  invoices: { en: 'invoices', zh: '发票' },
  payments: { en: 'payments', zh: '收款' },
  customers: { en: 'customers', zh: '客户' },
  contacts: { en: 'contacts', zh: '联系人' },
};

/** "no invoice number" / "缺少发票号": a required field left empty. */
export function requiredMsg(field: string): { en: string; zh: string } {
  const label = FIELD_LABELS[field] ?? { en: field, zh: field };
  return { en: msg.t('en', 'required', { what: label.en }), zh: msg.t('zh', 'required', { what: label.zh }) };
}

/** "1 invoice", "3 invoices" (English messages; the Chinese ones need no plural). */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
