/**
 * Reading a 项目支出绩效自评表. The header recognition finds its budget block (年初预算数, 全年预算数,
 * 全年执行数, 分值, 执行率, 得分); the rows under it are 年度资金总额 and its `其中` lines, named in a
 * column whose heading is blank or a side label (`项目资金（万元）`). Below, past the 年度总体目标
 * rows, the indicator block has its own header (one or two rows: 一级/二级/三级指标, 年度指标值,
 * 实际完成值, 分值, 得分, 偏差原因); its rows run to 总分 (or 合计). The whole form is one table.
 */
import { a1, isBlank, type Cell, type GridReader } from "../../grid";
import { textOf, figureAt } from "../../tables/figures";
import { scoreHeading } from "../../tables/meaning";
import { readHeaderText } from "../../tables/normalise";
import { isNoteText, partLabel, totalWord } from "../../tables/rows";
import type { TableSpec } from "../../tables/spec";
import type { Figure } from "../../tables/base";
import type { ReadEnv } from "../define";
import { INDICATOR_COLUMNS, type IndicatorColumn, type SelfevalField } from "./fields";
import { moneyInHeaderRow } from "./moneyPairs";
import { isComparison, isReverse } from "./target";
import type { FundLine, Indicator, SelfevalTable } from "./types";

/** Rows below the budget block searched for the indicator header. */
export const SEARCH = 14;
const FUND_WORDS = /(资金|拨款|结转|总额|其他|财政|专户|单位|自筹|经费)/;
// The form's sign-off lines (单位领导审签：, 填报人：) close it as its sections do.
const SECTION = /^(年度总体目标|总体目标|项目基本情况|绩效指标|评价结论|存在问题|改进措施|其他说明|项目负责人|财务负责人|联系人|单位领导|单位负责人|填报人|审核人|审签)/;
const PLACEHOLDER = /^(指标\d*[:：]?|…+|\.{3,}|-+|—+)$/;

export interface SelfevalRead {
  funds: FundLine[];
  indicators: Indicator[];
  total: SelfevalTable["total"];
  project: string | null;
  /** The weight the headings state for the budget block (`得分（20分*执行率）`), when no cell does. */
  headerWeight: number | null;
  budgetReason?: { cell: string; text: string | null };
  end: number;
  c1: number;
}

function text(reader: GridReader, row: number, col: number | undefined): string | null {
  return col === undefined ? null : textOf(reader.value(row, col));
}

/** A number of points or money read from a cell: `—` and `/` are nothing. A weight may be a percent (30% is 30 points). */
function number(reader: GridReader, env: ReadEnv, row: number, col: number | undefined, unit: "元" | "万元" | "亿元" | null, points = false): Figure | null {
  if (col === undefined) return null;
  const m = reader.merge(row, col);
  if (m && (m.r0 !== row || m.c0 !== col)) return null;
  const v = reader.raw(row, col);
  if (isBlank(v)) return null;
  const kind = unit ? "amount" : points ? "points" : "count";
  return figureAt(reader, env.ctx, row, col, v, unit ? "actual" : "weight", kind, unit ?? "元", "selfeval").figure;
}

/** Rows above the money block searched for the form's own score. */
const HEAD_ROWS = 6;
/** The form's own score in its head rows; another's (财政审核评分) is no total of these scores. */
const HEAD_SCORE = /^(自评得分|自评总分|自评分数|总得分|总分)[:：]?$/;
const HEAD_SCORE_IN_CELL = /^(自评得分|自评总分|自评分数|总得分|总分)[:：](\d+(?:\.\d+)?)分?$/;
/** Points closing a level's label (`数量指标15分`): the level's share of the 100. */
const LABEL_POINTS = /(\d+(?:\.\d+)?)分$/;

/**
 * The form's score stated in its head rows (`自评得分 | 96.71` beside the project's name) when no
 * 总分 row closes the indicators: the label, then the first figure right of it on its row.
 */
function headScore(reader: GridReader, env: ReadEnv, spec: TableSpec): SelfevalTable["total"] {
  for (let row = spec.headerTop - 1; row >= Math.max(0, spec.headerTop - HEAD_ROWS); row--) {
    if (reader.isBlankRow(row)) break;
    for (let col = spec.c0; col <= reader.lastCol; col++) {
      const label = text(reader, row, col);
      if (!label) continue;
      // The label and its score in one cell (`自评总分：95`).
      const inCell = HEAD_SCORE_IN_CELL.exec(label.replace(/\s/g, ""));
      if (inCell) {
        const value = Number(inCell[2]);
        return { row, label: inCell[1], weight: null, score: { value, cell: a1(row, col), row, col, decimals: (inCell[2].split(".")[1] ?? "").length } };
      }
      if (!HEAD_SCORE.test(label.replace(/\s/g, ""))) continue;
      for (let c = col + 1; c <= reader.lastCol; c++) {
        if (isBlank(reader.raw(row, c))) continue;
        const score = number(reader, env, row, c, null);
        return score ? { row, label, weight: null, score } : null;
      }
      return null;
    }
  }
  return null;
}

export function readSelfeval(spec: TableSpec, env: ReadEnv): SelfevalRead {
  const { reader } = spec;
  const cols: Partial<Record<SelfevalField, number>> = {};
  for (const c of spec.columns) if (c.field && !c.part && cols[c.field as SelfevalField] === undefined) cols[c.field as SelfevalField] = c.col;
  const unit = spec.unit;
  let headerWeight: number | null = null;
  for (const c of spec.columns) {
    for (const label of c.header.split(" / ")) {
      const h = readHeaderText(label);
      if (h.points !== undefined && (c.field === "score" || c.field === "weight" || c.col === spec.c0 || c.field === "line")) headerWeight ??= h.points;
    }
  }

  // A form scoring its indicators alone (部门整体支出绩效自评表): no money, its header the indicators'.
  const money = cols.budget ?? cols.initialBudget ?? cols.actual ?? cols.forecast;
  const alone = money === undefined && isIndicatorHeader(reader, spec.headerTop) >= 3;
  // Block 1: 年度资金总额 and its parts.
  const funds: FundLine[] = [];
  let r = spec.headerTop + spec.headerRows;
  let end = r - 1;
  // The money in the header row itself (计划投资额 | 570 | … | 实际使用情况 | 395.86): the form's one line of money;
  // the 其中 lines under its labels are not read.
  const inRow = moneyInHeaderRow(spec, cols.budget);
  if (inRow) {
    const h = spec.headerTop;
    const label = text(reader, h, spec.c0) ?? "";
    funds.push({
      row: h, label, labelCell: a1(h, spec.c0), part: false, initialBudget: null,
      budget: number(reader, env, h, cols.budget, unit), actual: number(reader, env, h, cols.actual, unit), weight: null, rate: null, score: null,
    });
  }
  for (; !alone && !inRow && r <= spec.limit; r++) {
    if (reader.isBlankRow(r)) break;
    const label = text(reader, r, cols.line) ?? text(reader, r, spec.c0);
    const side = text(reader, r, spec.c0);
    if (!label || SECTION.test(label) || (side !== null && SECTION.test(side)) || isIndicatorHeader(reader, r) >= 3) break;
    // A row that names no funds and holds no figure ends the block (before its text is read as figures).
    if (!FUND_WORDS.test(label) && !hasNumber(reader, r, spec.c0, spec.c1)) break;
    const figs = {
      initialBudget: number(reader, env, r, cols.initialBudget, unit),
      budget: number(reader, env, r, cols.budget, unit),
      actual: number(reader, env, r, cols.actual, unit),
      ...(cols.forecast !== undefined ? { forecast: number(reader, env, r, cols.forecast, unit) } : {}),
      weight: number(reader, env, r, cols.weight, null, true),
      rate: rateAt(reader, env, r, cols.rate),
      score: number(reader, env, r, cols.score, null),
    };
    const any = Object.values(figs).some((f) => f !== null);
    if (!any && !FUND_WORDS.test(label)) break;
    const part = funds.length > 0;
    funds.push({ row: r, label: (partLabel(label) ?? label).replace(/[:：]$/, ""), labelCell: a1(r, cols.line ?? spec.c0), part, ...figs });
    end = r;
  }

  // Block 2: the indicators, under their own header further down.
  const indicators: Indicator[] = [];
  let total: SelfevalTable["total"] = null;
  let c1 = spec.c1;
  const from = alone ? spec.headerTop : end + 1;
  const found = findIndicatorHeader(reader, from, Math.min(reader.lastRow, from + SEARCH));
  // The level label each indicator is under, for points written in it (数量指标15分).
  const levelOf = new Map<Indicator, { text: string; cell: string; row: number; col: number } | null>();
  if (found) {
    const { header, rows } = found;
    let map = found.map;
    let levelCell: { text: string; cell: string; row: number; col: number } | null = null;
    c1 = Math.max(c1, ...Object.values(map));
    let level1: string | null = null;
    let level2: string | null = null;
    let blanks = 0;
    for (let row = header + rows; row <= reader.lastRow; row++) {
      if (reader.isBlankRow(row)) {
        if (++blanks >= 2) break;
        continue;
      }
      blanks = 0;
      // A further block under its own header (项目权重 | 评价内容 | 分值 above 一级指标 | 二级指标 | …): its columns from here on.
      if (row > header + rows - 1 && isIndicatorHeader(reader, row) >= 3) {
        const next = findIndicatorHeader(reader, row, row);
        if (next) {
          map = next.map;
          c1 = Math.max(c1, ...Object.values(map));
          level1 = level2 = levelCell = null;
          row += next.rows - 1;
          end = row;
          continue;
        }
      }
      const first = firstText(reader, row, spec.c0, c1);
      if (first && (isNoteText(first) || SECTION.test(first) && row > header + rows)) {
        if (!/^绩效指标/.test(first)) break;
      }
      const totalLabel = [map.level1, map.level2, map.level3, spec.c0]
        .map((c) => (c === undefined ? null : text(reader, row, c)))
        .find((t) => t !== null && (totalWord(t) === "table" || /^总分/.test(t)));
      const weight = number(reader, env, row, map.weight, null, true);
      const score = number(reader, env, row, map.score, null);
      if (totalLabel) {
        total = { row, label: totalLabel, weight, score };
        end = row;
        break;
      }
      const l1 = text(reader, row, map.level1);
      const l2 = text(reader, row, map.level2);
      if (l1) level1 = l1;
      if (l2) level2 = l2;
      // A label merged down over its indicators is one label: its top row's cell.
      const labelAt = (t: string, col: number) => {
        const top = reader.merge(row, col)?.r0 ?? row;
        return { text: t, cell: a1(top, col), row: top, col };
      };
      if (l1 && map.level1 !== undefined) levelCell = labelAt(l1, map.level1);
      if (l2 && map.level2 !== undefined) levelCell = labelAt(l2, map.level2);
      const name = text(reader, row, map.level3);
      const target = textOrNumber(reader, row, map.target);
      const actual = textOrNumber(reader, row, map.actual);
      if (!name && weight === null && score === null) continue;
      // In a scored block, a row with no points, value or result is a heading (项目年度目标1：…), no indicator.
      if ((map.weight !== undefined || map.score !== undefined) && weight === null && score === null && target === null && actual === null) continue;
      if (name && PLACEHOLDER.test(name.replace(/\s/g, "")) && target === null && actual === null && weight === null && score === null) {
        end = row;
        continue;
      }
      // The comparison is in whichever of 指标性质 / 指标方向 states one; a direction word (正向) is none, and 反向 over a
      // bare figure makes it a maximum.
      const opCells = [text(reader, row, map.targetOp), text(reader, row, map.targetDir)];
      const op = opCells.find(isComparison) ?? (typeof target === "number" && opCells.some(isReverse) ? "≤" : map.targetDir === undefined ? opCells[0] : null);
      const measure = text(reader, row, map.targetUnit);
      const targetText = target === null ? null : `${op ?? ""}${target}${measure && typeof target === "number" ? measure : ""}`;
      const actualText = actual === null ? null : `${actual}${measure && typeof actual === "number" ? measure : ""}`;
      const ind: Indicator = {
        row,
        level1,
        level2,
        name: name ?? level2 ?? level1 ?? "",
        nameCell: a1(row, map.level3 ?? map.level2 ?? spec.c0),
        target: targetText,
        targetCell: map.target === undefined ? null : a1(row, map.target),
        actual: actualText,
        actualCell: map.actual === undefined ? null : a1(row, map.actual),
        weight,
        score,
        reason: text(reader, row, map.reason),
        reasonCell: map.reason === undefined ? null : a1(row, map.reason),
      };
      indicators.push(ind);
      levelOf.set(ind, levelCell);
      end = row;
    }
  }
  labelPoints(indicators, levelOf);
  total ??= headScore(reader, env, spec);
  const out: SelfevalRead = { funds, indicators, total, project: projectName(spec.context.lines), headerWeight, end, c1 };
  const head = funds.find((f) => !f.part);
  if (cols.reason !== undefined && head) out.budgetReason = { cell: a1(head.row, cols.reason), text: text(reader, head.row, cols.reason) };
  return out;
}

/**
 * An indicator with no 分值 of its own, alone under a level whose label states points (数量指标15分):
 * those points are its 分值. Several under one label share them in a way the form does not state.
 */
function labelPoints(indicators: Indicator[], levelOf: Map<Indicator, { text: string; cell: string; row: number; col: number } | null>): void {
  for (const ind of indicators) {
    const level = levelOf.get(ind);
    if (ind.weight || !level) continue;
    const m = LABEL_POINTS.exec(level.text.replace(/\s/g, ""));
    if (!m || indicators.filter((o) => levelOf.get(o)?.cell === level.cell).length !== 1) continue;
    ind.weight = { value: Number(m[1]), cell: level.cell, row: level.row, col: level.col, decimals: (m[1].split(".")[1] ?? "").length };
  }
}

function hasNumber(reader: GridReader, row: number, c0: number, c1: number): boolean {
  for (let c = c0; c <= c1; c++) {
    const v = reader.raw(row, c);
    if (typeof v === "number" || (typeof v === "string" && /^[\s-]*[\d,]+(\.\d+)?\s*%?$/.test(v))) return true;
  }
  return false;
}

function rateAt(reader: GridReader, env: ReadEnv, row: number, col: number | undefined): Figure | null {
  if (col === undefined) return null;
  const v = reader.raw(row, col);
  if (isBlank(v)) return null;
  return figureAt(reader, env.ctx, row, col, v, "rate", "rate", "元", "selfeval").figure;
}

function textOrNumber(reader: GridReader, row: number, col: number | undefined): string | number | null {
  if (col === undefined) return null;
  const v: Cell = reader.value(row, col);
  if (isBlank(v)) return null;
  return typeof v === "number" ? v : String(v).trim();
}

function firstText(reader: GridReader, row: number, c0: number, c1: number): string | null {
  for (let c = c0; c <= c1; c++) {
    const t = textOf(reader.value(row, c));
    if (t) return t;
  }
  return null;
}

/** How many indicator headings a row holds (一级指标, 三级指标, 年度指标值 …). */
function isIndicatorHeader(reader: GridReader, row: number): number {
  const seen = new Set<IndicatorColumn>();
  for (let c = reader.firstCol; c <= reader.lastCol; c++) {
    const t = textOf(reader.value(row, c));
    if (!t || t.length > 16) continue;
    const h = readHeaderText(t);
    for (const [key, meaning] of Object.entries(INDICATOR_COLUMNS) as [IndicatorColumn, (typeof INDICATOR_COLUMNS)[IndicatorColumn]][]) {
      const m = scoreHeading(h, meaning);
      if (m && m.score >= 0.8) seen.add(key);
    }
  }
  return seen.size;
}

/** The indicator header (one or two rows) and which column holds what. */
export function findIndicatorHeader(
  reader: GridReader,
  from: number,
  to: number,
): { header: number; rows: number; map: Partial<Record<IndicatorColumn, number>> } | null {
  for (let r = from; r <= to; r++) {
    if (isIndicatorHeader(reader, r) < 3) continue;
    const rows = r + 1 <= reader.lastRow && isIndicatorHeader(reader, r + 1) >= 2 ? 2 : 1;
    const scored: { col: number; key: IndicatorColumn; score: number }[] = [];
    for (let c = reader.firstCol; c <= reader.lastCol; c++) {
      // The lower row names the column when it has a label; the upper one otherwise.
      const texts = [rows === 2 ? textOf(reader.value(r + 1, c)) : null, textOf(reader.value(r, c))].filter((t): t is string => !!t);
      for (const t of texts) {
        const h = readHeaderText(t);
        for (const [key, meaning] of Object.entries(INDICATOR_COLUMNS) as [IndicatorColumn, (typeof INDICATOR_COLUMNS)[IndicatorColumn]][]) {
          const m = scoreHeading(h, meaning);
          if (m && m.score >= 0.6) scored.push({ col: c, key, score: m.score + (t === texts[0] ? 0.01 : 0) });
        }
        if (texts.length > 1 && t === texts[0] && scored.some((s) => s.col === c && s.score >= 0.8)) break;
      }
    }
    scored.sort((a, b) => b.score - a.score || a.col - b.col);
    const map: Partial<Record<IndicatorColumn, number>> = {};
    const used = new Set<number>();
    for (const s of scored) {
      if (map[s.key] !== undefined || used.has(s.col)) continue;
      map[s.key] = s.col;
      used.add(s.col);
    }
    // A 分值 beside each level (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分): the upper levels' are sums of
    // the lower; each score is checked against the 分值 of the indicator itself, the first right of 三级指标.
    const level3 = map.level3;
    if (level3 !== undefined && map.weight !== undefined && map.weight < level3) {
      const own = scored.find((s) => s.key === "weight" && s.col > level3 && s.score >= 0.8 && (map.score === undefined || s.col < map.score));
      if (own) map.weight = own.col;
    }
    return { header: r, rows, map };
  }
  return null;
}

/** 项目名称 as the form's head states it. */
function projectName(lines: readonly string[]): string | null {
  for (const l of lines) {
    const m = /项目名称\s*[:：]?\s*(.+)$/.exec(l);
    if (m) return m[1].trim();
  }
  return null;
}

