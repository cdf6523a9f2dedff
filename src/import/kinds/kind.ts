// The shape of an import kind. Adding a kind means one file in kinds/ that exports one of these
// (and its messages in the catalogue's `import` section), listed in kinds/index.ts.
import type { FilePlan } from '../plan/file-plan.js';
import type { ColumnMap, Field, ImportKind } from '../types.js';
import type { LoadCounts, LoadTarget, RunState } from './rows.js';

/** Canonical fields in display order, each with the EN/ZH header words that name it. */
export type KindHeaders = Partial<Record<Field, readonly string[]>>;

export interface KindSpec {
  kind: ImportKind;
  headers: KindHeaders;
  /** Fields the file must have: each entry lists alternatives, one of which is enough. */
  required: Field[][];
  /** Fields whose cells tell a data row from a group or total row. */
  keyFields: Field[];
  amountFields: Field[];
  dateFields: Field[];
  /** Words for fields in --map and profiles besides the field names (snake_case also works). */
  aliases: Record<string, Field>;
  /** Read the planned file's rows into the ledger (inside the import's transaction). */
  load(plan: FilePlan, run: RunState, target: LoadTarget): Promise<LoadCounts>;
}

/** The columns of the given fields that the map has. */
export function columnsOf(map: ColumnMap, fields: readonly Field[]): number[] {
  return fields.map((f) => map[f]).filter((i): i is number => i !== undefined);
}
