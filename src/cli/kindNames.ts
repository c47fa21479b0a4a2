/**
 * The kinds' names as the kinds themselves give them. Apart from strings.ts so that --help and
 * --version load no part of the engine.
 */
import { TABLE_KINDS, kindLabel, type TableKind } from "../core/kinds/index";
import type { Lang } from "../core/settings";

export const KIND: Record<Lang, Record<TableKind, string>> = {
  "zh-CN": Object.fromEntries(TABLE_KINDS.map((k) => [k, kindLabel(k, "zh-CN")])) as Record<TableKind, string>,
  "en-US": Object.fromEntries(TABLE_KINDS.map((k) => [k, kindLabel(k, "en-US")])) as Record<TableKind, string>,
};

/** The kinds a workbook is checked for, named in a sentence (the catalog is a source, not a subject). */
export const KIND_LIST: Record<Lang, string> = {
  "zh-CN": TABLE_KINDS.filter((k) => k !== "catalog").map((k) => kindLabel(k, "zh-CN")).join("、"),
  "en-US": TABLE_KINDS.filter((k) => k !== "catalog").map((k) => kindLabel(k, "en-US").toLowerCase()).join(", "),
};
