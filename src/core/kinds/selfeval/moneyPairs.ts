/** The label | figure pairs of a self-evaluation's money row (计划投资额 | 570 | 实际到位资金 | 398.88 | 实际使用情况 | 395.86). */
import { isBlank, type Cell, type GridReader } from "../../grid";
import { isFigure } from "../../amount";
import { scoreHeading } from "../../tables/meaning";
import { readHeaderText } from "../../tables/normalise";
import type { TableSpec } from "../../tables/spec";
import { MONEY_ROW } from "./fields";

type MoneyKey = keyof typeof MONEY_ROW;
export interface MoneyPair {
  key: MoneyKey;
  label: string;
  labelCol: number;
  valueCol: number;
}

function moneyKey(text: string): MoneyKey | null {
  if (text.length > 16) return null;
  const h = readHeaderText(text);
  for (const key of Object.keys(MONEY_ROW) as MoneyKey[]) {
    const m = scoreHeading(h, MONEY_ROW[key]);
    if (m && m.score >= 0.8) return key;
  }
  return null;
}

/** The row's label | figure pairs of money, each label's figure the next filled cell right of it. */
export function moneyPairs(reader: GridReader, row: number): MoneyPair[] {
  const cells: { col: number; v: Cell }[] = [];
  for (let c = reader.firstCol; c <= reader.lastCol; c++) {
    const m = reader.merge(row, c);
    if (m && (m.r0 !== row || m.c0 !== c)) continue;
    const v = reader.raw(row, c);
    if (!isBlank(v)) cells.push({ col: c, v });
  }
  const pairs: MoneyPair[] = [];
  for (let i = 0; i + 1 < cells.length; i++) {
    const { col, v } = cells[i];
    if (typeof v !== "string" || !isFigure(cells[i + 1].v)) continue;
    const key = moneyKey(v.trim());
    if (key && !pairs.some((p) => p.key === key)) pairs.push({ key, label: v.trim(), labelCol: col, valueCol: cells[i + 1].col });
  }
  return pairs;
}

/** Whether the spec's header row holds the money itself (the money row above), not headings over it. */
export function moneyInHeaderRow(spec: TableSpec, budgetCol: number | undefined): boolean {
  if (budgetCol === undefined || spec.headerRows !== 1) return false;
  return moneyPairs(spec.reader, spec.headerTop).some((p) => p.key === "budget" && p.valueCol === budgetCol);
}
