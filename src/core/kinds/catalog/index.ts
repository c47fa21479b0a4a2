/** The catalog kind: policy items and their caps, in figures or in words. */
import { both } from "../../i18n/localised";
import type { KindDescriptor } from "../define";
import { CATALOG_FIELDS, POLICY_HEADS, type CatalogField } from "./fields";
import { readCatalog } from "./read";
import { levelledItem } from "./levels";
import { CATALOG_RULES, unreadableStandard } from "./rules";
import type { CatalogTable } from "./types";
import { proseUnit } from "../../catalog/prose";
import type { TableSpec } from "../../tables/spec";
import type { ColumnRead } from "../../tables/base";
import { isBlank } from "../../grid";
import { scoreHeading } from "../../tables/meaning";
import { readHeaderText } from "../../tables/normalise";
import { headerKey } from "../../text";

/**
 * Whom clauses are for, written once and merged down over several items (支持对象 先进制造业企业
 * over its output bands), or written just right of each item's name, qualifying it
 * (支持方向 | 支持对象 评为优秀、良好、及格的县 | 支持标准), groups the items as a category does: it
 * names the kind of applicant the awards are for, no beneficiary a clause of its own names. Read so
 * when the table names its items.
 */
function groupedBeneficiary(spec: TableSpec): void {
  const who = spec.columns.find((c) => c.field === "beneficiary");
  const item = spec.columns.find((c) => c.field === "item");
  if (!who || !item || spec.columns.some((c) => c.field === "category")) return;
  if (who.col === item.col + 1) {
    who.field = "category";
    return;
  }
  const first = spec.headerTop + spec.headerRows;
  const last = Math.min(spec.limit, first + 500);
  for (let row = first; row <= last; row++) {
    const m = spec.reader.merge(row, who.col);
    if (m && m.r0 === row && m.r1 > m.r0 && m.c0 === who.col && m.c1 === who.col) {
      who.field = "category";
      return;
    }
  }
}

/**
 * With no other name column, whom each clause is for (支持对象 | 支持标准, one clause cut into an award
 * a kind of body) names the award: the catalog's item, which a list names its grants by, no beneficiary.
 */
function beneficiaryAsItem(spec: TableSpec): void {
  if (spec.columns.some((c) => c.field === "item")) return;
  const who = spec.columns.find((c) => c.field === "beneficiary" && !c.part);
  if (who) who.field = "item";
}

/**
 * Once whom each clause is for names the items (beneficiaryAsItem), an unread column sorting them as the
 * category's few-repeated headings say (地区: the city or county each standard belongs to; 所属行业) is the
 * category, as header reading makes it where a column names the items outright: a few names, each on
 * several lines; names all distinct, or any figure among them, sort nothing.
 */
function fewRepeatedCategory(spec: TableSpec): void {
  const rule = CATALOG_FIELDS.category.fewRepeated;
  if (spec.columns.some((c) => c.field === "category") || !spec.columns.some((c) => c.field === "item")) return;
  const heads: readonly string[] = [...rule.heads, ...rule.uses];
  const col = spec.columns.find((c) => c.field === null && heads.some((w) => c.header.endsWith(w)));
  if (!col) return;
  const first = spec.headerTop + spec.headerRows;
  const last = Math.min(spec.limit, first + 500);
  const names = new Set<string>();
  let filled = 0;
  for (let row = first; row <= last; row++) {
    const v = spec.reader.raw(row, col.col);
    if (isBlank(v)) continue;
    if (typeof v !== "string" || /\d/.test(v)) return;
    names.add(v.trim());
    filled++;
  }
  if (names.size < 2 || names.size > rule.few || names.size >= filled) return;
  col.field = "category";
  col.evidence = { key: col.header, word: null, how: "values", score: 0.2, fit: null };
}

/**
 * A policy's name written again over each of its items (补贴政策名称 低保金 | 系统补贴项目名称 城市低保金, 农村低保金)
 * names no item of its own: a catalog's items are told apart by name. The column just right of it, headed as a
 * name of the item too and naming every row apart, is the item; the policy's name is left unread.
 */
function finerItem(spec: TableSpec): void {
  const i = spec.columns.findIndex((c) => c.field === "item" && !c.part);
  const to = spec.columns[i + 1];
  const h = to && to.field === null ? readHeaderText(to.header) : null;
  const named = h ? scoreHeading(h, CATALOG_FIELDS.item.words) : null;
  if (i < 0 || !h || !named || named.how === "weak") return;
  const from = spec.columns[i];
  const first = spec.headerTop + spec.headerRows;
  const last = Math.min(spec.limit, first + 500);
  const names = new Set<string>();
  const finer = new Set<string>();
  let repeated = false;
  for (let row = first; row <= last; row++) {
    const v = spec.reader.raw(row, from.col);
    if (isBlank(v)) continue;
    const w = spec.reader.raw(row, to.col);
    if (typeof v !== "string" || typeof w !== "string" || w.trim() === "") return;
    if (names.has(v.trim())) repeated = true;
    names.add(v.trim());
    if (finer.has(w.trim())) return;
    finer.add(w.trim());
  }
  if (!repeated) return;
  to.field = "item";
  to.evidence = { key: h.key, word: named.word, how: "values", score: named.score, fit: null };
  from.field = null;
  delete from.evidence;
}

/**
 * A class heading that names the item too (补贴类别, 补助类别) read as the category over a finer column (补贴品类):
 * a class merged down or written once over several rows groups them, but one naming every row apart, none
 * merged, groups nothing — it is each row's own grant, still the item, and the finer column is left unread.
 */
function classNamingEachRow(spec: TableSpec): void {
  const cat = spec.columns.find((c) => c.field === "category" && !c.part);
  const item = spec.columns.find((c) => c.field === "item" && !c.part);
  if (!cat || !item || item.col !== cat.col + 1) return;
  const h = readHeaderText(cat.header);
  const named = scoreHeading(h, CATALOG_FIELDS.item.words);
  if (named?.how !== "exact") return;
  const first = spec.headerTop + spec.headerRows;
  const last = Math.min(spec.limit, first + 500);
  const names = new Set<string>();
  let rows = 0;
  for (let row = first; row <= last; row++) {
    const w = spec.reader.raw(row, item.col);
    if (isBlank(w)) continue;
    const v = spec.reader.raw(row, cat.col);
    const m = spec.reader.merge(row, cat.col);
    if (typeof v !== "string" || v.trim() === "" || (m && m.r1 > m.r0) || names.has(v.trim())) return;
    names.add(v.trim());
    rows++;
  }
  if (rows < 2) return;
  cat.field = "item";
  item.field = null;
  delete item.evidence;
}

/**
 * A policy digest (扶持对象/事项 | 扶持/奖励政策 | 奖励金额 | 文号) states each measure in its policy column and
 * the measure's caps in words under a money heading: once the standard is read so, the unread column just
 * left of it headed by a policy word names each row — the item — and a column read as the item before it
 * names whom the measures are for, over some of them: their category.
 */
function policyAsItem(spec: TableSpec): void {
  const money: readonly string[] = CATALOG_FIELDS.standard.inWords.words;
  const std = spec.columns.find((c) => c.field === "standard" && !c.part && money.includes(c.evidence?.word ?? ""));
  if (!std) return;
  const left = spec.columns.find((c) => c.col === std.col - 1 && c.field === null);
  const head = left ? headerKey(left.header) : "";
  if (!left || !POLICY_HEADS.some((w) => head.endsWith(w))) return;
  const item = spec.columns.find((c) => c.field === "item");
  if (item && !spec.columns.some((c) => c.field === "category")) item.field = "category";
  else if (item) item.field = null;
  left.field = "item";
  left.evidence = { key: head, word: null, how: "values", score: 0.2, fit: null };
}

/**
 * A government's debt (法定债务限额, 债务余额): the limit is a cap on borrowing set from above, shared out among
 * the places under it beside what each owes — an allocation by place, no award's cap a catalog item carries.
 */
const DEBT = ["债务", "债券", "余额"];

function debtLimits(columns: readonly ColumnRead[]): boolean {
  return columns.some((c) => c.field === "capAmount" && DEBT.some((w) => c.header.includes(w)));
}

export const catalog: KindDescriptor<"catalog", CatalogTable, CatalogField, "caps"> = {
  kind: "catalog",
  label: both("政策目录", "Catalog"),
  group: "caps",
  groupLabel: both("上限核查", "Caps check"),
  fields: CATALOG_FIELDS,
  requires: [["item", "code", "beneficiary"], ["capType", "capAmount", "rate", "standard", "document"]],
  // A title naming a list of policies (…补贴资金政策清单, 政策目录) says the rows are policies, however
  // person-like their 补贴对象 and 地区 columns read: no register of payees.
  titled: { words: ["政策清单", "政策目录", "政策一览表"], weight: 0.6, fields: {} },
  priority: 3,
  ruledOut: (_labels, columns) => debtLimits(columns),
  read(spec, env): CatalogTable {
    levelledItem(spec);
    policyAsItem(spec);
    finerItem(spec);
    classNamingEachRow(spec);
    groupedBeneficiary(spec);
    beneficiaryAsItem(spec);
    fewRepeatedCategory(spec);
    const { items, unreadableStandards, end } = readCatalog(spec, env);
    const t: CatalogTable = { ...env.base(spec.picked ? spec.limit : end), kind: "catalog", items };
    // Caps written in words carry their unit: with none stated elsewhere, the table is in theirs.
    if (t.unitSource === "default") {
      const unit = proseUnit(items.map((i) => i.standard ?? ""));
      if (unit) {
        t.unit = unit;
        t.unitSource = "cells";
      }
    }
    if (unreadableStandards.length > 0) t.unreadableStandards = unreadableStandards;
    return t;
  },
  check(t, env) {
    return (t.unreadableStandards ?? []).map((u) =>
      unreadableStandard.at({ sheet: t.sheet, cell: u.cell, row: u.row }, { item: u.item, text: u.text }, env.settings.lang),
    );
  },
  rules: CATALOG_RULES,
};
