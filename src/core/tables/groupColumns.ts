/**
 * Which column groups the lines (a kind's FieldDef.over field) and which names them, told by their values: a
 * group is shared by lines, a line's name is its own.
 */
import { isBlank, type Cell } from "../grid";
import type { AnyKind, Field } from "../kinds/index";
import type { FieldDef } from "../kinds/define";
import { headsListing, meanLength, type ColumnRead } from "./base";
import { type ColumnLabels, type Scored, cellText, labelKey, scoredEvidence } from "./headerLabels";
import { PLACE_END, strictFit } from "./readByValues";
import { numberingLevel } from "./rows";

type Sample = { values: Cell[][] };

/** Whether every value is a name, no figure in it: a year in a name (2020年洪涝灾害灾后恢复重建) is no figure. */
const namesOnly = (filled: readonly Cell[]): boolean =>
  filled.every((v) => typeof v === "string" && !/\d/.test(v.replace(/(?:19|20)\d{2}年度?/g, "")));

/** The texts written in a sampled column, blanks left out. */
export const textsOf = (sample: Sample, i: number): string[] => sample.values[i].filter((v) => !isBlank(v)).map(cellText);

/** Reads column `i` as `field`, with the evidence of the heading's score for it. */
function readAs(columns: ColumnRead[], labels: ColumnLabels[], i: number, field: Field, s: Scored, how: Scored["how"]): void {
  columns[i].field = field;
  columns[i].evidence = scoredEvidence(labels[i], s, how);
}

/**
 * Two columns that both read as a kind's grouping field (市 | 奖励档次) where no column names the lines: the
 * column naming every line apart (甲市, 乙市 …) is the line and the one whose values repeat (第一档, 第二档 …)
 * groups them.
 */
export function repeatedGroup(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], all: readonly Scored[], sample: Sample, c0: number): void {
  const texts = (i: number) => textsOf(sample, i);
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const line = def.over?.field as Field | undefined;
    if (!line || columns.some((c) => c.field === line)) continue;
    const gi = columns.findIndex((c) => c.field === field);
    if (gi < 0) continue;
    const other = all.find((s) => s.field === field && s.col - c0 !== gi && columns[s.col - c0]?.field === null);
    if (!other) continue;
    const oi = other.col - c0;
    const own = texts(gi);
    const theirs = texts(oi);
    if (own.length < 2 || new Set(own).size !== own.length || theirs.length < 2 || new Set(theirs).size >= theirs.length) continue;
    const lineScore = all.find((s) => s.col - c0 === gi && s.field === line);
    const was = columns[gi].evidence;
    columns[gi].field = line;
    if (was) columns[gi].evidence = { ...was, how: lineScore?.how ?? "values" };
    readAs(columns, labels, oi, field, other, other.how);
  }
}

/**
 * A broader place read as the grouping field (FieldDef.placeAsLine: 市（州）, 设区市) left of the money, naming every line
 * apart, no narrower place beside it (县, 乡镇: FieldDef.over's place words), and the lines read only right of the money
 * (支出功能分类科目, 主要用途: what each line's money is for): the place groups nothing, it is the line, and the text
 * right of the money describes it. Another column headed as the field (项目类别), its values repeated, groups the lines.
 * A place repeated down the lines, or a county beside it, keeps the reading.
 */
export function placeAsLine(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], all: readonly Scored[], sample: Sample, c0: number): void {
  const fields = kind.fields as Record<string, FieldDef>;
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const heads = def.placeAsLine;
    const rule = def.over;
    if (!heads || !rule) continue;
    const line = rule.field as Field;
    const grouping = columns.filter((c) => c.field === field);
    const gi = columns.findIndex((c, j) => c.field === field && !c.part && !c.manual && heads.includes(labelKey(labels[j])));
    if (gi < 0 || grouping.length !== 1) continue;
    const firstFigure = columns.findIndex((c) => c.field !== null && fields[c.field]?.value === "amount");
    if (firstFigure < 0 || gi > firstFigure) continue;
    const lines = columns.flatMap((c, j) => (c.field === line ? [j] : []));
    if (lines.length === 0 || lines.some((j) => j < firstFigure || columns[j].manual)) continue;
    const places = rule.words.filter((w) => !(rule.bodies ?? []).includes(w));
    if (columns.some((c, j) => j !== gi && places.some((w) => c.header.includes(w)))) continue;
    const filled = sample.values[gi].filter((v) => !isBlank(v));
    if (filled.length < 2 || filled.some((v) => typeof v !== "string" || /\d/.test(v))) continue;
    if (new Set(filled.map(cellText)).size !== filled.length) continue;
    for (const j of lines) {
      columns[j].field = null;
      delete columns[j].evidence;
    }
    const was = columns[gi].evidence;
    columns[gi].field = line;
    if (was) columns[gi].evidence = { ...was, how: "values" };
    const other = all.find((s) => s.field === field && s.col - c0 !== gi && s.col - c0 < firstFigure && columns[s.col - c0]?.field === null);
    if (!other) continue;
    const theirs = textsOf(sample, other.col - c0);
    if (theirs.length >= 2 && new Set(theirs).size < theirs.length) readAs(columns, labels, other.col - c0, field, other, other.how);
  }
}

/**
 * An unread column headed as a direction, field, trade or sector (FieldDef.fewRepeated: 支持方向, 所属行业,
 * 产业) or a use of money (资金支出用途) holding a few names (two or more) repeated down the lines sorts them: the
 * field's, when the lines are read and the field is not. Names all distinct (one sector a line, a use described
 * line by line) or any figure among them sort nothing. `sources` off: the sources of money (资金来源) wait for places.
 */
export function fewRepeated(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: Sample, sources = true): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.fewRepeated;
    const line = (def.over?.field ?? rule?.line) as Field | undefined;
    const li = columns.findIndex((c) => c.field === line);
    if (!rule || !line || li < 0) continue;
    // The field read right of the line, a value of each line's own (项目实施地点: where each project is), groups
    // nothing: a direction left of the line, a few names repeated, sorts the lines in its stead.
    const held = columns.findIndex((c) => c.field === field);
    if (held >= 0 && !ownPerLine(columns, sample, held, li)) continue;
    const heads = [...rule.heads, ...(rule.uses ?? []), ...(sources ? rule.sources ?? [] : [])];
    // A direction's name (支持方向名称) is the direction.
    const headed = (j: number) => heads.some((w) => labelKey(labels[j]).replace(/名称$/, "").endsWith(w));
    const i = columns.findIndex((c, j) => c.field === null && headed(j) && (held < 0 || j < li));
    if (i < 0) continue;
    const filled = sample.values[i].filter((v) => !isBlank(v));
    if (!namesOnly(filled)) continue;
    const names = new Set(filled.map(cellText));
    // One name on every line sorts nothing here: it says how all the money is used (a line-worded column of one
    // repeated value beside the lines is repeatedBesideLine's, below).
    if (names.size < 2 || names.size > rule.few || names.size >= filled.length) continue;
    if (held >= 0) {
      columns[held].field = null;
      delete columns[held].evidence;
    }
    columns[i].field = field;
    columns[i].evidence = { key: labelKey(labels[i]), word: null, how: "values", score: 0.2, fit: null };
  }
}

/** The column at `at`, right of the line's at `li`, names each line apart (two or more texts, none repeated). */
function ownPerLine(columns: readonly ColumnRead[], sample: Sample, at: number, li: number): boolean {
  if (at < li || columns[at].part || columns[at].manual) return false;
  const names = textsOf(sample, at);
  return names.length >= 2 && new Set(names).size === names.length;
}

/**
 * Short names before the works they stand for (FieldDef.namedBeforeContent: 建设任务 | 主要建设内容): the one column read
 * as the line, headed as a description of content, its texts on average at least twice as long as those of an unread
 * column left of it under a short name that names every line apart: that column is the line, the description none.
 * A policy list's measures (`measures`: 政策措施) name the lines however long the descriptions beside them; a plan's
 * directions (`directions`: 支持方向 基础设施建设 | 主要内容) as short names do.
 */
export function namedBeforeContent(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: Sample): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.namedBeforeContent;
    if (!rule || columns.filter((c) => c.field === field).length !== 1) continue;
    const li = columns.findIndex((c) => c.field === field);
    if (li < 1 || columns[li].part || columns[li].manual || !rule.contents.some((w) => labelKey(labels[li]).endsWith(w))) continue;
    const key = (j: number) => labelKey(labels[j]);
    const named = (j: number) =>
      rule.names.includes(key(j)) || (rule.measures ?? []).includes(key(j)) || (rule.directions ?? []).some((w) => key(j).endsWith(w));
    const ni = columns.findIndex((c, j) => j < li && c.field === null && !c.part && !c.manual && named(j));
    if (ni < 0) continue;
    const measures = (rule.measures ?? []).includes(key(ni));
    const filled = sample.values[ni].filter((v) => !isBlank(v));
    if (filled.length < 2 || filled.some((v) => typeof v !== "string")) continue;
    const names = filled.map(cellText);
    const described = textsOf(sample, li);
    if (new Set(names).size !== names.length || described.length === 0) continue;
    if (!measures && meanLength(described) < 2 * meanLength(names)) continue;
    columns[ni].field = field;
    columns[ni].evidence = { key: key(ni), word: null, how: "values", score: 0.2, fit: null };
    columns[li].field = null;
    delete columns[li].evidence;
  }
}

/**
 * Each year's works beside the years read (FieldDef.tasksByYear: 年度 | 下达资金 | 建设任务 | 累计拨付): where nothing names
 * the line, an unread column under a task heading, two or more texts all apart, is the line — right of the money too,
 * where texts are otherwise left unread as remarks. A task repeated down the years sorts nothing and stays unread.
 */
export function tasksByYear(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: Sample): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.tasksByYear;
    if (!rule || columns.some((c) => c.field === field) || !columns.some((c) => c.field === rule.year && !c.part)) continue;
    const i = columns.findIndex((c, j) => c.field === null && !c.part && !c.manual && rule.names.includes(labelKey(labels[j])));
    if (i < 0) continue;
    const filled = sample.values[i].filter((v) => !isBlank(v));
    if (filled.length < 2 || filled.some((v) => typeof v !== "string")) continue;
    if (new Set(filled.map(cellText)).size !== filled.length) continue;
    columns[i].field = field;
    columns[i].evidence = { key: labelKey(labels[i]), word: null, how: "values", score: 0.2, fit: null };
  }
}

/**
 * An unread column headed as a direction (FieldDef.fewRepeated: 支持方向) left of the figures, a name on each line, none
 * repeated, where the only column read as the line lies right of the figures (主要用途: what each line's money is for):
 * the direction is the line, and the text after the figures remarks on it. So is the one column read as the field there
 * (项目类别 | 项目个数 | 计划投资 | 主要建设内容), its names all distinct. A few repeated directions sort the lines
 * (fewRepeated, below).
 */
export function directionAsLine(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: Sample): void {
  const fields = kind.fields as Record<string, FieldDef>;
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.fewRepeated;
    const line = def.over?.field as Field | undefined;
    if (!rule || !line) continue;
    const grouping = columns.filter((c) => c.field === field);
    const li = columns.findIndex((c) => c.field === line);
    const firstFigure = columns.findIndex((c) => c.field !== null && fields[c.field]?.value === "amount");
    if (li < 0 || firstFigure < 0 || li < firstFigure || columns.filter((c) => c.field === line).length > 1) continue;
    // A column already read as the field (项目类别 一、乡村建设 | 二、产业发展 …), a kind on every line, none repeated,
    // groups nothing: it is the line as an unread direction is (a plan summed by kind of project).
    const i =
      grouping.length > 1
        ? -1
        : grouping.length === 1
          ? columns.findIndex((c, j) => j < firstFigure && c.field === field && !c.part && !c.manual)
          : columns.findIndex((c, j) => j < firstFigure && c.field === null && rule.heads.some((w) => labelKey(labels[j]).endsWith(w)));
    if (i < 0) continue;
    const filled = sample.values[i].filter((v) => !isBlank(v));
    // A year naming the class (2011年度十强…) is no figure: an award class is dated so; a batch (2023年第一批) stays a category.
    if (filled.length < 2 || filled.some((v) => typeof v !== "string" || /\d/.test(v.replace(/^(19|20)\d\d年度?(?=[^\d度第])/, "")))) continue;
    if (new Set(filled.map(cellText)).size !== filled.length) continue;
    columns[i].field = line;
    columns[i].evidence = { key: labelKey(labels[i]), word: null, how: "values", score: 0.2, fit: null };
    columns[li].field = null;
    delete columns[li].evidence;
  }
}

/**
 * A second column headed as the line (支出方向 beside 县市, both line words) left unread, where the line's
 * column names every line apart: a few values repeated down the rows (统筹整合 on every county) name
 * no line, they sort the lines — the kind's grouping field (FieldDef.over), when no column holds it. Units of
 * measure under 单位 (个, 台 beside 数量) name nothing: their values do not fit the line.
 */
export function repeatedBesideLine(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], all: readonly Scored[], sample: Sample, c0: number): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const line = def.over?.field as Field | undefined;
    if (!line || columns.some((c) => c.field === field)) continue;
    const li = columns.findIndex((c) => c.field === line);
    if (li < 0) continue;
    const names = textsOf(sample, li);
    if (names.length < 2 || new Set(names).size !== names.length) continue;
    const other = all.find((s) => s.field === line && s.col - c0 !== li && columns[s.col - c0]?.field === null && s.fit !== 0 && repeatsFew(sample.values[s.col - c0]));
    if (!other) continue;
    readAs(columns, labels, other.col - c0, field, other, "values");
  }
}

/** Texts only, at least two, each value written on two or more rows on average: a few values repeated. */
function repeatsFew(values: readonly Cell[]): boolean {
  const filled = values.filter((v) => !isBlank(v));
  if (filled.length < 2 || filled.some((v) => typeof v !== "string")) return false;
  return new Set(filled.map(cellText)).size * 2 <= filled.length;
}

/**
 * An unread column headed as the broader place a line lies in (FieldDef.placeOfLine: 所属市（州）, 所在市) beside the
 * lines read, its values names (no figure): the kind's grouping field, when no column holds it already — a use
 * repeated beside the lines (资金用途, repeatedBesideLine) is read first and stays the one category.
 */
export function placeOfLine(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: Sample): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const heads = def.placeOfLine;
    // A kind whose lines nothing groups by place (FieldDef.over) may still sort them by a few names (fewRepeated.line).
    const line = (def.over?.field ?? def.fewRepeated?.line) as Field | undefined;
    if (!heads || !line || !columns.some((c) => c.field === line) || columns.some((c) => c.field === field)) continue;
    // A bare place (县区) counts only right of the line (项目名称 | 县区): left of it, it may be the line's own place.
    const li = columns.findIndex((c) => c.field === line);
    const headed = (j: number) => heads.includes(labelKey(labels[j])) || (j > li && (def.placeRightOfLine ?? []).includes(labelKey(labels[j])));
    const i = columns.findIndex((c, j) => c.field === null && !c.part && !c.manual && headed(j));
    if (i < 0) continue;
    const filled = sample.values[i].filter((v) => !isBlank(v));
    if (filled.length === 0 || filled.some((v) => typeof v !== "string" || /\d/.test(v))) continue;
    columns[i].field = field;
    columns[i].evidence = { key: labelKey(labels[i]), word: labelKey(labels[i]), how: "exact", score: 0.2, fit: null };
  }
}

/**
 * An unread column headed as the office managing each line (FieldDef.officeLeftOfLine: 主管科室, 主管处室), left of the
 * lines, its values names (no figure): the office groups the lines — the kind's grouping field. Where the only label
 * read is that field (资金类别 | … | 金额: a lone category, taken for the line), it becomes the line the office groups.
 */
export function officeLeftOfLine(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: Sample): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const heads = def.officeLeftOfLine;
    // A kind whose lines nothing groups by place (FieldDef.over) may still sort them by a few names (fewRepeated.line).
    const line = (def.over?.field ?? def.fewRepeated?.line) as Field | undefined;
    if (!heads || !line) continue;
    const li = columns.findIndex((c) => c.field === line);
    const gi = columns.findIndex((c) => c.field === field);
    // With a line read, a group already read keeps it; with none, the lone group is the line.
    if (li >= 0 ? gi >= 0 : gi < 0) continue;
    const at = li >= 0 ? li : gi;
    const i = columns.findIndex((c, j) => j < at && c.field === null && !c.part && !c.manual && heads.includes(labelKey(labels[j])));
    if (i < 0) continue;
    const filled = sample.values[i].filter((v) => !isBlank(v));
    if (filled.length === 0 || filled.some((v) => typeof v !== "string" || /\d/.test(v))) continue;
    if (li < 0) columns[gi].field = line;
    columns[i].field = field;
    columns[i].evidence = { key: labelKey(labels[i]), word: labelKey(labels[i]), how: "exact", score: 0.2, fit: null };
  }
}

/**
 * Projects written right of their places (FieldDef.projectsByPlace: 设区市 | 县（市、区） | 项目名称, 辖市 | 镇 |
 * 项目名称): a column headed as the project, naming every line apart (a project may start with its town's name),
 * the columns just left of it naming places (…市, …县, …镇). The project is the line and the broadest place, the
 * first, groups the lines; the narrower places between say where each project is, no field. A project column of a
 * few kinds repeated (道路, 桥梁) names no line apart, so the reading stays. One project a place (市 | 县 | 乡镇 | 项目名称,
 * each city once), the lines sorted right of it (主导产业, a few kinds repeated): no place groups, all say where, the
 * kinds sort the lines. With nothing sorting them right of the project the reading stays.
 */
export function projectsByPlace(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: Sample): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const heads = def.projectsByPlace;
    const line = def.over?.field as Field | undefined;
    if (!heads || !line) continue;
    const free = (c: ColumnRead) => !c.part && !c.manual && (c.field === null || c.field === field || c.field === line);
    const pi = columns.findIndex((c, j) => free(c) && heads.includes(labelKey(labels[j])));
    if (pi < 1) continue;
    const names = textsOf(sample, pi);
    if (names.length < 3 || new Set(names).size !== names.length) continue;
    // Under a heading naming bodies (单位 某县农业农村局, 某开发区管理委员会) only names closing as places are places:
    // the units owning the projects are no places grouping them.
    const bodies = (i: number) => !!def.over?.bodies?.some((w) => columns[i].header.includes(w)) && textsOf(sample, i).some((v) => !PLACE_END.test(v.trim()));
    const places = (i: number) => {
      const own = sample.values[i].filter((v) => !isBlank(v));
      return free(columns[i]) && own.length >= 2 && own.every((v) => typeof v === "string") && strictFit("place", sample.values[i]) >= 0.5 && !bodies(i);
    };
    let first = pi;
    while (first > 0 && places(first - 1)) first--;
    if (first === pi) continue;
    // One project a place (市 | 县 | 乡镇 | 项目名称, each city once): the places say where, none groups — a
    // few kinds repeated right of the project (主导产业) sort the lines instead (fewRepeated).
    const grouping = new Set(textsOf(sample, first)).size < names.length;
    // Another column reading the line, or the group left of the places (a second list beside): not this class.
    // A group read right of the project (项目类型 产业发展) sorts what the places group first: it yields.
    if (columns.some((c, j) => (j < first || j > pi) && (c.field === line || (c.field === field && j < first)))) continue;
    const before = columns.map((c) => ({ field: c.field, evidence: c.evidence }));
    for (let j = pi + 1; j < columns.length && grouping; j++) {
      if (columns[j].field !== field || columns[j].manual) continue;
      columns[j].field = null;
      delete columns[j].evidence;
    }
    for (let i = grouping ? first + 1 : first; i < pi; i++) {
      columns[i].field = null;
      delete columns[i].evidence;
    }
    if (grouping) {
      columns[first].field = field;
      columns[first].evidence = { key: labelKey(labels[first]), word: null, how: "values", score: 0, fit: strictFit("place", sample.values[first]) };
    }
    if (columns[pi].field !== line || !columns[pi].evidence) {
      columns[pi].evidence = { key: labelKey(labels[pi]), word: labelKey(labels[pi]), how: "exact", score: 0, fit: null };
    }
    columns[pi].field = line;
    if (grouping) continue;
    // The kinds sort the lines before a place each project is in is taken for their group (placeOverLine, later);
    // with nothing right of the project sorting them, the reading stays as it was (实施地点 read as the group keeps it).
    fewRepeated(kind, labels, columns, sample, false);
    if (columns.some((c) => c.field === field)) continue;
    before.forEach((b, j) => {
      columns[j].field = b.field;
      if (b.evidence) columns[j].evidence = b.evidence;
      else delete columns[j].evidence;
    });
  }
}

/**
 * Whom an allocation's money goes to (FieldDef.recipientsByPlace: 补贴单位, 补助单位) written between the place read as
 * the group and the column read as the line (辖市（区） | 补贴单位 | 补贴项目), each next to the other: the recipients,
 * named apart, more of them than places, are the lines — the money is theirs — and what each is paid for describes
 * its line, no field. Recipients repeated (one body paid for several projects) name no line apart: the reading stays.
 */
export function recipientsByPlace(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: Sample): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const heads = def.recipientsByPlace;
    const line = def.over?.field as Field | undefined;
    if (!heads || !line) continue;
    const ri = columns.findIndex((c, j) => c.field === null && !c.part && !c.manual && heads.includes(labelKey(labels[j])));
    if (ri < 1 || ri + 1 >= columns.length) continue;
    const group = columns[ri - 1];
    const described = columns[ri + 1];
    if (group.field !== field || described.field !== line || described.part || described.manual) continue;
    if (columns.filter((c) => c.field === line || c.field === field).length !== 2) continue;
    const names = textsOf(sample, ri);
    if (names.length < 3 || new Set(names).size !== names.length || new Set(textsOf(sample, ri - 1)).size >= names.length) continue;
    if (sample.values[ri].some((v) => !isBlank(v) && typeof v !== "string")) continue;
    columns[ri].field = line;
    columns[ri].evidence = { key: labelKey(labels[ri]), word: labelKey(labels[ri]), how: "exact", score: 0, fit: null };
    described.field = null;
    delete described.evidence;
  }
}

/** A cell naming several places (甲村、乙村; 甲镇，乙镇): a list of what a line takes in, no one place. */
export const LISTED = /[、，,；;]/;

/**
 * Villages right of their towns (县（区） | 乡镇（街道） | 示范村, 县 | 镇 | 行政村: FieldDef.over's `narrowest` words in the
 * heading): where the line is read as a broader place and a column right of it, unread, only unread places between,
 * names a village on each line, none repeated, the money is each village's — the village is the line. The place read
 * as the line says where it lies: it groups the villages when it repeats and no column groups them yet, else it is no
 * field. Villages repeated (several projects a village) keep the reading.
 */
export function villagesRightOfTowns(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: Sample): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.over;
    const line = rule?.field as Field | undefined;
    if (!rule?.narrowest || !line) continue;
    const li = columns.findIndex((c) => c.field === line);
    if (li < 0 || columns.filter((c) => c.field === line).length !== 1) continue;
    const town = columns[li];
    const vi = villageRightOf(rule, columns, sample, li, columns.length);
    if (vi < 0) continue;
    const village = columns[vi];
    const filled = sample.values[vi].filter((v) => !isBlank(v));
    village.field = line;
    village.evidence = { key: labelKey(labels[vi]), word: null, how: "values", score: 0, fit: null };
    const groups = !columns.some((c) => c.field === field) && new Set(textsOf(sample, li)).size < filled.length;
    town.field = groups ? field : null;
    if (groups && town.evidence) town.evidence = { ...town.evidence, how: "values" };
    if (!groups) delete town.evidence;
  }
}

/**
 * The column of villages named apart right of a town (columns[at], read as a place no narrower than a town), before
 * column `to`: past unread places between (a town between, 镇, 乡, is a finer place though no grouping word names it),
 * an unread column under a village heading, two or more names all apart, no figure and no list (甲村、乙村) among
 * them; -1 when there is none. A column listing what each line takes in (涉及行政村) names no village apart.
 */
function villageRightOf(rule: NonNullable<FieldDef["over"]>, columns: ColumnRead[], sample: Sample, at: number, to: number): number {
  const narrowest = (c: ColumnRead) => (rule.narrowest ?? []).some((w) => c.header.includes(w));
  const isPlace = (c: ColumnRead) => [...rule.words, ...(rule.finer ?? [])].some((w) => c.header.includes(w));
  const town = columns[at];
  if (town.part || town.manual || narrowest(town) || !isPlace(town)) return -1;
  let vi = at + 1;
  while (vi < to && columns[vi].field === null && !narrowest(columns[vi]) && isPlace(columns[vi])) vi++;
  const village = columns[vi];
  if (vi >= to || !village || village.field !== null || village.part || village.manual || !narrowest(village)) return -1;
  if (headsListing(village.header, rule.listing ?? [])) return -1;
  const filled = sample.values[vi].filter((v) => !isBlank(v));
  if (filled.length < 2 || filled.some((v) => typeof v !== "string" || /\d/.test(v) || LISTED.test(v))) return -1;
  return new Set(filled.map(cellText)).size === filled.length ? vi : -1;
}

/**
 * A village named apart between its town, read as the group, and the works read as the line (乡镇 | 村名 | 项目内容 | 资金,
 * 镇 | 行政村 | 主要建设内容: FieldDef.over's `works` words in the line's heading): the money is each village's, so the
 * village is the line and the works describe it, no field. Villages repeated (several works a village), a town naming
 * each row apart, or a project named (项目名称, no works word) keep the reading.
 */
export function villageBeforeWorks(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: Sample): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.over;
    const line = rule?.field as Field | undefined;
    if (!rule?.narrowest || !rule.works || !line) continue;
    const gi = columns.findIndex((c) => c.field === field);
    const li = columns.findIndex((c) => c.field === line);
    if (gi < 0 || li < 0 || columns.filter((c) => c.field === field || c.field === line).length !== 2) continue;
    const works = columns[li];
    if (works.part || works.manual) continue;
    // A heading naming the project as well (项目名称及建设内容) keeps it the line.
    if (!(rule.works ?? []).some((w) => works.header.includes(w)) || works.header.includes("名称")) continue;
    const vi = villageRightOf(rule, columns, sample, gi, li);
    if (vi < 0) continue;
    const village = columns[vi];
    if (new Set(textsOf(sample, gi)).size >= sample.values[vi].filter((v) => !isBlank(v)).length) continue;
    village.field = line;
    village.evidence = { key: labelKey(labels[vi]), word: null, how: "values", score: 0, fit: null };
    works.field = null;
    delete works.evidence;
  }
}

/**
 * Places naming the lines (FieldDef.placesAsLines: 地区 | 鼓励政策, each city's own policy) where no column names them and
 * another field is read: the last unread column under such a heading, three or more names all apart and no figure among
 * them, is the line; the score it adds. A place repeated down the lines (a city and its counties, several lines each) names none apart.
 */
export function placesAsLines(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: Sample): number {
  let added = 0;
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const heads = def.placesAsLines;
    const line = def.over?.field as Field | undefined;
    if (!heads || !line || columns.some((c) => c.field === line)) continue;
    if (!columns.some((c) => c.field !== null && c.field !== field)) continue;
    let at = -1;
    for (let j = columns.length - 1; j >= 0 && at < 0; j--) {
      const c = columns[j];
      if (c.field === null && !c.part && !c.manual && heads.includes(labelKey(labels[j]))) at = j;
    }
    if (at < 0) continue;
    const names = textsOf(sample, at);
    if (names.length < 3 || new Set(names).size !== names.length) continue;
    if (sample.values[at].some((v) => !isBlank(v) && (typeof v !== "string" || /\d/.test(v)))) continue;
    columns[at].field = line;
    // Named by its heading and its values both: as much evidence as a label read from values alone and more.
    columns[at].evidence = { key: labelKey(labels[at]), word: labelKey(labels[at]), how: "values", score: PLACE_LINE_SCORE, fit: null };
    added += PLACE_LINE_SCORE;
  }
  return added;
}

const PLACE_LINE_SCORE = 0.5;

/**
 * A names column filled only on the outline's top rows (一 中央资金, 二 省级资金), the numbered rows under each blank in it
 * and named by their other texts alone (文号): the names group the lines, so the column is the kind's grouping field
 * (FieldDef.over), not the line. A name on any numbered row under them keeps it the line.
 */
export function outlineNamesAsGroup(kind: AnyKind, columns: ColumnRead[], sample: Sample): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const line = def.over?.field as Field | undefined;
    if (!line || columns.some((c) => c.field === field)) continue;
    const li = columns.findIndex((c) => c.field === line && !c.part && !c.manual);
    if (li < 1 || columns.some((c, j) => j !== li && c.field === line)) continue;
    // The row's numbering: its first filled cell left of the names, read as an outline level.
    const levelAt = (r: number): number | null => {
      for (let j = 0; j < li; j++) if (!isBlank(sample.values[j][r])) return numberingLevel(sample.values[j][r]);
      return null;
    };
    const otherText = (r: number) => sample.values.some((v, j) => j > li && typeof v[r] === "string" && cellText(v[r]) !== "");
    let top: number | null = null;
    let named = 0;
    let under = 0;
    let fits = true;
    const rows = sample.values[li].length;
    for (let r = 0; r < rows && fits; r++) {
      const level = levelAt(r);
      if (!isBlank(sample.values[li][r])) {
        // Every name on a numbered row of one level, the top.
        if (level === null || (top !== null && level !== top)) fits = false;
        top = level;
        named++;
      } else if (level !== null) {
        // A blank-named numbered row: deeper than the names above it, named by its other texts.
        if (top === null || level <= top || !otherText(r)) fits = false;
        under++;
      }
    }
    if (!fits || named < 2 || under < 2) continue;
    columns[li].field = field;
    if (columns[li].evidence) columns[li].evidence = { ...columns[li].evidence, how: "values" };
  }
}

/** Money stated in prose: a figure before its unit (500万元, 100-500万元, 2亿元). */
const MONEY_IN_PROSE = /\d\s*(?:亿|万)?元/;

/**
 * A lone column read as a grouping field (FieldDef.linesBesideMoney: 政策类别) where nothing names the lines, its
 * names all apart and figure-free, beside a column of prose stating money (政策内容 …给予100-500万元): it groups
 * nothing, each name is its row's own — the line.
 */
export function linesBesideMoney(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: Sample): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const line = def.over?.field as Field | undefined;
    const beside = def.linesBesideMoney;
    if (!beside || !line || columns.some((c) => c.field === line)) continue;
    const grouping = columns.filter((c) => c.field === field);
    if (grouping.length !== 1 || grouping[0].part || grouping[0].manual) continue;
    const i = columns.indexOf(grouping[0]);
    const names = sample.values[i].filter((v) => !isBlank(v));
    if (names.length < 2 || names.some((v) => typeof v !== "string" || /\d/.test(v))) continue;
    if (new Set(names.map(cellText)).size !== names.length) continue;
    const money = columns.some((c, j) => c.field !== null && beside.includes(c.field) && sample.values[j].some((v) => typeof v === "string" && MONEY_IN_PROSE.test(v)));
    if (!money) continue;
    columns[i].field = line;
    columns[i].evidence = { key: labelKey(labels[i]), word: null, how: "values", score: 0.2, fit: null };
  }
}

/**
 * An unread column headed as the money's source (FieldDef.fewRepeated.sources: 资金来源) where nothing names the lines,
 * its values names (a year aside, no figure): a table of where the money comes from (中央整合资金 | 省级整合资金, each
 * under its 文号), each source its row's own — the line, though a source come twice under two documents. Beside
 * lines read (项目名称 | 资金来源 中央) the sources sort them instead (fewRepeated).
 */
export function sourcesAsLine(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: Sample): void {
  for (const def of Object.values(kind.fields) as FieldDef[]) {
    const line = def.over?.field as Field | undefined;
    const heads = def.fewRepeated?.sources;
    if (!heads || !line || columns.some((c) => c.field === line)) continue;
    const i = columns.findIndex((c, j) => c.field === null && !c.part && !c.manual && heads.includes(labelKey(labels[j])));
    if (i < 0) continue;
    const filled = sample.values[i].filter((v) => !isBlank(v));
    if (filled.length < 2 || !namesOnly(filled)) continue;
    columns[i].field = line;
    columns[i].evidence = { key: labelKey(labels[i]), word: null, how: "values", score: 0.2, fit: null };
  }
}
