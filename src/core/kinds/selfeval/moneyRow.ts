/**
 * The older scoring template of a self-evaluation (项目绩效自评表): its money stated in one row of label | value
 * pairs (计划投资额 | 570 | 实际到位资金 | 398.88 | 实际使用情况 | 395.86), a form's head row no header reading
 * takes, and its scored indicators (一级指标 | 分值 | … | 三级指标 | 分值 | 得分) below. The money row opens the form.
 */
import type { GridReader } from "../../grid";
import type { ColumnRead } from "../../tables/base";
import { EMPTY_CONTEXT } from "../../tables/header";
import { readHeaderText } from "../../tables/normalise";
import type { TableSpec } from "../../tables/spec";
import { moneyPairs } from "./moneyPairs";
import { findIndicatorHeader, SEARCH } from "./read";

/**
 * A self-evaluation opening with its money in one row (the money planned and the money used, each label followed
 * by its figure) over a scored indicator block (分值 and 得分) a few rows below; null for any other row.
 */
export function moneyRowForm(reader: GridReader, row: number): TableSpec[] | null {
  const pairs = moneyPairs(reader, row);
  if (!pairs.some((p) => p.key === "budget") || !pairs.some((p) => p.key === "actual")) return null;
  const found = findIndicatorHeader(reader, row + 1, Math.min(reader.lastRow, row + SEARCH));
  if (!found || found.map.weight === undefined || found.map.score === undefined) return null;
  const c0 = Math.min(...pairs.map((p) => p.labelCol));
  const c1 = Math.max(...pairs.map((p) => p.valueCol));
  const columns: ColumnRead[] = [];
  for (let c = c0; c <= c1; c++) {
    const pair = pairs.find((p) => p.labelCol === c || p.valueCol === c);
    const col: ColumnRead = { col: c, header: pair?.label ?? "", field: null };
    if (pair && pair.valueCol === c && pair.key !== "received") {
      col.field = pair.key;
      col.evidence = { key: readHeaderText(pair.label).key, word: null, how: "exact", score: 1, fit: null };
    }
    const unit = pair ? readHeaderText(pair.label).unit : undefined;
    if (unit) col.unit = unit;
    columns.push(col);
  }
  return [
    {
      reader,
      kind: "selfeval",
      headerTop: row,
      headerRows: 1,
      c0,
      c1,
      columns,
      periods: columns.map(() => null),
      headerUnit: null,
      limit: reader.lastRow,
      manual: false,
      score: 2,
      context: EMPTY_CONTEXT(reader.name),
      unit: "元",
      unitSource: "default",
    },
  ];
}
