/** The policy catalog: the policy items and their caps (补贴上限 / 补贴标准). */

/** 定额 fixed standard, 最高 maximum amount, 比例 rate of a base (with an optional maximum). */
export type CapType = "fixed" | "max" | "rate";

export interface CatalogItem {
  /** 政策代码, when the catalog has codes. */
  code: string | null;
  /** 政策项 as written. */
  name: string;
  /** 政策类. */
  category: string | null;
  /** Null when the item is in the catalog with no cap set. */
  capType: CapType | null;
  /** Fixed or maximum amount in 元 (for a rate item: its maximum, if any). */
  capAmount: number | null;
  /** For a rate item: the fraction of the base (0.1 for 10%). */
  rate: number | null;
  /** The year the cap applies to; null for every year. */
  year: number | null;
  /** 依据文件: the document that sets the cap. */
  document: string | null;
  /** For a rate item: what the rate is of, as the policy names it (`上一年度研发费用`). */
  base?: string | null;
  /** The standard as written in words, when the cap was read from prose. */
  standard?: string | null;
  /** Where the item was read from, for a workbook catalog. */
  source?: { sheet: string; cell: string; row: number };
}

export interface Catalog {
  origin: "builtin" | "workbook" | "file";
  /** Sheet name or file name it came from. */
  name: string;
  items: CatalogItem[];
}
