/** The register kind: application registers and award lists (申报清单, 公示名单, 拟扶持名单). */
import { both } from "../../i18n/localised";
import type { KindDescriptor } from "../define";
import { checkCaps } from "./caps";
import { checkRegister } from "./check";
import { checkPayments } from "./money";
import { checkSplits } from "./split";
import { COUNTY_APPLICANTS, COUNTY_LIST_TITLES, PILOT_LIST_TITLES, PILOT_VILLAGES, RECOGNISED_CLUSTERS, RECOGNISED_PLACE_TITLES, RECOGNISED_PLACES, REGION_VALUE, REWARDED, REGISTER_FIELDS, type RegisterField } from "./fields";
import { isBlank, type Cell } from "../../grid";
import { ALLOCATION_TITLE } from "../composition/fields";
import { bodiesAllocated, bodiesUnderPlaces, directionsCounted, groupsCounted, objectsDescribed, projectsPlannedByYear } from "./linesAllocated";
import { readRegister } from "./read";
import { withRows } from "./store";
import { REGISTER_RULES } from "./rules";
import type { RegisterTable } from "./types";
import type { TableSpec } from "../../tables/spec";
import { lastLevel } from "../../tables/base";

/** Levels of government, highest first, as a money column's heading opens (市级立项经费, 区级配套资金, 国拨经费). */
const LEVELS: readonly RegExp[] = [/^(中央|国家|国拨)/, /^省/, /^(市|州)/, /^(县|区)/];
/** A sum headed as matching a grant (拟匹配金额, 配套资金) with no level of its own: below the grant it matches. */
const MATCHED = /(匹配|配套)/;
/** The heading's level, or its last level's under a merged heading (经费 over 国拨经费 | 拟匹配金额). */
function levelOf(header: string): number {
  const h = header.trim();
  const last = lastLevel(h).trim();
  const at = LEVELS.findIndex((re) => re.test(h));
  const own = at >= 0 ? at : LEVELS.findIndex((re) => re.test(last));
  return own >= 0 || !MATCHED.test(last) ? own : LEVELS.length;
}
/** What an upper level granted: money words, not counts or rates. */
const GRANT = /(经费|资金|奖励|补助|资助|金额|拨款)/;

/**
 * A lower level's award headed as matching (区级配套资金, 拟匹配金额) or by its level (市级奖励), right of an
 * upper level's grant it is a share of (市级立项经费, 省级补助资金, 国拨经费): the upper grant is the base the
 * match's rate is taken of (1:1, 双倍), the lower the award. Read so only when no column is the
 * base already and the two are the only money columns headed by a level.
 */
function upperLevelBase(spec: TableSpec): void {
  if (spec.columns.some((c) => c.field === "base")) return;
  const levelled = spec.columns.filter((c) => {
    const h = (c.header ?? "").trim();
    return !c.part && (c.field === null || c.field === "approved") && levelOf(h) >= 0 && GRANT.test(h);
  });
  if (levelled.length !== 2) return;
  const [upper, lower] = levelled;
  if (levelOf(upper.header.trim()) >= levelOf(lower.header.trim())) return;
  const other = spec.columns.find((c) => c.field === "approved" && c !== upper && c !== lower);
  if (other) return;
  upper.field = "base";
  lower.field = "approved";
  // --explain says why, as for a heading read by its words.
  for (const c of levelled) {
    const h = c.header.trim();
    const word = /^(中央|国家|国拨|省|市|州|县|区)级?/.exec(h)?.[0] ?? /^(中央|国家|国拨|省|市|州|县|区)级?/.exec(lastLevel(h))?.[0] ?? MATCHED.exec(h)?.[0] ?? null;
    c.evidence = { key: c.evidence?.key ?? c.header, word, how: "level", score: c.evidence?.score ?? 0, fit: c.evidence?.fit ?? null };
  }
}

/**
 * A place column whose every value is a region of several cities (所属区域 珠三角地区 / 粤东地区) is the
 * rows' category, not their place: the catalog may split the award by region, and no geography knows it.
 */
function regionsAsCategory(spec: TableSpec): void {
  if (spec.columns.some((c) => c.field === "category")) return;
  const { grid } = spec.reader;
  const first = spec.headerTop + spec.headerRows;
  const last = Math.min(spec.limit, grid.top + grid.values.length - 1, first + 200);
  for (const c of spec.columns) {
    if (c.manual || (c.field !== "registeredIn" && c.field !== "taxRegisteredIn")) continue;
    const values: string[] = [];
    for (let row = first; row <= last; row++) {
      const v = grid.values[row - grid.top]?.[c.col - grid.left];
      if (!isBlank(v)) values.push(String(v).replace(/\s+/g, ""));
    }
    if (values.length < 2 || !values.every((v) => REGION_VALUE.test(v))) continue;
    c.field = "category";
    return;
  }
}

/** A row total's heading: the money after it is its parts. */
const ROW_TOTAL = /^(小计|合计|总计|合计金额|资金合计)$/;

/**
 * Places with no payee (no firm, body or code column) and a row total followed by its money by year
 * or by level of government (区镇 | 小计 | 2023年补助资金 | 2022年补助经费 | 本次下达): money composed and
 * shared among towns, an allocation, not a register. A list paying towns (乡镇 | 合同造价 | 已预拨 |
 * 本次预拨) has no such total and stays a register.
 */
function placesComposed(labels: readonly { key: string; year?: number }[], columns: readonly { field: string | null }[]): boolean {
  if (columns.some((c) => c.field === "enterprise" || c.field === "creditCode")) return false;
  if (!columns.some((c) => c.field === "registeredIn")) return false;
  return labels.some((l, i) => {
    if (!ROW_TOTAL.test(l.key)) return false;
    const after = labels.slice(i + 1, i + 3);
    if (after.length < 2 || !after.every((a) => GRANT.test(a.key))) return false;
    const years = after.map((a) => a.year);
    const levels = after.map((a) => levelOf(a.key));
    const distinct = (xs: readonly (number | undefined)[]) => xs.every((x) => x !== undefined && x >= 0) && new Set(xs).size === xs.length;
    return distinct(years) || distinct(levels);
  });
}

/** A village, town, street or community named (某镇某村, 某镇, 某社区) or counted by kind (贫困行政村, 贫困乡), a note in brackets set aside. */
const RURAL_PLACE = /(村|乡|镇|街道|社区)$/;
const PLACE_NOTE = /[（(][^）)]*[）)]$/;

/** An allocation's title, or one naming the points built (…新农村建设村点, …建设点): the villages are where the money goes. */
const PLACES_TITLE = [...ALLOCATION_TITLE, "建设村点", "建设点"];
/**
 * An allocation's title (…分配表, …安排表, …下达分配方案) over a payee column of villages and towns, no firm or code beside
 * them: money shared out among places, each a line, not a list of applicants. A payee column headed as the villages
 * (示范村名称, 村名称) says so whatever the names (…社区, …片). A list of pilot or model villages is titled a 名单 and
 * stays a register; so does an allocation paying firms, cooperatives or scenic areas (their names end otherwise).
 */
function placesAllocated(columns: readonly { field: string | null; header: string }[], title: string, values: readonly (readonly Cell[])[]): boolean {
  if (!PLACES_TITLE.some((w) => title.includes(w)) || title.includes("名单")) return false;
  if (columns.some((c) => c.field === "creditCode")) return false;
  const payee = columns.findIndex((c) => c.field === "enterprise");
  if (payee < 0) return false;
  const names = (values[payee] ?? []).filter((v): v is string => typeof v === "string" && v.trim() !== "");
  if (names.length < 2) return false;
  if (PILOT_VILLAGES.includes(lastLevel(columns[payee].header).replace(/\s+/g, ""))) return true;
  return names.every((v) => RURAL_PLACE.test(v.trim().replace(PLACE_NOTE, "")));
}

/** Titles of an award or praise list (…奖励名单, …激励名单): whom it rewards may be counties. */
const AWARD_LIST_TITLES = ["奖励名单", "拟奖励", "奖励资金表", "激励名单", "表扬名单", "表彰名单", "获奖名单"];
/** Titles of a summary of applications (…奖补资金申请汇总表): those asking may be counties. */
const APPLICATION_SUMMARY_TITLES = ["申请汇总表", "申报汇总表"];
/** Words of a title giving money: a 名单 holding none of them is a recognition list. */
const NO_MONEY_TITLE = ["奖", "补助", "补贴", "资助", "扶持", "资金", "金额", "贴息"];

export const register: KindDescriptor<"register", RegisterTable, RegisterField, "caps"> = {
  kind: "register",
  label: both("申报清单", "Register"),
  group: "caps",
  groupLabel: both("上限核查", "Caps check"),
  fields: REGISTER_FIELDS,
  // Who is paid: an enterprise, or (in prepayment lists by town, 乡镇 | 合同造价 | 已预拨 | 本次预拨)
  // the payments themselves name a register whose rows are places.
  requires: [["enterprise", "creditCode", "paidBefore", "paidNow", "paidTotal"], ["item", "itemCode", "requested", "approved"]],
  // An award list whose applicants are counties (…奖励名单: 县（市、区） | 所属市（州） | 奖励金额): the county column
  // names who is awarded, as a firm column would; a 资金分配表 among counties stays an allocation.
  titled: {
    // So does a list of regions praised and rewarded (…地区激励名单: 激励事项 | 受表扬激励地区 | 激励资金): the column
    // naming whom it rewards is its payee.
    // A list naming villages as pilots or models (…试点村名单, …示范村名单, 创建名单) with an award column is a register
    // of them too: the village column is its payee, the county beside it their place.
    words: [...AWARD_LIST_TITLES, ...PILOT_LIST_TITLES],
    weight: 0.3,
    fields: { enterprise: { core: REWARDED } },
    more: [
      { words: AWARD_LIST_TITLES, fields: { enterprise: { exact: COUNTY_APPLICANTS } } },
      { words: PILOT_LIST_TITLES, fields: { enterprise: { exact: PILOT_VILLAGES } } },
      // A recognition list of counties and towns (…特色产业名县名镇名单: 所在市 | 名县名镇 | 特色产业): the column heading
      // the places recognised names its bodies, the city beside them their place.
      { words: RECOGNISED_PLACE_TITLES, alone: true, fields: { enterprise: { exact: RECOGNISED_PLACES } } },
      // So does a list of counties it recognises by kind (…先进县和…进位县名单: 州（市） | 县（市、区） | 类别, no money): the
      // county column names its bodies, the city beside them their place. A title giving money (…先进县奖励资金分配表)
      // leaves the counties an allocation's lines.
      { words: COUNTY_LIST_TITLES, not: NO_MONEY_TITLE, alone: true, fields: { enterprise: { exact: COUNTY_APPLICANTS } } },
      // A recognition list of industrial clusters (…特色产业集群…名单: 集群名称 | 所属产业): the column naming them names its
      // bodies; a title giving money (…集群奖补资金分配表) leaves a cluster no applicant, the allocation's line.
      { words: ["集群"], not: NO_MONEY_TITLE, alone: true, fields: { enterprise: { exact: RECOGNISED_CLUSTERS } } },
      // A summary of counties' applications for an award (…奖补资金申请汇总表: 县（市、区） | 申请奖补资金): each
      // county asks for itself, as a firm would; a 资金分配表 among counties names no application and stays an allocation.
      // The title tells the register apart then, as much as a column read by its own words would.
      { words: APPLICATION_SUMMARY_TITLES, not: ["分配"], alone: true, fields: { enterprise: { exact: COUNTY_APPLICANTS } }, weight: 1 },
    ],
    // A list of firms named (…企业名单: 企业名称 | 统一社会信用代码, no money column) is still a register:
    // its codes and places are checked though nobody is paid in it. Firm and code both, so a list of
    // names alone stays unread; a list whose title gives money (奖励名单) and whose money column is
    // unread stays a near miss for the user to map.
    requires: {
      words: ["名单"],
      not: NO_MONEY_TITLE,
      // A list of firms applying for a fund (…专项资金申报企业初审名单): the fund's 资金 gives no money in the list.
      applying: ["申报", "申请"],
      groups: [["enterprise", "creditCode", "paidBefore", "paidNow", "paidTotal"], ["item", "itemCode", "requested", "approved"]],
      or: [["enterprise"], ["creditCode"]],
      // So is such a list under a title recommending, recognising or summing up firms (…推荐企业情况汇总表,
      // …认定企业汇总表): firm and code both there, none of the looser sets below.
      orAlso: ["推荐", "认定", "汇总"],
      // So is a list of bodies recognised with their place and grade (…星级小微企业园名单: 园区名称 | 所在地 |
      // 星级): the places are judged and repeats caught though no code is given. Name, place and grade
      // all three, so a list of names beside one other column stays unread.
      orUnder: { words: ["名单"], groups: [["enterprise"], ["registeredIn"], ["category"]] },
      // So is a list of villages under county heading rows (…试点村名单: 序号 | 试点村, `福清市（5个）` over
      // its villages): the headings show it a list of places' villages, so repeats are caught (the headings'
      // places are not read onto the rows). A bare list of names has no such rows.
      orHeaded: "enterprise",
      // So is a 名单 of names headed as firms' (企业名称 | 市州, …大企业名单): the heading says they are firms, so their
      // place alone makes a register whose places are judged and repeats caught. Names headed otherwise
      // (单位名称 | 所在地) beside one other column stay unread.
      // So is a 名单 of industrial clusters beside their trade or grade (集群名称 | 所属产业): the heading says they are
      // clusters recognised, so repeats are caught; one column of their names alone stays unread.
      // So are clusters beside their place (集群名称 | 所在地区 | 牵头单位（集群促进机构）): the place is judged too, the body
      // leading each left unread; beside that body alone they stay unread.
      orNamed: [
        { field: "enterprise", keys: ["企业名称", "企业全称", "公司名称"], groups: [["enterprise"], ["registeredIn"]] },
        { field: "enterprise", keys: RECOGNISED_CLUSTERS, groups: [["enterprise"], ["category"]] },
        { field: "enterprise", keys: RECOGNISED_CLUSTERS, groups: [["enterprise"], ["registeredIn"]] },
      ],
    },
  },
  priority: 0,
  ruledOut: (labels, columns, title, values, subtotals) =>
    placesComposed(labels, columns) ||
    placesAllocated(columns, title, values) ||
    groupsCounted(labels, columns, values) ||
    directionsCounted(labels, columns, values) ||
    objectsDescribed(labels, columns, values) ||
    projectsPlannedByYear(labels, columns) ||
    bodiesAllocated(labels, columns, title, subtotals) ||
    bodiesUnderPlaces(labels, columns, subtotals),
  read(spec, env): RegisterTable {
    upperLevelBase(spec);
    regionsAsCategory(spec);
    const { end, store, ...read } = readRegister(spec, env);
    return withRows({ ...env.base(spec.picked ? spec.limit : end), kind: "register" as const, ...read, store });
  },
  check(t, env) {
    return [
      ...checkCaps(t, env.index, env.catalog.name, env.settings),
      ...checkRegister(t, env.index, env.settings, env.geography),
      ...checkPayments(t, env),
      ...checkSplits(t.splits, t.sheet, env.settings.lang),
    ];
  },
  rules: REGISTER_RULES,
};
