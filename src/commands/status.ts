// `ar status`: where the ledger is, its schema, what it holds, and the open balance per currency.
import path from 'node:path';
import type { Register } from './shared.js';
import { writeJson, type Context } from '../cli/context.js';
import { count, defineMessages } from '../i18n/index.js';
import { formatMoney } from '../core/money.js';
import { formatDate } from '../core/dates.js';
import { renderTable } from '../view/table.js';
import { padEnd } from '../view/width.js';

const m = defineMessages({
  describe: { en: 'show the ledger: path, schema, counts, open balance per currency, last import', zh: '显示账本：路径、结构版本、数量、各币种未结余额、最近一次导入' },
  ledger: { en: 'Ledger', zh: '账本' },
  schema: { en: '  (schema {v})', zh: '（结构版本 {v}）' },
  holds: { en: 'Holds', zh: '内容' },
  open: { en: 'Open balance', zh: '未结余额' },
  currency: { en: 'Currency', zh: '币种' },
  items: { en: 'Items', zh: '笔数' },
  amount: { en: 'Open', zh: '未结金额' },
  nothingOpen: { en: 'nothing open', zh: '无未结款项' },
  lastImport: { en: 'Last import', zh: '最近导入' },
  never: { en: 'none yet — `ar import FILE` brings in an export, `ar demo` shows the tool on sample data', zh: '尚无——用 `ar import 文件` 导入导出文件，或用 `ar demo` 查看示例数据' },
  importLine: { en: '{file} ({kind}) on {at}: {read}, {imported} new, {updated} updated, {unchanged} unchanged, {rejected} rejected', zh: '{file}（{kind}）于 {at}：读取 {read} 行，新增 {imported}，更新 {updated}，未变 {unchanged}，拒绝 {rejected}' },
  invoices: { en: 'invoices', zh: '发票' },
  payments: { en: 'payments', zh: '收款' },
  customers: { en: 'customers', zh: '客户' },
  contacts: { en: 'contacts', zh: '联系人' },
});

const KINDS = ['invoices', 'payments', 'customers', 'contacts'] as const;

export interface StatusReport {
  db: string;
  schemaVersion: number;
  customers: number;
  invoices: number;
  payments: number;
  contacts: number;
  promises: number;
  disputes: number;
  activities: number;
  open: { currency: string; items: number; openMinor: number }[];
  lastImport: import('../store/port.js').LastImport | null;
}

export async function statusReport(ctx: Context): Promise<StatusReport> {
  const store = await ctx.store();
  let open = await store.reports.openByCurrency();
  if (open.length === 0) open = [{ currency: (await store.settings.read()).default_currency, items: 0, openMinor: 0 }];
  return { db: store.location, schemaVersion: store.schemaVersion, ...(await store.reports.counts()), open, lastImport: await store.batches.last() };
}

export function renderStatus(ctx: Context, r: StatusReport): string {
  const L = ctx.lang;
  const s = ctx.style;
  const label = (k: Parameters<typeof m.t>[1]) => s.bold(padEnd(m.t(L, k), L === 'zh' ? 10 : 13));
  const lines = [
    `${label('ledger')}${r.db}${m.t(L, 'schema', { v: r.schemaVersion })}`,
    label('holds') +
      [
        count(L, r.customers, ['customer', 'customers'], '个客户'),
        count(L, r.invoices, ['invoice', 'invoices'], '张发票'),
        count(L, r.payments, ['payment', 'payments'], '笔收款'),
        count(L, r.contacts, ['contact', 'contacts'], '个联系人'),
      ].join(' · '),
  ];
  const open = r.open.filter((o) => o.items > 0);
  if (open.length === 0) lines.push(`${label('open')}${m.t(L, 'nothingOpen')}`);
  lines.push(
    r.lastImport
      ? `${label('lastImport')}${m.t(L, 'importLine', {
          ...r.lastImport,
          file: path.basename(r.lastImport.file),
          profile: r.lastImport.profile ?? '',
          kind: (KINDS as readonly string[]).includes(r.lastImport.kind) ? m.t(L, r.lastImport.kind as (typeof KINDS)[number]) : r.lastImport.kind,
          read: L === 'zh' ? r.lastImport.rowsRead : count(L, r.lastImport.rowsRead, ['row read', 'rows read'], ''),
          at: formatDate(r.lastImport.at.slice(0, 10), L, 'long'),
        })}`
      : `${label('lastImport')}${m.t(L, 'never')}`,
  );
  let out = lines.join('\n') + '\n';
  if (open.length) {
    out +=
      '\n' +
      renderTable(
        [
          { header: m.t(L, 'currency') },
          { header: m.t(L, 'items'), align: 'right' },
          { header: m.t(L, 'amount'), align: 'right' },
        ],
        open.map((o) => [o.currency, String(o.items), formatMoney(o.openMinor, o.currency, { locale: L })]),
        { width: ctx.width, headerStyle: s.dim },
      );
  }
  return out;
}

const register: Register = (program, r) => {
  program
    .command('status')
    .description(r.t(m.both('describe')))
    .action(
      r.action(async (ctx) => {
        const report = await statusReport(ctx);
        if (ctx.json) writeJson(ctx, report);
        else ctx.out.write(renderStatus(ctx, report));
      }),
    );
};
export default register;
