/**
 * Register readings an allocation's layout rules out though a payee column is there: rows that are lines of money
 * shared out (to a group of places counted, or to a project over the years of a plan), not applicants.
 */
import type { Cell } from "../../grid";
import type { ColumnRead } from "../../tables/base";
import { FIRM_ENDS, PAYEE_MARKS } from "./fields";

/** Payments or codes make a list of payees whatever else it holds. */
const PAYEE_FIELDS: ReadonlySet<string> = new Set(PAYEE_MARKS);

/** A count of the objects a row's award goes to, headed right of them (奖励对象 | 个数). */
const COUNT_OF_OBJECTS = ["个数", "县数", "县个数", "对象数", "对象个数", "地区数", "区县数", "县区数", "单位数", "单位个数"];
/** A count of objects (数量, 数量（个）, 数量（家）): not of machines or land (台, 亩), which a single firm may buy. */
const COUNT_OF_KIND = /^数量([（(](个|家|户|处)[）)])?$/;

/**
 * Objects counted right of the payee column (奖励对象 | 个数, 支持对象 | 数量（个）), some count above one, no payment nor
 * credit code: what a line of an allocation may award at once. With `direction`, a bare 数量 counts too, and the rows'
 * names or heading must show them kinds or several bodies (severalUnderDirection).
 */
function objectsCounted(
  labels: readonly { key: string }[],
  columns: readonly ColumnRead[],
  values: readonly (readonly Cell[])[],
  direction: boolean,
): boolean {
  if (columns.some((c) => c.field !== null && PAYEE_FIELDS.has(c.field))) return false;
  const payee = columns.findIndex((c) => c.field === "enterprise" && !c.part);
  const count = payee + 1;
  if (payee < 0 || count >= columns.length || columns[count].field !== null) return false;
  const head = labels[count]?.key ?? "";
  if (!COUNT_OF_OBJECTS.includes(head) && !(direction && COUNT_OF_KIND.test(head))) return false;
  if (!(values[count] ?? []).some((v) => typeof v === "number" && Number.isInteger(v) && v > 1)) return false;
  return !direction || severalUnderDirection(labels, columns, payee, values[payee] ?? []);
}

/**
 * Awards by kind to objects counted beside them (奖励类别 | 奖励对象 | 个数 | 奖励资金: 甲类县 12, 其余8个县): a row awarding
 * several places at once is a line of an allocation, not an applicant. A firm is one; a list of firms with codes stays a register.
 */
export function groupsCounted(labels: readonly { key: string }[], columns: readonly ColumnRead[], values: readonly (readonly Cell[])[]): boolean {
  return objectsCounted(labels, columns, values, false);
}

/** A direction heading the rows' money (支持方向, 扶持方向): what each line of a fund is spent on. */
const DIRECTION = /方向$/;
/** A heading naming the objects a line supports (支持对象): kinds or groups, where a 名称 or 单位 heading names one body. */
const OBJECT_HEADS = ["支持对象", "扶持对象", "补助对象", "补贴对象", "奖补对象", "资助对象"];
/** The ending of a kind of beneficiary (…专精特新企业, …示范平台, …创业载体), not of one body's name. */
const KIND_ENDS = ["企业", "平台", "载体"];
/** A note closing a name (…企业（含…）): set aside before its ending is read. */
const CLOSING_NOTE = /[（(][^）)]*[）)]$/;

/**
 * Under a direction left of the objects, something showing a row is no single payee: an object heading (支持对象), a kind
 * (…企业, …平台, …载体) or several bodies listed on one row (甲区、乙县). Names of bodies under a 单位 or 名称 heading
 * (某大学, 甲乙科技) are payees whatever they count; a row naming a firm (…有限公司, …合作社) keeps a register too.
 */
function severalUnderDirection(labels: readonly { key: string }[], columns: readonly ColumnRead[], payee: number, cells: readonly Cell[]): boolean {
  if (payee < 1 || labels.length !== columns.length || !labels.slice(0, payee).some((l) => DIRECTION.test(l.key))) return false;
  const names = namesIn(cells);
  if (names.length < 2 || names.some((v) => FIRM_ENDS.some((e) => v.endsWith(e)))) return false;
  return OBJECT_HEADS.includes(labels[payee].key) || names.some((v) => v.includes("、") || KIND_ENDS.some((e) => v.endsWith(e)));
}

/**
 * Objects counted beside the money under a direction (支持方向 | 支持对象 | 数量（个） | 下达资金: 专精特新企业 27, three zones
 * listed on one row): each row names a kind of beneficiary or several bodies, a line of an allocation, not one payee.
 */
export function directionsCounted(labels: readonly { key: string }[], columns: readonly ColumnRead[], values: readonly (readonly Cell[])[]): boolean {
  return objectsCounted(labels, columns, values, true);
}

/** Names in a column, trimmed, a closing note set aside (…养殖场（户）). */
function namesIn(cells: readonly Cell[]): string[] {
  return cells.filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim().replace(CLOSING_NOTE, ""));
}

/**
 * Objects described under an object heading (补贴项目 | 合计 | 甲区 | 乙区 | 补贴对象: 大棚设施受损的经营主体, 10亩以上的农户):
 * most rows say which kind of beneficiary a line pays and on what condition (…的…), none names a firm: lines of an
 * allocation by kind, no payees. A 补贴对象 column of firms' or people's names beside their amounts stays a register.
 */
export function objectsDescribed(labels: readonly { key: string }[], columns: readonly ColumnRead[], values: readonly (readonly Cell[])[]): boolean {
  if (labels.length !== columns.length || columns.some((c) => c.field !== null && PAYEE_FIELDS.has(c.field))) return false;
  const payee = columns.findIndex((c) => c.field === "enterprise" && !c.part);
  if (payee < 0 || !OBJECT_HEADS.includes(labels[payee].key)) return false;
  const names = namesIn(values[payee] ?? []);
  if (names.length < 2 || names.some((v) => FIRM_ENDS.some((e) => v.endsWith(e)))) return false;
  return names.filter((v) => v.includes("的")).length * 2 > names.length;
}

/** The body running a named project, cluster or base (集群名称 | 运营单位): whom a plan sends the project's money to. */
const RUNNING_BODY = ["运营单位", "运营主体", "运营机构", "运营方", "管理单位", "管理机构", "管理主体", "管护单位", "管护主体"];
/** A year of a plan, counted from its start (首年, 第二年) or by the calendar (2024年). */
const PLAN_YEAR = /^(首年|第[一二三四五六七八九十\d]+年度?)$/;
const ROW_TOTAL = /^(小计|合计|总计|合计金额|资金合计)$/;

/**
 * A plan of money over years for named projects and the bodies running them (集群名称 | 运营单位 | 首年 | 第二年 | 第三年 |
 * 合计): each project a line of an allocation, its years parts of its row total. A list of firms with codes stays a register.
 */
export function projectsPlannedByYear(labels: readonly { key: string; year?: number }[], columns: readonly ColumnRead[]): boolean {
  if (labels.length !== columns.length || columns.some((c) => c.field !== null && PAYEE_FIELDS.has(c.field))) return false;
  const body = columns.findIndex((c) => c.field === "enterprise" && !c.part);
  if (body < 0 || !RUNNING_BODY.includes(labels[body].key) || !columns.some((c) => c.field === "project")) return false;
  const parts = columns.map((c, i) => ({ c, l: labels[i] })).filter((x) => x.c.part && (x.c.field === "approved" || x.c.field === "requested"));
  if (parts.length < 2 || !parts.every((x) => PLAN_YEAR.test(x.l.key) || x.l.year !== undefined)) return false;
  const whole = columns.findIndex((c) => c.col === parts[0].c.part?.of);
  return whole >= 0 && ROW_TOTAL.test(labels[whole].key);
}

/** Money headed as allocated (分配金额, 下达资金): what an allocation sends each body, not what an applicant is awarded. */
const ALLOCATED = /^(分配|下达)(金额|资金|数|额)$/;
/** A budget classification heading (支出功能分类科目, 政府预算经济分类科目): the class each line's money is spent under. */
const BUDGET_CLASS = /(功能分类|经济分类)/;
/** Title words of an allocation sending money down (…资金分配表, …资金下达表). */
const SENT_DOWN_TITLE = ["分配表", "下达表"];

/**
 * Money headed as allocated to bodies (单位 | 分配金额) under a title naming an allocation (…资金分配表), beside budget
 * classification codes (支出功能分类科目) or under section subtotals grouping the recipients (一、省直部门小计): lines of an
 * allocation whose subtotals are checked, not a register of awards. A list of firms with credit codes stays a register.
 */
export function bodiesAllocated(labels: readonly { key: string }[], columns: readonly ColumnRead[], title: string, subtotals = 0): boolean {
  if (!SENT_DOWN_TITLE.some((w) => title.includes(w)) || title.includes("名单")) return false;
  if (labels.length !== columns.length || columns.some((c) => c.field !== null && PAYEE_FIELDS.has(c.field))) return false;
  if (!columns.some((c, i) => c.field === "approved" && !c.part && ALLOCATED.test(labels[i].key))) return false;
  return subtotals > 0 || labels.some((l, i) => columns[i].field === null && BUDGET_CLASS.test(l.key));
}

/** The body carrying out the work an allocation pays for (实施主体, 实施单位): whom a line's money goes through, no applicant. */
const WORKING_BODY = ["实施主体", "项目实施主体", "实施单位", "项目实施单位", "承担主体", "项目承担主体", "建设主体"];
/** A place heading a column (县（市）, 县区, 乡镇): the county or town a body works in. */
const PLACE_HEAD = /^(县|区|市|旗|县区|区县|县市|市县|县市区|旗区|旗县|旗县区|乡镇|镇街|街镇|区镇)$/;

/**
 * The bodies carrying out the work under a county (县（市） | 实施主体 | 中央财政资金), the county's 小计 over them: an allocation's
 * lines grouped by place, the 小计 checked, no list of applicants. Payments or credit codes keep a register of payees.
 */
export function bodiesUnderPlaces(labels: readonly { key: string }[], columns: readonly ColumnRead[], subtotals = 0): boolean {
  if (subtotals === 0 || labels.length !== columns.length || columns.some((c) => c.field !== null && PAYEE_FIELDS.has(c.field))) return false;
  const body = columns.findIndex((c) => c.field === "enterprise" && !c.part);
  return body > 0 && WORKING_BODY.includes(labels[body].key) && PLACE_HEAD.test(labels[body - 1].key);
}
