/**
 * A policy catalog table: one policy item per row with its cap. Cap types as staff write them:
 * 定额 → fixed, 最高 / 最高不超过 → max, 比例 / 按比例 → rate (English words too). With no type
 * written, a rate makes it a rate item and an amount a maximum; with neither, no cap is set.
 */
import { readYear } from "../dates";
import { a1 } from "../grid";
import { headerKey, meansNothing } from "../text";
import type { Unit } from "../units";
import type { CapType, CatalogItem } from "../catalog/types";
import type { Body } from "./body";
import { noteUnreadable, readFigure, textOf, unreadableText, type ReadContext } from "./figures";
import type { TableSpec } from "./header";
import type { CatalogField } from "./types";

export function parseCapType(text: string): CapType | null {
  const k = headerKey(text);
  if (/^(定额|固定|固定金额|定额补贴|定额奖励|fixed)$/.test(k)) return "fixed";
  if (/比例|^(rate|ratio|percent)$/.test(k)) return "rate";
  if (/^(最高|上限|不超过|封顶)|^(max|maximum|cap)$/.test(k)) return "max";
  return null;
}

export function readCatalog(spec: TableSpec, body: Body, unit: Unit, ctx: ReadContext): CatalogItem[] {
  const { reader } = spec;
  const cols: Partial<Record<CatalogField, { col: number; unit: Unit }>> = {};
  for (const c of spec.columns) {
    const f = c.field as CatalogField | null;
    if (f && !cols[f]) cols[f] = { col: c.col, unit: c.unit ?? unit };
  }
  const text = (row: number, f: CatalogField): string | null => {
    const c = cols[f];
    return c ? textOf(reader.value(row, c.col)) : null;
  };
  const items: CatalogItem[] = [];
  for (const { row, cls } of body.rows) {
    if (cls.kind !== "data") continue;
    const code = text(row, "code");
    const name = text(row, "item") ?? code;
    if (!name) continue;
    const capCol = cols.capAmount;
    const capAmount = capCol ? readFigure(reader, ctx, row, capCol.col, "capAmount", "amount", capCol.unit).figure : null;
    const rateCol = cols.rate;
    const rate = rateCol ? readFigure(reader, ctx, row, rateCol.col, "rate", "share", unit).figure : null;
    let capType: CapType | null = null;
    const typeText = text(row, "capType");
    if (typeText && !meansNothing(typeText)) {
      capType = parseCapType(typeText);
      if (!capType && cols.capType) noteUnreadable(ctx, row, cols.capType.col, "capType", unreadableText(typeText));
    }
    capType ??= rate ? "rate" : capAmount ? "max" : null;
    let year: number | null = null;
    if (cols.year) {
      const v = reader.value(row, cols.year.col);
      year = readYear(v);
      const t = textOf(v);
      if (year === null && t !== null && !meansNothing(t)) noteUnreadable(ctx, row, cols.year.col, "year", t);
    }
    const nameCol = cols.item?.col ?? cols.code?.col ?? spec.c0;
    items.push({
      code,
      name,
      category: text(row, "category"),
      capType,
      capAmount: capAmount?.value ?? null,
      rate: rate?.value ?? null,
      year,
      document: text(row, "document"),
      source: { sheet: ctx.sheet, cell: a1(row, nameCol), row },
    });
  }
  return items;
}
