/**
 * Budget composition (预算构成明细) and allocation tables (资金分配表): one line per budget line,
 * with its category (二级), amount, unit amount and quantity, plus 合计 / 小计 rows.
 *
 * Categories: a category written once (a merged cell spanning its lines, or written on the first
 * line only) applies to each line below it. A leading list number (`1. `, `2、`, `（三）`) is
 * stripped, so `1. 支持企业专精特新化发展` reads as 支持企业专精特新化发展, the name Table C uses.
 * Outlines: a numbered or coded line with deeper lines under it is their subtotal, not a line.
 * `其中：` rows are parts of the line above. Every amount column is read, not only the first.
 */
import { a1, isBlank } from "../../grid";
import { codeText, figureAt, readFigure, textOf } from "../../tables/figures";
import { completesLine, continueParts, indentOf, isBreakdownLabel, numberingLevel, outlineLevel, partLabel, stripNumbering } from "../../tables/rows";
import type { TableSpec } from "../../tables/spec";
import { TOTAL_LABEL } from "../../tables/headerLabels";
import { outlineLevels, parentsOf, type OutlineInput } from "../../tables/structure";
import { lastLevel, type ColumnRead, type Figure } from "../../tables/base";
import { statedStandard } from "../../tables/standard";
import { readAmount } from "../../amount";
import type { Unit } from "../../units";
import type { ReadEnv } from "../define";
import { countColumnFromCaption } from "./captionCount";
import { COMPOSITION_FIELDS, LOCAL_REST, SOURCES_HEADING, type CompositionField } from "./fields";
import type { CompositionLine, CompositionTotal } from "./types";

/** A category heading row stating only an amount: the category's subtotal when lines follow. */
interface Heading {
  row: number;
  category: string;
  amount: Figure;
  parts?: Record<number, Figure | null>;
}

/** `names`: further columns holding the field where the first is blank (a name under its kind). */
type Cols = Partial<Record<CompositionField, { col: number; unit: Unit; measure?: string; names?: number[] }>>;

/** A heading naming a document (省级文号, 下达文号): its last level ends with a document's word. */
function documentHeading(header: string): boolean {
  const leaf = lastLevel(header);
  return COMPOSITION_FIELDS.document.words.core.some((w) => leaf.endsWith(w));
}

/** A quantity counted in 万 or 亿 of its measure (`建设任务（万亩）`) counts that many of the measure. */
function measureScale(measure: string | undefined): number {
  if (!measure || measure.length < 2) return 1;
  return measure.startsWith("万") ? 10_000 : measure.startsWith("亿") ? 100_000_000 : 1;
}

function compositionCols(spec: TableSpec): { cols: Cols; partCols: { col: number; unit: Unit }[]; groupTotal?: { col: number; unit: Unit } } {
  // A lone label column is the budget line, whatever its heading (资金类别及用途 reads as 类别).
  if (!spec.columns.some((c) => c.field === "item")) {
    const only = spec.columns.find((c) => c.field === "category");
    // Money passed down level by level (资金级次 | 省级文号 | 市级文号 | 金额): with no line named, each line is the
    // document passing it on, the last one (the nearest level's) written on every line; the level groups them.
    const documents = only ? spec.columns.filter((c) => c.col > only.col && (c.field === "document" || c.field === null) && documentHeading(c.header)) : [];
    const last = documents[documents.length - 1];
    if (last) last.field = "item";
    else if (only) only.field = "item";
  }
  const cols: Cols = {};
  const partCols: { col: number; unit: Unit }[] = [];
  const main = mainAmount(spec.columns);
  const rowTotal = rowTotalAfterGroups(spec.columns);
  // A count that is a part of the counts' total (居民类别（人） over 一二级 | 三四级 | 总计): the line's quantity when no
  // other column is, the count the main amount (the first grade's money) is paid for.
  const countPart = spec.columns.some((c) => c.field === "quantity" && !c.part) ? undefined : spec.columns.find((c) => c.field === "quantity")?.col;
  let groupTotal: { col: number; unit: Unit } | undefined;
  for (const c of spec.columns) {
    const f = c.field as CompositionField | null;
    if (!f) continue;
    if (c.groupTotal) {
      groupTotal = { col: c.col, unit: c.unit ?? spec.unit };
      continue;
    }
    if (f === "amount" && c.col === rowTotal?.col) {
      partCols.push({ col: c.col, unit: c.unit ?? spec.unit });
      continue;
    }
    if (f === "amount" && c.aside && c.col !== main) {
      // A further column beside the main amount, before it or after (项目总投资 before 衔接资金).
      partCols.push({ col: c.col, unit: c.unit ?? spec.unit });
      continue;
    }
    if (c.col === countPart) {
      cols.quantity = { col: c.col, unit: c.unit ?? spec.unit, ...(c.measure ? { measure: c.measure } : {}) };
      continue;
    }
    // A part (其中, under a 合计), or a further column of its own (中央 | 省级 beside each other):
    // each is read and its totals checked.
    if (c.part || (f === "amount" && cols.amount !== undefined && c.group !== undefined)) {
      if (f === "amount") partCols.push({ col: c.col, unit: c.unit ?? spec.unit });
      continue;
    }
    // Another group's amount (户数 | 标准 | 金额 repeated under a second heading) is an amount
    // column of its own: read, and its totals checked, like a part column's.
    if (f === "amount" && cols.amount !== undefined && c.group !== undefined) {
      partCols.push({ col: c.col, unit: c.unit ?? spec.unit });
      continue;
    }
    // The line's name under another kind (一般村 beside 重点村): read where the first column is blank.
    const first = cols[f];
    if (c.nameOf !== undefined && first?.col === c.nameOf) {
      first.names = [...(first.names ?? []), c.col];
      continue;
    }
    if (cols[f] === undefined) cols[f] = { col: c.col, unit: c.unit ?? spec.unit, ...(c.measure ? { measure: c.measure } : {}) };
  }
  return { cols, partCols, ...(groupTotal ? { groupTotal } : {}) };
}

/**
 * Quantity columns that are a total and its parts (`补贴面积（亩）` over 小计 | 水田 | 旱地, settled in the header
 * reading): the total by sheet column, with its parts and the measure they are counted in, if stated.
 */
export function measureGroups(
  columns: readonly { col: number; field: string | null; part?: { of: number }; measure?: string }[],
): { col: number; parts: number[]; measure: string | null }[] {
  const money = (c: { field: string | null } | undefined) => c?.field === "amount";
  const out = new Map<number, { col: number; parts: number[]; measure: string | null }>();
  for (const c of columns) {
    if (!c.part || money(c)) continue;
    const whole = columns.find((x) => x.col === c.part?.of);
    if (!whole || money(whole)) continue;
    const g = out.get(whole.col) ?? { col: whole.col, parts: [], measure: whole.measure ?? null };
    g.parts.push(c.col);
    g.measure ??= c.measure ?? null;
    out.set(whole.col, g);
  }
  return [...out.values()];
}

/**
 * The main amount column: the first that is no part of another and no further column beside the
 * main one (项目总投资 beside the fund's money), else the first that is no part.
 */
export function mainAmount(
  columns: readonly { col: number; field: string | null; part?: unknown; aside?: boolean; groupTotal?: boolean }[],
): number | undefined {
  // A group's own total beside it (县 | 合计 merged down) is no line's money.
  const amounts = columns.filter((c) => c.field === "amount" && !c.part && !c.groupTotal);
  return (amounts.find((c) => !c.aside) ?? amounts[0])?.col;
}

/** A heading that names a total of money (`奖励资金合计`, `补贴总额`, `发放金额 / 小计`). */
const TOTAL_HEADING = /(合计|总计|总额|小计)$/;

/**
 * A row total after column groups (`村级服务站 | 示范村服务站`, each `个数 | 奖励资金`, then
 * `奖励资金合计`): a money column of no group after two or more groups' own money columns, one per
 * group. It is read as a further column, each row checked against the groups' money and its
 * column against its lines; the first group's money stays the main amount (its lines' unit ×
 * quantity are that group's).
 */
export function rowTotalAfterGroups(
  columns: readonly { col: number; field: string | null; header: string; part?: unknown; aside?: boolean; group?: string | null }[],
): { col: number; parts: number[] } | null {
  // A second money column under one group's heading (规划编制补助 | 垃圾清运补助) was read as the first's part: its own money too.
  const sibling = (c: (typeof columns)[number]) => {
    const of = (c.part as { of?: number } | undefined)?.of;
    return !!c.group && columns.some((o) => o.col === of && o.group === c.group && !o.part);
  };
  const money = columns.filter((c) => c.field === "amount" && !c.part && !c.aside);
  const total = money[money.length - 1];
  // Its unit may follow in brackets (`资金合计（万元）`).
  const bare = (h: string | null | undefined) => (h ?? "").replace(/\s+/g, "").replace(/[（(][^（）()]*[）)]$/, "");
  // Or it is a block of its own, a count and its money under 合计 (`合计` over 总户数 | 补助资金): its one money column.
  const block = !!total?.group && TOTAL_LABEL.test(bare(total.group)) && money.filter((c) => c.group === total.group).length === 1;
  if (!total || (!block && (total.group || !TOTAL_HEADING.test(bare(total.header))))) return null;
  const parts = money.filter((c) => c.col < total.col);
  if (parts.length < 2 || parts.some((c) => !c.group)) return null;
  if (new Set(parts.map((c) => c.group)).size !== parts.length) return null;
  const siblings = columns.filter((c) => c.field === "amount" && c.col < total.col && !c.aside && sibling(c));
  return { col: total.col, parts: [...parts, ...siblings].map((c) => c.col).sort((a, b) => a - b) };
}

/**
 * A further column (项目总投资) followed by the sources it is made of under one merged heading
 * (资金来源 over 省级财政衔接资金 | 其他资金), two or more, one of them the rest (其他资金): the sources are
 * all of the investment, row by row. The first source stays the main amount (the fund allocated).
 * Local money last beside the fund's own (中央预算内专项资金 | 地方投资, 自筹) is that rest too. With no rest named the
 * sources may be only some of the money, and are not summed against it.
 */
export function sourcesOfAside(
  columns: readonly { col: number; field: string | null; header: string; aside?: boolean }[],
): { col: number; parts: number[] } | null {
  const parentOf = (h: string) => (h.includes(" / ") ? h.slice(0, h.lastIndexOf(" / ")) : null);
  const leafOf = (h: string) => lastLevel(h);
  for (let i = 0; i < columns.length; i++) {
    const whole = columns[i];
    if (whole.field !== "amount" || !whole.aside) continue;
    const parent = parentOf(columns[i + 1]?.header ?? "");
    if (parent === null || parentOf(whole.header) === parent) continue;
    const parts: typeof columns[number][] = [];
    for (let j = i + 1; j < columns.length && columns[j].col === whole.col + (j - i) && columns[j].field === "amount" && parentOf(columns[j].header) === parent; j++)
      parts.push(columns[j]);
    const names = parts.map((c) => leafOf(c.header));
    // The fund's own money first, the local money last: the rest of the investment (中央预算内专项资金 | 地方投资).
    const localRest = !parts[0].aside && LOCAL_REST.includes(names[names.length - 1].replace(/\s+/g, ""));
    if (parts.length >= 2 && (completesLine(names) || localRest)) return { col: whole.col, parts: parts.map((c) => c.col) };
  }
  return null;
}

/**
 * The main amount, a fund's own money (资金规模, 资金总额), followed by a merged heading naming its sources (资金来源
 * over 中央 | 省级 | 县级), two or more money columns: the sources are all of it, row by row. Unlike a total investment
 * (sourcesOfAside, or 总投资 read as the main amount), the fund is the money the sources give, so no rest needs naming.
 */
export function sourcesOfWhole(
  columns: readonly { col: number; field: string | null; header: string; part?: unknown; aside?: boolean }[],
): { col: number; parts: number[] } | null {
  const main = mainAmount(columns);
  const i = columns.findIndex((c) => c.col === main);
  if (i < 0 || columns[i].aside || columns[i].header.includes(" / ")) return null;
  // A total investment (总投资) may have sources beyond those listed: only a named rest makes them all of it.
  if (COMPOSITION_FIELDS.amount.aside.some((w) => columns[i].header.includes(w))) return null;
  const heading = (h: string) => (h.includes(" / ") ? h.slice(0, h.lastIndexOf(" / ")).replace(/[（(][^（）()]*[）)]$/, "").trim() : null);
  const parent = heading(columns[i + 1]?.header ?? "");
  if (parent === null || !SOURCES_HEADING.includes(parent)) return null;
  const parts: number[] = [];
  for (let j = i + 1; j < columns.length && columns[j].col === columns[i].col + (j - i) && heading(columns[j].header) === parent; j++) {
    if (columns[j].field !== "amount") return null;
    parts.push(columns[j].col);
  }
  return parts.length >= 2 ? { col: columns[i].col, parts } : null;
}

export function readComposition(spec: TableSpec, env: ReadEnv): { lines: CompositionLine[]; totals: CompositionTotal[]; end: number } {
  const { reader } = spec;
  const { ctx } = env;
  const body = env.body();
  countColumnFromCaption(spec, body.rows, mainAmount(spec.columns));
  const { cols, partCols, groupTotal } = compositionCols(spec);
  /** Each group's own total merged down beside it, over the lines its merge spans. */
  const groupTotals: CompositionTotal[] = [];
  const groupFigure = (row: number): Figure | null =>
    // Read at the merge's first row, as a line drawn over several rows is (figureAt: a merged figure is read once).
    groupTotal ? figureAt(reader, ctx, row, groupTotal.col, reader.raw(row, groupTotal.col), "amount", "amount", groupTotal.unit, "composition").figure : null;
  const lines: CompositionLine[] = [];
  const totals: CompositionTotal[] = [];
  let category: string | null = null;
  /** The last line when it may be a category heading stating its subtotal. */
  let heading: Heading | null = null;
  /** The last line or total a `其中` row can be a part of. */
  let lastWhole: number | null = null;
  /** Raw labels of the lines, for the outline. */
  const outline: OutlineInput[] = [];
  /**
   * A 小计 before any line heads the lines under it (合计 first, then `一、…小计` over its villages): each later 小计
   * heads its own lines too, so it closes no category of the lines above it.
   */
  let subtotalsLead = false;

  // A line drawn over several rows (its name and its figure merged down alike, its indicators
  // beside it on each row): the merge's value is the line's, read at its first row.
  const tallLine = (row: number, col: number): boolean => {
    const m = reader.merge(row, col);
    const named = cols.item ? reader.merge(row, cols.item.col) : undefined;
    return !!m && !!named && m.r0 === row && m.c0 === col && m.c1 === col && m.r1 > m.r0 && named.r0 === m.r0 && named.r1 === m.r1;
  };
  // A standard typed once and merged down its column over the lines (one figure over every town) is the
  // standard of each line there with its own quantity and money; read once at the merge's first cell.
  // Only the unit amount: an amount merged over rows stays one value for the group.
  const mergedStandards = new Map<number, Figure | null>();
  const standardDown = (row: number): Figure | null => {
    const c = cols.unitAmount;
    const m = c ? reader.merge(row, c.col) : undefined;
    if (!c || !m || m.r1 === m.r0 || m.c0 !== c.col || m.c1 !== c.col || tallLine(row, c.col)) return null;
    const key = m.r0 * 65536 + m.c0;
    if (!mergedStandards.has(key)) {
      mergedStandards.set(key, figureAt(reader, ctx, m.r0, m.c0, reader.raw(m.r0, m.c0), "unitAmount", "price", c.unit, "composition").figure);
    }
    return mergedStandards.get(key) ?? null;
  };
  // One sum merged down the amount column over several lines (30万元 shared by a direction's two projects): no
  // line's own money, but the lines' together, read once at the merge's first row for the totals.
  const shared = (row: number): Figure | null => {
    const c = cols.amount;
    const m = c ? reader.merge(row, c.col) : undefined;
    if (!c || !m || m.r0 !== row || m.c0 !== c.col || m.c1 !== c.col || m.r1 === m.r0 || tallLine(row, c.col)) return null;
    return figureAt(reader, ctx, row, c.col, reader.raw(row, c.col), "amount", "amount", c.unit, "composition").figure;
  };
  const fig = (row: number, f: "amount" | "unitAmount" | "quantity"): Figure | null => {
    const c = cols[f];
    if (!c) return null;
    const figure = tallLine(row, c.col)
      ? figureAt(reader, ctx, row, c.col, reader.raw(row, c.col), f, f === "quantity" ? "count" : f === "unitAmount" ? "price" : "amount", c.unit, "composition").figure
      : readFigure(reader, ctx, row, c.col, f, f === "quantity" ? "count" : f === "unitAmount" ? "price" : "amount", c.unit, "composition").figure;
    const scale = f === "quantity" ? measureScale(c.measure) : 1;
    return figure && scale !== 1 ? { ...figure, value: figure.value * scale } : figure;
  };
  const parts = (row: number): Record<number, Figure | null> | undefined => {
    if (partCols.length === 0) return undefined;
    const out: Record<number, Figure | null> = {};
    for (const p of partCols) out[p.col] = readFigure(reader, ctx, row, p.col, "amount", "amount", p.unit, "composition").figure;
    return out;
  };
  // The quantities a total column sums across the row, read as counts: no money.
  const measureCols = measureGroups(spec.columns).flatMap((g) => [g.col, ...g.parts]);
  const measures = (row: number): Record<number, Figure | null> | undefined => {
    if (measureCols.length === 0) return undefined;
    const out: Record<number, Figure | null> = {};
    for (const c of measureCols) out[c] = readFigure(reader, ctx, row, c, "quantity", "count", spec.unit, "composition").figure;
    return out;
  };
  const acrossNames = (row: number): boolean => {
    if (!cols.category || !cols.item) return false;
    const m = reader.merge(row, cols.category.col);
    return !!m && m.r0 === row && m.r1 === row && m.c0 === cols.category.col && m.c1 >= cols.item.col;
  };
  /** The column holding the field on this row: the first, else the one of its kind the name is under. */
  const colOf = (row: number, f: "category" | "item"): number | undefined => {
    const c = cols[f];
    if (!c) return undefined;
    if (!c.names || !isBlank(reader.value(row, c.col))) return c.col;
    return c.names.find((x) => !isBlank(reader.value(row, x))) ?? c.col;
  };
  const text = (row: number, f: "category" | "item"): string | null => {
    const col = colOf(row, f);
    return col !== undefined ? textOf(reader.value(row, col)) : null;
  };

  /** The body written across the name columns above its lines, while its lines run. */
  let bodyRow: CompositionTotal | null = null;
  /** Where the block a 合计 closes begins: after the last 合计 (a repeated header starts another block). */
  let blockStart = -1;
  /** A 合计 merged down over its own kind rows (合 计 over 城镇低保 / 农村低保 …): its label, to its merge's foot. */
  let byKind: { label: string; to: number; since: number; rows: number[] } | null = null;
  let afterKinds = false;
  /**
   * A row of a 合计 by kind: that kind's total over the groups above it in the block (城镇低保 across every town), never
   * a line. Null when no line above is of that kind.
   */
  const kindTotal = (row: number, label: string, kindName: string | null, since: number): CompositionTotal | null => {
    if (!kindName) return null;
    const key = stripNumbering(kindName);
    const children = lines.filter((l) => l.row > since && l.partOf === undefined && l.category === key).map((l) => l.row);
    if (children.length === 0) return null;
    return { row, label, scope: "category", category: key, amount: fig(row, "amount"), quantity: fig(row, "quantity"), children };
  };

  for (const { row, cls } of body.rows) {
    const written = text(row, "category");
    if (byKind && row > byKind.to) byKind = null;
    if (byKind && cls.kind !== "total") {
      const t = kindTotal(row, byKind.label, written, byKind.since);
      if (t) {
        totals.push(t);
        byKind.rows.push(row);
        lastWhole = row;
        continue;
      }
    }
    if (byKind && cls.kind === "total" && cls.scope === "category") {
      // The block's own 小计 sums its kinds' totals.
      totals.push({ row, label: cls.label, scope: "category", category: null, amount: fig(row, "amount"), quantity: fig(row, "quantity"), children: [...byKind.rows] });
      lastWhole = row;
      continue;
    }
    if (cls.kind === "total" && cls.scope === "table" && cols.category && cols.item) {
      // The 合计's label merged down the line's column over rows each naming a kind: a total by kind.
      const m = reader.merge(row, cols.item.col);
      const t = m && m.r0 === row && m.r1 > row && m.c0 === m.c1 && written !== cls.label ? kindTotal(row, cls.label, written, blockStart) : null;
      if (m && t) {
        heading = null;
        bodyRow = null;
        totals.push(t);
        byKind = { label: cls.label, to: m.r1, since: blockStart, rows: [row] };
        afterKinds = true;
        blockStart = m.r1;
        lastWhole = row;
        continue;
      }
    }
    if (cls.kind === "total" && cls.scope === "table" && afterKinds) {
      // A later block's 合计 (under the header repeated, after a 合计 by kind) closes that block's lines only.
      const children = lines.filter((l) => l.row > blockStart && l.partOf === undefined).map((l) => l.row);
      blockStart = row;
      if (children.length > 0) {
        heading = null;
        bodyRow = null;
        totals.push({ row, label: cls.label, scope: "category", category: null, amount: fig(row, "amount"), quantity: fig(row, "quantity"), children });
        lastWhole = row;
        continue;
      }
    }
    if (cls.kind === "total") {
      if (cls.scope === "table") blockStart = row;
      heading = null;
      bodyRow = null;
      const own = written && written !== cls.label ? stripNumbering(written) : null;
      const total: CompositionTotal = {
        row,
        label: cls.label,
        scope: cls.scope,
        category: cls.scope === "category" ? (own ?? (subtotalsLead ? null : groupCategory(lines, totals, category))) : null,
        amount: fig(row, "amount"),
        quantity: fig(row, "quantity"),
      };
      const p = parts(row);
      if (p) total.parts = p;
      const q = measures(row);
      if (q) total.measures = q;
      if (cls.scope === "category" && lines.length === 0) subtotalsLead = true;
      totals.push(total);
      // The total row's figure in the group-total column sums the groups' totals: a total of its own, on the same row.
      const g = groupFigure(row);
      if (g) totals.push({ row, label: cls.label, scope: cls.scope, category: total.category, amount: g, quantity: null });
      lastWhole = row;
      continue;
    }
    if (written) category = stripNumbering(written);
    if (written && groupTotal) {
      const g = groupFigure(row);
      if (g) {
        // The lines the group's total spans: its merge's rows, else the group name's, else its own row.
        const m = reader.merge(row, groupTotal.col) ?? (cols.category ? reader.merge(row, cols.category.col) : undefined);
        const last = m && m.r0 === row ? m.r1 : row;
        const children: number[] = [];
        for (let r = row; r <= last; r++) children.push(r);
        groupTotals.push({ row, label: stripNumbering(written), scope: "category", category: stripNumbering(written), amount: g, quantity: null, children });
      }
    }
    const itemAt = colOf(row, "item");
    const rawItem = itemAt !== undefined ? reader.value(row, itemAt) : null;
    const item = text(row, "item");
    const amount = fig(row, "amount");
    const quantity = fig(row, "quantity");
    const unitAmount = fig(row, "unitAmount") ?? (amount && quantity ? standardDown(row) : null);
    const p = parts(row);
    const anyPart = p ? Object.values(p).some((x) => x !== null) : false;
    // A row with a category and nothing else is a category heading, not a line.
    if (!item && !amount && !unitAmount && !quantity && !anyPart) continue;

    // A body's name written across the category and the line columns (`820-某镇部门` over 单位名称 |
    // 项目名称), with its money, above the lines: a level above both, whose money is theirs, up to the
    // next such row or a total — a department's row above its units' projects.
    if (amount && acrossNames(row)) {
      heading = null;
      bodyRow = { row, label: written ?? item ?? "", scope: "category", category: null, amount, quantity, children: [] };
      const p0 = parts(row);
      if (p0) bodyRow.parts = p0;
      const q0 = measures(row);
      if (q0) bodyRow.measures = q0;
      totals.push(bodyRow);
      lastWhole = row;
      continue;
    }

    // A category heading with an amount alone (`一、支持… | | 49,550,000`) followed by its lines
    // states the category's subtotal: it becomes a 小计, not a line counted twice in the 合计.
    const headed = heading as Heading | null;
    heading = null;
    const writesCategory = !!cols.category && !isBlank(reader.raw(row, cols.category.col));
    if (headed && item && !writesCategory && category === headed.category) {
      lines.pop();
      outline.pop();
      const t: CompositionTotal = { row: headed.row, amount: headed.amount, label: headed.category, category: headed.category, scope: "category", quantity: null };
      if (headed.parts) t.parts = headed.parts;
      totals.push(t);
    }
    if (category && writesCategory && !item && cols.item && amount && !unitAmount && !quantity) {
      heading = { row, category, amount };
      if (p) heading.parts = p;
    }
    const itemCol = itemAt ?? cols.category?.col ?? spec.c0;
    const line: CompositionLine = {
      row,
      category,
      item: item ? (partLabel(item) ?? item) : category ?? "",
      itemCell: a1(row, itemCol),
      amount,
      unitAmount,
      quantity,
    };
    if (p) line.parts = p;
    const q = measures(row);
    if (q) line.measures = q;
    const sum = amount ? null : shared(row);
    if (sum) line.shared = sum;
    if (writesCategory) line.writesCategory = true;
    if (item && partLabel(item) !== null) {
      if (lastWhole !== null) line.partOf = lastWhole;
    } else {
      lastWhole = row;
      bodyRow?.children?.push(row);
    }
    lines.push(line);
    outline.push({
      label: item,
      number: cols.seq ? reader.value(row, cols.seq.col) : null,
      code: codeText(spec, row),
      indent: indentOf(rawItem),
      reset: totals.length > 0 && totals[totals.length - 1].row > (lines.length > 1 ? lines[lines.length - 2].row : -1),
    });
  }
  if (groupTotals.length > 0) {
    // Lines of no group, or rows that are no line, are simply not among the children.
    totals.push(...groupTotals);
    totals.sort((a, b) => a.row - b.row);
  }
  wholeFirst(lines, outline, totals, spec.columns.find((c) => c.field === "item")?.header ?? "");
  const partOf = lines.map((l) => l.partOf);
  continueParts(
    outline.map((o) => o.label),
    partOf,
    outline.map((o) => o.indent),
  );
  // A form's money block under a side label, no header (资金情况（万元） over 年度金额： | 其中：中央补助 | 地方资金): its
  // first row, whatever it is called, heads the block when the 其中 list follows it right away.
  if (spec.headerRows === 0 && totals.length === 0 && lines.length >= 3 && partOf[0] === undefined && partOf[1] === lines[0].row) {
    const first = lines.shift() as CompositionLine;
    outline.shift();
    partOf.shift();
    totals.push({ row: first.row, label: first.item, scope: "table", category: null, amount: first.amount, quantity: first.quantity });
  }
  // A total heading the block and nothing but lines after it (年度资金总额, then `其中：中央… |
  // 省级… | 区级…`): the lines after its 其中 row are its parts too, the 其中 list running on.
  const head = totals[0];
  const firstPart = lines.findIndex((l) => l.partOf !== undefined);
  // Not when the 其中 row stands unnumbered and the rows after it are numbered (`其中：参照直达资金`, then 1, 2, 3 …):
  // the numbered rows are the table's lines, the 其中 row a share of the whole beside them.
  // A numbering, in 序号 or in the name (`一、产业发展`), not any text in 序号: the 其中 row's own words may be
  // written across it (`其中：…` merged over 序号).
  const numbered = (i: number) => {
    const o = outline[i];
    return !!o && (numberingLevel(o.number ?? null) !== null || (!!o.label && outlineLevel(o.label) !== null));
  };
  const linesNumberedApart = !numbered(0) && lines.length > 1 && lines.slice(1).every((_, i) => numbered(i + 1));
  if (totals.length === 1 && head.row < (lines[0]?.row ?? -1) && firstPart === 0 && partOf[0] === head.row && !linesNumberedApart) {
    for (let i = 1; i < lines.length; i++) partOf[i] ??= head.row;
    // Two or more such lines list where the money comes from, all of it (财政拨款 | 其他资金, 中央 |
    // 省级 | … | 其他): they add up to the total. One alone is a share of it.
    if (lines.length >= 2 && partOf.every((p) => p === head.row)) head.exhaustiveParts = true;
  }
  flatPartsAddingUp(lines, partOf, outline.map((o) => o.label));
  lines.forEach((l, i) => {
    if (partOf[i] !== undefined) l.partOf = partOf[i];
  });
  // A row's outline level: its 序号 (一 / 1), else its name's numbering (一、).
  const levelAt = (row: number): number | null => {
    const named = cols.item ?? cols.category;
    const label = named ? textOf(reader.value(row, named.col)) : null;
    return (cols.seq ? numberingLevel(reader.value(row, cols.seq.col)) : null) ?? (label ? outlineLevel(label) : null);
  };
  partsOfSubtotals(lines, totals, levelAt);
  headedGroups(lines, totals, levelAt);
  restNamed(lines, totals);
  countedWhole(lines, totals);
  const read = outlined(lines, totals, outline);
  breakdownLists(read.lines, read.totals);
  exactByStandard(spec, read.lines, read.totals);
  groupProducts(spec, ctx, cols, read.lines);
  return { ...read, end: body.end };
}

/**
 * Column groups under merged headings, each a quantity, a unit amount and money (绿叶菜 | 其他蔬菜（非绿叶菜）, each
 * 上图面积（亩次） | 补贴标准（元/亩次） | 补贴金额): the first group's are the line's own; every other group's money is
 * its quantity times its unit amount too, so each line keeps that group's three figures to be checked alike.
 */
function groupProducts(spec: TableSpec, ctx: ReadEnv["ctx"], cols: Cols, lines: readonly CompositionLine[]): void {
  const main = cols.amount ? spec.columns.find((c) => c.col === cols.amount?.col)?.group : undefined;
  if (main === undefined) {
    blockProducts(spec, ctx, cols, lines);
    return;
  }
  const groups = new Map<string, ColumnRead[]>();
  for (const c of spec.columns) if (c.group !== undefined && c.group !== main) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  const { reader } = spec;
  for (const members of groups.values()) {
    const one = (f: CompositionField) => {
      const found = members.filter((c) => c.field === f);
      return found.length === 1 ? found[0] : null;
    };
    const money = one("amount");
    const unit = one("unitAmount");
    const count = one("quantity");
    if (!money || !unit || !count) continue;
    const scale = measureScale(count.measure);
    for (const l of lines) {
      const amount = l.parts?.[money.col];
      // Checked already against the standard its heading states.
      if (!amount || l.byStandard?.some((b) => b.amount.col === money.col)) continue;
      const unitAmount = readFigure(reader, ctx, l.row, unit.col, "unitAmount", "price", unit.unit ?? spec.unit, "composition").figure;
      const q = readFigure(reader, ctx, l.row, count.col, "quantity", "count", count.unit ?? spec.unit, "composition").figure;
      if (!unitAmount || !q) continue;
      const quantity = scale === 1 ? q : { ...q, value: q.value * scale };
      l.groupProducts = [...(l.groupProducts ?? []), { amount, unitAmount, quantity }];
    }
  }
}

/**
 * Counted blocks side by side paying into one money column of no group (500㎡以上 | 500㎡以下, each 数量 | 标准, then
 * 共计补助金额): each further group holding a quantity and a unit amount but no money of its own adds its product to
 * the line's money, which is then checked against the sum.
 */
function blockProducts(spec: TableSpec, ctx: ReadEnv["ctx"], cols: Cols, lines: readonly CompositionLine[]): void {
  if (!cols.amount || !cols.unitAmount || !cols.quantity) return;
  const groups = new Map<string, ColumnRead[]>();
  for (const c of spec.columns) if (c.group !== undefined && c.field) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  const blocks: { unit: ColumnRead; count: ColumnRead }[] = [];
  for (const members of groups.values()) {
    const unit = members.find((c) => c.field === "unitAmount");
    const count = members.find((c) => c.field === "quantity");
    // A group with money of its own is checked on its own (groupProducts), never added to the line's.
    if (members.length !== 2 || !unit || !count) return;
    blocks.push({ unit, count });
  }
  if (blocks.length === 0) return;
  const { reader } = spec;
  for (const l of lines) {
    if (!l.amount) continue;
    const products: { unitAmount: Figure; quantity: Figure }[] = [];
    for (const { unit, count } of blocks) {
      const unitAmount = readFigure(reader, ctx, l.row, unit.col, "unitAmount", "price", unit.unit ?? spec.unit, "composition").figure;
      const q = readFigure(reader, ctx, l.row, count.col, "quantity", "count", count.unit ?? spec.unit, "composition").figure;
      if (!unitAmount || !q) break;
      const scale = measureScale(count.measure);
      products.push({ unitAmount, quantity: scale === 1 ? q : { ...q, value: q.value * scale } });
    }
    if (products.length === blocks.length) l.blockProducts = products;
  }
}

/** A count's heading (`个数`, `数量`, `站点数`) under a group stating its standard. */
const COUNT_HEADING = /数量?$/;

/**
 * A column group whose heading states a standard (`村级服务站（每个1万元）` over 个数 | 奖励资金):
 * when every line's money is its count times that standard, the money is exact whatever number
 * format shows it (`0` would otherwise allow the rounding of whole 万元), and so is a row total
 * after such groups. Two lines at least, so that one coincidence proves nothing.
 */
function exactByStandard(spec: TableSpec, lines: readonly CompositionLine[], totals: readonly CompositionTotal[]): void {
  const groups = new Map<string, ColumnRead[]>();
  for (const c of spec.columns) {
    const at = c.header.lastIndexOf(" / ");
    if (at < 0) continue;
    const g = c.header.slice(0, at);
    groups.set(g, [...(groups.get(g) ?? []), c]);
  }
  const figureIn = (r: CompositionLine | CompositionTotal, col: number): Figure | null =>
    r.amount?.col === col ? r.amount : (r.parts?.[col] ?? null);
  const exact = new Set<number>();
  for (const [g, cols] of groups) {
    const standard = statedStandard(g);
    if (standard === null) continue;
    const money = cols.filter((c) => c.field === "amount");
    // What the standard is per: a count, or any quantity read so (an area in 亩 under `7.65元/亩`).
    const counts = cols.filter((c) => c.field !== "amount" && (c.field === "quantity" || COUNT_HEADING.test(c.header.slice(c.header.lastIndexOf(" / ") + 3))));
    if (money.length !== 1 || counts.length !== 1) continue;
    const m = money[0].col;
    const n = counts[0].col;
    let proven = 0;
    const apart: { line: CompositionLine; amount: Figure; quantity: number }[] = [];
    let agrees = true;
    for (const l of lines) {
      const f = figureIn(l, m);
      const count = readAmount(spec.reader.value(l.row, n));
      if (!f) {
        if (count.kind === "number" && count.value !== 0) agrees = false;
        continue;
      }
      if (count.kind !== "number") {
        agrees = false;
        continue;
      }
      if (Math.abs(f.value - count.value * standard) > 0.005) {
        agrees = false;
        apart.push({ line: l, amount: f, quantity: count.value });
        continue;
      }
      proven++;
    }
    if (agrees && proven >= 2) exact.add(m);
    // Most lines (two at least) their count times the standard: it is how the group's money is reckoned, so the
    // others are checked against it as a line's unit × quantity is.
    else if (proven >= 2 && proven > apart.length)
      for (const a of apart) a.line.byStandard = [...(a.line.byStandard ?? []), { amount: a.amount, quantity: a.quantity, standard }];
  }
  const rowTotal = rowTotalAfterGroups(spec.columns);
  if (rowTotal && rowTotal.parts.every((p) => exact.has(p))) exact.add(rowTotal.col);
  if (exact.size === 0) return;
  for (const r of [...lines, ...totals])
    for (const col of exact) {
      const f = figureIn(r, col);
      if (f) f.exact = true;
    }
}

/**
 * The category a 小计 not naming one closes: the category its lines run under, the last written.
 * But when the lines since the last total each write their own category and name more than one
 * (市州 beside each county, 吉首市 of 湘西州 ending a group of several cities), that column is the
 * line's attribute, not its group: the 小计 closes all those lines, under no category.
 */
function groupCategory(lines: readonly CompositionLine[], totals: readonly CompositionTotal[], running: string | null): string | null {
  const since = totals.length > 0 ? totals[totals.length - 1].row : -1;
  let seen: string | null = null;
  let several = false;
  for (let i = lines.length - 1; i >= 0 && lines[i].row > since; i--) {
    const l = lines[i];
    if (!l.amount && !(l.parts && Object.values(l.parts).some((x) => x))) continue;
    if (!l.writesCategory || l.category === null) return running;
    if (seen !== null && seen !== l.category) several = true;
    seen = l.category;
  }
  return several ? null : running;
}

/**
 * A 其中 list written flat under a line, neither numbered nor indented (`杭州市 | 其中：市本级 | 上城区 | 西湖区`, then
 * the city's counties): the lines after the 其中 line are its list's too when, with them, the list adds up to the
 * line to a thousandth — the list is all of it and ends there; the lines after are the line's peers. A run that
 * never adds up stays as written (a 其中 line that is only some of its line).
 */
function flatPartsAddingUp(lines: readonly CompositionLine[], partOf: (number | undefined)[], labels: readonly (string | null)[]): void {
  const byRow = new Map(lines.map((l, i) => [l.row, i]));
  const wholes = new Set(partOf.filter((p): p is number => p !== undefined));
  for (let i = 0; i < lines.length; i++) {
    const w = partOf[i];
    if (w === undefined || (i > 0 && partOf[i - 1] === w) || partOf[i + 1] !== undefined) continue;
    const at = byRow.get(w);
    const whole = at === undefined ? undefined : lines[at].amount;
    if (!whole || !lines[i].amount) continue;
    let sum = lines[i].amount?.value ?? 0;
    for (let j = i + 1; j < lines.length && partOf[j] === undefined && !wholes.has(lines[j].row) && partLabel(labels[j] ?? "") === null; j++) {
      sum += lines[j].amount?.value ?? 0;
      if (Math.abs(sum - whole.value) <= Math.max(Math.abs(whole.value) / 1000, 0.005)) {
        for (let k = i + 1; k <= j; k++) partOf[k] = w;
        break;
      }
    }
  }
}

/**
 * A subtotal opened by a 其中 row (`省级…资金小计 | 其中：第一批… | 第二批…`): the lines after it run the
 * list on up to the next total or the next line numbered as high as the subtotal (二 after 一's 1, 2).
 * Two or more such lines are all of it, as a 小计 is the sum of what is under it; the 合计 adds the
 * 小计, not its parts again.
 */
function partsOfSubtotals(lines: CompositionLine[], totals: CompositionTotal[], levelAt: (row: number) => number | null): void {
  for (const t of totals) {
    if (t.scope !== "category") continue;
    const i = lines.findIndex((l) => l.row > t.row);
    if (i < 0 || lines[i].partOf !== t.row) continue;
    const next = totals.find((x) => x.row > t.row)?.row ?? Infinity;
    const own = levelAt(t.row);
    let n = 1;
    for (let j = i + 1; j < lines.length && lines[j].row < next; j++) {
      const l = lines[j];
      if (l.partOf !== undefined && l.partOf !== t.row) break;
      const at = levelAt(l.row);
      if (own !== null && at !== null && at <= own) break;
      l.partOf = t.row;
      n++;
    }
    if (n >= 2) t.exhaustiveParts = true;
  }
}

/**
 * Subtotals heading their groups (`一 | 长春市小计` above `1 | 德惠市`, every subtotal before the lines): a
 * group runs to the next total or to the next line numbered as high as its subtotal (`三 | 延边州`, a place
 * of no group, standing beside the subtotals under the 合计): the lines before it are its children.
 */
function headedGroups(lines: CompositionLine[], totals: CompositionTotal[], levelAt: (row: number) => number | null): void {
  const first = totals.find((t) => t.scope === "category");
  if (!first || lines.length === 0 || lines[0].row < first.row) return;
  const opened = new Set(lines.map((l) => l.partOf));
  // One pass over the lines: each is visited only under the total just above it (totals and lines in row order).
  let j = 0;
  totals.forEach((t, k) => {
    while (j < lines.length && lines[j].row <= t.row) j++;
    if (t.scope !== "category" || t.children || opened.has(t.row)) return;
    const own = levelAt(t.row);
    if (own === null) return;
    const next = totals[k + 1]?.row ?? Infinity;
    const kids: number[] = [];
    for (let i = j; i < lines.length && lines[i].row < next; i++) {
      const l = lines[i];
      if (l.partOf !== undefined) continue;
      const at = levelAt(l.row);
      if (at !== null && at <= own) {
        if (kids.length > 0) t.children = kids;
        return;
      }
      kids.push(l.row);
    }
  });
}

/** A part naming the rest of the money (`其中：其它资金`, `其他`): the parts before it and it are all of the whole. */
const REST = /^其[他它]/;

/**
 * `其中` parts, two or more, one of them the rest (`其中：财政资金 | 其中：其它资金`): they list all of
 * the whole, so they must add up to it, whether the whole is a total or a line (当年年度预算).
 */
function restNamed(lines: CompositionLine[], totals: CompositionTotal[]): void {
  const parts = new Map<number, CompositionLine[]>();
  for (const l of lines) if (l.partOf !== undefined) parts.set(l.partOf, [...(parts.get(l.partOf) ?? []), l]);
  for (const [row, list] of parts) {
    if (list.length < 2 || !list.some((l) => REST.test(l.item))) continue;
    const whole = lines.find((l) => l.row === row) ?? totals.find((t) => t.row === row);
    if (whole) whole.exhaustiveParts = true;
  }
}

/**
 * `其中` parts, two or more, each counting what it is for (甲类县 3 | 乙类县 7 under 县 10): when their
 * counts add up to the whole's, they are all of it, so their money must add up to it too.
 */
function countedWhole(lines: CompositionLine[], totals: CompositionTotal[]): void {
  const parts = new Map<number, CompositionLine[]>();
  for (const l of lines) if (l.partOf !== undefined) parts.set(l.partOf, [...(parts.get(l.partOf) ?? []), l]);
  for (const [row, list] of parts) {
    if (list.length < 2 || !list.every((l) => l.quantity && l.amount)) continue;
    const whole = lines.find((l) => l.row === row) ?? totals.find((t) => t.row === row);
    if (!whole?.quantity || whole.quantity.value <= 0) continue;
    const counted = list.reduce((s, l) => s + (l.quantity?.value ?? 0), 0);
    if (Math.abs(counted - whole.quantity.value) < 1e-9) whole.exhaustiveParts = true;
  }
}

/**
 * A line whose outline level has deeper lines with figures under it is their subtotal: it leaves
 * the lines and becomes a category total over exactly those children.
 */
function outlined(
  lines: CompositionLine[],
  totals: CompositionTotal[],
  outline: OutlineInput[],
): { lines: CompositionLine[]; totals: CompositionTotal[] } {
  const levels = outlineLevels(outline);
  if (levels.every((l) => l === null)) return { lines, totals };
  const parents = parentsOf(levels, outline.map((o) => !!o.reset));
  const children = new Map<number, number[]>();
  const hasFigure = (l: CompositionLine) => !!l.amount || (!!l.parts && Object.values(l.parts).some((x) => x));
  parents.forEach((p, i) => {
    if (p < 0 || lines[i].partOf !== undefined) return;
    if (!hasFigure(lines[i])) return;
    // A heading with no figure of its own (`一、生产设备`) groups its lines but states no subtotal.
    if (!hasFigure(lines[p])) return;
    const list = children.get(p);
    if (list) list.push(i);
    else children.set(p, [i]);
  });
  if (children.size === 0) return { lines, totals };
  const kept: CompositionLine[] = [];
  const added: CompositionTotal[] = [];
  lines.forEach((l, i) => {
    const kids = children.get(i);
    const p = parents[i];
    if (p >= 0 && children.has(p)) l.parent = lines[p].row;
    if (!kids) {
      // A figureless heading over lines is no line either.
      if (!hasFigure(l) && parents.some((q, j) => q === i && hasFigure(lines[j]))) return;
      kept.push(l);
      return;
    }
    const t: CompositionTotal = {
      row: l.row,
      label: l.item,
      scope: "category",
      category: l.item,
      amount: l.amount,
      quantity: l.quantity,
      children: kids.map((k) => lines[k].row),
    };
    if (l.parent !== undefined) t.parent = l.parent;
    if (l.parts) t.parts = l.parts;
    if (l.measures) t.measures = l.measures;
    added.push(t);
  });
  // A parent's children that are parents themselves are counted through their own children.
  const all = [...totals, ...added].sort((a, b) => a.row - b.row);
  return { lines: kept, totals: all };
}

/**
 * One 合计 broken down two ways or more, each list under a label row of its own (`一、按投资性质分` over its lines,
 * `二、按项目领域分` over others): the lines between two labels are one list, and each list is all of the 合计 on its
 * own. Only a table of lines alone (no 小计, no 其中, no outline), every line under a label, two labels at least.
 */
function breakdownLists(lines: readonly CompositionLine[], totals: CompositionTotal[]): void {
  if (totals.length !== 1 || totals[0].scope !== "table") return;
  const lists: number[][] = [];
  for (const l of lines) {
    const figured = !!l.amount || !!l.quantity || (!!l.parts && Object.values(l.parts).some((x) => x));
    if (!figured && isBreakdownLabel(l.item)) {
      lists.push([]);
      continue;
    }
    if (!figured) continue;
    if (lists.length === 0 || l.partOf !== undefined || l.parent !== undefined) return;
    lists[lists.length - 1].push(l.row);
  }
  if (lists.length < 2 || lists.some((x) => x.length === 0)) return;
  totals[0].breakdowns = lists;
}

/** A line naming the whole of a place (全市, 全县, 全旗): what the lines under it share. */
const WHOLE_PLACE = /^全(?:省|自治区|市|州|盟|县|区|旗|镇|乡)(?:合计|总计)?$/;

/** A name that is a whole's (预算投资总额, 计划投资总额, 项目总投资): what every source below it adds up to. */
const WHOLE_NAME = /(总额|总投资)$/;

/**
 * A whole standing first under its own name (预算投资总额), no number of its own, over sources every one numbered
 * (1, 2, 3 … or 一, 二, 三 …): it is the table's total whatever its sources add up to, so a slip among them is reported.
 * A first line numbered like the rest stays a line. The lines must be sources: their column headed so (资金来源), or
 * closed by a named rest (自筹, 地方配套). A year's plan over its projects, or a total investment over the governments'
 * shares alone, may hold more than its lines (as sourcesOfWhole says), so a sum that falls short is no slip.
 */
function namedWholeApart(outline: readonly OutlineInput[], lineHeading: string): boolean {
  const [first, ...rest] = outline;
  if (!first?.label || !WHOLE_NAME.test(first.label.replace(/\s+/g, "")) || rest.length < 2) return false;
  const numbered = (o: OutlineInput) => numberingLevel(o.number ?? null) !== null || (!!o.label && outlineLevel(o.label) !== null);
  if (numbered(first) || !rest.every(numbered)) return false;
  const heading = lineHeading.replace(/\s+/g, "");
  const last = rest[rest.length - 1].label?.replace(/\s+/g, "") ?? "";
  return SOURCES_HEADING.includes(heading) || heading.includes("来源") || last.includes("自筹") || LOCAL_REST.includes(last);
}

/**
 * A whole written first under its own name, no 合计 anywhere (和田地区 over its counties, 全市 over its
 * districts): the first line whose amount is exactly the sum of every line's below it, three or more of
 * them, is the table's total, so its other columns are checked against theirs too. Named the whole of a place
 * (全市 over 市本级 | 旗县区), two lines under it do.
 */
function wholeFirst(lines: CompositionLine[], outline: OutlineInput[], totals: CompositionTotal[], lineHeading: string): void {
  if (totals.length > 0 || lines.length < 3) return;
  const [first, ...rest] = lines;
  if (!first.amount || first.partOf !== undefined || rest.some((l) => l.partOf !== undefined)) return;
  const below = rest.filter((l) => l.amount);
  if (below.length < (WHOLE_PLACE.test(first.item.replace(/\s+/g, "")) ? 2 : 3)) return;
  const cents = (n: number) => Math.round(n * 100);
  const sum = below.reduce((s, l) => s + cents((l.amount as Figure).value), 0);
  if (sum !== cents(first.amount.value) && !namedWholeApart(outline, lineHeading)) return;
  lines.shift();
  outline.shift();
  const total: CompositionTotal = { row: first.row, label: first.item, scope: "table", category: null, amount: first.amount, quantity: first.quantity };
  if (first.parts) total.parts = first.parts;
  if (first.measures) total.measures = first.measures;
  totals.push(total);
}
