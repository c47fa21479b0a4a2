/**
 * Facts outside the columns: the title and caption above a table, the sheet's name and the notes
 * below give its year, its unit, the date its figures run to and, for an award list with no
 * policy-item column, the policy item (`2023年度…高新技术企业认定奖励名单`).
 */
import { isoDate, lastDayOfMonth, type IsoDate } from "../dates";
import { isBlank, type GridReader } from "../grid";
import { headerKey, toHalfWidth } from "../text";
import { parseUnit, toYuan, unitInText, type Unit } from "../units";

export interface TableContext {
  /** Title and caption lines above the header, top to bottom. */
  lines: string[];
  /** Notes directly under the table (注：…, 说明：…). */
  notes: string[];
  sheet: string;
  /** The unit the caption or notes state (`单位：万元`). */
  unit: Unit | null;
  /** The year the title or sheet name gives. */
  year: number | null;
  /** The date the figures run to, from `2021年1-8月`, `截至2021年8月底`, `上半年`. */
  asOf: IsoDate | null;
  /** The approved budget a caption states (`总投入预算 20,000 万元`), in 元. */
  approvedBudget: { value: number; text: string } | null;
  /**
   * A form's title over head rows that stop the lines above (`…关于养殖加工贷款贴息公示的通知` over
   * `项目名称 | …`, `补贴标准 | …`): a list with no item column may name its item only there.
   */
  title?: string | null;
  /**
   * The unit a form states in its head (`预算单位：… | 金额单位：万元` above its label rows), for a
   * table of the form that states none nearer.
   */
  formUnit?: Unit | null;
}

const MAX_LINES = 3;
const MAX_GAP = 2;

/** Text-only rows with at most three filled cells just above `headerTop`, no higher than `floor`. */
export function linesAbove(reader: GridReader, headerTop: number, floor: number): string[] {
  const lines: string[] = [];
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
    lines.unshift(parts.join(" "));
    gap = 0;
  }
  return lines;
}

/** A cell stating the unit alone (`金额单位：万元`, `单位：万元`, or cut short of its 元: `金额单位：万`). */
const UNIT_CELL = /^(?:金额|资金)?单位[:：]\s*(?:人民币)?(亿元|万元|元|万|亿)\s*$/;

/**
 * The unit a form's head states in a cell of its own (`金额单位：万元` beside `预算单位：…`), in the
 * rows above `headerTop` down to `floor` (a table between ends the form's head): its money's unit.
 */
export function formUnitAbove(reader: GridReader, headerTop: number, floor: number): Unit | null {
  for (let r = headerTop - 1; r >= floor && r >= headerTop - 12; r--) {
    for (let c = reader.firstCol; c <= reader.lastCol; c++) {
      const v = reader.raw(r, c);
      if (typeof v !== "string") continue;
      const m = UNIT_CELL.exec(v.replace(/\s+/g, ""));
      if (m) return parseUnit(m[1]);
    }
  }
  return null;
}

/**
 * The title of a form: the rows above holding one text alone (often merged across), past the
 * form's head rows (项目名称 | …, 主管部门 | …) where lines above stop; nearest three, top first.
 */
export function titleAbove(reader: GridReader, headerTop: number, floor: number): string | null {
  const found: string[] = [];
  for (let r = headerTop - 1; r >= floor && r >= headerTop - 10 && found.length < 3; r--) {
    const texts: string[] = [];
    for (let c = reader.firstCol; c <= reader.lastCol; c++) {
      const v = reader.raw(r, c);
      if (!isBlank(v)) texts.push(String(v).trim());
    }
    if (texts.length === 1) found.unshift(texts[0]);
  }
  return found.length ? found.join(" ") : null;
}

/**
 * The sheet's own title: the rows at its top holding one text alone (`项目绩效目标表`, `（2021年度）`),
 * up to the first row holding more. A table further down a form takes its year from here when
 * nothing nearer gives one.
 */
export function sheetTitle(reader: GridReader): string | null {
  const found = sheetTitleLines(reader);
  return found.length ? found.join(" ") : null;
}

/** The rows of the sheet's title, as sheetTitle, one string a row. */
export function sheetTitleLines(reader: GridReader): string[] {
  const found: string[] = [];
  for (let r = reader.firstRow; r <= reader.lastRow && r < reader.firstRow + 6; r++) {
    const texts: string[] = [];
    for (let c = reader.firstCol; c <= reader.lastCol && texts.length < 2; c++) {
      const v = reader.raw(r, c);
      if (!isBlank(v)) texts.push(String(v).trim());
    }
    if (texts.length === 0) continue;
    if (texts.length > 1) break;
    found.push(texts[0]);
  }
  return found;
}

/** A form's label for what its money is (项目名称 | 2018年市级专项扶贫资金…). */
const NAME_LABEL = /^(项目|资金|专项|专项资金|政策)名称[:：]?$/;
/** Rows above a table searched for its form's head. */
const HEAD_ROWS = 12;

/**
 * The name a form's head gives its project or money (`项目名称 | 2018年市级专项扶贫资金…`), within the
 * rows above the header (past tables above it: a form's tables share its head), for the year it
 * states when the title states none.
 */
export function formNameAbove(reader: GridReader, headerTop: number): string | null {
  for (let r = headerTop - 1; r >= reader.firstRow && r >= headerTop - HEAD_ROWS; r--) {
    for (let c = reader.firstCol; c < reader.lastCol; c++) {
      const v = reader.raw(r, c);
      if (typeof v !== "string" || !NAME_LABEL.test(headerKey(v))) continue;
      for (let d = c + 1; d <= reader.lastCol; d++) {
        const w = reader.raw(r, d);
        if (!isBlank(w)) return String(w).trim();
      }
    }
  }
  return null;
}

/** The context of a table from its lines above, its notes below, its sheet's name and a form's title and head. */
export function tableContext(
  sheet: string,
  lines: string[],
  notes: string[],
  title: string | null = null,
  top: string | null = null,
  name: string | null = null,
  heads: readonly string[] = [],
): TableContext {
  const above = lines.join(" ");
  let unit: Unit | null = null;
  for (let i = lines.length - 1; i >= 0 && !unit; i--) unit = unitInText(lines[i]);
  for (const n of notes) unit ??= unitInText(n);
  const asOf = asOfIn(above) ?? asOfIn(sheet);
  // A title names the year of its money; a sentence above (a note, a section's prose) may name an
  // earlier year it refers to (`荣获2019全国…大赛金奖`, `经2018年验收`): titles first, sentences after.
  const titled = (t: string | null): string | null => (t && !isSentence(t) ? t : null);
  const titleYear = (t: string | null): number | null => (titled(t) ? listYearIn(t as string) : null);
  const year =
    listYearIn(lines.filter((l) => !isSentence(l)).join(" ")) ??
    titleYear(title) ??
    listYearIn(sheet) ??
    titleYear(top) ??
    listYearIn(heads.filter((l) => !isSentence(l)).join(" ")) ??
    listYearIn(above) ??
    (title ? listYearIn(title) : null) ??
    listYearIn(sheet) ??
    (top ? listYearIn(top) : null) ??
    (name ? yearIn(name) : null) ??
    (asOf ? Number(asOf.slice(0, 4)) : null) ??
    noteYear(notes);
  return { lines, notes, sheet, unit, year, asOf, approvedBudget: approvedBudgetIn(above), title };
}

/** A sentence, not a title: it holds a comma or a full stop. */
function isSentence(text: string): boolean {
  return /[，。；,;]/.test(text);
}

/** A note saying where the money comes from (资金来源：…, 资金来源为…). */
const SOURCE_NOTE = /资金来源/;

/** A year of account written in a note (`本单位2018年度无因公出国（境）支出`, `本表为2019年度决算数`). */
const ACCOUNT_YEAR = /(?:19|20)\d{2}\s*年度/;

/**
 * The year a note under the table gives, when nothing above it gives one: the year a note saying where
 * the money comes from names (`资金来源：江苏省追加2018年东西部扶贫协作专项资金`: the money allocated is that
 * year's), else a note's one year of account (`注：本单位2018年度无…`). A note naming two years compares them,
 * and one naming a year but not as a year of account (`参照2017年标准测算`) dates a standard, not the figures.
 */
function noteYear(notes: readonly string[]): number | null {
  for (const n of notes) if (SOURCE_NOTE.test(n)) return yearIn(n);
  for (const n of notes) {
    const years = yearsNamed(n);
    if (years.length === 1 && ACCOUNT_YEAR.test(toHalfWidth(n))) return years[0];
  }
  return null;
}

/**
 * A batch of bodies named, dated in brackets right after them (`专精特新中小企业（2023年度第二批）`,
 * `高新技术企业（2021年第一批）认定奖励`): the year the bodies were named, not the list's.
 */
const NAMED_BATCH = /(企业|单位|机构|平台|基地|园区|中心)[（(]\s*(?:19|20)\d{2}\s*年度?\s*第\s*[一二三四五六七八九十\d]+\s*批次?\s*[）)]/g;

/** The year a title gives the list itself: as yearIn, a named batch's year left out. */
export function listYearIn(text: string): number | null {
  const t = toHalfWidth(text);
  return yearIn(t.includes("批") ? t.replace(NAMED_BATCH, "$1") : t);
}

/**
 * The years a title compares, one against another (`2016年决算数与2015年决算数对比`, `2015年与2016年…比较表`), the
 * later last; null when it names fewer than two or compares none.
 */
export function comparedYears(text: string): number[] | null {
  const t = toHalfWidth(text);
  if (!/对比|比较|相比/.test(t)) return null;
  const years = yearsNamed(t);
  return years.length >= 2 ? years : null;
}

/** The different years a text names (`YYYY年`), earliest first. */
function yearsNamed(text: string): number[] {
  const t = toHalfWidth(text);
  return [...new Set([...t.matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
}

/** The year a title names: the last of a range (`2019-2021 各年度` → 2021), else the first `YYYY年`. */
export function yearIn(text: string): number | null {
  const t = toHalfWidth(text);
  const range = /((?:19|20)\d{2})\s*[-~～—–至到]\s*((?:19|20)\d{2})\s*年/.exec(t);
  if (range) return Number(range[2]);
  const m = /((?:19|20)\d{2})\s*(年|年度)/.exec(t);
  if (m) return Number(m[1]);
  // A year standing alone (`2021 各年度`), not the start of a code (`2021YFB3400000`).
  const bare = /(?:^|[^\dA-Za-z])((?:19|20)\d{2})(?:[^\dA-Za-z]|$)/.exec(t);
  return bare ? Number(bare[1]) : null;
}

const QUARTER_END: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12, "1": 3, "2": 6, "3": 9, "4": 12 };

/**
 * The date a title says the figures run to: `2021年1-8月` → 2021-08-31, `截至2021年8月底` /
 * `截止2021年8月31日`, `2021年上半年` → 06-30, `前三季度` → 09-30, `2021年8月份执行情况` → 08-31.
 */
export function asOfIn(text: string): IsoDate | null {
  const t = toHalfWidth(text).replace(/\s+/g, "");
  let m = /((?:19|20)\d{2})年(?:度)?(\d{1,2})(?:月份?)?[-~～—–至到](\d{1,2})月/.exec(t);
  if (m) return monthEnd(Number(m[1]), Number(m[3]));
  m = /截[至止](?:到)?((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /截[至止](?:到)?((?:19|20)\d{2})年(\d{1,2})月/.exec(t);
  if (m) return monthEnd(Number(m[1]), Number(m[2]));
  m = /((?:19|20)\d{2})年(?:度)?上半年/.exec(t);
  if (m) return monthEnd(Number(m[1]), 6);
  m = /((?:19|20)\d{2})年(?:度)?前三季度/.exec(t);
  if (m) return monthEnd(Number(m[1]), 9);
  m = /((?:19|20)\d{2})年(?:度)?(?:第)?([一二三四1-4])季度/.exec(t);
  if (m) return monthEnd(Number(m[1]), QUARTER_END[m[2]]);
  m = /((?:19|20)\d{2})年(\d{1,2})月(?:份)?(?:末|底)?(?!\d)(?!日)/.exec(t);
  if (m && !/月\d/.test(t.slice(m.index))) return monthEnd(Number(m[1]), Number(m[2]));
  return null;
}

function monthEnd(year: number, month: number): IsoDate | null {
  if (month < 1 || month > 12 || year < 1990 || year > 2100) return null;
  return lastDayOfMonth(year, month);
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
