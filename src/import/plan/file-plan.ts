// What planning decided about one file: where its table is, its kind, profile, column map, date
// order, currency and amounts. Its own module (types only) so that the kinds, which load a planned
// file, and the planner, which asks the kinds for their fields, do not import each other.
import type { DateOrder } from './dates.js';
import type { Profile } from './profiles.js';
import type { OpenedSource } from '../read/source.js';
import type { ColumnMap, CurrencySource, Field, ImportKind } from '../types.js';
import type { AmountUnit } from './units.js';

export interface FilePlan {
  file: string;
  display: string;
  source: OpenedSource;
  /** Physical line / sheet row of the header. */
  headerLine: number;
  headers: string[];
  kind: ImportKind;
  profile: Profile;
  map: ColumnMap;
  dateOrder: DateOrder;
  /** The date order came from the user (--date-format or the profile), not from the data. */
  dateOrderGiven?: boolean;
  asOf?: string;
  asOfRaw?: string;
  decimalMark: '.' | ',' | 'auto';
  /** Currency of rows that name none: --currency, the profile's, or one the amounts' symbols name. */
  currency?: string;
  /** The ledger's default currency (rows fall back to it when nothing else names one). */
  ledgerCurrency: string;
  /** Where the currency booked comes from, for the summary (set once the amounts are decided). */
  currencySource?: CurrencySource;
  /** The symbol on the amounts that named the currency (source `symbol`). */
  currencySymbol?: string;
  /** QuickBooks "Customer:Job": the customer is the part before the colon. */
  customerJobs?: boolean;
  /** Only a header row: nothing to import. */
  headerOnly?: boolean;
  negativeStyle: NonNullable<Profile['negativeStyle']>;
  amountIsOpen: boolean;
  skip: RegExp[];
  /** Customers come from group rows (no customer column). */
  groupCustomers: boolean;
  warnings: string[];
  /** Amount columns stated in a unit (万元, thousands): each amount is multiplied exactly. */
  units?: Partial<Record<Field, AmountUnit>>;
  /** A mapping built interactively, offered for saving after the import. */
  interactive?: boolean;
}
