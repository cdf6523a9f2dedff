// `ar import FILE…`: accounting exports (CSV/TSV/TXT/XLSX) → the ledger, in one transaction.
// The heavy parts (the pipeline, the spreadsheet reader) load inside the action.
import { Option } from 'commander';
import type { Register } from './shared.js';
import { writeJson, warn, type Context } from '../cli/context.js';
import { formatDate } from '../core/dates.js';
import { formatMoney } from '../core/money.js';
import { count, defineMessages } from '../i18n/index.js';
import { UsageError } from '../errors.js';
import { renderTable } from '../view/table.js';
import { displayWidth } from '../view/width.js';
import type { ImportOptions, ImportReport } from '../import/types.js';

const m = defineMessages({
  describe: { en: 'import invoices, payments, customers or contacts from CSV/TSV/TXT/XLSX exports', zh: '从 CSV/TSV/TXT/XLSX 导出文件导入发票、收款、客户或联系人' },
  files: { en: 'export files (CSV, TSV, TXT, XLSX)', zh: '导出文件（CSV、TSV、TXT、XLSX）' },
  kind: { en: 'what the files hold (default: auto)', zh: '文件内容（默认 auto 自动判断）' },
  profile: { en: 'mapping profile (default: detected from the headers; see `ar profiles list`)', zh: '映射方案（默认按表头自动识别；见 `ar profiles list`）' },
  map: { en: 'map a field to a column: field=Header (repeatable; Header#2, #3 for a column number)', zh: '指定字段对应的列：字段=列名（可重复；同名第二列用 列名#2，第 3 列用 #3）' },
  encoding: { en: 'text encoding: auto, utf8, gb18030, utf16, windows-1252', zh: '文本编码：auto、utf8、gb18030、utf16、windows-1252' },
  delimiter: { en: 'field delimiter: , ; tab | (default: detected)', zh: '分隔符：, ; tab |（默认自动识别）' },
  dateFormat: { en: 'date order: ymd, mdy, dmy or a pattern like DD/MM/YYYY (default: from the data)', zh: '日期顺序：ymd、mdy、dmy 或 DD/MM/YYYY 这样的格式（默认按数据判断）' },
  decimalMark: { en: 'decimal mark of amounts: . or , (default: decided once per file from its amounts)', zh: '金额的小数点：. 或 ,（默认按整个文件的金额判断）' },
  sheet: { en: 'worksheet of an XLSX file (default: the first with a table)', zh: 'XLSX 的工作表（默认第一个含表格的工作表）' },
  currency: { en: 'currency of rows that name none (default: the profile’s, else the amounts’ symbols €/£/¥/US$, else the ledger’s, with a warning)', zh: '未注明币种的行所用币种（默认取方案的，其次按金额符号 €/£/¥/US$，否则取账本的并给出警告）' },
  headerRow: { en: 'physical row number of the header (default: detected)', zh: '表头所在的行号（默认自动识别）' },
  snapshot: {
    en: 'the file lists every open item as of its date: close open items missing from it, in the currencies the file names (all currencies when it names none); never items issued after its date or confirmed by a newer import (=customers: only customers in the file). Closing more than half of the ledger asks first (--yes, or refused without a terminal)',
    zh: '文件列出了截至其日期的全部未结款项：关闭文件中没有的未结款项，仅限文件中出现的币种（文件未注明币种时为全部币种）；不会关闭其日期之后开具的款项或已被更新导入确认的款项（=customers：仅限文件中出现的客户）。关闭账本一半以上的款项前会先询问（--yes 确认；无终端时拒绝）',
  },
  yes: { en: 'confirm a --snapshot that closes more than half of the open items, or items in currencies the file does not name', zh: '确认 --snapshot 关闭一半以上的未结款项，或关闭文件中没有的币种的款项' },
  dryRun: { en: 'report what would happen; write nothing', zh: '只报告将发生的变化，不写入' },
  skipBad: { en: 'import the good rows and leave out the bad ones', zh: '导入正确的行，跳过有误的行' },
  rejects: { en: 'write the bad rows (with line and reason) to this CSV (needs --skip-bad)', zh: '把有误的行（含行号和原因）写入此 CSV（需与 --skip-bad 同用）' },
  title: { en: 'Imported into {db}', zh: '已导入 {db}' },
  titleDry: { en: 'Dry run: nothing was written to {db}', zh: '试运行：未写入 {db}' },
  file: { en: 'File', zh: '文件' },
  kindCol: { en: 'Kind', zh: '类型' },
  profileCol: { en: 'Profile', zh: '方案' },
  encodingCol: { en: 'Encoding', zh: '编码' },
  read: { en: 'Read', zh: '读取' },
  imported: { en: 'New', zh: '新增' },
  updated: { en: 'Updated', zh: '更新' },
  unchanged: { en: 'Unchanged', zh: '未变' },
  rejected: { en: 'Rejected', zh: '拒绝' },
  closed: { en: 'Closed', zh: '关闭' },
  asOf: { en: 'As of {date}{snapshot}', zh: '截止日期 {date}{snapshot}' },
  snapshotNote: { en: ' · {items} missing from the file closed by snapshot', zh: ' · 文件中没有的 {n} 笔未结款项已按快照关闭' },
  snapshotNoteDry: { en: ' · would close {items} missing from the file (snapshot)', zh: ' · 将按快照关闭文件中没有的 {n} 笔未结款项' },
  closedLine: { en: 'closed by snapshot: {number} ({customer}) {amount}', zh: '已按快照关闭：{number}（{customer}）{amount}' },
  wouldCloseLine: { en: 'would close: {number} ({customer}) {amount}', zh: '将关闭：{number}（{customer}）{amount}' },
  moreClosed: { en: '… and {n} more (--json lists them all)', zh: '……另有 {n} 笔（--json 可列出全部）' },
  rejectsWritten: { en: 'Rejected rows written to {file}.', zh: '被拒绝的行已写入 {file}。' },
  next: { en: 'Next: `ar aging` for the balance by age, `ar queue` for today’s calls.', zh: '下一步：`ar aging` 查看账龄，`ar queue` 查看今日待办。' },
  badHeaderRow: { en: '--header-row must be a row number ≥ 1, not "{v}"', zh: '--header-row 必须是 ≥ 1 的行号，而不是“{v}”' },
});

const KINDS: Record<string, { en: string; zh: string }> = {
  invoices: { en: 'invoices', zh: '发票' },
  payments: { en: 'payments', zh: '收款' },
  customers: { en: 'customers', zh: '客户' },
  contacts: { en: 'contacts', zh: '联系人' },
};

/** What a snapshot closed (or would close), for stderr: the first few, then how many more. */
export function renderClosed(ctx: Context, r: ImportReport, max = 20): string[] {
  const L = ctx.lang;
  const items = r.files.flatMap((f) => f.closedItems ?? []);
  const lines = items.slice(0, max).map((i) =>
    m.t(L, r.dryRun ? 'wouldCloseLine' : 'closedLine', {
      number: i.number,
      customer: i.customerName === i.customer ? i.customer : `${i.customer} ${i.customerName}`,
      amount: `${i.currency} ${formatMoney(i.openMinor, i.currency, { locale: L })}`,
    }),
  );
  if (items.length > max) lines.push(m.t(L, 'moreClosed', { n: items.length - max }));
  return lines;
}

export function renderImport(ctx: Context, r: ImportReport, db: string): string {
  const L = ctx.lang;
  const s = ctx.style;
  const out: string[] = [];
  out.push(s.bold(m.t(L, r.dryRun ? 'titleDry' : 'title', { db })));
  const num = (n: number) => String(n);
  const columns = [
    { header: m.t(L, 'file') },
    { header: m.t(L, 'kindCol') },
    { header: m.t(L, 'profileCol') },
    { header: m.t(L, 'encodingCol') },
    { header: m.t(L, 'read'), align: 'right' as const },
    { header: m.t(L, 'imported'), align: 'right' as const },
    { header: m.t(L, 'updated'), align: 'right' as const },
    { header: m.t(L, 'unchanged'), align: 'right' as const },
    { header: m.t(L, 'rejected'), align: 'right' as const },
    { header: m.t(L, 'closed'), align: 'right' as const },
  ];
  const rows = r.files.map((f) => [
    f.sheet ? `${f.file} [${f.sheet}]` : f.file,
    KINDS[f.kind]?.[L] ?? f.kind,
    f.profile,
    f.encoding,
    num(f.rowsRead),
    num(f.imported),
    num(f.updated),
    num(f.unchanged),
    num(f.rejected),
    num(f.closedBySnapshot),
  ]);
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((row) => displayWidth(row[i]))));
  if (widths.reduce((a, b) => a + b, 0) + 2 * (columns.length - 1) <= ctx.width) {
    out.push(renderTable(columns, rows, { width: ctx.width, headerStyle: s.dim }).replace(/\n$/, ''));
  } else {
    // Too wide for the terminal: one block per file.
    for (const [i, f] of r.files.entries()) {
      const row = rows[i];
      out.push(s.bold(row[0]));
      out.push(`  ${row[1]} · ${m.t(L, 'profileCol')} ${f.profile} · ${f.encoding}`);
      out.push(
        '  ' +
          columns
            .slice(4)
            .map((c, k) => `${c.header} ${row[k + 4]}`)
            .join(' · '),
      );
    }
  }
  const asOfs = [...new Set(r.files.map((f) => f.asOf))];
  const closed = r.files.reduce((a, f) => a + f.closedBySnapshot, 0);
  const note = closed ? m.t(L, r.dryRun ? 'snapshotNoteDry' : 'snapshotNote', { n: closed, items: count(L, closed, ['open item', 'open items'], '笔') }) : '';
  out.push(m.t(L, 'asOf', { date: asOfs.map((d) => formatDate(d, L)).join(L === 'zh' ? '、' : ', '), snapshot: note }));
  if (r.rejectsFile) out.push(m.t(L, 'rejectsWritten', { file: r.rejectsFile }));
  if (!r.dryRun && r.files.some((f) => (f.kind === 'invoices' || f.kind === 'payments') && f.rowsRead > 0)) out.push(s.dim(m.t(L, 'next')));
  return out.join('\n') + '\n';
}

interface Flags {
  kind?: string;
  profile?: string;
  map: string[];
  encoding?: string;
  delimiter?: string;
  dateFormat?: string;
  decimalMark?: string;
  sheet?: string;
  currency?: string;
  headerRow?: string;
  snapshot?: boolean | string;
  yes?: boolean;
  dryRun?: boolean;
  skipBad?: boolean;
  rejects?: string;
}

export function optionsFromFlags(f: Flags): ImportOptions {
  let headerRow: number | undefined;
  if (f.headerRow !== undefined) {
    headerRow = Number(f.headerRow);
    if (!Number.isInteger(headerRow) || headerRow < 1) throw new UsageError(m.both('badHeaderRow', { v: f.headerRow }));
  }
  return {
    kind: f.kind as ImportOptions['kind'],
    profile: f.profile,
    map: f.map,
    encoding: f.encoding,
    delimiter: f.delimiter,
    dateFormat: f.dateFormat,
    decimalMark: f.decimalMark as ImportOptions['decimalMark'],
    sheet: f.sheet,
    currency: f.currency,
    headerRow,
    snapshot: f.snapshot === true ? 'all' : (f.snapshot as ImportOptions['snapshot']),
    yes: !!f.yes,
    dryRun: !!f.dryRun,
    skipBad: !!f.skipBad,
    rejects: f.rejects,
  };
}

const register: Register = (program, r) => {
  program
    .command('import')
    .description(r.t(m.both('describe')))
    .argument('<files...>', r.t(m.both('files')))
    .addOption(new Option('--kind <kind>', r.t(m.both('kind'))).choices(['invoices', 'payments', 'customers', 'contacts', 'auto']))
    .option('--profile <name>', r.t(m.both('profile')))
    .option('--map <field=Header>', r.t(m.both('map')), (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--encoding <name>', r.t(m.both('encoding')))
    .option('--delimiter <char>', r.t(m.both('delimiter')))
    .option('--date-format <order>', r.t(m.both('dateFormat')))
    .addOption(new Option('--decimal-mark <mark>', r.t(m.both('decimalMark'))).choices(['.', ',', 'auto']))
    .option('--sheet <name>', r.t(m.both('sheet')))
    .option('--currency <code>', r.t(m.both('currency')))
    .option('--header-row <n>', r.t(m.both('headerRow')))
    .addOption(new Option('--snapshot [scope]', r.t(m.both('snapshot'))).choices(['all', 'customers']))
    .option('-y, --yes', r.t(m.both('yes')))
    .option('--dry-run', r.t(m.both('dryRun')))
    .option('--skip-bad', r.t(m.both('skipBad')))
    .option('--rejects <file>', r.t(m.both('rejects')))
    .action(
      r.action(async (ctx: Context, files: string[], flags: Flags) => {
        const { importFiles } = await import('../import/index.js');
        const report = await importFiles(ctx, files, optionsFromFlags(flags));
        if (ctx.json) writeJson(ctx, report);
        else {
          ctx.out.write(renderImport(ctx, report, ctx.dbPath));
          for (const f of report.files) for (const w of f.warnings) warn(ctx, { en: `${f.file}: ${w}`, zh: `${f.file}：${w}` });
          for (const line of renderClosed(ctx, report)) ctx.err.write(`${line}\n`);
        }
      }),
    );
};
export default register;
