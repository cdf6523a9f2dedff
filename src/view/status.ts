// `ar status` on screen: labelled lines, then the open balance per currency as a table.
import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { plural, t, type Lang } from '../i18n/index.js';
import { formatMoney } from '../core/money.js';
import { formatDate } from './dates.js';
import { isKind } from '../import/types.js';
import type { StatusImport, StatusReport } from '../reports/status.js';
import { renderTable } from './table.js';
import { displayWidth, padEnd } from './width.js';
import { wrapWords } from './wrap.js';

export interface StatusScreen {
  lang: Lang;
  width: number;
  style: ChalkInstance;
}

function importLine(L: Lang, i: StatusImport): string {
  return t(L, 'status.importLine', {
    file: path.basename(i.file),
    kind: isKind(i.kind) ? t(L, `common.kind.${i.kind}`) : i.kind,
    at: formatDate(i.at.slice(0, 10), L, 'long'),
    read: plural(L, 'status.rowsRead', i.rowsRead),
    imported: i.imported,
    updated: i.updated,
    unchanged: i.unchanged,
    rejected: i.rejected,
  });
}

export function renderStatus(ctx: StatusScreen, r: StatusReport): string {
  const L = ctx.lang;
  const s = ctx.style;
  const labelWidth = Number(t(L, 'status.labelWidth'));
  const label = (k: 'ledger' | 'holds' | 'open' | 'lastImport') => s.bold(padEnd(t(L, `status.${k}`), labelWidth));
  const holds = (['customers', 'invoices', 'payments', 'contacts'] as const).map((k) => plural(L, `status.count.${k}`, r[k]));
  const lines = [`${label('ledger')}${r.db}${t(L, 'status.schema', { v: r.schemaVersion })}`, label('holds') + holds.join(' · ')];
  const open = r.open.filter((o) => o.items > 0);
  if (open.length === 0) lines.push(`${label('open')}${t(L, 'status.nothingOpen')}`);
  // The last import is a sentence with a file name in it: wrapped under its label to the width.
  const last = r.lastImport ? importLine(L, r.lastImport) : t(L, 'status.never');
  lines.push(...wrapWords(last, ctx.width, labelWidth, label('lastImport')));
  let out = lines.join('\n') + '\n';
  if (open.length) {
    // On hold only when something is: the table stays within 80 columns on most ledgers.
    const held = open.some((o) => o.onHoldMinor !== 0);
    const columns = [
      { header: t(L, 'status.currency') },
      { header: t(L, 'status.items'), align: 'right' as const },
      { header: t(L, 'status.amount'), align: 'right' as const },
      { header: t(L, 'numbers.csv.aging.overdue'), align: 'right' as const },
      { header: t(L, 'numbers.csv.aging.disputed'), align: 'right' as const },
      ...(held ? [{ header: t(L, 'numbers.csv.aging.onHold'), align: 'right' as const }] : []),
      { header: t(L, 'numbers.csv.aging.collectible'), align: 'right' as const },
    ];
    const m = (v: number, cur: string) => formatMoney(v, cur);
    const rows = open.map((o) => [
      o.currency,
      String(o.items),
      m(o.openMinor, o.currency),
      m(o.overdueMinor, o.currency),
      m(o.disputedMinor, o.currency),
      ...(held ? [m(o.onHoldMinor, o.currency)] : []),
      m(o.collectibleMinor, o.currency),
    ]);
    // Large ledgers have wide amounts: a narrower gap before anything is cut.
    const natural = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ''))));
    const gap = natural.reduce((a, b) => a + b, 0) + 2 * (columns.length - 1) <= ctx.width ? 2 : 1;
    out += '\n' + renderTable(columns, rows, { width: ctx.width, gap, headerStyle: s.dim });
  }
  return out;
}
