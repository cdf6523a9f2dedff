// Shapes shared by the import pipeline: what a caller asks for, what it gets back, and the
// canonical fields each kind of file maps to.
import type { Lang } from '../i18n/index.js';
import type { BatchCounts, LedgerStore } from '../store/port.js';

export type ImportKind = 'invoices' | 'payments' | 'customers' | 'contacts';
export const IMPORT_KINDS: readonly ImportKind[] = ['invoices', 'payments', 'customers', 'contacts'];
export const isKind = (k: string): k is ImportKind => (IMPORT_KINDS as readonly string[]).includes(k);

export type EncodingName = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030' | 'windows-1252';

export type SnapshotMode = 'all' | 'customers';

/** Where `ar import` takes collectors from: nowhere (default), or the invoices' salesperson. */
export type CollectorFrom = 'none' | 'salesperson';
export const COLLECTOR_FROM: readonly CollectorFrom[] = ['none', 'salesperson'];
/** Where the currency of rows that name none came from: the file's currency column, --currency, the profile, the amounts' symbol, or the ledger's default. */
export type CurrencySource = 'column' | 'flag' | 'profile' | 'symbol' | 'ledger';

export interface ImportOptions {
  /** Kind of every file, or `auto` (default): from the profile, the headers, then the file name. */
  kind?: ImportKind | 'auto';
  /** Built-in or user profile name; detected from the headers when absent. */
  profile?: string;
  /** `field=Header` (also `field=Header#2` for the second column of that name, `field=#3` for the third column). */
  map?: string[];
  encoding?: string;
  delimiter?: string;
  /** ymd | mdy | dmy, or a pattern such as DD/MM/YYYY. */
  dateFormat?: string;
  decimalMark?: '.' | ',' | 'auto';
  sheet?: string;
  /** Currency of rows that do not name one (else the profile's, else the ledger's default). */
  currency?: string;
  /** 1-based physical row of the header (overrides detection). */
  headerRow?: number;
  snapshot?: boolean | SnapshotMode;
  /** Confirm a snapshot that closes a large part of the ledger (or items in currencies the file does not list). */
  yes?: boolean;
  dryRun?: boolean;
  skipBad?: boolean;
  rejects?: string;
  /** `salesperson`: each customer's collector from the salesperson of its invoices (else the setting import.collector_from). */
  collectorFrom?: CollectorFrom;
  /** Offer to save an interactively built mapping as a profile (default true on a TTY). */
  offerSave?: boolean;
}

/** One file's line of `ar import --json`: the counts recorded in import_batches, and where they came from. */
export interface FileReport extends Omit<BatchCounts, 'asOf'> {
  file: string;
  kind: ImportKind;
  profile: string;
  encoding: string;
  sheet?: string;
  asOf: string;
  dateOrder?: string;
  /** What the snapshot closed (or, in a dry run, would close). */
  closedItems?: ClosedItem[];
  /** Data lines read below the header (the same number as rowsRead, named as the summary says it). */
  lines: number;
  /** Documents those lines made: invoices and credit notes (several lines each in a line-item export), payments, customers, contacts. */
  documents: number;
  /** Lines that are not data: title lines above the header, subtotal and total rows (checked first), report footers, void or draft documents. */
  skipped: { title: number; subtotal: number; footer: number; void: number };
  /** Invoices and payments: the currencies booked, and where the currency of rows that name none came from. */
  currency?: { codes: string[]; source: CurrencySource | 'customer'; symbol?: string };
  /** The unit the amounts were stated in (万元: power 4), applied exactly. */
  unit?: { label: string; power: number };
  /** Contacts an invoice file named (e-mail, phone, 联系人) added to its customers. */
  contactsAdded?: number;
  /** With --collector-from salesperson: customers given a collector, and those that kept a different one set by hand. */
  collectorsAssigned?: number;
  collectorsKept?: number;
  batchId?: number;
}

export interface ClosedItem {
  customer: string;
  customerName: string;
  number: string;
  kind: 'invoice' | 'credit_note';
  currency: string;
  openMinor: number;
}

export interface ImportReport {
  files: FileReport[];
  dryRun: boolean;
  rejectsFile?: string;
}

/** A cell as a reader delivers it: CSV gives text; spreadsheets also give numbers, dates and booleans. */
export type Cell = string | number | boolean | Date | null;

export interface SourceRow {
  /** Physical 1-based line of the file where the record starts (CSV) or the sheet's row number. */
  line: number;
  cells: Cell[];
  /** The file ended inside a quoted field that started on this row. */
  unterminated?: boolean;
}

export type InvoiceField =
  | 'customerCode'
  | 'customerName'
  | 'number'
  | 'kind'
  | 'issueDate'
  | 'dueDate'
  | 'currency'
  | 'total'
  | 'open'
  | 'paid'
  | 'lineAmount'
  | 'po'
  | 'terms'
  | 'salesperson'
  | 'status'
  | 'job'
  | 'contact'
  | 'email'
  | 'phone'
  | 'mobile';
export type PaymentField = 'customerCode' | 'customerName' | 'reference' | 'date' | 'currency' | 'amount' | 'invoice' | 'method' | 'note';
export type CustomerField =
  | 'code'
  | 'name'
  | 'type'
  | 'grade'
  | 'strategic'
  | 'language'
  | 'currency'
  | 'termsDays'
  | 'creditLimit'
  | 'collector'
  | 'parent'
  | 'taxId'
  | 'address'
  | 'phone'
  | 'email'
  | 'paymentRunDays'
  | 'approvalChain'
  | 'documentsRequired'
  | 'notes'
  | 'country'
  | 'state';
export type ContactField =
  | 'customerCode'
  | 'customerName'
  | 'name'
  | 'role'
  | 'title'
  | 'phone'
  | 'mobile'
  | 'email'
  | 'wechat'
  | 'isPrimary'
  | 'isDecisionMaker'
  | 'notes';

export type Field = InvoiceField | PaymentField | CustomerField | ContactField;

/** Where each field's value comes from: a 0-based column index. */
export type ColumnMap = Partial<Record<Field, number>>;

/** A question the import may ask on a terminal (the CLI's prompts satisfy this). */
export interface ImportPrompts {
  input(q: { message: string; default?: string; validate?: (v: string) => true | string }): Promise<string>;
  select<T>(q: { message: string; choices: { name: string; value: T }[]; default?: T }): Promise<T>;
  confirm(q: { message: string; default?: boolean }): Promise<boolean>;
}

/**
 * What the import needs from its caller: the user's language, the one clock, whether it may ask
 * (and how), where progress and messages go, and the ledger. The CLI's Context is one.
 */
export interface ImportEnv {
  lang: Lang;
  clock: { today(): string; now(): string };
  env: NodeJS.ProcessEnv;
  /** A terminal: the import may ask (mapping, date order, header row, snapshot confirmation). */
  interactive: boolean;
  prompts: ImportPrompts;
  /** stderr is a terminal: a progress bar may be drawn on `err`. */
  progress: boolean;
  /** Progress, warnings and questions. */
  err: { write(s: string): void };
  /** Terminal width for the mapper's preview table. */
  width: number;
  dbPath: string;
  /** Open (creating as needed) the ledger. */
  store(): Promise<LedgerStore>;
}
