/**
 * The caption above a table: the lines of text just over its header, where staff write the unit
 * (`（单位：万元）`), the year, and for a budget composition the approved total
 * (`2022 年项目总投入预算 20,000 万元，用于…`).
 */
import { isBlank, type GridReader } from "../grid";
import { toHalfWidth } from "../text";
import { toYuan, unitInText, parseUnit, type Unit } from "../units";

export interface Caption {
  /** Caption lines top to bottom, joined with a space. */
  text: string;
  /** The unit the nearest line states. */
  unit: Unit | null;
}

const MAX_LINES = 2;
const MAX_GAP = 2;

/**
 * Text-only rows with at most three filled cells, directly above `headerTop` (blank rows between
 * allowed), no higher than `floor` (the end of the table above).
 */
export function captionAbove(reader: GridReader, headerTop: number, floor: number): Caption | null {
  const lines: string[] = [];
  let unit: Unit | null = null;
  let gap = 0;
  for (let r = headerTop - 1; r >= floor && lines.length < MAX_LINES; r--) {
    if (reader.isBlankRow(r)) {
      if (++gap > MAX_GAP) break;
      continue;
    }
    const parts: string[] = [];
    let textOnly = true;
    for (let c = reader.firstCol; c <= reader.lastCol; c++) {
      const v = reader.raw(r, c);
      if (isBlank(v)) continue;
      if (typeof v !== "string") textOnly = false;
      parts.push(String(v).trim());
    }
    if (!textOnly || parts.length > 3) break;
    const line = parts.join(" ");
    lines.unshift(line);
    unit ??= unitInText(line);
    gap = 0;
  }
  return lines.length ? { text: lines.join(" "), unit } : null;
}

/** The approved budget a caption states, in 元: `总投入预算 20,000 万元` → 200,000,000. */
export function approvedBudgetIn(caption: string): { value: number; text: string } | null {
  const t = toHalfWidth(caption);
  const m = /(总投入|总预算|预算总额|总投资|预算)[^\d。；;]{0,12}?(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)/.exec(t);
  if (!m) return null;
  const value = Number(m[2].replace(/,/g, ""));
  const unit = parseUnit(m[3]);
  if (!Number.isFinite(value) || !unit) return null;
  // The clause the figure stands in, from the last sentence break before it.
  let start = 0;
  for (const stop of [",", "。", ":", ";"]) start = Math.max(start, t.lastIndexOf(stop, m.index) + 1);
  return { value: toYuan(value, unit), text: t.slice(start, m.index + m[0].length).trim() };
}

/** The last year a caption names (`2019-2021 各年度…` → 2021), for a table with no year column. */
export function captionYear(caption: string): number | null {
  const years = [...toHalfWidth(caption).matchAll(/(19|20)\d{2}/g)].map((m) => Number(m[0]));
  return years.length ? years[years.length - 1] : null;
}
