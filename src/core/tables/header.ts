/**
 * Finding a header (one to three rows) and reading what each column means, for every kind.
 *
 * Each column's heading is read as a stack of labels (a merged group label over its columns,
 * then the column's own label). Every column is scored against every field of a kind from the
 * fields' meaning words and from how well its first values fit; the table's reading is the best
 * assignment (each field once, per year group; `parts` fields may repeat as parts of another
 * column) that gives the kind its required fields. The kind whose reading scores best wins.
 */
import type { Period } from "../amount";
import { isBlank, type Cell, type CellRange, type GridReader } from "../grid";
import { type Unit } from "../units";
import { KINDS, KIND_LIST, type AnyKind, type Field, type TableKind } from "../kinds/index";
import type { FieldDef } from "../kinds/define";
import type { ColumnEvidence, ColumnRead } from "./base";
import { linesAbove, titleAbove, type TableContext } from "./context";
import { headerKey } from "../text";
import { valueFit } from "./fit";
import { scoreHeading, type Meaning, type WordMatch } from "./meaning";
import { readHeaderText, type HeaderText } from "./normalise";
import { classifyRow, isNoteText } from "./rows";
import type { TableSpec } from "./spec";

/** One label in a column's heading stack. */
interface Label {
  raw: string;
  h: HeaderText;
  /** The merged area the label comes from, when it spans several columns (a group label). */
  group: CellRange | null;
}

interface ColumnLabels {
  col: number;
  /** Distinct labels top to bottom. */
  levels: Label[];
}

/** A candidate reading of a header for one kind. */
export interface KindReading {
  kind: TableKind;
  columns: ColumnRead[];
  periods: (Period | null)[];
  score: number;
  /** Required field groups with none of their fields in the header. */
  missing: Field[][];
}

/** A header that came close to being a table: what the CLI and the pane show when nothing was found. */
export interface Candidate {
  sheet: string;
  row: number;
  kind: TableKind;
  score: number;
  found: Field[];
  missing: Field[][];
}

const SAMPLE_ROWS = 30;
const MIN_SCORE = 0.3;
/** A cell reads as a heading word (for telling a second header row from data) at this score. */
const HEADING_WORD = 0.81;
/** Fields of these value types name or describe a row; they never hold a figure in a money unit. */
const TEXT_VALUES = new Set(["text", "label", "enterprise", "place", "seq", "code", "year", "date", "creditCode", "capType"]);
const TOTAL_LABEL = /^(合计|小计|总计|共计|总额|合计数|小计数|total|subtotal)$/;
/** A column of money totals: a total word alone, or ending a heading (资金总额, 项目资金总额, 经费合计). */
const TOTAL_COLUMN = /^(合计|小计|总计|共计|总额|合计数|小计数|total|subtotal)$|.(总额|合计|总计)$/;
/** A column of remarks: text by nature, however empty its first rows. */
const REMARK = /^(备注|说明|注释|附注)$/;
const STRUCTURAL = /^(其中|合计|小计|总计|类|款|项|金额|数量|单价|甲|乙|丙|栏次|行次|备注)$/;

function cellText(v: Cell): string {
  if (isBlank(v)) return "";
  return String(v).replace(/\s+/g, " ").trim();
}

const UNIT_NOTE = /单位\s*[:：]/;
/** Prose or a numbered caption (`（2）2019-2021 各年度…`), never a header label. */
const CAPTION_LIKE = /[。；;]|^[(（][0-9一二三四五六七八九十]+[)）].{6,}|^[0-9一二三四五六七八九十]+、.{6,}|^(?!其中)[^:：]{1,8}[:：]\s*\S/;

/**
 * A row that could be a header: text (or years) only, no sentence, and at least two different
 * labels — a caption or title, even merged across the table, is one label and no header.
 */
export function headerLike(reader: GridReader, row: number): boolean {
  const distinct = new Set<string>();
  // Read only when a long heading asks: most rows tried here are body rows, given up at their first figure.
  let funds: Set<number> | undefined;
  for (let c = reader.firstCol; c <= reader.lastCol; c++) {
    const v = reader.value(row, c);
    if (isBlank(v)) continue;
    if (typeof v === "boolean") return false;
    if (typeof v === "number" && !readHeaderText(String(v)).yearOnly) return false;
    const t = cellText(v);
    if (UNIT_NOTE.test(t)) continue; // `单位：万元` beside the labels states the unit, it is no label
    if (t.length > 40 || CAPTION_LIKE.test(t) || noteNotLabel(t)) return false;
    // A long name beside a short label is a form's value (项目名称 | 2020年省级…专项资金), not a heading;
    // a document's number naming where the money comes from makes no heading long, nor does a
    // bracket qualifying it (实际返还（大型30%，中小微60%）（元）): the words outside brackets are measured.
    // A fund's full name over figures beside other money columns is a heading (fundColumns).
    if (readHeaderText(t).key.length > 18 && !isHeadingWord(t) && !(funds ??= fundColumns(reader, row)).has(c)) return false;
    distinct.add(t);
  }
  return distinct.size >= 2;
}

/** A fund's name ending in what it is (…考核激励资金, …工作经费, …奖补资金). */
const FUND_NAME = /(资金|经费|补助|补贴|奖励|奖补|专款)$/;
/** Rows under a header searched for a column's first figure. */
const FIGURE_ROWS = 4;

/**
 * Columns each headed by a fund's full name (2022年第三季度…考核激励资金 | 2022年度第二批…奖励资金 | 合计),
 * figures under each: an allocation with a column per fund. Two or more money columns (the funds, or
 * a fund and a total), so a form's one project name beside its label stays a value.
 */
function fundColumns(reader: GridReader, row: number): Set<number> {
  const funds = new Set<number>();
  let money = 0;
  for (let c = reader.firstCol; c <= reader.lastCol; c++) {
    const t = cellText(reader.value(row, c));
    if (!t) continue;
    const key = readHeaderText(t).key;
    if (TOTAL_COLUMN.test(key)) money++;
    else if (FUND_NAME.test(key) && !CAPTION_LIKE.test(t) && figureBelow(reader, row, c)) {
      funds.add(c);
      money++;
    }
  }
  return money >= 2 ? funds : new Set();
}

function figureBelow(reader: GridReader, row: number, c: number): boolean {
  for (let r = row + 1; r <= Math.min(reader.lastRow, row + FIGURE_ROWS); r++) if (typeof reader.raw(r, c) === "number") return true;
  return false;
}

/** A note's opening words, but not a column labelled 备注 or 说明. */
function noteNotLabel(t: string): boolean {
  // A column labelled 备注 may say what it holds: 备注（项目类别）. A form stars the headings it
  // requires (*指标值, *评（扣）分标准): a short starred heading with no sentence in it is a label.
  return isNoteText(t) && !/^(备注|说明|注释|备 注)([(（][^()（）]{1,10}[)）])?$/.test(t) && !/^[*※]\s*[^\s。；;，,:：]{1,16}$/.test(t);
}

/**
 * Does a row read as headings, not a form's `label | value` pairs (项目名称 | 专项资金项目, 主管部门 |
 * 219-…人民政府)? A value is a name of six or more characters that names no field.
 */
function headingRow(reader: GridReader, row: number): boolean {
  let groups = 0;
  let single = false;
  let long = false;
  for (let c = reader.firstCol; c <= reader.lastCol; c++) {
    const m = reader.merge(row, c);
    if (m && m.c0 !== c) continue;
    const t = cellText(reader.value(row, c));
    if (!t) continue;
    if (m && m.c1 > m.c0) groups++;
    else single = true;
    if (isHeadingWord(t)) continue;
    if (readHeaderText(t).key.length >= 6) long = true;
  }
  // A row of sections, each merged over the fields below it (项目基本情况 | 项目资金情况 | …), heads
  // them however long its words: a form's values sit beside single-cell labels.
  return !long || (groups >= 2 && !single);
}

/**
 * What a form puts before a value in its head (项目名称 | 某某项目, 主管部门 | 某局): labels of the
 * project, never of a column of values.
 */
const FORM_LABEL =
  /^(项目(名称|类别|性质|属性|类型|分类|期限|周期|负责人|编码|代码|单位)|立项依据|主管部门|主管单位|实施单位|实施主体|申报单位|填报单位|联系人|联系电话|起止时间|实施期限|实施周期|项目起止时间|项目实施期)$/;

/**
 * A form's head row of `label | value` pairs (项目名称 | 档案数字化加工 | 项目类别 | 本级支出项目): two
 * or more of the form's labels, each followed by a value that is no label and names no field. No
 * header: its values read as headings would be columns (本级支出项目 as spending).
 */
export function labelValueRow(reader: GridReader, row: number): boolean {
  let pairs = 0;
  let label = false;
  for (let c = reader.firstCol; c <= reader.lastCol; c++) {
    const m = reader.merge(row, c);
    if (m && m.c0 !== c) continue;
    const t = cellText(reader.value(row, c));
    if (!t) continue;
    const isLabel = FORM_LABEL.test(readHeaderText(t).key);
    if (label && !isLabel && !isHeadingWord(t)) pairs++;
    label = isLabel;
  }
  return pairs >= 2;
}

/** True when a text reads as a heading of some field of some kind. */
export function isHeadingWord(text: string): boolean {
  const h = readHeaderText(text);
  if (h.yearOnly || (h.part && h.key === "")) return true;
  if (h.key === "") return false;
  if (STRUCTURAL.test(h.key) || TOTAL_LABEL.test(h.key)) return true;
  for (const k of KIND_LIST) {
    for (const f of Object.values(k.fields)) {
      const m = scoreHeading(h, f.words);
      if (m && m.score >= HEADING_WORD) return true;
    }
  }
  return false;
}

/** Can row `row` continue a header that starts above it? */
function continuesHeader(reader: GridReader, row: number, top: number): boolean {
  if (row > reader.lastRow || reader.isBlankRow(row)) return false;
  let filled = 0;
  let words = 0;
  let underGroups = 0;
  let fromAbove = false;
  for (let c = reader.firstCol; c <= reader.lastCol; c++) {
    const m = reader.merge(row, c);
    if (m && m.r0 < row && m.r0 >= top) {
      fromAbove = true;
      continue;
    }
    const v = reader.raw(row, c);
    if (isBlank(v)) continue;
    if (typeof v !== "string" && !(typeof v === "number" && readHeaderText(String(v)).yearOnly)) return false;
    const t = cellText(v);
    if (t.length > 40 || noteNotLabel(t)) return false;
    filled++;
    // A label under a group label merged across columns above it (预算批复数 over 中央财政资金 | 其他来源资金).
    const above = reader.merge(row - 1, c);
    const under = !!above && above.c1 > above.c0 && above.r1 === row - 1;
    if (under) underGroups++;
    if (isHeadingWord(t)) words++;
    // Figures in a cell are data, not a heading; but under a group label merged above, they name the
    // group's bands (奖励企业户数 over 10万元 | 20万元 | 小计).
    else if (!under && /\d/.test(readHeaderText(t).key)) return false;
  }
  if (filled === 0) return fromAbove;
  if (underGroups === filled) return true;
  return fromAbove ? words * 3 >= filled : words * 2 >= filled;
}

/** Heading stacks of the columns c0..c1 over header rows [top, top + rows). */
function columnLabels(reader: GridReader, top: number, rows: number, c0: number, c1: number): ColumnLabels[] {
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
function sampleValues(reader: GridReader, first: number, limit: number, c0: number, c1: number) {
  const values: Cell[][] = [];
  const formats: (string | null)[][] = [];
  for (let c = c0; c <= c1; c++) {
    values.push([]);
    formats.push([]);
  }
  let taken = 0;
  let figures = false;
  for (let r = first; r <= limit && taken < SAMPLE_ROWS; r++) {
    const cls = classifyRow(reader, r, c0, c1);
    if (cls.kind === "blank") continue;
    if (cls.kind === "note") break;
    if (cls.kind !== "data") continue;
    // After rows with figures, a row of three or more texts and no figure starts another block.
    const kinds = rowKinds(reader, r, c0, c1);
    if (figures && kinds.texts >= 3 && kinds.numbers === 0) break;
    if (kinds.numbers > 0) figures = true;
    taken++;
    for (let c = c0; c <= c1; c++) {
      // A text merged across columns (a sign-off or section line under the table) is its first
      // column's value only: the columns it spans hold nothing of their own.
      const m = reader.merge(r, c);
      const spanned = !!m && m.c1 > m.c0 && c !== m.c0;
      values[c - c0].push(spanned ? null : reader.value(r, c));
      formats[c - c0].push(spanned ? null : reader.numberFormat(r, c));
    }
  }
  return { values, formats };
}

function rowKinds(reader: GridReader, row: number, c0: number, c1: number): { texts: number; numbers: number } {
  let texts = 0;
  let numbers = 0;
  for (let c = c0; c <= c1; c++) {
    const v = reader.raw(row, c);
    if (isBlank(v)) continue;
    if (typeof v === "number" || (typeof v === "string" && /^[\s¥￥-]*[\d,]+(\.\d+)?\s*%?$/.test(v))) numbers++;
    else texts++;
  }
  return { texts, numbers };
}

interface Scored {
  col: number;
  field: Field;
  score: number;
  match: WordMatch | null;
  how: ColumnEvidence["how"];
  fit: number | null;
  heading: number;
  year: number | undefined;
}

function facts(cl: ColumnLabels): { year?: number; unit?: Unit; measure?: string; period?: Period; part: boolean } {
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

function leafOf(cl: ColumnLabels): Label | null {
  for (let i = cl.levels.length - 1; i >= 0; i--) if (!cl.levels[i].h.yearOnly && cl.levels[i].h.key !== "") return cl.levels[i];
  return null;
}

function parentOf(cl: ColumnLabels, leaf: Label): Label | null {
  const i = cl.levels.indexOf(leaf);
  for (let j = i - 1; j >= 0; j--) if (!cl.levels[j].h.yearOnly && cl.levels[j].h.key !== "") return cl.levels[j];
  return null;
}

/** How well a heading's own words name the kind's best-matching field (0 when none). */
function bestNaming(kind: AnyKind, h: HeaderText): number {
  let best = 0;
  for (const def of Object.values(kind.fields) as FieldDef[]) best = Math.max(best, scoreHeading(h, def.words)?.score ?? 0);
  return best;
}

/** A heading that is one of a field's own words. */
const NAMES_OUTRIGHT = 0.95;

/**
 * Whether the leaves repeated under several groups are the measures and their parents the groups
 * (企业数 | 金额 under 奖励金 and under 工作经费; 户数 | 奖励标准 | 奖励金额 under two kinds of firm),
 * the other way round from sources under measures (中央财政资金 | 其他来源资金 under 预算批复数 and
 * under 本年发生数): some repeated leaf is one of the kind's own words while its parent is not,
 * and no parent is one while its leaf is not.
 */
function measuresUnderGroups(kind: AnyKind, labels: ColumnLabels[], groupKeys: Map<number, string>): boolean {
  let leafNames = false;
  for (const i of groupKeys.keys()) {
    const leaf = leafOf(labels[i]);
    const parent = leaf ? parentOf(labels[i], leaf) : null;
    if (!leaf || !parent) continue;
    const byLeaf = bestNaming(kind, leaf.h) >= NAMES_OUTRIGHT;
    const byParent = bestNaming(kind, parent.h) >= NAMES_OUTRIGHT;
    if (byParent && !byLeaf) return false;
    if (byLeaf && !byParent) leafNames = true;
  }
  return leafNames;
}

const FLAG_HEAD = /是否|^有无/;

/** Whether most of a column's filled values match `re` (a 条款 column of 第8条, 第三条第（二）款). */
function citesAll(values: readonly Cell[], re: RegExp): boolean {
  let n = 0;
  let ok = 0;
  for (const v of values) {
    if (typeof v !== "string" || v.trim() === "") continue;
    n++;
    if (re.test(v.trim())) ok++;
  }
  return n > 0 && ok / n >= 0.8;
}
/** A heading whose head word is the year (资金安排年度, 立项年份); not 本年度 / 上年度 standing for this or last year's figures. */
const YEAR_HEAD = /^(?![本上下当全])..+(年度|年份)$/;

/** Scores of one column against every field of a kind. */
function scoreColumn(
  kind: AnyKind,
  cl: ColumnLabels,
  values: Cell[],
  formats: (string | null)[],
  title: string,
  asGroup: boolean,
): Scored[] {
  const leaf = leafOf(cl);
  if (!leaf) return [];
  // A yes/no question (是否开工, 资金是否按计划支付, 有无调整) is a flag, no field of any kind.
  if (FLAG_HEAD.test(leaf.h.key)) return [];
  const parent = parentOf(cl, leaf);
  // The head word comes last: a heading ending in 年度 (资金安排年度) is a year, never money or a
  // count; one ending in a count's measure under its parent (服务企业数（家） over 计划 | 实际) counts.
  const yearHead = YEAR_HEAD.test(leaf.h.key);
  const counted = !leaf.h.unit && !!parent && !!parent.h.measure && !parent.h.perMeasure && !parent.h.unit;
  // A group key below a field (中央财政资金 under 预算批复数) or a total (合计 under 决算数): the parent names the field.
  const isTotal = TOTAL_LABEL.test(leaf.h.key) || asGroup;
  const year = facts(cl).year;
  const out: Scored[] = [];
  const fits = new Map<string, number | null>();
  // Words a title lends a field: under `…决算表` a plain 金额 is the actual spending.
  const lent = kind.titled && kind.titled.words.some((w) => title.includes(w)) ? lentWords(kind.titled, title) : null;
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    let best: { m: WordMatch; how: ColumnEvidence["how"]; s: number } | null = null;
    // A group key's own words (中央财政资金) say which group, not which field; a total under a
    // heading the field rules out (合计 under 已兑现奖补资金, for a budget's amount) is not the field's.
    const ruledOut = isTotal && !!parent && !!def.words.not?.some((w) => parent.h.key.includes(w));
    // Nor is a group key the field rules out (实际支出 under 省级资金, for a budget line's amount).
    if (asGroup && def.words.not?.some((w) => leaf.h.key.includes(w))) continue;
    const own = asGroup || ruledOut ? null : scoreHeading(leaf.h, def.words);
    if (own) best = { m: own, how: own.how, s: own.score };
    const cited = def.cited?.words.find((w) => leaf.h.key.includes(w));
    if (!best && cited && citesAll(values, (def.cited as { values: RegExp }).values)) best = { m: { score: 0.9, word: cited, how: "contains" }, how: "contains", s: 0.9 };
    const extra = lent?.[field];
    if (extra) {
      const t = scoreHeading(leaf.h, extra) ?? (parent ? scoreHeading({ key: parent.h.key + leaf.h.key, inner: "" }, extra) : null);
      if (t && (!best || t.score * 0.9 > best.s)) best = { m: t, how: "title", s: t.score * 0.9 };
    }
    if (parent) {
      const joined = asGroup ? null : scoreHeading({ key: parent.h.key + leaf.h.key, inner: leaf.h.inner }, def.words);
      if (joined && (!best || joined.score * 0.9 > best.s)) best = { m: joined, how: "parent", s: joined.score * 0.9 };
      if (isTotal) {
        const p = scoreHeading(parent.h, def.words);
        if (p && (!best || p.score * 0.95 > best.s)) best = { m: p, how: "parent", s: p.score * 0.95 };
      }
    }
    // A heading's unit can name the field by itself: money per measure (`元/亩`) a unit amount,
    // a measure (`万亩`, `台`) a count of it.
    if (def.byUnit && (def.byUnit === "perMeasure" ? leaf.h.perMeasure : leaf.h.measure && !leaf.h.perMeasure)) {
      const s = def.byUnit === "perMeasure" ? 0.9 : 0.7;
      if (!best || s > best.s) best = { m: { score: s, word: leaf.h.measure as string, how: "contains" }, how: "contains", s };
    }
    // A heading stating a money unit (`项目财政总投资（万元）`) holds amounts, never names or texts;
    // one stating a count (`净增企业数（家）`) holds counts, never amounts.
    if (leaf.h.unit && TEXT_VALUES.has(def.value)) continue;
    if (leaf.h.measure && !leaf.h.perMeasure && !leaf.h.unit && def.value === "amount") continue;
    if (counted && def.value === "amount") continue;
    if (yearHead && (def.value === "amount" || def.value === "count")) continue;
    // A percent heading (`完成年初预算（%）`) holds rates: no amounts, and a rate field takes it.
    if (leaf.h.percent) {
      if (def.value === "amount" || def.value === "count") continue;
      // Growth on last year (同比增长%) is no rate of a budget and no time progress.
      if ((def.value === "rate" || def.value === "share") && !def.words.not?.some((w) => leaf.h.key.includes(w))) {
        const s = /(完成|执行|预算|支出|进度|拨付)/.test(leaf.h.key) ? 0.7 : 0.5;
        if (!best || s > best.s) best = { m: { score: s, word: "%", how: "contains" }, how: "contains", s };
      }
    }
    if (!best) continue;
    let fit = fits.get(def.value);
    if (fit === undefined) {
      fit = valueFit(def.value, values, formats);
      fits.set(def.value, fit);
    }
    // Text of any kind fits a text field somewhat; typed values (amounts, codes, dates) must fit.
    // Unless the title lends the heading (a county award list's 县（区）: the counties are its applicants).
    if (def.mustFit && fit === 0 && best.how !== "title") continue;
    const soft = def.value === "text" || def.value === "label" || def.value === "enterprise" || def.value === "place";
    const weight = fit === null ? 0.75 : soft ? 0.6 + 0.4 * fit : 0.3 + 0.7 * fit;
    const score = best.s * weight * ((def as { weight?: number }).weight ?? 1);
    if (score < MIN_SCORE) continue;
    out.push({ col: cl.col, field, score, match: best.m, how: best.how, fit, heading: best.s, year });
  }
  return out;
}

/** The words a title lends each field: the kind's own, and those of every further title it matches. */
function lentWords(titled: NonNullable<AnyKind["titled"]>, title: string): Record<string, Meaning | undefined> {
  const out = { ...(titled.fields as Record<string, Meaning | undefined>) };
  for (const m of titled.more ?? []) {
    if (!m.words.some((w) => title.includes(w)) || m.not?.some((w) => title.includes(w))) continue;
    for (const [field, words] of Object.entries(m.fields as Record<string, Meaning | undefined>)) {
      if (!words) continue;
      const had = out[field];
      out[field] = had ? { ...had, exact: [...(had.exact ?? []), ...(words.exact ?? [])], core: [...(had.core ?? []), ...(words.core ?? [])] } : words;
    }
  }
  return out;
}

/** Reads the header for one kind: the best assignment of fields to columns. */
function readingFor(
  kind: AnyKind,
  labels: ColumnLabels[],
  sample: { values: Cell[][]; formats: (string | null)[][] },
  c0: number,
  title: string,
  sideCols: ReadonlySet<number> = new Set(),
): KindReading {
  const columns: ColumnRead[] = [];
  const periods: (Period | null)[] = [];
  const all: Scored[] = [];
  // Groups laid out alike are groups of their own measures, whatever leaves they share.
  const parallel = parallelGroups(labels);
  const groupKeys = sourceKeys(labels);
  for (const i of parallel.keys()) groupKeys.delete(i);
  const inverted = measuresUnderGroups(kind, labels, groupKeys);
  const codeSplit = splitCodeColumns(labels);
  const groupParents = new Set<string>();
  if (inverted)
    groupKeys.forEach((_, i) => {
      const leaf = leafOf(labels[i]);
      const parent = leaf ? parentOf(labels[i], leaf) : null;
      if (parent) groupParents.add(parent.raw);
    });
  labels.forEach((cl, i) => {
    const f = facts(cl);
    const col: ColumnRead = { col: cl.col, header: cl.levels.map((l) => l.raw).join(" / "), field: null };
    if (f.unit) col.unit = f.unit;
    if (f.measure) col.measure = f.measure;
    if (f.year !== undefined) col.year = f.year;
    let group = parallel.get(i) ?? groupKeys.get(i);
    let asGroup = groupKeys.has(i);
    if (inverted) {
      const leaf = leafOf(cl);
      const parent = leaf ? parentOf(cl, leaf) : null;
      // Measures under each source (省级资金 over 计划安排 | 实际到位 | 实际支出): a measure only one
      // source has (计划安排) is still that source's.
      if (parent && (group || (parent.group && groupParents.has(parent.raw)))) {
        group = parent.raw;
        asGroup = false;
      }
    }
    if (group) col.group = group;
    columns.push(col);
    periods.push(f.period ?? null);
    if (!sideCols.has(cl.col) && !codeSplit.has(i)) all.push(...scoreColumn(kind, cl, sample.values[i], sample.formats[i], title, asGroup));
  });
  // Greedy best-first: the strongest reading of any column decides first.
  all.sort((a, b) => b.score - a.score || a.col - b.col);
  const taken = new Map<string, number>(); // field|year → column
  const done = new Set<number>();
  const runnerUp = new Map<number, Scored>();
  for (const s of all) {
    const def = kind.fields[s.field as keyof typeof kind.fields] as { repeat?: string };
    const group = columns[s.col - c0].group ?? "";
    // Each column group (a source, or 收入 / 支出 over the same measures) has its own of every field: a
    // rate under 收入 and one under 支出.
    const key = def.repeat === "years" || def.repeat === "parts" || group ? `${s.field}|${s.year ?? ""}|${group}` : s.field;
    if (done.has(s.col)) {
      if (!runnerUp.has(s.col) && columns[s.col - c0].field !== s.field) runnerUp.set(s.col, s);
      continue;
    }
    const owner = taken.get(key);
    const col = columns[s.col - c0];
    if (owner !== undefined) {
      if (def.repeat !== "parts") continue;
      col.part = { of: owner, exhaustive: false };
    } else taken.set(key, s.col);
    col.field = s.field;
    col.evidence = { key: labelKey(labels[s.col - c0]), word: s.match?.word ?? null, how: s.how, score: round(s.heading), fit: s.fit === null ? null : round(s.fit) };
    done.add(s.col);
  }
  for (const [c, s] of runnerUp) {
    const ev = columns[c - c0].evidence;
    if (ev) ev.runnerUp = { field: s.field, score: round(s.score) };
  }
  for (const [i, first] of codeSplit) {
    const head = columns[first];
    if (head.field !== "code" || !("code" in kind.fields)) continue;
    columns[i].field = "code";
    columns[i].evidence = { key: labelKey(labels[i]), word: leafOf(labels[first])?.raw ?? null, how: "parent", score: head.evidence?.score ?? 0, fit: null };
  }
  finerRight(kind, labels, columns, all, c0);
  deepestUnderMerge(kind, labels, columns, sample, c0);
  dropNamedAfter(kind, columns);
  const reread = settleParts(kind, labels, columns, sample, c0, all);
  levelShareOfWhole(labels, columns, c0);
  byLevel(kind, labels, columns);
  setAside(kind, labels, columns, c0);
  const byValues = labelsByValues(kind, columns, sample, c0) + typedByValues(kind, columns, sample);
  // A title that names the kind (`…决算表`) is evidence of it too.
  const titled = !!kind.titled && kind.titled.words.some((w) => title.includes(w));
  let score = byValues + reread + (titled ? kind.titled?.weight ?? 0.3 : 0);
  for (const s of all) if (columns[s.col - c0].field === s.field && columns[s.col - c0].evidence) score += s.score;
  bodiesOver(kind, labels, columns, all, c0);
  superseded(kind, labels, columns, all, c0);
  alone(kind, columns);
  placesApart(kind, labels, columns, sample);
  // Which of the read figures is measured against which leaves the evidence for the kind as it is.
  sameLevel(kind, columns);
  score += valuesAcross(kind, columns, sample);
  const found = new Set(columns.filter((c) => c.field && !c.part).map((c) => c.field as Field));
  const relaxed = kind.titled?.requires;
  const underTitle = !!relaxed && relaxed.words.some((w) => title.includes(w));
  // A title naming a table of the kind that lacks a required field (一般公共预算支出表: no spending yet) is evidence of it.
  if (underTitle) score += relaxed.weight ?? 0;
  const missingOf = (groups: readonly (readonly Field[])[]) => groups.filter((g) => !g.some((f) => found.has(f))).map((g) => [...g]);
  let missing = missingOf((underTitle ? relaxed.groups : kind.requires) as readonly (readonly Field[])[]);
  const or = underTitle ? (relaxed as { or?: readonly (readonly Field[])[] }).or : undefined;
  if (missing.length > 0 && or && missingOf(or).length === 0) missing = [];
  if (missing.length === 1 && oneRowAcross(kind, missing[0], columns, sample)) missing = [];
  return { kind: kind.kind, columns, periods, score, missing };
}

/**
 * A code split into 类 | 款 | 项 under one merged heading (科目编码 over the three): the 款 and 项
 * columns are parts of the code, read as the code with the 类 column (mapped by index to it);
 * never scored for a field of their own, whatever their heading says (支出功能分类科目编码 is no spending).
 */
function splitCodeColumns(labels: ColumnLabels[]): Map<number, number> {
  const out = new Map<number, number>();
  const under = (cl: ColumnLabels) => {
    const leaf = leafOf(cl);
    const parent = leaf ? parentOf(cl, leaf) : null;
    return leaf && parent?.group ? { leaf: leaf.raw, group: parent.group } : null;
  };
  labels.forEach((cl, i) => {
    const first = under(cl);
    if (first?.leaf !== "类") return;
    for (let j = i + 1; j < labels.length; j++) {
      const next = under(labels[j]);
      if (!next || next.group !== first.group || !/^(款|项)$/.test(next.leaf)) break;
      out.set(j, i);
    }
  });
  return out;
}

/** A grouping column (FieldDef.grouping: 地区) gives its field to the next column right of it naming the field too. */
function finerRight(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], all: readonly Scored[], c0: number): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    if (!def.grouping) continue;
    const i = columns.findIndex((c) => c.field === field);
    const key = i >= 0 ? leafOf(labels[i])?.h.key : undefined;
    if (key === undefined || !def.grouping.includes(key)) continue;
    const s = all.find((x) => x.field === field && x.col > columns[i].col && columns[x.col - c0].field === null);
    if (!s) continue;
    const to = columns[s.col - c0];
    to.field = field;
    to.evidence = { key: labelKey(labels[s.col - c0]), word: s.match?.word ?? null, how: s.how, score: round(s.heading), fit: s.fit === null ? null : round(s.fit) };
    columns[i].field = null;
    delete columns[i].evidence;
  }
}

/**
 * A naming heading merged over several columns (二级指标 over 数量指标 | 培训人次): the first column
 * groups (fewer distinct values, written once per group), the last holds the names, the deepest
 * level. The field read on the first moves to the last when no field was read there.
 */
function deepestUnderMerge(
  kind: AnyKind,
  labels: ColumnLabels[],
  columns: ColumnRead[],
  sample: { values: Cell[][] },
  c0: number,
): void {
  const distinct = (i: number) => new Set(sample.values[i].filter((v) => !isBlank(v)).map(cellText)).size;
  columns.forEach((col, i) => {
    const def = col.field ? (kind.fields[col.field as keyof typeof kind.fields] as FieldDef) : undefined;
    if (def?.value !== "label") return;
    const leaf = leafOf(labels[i]);
    const g = leaf?.group;
    if (!g || g.c0 !== col.col || g.c1 <= g.c0) return;
    const j = g.c1 - c0;
    if (j >= columns.length || columns[j].field !== null) return;
    if (distinct(j) <= distinct(i)) return;
    columns[j].field = col.field;
    if (col.evidence) columns[j].evidence = col.evidence;
    col.field = null;
    delete col.evidence;
  });
}

/**
 * A body over its lines (FieldDef.over): of two columns that both name the line, a body's or a
 * place's (部门, 市县/单位名称) left of one that is neither (项目名称) is the grouping field and the
 * other the line, whichever won the line, unless a column names the grouping field itself (项目类别).
 * Read after the kind is scored, so the kind stays as read.
 */
function bodiesOver(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], all: readonly Scored[], c0: number): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.over;
    if (!rule) continue;
    const named = new Map<number, Scored>();
    for (const s of all) if (s.field === rule.field && !named.has(s.col)) named.set(s.col, s);
    const cols = [...named.keys()].sort((x, y) => x - y);
    const isBody = (col: number) => rule.words.some((w) => columns[col - c0].header.includes(w));
    const free = (col: number) => columns[col - c0].field === null || columns[col - c0].field === rule.field;
    // A 单位 over units of measure (个, 台, 人次 beside 数量) is no body: its values name nothing.
    const names = (col: number) => named.get(col)?.fit !== 0;
    const body = cols.find((col) => isBody(col) && free(col) && names(col));
    const line = body === undefined ? undefined : cols.find((col) => col > body && !isBody(col) && free(col));
    if (body === undefined || line === undefined) continue;
    if (columns.some((c) => c.field === field)) continue;
    const read = (col: number, f: Field, how: ColumnEvidence["how"]) => {
      const s = named.get(col) as Scored;
      columns[col - c0].field = f;
      columns[col - c0].evidence = { key: labelKey(labels[col - c0]), word: s.match?.word ?? null, how, score: round(s.heading), fit: s.fit === null ? null : round(s.fit) };
    };
    read(body, field, "contains");
    read(line, rule.field as Field, named.get(line)?.how ?? "contains");
  }
}

/**
 * A figure superseded by a later one (FieldDef.supersededBy): of two columns that both name the
 * field, a plain one (预算数) left of one with the later figure's words (调整预算数) is the field as
 * first stated and the other the field, whichever won it, within one column group and year. Read
 * after the kind is scored, so the kind stays as read.
 */
function superseded(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], all: readonly Scored[], c0: number): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.supersededBy;
    if (!rule) continue;
    const later = (c: ColumnRead) => rule.words.some((w) => c.header.includes(w));
    const named = new Map<number, Scored>();
    for (const s of all) if (s.field === rule.field && !named.has(s.col)) named.set(s.col, s);
    for (const plain of columns) {
      if (plain.field !== rule.field || plain.part || plain.aside || later(plain)) continue;
      const same = (c: ColumnRead) => c.group === plain.group && c.year === plain.year;
      if (columns.some((c) => c.field === field && same(c))) continue;
      const next = columns.find((c) => c.col > plain.col && same(c) && !c.part && later(c) && named.has(c.col) && (c.field === null || c.field === rule.field));
      if (!next) continue;
      const s = named.get(next.col) as Scored;
      plain.field = field;
      next.field = rule.field as Field;
      next.evidence = { key: labelKey(labels[next.col - c0]), word: s.match?.word ?? null, how: s.how, score: round(s.heading), fit: s.fit === null ? null : round(s.fit) };
    }
  }
}

/** A field read with none of the fields beside it that would make it another (FieldDef.alone): read as this one. */
function alone(kind: AnyKind, columns: ColumnRead[]): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.alone;
    if (!rule || columns.some((c) => c.field === field || (c.field !== null && rule.without.includes(c.field)))) continue;
    for (const c of columns) if (c.field === rule.field) c.field = field;
  }
}

/**
 * A line's name shared by its lines (乡镇 | 村 | 项目名称, one project for every village): the money
 * goes to each place, so the narrowest place naming every line apart (FieldDef.over's words) is the
 * line, the shared name describes it, and the place left of that groups the lines when no column
 * does yet.
 */
function placesApart(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: { values: Cell[][] }): void {
  const filled = (i: number) => sample.values[i].filter((v) => !isBlank(v)).map(cellText);
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.over;
    if (!rule) continue;
    const isPlace = (c: ColumnRead) => rule.words.some((w) => c.header.includes(w));
    const read = (i: number, f: Field) => {
      columns[i].field = f;
      columns[i].evidence = { key: labelKey(labels[i]), word: rule.words.find((w) => columns[i].header.includes(w)) ?? null, how: "contains", score: 0, fit: null };
    };
    const li = columns.findIndex((c) => c.field === rule.field);
    if (li < 0 || isPlace(columns[li])) continue;
    const shared = new Set(filled(li)).size;
    let at = -1;
    for (let i = li - 1; i >= 0 && at < 0; i--) {
      const c = columns[i];
      if (c.field !== null || !isPlace(c)) continue;
      const own = filled(i);
      if (own.length >= 2 && new Set(own).size === own.length && shared < own.length) at = i;
    }
    if (at < 0) continue;
    const line = columns[li];
    read(at, rule.field as Field);
    line.field = null;
    delete line.evidence;
    if (columns.some((c) => c.field === field)) continue;
    for (let i = at - 1; i >= 0; i--) {
      if (columns[i].field !== null || !isPlace(columns[i])) continue;
      read(i, field);
      break;
    }
  }
}

/** A field whose heading names it only left of another field's column (FieldDef.notAfter) is unread right of it. */
function dropNamedAfter(kind: AnyKind, columns: ColumnRead[]): void {
  for (const col of columns) {
    const def = col.field ? (kind.fields[col.field as keyof typeof kind.fields] as FieldDef) : undefined;
    const rule = def?.notAfter;
    if (!rule || !col.evidence || !rule.words.some((w) => col.evidence?.key.includes(w))) continue;
    if (!columns.some((c) => c.field === rule.field && c.col < col.col)) continue;
    if (rule.unless && columns.some((c) => c.field !== null && rule.unless?.includes(c.field))) continue;
    col.field = null;
    delete col.evidence;
  }
}

/**
 * A field's further columns (FieldDef.aside: 项目总投资 beside 衔接资金) leave the main reading to
 * the first other column of the field: each becomes a column group of its own, checked on its own.
 */
function setAside(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], c0: number): void {
  const defOf = (c: ColumnRead) => (c.field ? (kind.fields[c.field as keyof typeof kind.fields] as FieldDef) : undefined);
  // With money per measure read, the investment is the line's unit × quantity: the main amount.
  if (columns.some((c) => defOf(c)?.byUnit === "perMeasure")) return;
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const words = def.aside;
    if (!words) continue;
    const isAside = (c: ColumnRead) => words.some((w) => (c.evidence?.key ?? "").includes(w));
    // Within each column group on its own (收入 | 支出, each over 当月 | 累计).
    const groups = new Set(columns.filter((c) => c.field === field).map((c) => c.group));
    for (const group of groups) {
      const own = columns.filter((c) => c.field === field && c.group === group);
      const main = own.find((c) => !isAside(c));
      const aside = own.filter(isAside);
      if (!main || aside.length === 0) continue;
      const asideAt = new Set(aside.map((c) => c.col));
      // The investment split under 其中 into its sources (预计总投资 | 其中：财政奖补 | 筹资筹劳 | 村集体):
      // it is the whole and they its parts, as any 其中 list.
      const underQizhong = (c: ColumnRead) => facts(labels[c.col - c0]).part && !!c.part && asideAt.has(c.part.of);
      if (own.every((c) => isAside(c) || underQizhong(c))) continue;
      if (main.part && asideAt.has(main.part.of)) delete main.part;
      for (const c of aside) {
        delete c.part;
        c.aside = true;
        const leaf = c.header.split(" / ").pop() as string;
        c.group = group === undefined ? leaf : `${group}${leaf}`;
      }
    }
  }
}

/** A level of government's own money named in a heading (年初安排市本级资金, 其中：市本级资金). */
const LEVEL_IN = /(中央|省本级|省级|市本级|市级|县本级|县级|区本级|区级)/;

/**
 * A figure of one level's money (年初安排市本级资金) is measured against that level's share of
 * another figure split by level (已兑现奖补资金: 合计 | 其中：市本级资金 | 县（市）区资金), not the
 * whole with the other levels' co-funding: the share becomes the field's column, the whole and the
 * other shares are left unread.
 */
function sameLevel(kind: AnyKind, columns: ColumnRead[]): void {
  const money = (c: ColumnRead) => !!c.field && (kind.fields[c.field as keyof typeof kind.fields] as FieldDef).value === "amount";
  for (const own of columns) {
    if (!money(own) || own.part) continue;
    const level = LEVEL_IN.exec(own.evidence?.key ?? "")?.[1];
    if (!level) continue;
    for (const whole of columns) {
      if (!money(whole) || whole.part || whole.field === own.field || (whole.evidence?.key ?? "").includes(level)) continue;
      const parts = columns.filter((c) => c.part?.of === whole.col && c.field === whole.field);
      const share = parts.filter((c) => (c.evidence?.key ?? "").includes(level));
      if (share.length !== 1) continue;
      for (const c of [whole, ...parts]) {
        if (c === share[0]) continue;
        c.field = null;
        delete c.part;
        delete c.evidence;
      }
      delete share[0].part;
    }
  }
}

const HAS_DIGIT = /\d/;

/**
 * A field read from columns headed by whom each value is for (FieldDef.acrossHeadings: 东镇山村 |
 * 西乡河村 right of the indicators' names): of two or more unread columns side by side after the
 * last naming column, each with a figure in most of its values, the first. An explanation column
 * (指标解释: 反映…) states none. Returns what the reading adds to the score (values: weak evidence).
 */
function valuesAcross(kind: AnyKind, columns: ColumnRead[], sample: { values: Cell[][] }): number {
  const fields = kind.fields as Record<string, FieldDef>;
  let added = 0;
  for (const [field, def] of Object.entries(fields)) {
    if (!def.acrossHeadings || columns.some((c) => c.field === field)) continue;
    let last = -1;
    columns.forEach((c, i) => {
      if (c.field && fields[c.field]?.value === "label") last = i;
    });
    if (last < 0) continue;
    const figured = (i: number) => {
      const filled = sample.values[i].filter((v) => !isBlank(v));
      const n = filled.filter((v) => HAS_DIGIT.test(cellText(v))).length;
      return filled.length >= 2 && filled.length >= 0.8 * sample.values[i].length && n >= 0.8 * filled.length;
    };
    // Each place's values are written alike: plain numbers in every column, or text in every one
    // (a scoring rule's text beside the 自评得分 figures is no pair of places).
    const numeric = (i: number) => {
      const filled = sample.values[i].filter((v) => !isBlank(v));
      return filled.filter((v) => typeof v === "number").length >= 0.8 * filled.length;
    };
    const run: number[] = [];
    for (let i = last + 1; i < columns.length; i++) {
      if (columns[i].field === null && columns[i].header !== "" && figured(i) && (run.length === 0 || numeric(i) === numeric(run[0]))) run.push(i);
      else if (run.length > 0) break;
    }
    if (run.length < 2) continue;
    const c = columns[run[0]];
    c.field = field as Field;
    c.evidence = { key: c.header, word: null, how: "values", score: 0.3, fit: null };
    added += 0.3;
  }
  return added;
}

/**
 * One row of figures across (三公经费: 预算数 | 决算数, each a 合计 and its categories, one row
 * under them): the parts' headings name what each figure is, so no column need name the rows.
 * Only the row-naming fields may be missing, and only with a single row of figures.
 */
function oneRowAcross(kind: AnyKind, missing: readonly Field[], columns: ColumnRead[], sample: { values: Cell[][] }): boolean {
  const fields = kind.fields as Record<string, { value: string }>;
  if (!missing.every((f) => TEXT_VALUES.has(fields[f]?.value ?? ""))) return false;
  if (sample.values.length === 0 || sample.values[0].length !== 1) return false;
  const wholes = new Set(columns.filter((c) => c.part?.exhaustive && fields[c.field ?? ""]?.value === "amount").map((c) => c.part?.of));
  const parts = columns.filter((c) => c.part?.exhaustive).length;
  return wholes.size >= 1 && parts >= 2 && columns.every((c) => c.field !== null);
}

/**
 * A required label field no heading named (`用款计划额度构成` over two label columns) is read from
 * the values: the unread text column nearest the figures, its values distinct row by row, names
 * the rows; an unread text column left of it with repeated or merged values groups them.
 * Returns what the reading adds to the table's score (little: values alone are weak evidence).
 */
function labelsByValues(kind: AnyKind, columns: ColumnRead[], sample: { values: Cell[][] }, c0: number): number {
  const fields = kind.fields as Record<string, FieldDef>;
  const labelFields = Object.entries(fields)
    .filter(([, d]) => d.value === "label")
    .map(([f]) => f as Field);
  if (labelFields.length === 0 || columns.some((c) => c.field && labelFields.includes(c.field))) return 0;
  // The row's name: a label field the kind requires (a composition's 项目), else its first (a category).
  const required = (kind.requires as readonly (readonly Field[])[]).flat().filter((f) => labelFields.includes(f));
  const name = required.find((f) => f !== "category") ?? required[0] ?? labelFields[0];
  const firstFigure = columns.findIndex((c) => c.field && fields[c.field]?.value === "amount");
  if (firstFigure < 0) return 0;
  const placeField = Object.values(fields).some((d) => d.value === "place");
  let added = 0;
  let item = -1;
  for (let i = firstFigure - 1; i >= 0; i--) {
    const c = columns[i];
    if (c.field !== null) continue;
    // A heading that names something of the row's own (贷款类型 beside a policy item) is not the field.
    if (c.header !== "" && fields[name]?.notFromValues?.some((w) => c.header.includes(w))) continue;
    const fit = valueFit("label", sample.values[i]);
    if (fit === null || fit < 0.8) continue;
    // A column of places (所在区 over 江夏区, 东湖新技术开发区) is the kind's place, never its label.
    if (placeField && strictFit("place", sample.values[i]) >= 0.7) continue;
    const filled = sample.values[i].filter((v) => v !== null && v !== "");
    if (item < 0 && new Set(filled).size === filled.length) {
      item = i;
      c.field = name;
      c.evidence = { key: c.header, word: null, how: "values", score: 0.3, fit };
      added += 0.3;
    } else if (item >= 0 && name !== "category" && labelFields.includes("category" as Field)) {
      c.field = "category" as Field;
      c.evidence = { key: c.header, word: null, how: "values", score: 0.2, fit };
      added += 0.2;
      break;
    }
  }
  void c0;
  return added;
}

/**
 * A column whose heading names no field of the kind (单位 over 康庄镇, 尚店镇 …) but whose values
 * are unmistakably of one type — places, credit codes — is read as the kind's field of that type,
 * when the kind has one not yet found.
 */
function typedByValues(kind: AnyKind, columns: ColumnRead[], sample: { values: Cell[][] }): number {
  const fields = kind.fields as Record<string, { value: string }>;
  let added = 0;
  for (const type of ["creditCode", "place"] as const) {
    const field = Object.keys(fields).find((f) => fields[f].value === type && !columns.some((c) => c.field === f)) as Field | undefined;
    if (!field) continue;
    const i = columns.findIndex((c, j) => c.field === null && c.header !== "" && strictFit(type, sample.values[j]) >= 0.7);
    if (i < 0) continue;
    columns[i].field = field;
    columns[i].evidence = { key: columns[i].header, word: null, how: "values", score: 0.3, fit: strictFit(type, sample.values[i]) };
    added += 0.3;
  }
  return added;
}

const PLACE_WORD = /(省|市|区|县|旗|镇|乡|街道|开发区|工业区|园区|新区|片区|高新区)$|^(.{2,}(镇|乡|街道|区|县))/;
const CODE_18 = /^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/;

/** Share of a column's values that are unmistakably places or credit codes (0 when none are). */
function strictFit(type: "place" | "creditCode", values: Cell[]): number {
  let n = 0;
  let ok = 0;
  for (const v of values) {
    if (v === null || v === "" || typeof v !== "string") {
      if (typeof v === "number") n++;
      continue;
    }
    n++;
    const t = v.trim();
    if (type === "place" ? PLACE_WORD.test(t) && t.length <= 12 : CODE_18.test(t.toUpperCase())) ok++;
  }
  return n === 0 ? 0 : ok / n;
}

/**
 * Leaf labels that repeat under several group labels (中央财政资金 | 其他来源资金 under each of
 * 预算批复数, 本年发生数, 累计发生数) are column groups, like years: by column index.
 */
function sourceKeys(labels: ColumnLabels[]): Map<number, string> {
  const parentsOfLeaf = new Map<string, Set<string>>();
  const leafOfCol: (string | null)[] = [];
  for (const cl of labels) {
    const leaf = leafOf(cl);
    const parent = leaf ? parentOf(cl, leaf) : null;
    if (!leaf || !parent?.group || TOTAL_LABEL.test(leaf.h.key) || leaf.h.part || parent.h.part) {
      leafOfCol.push(null);
      continue;
    }
    leafOfCol.push(leaf.h.key);
    const set = parentsOfLeaf.get(leaf.h.key) ?? new Set<string>();
    set.add(parent.h.key);
    parentsOfLeaf.set(leaf.h.key, set);
  }
  const out = new Map<number, string>();
  leafOfCol.forEach((k, i) => {
    if (k !== null && (parentsOfLeaf.get(k)?.size ?? 0) >= 2) out.set(i, (leafOf(labels[i]) as Label).raw);
  });
  return out;
}

/**
 * Groups headed differently but laid out alike (`禁牧补助（7.65元/亩）` over 禁牧面积 | 补助资金 beside
 * `草畜平衡奖励（2.5元/亩）` over 草畜平衡面积 | 奖励资金): two or more merged headings over as many
 * leaves each, the leaves at each place ending alike (the head word comes last: 面积, 资金, 数). Each heading is a column group with
 * its own measures, as when the same leaves repeat under several headings: by column index.
 */
function parallelGroups(labels: ColumnLabels[]): Map<number, string> {
  const byMerge = new Map<string, { raw: string; cols: number[] }>();
  labels.forEach((cl, i) => {
    const leaf = leafOf(cl);
    const parent = leaf ? parentOf(cl, leaf) : null;
    if (!leaf || !parent?.group || leaf === parent || leaf.h.part || parent.h.part) return;
    const key = `${parent.group.r0}:${parent.group.c0}`;
    const g = byMerge.get(key) ?? { raw: parent.raw, cols: [] };
    g.cols.push(i);
    byMerge.set(key, g);
  });
  const groups = [...byMerge.values()];
  const out = new Map<number, string>();
  const width = groups[0]?.cols.length ?? 0;
  if (groups.length < 2 || width < 2 || groups.some((g) => g.cols.length !== width)) return out;
  let differ = false;
  for (let at = 0; at < width; at++) {
    const keys = groups.map((g) => labelKey(labels[g.cols[at]]));
    if (keys.some((k) => TOTAL_LABEL.test(k)) || commonEnding(keys).length < 1) return out;
    if (new Set(keys).size > 1) differ = true;
  }
  // The same leaves under each are sourceKeys' already.
  if (!differ) return out;
  for (const g of groups) for (const i of g.cols) out.set(i, g.raw);
  return out;
}

function commonEnding(keys: readonly string[]): string {
  let end = keys[0];
  for (const k of keys) while (end && !k.endsWith(end)) end = end.slice(1);
  return end;
}

/** A level of government or its money (中央, 省级, 市本级, 县级资金): who pays, not a part of another level. */
const LEVEL = /^(中央|省|省级|省本级|市|市级|市本级|州级|县|县级|县本级|区|区级|区本级|乡|乡级|镇|镇级|乡镇|乡镇级)(财政)?(资金|财政资金|补助资金|衔接资金|专项资金|补助|投入)?$/;

/**
 * Columns under one merged heading that split the money by level (资金安排 over 中央 | 省级 | 市级 |
 * 县级), with no 合计 or 其中 among them, are columns side by side, like sources of funds: for a
 * field whose kind reads every such column (`byLevel`), each is a column group of its own, none a
 * part of another.
 */
function byLevel(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[]): void {
  for (const [i, key] of levelKeys(labels)) {
    const col = columns[i];
    if (col.group !== undefined || !col.field) continue;
    const def = kind.fields[col.field as keyof typeof kind.fields] as FieldDef | undefined;
    if (!def?.byLevel) continue;
    delete col.part;
    col.group = key;
  }
}

/**
 * Two money columns side by side, one a level's money (省级财政资金) and the other the money in
 * general (拨付金额): the level's is the share of the whole paid from that level, never the whole
 * with the general money its part, whichever heading the best-first reading preferred.
 */
function levelShareOfWhole(labels: ColumnLabels[], columns: ColumnRead[], c0: number): void {
  for (const part of columns) {
    if (!part.part || part.part.exhaustive || facts(labels[part.col - c0]).part) continue;
    const whole = columns[part.part.of - c0];
    if (!whole || whole.part || whole.field !== part.field || whole.group !== undefined || part.group !== undefined) continue;
    if (!LEVEL.test(labelKey(labels[whole.col - c0])) || LEVEL.test(labelKey(labels[part.col - c0]))) continue;
    // Only the pair alone: a level's money with several parts is a split of its own.
    if (columns.some((c) => c !== part && c.part?.of === whole.col)) continue;
    delete part.part;
    whole.part = { of: part.col, exhaustive: false };
  }
}

function levelKeys(labels: ColumnLabels[]): Map<number, string> {
  const byGroup = new Map<string, number[]>();
  labels.forEach((cl, i) => {
    const leaf = leafOf(cl);
    const parent = leaf ? parentOf(cl, leaf) : null;
    if (!parent?.group) return;
    const g = parent.group;
    const key = `${g.r0}:${g.c0}`;
    const list = byGroup.get(key) ?? [];
    list.push(i);
    byGroup.set(key, list);
  });
  const out = new Map<number, string>();
  for (const cols of byGroup.values()) {
    if (cols.length < 2) continue;
    const leaves = cols.map((i) => leafOf(labels[i]) as Label);
    if (!leaves.every((l) => !l.h.part && LEVEL.test(l.h.key))) continue;
    cols.forEach((i, j) => out.set(i, leaves[j].raw));
  }
  return out;
}

function labelKey(cl: ColumnLabels): string {
  const leaf = leafOf(cl);
  return leaf ? leaf.h.key : "";
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Columns that are parts of another: under a merged group with a 合计 column, the others are its
 * parts (they must add up to it); under `其中` (or `其中：…` in the label), parts of the amount
 * column just before the group (they must not exceed it).
 */
function settleParts(
  kind: AnyKind,
  labels: ColumnLabels[],
  columns: ColumnRead[],
  sample: { values: Cell[][] },
  c0: number,
  all: readonly Scored[],
): number {
  // What the columns re-read as another money field's parts scored as money: still evidence of the kind.
  let reread = 0;
  const isMoney = (f: Field | null) => {
    if (!f) return false;
    const def = kind.fields[f as keyof typeof kind.fields] as { value: string } | undefined;
    return def?.value === "amount";
  };
  // A column under 其中 holding figures is a share of the money, whatever its heading names
  // (林业项目贷款贴息): no label of the rows. Unread here, it is read as a part below.
  if (kind.fields && Object.values(kind.fields).some((d) => (d as FieldDef).value === "amount")) {
    labels.forEach((cl, i) => {
      const col = columns[i];
      const def = col.field ? (kind.fields[col.field as keyof typeof kind.fields] as FieldDef) : undefined;
      if (!def || !TEXT_VALUES.has(def.value) || !facts(cl).part) return;
      const fit = valueFit("amount", sample.values[i]);
      if (fit === null || fit < 0.6) return;
      col.field = null;
      delete col.evidence;
    });
  }
  // Groups with a total column.
  labels.forEach((cl, i) => {
    const leaf = leafOf(cl);
    if (!leaf || !TOTAL_COLUMN.test(leaf.h.key)) return;
    const parent = parentOf(cl, leaf);
    const total = columns[i];
    // The group: under a merged parent, its columns; with none, the run of amount columns after
    // the 合计 (`合计 | 专项经费 | 自筹经费`), else before it (`聊城奖补 | 临清奖补 | 合计`).
    let from: number;
    let to: number;
    if (parent?.group) {
      if (!isMoney(total.field)) return;
      from = parent.group.c0;
      to = parent.group.c1;
    } else {
      // A total the best-first reading made a part of a column after it (项目资金总额 under 中央资金):
      // that column and its parts are the total's own.
      const owner = total.part && total.part.of > total.col ? total.part.of : undefined;
      // Funds side by side before their 合计 (积分制资金 | 垃圾处理费奖励资金 | 合计), the best-first reading
      // having made the later ones 其中 parts of the first: each is a part of the total instead.
      const beside = (j: number) => {
        const part = columns[j].part;
        return !!part && !part.exhaustive && !facts(labels[j]).part && part.of < total.col;
      };
      const fits = (j: number, field: Field | null, before = false) =>
        (columns[j].field === null || columns[j].field === field || (field === null && isMoney(columns[j].field))) &&
        amountsFit(sample.values[j]) &&
        leafOf(labels[j]) !== null &&
        // A remarks column (备注), empty in the first rows, is no share of the money.
        !REMARK.test((leafOf(labels[j]) as Label).h.key) &&
        // A count (`净增企业数（家）`) is no part of a sum of money.
        !(facts(labels[j]).measure && !(leafOf(labels[j]) as Label).h.perMeasure) &&
        (!columns[j].part || columns[j].part?.of === total.col || (owner !== undefined && columns[j].part?.of === owner) || (before && beside(j)));
      from = total.col;
      to = total.col;
      if (isMoney(total.field)) for (let j = i + 1; j < columns.length && fits(j, total.field); j++) to = columns[j].col;
      if (owner !== undefined && owner <= to) delete total.part;
      if (to === from) {
        // Parts before their 合计: the 合计 is the whole, and takes the field they were read as. Only
        // a 合计 alone: a row total after groups (`奖励资金合计` after two 户数 | 标准 | 金额 groups) sums
        // only the groups' amounts, not every column before it.
        if (!TOTAL_LABEL.test(leaf.h.key)) return;
        let field: Field | null = isMoney(total.field) ? total.field : null;
        for (let j = i - 1; j >= 0 && fits(j, field, true); j--) {
          from = columns[j].col;
          if (field === null && isMoney(columns[j].field)) field = columns[j].field;
        }
        if (from === total.col || field === null || !amountsFit(sample.values[i])) return;
        // Each fund's first column, whose parts they were read as, lies in the run too.
        if (columns.some((x) => x.col >= from && x.col < total.col && x.part && x.part.of < from)) return;
        total.field = field;
        total.evidence = { key: leaf.h.key, word: leaf.raw, how: "part", score: 0.5, fit: null };
      }
    }
    // A merged heading naming the field (2025年预算数 over 合计 | 基本支出 | 项目支出): every money column
    // under it is the field's part, whatever field its own words name (基本支出 is a kind of budget here).
    const named = !!parent?.group && total.evidence?.how === "parent";
    for (let c = from; c <= to; c++) {
      const j = c - c0;
      if (j === i || j < 0 || j >= columns.length) continue;
      const col = columns[j];
      if (col.field !== null && col.field !== total.field) {
        if (!named || !isMoney(col.field)) continue;
        reread += all.find((s) => s.col === col.col && s.field === col.field)?.score ?? 0;
        delete col.evidence;
      }
      if (col.field === null && !amountsFit(sample.values[j])) continue;
      col.field = total.field;
      col.part = { of: total.col, exhaustive: true };
      col.evidence ??= { key: labelKey(labels[j]), word: leaf.raw, how: "part", score: 0, fit: null };
      if (total.year !== undefined) col.year = total.year;
    }
  });
  // 其中 groups. A column the best-first reading made a part of another under the same 其中 is
  // its sibling, not its part: both are parts of the whole before the group.
  labels.forEach((cl, i) => {
    if (!facts(cl).part) return;
    const groupStart = firstOfPartGroup(labels, i);
    const of = columns[i].part?.of;
    let groupEnd = i;
    while (groupEnd + 1 < labels.length && facts(labels[groupEnd + 1]).part) groupEnd++;
    // Made a part of a sibling, before or after it in the group: a part of the whole as well.
    if (of !== undefined && !(of - c0 >= groupStart && of - c0 <= groupEnd && of - c0 !== i)) return;
    // A whole before the group the best-first reading made a part of this 其中 column (资金规模 under
    // 其中：…专项资金, the part's heading scoring higher): the whole is no part of its own part.
    for (let j = 0; j < groupStart; j++) {
      const owner = columns[j].part?.of;
      if (owner !== undefined && owner - c0 >= groupStart && owner - c0 <= groupEnd) delete columns[j].part;
    }
    let whole = -1;
    for (let j = groupStart - 1; j >= 0; j--) {
      if (isMoney(columns[j].field) && !columns[j].part) {
        whole = j;
        break;
      }
    }
    if (whole < 0) return;
    const col = columns[i];
    if (col.field !== null && col.field !== columns[whole].field) return;
    if (col.field === null && !amountsFit(sample.values[i])) return;
    col.field = columns[whole].field;
    col.part = { of: columns[whole].col, exhaustive: false };
    col.evidence = { key: labelKey(cl), word: "其中", how: "part", score: 0, fit: null };
  });
  return reread;
}

function firstOfPartGroup(labels: ColumnLabels[], i: number): number {
  let j = i;
  while (j > 0 && facts(labels[j - 1]).part) j--;
  return j;
}

function amountsFit(values: Cell[]): boolean {
  const f = valueFit("amount", values);
  return f === null || f >= 0.6;
}

/** The header rows starting at `row`: one, two or three, the longest that reads as a header. */
function headerHeights(reader: GridReader, row: number): number[] {
  const heights = [1];
  let h = 1;
  while (h < 3 && continuesHeader(reader, row + h, row)) {
    h++;
    heights.unshift(h);
  }
  return heights;
}

function span(reader: GridReader, row: number, rows: number): [number, number] | null {
  let c0 = -1;
  let c1 = -1;
  for (let c = reader.firstCol; c <= reader.lastCol; c++) {
    let filled = false;
    for (let r = row; r < row + rows && !filled; r++) if (!isBlank(reader.value(r, c))) filled = true;
    if (filled) {
      if (c0 < 0) c0 = c;
      c1 = c;
    }
  }
  return c0 < 0 ? null : [c0, c1];
}

export interface DetectOptions {
  /** Restrict to one kind (a picked range). */
  kind?: TableKind;
  /** Collects near misses for the nothing-found message and --explain. */
  candidates?: Candidate[];
}

/** The kind readings of a header in [c0, c1], best first; only those that satisfy their kind. */
export function readHeader(
  reader: GridReader,
  row: number,
  rows: number,
  c0: number,
  c1: number,
  limit: number,
  opts: DetectOptions = {},
): KindReading[] {
  const labels = columnLabels(reader, row, rows, c0, c1);
  // A form's side label merged down from the header (项目资金申请 over A8:A9) ends its block: the
  // form's rows below are no values of its columns.
  const side = reader.merge(row, c0);
  const sided = side && side.r0 === row && side.c0 === side.c1 && side.r1 >= row + rows ? side.r1 : limit;
  const sample = sampleValues(reader, row + rows, Math.min(limit, sided), c0, c1);
  const floor = Math.max(reader.firstRow, row - 10);
  const title = headerKey([...linesAbove(reader, row, floor), titleAbove(reader, row, floor) ?? ""].join(""));
  // A side label merged down from the header beside the body (绩效指标 over A9:A17) names the
  // block: its column holds no values of its own and is no field.
  const sideCols = new Set<number>();
  for (let c = c0; c <= c1; c++) {
    const m = reader.merge(row, c);
    if (m && m.r0 === row && m.c0 === c && m.c1 === c && m.r1 >= row + rows) sideCols.add(c);
  }
  const readings: KindReading[] = [];
  for (const kind of KIND_LIST) {
    if (opts.kind && kind.kind !== opts.kind) continue;
    readings.push(readingFor(kind, labels, sample, c0, title, sideCols));
  }
  readings.sort((a, b) => b.score - a.score || KINDS[a.kind].priority - KINDS[b.kind].priority);
  return readings;
}

/**
 * The header starting at `row`, or null when the row is no header of any kind. Side-by-side
 * tables under one header row (收入 | 支出) come back as one spec per block.
 */
export function detectHeader(reader: GridReader, row: number, opts: DetectOptions = {}): TableSpec[] | null {
  if (!headerLike(reader, row) || labelValueRow(reader, row)) return null;
  for (const rows of headerHeights(reader, row)) {
    const s = span(reader, row, rows);
    if (!s) continue;
    const blocks = splitBlocks(reader, row, rows, s[0], s[1], opts);
    if (!blocks) continue;
    // A row of a form's head (主管部门 | … | 实施单位 | …) above the real header is no part of it:
    // when the rows below alone read as well, the header starts there.
    if (rows > 1 && !headingRow(reader, row)) {
      const below = span(reader, row + 1, rows - 1);
      const alone = below ? bestReading(reader, row + 1, rows - 1, below[0], below[1], {}) : null;
      if (alone && alone.kind === blocks[0].kind && alone.score >= blocks[0].score - 1e-9) return null;
    }
    return blocks;
  }
  return null;
}

function specOf(reader: GridReader, row: number, rows: number, c0: number, c1: number, r: KindReading): TableSpec {
  return {
    reader,
    kind: r.kind,
    headerTop: row,
    headerRows: rows,
    c0,
    c1,
    columns: r.columns,
    periods: r.periods,
    headerUnit: unitCell(reader, row, rows, c0, c1),
    limit: reader.lastRow,
    manual: false,
    score: r.score,
    context: EMPTY_CONTEXT(reader.name),
    unit: "元",
    unitSource: "default",
  };
}

export const EMPTY_CONTEXT = (sheet: string): TableContext => ({
  lines: [],
  notes: [],
  sheet,
  unit: null,
  year: null,
  asOf: null,
  approvedBudget: null,
});

/** The best satisfied reading of [c0, c1], or null. Records the near miss otherwise. */
function bestReading(
  reader: GridReader,
  row: number,
  rows: number,
  c0: number,
  c1: number,
  opts: DetectOptions,
): KindReading | null {
  const readings = readHeader(reader, row, rows, c0, c1, reader.lastRow, opts);
  const ok = readings.find((r) => r.missing.length === 0 && r.score >= 1);
  if (ok) return ok;
  if (opts.candidates) {
    const near = readings.filter((r) => r.columns.some((c) => c.field)).sort((a, b) => b.score - a.score)[0];
    if (near) {
      opts.candidates.push({
        sheet: reader.name,
        row,
        kind: near.kind,
        score: near.score,
        found: near.columns.filter((c) => c.field).map((c) => c.field as Field),
        missing: near.missing,
      });
    }
  }
  return null;
}

/**
 * Splits a header into side-by-side tables: at a blank column between two labelled blocks, or
 * where the first label repeats (`项目 | 金额 | 项目 | 金额`), when each block reads as a table.
 */
function splitBlocks(
  reader: GridReader,
  row: number,
  rows: number,
  c0: number,
  c1: number,
  opts: DetectOptions,
): TableSpec[] | null {
  const labels = columnLabels(reader, row, rows, c0, c1);
  const cuts: number[] = [];
  const firstKey = labelKey(labels[0]);
  for (let i = 1; i < labels.length; i++) {
    const blank = labels[i].levels.length === 0;
    if (blank && i + 1 < labels.length && labels[i + 1].levels.length > 0 && i > 1) cuts.push(i + 1);
    else if (firstKey && labelKey(labels[i]) === firstKey && i >= 2) cuts.push(i);
  }
  if (cuts.length > 0) {
    const bounds = [0, ...cuts, labels.length];
    const specs: TableSpec[] = [];
    for (let b = 0; b + 1 < bounds.length; b++) {
      let from = c0 + bounds[b];
      let to = c0 + bounds[b + 1] - 1;
      while (to > from && labels[to - c0].levels.length === 0) to--;
      while (from < to && labels[from - c0].levels.length === 0) from++;
      const r = bestReading(reader, row, rows, from, to, {});
      if (!r) {
        specs.length = 0;
        break;
      }
      specs.push(specOf(reader, row, rows, from, to, r));
    }
    // Blocks read as different kinds (预算数 | 决算数 across one row) may be one table's two
    // sides: when the whole reads as a table, it is one.
    const alike = specs.every((x) => x.kind === specs[0].kind);
    const whole = specs.length > 1 && !alike ? bestReading(reader, row, rows, c0, c1, {}) : null;
    if (specs.length > 1 && !whole) return specs;
    if (whole) return [specOf(reader, row, rows, c0, c1, whole)];
  }
  const r = bestReading(reader, row, rows, c0, c1, opts);
  if (!r) return null;
  const whole = specOf(reader, row, rows, c0, c1, r);
  const left = leftBlock(reader, row, rows, c0, r);
  return left ? [left, whole] : [whole];
}

/**
 * The columns left of every column a reading reads, when they read on their own as its kind's
 * `besideLeft` kind: a target list whose projects run down its left with their money (单位名称 |
 * 项目名称 | 预算数 | 年度目标 | 一级指标 …) is also a list of the projects' money, checked as one.
 */
function leftBlock(reader: GridReader, row: number, rows: number, c0: number, r: KindReading): TableSpec | null {
  const kind = KINDS[r.kind].besideLeft as TableKind | undefined;
  const first = r.columns.find((c) => c.field !== null);
  if (!kind || !first || first.col - c0 < 2) return null;
  const left = bestReading(reader, row, rows, c0, first.col - 1, { kind });
  return left ? specOf(reader, row, rows, c0, first.col - 1, left) : null;
}

/** A unit written in a header cell of its own: `单位：万元`. */
function unitCell(reader: GridReader, row: number, rows: number, c0: number, c1: number): Unit | null {
  for (let r = row; r < row + rows; r++) {
    for (let c = c0; c <= c1; c++) {
      const t = cellText(reader.value(r, c));
      if (/^[(（]?\s*单位/.test(t)) {
        const h = readHeaderText(t);
        if (h.unit) return h.unit;
      }
    }
  }
  return null;
}

/** The spec of a range the user picked, its header rows at the top, read as `kind`. */
export function pickedSpec(reader: GridReader, range: CellRange, kind: TableKind, rows: number): TableSpec {
  const limit = Math.min(range.r1, reader.lastRow);
  const readings = rows > 0 ? readHeader(reader, range.r0, rows, range.c0, range.c1, limit, { kind }) : [];
  const r: KindReading = readings[0] ?? {
    kind,
    columns: Array.from({ length: range.c1 - range.c0 + 1 }, (_, i) => ({ col: range.c0 + i, header: "", field: null })),
    periods: new Array(range.c1 - range.c0 + 1).fill(null),
    score: 0,
    missing: [],
  };
  const spec = specOf(reader, range.r0, rows, range.c0, range.c1, r);
  spec.limit = limit;
  spec.manual = true;
  spec.picked = true;
  return spec;
}
