// Import profiles: how one accounting system's export is laid out. Built-ins for the common
// systems; user profiles are readable JSON files under <config dir>/profiles/NAME.json.
import fs from 'node:fs';
import path from 'node:path';
import { configDir } from '../../paths.js';
import { DataError, UsageError } from '../../errors.js';
import { msg, render, t, type Msg } from '../../i18n/index.js';
import { inBoth } from '../text.js';
import { sameHeader } from './headers.js';
import { isIsoCurrency } from '../../core/money.js';
import { IMPORT_KINDS, type ImportKind } from '../types.js';

export interface Profile {
  name: string;
  description?: string;
  kind?: ImportKind;
  encoding?: string;
  delimiter?: string;
  /** 1-based physical row of the header. */
  headerRow?: number;
  /** Regular expressions: a row whose text (cells joined by a space) matches one is skipped. */
  skip?: string[];
  /** Canonical field → header (`Header`, `Header#2`, `#3`); an empty string switches a field off. */
  map?: Record<string, string>;
  /** ymd | mdy | dmy or a pattern (DD/MM/YYYY …); several: the first is used. */
  dateFormat?: string | string[];
  decimalMark?: '.' | ',';
  /** How negatives are written; `invert` flips every amount (exports that show receivables as negatives). */
  negativeStyle?: 'auto' | 'minus' | 'parentheses' | 'trailing' | 'invert';
  /** Currency of rows that do not name one. */
  currency?: string;
  /** Headers that identify the layout: every header of one list must be present. */
  fingerprints?: string[][];
  /** A single amount column is the open amount (and the total, lacking another). */
  amountIsOpen?: boolean;
  /** QuickBooks "Customer:Job" names: the customer is the part before the colon (the job is not a customer). */
  customerJobs?: boolean;
  builtin?: boolean;
}

export const BUILTIN_PROFILES: Profile[] = [
  {
    name: 'quickbooks-online',
    description: 'QuickBooks Online A/R Aging Detail (CSV/XLSX): title rows, bucket labels, "Total for …" rows',
    kind: 'invoices',
    dateFormat: 'mdy',
    decimalMark: '.',
    fingerprints: [
      ['Transaction type', 'Num', 'Open balance'],
      ['Transaction type', 'Num', 'Customer full name'],
    ],
    map: {
      customerName: 'Customer full name',
      number: 'Num',
      kind: 'Transaction type',
      issueDate: 'Date',
      dueDate: 'Due date',
      total: 'Amount',
      open: 'Open balance',
    },
    customerJobs: true,
  },
  {
    name: 'quickbooks-desktop',
    description: 'QuickBooks Desktop Open Invoices: customer group rows, "Total <customer>" rows, spacer columns, serial dates',
    kind: 'invoices',
    dateFormat: 'mdy',
    decimalMark: '.',
    fingerprints: [
      ['Type', 'Num', 'Open Balance'],
      ['Type', 'Num', 'Aging'],
    ],
    map: { number: 'Num', kind: 'Type', issueDate: 'Date', dueDate: 'Due Date', po: 'P. O. #', terms: 'Terms', open: 'Open Balance' },
    amountIsOpen: true,
    customerJobs: true,
  },
  {
    name: 'xero',
    description: 'Xero invoice export: one row per line item, `*` header prefixes, DD/MM/YYYY',
    kind: 'invoices',
    dateFormat: 'dmy',
    decimalMark: '.',
    fingerprints: [
      ['ContactName', 'InvoiceNumber', 'InvoiceAmountDue'],
      ['ContactName', 'InvoiceNumber', 'InvoiceDate'],
    ],
    map: {
      customerName: 'ContactName',
      number: 'InvoiceNumber',
      issueDate: 'InvoiceDate',
      dueDate: 'DueDate',
      total: 'Total',
      paid: 'InvoiceAmountPaid',
      open: 'InvoiceAmountDue',
      currency: 'Currency',
      kind: 'Type',
      status: 'Status',
      lineAmount: 'LineAmount',
    },
  },
  {
    name: 'sap-fbl5n',
    description: 'SAP FBL5N customer line items: `;` or `|` (also the unconverted list), 1.234,56- amounts, per-currency total rows',
    kind: 'invoices',
    dateFormat: 'dmy',
    decimalMark: ',',
    amountIsOpen: true,
    fingerprints: [
      ['Document Number', 'Net due date'],
      ['Document Number', 'Document Type', 'Amount in doc. curr.'],
      ['Belegnummer', 'Nettofälligkeit'],
      ['凭证编号', '净到期日'],
      // The unconverted list's short labels ("DocumentNo", "Net due dt", "Amount in DC").
      ['DocumentNo', 'Net due dt'],
      ['Net due dt', 'Amount in DC'],
    ],
    map: {
      customerCode: 'Account',
      number: 'Document Number',
      kind: 'Document Type',
      issueDate: 'Document Date',
      dueDate: 'Net due date',
      total: 'Amount in doc. curr.',
      currency: 'Document currency',
    },
  },
  {
    name: 'netsuite',
    description: 'NetSuite open invoices saved search: Document Number, Amount Remaining (Foreign Currency)',
    kind: 'invoices',
    dateFormat: 'mdy',
    decimalMark: '.',
    fingerprints: [
      ['Document Number', 'Amount Remaining'],
      ['Document Number', 'Days Open'],
    ],
    map: { number: 'Document Number', customerName: 'Name', issueDate: 'Date', total: 'Amount', open: 'Amount Remaining' },
  },
  {
    name: 'zoho',
    description: 'Zoho Books invoice export: one row per item, Balance, Currency Code',
    kind: 'invoices',
    dateFormat: 'ymd',
    decimalMark: '.',
    fingerprints: [
      ['Invoice Number', 'Invoice Status', 'Balance'],
      ['Invoice Number', 'Customer Name', 'Currency Code', 'Balance'],
    ],
    map: {
      number: 'Invoice Number',
      customerName: 'Customer Name',
      customerCode: 'Customer ID',
      issueDate: 'Invoice Date',
      dueDate: 'Due Date',
      currency: 'Currency Code',
      total: 'Total',
      open: 'Balance',
      status: 'Invoice Status',
      lineAmount: 'Item Total',
      po: 'PurchaseOrder',
      salesperson: 'Sales person',
      terms: 'Payment Terms Label',
    },
  },
  {
    name: 'kingdee',
    description: '金蝶 Kingdee 应收单/应收款明细: 单据编号, 价税合计, 未核销金额; GB18030 CSV; 合计 rows',
    kind: 'invoices',
    dateFormat: 'ymd',
    decimalMark: '.',
    currency: 'CNY',
    fingerprints: [
      ['单据编号', '价税合计'],
      ['单据编号', '未核销金额'],
      ['单据编号', '已核销金额'],
    ],
    map: {
      number: '单据编号',
      issueDate: '业务日期',
      dueDate: '到期日',
      customerCode: '客户编码',
      customerName: '客户名称',
      currency: '币别',
      total: '价税合计',
      paid: '已核销金额',
      open: '未核销金额',
      salesperson: '销售员',
    },
  },
  {
    name: 'yonyou',
    description: '用友 Yonyou 应收单/应收余额: 单据号, 原币金额, 未收金额',
    kind: 'invoices',
    dateFormat: 'ymd',
    decimalMark: '.',
    currency: 'CNY',
    fingerprints: [
      ['单据号', '原币金额'],
      ['单据号', '未收金额'],
      ['单据号', '客户编码', '已收金额'],
    ],
    map: {
      number: '单据号',
      issueDate: '单据日期',
      dueDate: '到期日',
      customerCode: '客户编码',
      customerName: '客户名称',
      currency: '币种',
      total: '原币金额',
      paid: '已收金额',
      open: '未收金额',
      salesperson: '业务员',
      kind: '单据类型',
    },
  },
  {
    name: 'generic',
    description: 'huikuan’s own CSV layout (customer_code, number, total, …) and any file whose headers the dictionary knows',
    fingerprints: [],
  },
];
for (const p of BUILTIN_PROFILES) p.builtin = true;

export function profilesDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(configDir(env), 'profiles');
}

const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function checkProfileName(name: string): string {
  if (!NAME_RE.test(name)) throw new UsageError(msg('import.badProfileName', { name }), msg('import.badProfileNameHint'));
  return name;
}

const KEYS = new Set([
  'name',
  'description',
  'kind',
  'encoding',
  'delimiter',
  'headerRow',
  'skip',
  'map',
  'dateFormat',
  'decimalMark',
  'negativeStyle',
  'currency',
  'fingerprints',
  'amountIsOpen',
  'customerJobs',
]);

/** Check a profile read from JSON; a bad one is refused with the file and the problem named. */
export function validateProfile(raw: unknown, file: string): Profile {
  const bad = (what: Msg) => {
    throw new DataError(
      inBoth((L) => t(L, 'import.badProfileFile', { file, what: render(L, what) })),
      msg('import.badProfileFileHint'),
    );
  };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) bad(msg('import.profile.notObject'));
  const p = raw as Record<string, unknown>;
  for (const k of Object.keys(p)) if (!KEYS.has(k)) bad(msg('import.profile.unknownKey', { k }));
  if (typeof p.name !== 'string' || !NAME_RE.test(p.name)) bad(msg('import.profile.badName'));
  if (p.kind !== undefined && !IMPORT_KINDS.includes(p.kind as ImportKind)) bad(msg('import.profile.badKind'));
  for (const k of ['description', 'encoding', 'delimiter', 'currency'] as const)
    if (p[k] !== undefined && typeof p[k] !== 'string') bad(msg('import.profile.notText', { k }));
  if (typeof p.currency === 'string' && !isIsoCurrency(p.currency.toUpperCase())) bad(msg('import.profile.badCurrency', { v: p.currency }));
  if (p.headerRow !== undefined && !(Number.isInteger(p.headerRow) && (p.headerRow as number) >= 1)) bad(msg('import.profile.badHeaderRow'));
  if (p.skip !== undefined) {
    if (!Array.isArray(p.skip) || p.skip.some((s) => typeof s !== 'string')) bad(msg('import.profile.badSkip'));
    for (const s of p.skip as string[]) {
      try {
        new RegExp(s, 'iu');
      } catch {
        bad(msg('import.profile.badSkipPattern', { v: JSON.stringify(s) }));
      }
    }
  }
  if (
    p.map !== undefined &&
    (typeof p.map !== 'object' || p.map === null || Array.isArray(p.map) || Object.values(p.map as object).some((v) => typeof v !== 'string'))
  )
    bad(msg('import.profile.badMap'));
  if (p.dateFormat !== undefined && typeof p.dateFormat !== 'string' && !(Array.isArray(p.dateFormat) && p.dateFormat.every((s) => typeof s === 'string')))
    bad(msg('import.profile.badDateFormat'));
  if (p.decimalMark !== undefined && p.decimalMark !== '.' && p.decimalMark !== ',') bad(msg('import.profile.badDecimalMark'));
  if (p.negativeStyle !== undefined && !['auto', 'minus', 'parentheses', 'trailing', 'invert'].includes(p.negativeStyle as string))
    bad(msg('import.profile.badNegativeStyle'));
  if (
    p.fingerprints !== undefined &&
    !(Array.isArray(p.fingerprints) && p.fingerprints.every((f) => Array.isArray(f) && f.every((h) => typeof h === 'string')))
  )
    bad(msg('import.profile.badFingerprints'));
  for (const k of ['amountIsOpen', 'customerJobs'] as const) if (p[k] !== undefined && typeof p[k] !== 'boolean') bad(msg('import.profile.notBoolean', { k }));
  return p as unknown as Profile;
}

export function userProfiles(env: NodeJS.ProcessEnv = process.env): Profile[] {
  const dir = profilesDir(env);
  let files: string[];
  try {
    files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    return [];
  }
  return files.map((f) => {
    const file = path.join(dir, f);
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      const why = (e as Error).message;
      throw new DataError(
        inBoth((L) => t(L, 'import.badProfileFile', { file, what: t(L, 'import.invalidJson', { why }) })),
        msg('import.badProfileFileHint'),
      );
    }
    return validateProfile(raw, file);
  });
}

export function allProfiles(env: NodeJS.ProcessEnv = process.env): Profile[] {
  return [...userProfiles(env), ...BUILTIN_PROFILES];
}

export function findProfile(name: string, env: NodeJS.ProcessEnv = process.env): Profile {
  const user = userProfiles(env).find((p) => p.name === name);
  if (user) return user;
  const b = BUILTIN_PROFILES.find((p) => p.name === name);
  if (b) return b;
  const names = allProfiles(env).map((p) => p.name);
  throw new UsageError(msg('import.unknownProfile', { name, names: names.join(', ') }), msg('import.unknownProfileHint'));
}

export function saveProfile(p: Profile, env: NodeJS.ProcessEnv = process.env): string {
  checkProfileName(p.name);
  if (BUILTIN_PROFILES.some((b) => b.name === p.name))
    throw new UsageError(msg('import.builtinProfileName', { name: p.name }), msg('import.badProfileNameHint'));
  const dir = profilesDir(env);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${p.name}.json`);
  const { builtin: _b, ...clean } = p;
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, JSON.stringify(clean, null, 2) + '\n');
  fs.renameSync(tmp, file);
  return file;
}

export function deleteProfile(name: string, env: NodeJS.ProcessEnv = process.env): string {
  if (BUILTIN_PROFILES.some((b) => b.name === name)) throw new UsageError(msg('import.builtinProfileDelete', { name }));
  const file = path.join(profilesDir(env), `${checkProfileName(name)}.json`);
  if (!fs.existsSync(file))
    throw new UsageError(
      msg('import.unknownProfile', {
        name,
        names: allProfiles(env)
          .map((p) => p.name)
          .join(', '),
      }),
      msg('import.unknownProfileHint'),
    );
  fs.rmSync(file);
  return file;
}

/**
 * The headers that identify a profile's layout: its fingerprints, or for a user profile without
 * any, the headers its map names (a profile saved from --map or the mapper).
 */
export function profileFingerprints(p: Profile): string[][] {
  if (p.fingerprints?.some((f) => f.length > 0)) return p.fingerprints.filter((f) => f.length > 0);
  if (p.builtin || !p.map) return [];
  const mapped = mappedHeaders(p);
  return mapped.length >= 2 ? [mapped] : [];
}

/** The header names a profile's map uses (without `#N` column numbers and `#2` counters). */
export function mappedHeaders(p: Profile): string[] {
  const out: string[] = [];
  for (const spec of Object.values(p.map ?? {})) {
    const h = spec.trim().replace(/\s*#\d+$/, '');
    if (h && !out.includes(h)) out.push(h);
  }
  return out;
}

/** Whether a row of header texts holds every header of a fingerprint. */
export function holdsAll(headers: string[], fingerprint: string[]): boolean {
  return fingerprint.every((f) => headers.some((h) => h !== '' && sameHeader(h, f)));
}

/**
 * The profile whose fingerprint the header row carries: user profiles first, then built-ins;
 * the one matching the most headers wins. `generic` when none matches.
 */
export function detectProfile(headers: string[], env: NodeJS.ProcessEnv = process.env): Profile {
  const cells = headers.filter((h) => !!h);
  let best: Profile | undefined;
  let bestScore = 0;
  for (const p of allProfiles(env)) {
    for (const fp of profileFingerprints(p)) {
      if (fp.length > bestScore && holdsAll(cells, fp)) {
        best = p;
        bestScore = fp.length;
      }
    }
  }
  return best ?? (BUILTIN_PROFILES.find((p) => p.name === 'generic') as Profile);
}
