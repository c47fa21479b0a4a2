/**
 * A policy catalog table: one policy item per row with its cap. Cap types as staff write them:
 * 定额 → fixed, 最高 / 最高不超过 → max, 比例 / 按比例 → rate (English words too). With no type
 * written, a rate makes it a rate item and an amount a maximum; with neither, a standard written
 * in words is read (`给予一次性奖励20万元`); with nothing, no cap is set.
 */
import { readYear } from "../../dates";
import { a1, isBlank } from "../../grid";
import { headerKey, meansNothing } from "../../text";
import type { Unit } from "../../units";
import type { CapType, CatalogItem } from "../../catalog/types";
import { readProseCap } from "../../catalog/prose";
import { noteUnreadable, readFigure, textOf, unreadableText } from "../../tables/figures";
import type { TableSpec } from "../../tables/spec";
import { stripNumbering } from "../../tables/rows";
import type { ReadEnv } from "../define";
import type { CatalogField } from "./fields";
import type { UnreadableStandard } from "./types";

export function parseCapType(text: string): CapType | null {
  const k = headerKey(text);
  if (/^(定额|固定|固定金额|定额补贴|定额奖励|一次性|fixed)/.test(k)) return "fixed";
  if (/比例|^(rate|ratio|percent)$/.test(k)) return "rate";
  if (/^(最高|上限|不超过|封顶)|^(max|maximum|cap)$/.test(k)) return "max";
  return null;
}

/**
 * A policy's section heading over its clauses (`一、鼓励物流业装备升级改造` merged across the table): one
 * text alone in the row, merged across columns. It groups the clauses under it, their category, and
 * is no item: a merged cell shows its text in every column, so it would read as its own standard.
 */
function sectionHeading(spec: TableSpec, row: number): string | null {
  let text: string | null = null;
  let spread = false;
  for (let c = spec.c0; c <= spec.c1; c++) {
    const v = spec.reader.raw(row, c);
    if (isBlank(v)) continue;
    if (text !== null || typeof v !== "string") return null;
    text = v.trim();
    const m = spec.reader.merge(row, c);
    spread = !!m && m.r0 === row && m.c0 === c && m.c1 > m.c0;
  }
  return text && spread ? stripNumbering(text) : null;
}

export function readCatalog(
  spec: TableSpec,
  env: ReadEnv,
): { items: CatalogItem[]; unreadableStandards: UnreadableStandard[]; end: number } {
  const { reader } = spec;
  const { ctx } = env;
  const body = env.body();
  const unit: Unit = spec.unit;
  const cols: Partial<Record<CatalogField, { col: number; unit: Unit }>> = {};
  for (const c of spec.columns) {
    const f = c.field as CatalogField | null;
    if (f && !cols[f] && !c.part) cols[f] = { col: c.col, unit: c.unit ?? unit };
  }
  const text = (row: number, f: CatalogField): string | null => {
    const c = cols[f];
    return c ? textOf(reader.value(row, c.col)) : null;
  };
  const items: CatalogItem[] = [];
  const unreadableStandards: UnreadableStandard[] = [];
  let category: string | null = null;
  // Whether a section heading (一、鼓励装备升级 merged across the clauses) has named the category.
  let headed = false;
  for (const { row, cls } of body.rows) {
    if (cls.kind !== "data") continue;
    const heading = sectionHeading(spec, row);
    if (heading !== null) {
      category = heading;
      headed = true;
      continue;
    }
    const code = text(row, "code");
    // With no item column of its own, whom the clause is for was read as the item (扶持对象 | 扶持标准: index.ts).
    const written = text(row, "item");
    const name = written ? stripNumbering(written) : code;
    const standard = text(row, "standard");
    const cat = text(row, "category");
    if (cat) category = cat;
    if (!name) continue;
    const capCol = cols.capAmount;
    const capAmount = capCol ? readFigure(reader, ctx, row, capCol.col, "capAmount", "amount", capCol.unit, "catalog").figure : null;
    const rateCol = cols.rate;
    const rate = rateCol ? readFigure(reader, ctx, row, rateCol.col, "rate", "share", unit, "catalog").figure : null;
    let capType: CapType | null = null;
    const typeText = text(row, "capType");
    if (typeText && !meansNothing(typeText)) {
      capType = parseCapType(typeText);
      if (!capType && cols.capType && !standard) noteUnreadable(ctx, row, cols.capType.col, "capType", unreadableText(typeText), "catalog");
    }
    let year: number | null = null;
    if (cols.year) {
      const v = reader.value(row, cols.year.col);
      year = readYear(v);
      const t = textOf(v);
      if (year === null && t !== null && !meansNothing(t)) noteUnreadable(ctx, row, cols.year.col, "year", t, "catalog");
    }
    const nameCol = cols.item?.col ?? cols.code?.col ?? spec.c0;
    const item: CatalogItem = {
      code,
      name,
      category: cat ?? (cols.category || headed ? category : null),
      capType: capType ?? (rate ? "rate" : capAmount ? "max" : null),
      capAmount: capAmount?.value ?? null,
      rate: rate?.value ?? null,
      year,
      document: text(row, "document"),
      source: { sheet: ctx.sheet, cell: a1(row, nameCol), row },
    };
    const base = text(row, "base");
    if (base) item.base = base;
    if (standard) item.standard = standard;
    // Figures in their own columns win; else the standard in words is read.
    if (rate || !standard || !cols.standard) {
      items.push(item);
      continue;
    }
    if (capAmount) {
      // A cap column beside no rate column: the words' one rate (按不超过4%) and its base still hold, under the column's cap.
      const prose = readProseCap(standard, name);
      const only = prose.kind === "caps" && prose.caps.length === 1 ? prose.caps[0] : null;
      if (only?.rate && (!capType || capType === "rate")) {
        item.capType = "rate";
        item.rate = only.rate;
        item.base = item.base ?? only.base;
      }
      items.push(item);
      continue;
    }
    const prose = readProseCap(standard, name);
    const standardCell = a1(row, cols.standard.col);
    if (prose.kind === "unreadable") {
      unreadableStandards.push({ cell: standardCell, row, item: name, text: standard });
      items.push(item);
      continue;
    }
    if (prose.kind === "none") {
      items.push(item);
      continue;
    }
    for (const cap of prose.caps) {
      items.push({
        ...item,
        // A sub-item numbered by code (A02-1) is found by that code.
        code: cap.code ?? item.code,
        name: cap.name ?? (cap.qualifier ? `${name}（${cap.qualifier}）` : name),
        capType: capType === "fixed" && cap.capType !== "rate" ? "fixed" : cap.capType,
        capAmount: cap.capAmount,
        rate: cap.rate,
        base: cap.base ?? item.base ?? null,
        source: { sheet: ctx.sheet, cell: standardCell, row },
      });
    }
  }
  return { items, unreadableStandards, end: body.end };
}
