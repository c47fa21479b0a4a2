/** A recognised policy catalog: one item per row (or per sub-item of a standard in words). */
import type { CatalogItem } from "../../catalog/types";
import type { TableBase } from "../../tables/base";

/** A standard written in words that could not be read into a cap. */
export interface UnreadableStandard {
  cell: string;
  row: number;
  item: string;
  text: string;
}

export interface CatalogTable extends TableBase {
  kind: "catalog";
  items: CatalogItem[];
  unreadableStandards?: UnreadableStandard[];
}
