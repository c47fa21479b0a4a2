/**
 * What a row under a header is: data, a total (合计 / 小计 / …设备合计), a note that ends the
 * table, a row of column numbers, or blank. Only the table's own columns count, so a remark typed
 * to the right of a table is not data. Also: outline numbering (一、/（一）/1、/(1)).
 */
import { isBlank, type Cell, type GridReader } from "../grid";
import { headerKey, toHalfWidth } from "../text";

/**
 * Cheap first test before folding the text: every total label holds 计 (合计, 小计 …), 总额, 总量 or
 * total. One pass over the characters, as codes: this runs on the first cells of every row.
 */
export function mayBeTotal(v: string): boolean {
  const n = v.length;
  if (n > 36) return false;
  let t = false;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c === 0x8ba1 /* 计 */ || (c === 0x603b /* 总 */ && (v.charCodeAt(i + 1) === 0x989d /* 额 */ || v.charCodeAt(i + 1) === 0x91cf) /* 量 */)) return true;
    // A t followed by an o, in any case (no expression for a credit code's T).
    if ((c | 0x20) === 0x74 && (v.charCodeAt(i + 1) | 0x20) === 0x6f) t = true;
  }
  // `total` in any case: the expression runs only on text holding a `to`.
  return t && n >= 5 && /total/i.test(v);
}
// A total may count the lines it sums (塔城市合计4个, 合计3项, 小计2个项目).
// A balance table's 收入总量 / 支出总量: all its revenue (or spending) lines together.
const TOTAL = /^(总合计|合计|总计|小计|共计|累计|合计数|总额|资金总额|收入总量|支出总量|total|subtotal|grandtotal)(\d+(个|项|家|户)(项目)?)?(\(.*\)|（.*）|[:：])?$/;
/**
 * A label ending in a total word: `办公设备合计`, `一般公共预算支出小计`, `年度资金总额`, or the total a form
 * applies for (`年度资金申请总额`) over the sources listed under it.
 */
const TOTAL_SUFFIX = /^(.{1,32}?)(合计|小计|总计|资金总额|申请总额)(数|金额|\d+(个|项|家|户)(项目)?)?(\(.*\)|（.*）|[:：])?$/;
/** Longer than a name usually is (a fund's full name, 中央巩固拓展…补助资金小计), a total's label is still no sentence. */
const NAME_LENGTH = 24;
const PROSE = /[，,。；;：:、]/;

/** `合计` / `合 计` / `小计：` / `…设备合计` → its scope; null when the text is no total label. */
export function totalWord(text: string): "table" | "category" | null {
  const k = headerKey(text);
  if (TOTAL.test(k)) return k.startsWith("小计") || k.startsWith("subtotal") ? "category" : "table";
  const m = TOTAL_SUFFIX.exec(k);
  if (m && m[1].length > NAME_LENGTH && PROSE.test(m[1])) return null;
  // A side's 总计 (收入总计, 支出总计) closes that side: its 本年收入合计 and the carry-over lines after it.
  if (m && m[2] === "总计" && /^(收入|支出)$/.test(m[1])) return "table";
  if (m && !/^(其中|注)/.test(m[1])) return /^(全|总|本表|全部|全年|全区|全市|全县|全省|总计)/.test(m[1]) ? "table" : "category";
  return null;
}

/**
 * Notes start with 注 / 说明 / 备注 / 数据来源 followed by a delimiter (an enterprise called
 * 注塑科技 is data), or with the sign-off lines of a form (填报人：, 填表人签名：, 审核人：, 单位负责人：).
 */
const NOTE_START =
  /^(注|注释|备注|说明|填表说明|填报说明|附注)([:：、.．\d①-⑩(（]|$)|^(数据来源|资料来源|来源[:：])|^[*※]|^(note|source)[:：]|^(填报人|填表人|制表人|审核人|复核人|经办人|联系人|联系电话|单位负责人|财务负责人|项目负责人|负责人|填报日期|填表日期|制表日期|审核意见)(签名|签字|签章|盖章)?\s*[:：]/i;

/** The characters a note can begin with (the first test, before the expression), as char codes: no string made per row. */
const NOTE_FIRST = new Set(Array.from("注备说填附数资来*※nNsS制审复经联单财项负", (c) => c.charCodeAt(0)));

/** Any other sign-off line: who did what, then a colon (发放人：, 领款人：, 批准人：). */
const SIGN_OFF = /^[\u4e00-\u9fff]{1,4}人\s*[:：]/;
/** A body's seal or signature under a list, or an office's opinion left for it (村务监督委员会（签章）：, 县（市、区）财政局意见：（盖章）). */
const SEAL = /^[\u4e00-\u9fff（）()、]{2,30}\s*[:：]?\s*[(（]\s*(签章|盖章|签字|签名|公章|印章)\s*[)）]\s*[:：]?$/;

/**
 * A sign-off's label and colon (审核单位：, 复核：, 联系电话：, 单位负责人（签字）：): who prepared,
 * checked or answers for the list, by the role's word, then whose (单位, 人, 电话…) if said; or a
 * bookkeeper's role left blank for the signature (记账：, 出纳：, 会计主管：), alone: words a ledger's rows may hold; or an opinion (…审核意见：), alone.
 */
const SIGN_OFF_LABEL =
  /^(填报|填表|制表|编制|编报|审核|复核|审批|批准|审定|核定|核对|校对|经办|签发|报送|监制|联系|负责|单位负责|财务负责|项目负责|分管领导|主要领导)(单位|部门|机关|科室|处室|人|日期|时间|电话|领导)?\s*([(（]\s*(签字|签名|签章|盖章)\s*[)）])?\s*[:：]|^(记账|出纳|制单|(主管)?会计(主管)?|财务主管)\s*[:：]$|^[\u4e00-\u9fff（）()、]{0,30}意见\s*[:：]$/;

/**
 * Every filled cell a sign-off `label：name` (审核单位：某局 | 复核：某财政局, split into cells of their own
 * under the 合计): the document's lines, no row of the table. Values with no label (a 联系人 column's
 * names) are data.
 */
function signOffCells(values: Cell[], from: number, end: number): boolean {
  for (let i = from; i <= end; i++) {
    const v = values[i];
    if (v === null || v === undefined || v === "") continue;
    if (typeof v !== "string") return false;
    const t = v.trim();
    if (t !== "" && !SIGN_OFF_LABEL.test(t) && !SEAL.test(t)) return false;
  }
  return true;
}

export function isNoteText(text: string): boolean {
  const t = text.trim();
  if (t.length === 0) return false;
  if (NOTE_FIRST.has(t.charCodeAt(0)) && NOTE_START.test(t)) return true;
  // Ends in a bracket or a colon (）) ：:), compared as a code: no string made per row.
  const last = t.charCodeAt(t.length - 1);
  const closed = last === 0xff09 || last === 0x29 || last === 0xff1a || last === 0x3a;
  if (closed && t.length <= 40 && SEAL.test(t)) return true;
  // The label's 人 is among its first five characters, followed by the colon (a short test, as
  // this runs on the first cell of every row).
  if (t.length > 24) return false;
  const k = t.indexOf("人");
  return k >= 1 && k <= 4 && t.length <= 16 && SIGN_OFF.test(t);
}

/**
 * The label of a breakdown of the rows above (按征收部门分：, 按级次划分, 按支出功能分类：, 二、按项目领域分); numbered
 * as a section, the 分 may be left off (一、按资金类别, 二、按资金所属年度).
 */
const BREAKDOWN =
  /^\s*(?:(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、.．])?\s*按[\u4e00-\u9fff]{1,12}(分|划分|分类|分列|分组)|(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、.．])\s*按[\u4e00-\u9fff]{2,10})\s*[:：]?\s*$/;

/** Whether a row's label only names a breakdown of a whole (`一、按投资性质分`, `（二）按资金来源分：`). */
export function isBreakdownLabel(text: string): boolean {
  return text.length <= 24 && BREAKDOWN.test(text);
}

/** A date written out in full (2023年7月10日), as an office dates its sign-off. */
const FULL_DATE = /^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/;

/** A date an office signs by, to the day or the month, in figures or Chinese numerals (2019年9月, 二〇一九年九月十二日). */
const SIGN_OFF_DATE = /^\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?\s*$/;

/** Whether a text is the date alone an office signs by (2019年9月, 2020年4月14日, 二〇一九年九月). */
export function isSignOffDate(text: string): boolean {
  return text.length <= 16 && SIGN_OFF_DATE.test(text);
}

/** A sentence rather than a value: long, or punctuated like prose or a caption. */
export function isSentence(text: string): boolean {
  const t = text.trim();
  if (t.length >= 25) return true;
  // Short plain text (a name, an item) has none of the marks the tests look for.
  if (!hasSentenceMark(t)) return false;
  return /[。：:]$|[。；;，,].*[。：:]|单位[:：]/.test(t) || /^[(（][0-9一二三四五六七八九十]+[)）].{6,}/.test(t);
}
/** Whether the text holds a mark of prose (。：:；;，,(（), tested by code: no expression per row. */
function hasSentenceMark(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x3002 || c === 0xff1a || c === 0x3a || c === 0xff1b || c === 0x3b || c === 0xff0c || c === 0x2c || c === 0x28 || c === 0xff08) return true;
  }
  return false;
}

export type RowClass =
  | { kind: "blank" }
  | { kind: "note" }
  /** `col` is the sheet column (or array index for classifyValues) of the label's cell. */
  | { kind: "total"; label: string; scope: "table" | "category"; col: number }
  /** A row of column numbers under the header: (1) (2) (3), 1 2 3, 栏次 甲 乙. */
  | { kind: "colnum" }
  | { kind: "data" };

const BLANK: RowClass = { kind: "blank" };
const NOTE: RowClass = { kind: "note" };
const DATA: RowClass = { kind: "data" };
const COLNUM: RowClass = { kind: "colnum" };

/**
 * Classifies a row within columns c0..c1, reading raw values (merges are the caller's concern).
 * A total's `col` is a sheet column here.
 */
export function classifyRow(reader: GridReader, row: number, c0: number, c1: number): RowClass {
  const values = reader.grid.values[row - reader.grid.top];
  if (!values) return BLANK;
  const left = reader.grid.left;
  const cls = classifyValues(values, c0 - left, c1 - left);
  return cls.kind === "total" ? { ...cls, col: cls.col + left } : cls;
}

/** The same on a row array, with array indexes i0..i1 (used by the register's tight loop). */
export function classifyValues(values: Cell[], i0: number, i1: number): RowClass {
  const end = Math.min(i1, values.length - 1);
  let head = -1;
  let second = -1;
  let seen = 0;
  for (let i = Math.max(0, i0); i <= end; i++) {
    const v = values[i];
    if (v === null || v === undefined || v === "") continue;
    if (typeof v === "string") {
      // A total label sits in one of the first three filled cells (after a 序号, say).
      if (seen < 3 && mayBeTotal(v)) {
        const scope = totalWord(v);
        if (scope) return { kind: "total", label: v.trim(), scope, col: i };
      }
      if (head < 0 && v.trim() === "") continue;
    }
    if (head < 0) head = i;
    else if (second < 0) second = i;
    if (++seen >= 3) break;
  }
  if (head < 0) return BLANK;
  const first = values[head];
  if (typeof first !== "string") return columnNumbers(values, head, end) ? COLNUM : DATA;
  if (isNoteText(first)) return NOTE;
  // A label's colon (either width) within its first thirty characters (an office's name may come before 意见：), found in
  // one scan (this runs on every row); the sign-off pattern then decides.
  if (colonWithin(first, 30) && SIGN_OFF_LABEL.test(first.trim()) && signOffCells(values, head, end)) return NOTE;
  // A name and, a column or more between them, a date written out in full, nothing else: the
  // office's sign-off (落款) under a list. (A list of names and dates has them side by side.)
  if (seen === 2 && second - head >= 2) {
    const d = values[second];
    if (typeof d === "string" && d.length <= 16 && d.endsWith("日") && FULL_DATE.test(d)) return NOTE;
  }
  // One sentence alone in the row is a note or the next table's caption, not data; a breakdown's
  // label (按征收部门分：) heads the rows under it.
  if (isSentence(first)) {
    for (let i = head + 1; i <= end; i++) if (!isBlank(values[i])) return DATA;
    return BREAKDOWN.test(first) ? DATA : NOTE;
  }
  if (columnNumbers(values, head, end)) return COLNUM;
  // The code and name columns' labels before the numbers (类款项 | 栏次 | 1 | 2 | 3, 项目 | 行次 | 1 | 2): the
  // marker in the second cell tells it from a line (201 | 一般公共服务 | 1 | 2 | 3).
  const marker = second >= 0 ? values[second] : null;
  if (typeof marker === "string" && PADDED_MARKER.test(marker) && LABEL.test(first.replace(/\s+/g, "")) && columnNumbers(values, second, end)) return COLNUM;
  return DATA;
}

/** Whether a colon of either width (： or :) stands at an index from 1 to max of the text. */
function colonWithin(t: string, max: number): boolean {
  const n = Math.min(t.length - 1, max);
  for (let i = 1; i <= n; i++) {
    const c = t.charCodeAt(i);
    if (c === 0xff1a || c === 0x3a) return true;
  }
  return false;
}

/** 栏次 / 行次, spaced or not (栏 次). */
const MARKER = /^[栏行]\s*次$/;
/** The same with spaces around it: tested as typed, with no trimmed copy made on every row. */
const PADDED_MARKER = /^\s*[栏行]\s*次\s*$/;
/** A column's label before the marker: ideographs alone, no figure (类款项, 支出功能分类科目编码). */
const LABEL = /^[\u4e00-\u9fff（）()、]{2,16}$/;

/** What a column marker can begin with (spaces, digits, brackets, 栏次 / 行次, 甲乙…, letters), full-width too. */
const COLNUM_FIRST = /^[\s\d(（栏行甲乙丙丁戊己A-Z\uff10-\uff19\uff08\uff21-\uff3a\u3000]/;
/** The ideographs a column marker can begin with, as codes. */
const COLNUM_IDEOGRAPHS = new Set(Array.from("栏行甲乙丙丁戊己", (c) => c.charCodeAt(0)));
/** COLNUM_FIRST, with a name's ideograph told by its code (no expression run on every row's name). */
function colnumFirst(v: string): boolean {
  const c = v.charCodeAt(0);
  if (c >= 0x4e00 && c <= 0x9fff) return COLNUM_IDEOGRAPHS.has(c);
  return COLNUM_FIRST.test(v);
}
const COLNUM_TEXT = /^([(（]\s*\d{1,2}\s*[)）]\s*(=.*)?|栏次|行次|[甲乙丙丁戊己]|[A-Z]|\d{1,2}\s*=\s*[\d+\-*/×()（）\s]+|[(（]?\d{1,2}[)）]?\s*[+\-*/×÷]\s*[(（]?\d{1,2}[)）]?.*)$/;

/**
 * A row that only numbers the columns: every filled cell a column number, at least three of
 * them, plain numbers rising by one (`1 2 3 4`) or bracketed/lettered markers. A row led by
 * 栏次 / 行次 may also carry the sub-headings of a merged heading's columns (`栏次 | 1 | 2 | 增加额 |
 * 增加幅度`): two header rows folded into one, still no line of the table.
 */
function columnNumbers(values: Cell[], from: number, end: number): boolean {
  let n = 0;
  let marked = false;
  let led = false;
  let numbers = 0;
  let words = 0;
  let last: number | null = null;
  for (let i = from; i <= end; i++) {
    const v = values[i];
    if (v === null || v === undefined || v === "") continue;
    if (typeof v === "string" && (v.length > 14 || !colnumFirst(v))) {
      if (led && subHeading(v)) {
        words++;
        continue;
      }
      return false; // column markers are short
    }
    if (typeof v === "number") {
      if (!Number.isInteger(v) || v < 0 || v > 60) return false;
      if (last !== null && v !== last + 1) return false;
      last = v;
      numbers++;
    } else if (typeof v === "string") {
      const t = toHalfWidth(v).trim();
      if (t === "") continue;
      if (/^\d{1,2}$/.test(t)) {
        const x = Number(t);
        if (last !== null && x !== last + 1) return false;
        last = x;
        numbers++;
      } else if (MARKER.test(t)) {
        marked = true;
        if (n === 0) led = true;
      } else if (!COLNUM_TEXT.test(t)) {
        if (led && subHeading(t)) {
          words++;
          continue;
        }
        return false;
      }
    } else return false;
    n++;
  }
  // Sub-headings beside the numbers only under a leading 栏次 / 行次 and a column number at least.
  if (words > 0) return led && numbers >= 1;
  return n >= 3 || (marked && n >= 2);
}

/**
 * A row labelled as a change between the rows above it (2016年比2015年增减%, 增减额, 增长%, 比上年增减): like a change
 * column, no figures of its own to check.
 */
export function isChangeLabel(text: string): boolean {
  return /增减|增长|增幅|降幅|变动|同比|[比较](?:上年|去年|(?:19|20)\d{2}\s*年)/.test(toHalfWidth(text));
}

/** A column's sub-heading: a few ideographs, no figure (增加额, 增加幅度, 增减%). */
function subHeading(v: string): boolean {
  const t = v.trim();
  return t.length >= 2 && t.length <= 8 && /^[\u4e00-\u9fff%％（）()]+$/.test(t);
}

const CN_DIGITS = "一二三四五六七八九十";

/**
 * The outline level a label's numbering gives: 一、 → 1, （一） → 2, 1、 / 1. → 3, （1） → 4,
 * ① → 5; null when it has none. `1.1` and `2021.` are no numbering.
 */
export function outlineLevel(text: string): number | null {
  const t = toHalfWidth(text).trim();
  if (/^第[一二三四五六七八九十]+(部分|章|篇)/.test(t)) return 1;
  if (new RegExp(`^[${CN_DIGITS}]+\\s*[、.]`).test(t)) return 1;
  if (new RegExp(`^\\(\\s*[${CN_DIGITS}]+\\s*\\)`).test(t)) return 2;
  if (/^\d{1,2}\s*[、.](?!\d)/.test(t)) return 3;
  if (/^\(\s*\d{1,2}\s*\)/.test(t)) return 4;
  if (/^[①-⑳]/.test(t)) return 5;
  return null;
}

/**
 * The outline level a numbering column's cell gives (序号 holding 一 / （一） / 1 / （1）):
 * 一 → 1, （一） → 2, 1 → 3, 1.1 → 4, （1） → 4, ① → 5; null when it is no numbering.
 */
export function numberingLevel(v: Cell): number | null {
  if (typeof v === "number") return Number.isInteger(v) && v > 0 && v < 1000 ? 3 : null;
  if (typeof v !== "string") return null;
  const t = toHalfWidth(v).trim();
  if (t === "") return null;
  if (new RegExp(`^[${CN_DIGITS}]+[、.]?$`).test(t)) return 1;
  if (new RegExp(`^\\(\\s*[${CN_DIGITS}]+\\s*\\)$`).test(t)) return 2;
  if (/^\d{1,3}[、.]?$/.test(t)) return 3;
  const dotted = /^\d{1,3}(\.\d{1,3})+$/.exec(t);
  if (dotted) return 3 + (t.split(".").length - 1);
  if (/^\(\s*\d{1,3}\s*\)$/.test(t)) return 4;
  if (/^[①-⑳]$/.test(t)) return 5;
  return null;
}

/** Characters up to which a phrase of a heading, or a term in its closing bracket, stays short. */
const HEADING_PHRASE = 16;

/**
 * One short numbered text alone in the row, merged across columns from where it is written, one row high:
 * a section heading of a table's own outline (`（一）支持先进制造业发展政策`), no note, though long enough to read
 * as one. A document's headings often pair two phrases (支持制造业发展，培育…现代化产业体系): each a heading's
 * length, no full stop; a note runs on in clauses.
 */
export function outlineHeadingRow(reader: GridReader, row: number, c0: number, c1: number): boolean {
  let text: string | null = null;
  for (let c = c0; c <= c1; c++) {
    const v = reader.raw(row, c);
    if (isBlank(v)) continue;
    const m = reader.merge(row, c);
    if (text !== null || typeof v !== "string" || !m || m.r0 !== row || m.r1 !== row || m.c0 !== c || m.c1 <= c) return false;
    text = v;
  }
  const level = text === null ? null : outlineLevel(text);
  if (text === null || level === null) return false;
  const rest = headingWithoutTerms(headingBeforeAims(stripNumbering(text), level));
  if (rest === null || /[。：:；;]/.test(rest)) return false;
  const phrases = rest.split(/[，,]/);
  if (phrases.length === 1) return rest.length >= 2 && rest.length < HEADING_PHRASE + 8;
  return phrases.length === 2 && phrases.every((p) => p.length >= 4 && p.length < HEADING_PHRASE + 8);
}

/**
 * A part's heading stating its goal or budget after a colon (`一、推进…发展（由…牵头实施）：…比重达3%；当年安排
 * 预算10亿元。`): the prose is the part's, figures with their units, no item and no cap; the heading
 * is what stands before it. Only a part or a measure (一、, （一）) states them; any other text is itself.
 */
function headingBeforeAims(text: string, level: number): string {
  if (level > 2) return text;
  const m = /^([^：:。；;]+)[：:](.+)$/.exec(text);
  return m && STATED_FIGURE.test(m[2]) ? m[1] : text;
}

/** A figure with its unit (3%, 10亿元, 20家): a goal or a budget stated in prose. */
const STATED_FIGURE = /\d(?:\.\d+)?\s*(?:[%％]|[万亿]?元|[万]?[个家项户人所座])/;

/**
 * A heading without the terms a bracket closing it states (`产值首次超亿元企业（超2亿元奖励20万元，超1亿元奖励10万元）`,
 * a section of an award list with its standards): short terms, listed, no sentence; null when the bracket
 * reads as prose (a full stop, or a clause too long for a term). A heading with no such bracket is itself.
 */
function headingWithoutTerms(text: string): string | null {
  const m = /^(.+?)[（(]([^（）()]*)[)）]$/.exec(text);
  if (!m) return text;
  if (/[。]/.test(m[2])) return null;
  const terms = m[2].split(/[，,；;、]/);
  return terms.every((t) => t.trim().length <= HEADING_PHRASE) ? m[1] : null;
}

/** Strips a leading list number: `1. 支持…`, `2、`, `（三）`, `一、`, `①`. */
export function stripNumbering(text: string): string {
  return text
    .trim()
    .replace(/^([(（]\s*[0-9一二三四五六七八九十]+\s*[)）]|[0-9一二三四五六七八九十]+\s*[.．、)）](?![0-9])|[①-⑳])\s*/, "")
    .trim();
}

/** A cell that only numbers a row: 1, `1.`, `（一）`, `一、`. */
export function isNumbering(v: Cell): boolean {
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 && v < 100000;
  if (typeof v !== "string") return false;
  return /^\s*([(（]?\s*[0-9一二三四五六七八九十]+\s*[.．、)）]?)\s*$/.test(v);
}

/** Leading spaces of a label (full-width counts as two): indentation used as an outline. */
export function indentOf(v: Cell): number {
  if (typeof v !== "string") return 0;
  let n = 0;
  for (const ch of v) {
    if (ch === " ") n++;
    else if (ch === "\u3000") n += 2;
    else break;
  }
  return n;
}

/**
 * How far a 其中 label's part name stands right of its start, as indentOf counts (a wide character 2):
 * `其中：中央财政补助` is 6, so a line indented 6 under it (`      自治区本级`) aligns with 中央, its peer.
 */
export function partPrefixWidth(text: string): number {
  const m = /^\s*(其中\s*[:：,，、]?\s*)/.exec(text);
  if (!m) return 0;
  let n = 0;
  for (const ch of m[1]) n += ch.charCodeAt(0) > 0xff ? 2 : 1;
  return n;
}

/** `加：市体制补助`, `减：上解支出`: a line an account of resources adds to or takes off what stands above it. */
const ADJUST = /^\s*([加减]\s*[:：]\s*)/;

/** The sign a `加：` / `减：` label marks its line with; null when it marks none. */
export function adjustSign(text: string): "+" | "-" | null {
  const m = ADJUST.exec(text);
  return m ? (m[1].trim().startsWith("加") ? "+" : "-") : null;
}

/**
 * How far a `加：` / `减：` label's name stands right of its start, as indentOf counts: the lines indented
 * under `加：市体制补助` (`    市定额及结算补助`) are further lines it adds, its peers, not its parts.
 */
export function adjustPrefixWidth(text: string): number {
  const m = ADJUST.exec(text);
  if (!m) return 0;
  let n = 0;
  for (const ch of m[1]) n += ch.charCodeAt(0) > 0xff ? 2 : 1;
  return n;
}

/** `其中：财政拨款` → 财政拨款 (a part of the row above); null when the label is no part. */
export function partLabel(text: string): string | null {
  const m = /^\s*其中\s*[:：,，、]?\s*(.*)$/.exec(toHalfWidth(text));
  return m ? m[1].trim() : null;
}

/** A part naming the rest of its line (`其中：其他资金`). */
const REST = /^其[他它]/;

/** `非税收入` beside `税收收入`, `非财政资金` beside `财政资金`: the part is the line less the other. */
export function complements(part: string, other: string): boolean {
  if (!part.startsWith("非") || part.length < 3) return false;
  const rest = part.slice(1);
  return other[0] === rest[0] && other.endsWith(rest.slice(1));
}

/**
 * Levels of government a part may name, top down (中央 0, 省 1, 市 2, 县 3, 乡 4; 本级 | 下级 apart):
 * `rest` when the word takes in every level below its own too (市县, 县区 with their towns, 下级).
 */
const LEVELS: readonly { words: readonly string[]; tier: number; rest: boolean }[] = [
  { words: ["中央"], tier: 0, rest: false },
  { words: ["地方"], tier: 1, rest: true },
  { words: ["省级", "省本级", "全省本级"], tier: 1, rest: false },
  { words: ["市县", "市县级", "市县区", "市州县", "地县"], tier: 2, rest: true },
  { words: ["市级", "市本级", "地市级", "州级", "州本级", "盟级"], tier: 2, rest: false },
  { words: ["县级", "县区", "区县", "县市区", "县（市、区）", "县区级", "区县级", "区级", "旗县", "县市"], tier: 3, rest: true },
  { words: ["县本级", "区本级", "旗本级"], tier: 3, rest: false },
  { words: ["乡镇", "镇街", "街镇", "乡级", "镇级", "乡镇级", "乡镇街道", "镇（街道）"], tier: 4, rest: true },
  { words: ["本级"], tier: 10, rest: false },
  { words: ["下级"], tier: 11, rest: true },
];

/** `省级支出` → its level and what follows it (支出); null when the name opens with no level. */
function levelOf(name: string): { tier: number; rest: boolean; tail: string } | null {
  const t = stripNumbering(toHalfWidth(name)).replace(/\s+/g, "");
  let best: { tier: number; rest: boolean; tail: string; len: number } | null = null;
  for (const l of LEVELS)
    for (const w of l.words) {
      const word = toHalfWidth(w);
      if (t.startsWith(word) && (!best || word.length > best.len)) best = { tier: l.tier, rest: l.rest, tail: t.slice(word.length), len: word.length };
    }
  return best && { tier: best.tier, rest: best.rest, tail: best.tail };
}

/**
 * Parts naming levels of government that together are every level of their line, top down and
 * alike but for the level (省级支出 | 市县支出, 市本级 | 县区, 市级 | 县级, 本级 | 下级): 省级 | 市级 with no 县
 * is only some of it.
 */
export function spansLevels(names: readonly string[]): boolean {
  if (names.length < 2) return false;
  // Stops at the first name that is no next level (most lists are not by level at all).
  let last: ReturnType<typeof levelOf> = null;
  for (const n of names) {
    const l = levelOf(n);
    if (!l || (last && (l.tail !== last.tail || l.tier !== last.tier + 1))) return false;
    last = l;
  }
  return !!last?.rest;
}

/**
 * Parts that are all of their line: one of them the rest (其他资金), the complement of another
 * (税收收入 | 非税收入), or every level of government (省级 | 市县). Nothing further can be a part of that line.
 */
export function completesLine(names: readonly string[]): boolean {
  return names.some((n, i) => REST.test(n) || names.some((o, j) => j !== i && complements(n, o))) || spansLevels(names);
}

/**
 * Parts that together spell their line, one piece of its name each (公务用车购置及运行费 over 公务用车购置费 |
 * 公务用车运行费; 会议费和培训费 over 会议费 | 培训费; the shared words left off, 购置经费 | 运行维护费): the name joins
 * them, so they are all of it.
 */
export function spellsLine(line: string, names: readonly string[]): boolean {
  const pieces = stripNumbering(toHalfWidth(line)).split(/[及和与、]/).map((p) => p.trim());
  if (pieces.length < 2 || pieces.length !== names.length || pieces.some((p) => p.length < 2)) return false;
  // Each piece in a part of its own, in any order (运行维护费 before 购置费).
  const left = names.map((n) => stripNumbering(toHalfWidth(n)));
  const lead = pieces[0].replace(MONEY_TAIL, "");
  return pieces.every((p, k) => {
    const i = left.findIndex((n) => n !== "" && (n.includes(p) || namesOwnPiece(n, p.replace(MONEY_TAIL, ""), k === 0, lead)));
    if (i < 0) return false;
    left[i] = "";
    return true;
  });
}

/** A money word closing a name (费, 经费, 资金): a part may say its own. */
const MONEY_TAIL = /(?:经费|费用|资金|支出|费)$/;

/**
 * A part naming only its own piece of the line, the words every piece shares said once in the line (公务用车
 * before the first piece, 费 after the last): 购置经费 under 公务用车购置及运行维护费 (the first piece's tail),
 * 运行维护费 or 公务用车运行经费 (a later piece whole, perhaps after the line's head), each with a money word of its
 * own. The name must be the piece and nothing else, so 最低生活保障 is no piece of 社会保障和就业支出.
 */
function namesOwnPiece(name: string, core: string, first: boolean, lead: string): boolean {
  const body = name.replace(MONEY_TAIL, "");
  if (body.length < 2 || core.length < 2) return false;
  // The first piece's tail alone is its name only with a money word of its own (购置经费, not 车购置).
  if (first) return name !== body && lead.endsWith(body);
  return body.endsWith(core) && lead.startsWith(body.slice(0, body.length - core.length));
}

/**
 * `含：均衡性转移支付` → 均衡性转移支付: a part of the 其中 line just above it (a part's own parts,
 * indented under it); null when the label is no such part.
 */
export function nestedPartLabel(text: string): string | null {
  const m = /^\s*含\s*[:：]\s*(.+)$/.exec(toHalfWidth(text));
  return m ? m[1].trim() : null;
}

/** `(2)` or `(二)` opening a label, as a number; null when it opens with no bracketed number. */
export function bracketNumber(text: string): number | null {
  const m = /^\s*\(\s*(\d{1,2}|[一二三四五六七八九十])\s*\)/.exec(toHalfWidth(text));
  if (!m) return null;
  return /\d/.test(m[1]) ? Number(m[1]) : CN_DIGITS.indexOf(m[1]) + 1;
}

/** A label numbered next after the one above (`其中：（1）运行维护费` over `（2）购置`): the same list's. */
function numberedNext(label: string, above: string | null): boolean {
  const n = bracketNumber(label);
  const p = above === null ? null : bracketNumber(partLabel(above) ?? above);
  return n !== null && p !== null && n === p + 1;
}

/**
 * Rows after a `其中：` row are parts of the same whole until the next numbered row, when the table
 * numbers its rows (`二、支出 | 其中：教育 | 社会保障 | 农林水 | 三、…`): `partOf` per row, in place.
 * In a table without numbering, the rows after it indented as deep as it and deeper than the whole
 * (`　其中：教育支出 | 　　　　科学技术支出`) run the list on; otherwise only the 其中 row is a part. A line numbered
 * next after the one above (`其中：（1）…` then `（2）…`) runs it on in either.
 */
export function continueParts(labels: readonly (string | null)[], partOf: (number | undefined)[], indents?: readonly number[]): void {
  const numbered = labels.some((l) => l !== null && outlineLevel(l) !== null);
  if (!numbered && !indents) return;
  // The whole (the last row no part) and the 其中 row opening the list, by index.
  let whole = -1;
  let first = -1;
  for (let i = 0; i < labels.length; i++) {
    if (partOf[i] === undefined && i > 0 && partOf[i - 1] !== undefined && runsOn(i)) partOf[i] = partOf[sibling(i)];
    if (partOf[i] === undefined) whole = i;
    else if (i === 0 || partOf[i - 1] === undefined) first = i;
  }
  function runsOn(i: number): boolean {
    const l = labels[i];
    // A bracketed number following the one the list opened with (其中：（1）… | （2）…) runs it on.
    if (l !== null && numberedNext(l, labels[i - 1])) return true;
    if (l === null || outlineLevel(l) !== null || totalWord(l) !== null) return false;
    const at = indents?.[i] ?? 0;
    const base = indents?.[whole] ?? 0;
    // A list indented under its whole ends where a line steps back out to the whole's level, even
    // in a numbered table whose numbers head only its sections (一、收入 | … | 二、支出).
    if (numbered) return !(whole >= 0 && at <= base && (indents?.[i - 1] ?? 0) > base);
    return whole >= 0 && first >= 0 && at > base && at >= (indents?.[first] ?? 0);
  }
  // The list a line runs on: the nearest line above in the run indented no deeper (a part's own
  // parts, indented under it, end where the lines step back to the part's level).
  function sibling(i: number): number {
    const at = indents?.[i] ?? 0;
    for (let j = i - 1; j > whole; j--) if ((indents?.[j] ?? 0) <= at) return j;
    return i - 1;
  }
}

/**
 * A row holding only one text, merged across two or more columns to the table's last, one row high
 * and starting right of its first column (an office's name or date signing a list at the right).
 */
export function signOffAtRight(reader: GridReader, row: number, c0: number, c1: number): boolean {
  let text = -1;
  for (let c = c0; c <= c1; c++) {
    if (isBlank(reader.raw(row, c))) continue;
    if (text >= 0) return false;
    text = c;
  }
  if (text <= c0 || typeof reader.raw(row, text) !== "string") return false;
  const m = reader.merge(row, text);
  return !!m && m.c0 === text && m.r0 === row && m.r1 === row && m.c1 > m.c0 && m.c1 >= c1;
}
