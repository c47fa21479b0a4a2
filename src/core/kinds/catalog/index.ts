/** The catalog kind: policy items and their caps, in figures or in words. */
import { both } from "../../i18n/localised";
import type { KindDescriptor } from "../define";
import { CATALOG_FIELDS, type CatalogField } from "./fields";
import { readCatalog } from "./read";
import { CATALOG_RULES, unreadableStandard } from "./rules";
import type { CatalogTable } from "./types";
import { proseUnit } from "../../catalog/prose";

export const catalog: KindDescriptor<"catalog", CatalogTable, CatalogField, "caps"> = {
  kind: "catalog",
  label: both("政策目录", "Catalog"),
  group: "caps",
  groupLabel: both("上限核查", "Caps check"),
  fields: CATALOG_FIELDS,
  requires: [["item", "code", "beneficiary"], ["capType", "capAmount", "rate", "standard", "document"]],
  priority: 3,
  read(spec, env): CatalogTable {
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
