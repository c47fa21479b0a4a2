/**
 * A header's columns as every step of the reading sees them: each column's heading stack (Label,
 * ColumnLabels), the values sampled under the header, a column scored for a field (Scored), and
 * the small accessors every pass shares (leafOf, parentOf, facts, labelKey). Apart from header.ts
 * so that the passes share them without importing the entry points.
 */
import type { Period } from "../amount";
import { isBlank, type Cell, type CellRange, type GridReader } from "../grid";
import type { Unit } from "../units";
import type { Field } from "../kinds/index";
import type { ColumnEvidence } from "./base";
import type { WordMatch } from "./meaning";
import { readHeaderText, type HeaderText } from "./normalise";
import { classifyRow, outlineHeadingRow } from "./rows";

/** One label in a column's heading stack. */
export interface Label {
  raw: string;
  h: HeaderText;
  /** The merged area the label comes from, when it spans several columns (a group label). */
  group: CellRange | null;
}

export interface ColumnLabels {
  col: number;
  /** Distinct labels top to bottom. */
  levels: Label[];
}

const SAMPLE_ROWS = 30;

/** Fields of these value types name or describe a row; they never hold a figure in a money unit. */
export const TEXT_VALUES = new Set(["text", "label", "enterprise", "place", "seq", "code", "year", "date", "creditCode", "capType"]);
export const TOTAL_LABEL = /^(合计|小计|总计|共计|总额|合计数|小计数|total|subtotal)$/;
/** A column of money totals: a total word alone, or ending a heading (资金总额, 项目资金总额, 经费合计). */
export const TOTAL_COLUMN = /^(合计|小计|总计|共计|总额|合计数|小计数|total|subtotal)$|.(总额|合计|总计)$/;
/** A project's total investment (总投资, 计划总投资, 总投入, 投入资金): a whole when sources of funds follow it. */
export const INVESTMENT_TOTAL = /^(项目)?(计划)?(总投资|总投入|投入资金|总投入资金|总资金)$/;
/** The whole put in (总投入), last after the shares put in (财政投入 | 企业投入 | 总投入): their total, as a 合计 after them. */
export const PUT_IN_TOTAL = /^(项目)?总投入(资金)?$/;
/**
 * A source of funds (中央投资, 省级匹配, 州县配套, 自筹资金, 中央财政…专项资金 naming the fund a treasury pays):
 * who pays a share of the investment, one level or two joined (中央和省级补助资金). The owners' own money may name
 * several owners (地方及企业自筹), or the body building the project (建设单位自筹, 业主自筹), or close a list of what the
 * owners put in (群众投劳折合、贷款及自筹). A treasury's fund may be named with no level (财政扶贫资金), or by the nation's
 * (国家以工代赈资金); 财政资金 alone only beside a total investment (partColumns).
 */
export const FUND_SOURCE =
  /^(中央|国家|省|省级|省本级|自治区|市|市级|州|州级|市县|州县|县|县级|县区|区|区级|地方|乡镇)([和及]?(省级?|自治区|市级?|县级?|区级?))?(财政|预算内|统筹整合|统筹|整合)?(投资|资金|补助|补助资金|配套|配套资金|匹配|匹配资金|投入)$|^(中央|省|省级|市|市级|县|县级)财政.{0,16}资金$|^((群众|农民|农户|村民|企业|单位|村集体|村级|村|项目单位|实施单位|建设单位|业主|业主单位|地方)[及和与、]?){0,2}自筹(资金)?$|^(银行)?贷款$|^((中央|国家)(财政)?|财政)(专项|扶贫|专项扶贫|衔接|补助|奖补|以工代赈){1,2}资金$|^((群众|农民|农户|村民|企业|单位|村集体|银行)?(投劳|投劳折资|投劳折合|贷款|捐资|捐赠|自筹)[、，,及和与]?){1,4}自筹(资金)?$/;
/** Others' money (其他投入, 其他资金): the rest of an investment no source before it pays, closing them as 自筹 does. */
export const OTHER_MONEY = /^其[他它](投入|资金|投资)$/;
/** The owners' own money (自筹, 农民自筹): the rest of an investment its governments do not pay. */
export const SELF_RAISED = /自筹(资金)?$/;
/** Money no level of government pays: the owners' own, others' (其他资金), loans (银行贷款), donations (社会捐赠). */
export const nonGovernment = (key: string): boolean => SELF_RAISED.test(key) || OTHER_MONEY.test(key) || /(贷款|捐赠|捐资|社会资金)$/.test(key);
/**
 * Local money (地方投资, 地方配套): the rest of an investment beyond the fund it sits beside, when the title names no fund
 * (…项目投资计划表: the plan is of the investment itself).
 */
export const LOCAL_MONEY = /^地方(财政)?(投资|资金|配套|配套资金|投入)$/;
/** A column of remarks: text by nature, however empty its first rows. */
/** A yes/no question heading a column (是否开工, 资金是否按计划支付, 有无调整): a flag, no field of any kind. */
export const FLAG_HEAD = /是否|^有无/;
export const REMARK = /^(备注|说明|注释|附注)$/;
/** A budget classification or code column (支出功能科目 2240851, 科目编码): its figures are codes, no money. */
export const CLASSIFICATION = /(科目|编码|代码)$/;

export function cellText(v: Cell): string {
  if (isBlank(v)) return "";
  return String(v).replace(/\s+/g, " ").trim();
}

/** Heading stacks of the columns c0..c1 over header rows [top, top + rows). */
export function columnLabels(reader: GridReader, top: number, rows: number, c0: number, c1: number): ColumnLabels[] {
  const out: ColumnLabels[] = [];
  // A year or 其中 written once over a group whose cells are not merged applies to its group.
  const carry: (Label | null)[] = new Array(rows).fill(null);
  for (let c = c0; c <= c1; c++) {
    const levels: Label[] = [];
    for (let r = top; r < top + rows; r++) {
      const m = reader.merge(r, c);
      if (m && m.r0 < top) continue; // a merge from above the header is no label of it
      const v = m ? reader.raw(m.r0, m.c0) : reader.raw(r, c);
      let label: Label | null = null;
      if (!isBlank(v)) {
        const raw = cellText(v);
        label = { raw, h: readHeaderText(raw), group: m && m.c1 > m.c0 ? m : null };
        carry[r - top] = r < top + rows - 1 && (label.h.yearOnly || (label.h.part && label.h.key === "")) ? label : null;
      } else if (r < top + rows - 1 && carry[r - top] && hasLabelBelow(reader, r + 1, top + rows, c)) {
        label = carry[r - top];
      } else {
        carry[r - top] = null;
      }
      if (!label) continue;
      const prev = levels[levels.length - 1];
      if (prev && prev.raw === label.raw && (prev.group === label.group || (m && m.r0 < r))) continue;
      levels.push(label);
    }
    out.push({ col: c, levels });
  }
  return out;
}

function hasLabelBelow(reader: GridReader, from: number, to: number, c: number): boolean {
  for (let r = from; r < to; r++) if (!isBlank(reader.value(r, c))) return true;
  return false;
}

/** Values of the first rows under the header, per column, for the fit test. */
export function sampleValues(reader: GridReader, first: number, limit: number, c0: number, c1: number) {
  const values: Cell[][] = [];
  const formats: (string | null)[][] = [];
  // Whether a column holds a label merged down over several rows of the body (A 邮轮经济 over A4:A9).
  const down: boolean[] = [];
  for (let c = c0; c <= c1; c++) {
    values.push([]);
    formats.push([]);
    down.push(false);
  }
  let taken = 0;
  let figures = false;
  // How many rows were taken when the last row with a figure was: rows after it with none (四、监督电话,
  // 电话号码：…, the office's name and date under an allocation) are the document's tail, not values of its columns.
  let lastFigures = 0;
  // Section subtotal rows (一、省直部门小计) among the rows sampled: recipients grouped by section, as an allocation's.
  let subtotals = 0;
  for (let r = first; r <= limit && taken < SAMPLE_ROWS; r++) {
    const cls = classifyRow(reader, r, c0, c1);
    if (cls.kind === "blank") continue;
    if (cls.kind === "total" && cls.scope === "category") subtotals++;
    // A section heading of the table's outline merged across (一、支持制造业发展，…) heads the rows under it (body.ts).
    if (cls.kind === "note" && outlineHeadingRow(reader, r, c0, c1)) continue;
    if (cls.kind === "note") break;
    // After rows with figures, a row of three or more texts and no figure starts another block — even
    // one read as a total for the 合计 among its headings (序号 | 盟市 | 合计 | …: the next table's header,
    // whose lines are no values of these columns).
    if (cls.kind !== "data" && !(figures && cls.kind === "total")) continue;
    const kinds = rowKinds(reader, r, c0, c1);
    // A row answering yes or no (是否存在质量问题 | … | 否 | 否) is a row of values, not another block's header.
    if (figures && kinds.texts >= 3 && kinds.numbers === 0 && kinds.answers === 0) break;
    if (cls.kind !== "data") continue;
    if (kinds.numbers > 0) figures = true;
    taken++;
    if (kinds.numbers > 0) lastFigures = taken;
    for (let c = c0; c <= c1; c++) {
      // A text merged across columns (a sign-off or section line under the table) is its first
      // column's value only: the columns it spans hold nothing of their own.
      const m = reader.merge(r, c);
      const spanned = !!m && m.c1 > m.c0 && c !== m.c0;
      // Only merges starting in the body: one from the header down is a side label (sideCols).
      if (m && m.c0 === c && m.c1 === c && m.r1 > m.r0 && m.r0 >= first) down[c - c0] = true;
      values[c - c0].push(spanned ? null : reader.value(r, c));
      formats[c - c0].push(spanned ? null : reader.numberFormat(r, c));
    }
  }
  if (figures && lastFigures < taken) {
    for (const v of values) v.length = lastFigures;
    for (const f of formats) f.length = lastFigures;
  }
  return { values, formats, down, subtotals };
}

/** A yes/no answer written as a value (否 under a place's heading, 是 as a target): no heading's word. */
export const YES_NO = /^\s*(是|否|有|无)\s*$/;

function rowKinds(reader: GridReader, row: number, c0: number, c1: number): { texts: number; numbers: number; answers: number } {
  let texts = 0;
  let numbers = 0;
  let answers = 0;
  for (let c = c0; c <= c1; c++) {
    const v = reader.raw(row, c);
    if (isBlank(v)) continue;
    if (typeof v === "number" || (typeof v === "string" && /^[\s¥￥-]*[\d,]+(\.\d+)?\s*%?$/.test(v))) numbers++;
    else {
      texts++;
      if (typeof v === "string" && YES_NO.test(v)) answers++;
    }
  }
  return { texts, numbers, answers };
}

export interface Scored {
  col: number;
  field: Field;
  score: number;
  match: WordMatch | null;
  how: ColumnEvidence["how"];
  fit: number | null;
  heading: number;
  year: number | undefined;
}

export function facts(cl: ColumnLabels): { year?: number; unit?: Unit; measure?: string; period?: Period; part: boolean } {
  const out: { year?: number; unit?: Unit; measure?: string; period?: Period; part: boolean } = { part: false };
  for (let i = cl.levels.length - 1; i >= 0; i--) {
    const h = cl.levels[i].h;
    out.year ??= h.year;
    out.unit ??= h.unit;
    out.measure ??= h.measure;
    out.period ??= h.period;
    if (h.part) out.part = true;
  }
  return out;
}

export function leafOf(cl: ColumnLabels): Label | null {
  for (let i = cl.levels.length - 1; i >= 0; i--) if (!cl.levels[i].h.yearOnly && cl.levels[i].h.key !== "") return cl.levels[i];
  return null;
}

export function parentOf(cl: ColumnLabels, leaf: Label): Label | null {
  const i = cl.levels.indexOf(leaf);
  for (let j = i - 1; j >= 0; j--) if (!cl.levels[j].h.yearOnly && cl.levels[j].h.key !== "") return cl.levels[j];
  return null;
}

export function labelKey(cl: ColumnLabels): string {
  const leaf = leafOf(cl);
  return leaf ? leaf.h.key : "";
}

export function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The evidence a column keeps when it is read as a scored field (`how` as the score says, unless a move says otherwise). */
export function scoredEvidence(label: ColumnLabels, s: Scored, how: ColumnEvidence["how"] = s.how): ColumnEvidence {
  return { key: labelKey(label), word: s.match?.word ?? null, how, score: round(s.heading), fit: s.fit === null ? null : round(s.fit) };
}

/**
 * A group heading stating the money each counted thing gets (`重点村（每村各补助2万元）`, `民居改造（每户0.5万元）`): under it, a
 * count and the money it earns, however many money columns.
 */
export const STANDARD_IN_HEADING = /每(?:村|户|个|家|人|处|座)[^()（）]{0,6}?\d+(?:\.\d+)?(?:万元|元)/;
