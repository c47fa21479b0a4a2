/**
 * Which rows are a header: a row of labels (headerLike) rather than a form's `label | value` pairs
 * or data, how many rows below continue it (one to three), and the columns it spans. Apart from
 * the reading of what each column means, which starts once the rows are known.
 */
import { isBlank, type CellRange, type GridReader } from "../grid";
import { readAmount } from "../amount";
import { KIND_LIST } from "../kinds/index";
import { scoreHeading } from "./meaning";
import { readHeaderText } from "./normalise";
import { isNoteText } from "./rows";
import { FLAG_HEAD, TOTAL_LABEL, TOTAL_COLUMN, cellText } from "./headerLabels";

/** A cell reads as a heading word (for telling a second header row from data) at this score. */
const HEADING_WORD = 0.81;

const STRUCTURAL = /^(其中|合计|小计|总计|类|款|项|金额|数量|单价|甲|乙|丙|栏次|行次|备注)$/;

const UNIT_NOTE = /单位\s*[:：]/;
/** A form's number in its corner (公开05表, 附表3, 表1-2): it names the form, it is no column's label. */
const FORM_NUMBER = /^(公开|附)?(表[0-9一二三四五六七八九十]{1,3}(-[0-9]{1,2})?|[0-9]{1,3}表)$/;
/** Prose or a numbered caption (`（2）2019-2021 各年度…`), never a header label. */
const CAPTION_LIKE = /[。；;]|^[(（][0-9一二三四五六七八九十]+[)）].{6,}|^[0-9一二三四五六七八九十]+、.{6,}|^(?!其中)[^:：]{1,8}[:：]\s*\S/;

/** A caption's label whose value was left blank (部门：, 编制单位：): no column's label. */
const BLANK_LABEL = /^(?!其中)[^:：]{1,8}[:：]$/;

/** A percentage alone, with or without a bound (≥90%, ≤ 5 %). */
const SHARE_TEXT = /^[≥≤＞＜<>]?=?\s*\d+(\.\d+)?\s*[%％]$/;

/**
 * A row that could be a header: text (or years) only, no sentence, and at least two different
 * labels — a caption or title, even merged across the table, is one label and no header.
 */
export function headerLike(reader: GridReader, row: number): boolean {
  const distinct = new Set<string>();
  // Read only when a long heading asks: most rows tried here are body rows, given up at their first figure.
  let funds: Set<number> | undefined;
  let blankLabel = false;
  let labels = 0;
  for (let c = reader.firstCol; c <= reader.lastCol; c++) {
    const v = reader.value(row, c);
    if (isBlank(v)) continue;
    if (typeof v === "boolean") return false;
    if (typeof v === "number" && !readHeaderText(String(v)).yearOnly) return false;
    const t = cellText(v);
    if (UNIT_NOTE.test(t)) continue; // `单位：万元` beside the labels states the unit, it is no label
    // The year a form is for beside its number (2023年度 | 公开05表) is a line under its title.
    if (FORM_NUMBER.test(t)) continue;
    const item = itemHeading(reader, row, c, t);
    if (t.length > 40 || (CAPTION_LIKE.test(t) && !item) || noteNotLabel(t)) return false;
    // A share written as text (100%, ≥90%) is a value, no heading: a target table's row of an
    // indicator (验收合格率 | 100% | 98% | 完成) is its own row, not another table's header.
    if (SHARE_TEXT.test(t)) return false;
    // A long name beside a short label is a form's value (项目名称 | 2020年省级…专项资金), not a heading;
    // a document's number naming where the money comes from makes no heading long, nor does a
    // bracket qualifying it (实际返还（大型30%，中小微60%）（元）): the words outside brackets are measured.
    // A fund's full name over figures beside other money columns is a heading (fundColumns).
    // A yes/no question (是否列入经营异常名录或严重失信主体名单) asks of each row, however long: a heading, never a form's value.
    const key = readHeaderText(t).key;
    if (key.length > 18 && !item && !FLAG_HEAD.test(key) && !isHeadingWord(t) && !(funds ??= fundColumns(reader, row)).has(c)) return false;
    distinct.add(t);
    if (BLANK_LABEL.test(t)) blankLabel = true;
    else if (!readHeaderText(t).yearOnly) labels++;
  }
  // A 部门决算 form's caption (部门： | 2016年度 | 金额单位：元), its department left blank: the year is the
  // table's, no column's; a label with a colon beside field words (项目： | 预算数) stays a header.
  if (blankLabel && labels === 0) return false;
  return distinct.size >= 2 || (distinct.size === 1 && measureOver(reader, row));
}

/** A numbered item, no sentence (`二十、实施…开放`). */
const NUMBERED_ITEM = /^[0-9一二三四五六七八九十]+、[^。；;:：]{6,}$/;

/**
 * A numbered item merged across the columns beside a heading merged down over the rows below
 * (地区 | 二十、实施…开放 over 项目推进情况 | 资金拨付情况): the item the figures are of, the header's
 * first row, no caption. A caption has nothing merged down beside it.
 */
function itemHeading(reader: GridReader, row: number, c: number, t: string): boolean {
  if (!NUMBERED_ITEM.test(t)) return false;
  const m = reader.merge(row, c);
  if (!m || m.c1 <= m.c0 || m.r0 !== row) return false;
  for (let k = reader.firstCol; k <= reader.lastCol; k++) {
    if (k >= m.c0 && k <= m.c1) continue;
    const d = reader.merge(row, k);
    if (d && d.r0 === row && d.r1 > row && !isBlank(reader.value(row, k))) return true;
  }
  return false;
}

/**
 * A lone money heading merged one row high over the whole header below it (2023年预算数 over 合计 |
 * 因公出国（境）费 | …): what every column's figure is, the header's first row, no caption. So is the
 * account's name alone (一般公共预算财政拨款“三公”经费 over its lines): what the lines are parts of.
 */
function measureOver(reader: GridReader, row: number): boolean {
  const cells = [...filledCells(reader, row)];
  if (cells.length !== 1) return false;
  const { t, m } = cells[0];
  if (!m || m.r0 !== m.r1 || m.c1 - m.c0 < 2) return false;
  if (!moneyHeading(t) && !(accountName(t) && groupsBelow(reader, row + 1, m))) return false;
  if (row + 1 > reader.lastRow || !headerLike(reader, row + 1)) return false;
  const below = span(reader, row + 1, 1);
  return !!below && below[0] === m.c0 && below[1] === m.c1;
}

/** A short heading reading as a money field of some kind (预算数, 决算数, 金额), not a table's name. */
function moneyHeading(text: string): boolean {
  const h = readHeaderText(text);
  if (h.key === "" || h.key.length > 6) return false;
  for (const k of KIND_LIST) {
    for (const f of Object.values(k.fields) as { value: string; words: Parameters<typeof scoreHeading>[1] }[]) {
      if (f.value !== "amount") continue;
      const m = scoreHeading(h, f.words);
      if (m && m.score >= HEADING_WORD) return true;
    }
  }
  return false;
}

/**
 * An account's bare name (财政拨款“三公”经费, …经费支出): no year or 表 of a title, no sentence;
 * a title names its table (…支出决算表) or its year (2020年…).
 */
const ACCOUNT_NAME = /(资金|经费|补助|补贴|专款)(支出)?$/;
function accountName(text: string): boolean {
  const key = readHeaderText(text).key;
  return ACCOUNT_NAME.test(key) && !/年|[0-9]/.test(key) && !CAPTION_LIKE.test(text);
}

/**
 * The row under an account's name groups its columns (合计 over 预算数 | 决算数): a line merged across
 * two or more. A document's name over a plain one-row header (条款 | 政策项目 | 支持标准) is its title.
 */
function groupsBelow(reader: GridReader, row: number, over: CellRange): boolean {
  if (row > reader.lastRow) return false;
  for (let c = over.c0; c <= over.c1; c++) {
    const g = reader.merge(row, c);
    if (g && g.r0 === row && g.c0 === c && g.c1 > g.c0) return true;
  }
  return false;
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

/** A note's opening words, but not a column labelled 备注 or 说明, nor an office's opinion (县（市、区）财政局意见（盖章）). */
function noteNotLabel(t: string): boolean {
  // A column labelled 备注 may say what it holds: 备注（项目类别）. A form stars the headings it
  // requires (*指标值, *评（扣）分标准): a short starred heading with no sentence in it is a label.
  return isNoteText(t) && !t.includes("意见") && !/^(备注|说明|注释|备 注)([(（][^()（）]{1,10}[)）])?$/.test(t) && !/^[*※]\s*[^\s。；;，,:：]{1,16}$/.test(t);
}

/** A row's filled cells left to right, a merged area once (at its first column), with the area. */
function* filledCells(reader: GridReader, row: number): Generator<{ t: string; m: CellRange | undefined }> {
  for (let c = reader.firstCol; c <= reader.lastCol; c++) {
    const m = reader.merge(row, c);
    if (m && m.c0 !== c) continue;
    const t = cellText(reader.value(row, c));
    if (t) yield { t, m };
  }
}

/**
 * Does a row read as headings, not a form's `label | value` pairs (项目名称 | 专项资金项目, 主管部门 |
 * 219-…人民政府)? A value is a name of six or more characters that names no field.
 */
export function headingRow(reader: GridReader, row: number): boolean {
  let groups = 0;
  let single = false;
  let long = false;
  // The row's cells as the form's `label | value` pairs: every odd cell a form's label, every even one a value.
  let cells = 0;
  let pairs = true;
  for (const { t, m } of filledCells(reader, row)) {
    const isLabel = FORM_LABEL.test(readHeaderText(t).key);
    if (cells++ % 2 === 0 ? !isLabel : isLabel || isHeadingWord(t)) pairs = false;
    if (m && m.c1 > m.c0) groups++;
    else single = true;
    if (isHeadingWord(t)) continue;
    if (readHeaderText(t).key.length >= 6) long = true;
  }
  // A form's head fields (中央主管部门 | 财政部), however short the value or merged the cells, head nothing.
  if (pairs && cells >= 2 && cells % 2 === 0) return false;
  // An account's name alone over the whole header below (财政拨款“三公”经费) heads its lines, however long.
  if (cells === 1 && groups === 1 && long && measureOver(reader, row)) return true;
  // A row of sections, each merged over the fields below it (项目基本情况 | 项目资金情况 | …), heads
  // them however long its words: a form's values sit beside single-cell labels.
  return !long || (groups >= 2 && !single);
}

/**
 * What a form puts before a value in its head (项目名称 | 某某项目, 主管部门 | 某局; a transfer's 区域绩效目标表:
 * 专项名称 | 某专项资金, 省级财政部门 | 某财政厅): labels of the project, never of a column of values.
 */
const FORM_LABEL =
  /^(项目(名称|类别|性质|属性|类型|分类|期限|周期|负责人|编码|代码|单位)|立项依据|(中央|地方|省级?|市级?|县级?|区级?|本级)?(主管|财政)(部门|单位)|专项(资金)?名称|实施单位|实施主体|资金使用单位|申报单位|填报单位|联系人|联系电话|起止时间|实施期限|实施周期|项目起止时间|项目实施期)$/;

/**
 * A form's head row of `label | value` pairs (项目名称 | 档案数字化加工 | 项目类别 | 本级支出项目): two
 * or more of the form's labels, each followed by a value that is no label and names no field. No
 * header: its values read as headings would be columns (本级支出项目 as spending). A row with no
 * fewer headings of columns than pairs (序号 | … | 实施期限 | 建设任务 | 资金规模（万元） | 实施单位 |
 * 责任人 | 补助标准) is a plan's header whose unknown headings happen to follow a form's label.
 */
export function labelValueRow(reader: GridReader, row: number): boolean {
  let pairs = 0;
  let label = false;
  for (const { t } of filledCells(reader, row)) {
    const isLabel = FORM_LABEL.test(readHeaderText(t).key);
    if (label && !isLabel && !isHeadingWord(t)) pairs++;
    label = isLabel;
  }
  if (pairs < 2) return false;
  // Headings counted only for a row with pairs: a body's rows are tested here and must stay cheap.
  let headings = 0;
  for (const { t } of filledCells(reader, row)) if (!FORM_LABEL.test(readHeaderText(t).key) && isHeadingWord(t)) headings++;
  return headings < pairs;
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
  let units = 0;
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
    const h = readHeaderText(t);
    if (h.key === "" && (h.unit || h.measure)) units++;
    if (isHeadingWord(t)) words++;
    // Figures in a cell are data, not a heading; but under a group label merged above, they name the
    // group's bands (奖励企业户数 over 10万元 | 20万元 | 小计).
    else if (!under && /\d/.test(readHeaderText(t).key)) return false;
  }
  if (filled === 0) return fromAbove;
  if (underGroups === filled) return true;
  if (renamesAbove(reader, row)) return true;
  // A row of measure units alone ((户) (亩) (元)) under the headings gives each column's unit: a header row.
  if (units === filled) return true;
  return fromAbove ? words * 3 >= filled : words * 2 >= filled;
}

/**
 * A second row naming again each money column of the one above (集中供养资金+护理补贴 over 集中供养救助金额,
 * an older form's labels), nothing merged: every filled cell is text under a label of its own cell, over a
 * figure, and the names column is left blank (or merged down from above). A data row names its line.
 */
function renamesAbove(reader: GridReader, row: number): boolean {
  if (row + 1 > reader.lastRow) return false;
  let filled = 0;
  let namesBlank = false;
  for (let c = reader.firstCol; c <= reader.lastCol; c++) {
    const label = cellText(reader.value(row - 1, c));
    const m = reader.merge(row, c);
    const v = m && m.r0 < row ? null : reader.raw(row, c);
    const below = reader.value(row + 1, c);
    if (isBlank(v)) {
      if (label && typeof below === "string" && readAmount(below).kind !== "number") namesBlank = true;
      continue;
    }
    if (typeof v !== "string" || !label) return false;
    const above = reader.merge(row - 1, c);
    if ((above && above.c1 > above.c0) || readAmount(below).kind !== "number") return false;
    filled++;
  }
  return filled >= 2 && namesBlank;
}

/** Every filled cell of the row is a heading word (预算数, 决算数) under a group label merged across columns just above it. */
function pairsRow(reader: GridReader, row: number): boolean {
  if (row > reader.lastRow || reader.isBlankRow(row)) return false;
  let filled = 0;
  for (let c = reader.firstCol; c <= reader.lastCol; c++) {
    const m = reader.merge(row, c);
    if (m && m.r0 < row) continue;
    const v = reader.raw(row, c);
    if (isBlank(v)) continue;
    const above = reader.merge(row - 1, c);
    if (typeof v !== "string" || !isHeadingWord(cellText(v)) || !above || above.c1 <= above.c0 || above.r1 !== row - 1) return false;
    filled++;
  }
  return filled >= 4;
}

/** The header rows starting at `row`: one, two or three (a fourth of pairs, pairsRow), the longest that reads as a header. */
export function headerHeights(reader: GridReader, row: number): number[] {
  const heights = [1];
  let h = 1;
  while (h < 3 && continuesHeader(reader, row + h, row)) {
    h++;
    heights.unshift(h);
  }
  // A fourth row only of heading words under the groups above (预算数 | 决算数 under each line of a
  // 三公 header three rows deep): the pairs' own row, still the header.
  if (h === 3 && pairsRow(reader, row + 3)) heights.unshift(4);
  return heights;
}

export function span(reader: GridReader, row: number, rows: number): [number, number] | null {
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
