/**
 * What the catalog decides about a register: which column, if any, names the policy item.
 * Of an item column and a category or project column, the one whose values match the loaded catalog is the item.
 * A 项目名称 column usually names the enterprise's own project; it is read as the policy item only
 * when most of its values are items of the catalog; an item column headed as a project (扶持项目)
 * naming no catalog item, under a title that names one, is the firms' projects; a few kinds of project or
 * borrower repeated (项目类别, 借款人类别) sort the rows. A list with no item column reads as its item a column
 * whose values are catalog items, whatever its heading; a column of the firms' chains or trades (光伏产业链,
 * 食品加工行业) naming none, under a title naming one, is their category. A list with no item column then takes its item
 * from the category rows between its groups, else from its title (`2023年度…奖励企业名单`), else
 * from a form's title above the head rows the list sits under; with no catalog loaded, an award
 * list's title names its item by the policy it names.
 */
import type { CatalogIndex } from "../../catalog/match";
import type { CapType, CatalogItem } from "../../catalog/types";
import { numberDecimals } from "../../amount";
import { toHalfWidth } from "../../text";
import { marksNothing } from "../../tables/figures";
import { REGISTER_MONEY } from "./store";
import { APPLIED_FOR_WORDS, AWARD_WORDS, BASE_KIND_ENDS, COUNTY_APPLICANTS, DIRECTION_HEADINGS, FIRM_KIND_ENDS, HONOUR_HEADINGS, PRODUCT_KIND_ENDS, ITEM_OR_PROJECT, KIND_HEADINGS, MATTER_HEADINGS, PAID_WORDS, PRIZE_LEVELS, SORT_VALUE_ENDS } from "./fields";
import { titlePolicy } from "./titlePolicy";
import { lastLevel, type ColumnEvidence, type ColumnRead } from "../../tables/base";
import { INVESTMENT_TOTAL } from "../../tables/headerLabels";
import type { RegisterTable } from "./types";

/** A section heading's own standard: money in its closing bracket (（各奖励20万元）, （每家补助5万元）). */
const SECTION_STANDARD = /[（(][^（()）]*\d[\d.]*\s*(万元|元|亿元)[^（()）]*[)）]$/;
/**
 * A section heading's bracket bounding the award by one sum (（补助100万元（含）以上）, （100万元以下）): the rows sorted by
 * size, each group paid what it is paid, so it states no standard and names no award of its own.
 */
const SECTION_BAND = /[（(][^（()）\d]*\d[\d.]*\s*(?:万元|元|亿元)\s*(?:[（(]含[)）])?\s*及?(?:以上|以下|以内)[)）]$/;

/** Share of distinct values that must be catalog items for a 项目 column to be read as the item. */
const ITEM_SHARE = 0.5;

/**
 * `catalogLoaded`: a catalog was given or read from the workbook. Without one (the built-in one only),
 * an award list's title names its item by the policy it names (titlePolicy); with one, only by its items,
 * so a title naming a policy the catalog lacks leaves the list's amounts unchecked, reported once.
 */
export function resolveItems(t: RegisterTable, index: CatalogIndex, catalogLoaded = true): void {
  const rival = catalogLoaded ? itemRival(t, index) : null;
  if (rival) {
    swapWithItem(t, rival);
    t.store.swapItemWith(rival);
  }
  if (t.col.item !== undefined && t.col.itemCode === undefined && itemIsProject(t, index)) {
    rereadColumn(t, "item", "project");
    t.store.itemToProject();
  } else if (t.col.item !== undefined && t.col.itemCode === undefined && t.col.category === undefined) {
    const byCatalog = itemIsCategory(t, index) || (catalogLoaded && (itemIsKindOfFirm(t, index) || itemIsDirectionUnderTitle(t, index)));
    if (byCatalog || itemIsKindOf(t, index) || itemIsPrizeLevel(t, index) || itemIsCluster(t, index)) {
      rereadColumn(t, "item", "category", byCatalog);
      t.store.itemToCategory();
    }
  }
  // A list already naming its projects has no second project column to give: the item column keeps its reading.
  if (catalogLoaded && t.col.item !== undefined && t.col.itemCode === undefined && t.col.project === undefined && itemNamesNoItem(t, index)) {
    rereadColumn(t, "item", "project");
    t.store.itemToProject();
  }
  if (t.col.item !== undefined || t.col.itemCode !== undefined) {
    t.itemFrom = "column";
    return;
  }
  if (t.col.project !== undefined && projectIsItem(t, index)) {
    rereadColumn(t, "project", "item");
    t.store.projectToItem();
    t.itemFrom = "column";
    return;
  }
  const named = columnNamingItems(t, index);
  if (named) {
    if (t.col.category === named.col) delete t.col.category;
    t.col.item = named.col;
    named.field = "item";
    if (named.evidence) named.evidence = { ...named.evidence, how: "values", word: "catalog" };
    t.store.columnToItem(t.store.indexOf(named.col));
    t.itemFrom = "column";
    return;
  }
  const s = t.store;
  // A kind column (企业类型) whose values close items' names in brackets (…（中小微企业）): each row's item.
  const byKind = kindItems(t, index);
  if (byKind) {
    s.setItems((k) => byKind.get(s.category(k) ?? "") ?? null);
    t.itemFrom = "group";
    return;
  }
  // Category rows naming catalog items.
  const groups = new Map<string, string | null>();
  for (let k = 0; k < s.length; k++) {
    const g = s.group(k);
    if (g && !groups.has(g)) groups.set(g, index.itemIn(g, s.year(k))?.name ?? null);
  }
  if ([...groups.values()].some((v) => v !== null)) {
    s.setItems((k) => {
      const g = s.group(k);
      return g ? (groups.get(g) ?? null) : s.item(k);
    });
    t.itemFrom = "group";
    return;
  }
  const item = titleItem(t, index);
  const name = item?.name ?? (catalogLoaded ? null : titlePolicy([...(t.context?.lines ?? []), t.context?.title ?? ""]));
  // With no catalog loaded, an award list's sections stating their own standards (一、新增规上工业企业（各奖励20万元） |
  // 二、产值首次超亿元企业（超2亿元奖励20万元…）) name the awards it pays, as its title names one: a firm under two
  // sections is no duplicate. Sections naming kinds of firm under one fund (一、龙头企业带动类) state none. Rows above
  // the first section keep the title's.
  if (!catalogLoaded && !item && groups.size >= 2 && [...groups.keys()].some((g) => SECTION_STANDARD.test(g) && !SECTION_BAND.test(g))) {
    s.setItems((k) => s.group(k) ?? name);
    t.itemFrom = "group";
    return;
  }
  if (name) {
    s.setItems(() => name);
    t.itemFrom = "title";
    t.titleItem = name;
    return;
  }
  t.itemFrom = null;
}

/**
 * What a catalog's rate is of (`按国家拨付经费的3%—5%`, `按上年度销售收入的1%`), as a list's column heads it
 * (`国家拨付经费（万元）`, `2023年销售收入`): brackets, spaces and the year before it left off.
 */
export function baseWords(text: string): string {
  return toHalfWidth(text)
    .replace(/\([^()]*\)/g, "")
    .replace(/\s+/g, "")
    .replace(/^(?:\d{4}年度?|上一?年度?|本年度?|当年度?|年度|全年|年)(?:的)?/, "")
    .replace(/^(?:企业|项目)?(?:其|该)?/, "");
}

/**
 * A sum paid named by both, in any of their paid words (`技术交易合同企业实际支付额` over `技术交易合同实际支付额`,
 * `软件服务合同实际支付额` over `服务合同实付金额`): what the heading says was paid for, if anything, is in the base.
 */
function paidLink(base: string, heading: string): boolean {
  const w = PAID_WORDS.find((p) => heading.includes(p));
  if (!w || !PAID_WORDS.some((p) => base.includes(p))) return false;
  const paidFor = heading.slice(0, heading.indexOf(w));
  return paidFor === "" || base.includes(paidFor);
}

/**
 * The same words in another order (`新增地方财力` heading a base the catalog writes `…地方新增财力`): the base's
 * closing characters, as many as the heading has, are the heading's own. Four at least, so two short words never pair.
 */
function reordered(base: string, heading: string): boolean {
  if (heading.length < 4 || base.length < heading.length) return false;
  const sorted = (x: string): string => [...x].sort().join("");
  return sorted(base.slice(-heading.length)) === sorted(heading);
}

/**
 * A list with no base column whose items are rates of a base the catalog names: a column no heading word
 * read, headed by the words the catalog gives that base (or their closing words, `拨付经费` for
 * `国家拨付经费`), holding numbers, is the base — the catalog's words linking it as the vocabulary links
 * 研发费用 or 投资额. Only unread columns are taken: a column read as anything else keeps its reading.
 */
export function resolveBase(t: RegisterTable, index: CatalogIndex): void {
  // A project's whole investment (项目总投资) read by its words yields to what the catalog's rate is of
  // (设备、软硬件工具等投资额 beside it): any other base read, or one set by hand, stays.
  const was = t.col.base === undefined ? undefined : t.columns.find((c) => c.col === t.col.base);
  const wasHeading = was ? baseWords(lastLevel(was.header ?? "")) : "";
  if (t.col.base !== undefined && (!was || was.manual || !INVESTMENT_TOTAL.test(wasHeading))) return;
  const s = t.store;
  const n = Math.min(s.length, 10_000);
  // A maximum beside a share with no figure (按照流片费用一定比例…，最高不超过3000万元) names its base too.
  const bases = catalogBases(t, index, ["rate", "max"], n);
  if (bases.size === 0) return;
  const links = (heading: string): boolean => [...bases].some((b) => baseLinks(b, heading));
  // A rate of the whole investment (按项目总投资的5%) keeps it.
  if (was && links(wasHeading)) return;
  for (const c of t.columns) {
    if (c.field !== null || c.part || c.manual) continue;
    const heading = baseWords(lastLevel(c.header ?? ""));
    if (heading.length < 2) continue;
    if (!links(heading)) continue;
    const i = s.indexOf(c.col);
    // A column of figures, not of words that happen to share the base's name.
    const decimals = i < 0 ? null : figureDecimals(t, i, n);
    if (decimals === null) continue;
    takeBase(t, c, i, decimals, { key: c.evidence?.key ?? heading, word: "catalog", how: "exact", score: c.evidence?.score ?? 1, fit: c.evidence?.fit ?? null }, was);
    return;
  }
}

/** Whether a column's heading (baseWords) names the base `b` a catalog's rate is of. */
export function baseLinks(b: string, heading: string): boolean {
  return b.length >= 2 && (b === heading || b.endsWith(heading) || heading.endsWith(b) || paidLink(b, heading) || reordered(b, heading));
}

/**
 * A list paying items that are rates of different bases (综合经济贡献增量 | 季度电费), one base column per base, a dash
 * on the other items' rows: after the list's base is settled, each further unread column of figures headed by the base
 * of a rate item the base read does not name is a base too, the row's base where the base read states none.
 */
export function resolveMoreBases(t: RegisterTable, index: CatalogIndex): void {
  const was = t.col.base === undefined ? undefined : t.columns.find((c) => c.col === t.col.base);
  if (!was) return;
  const s = t.store;
  const n = Math.min(s.length, 10_000);
  const bases = catalogBases(t, index, ["rate"], n);
  const wasHeading = baseWords(lastLevel(was.header ?? ""));
  const others = [...bases].filter((b) => !baseLinks(b, wasHeading));
  // Only when the base read names one of the items' bases: else it is no base of theirs to stand beside.
  if (others.length === 0 || others.length === bases.size) return;
  // Each base column's heading, the base read first: a row's base is in the one its item's base links.
  const headings = [wasHeading];
  for (const c of t.columns) {
    if (others.length === 0) break;
    if (c.field !== null || c.part || c.manual) continue;
    const heading = baseWords(lastLevel(c.header ?? ""));
    if (heading.length < 2) continue;
    const b = others.findIndex((o) => baseLinks(o, heading));
    if (b < 0) continue;
    const i = s.indexOf(c.col);
    if (i < 0 || figureDecimals(t, i, n) === null) continue;
    others.splice(b, 1);
    c.field = "base";
    c.evidence = { key: c.evidence?.key ?? heading, word: "catalog", how: "exact", score: c.evidence?.score ?? 1, fit: c.evidence?.fit ?? null };
    s.addBase(i, c.unit ?? t.unit);
    headings.push(heading);
  }
  if (headings.length > 1) s.baseColumns(baseColumnOfRows(t, index, headings));
}

/**
 * The catalog's bases (baseWords) of the items of `caps` a list's first `n` records name, at most 20:
 * the bases a column's heading may link.
 */
function catalogBases(t: RegisterTable, index: CatalogIndex, caps: readonly CapType[], n: number): Set<string> {
  const s = t.store;
  const bases = new Set<string>();
  for (let k = 0; k < n && bases.size < 20; k++) {
    const item = index.findBy(s.itemCode(k), s.item(k), s.year(k));
    if (item?.capType && caps.includes(item.capType) && item.base) bases.add(baseWords(item.base));
  }
  return bases;
}

/**
 * For each record, the base column (index into `headings`) whose heading links its item's base (baseLinks), -1
 * when none does. Each distinct item is looked up once: a list's items repeat down a million rows.
 */
function baseColumnOfRows(t: RegisterTable, index: CatalogIndex, headings: readonly string[]): Int8Array {
  const s = t.store;
  const of = new Int8Array(s.length);
  const known = new Map<string, number>();
  for (let k = 0; k < s.length; k++) {
    const code = s.itemCode(k);
    const name = s.item(k);
    const year = s.year(k);
    const key = `${code ?? ""}\u0001${name ?? ""}\u0001${year ?? ""}`;
    let j = known.get(key);
    if (j === undefined) {
      const base = index.findBy(code, name, year)?.base;
      const b = base ? baseWords(base) : "";
      j = headings.findIndex((h) => baseLinks(b, h));
      known.set(key, j);
    }
    of[k] = j;
  }
  return of;
}

/**
 * The decimals a column of the store (its `i`th) shows when it holds figures over its first `n` rows (at most 4;
 * at least half its filled cells numbers, dashes filling none); null when it holds words rather than figures.
 */
export function figureDecimals(t: RegisterTable, i: number, n: number): number | null {
  const s = t.store;
  let filled = 0;
  let numbers = 0;
  let decimals = 0;
  for (let k = 0; k < n; k++) {
    const v = s.numberIn(k, i);
    if (v !== null) {
      numbers++;
      if (!Number.isInteger(v)) decimals = Math.max(decimals, Math.min(4, numberDecimals(v)));
    }
    // A dash (—, 无) states no figure (no premium beside a power subsidy): the column holds no words for it.
    const text = v === null ? s.textIn(k, i) : null;
    if (v !== null || (text !== null && !marksNothing(text))) filled++;
  }
  return numbers === 0 || numbers < filled / 2 ? null : decimals;
}

/** Column `c` (the store's `i`th) becomes the list's base, its figures in 元 and shown with `decimals`. */
export function takeBase(t: RegisterTable, c: ColumnRead, i: number, decimals: number, evidence: ColumnEvidence, replaced?: ColumnRead): void {
  // The base read before (a loan, a whole investment) the catalog's words displace goes back to unread.
  if (replaced) {
    replaced.field = null;
    delete replaced.evidence;
  }
  const unit = c.unit ?? t.unit;
  c.field = "base";
  c.evidence = evidence;
  t.col.base = c.col;
  t.store.columnToBase(i, unit);
  t.precision = { ...t.precision, base: { decimals, unit } };
}

/**
 * Each kind of applicant in the category column → the catalog item it names (中小微企业 for
 * …（中小微企业）), the title choosing among funds; null when no kind names one.
 */
function kindItems(t: RegisterTable, index: CatalogIndex): Map<string, string> | null {
  if (t.col.category === undefined) return null;
  const year = (t.store.length > 0 ? t.store.year(0) : null) ?? t.context?.year ?? null;
  const near = [...(t.context?.lines ?? []), t.context?.sheet ?? t.sheet, t.context?.title ?? ""].join(" ");
  const out = new Map<string, string>();
  for (const v of distinctValues(t, "category")) {
    const item = index.itemOfKind(v, near, year);
    if (item) out.set(v, item.name);
  }
  return out.size > 0 ? out : null;
}

/**
 * An item column headed as a kind (立项类别, 申报类别) or a matter rewarded (激励事项) naming no catalog
 * item, under a title that names one: each row's kind of award under the title's item, its category.
 */
function itemIsCategory(t: RegisterTable, index: CatalogIndex): boolean {
  const known = (v: string) => index.knows({ name: v }) || index.itemIn(v, null) !== null;
  const headed = (h: string) => KIND_HEADINGS.some((w) => h.includes(w)) || MATTER_HEADINGS.some((w) => h.endsWith(w));
  return itemUnderTitle(t, index, headed, known);
}

/**
 * An item column, whatever its heading, each of whose values names a kind of firm (its chain 光伏产业链, its trade
 * 食品加工行业: SORT_VALUE_ENDS, or any value under a heading closing so, 产业链 特钢材料) and none an award or a
 * catalog item, under a title naming a catalog item: each firm's kind, its category. Only with a catalog loaded: without one the title's policy is a guess, and the
 * column keeps its reading.
 */
function itemIsKindOfFirm(t: RegisterTable, index: CatalogIndex): boolean {
  const c = t.columns.find((x) => x.col === t.col.item);
  // A heading naming the kind (产业链, 所属产业链) says it of every value, written bare (特钢材料, 光伏). A fund's
  // direction (支持领域) is no kind of firm: its own rules decide (itemIsKindOf, itemIsDirectionUnderTitle).
  const heading = c?.evidence?.key ?? c?.header ?? "";
  const headed = SORT_VALUE_ENDS.some((w) => heading.endsWith(w)) && !DIRECTION_HEADINGS.some((w) => heading.endsWith(w));
  const known = (v: string) =>
    (!headed && !SORT_VALUE_ENDS.some((w) => v.endsWith(w) && v.length > w.length)) || AWARD_WORDS.some((w) => v.includes(w)) || index.knows({ name: v }) || index.itemIn(v, null) !== null;
  return itemUnderTitle(t, index, () => true, known);
}

/**
 * An item column, whatever its heading (产业集群名称, 集群名称), each of whose values names an industrial cluster
 * (辛集皮革产业集群), none an award or a catalog item, beside the firms' own projects: a cluster is many firms in
 * one place, never an award, so it sorts the firms under the title's item, catalog or none. Beside no project
 * the cluster's name is the row's undertaking (fields.ts) and keeps its reading.
 */
function itemIsCluster(t: RegisterTable, index: CatalogIndex): boolean {
  if (t.col.project === undefined || t.col.enterprise === undefined) return false;
  const distinct = distinctValues(t, "item");
  if (distinct.size === 0) return false;
  for (const v of distinct) {
    if (!v.endsWith(CLUSTER) || v.length <= CLUSTER.length + 1 || AWARD_WORDS.some((w) => v.includes(w))) return false;
    if (index.knows({ name: v }) || index.itemIn(v, null) !== null) return false;
  }
  return true;
}

/** The word closing an industrial cluster's name (…皮革产业集群, …服装集群). */
const CLUSTER = "集群";

/**
 * An item column each of whose values is a prize's level written bare (奖项 一等奖 / 二等奖, 获奖等级 金奖 / 优秀奖),
 * none a catalog item: the tier each winner is listed under, its category, so one project under two tiers is a duplicate.
 */
function itemIsPrizeLevel(t: RegisterTable, index: CatalogIndex): boolean {
  const distinct = distinctValues(t, "item");
  if (distinct.size === 0) return false;
  for (const v of distinct) if (!PRIZE_LEVELS.test(v.replace(/\s+/g, "")) || index.knows({ name: v })) return false;
  return true;
}

/** At most this many kinds, each row's on average repeated, make a column of kinds sorting the rows. */
const FEW_KINDS = 4;
/**
 * A fund names more directions than kinds (智能制造, 绿色制造, 企业创新发展 … seven over a list of 26):
 * at most this many, some repeated, sort the rows.
 */
const FEW_DIRECTIONS = 12;

/**
 * An item column headed as the kind of something other than an award (项目类别, 借款人类别: the words
 * before 类别 name no support), holding a few kinds repeated down the rows, none a catalog item and
 * none naming an award (省实验室同步投入, 小微企业): it sorts the rows, whatever title is above. A kind of
 * award (奖补类别), or a bare 类别, stays the item, unless each of its values names a kind of firm (国家创新型企业 /
 * 省级创新型企业: FIRM_KIND_ENDS; in a list with no money also 冠军产品 or 示范基地 beside them), a few repeated: the firms' kinds, as an 企业类型 is; so is a kind applied for
 * (申报类别 新经济示范企业) in a list with no money. A direction of the fund (支持方向 智能制造 / 绿色制造), up to
 * FEW_DIRECTIONS of them with some repeated, sorts the rows the same way; so does a kind of what the list names
 * row by row (项目类别 beside 项目名称), a few of them with some repeated.
 */
function itemIsKindOf(t: RegisterTable, index: CatalogIndex): boolean {
  const c = t.columns.find((x) => x.col === t.col.item);
  if (!c || c.manual) return false;
  const heading = c.evidence?.key ?? c.header ?? "";
  // A direction (支持方向) is never the award itself, whatever support word opens it: its values decide.
  const direction = DIRECTION_HEADINGS.some((w) => heading.endsWith(w));
  const kind = KIND_HEADINGS.find((w) => heading.endsWith(w));
  const of = kind ? heading.slice(0, -kind.length) : "";
  const distinct = distinctValues(t, "item");
  // What a firm is put forward as (申报类别 新经济示范企业) in a list with no money: no award to be the item of.
  const bare = of === "" || (!hasMoney(t) && APPLIED_FOR_WORDS.some((w) => of.includes(w)) && !AWARD_WORDS.some((w) => of.includes(w)));
  // A title of honour (荣誉称号 年度综合贡献企业 / 高成长企业) naming kinds of firm is their kind as a bare 类别 is.
  const honour = HONOUR_HEADINGS.some((w) => heading.endsWith(w));
  // In a list with no money a kind of product or base recognised (冠军产品, 示范基地) beside kinds of firm sorts the rows as they do.
  const kindEnds = hasMoney(t) ? FIRM_KIND_ENDS : [...FIRM_KIND_ENDS, ...PRODUCT_KIND_ENDS, ...BASE_KIND_ENDS];
  const endsIn = (v: string, ends: readonly string[]) => ends.some((w) => v.endsWith(w) && v.length > w.length);
  const firmKinds = (honour || (kind !== undefined && bare)) && distinct.size > 0 && [...distinct].every((v) => endsIn(v, kindEnds)) && [...distinct].some((v) => endsIn(v, FIRM_KIND_ENDS));
  // So is a bare 类别 in a money-less list of counties (县（市、区） | 类别 县域经济10强 / 先进县): the honours they hold.
  const placeKinds = kind !== undefined && of === "" && !hasMoney(t) && placesAsBodies(t);
  if (!direction && !firmKinds && !placeKinds && (of === "" || [...AWARD_WORDS, ...APPLIED_FOR_WORDS].some((w) => of.includes(w)))) return false;
  let rows = 0;
  for (let k = 0; k < Math.min(t.store.length, 10_000); k++) if (t.store.item(k)) rows++;
  if (distinct.size === 0) return false;
  // A direction written with its content (产业转型升级——纺织智能制造) is counted by the direction before the dash.
  const kinds = direction ? directionsBeforeDash(distinct) ?? distinct : distinct;
  // A kind of the very thing the list names row by row (项目类别 beside 项目名称) sorts those rows once some kind repeats.
  const named = t.columns.find((x) => x.col === t.col.project);
  const ofNamed = of !== "" && named !== undefined && (named.evidence?.key ?? named.header ?? "").startsWith(of);
  const enough = direction || ofNamed ? rows > kinds.size : rows >= 2 * kinds.size;
  // An award list's honours may run to some ten titles, as a fund's directions do.
  if (kinds.size > (direction || honour ? FEW_DIRECTIONS : FEW_KINDS) || !enough) return false;
  for (const v of distinct) {
    // A direction opening with the verb of support (支持数字化转型) names what the fund supports, no award.
    const said = direction ? v.replace(SUPPORT_VERB, "") : v;
    if (AWARD_WORDS.some((w) => said.includes(w)) || index.knows({ name: v }) || index.itemIn(v, null) !== null) return false;
  }
  return true;
}

/** Whether the list's bodies are headed as counties (县（市、区）, 县区): a list of places, not of firms. */
function placesAsBodies(t: RegisterTable): boolean {
  const c = t.columns.find((x) => x.col === t.col.enterprise);
  const key = toHalfWidth(c?.evidence?.key ?? c?.header ?? "").replace(/[\s()（）、,，]/g, "");
  return COUNTY_APPLICANTS.includes(key);
}

/** Whether a list has a money column (REGISTER_MONEY): with none, it records no award (a recognition list's nominees). */
function hasMoney(t: RegisterTable): boolean {
  return REGISTER_MONEY.some((f) => t.col[f] !== undefined);
}

/**
 * A direction column (支持方向 生产性服务业 / 信息服务) beside the firm's own project, each row its own direction, none
 * a catalog item or an award, under a title naming exactly one catalog item: nothing repeats for itemIsKindOf to
 * see, but the catalog proves the directions are no items, so they sort the projects under the title's item. Only
 * with a catalog loaded (without one, a value outside the built-in catalog proves nothing).
 */
function itemIsDirectionUnderTitle(t: RegisterTable, index: CatalogIndex): boolean {
  if (t.col.project === undefined) return false;
  const headed = (h: string) => DIRECTION_HEADINGS.some((w) => h.endsWith(w));
  const known = (v: string) =>
    AWARD_WORDS.some((w) => v.replace(SUPPORT_VERB, "").includes(w)) || index.knows({ name: v }) || index.itemIn(v, null) !== null;
  if (!itemUnderTitle(t, index, headed, known)) return false;
  const item = titleItem(t, index);
  const said = [...(t.context?.lines ?? []), t.context?.sheet ?? t.sheet, t.context?.title ?? ""].join(" ");
  return item !== null && !index.namesOtherThan(said, item);
}

/** The verb of support opening a direction (支持数字化转型, 扶持中小企业发展): what follows is what is supported. */
const SUPPORT_VERB = /^(?:支持|扶持)(?=\S{2})/;

/** A direction and its content joined by a dash (产业链协作配套——液压件, 智能制造—数控产线), text on both sides. */
const DIRECTION_DASH = /^([^—－-]{2,})\s*(?:——|—|－－|--)\s*\S/;

/**
 * The directions before the dash when every value is written `方向——内容`, else null: each row's own content
 * makes every value distinct, but the few directions before it are what sort the rows.
 */
function directionsBeforeDash(distinct: ReadonlySet<string>): Set<string> | null {
  const heads = new Set<string>();
  for (const v of distinct) {
    const m = DIRECTION_DASH.exec(v);
    if (!m) return null;
    heads.add(m[1].trim());
  }
  return heads;
}

/**
 * The item column, not mapped by hand, headed as `headed` says, none of whose values is a catalog
 * item (`known`), under a title that names one: the title gives the item, the column something else.
 */
function itemUnderTitle(t: RegisterTable, index: CatalogIndex, headed: (h: string) => boolean, known: (v: string) => boolean): boolean {
  const c = t.columns.find((x) => x.col === t.col.item);
  if (c?.manual || !headed(c?.evidence?.key ?? c?.header ?? "")) return false;
  const distinct = distinctValues(t, "item");
  if (distinct.size === 0) return false;
  for (const v of distinct) if (known(v)) return false;
  return titleItem(t, index) !== null;
}

/**
 * An item column, whatever its heading, none of whose values is a catalog item (word for word, by its bracket
 * or its support: `known` as for a kind), under a title naming exactly one catalog item: each row names the
 * firm's own equipment, product or undertaking (首台（套）装备名称), and the title gives the item. Only with a
 * catalog loaded (without one, a value outside the built-in catalog proves nothing); a column some of whose
 * values are items keeps its reading, its unknown rows reported.
 */
function itemNamesNoItem(t: RegisterTable, index: CatalogIndex): boolean {
  const known = (v: string) => index.knows({ name: v }) || index.itemIn(v, null) !== null;
  if (!itemUnderTitle(t, index, () => true, known)) return false;
  const item = titleItem(t, index);
  const said = [...(t.context?.lines ?? []), t.context?.sheet ?? t.sheet, t.context?.title ?? ""].join(" ");
  return item !== null && !index.namesOtherThan(said, item);
}

/**
 * Of two columns that could be the item (机具品目 beside 补贴档次), the one whose values match the loaded catalog is:
 * an item column none of whose values is a catalog item, beside a category or project column most of whose values
 * are (ITEM_SHARE), gives the item to that column and takes its reading. Neither set by hand; null when none rivals it.
 */
function itemRival(t: RegisterTable, index: CatalogIndex): "category" | "project" | null {
  if (t.col.item === undefined || t.col.itemCode !== undefined) return null;
  const manual = (col: number | undefined) => t.columns.some((c) => c.col === col && c.manual);
  if (manual(t.col.item)) return null;
  const items = distinctValues(t, "item");
  if (items.size === 0) return null;
  for (const v of items) if (index.knows({ name: v })) return null;
  for (const f of ["category", "project"] as const) {
    if (t.col[f] === undefined || manual(t.col[f])) continue;
    const distinct = distinctValues(t, f);
    let known = 0;
    for (const v of distinct) if (index.knows({ name: v })) known++;
    if (known > 0 && known / distinct.size >= ITEM_SHARE) return f;
  }
  return null;
}

/** The item column and `other` trade readings, the catalog the evidence of both. */
function swapWithItem(t: RegisterTable, other: "category" | "project"): void {
  const itemCol = t.col.item;
  t.col.item = t.col[other];
  t.col[other] = itemCol;
  for (const c of t.columns) {
    if (c.col === t.col.item) c.field = "item";
    else if (c.col === t.col[other]) c.field = other;
    else continue;
    if (c.evidence) c.evidence = { ...c.evidence, how: "values", word: "catalog" };
  }
}

/**
 * The column read as `from` is read as `to`, the catalog its evidence (else its heading word still is:
 * a kind of project read by its heading and values, no catalog consulted).
 */
function rereadColumn(t: RegisterTable, from: "item" | "project", to: "item" | "project" | "category", byCatalog = true): void {
  t.col[to] = t.col[from];
  delete t.col[from];
  const c = t.columns.find((x) => x.col === t.col[to]);
  if (c) {
    c.field = to;
    if (c.evidence && byCatalog) c.evidence = { ...c.evidence, how: "exact", word: "catalog" };
  }
}

/** The catalog item the lines above or the sheet's name give; else a form's title above its head rows. */
function titleItem(t: RegisterTable, index: CatalogIndex): CatalogItem | null {
  const year = (t.store.length > 0 ? t.store.year(0) : null) ?? t.context?.year ?? null;
  const near = [...(t.context?.lines ?? []), t.context?.sheet ?? t.sheet].join(" ");
  const headings = t.columns.map((c) => c.header ?? "").join(" ");
  return index.itemIn(near, year, headings) ?? (t.context?.title ? index.itemIn(t.context.title, year, headings) : null);
}

/**
 * An item column headed as a project (扶持项目, 申报项目, 项目/课题) naming no catalog item, under a title
 * that names one: each row names the firm's own project, and the title gives the item.
 */
function itemIsProject(t: RegisterTable, index: CatalogIndex): boolean {
  // A heading of alternatives (项目/课题/其他) is headed as a project when one of them is.
  const headed = (h: string) => h.split("/").some((a) => ITEM_OR_PROJECT.some((w) => a.endsWith(w)));
  return itemUnderTitle(t, index, headed, (v) => index.knows({ name: v }));
}

/**
 * A column no heading word made the item — a second 支持对象 beside the firm's 单位名称, a 认定类型 read as
 * a kind — whose values are for the most part the catalog's items, word for word: the list's item
 * column, whatever its heading.
 */
function columnNamingItems(t: RegisterTable, index: CatalogIndex): RegisterTable["columns"][number] | null {
  const s = t.store;
  const n = Math.min(s.length, 10_000);
  for (const c of t.columns) {
    if ((c.field !== null && c.field !== "category") || c.part) continue;
    const i = s.indexOf(c.col);
    if (i < 0) continue;
    const distinct = new Set<string>();
    for (let k = 0; k < n && distinct.size < 200; k++) {
      const v = s.textIn(k, i);
      if (v) distinct.add(v);
    }
    let known = 0;
    for (const v of distinct) if (index.knows({ name: v })) known++;
    if (known > 0 && known / distinct.size >= ITEM_SHARE) return c;
  }
  return null;
}

function projectIsItem(t: RegisterTable, index: CatalogIndex): boolean {
  const distinct = distinctValues(t, "project");
  if (distinct.size === 0) return false;
  let known = 0;
  for (const v of distinct) if (index.knows({ name: v })) known++;
  return known / distinct.size >= ITEM_SHARE;
}

/**
 * The first 200 distinct values of a text column, within its first 10,000 records: enough to tell
 * what the column names (a list of four items repeated over a million rows is not read through).
 */
function distinctValues(t: RegisterTable, field: "item" | "project" | "category"): Set<string> {
  const distinct = new Set<string>();
  const s = t.store;
  const n = Math.min(s.length, 10_000);
  for (let k = 0; k < n; k++) {
    const v = field === "item" ? s.item(k) : field === "project" ? s.project(k) : s.category(k);
    if (v) distinct.add(v);
    if (distinct.size >= 200) break;
  }
  return distinct;
}
