/**
 * Recognised tables: what table recognition hands to the rules. The common part is in base.ts;
 * each kind's rows are in its own folder (src/core/kinds/<kind>/types.ts). This module gathers
 * them for the adapters.
 */
export type { Figure, ColumnRead, ColumnEvidence, UnreadableCell, TableBase, ColumnMapping } from "./base";
export type { TableKind, Field, FieldOf, CheckGroup, TableOf } from "../kinds/index";
export { TABLE_KINDS } from "../kinds/index";
export type { CompositionLine, CompositionTotal, CompositionTable } from "../kinds/composition/types";
export type { ExecutionFigures, ExecutionRow, ExecutionTable, GroupBudget } from "../kinds/execution/types";
export type { RegisterRow, RegisterTable } from "../kinds/register/types";
export type { CatalogTable, UnreadableStandard } from "../kinds/catalog/types";
export type { CompositionField } from "../kinds/composition/fields";
export type { ExecutionField } from "../kinds/execution/fields";
export type { RegisterField } from "../kinds/register/fields";
export type { CatalogField } from "../kinds/catalog/fields";
export type { TableContext } from "./context";
export type { Candidate } from "./header";

import type { TableKind, TableOf } from "../kinds/index";
import type { UnreadableCell } from "./base";
import type { Candidate } from "./header";

/** Any recognised table. */
export type RecognisedTable = { [K in TableKind]: TableOf<K> }[TableKind];

export interface RecognitionResult {
  tables: RecognisedTable[];
  unreadable: UnreadableCell[];
  /** Headers that came close to a table but lacked a required field: the nearest is shown when nothing was found. */
  candidates?: Candidate[];
}
