/**
 * Reading a header for one kind: every column scored against the kind's fields (scoreColumn), the
 * best-first assignment of fields to columns (readingFor), then the passes that settle groups,
 * parts, levels and fields read from values. Apart from header.ts, which finds the header rows and
 * tries every kind.
 */
import type { Period } from "../amount";
import { isBlank, type Cell } from "../grid";
import type { AnyKind, Field, TableKind } from "../kinds/index";
import type { FieldDef } from "../kinds/define";
import type { ColumnEvidence, ColumnRead } from "./base";
import { shareBeyondWholeFit, valueFit } from "./fit";
import { outlineLevel, stripNumbering } from "./rows";
import { scoreHeading, type Meaning, type WordMatch } from "./meaning";
import type { HeaderText } from "./normalise";
import { type ColumnLabels, FLAG_HEAD, STANDARD_IN_HEADING, TEXT_VALUES, TOTAL_LABEL, type Scored, facts, leafOf, parentOf, labelKey, round, scoredEvidence } from "./headerLabels";
import { splitCodeColumns, sourceKeys, parallelGroups, inlineBlocks } from "./columnGroups";
import { yearIn } from "./context";
import { contentBesideStandard } from "./contentBesideStandard";
import { increaseAlone, finerRight, deepestUnderMerge, bodiesOver, superseded, earlierYear, planned, alone, earlierAside, placesApart, kindsRightOfPlaces, placeMergedOverKinds, awardedRightOfPlace, nameUnderKind, placeOverLine, labelMergedDown, finerPlaceRight, groupTotalBeside, useOverRecipient, dropNamedAfter, dropWithout, withoutHope, dropBodiesRunning, dropTownsRunning, objectOfFirm, heldBy, setAside, countedInStandardsMeasure, measuredOverCount, countOverMixedScale, namedFund } from "./fieldMoves";
import { sameLevel, byLevel, levelShareOfWhole, ownLevel } from "./levelColumns";
import { valuesAcross, oneRowAcross, rowsLabelledAcross, labelsByValues, typedByValues, sharesOfPairs, lastPairMeasured } from "./readByValues";
import { settleMeasureParts, settleParts } from "./partColumns";
import { rowTotalOfBlocks } from "./blockTotal";
import { countedGrades } from "./countedGrades";
import { pairsAcross } from "./pairsAcross";
import { placeLevels } from "./placeLevels";
import { namedByRate } from "./namedByRate";
import { lifetimeApart } from "./lifetimeColumns";
import { longTermApart } from "./longTermColumns";
import { unitsApart } from "./unitColumns";
import { spansApart } from "./spanColumns";
import { adjustmentsApart } from "./adjustedColumns";
import { releasesOfWhole } from "./releasedColumns";
import { finalOverEarlier } from "./finalColumns";
import { listedBesideCount } from "./listedBesideCount";
import { joinedPlacesAsLine } from "./joinedPlaces";
import { directionAsLine, fewRepeated, linesBesideMoney, namedBeforeContent, officeLeftOfLine, placeAsLine, outlineNamesAsGroup, placeOfLine, placesAsLines, projectsByPlace, recipientsByPlace, repeatedBesideLine, repeatedGroup, sourcesAsLine, tasksByYear, villageBeforeWorks, villagesRightOfTowns } from "./groupColumns";
import { yearsAcross, yearsAsLines } from "./yearLines";
import { pricedLines } from "./pricedLines";

/** A candidate reading of a header for one kind. */
export interface KindReading {
  kind: TableKind;
  columns: ColumnRead[];
  periods: (Period | null)[];
  score: number;
  /** Required field groups with none of their fields in the header. */
  missing: Field[][];
}

const MIN_SCORE = 0.3;

/** Figures on every filled line, two or more: no names among them. */
function allFigures(values: readonly Cell[]): boolean {
  return values.filter((v) => v !== null && v !== "").length >= 2 && valueFit("amount", values) === 1;
}

/** Every filled value (two or more) a sum stated in prose (给予最高10万元补助), none a figure alone. */
function allInWords(values: readonly Cell[]): boolean {
  return values.filter((v) => v !== null && v !== "").length >= 2 && valueFit("standard", values) === 1 && valueFit("amount", values) === 0;
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

/** A heading stating only the date its figures run to (截至9月中旬, 截止2021年6月底): FieldDef.asOf. */
const AS_OF_HEAD = /^(截至|截止)(\d{4}年)?\d{1,2}月(底|末|中旬|上旬|下旬|份|\d{1,2}日)?$/;
/** A heading over the change on another figure (比上年增减, 增减变化): its leaves are the change. */
const CHANGE_HEAD = /增减/;

/** Dashes a page sets before a clause's number (——(2), —（一）, －3.): the outline's mark, not the number. */
const LEADING_DASHES = /^[—－]+\s*/;
/**
 * A chapter's heading row (第二章 科技创新专项) over its clauses: the document's outline, which cites no clause of a
 * row's own. One naming a clause too (第二章第三条) cites it.
 */
const CHAPTER_HEADING = /^第[0-9一二三四五六七八九十百]+[章节编](?!.*第[0-9一二三四五六七八九十百]+[条款项])/;
/** A cell as a clause citation's text: a string, or a whole number typed as one (条款 2, 2, 5); a chapter's heading is none. */
function citedText(v: Cell): string | null {
  if (typeof v === "number") return Number.isInteger(v) && v > 0 ? String(v) : null;
  const t = typeof v === "string" ? v.trim().replace(LEADING_DASHES, "") : "";
  return t !== "" && !CHAPTER_HEADING.test(t) ? t : null;
}

/** Whether most of a column's filled values match `re` (a 条款 column of 第8条, 第三条第（二）款). */
function citesAll(values: readonly Cell[], re: RegExp): boolean {
  let n = 0;
  let ok = 0;
  for (const v of values) {
    const t = citedText(v);
    if (t === null) continue;
    n++;
    if (re.test(t)) ok++;
  }
  return n > 0 && ok / n >= 0.8;
}
/**
 * Whether a column's clause numbers (（一）（二）) stand under the document's own section numbers in
 * it (`一、鼓励装备升级` a heading row): the numbers are the document's outline (一（一）), not the rows'.
 * Headings below a section (`2.支持引进重大项目`) are sections too, not citations.
 */
function underSections(values: readonly Cell[], re: RegExp): boolean {
  const heading = (v: Cell, level?: number): boolean => {
    if (typeof v !== "string") return false;
    const l = outlineLevel(v);
    return l !== null && (level === undefined || l === level) && stripNumbering(v) !== "" && !re.test(v.trim());
  };
  return values.some((v) => heading(v, 1)) && citesAll(values.filter((v) => !heading(v)), re);
}
/**
 * Whether every filled value of a column is a clause number alone (第三条, not 第五条（一） or
 * 第三条第（二）款): only such can number the rows; one reaching into a clause cites where in the
 * document the row's standard is stated.
 */
function bareClauses(values: readonly Cell[], re: RegExp): boolean {
  for (const v of values) {
    const t = citedText(v);
    if (t === null) continue;
    const m = re.exec(t);
    if (!m || m.index !== 0 || m[0].length !== t.length) return false;
  }
  return true;
}
/** One number of a clause outline: 12, 二, 十一, ③ (the marks around it aside). */
const OUTLINE_NUMBER = /[0-9]+|[一二三四五六七八九十百]+|[①-⑳]/g;
/**
 * Whether some filled value of a column is a clause number of two levels or more (（二）1., 2.（1）,
 * 一（三）): it reaches into a clause, as 第五条（一） does, so the column follows the document's outline
 * and cites it; a row's own number is one flat sequence.
 */
function reachesIn(values: readonly Cell[], re: RegExp): boolean {
  for (const v of values) {
    const t = citedText(v);
    if (t === null || !re.test(t)) continue;
    if ((t.match(OUTLINE_NUMBER)?.length ?? 0) >= 2) return true;
  }
  return false;
}
/** Whether some filled value of a column comes again (several rows citing one clause). */
function repeats(values: readonly Cell[]): boolean {
  const seen = new Set<string>();
  for (const v of values) {
    const t = citedText(v);
    if (t === null) continue;
    if (seen.has(t)) return true;
    seen.add(t);
  }
  return false;
}

/** A heading whose head word is the year (资金安排年度, 立项年份); not 本年度 / 上年度 standing for this or last year's figures. */
const YEAR_HEAD = /^(?![本上下当全])..+(年度|年份)$/;

/**
 * A heading of nothing but the months its figures run to, its year before them or not (2023年1-6月 beside
 * 2022年1-6月 in a revenue comparison): the amount as of then, for a field read so (FieldDef.asOf).
 */
function periodOnly(kind: AnyKind, cl: ColumnLabels, values: Cell[], formats: (string | null)[], labels: readonly ColumnLabels[]): Scored[] {
  const f = facts(cl);
  if (f.measure || cl.levels.some((l) => l.h.percent)) return [];
  // A year alone (2018年), the table's one or its latest, beside growth or a share (FieldDef.yearAlone): an earlier
  // year beside it (2016年 | 2017年 | 比上年增长) is last year's outcome, a comparison left unread.
  const years = labels.filter((o) => !leafOf(o) && facts(o).year !== undefined).map((o) => facts(o).year as number);
  const yearAlone = !f.period && f.year !== undefined && new Set(years).size === years.length && f.year === Math.max(...years);
  if (!f.period && !yearAlone) return [];
  const out: Scored[] = [];
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    if (f.period ? !def.asOf : !def.yearAlone?.beside.some((w) => labels.some((o) => o !== cl && (leafOf(o)?.h.key ?? "").includes(w)))) continue;
    const fit = valueFit(def.value, values, formats);
    const score = 0.6 * (fit === null ? 0.75 : 0.3 + 0.7 * fit);
    if (fit === 0 || score < MIN_SCORE) continue;
    const word = cl.levels[cl.levels.length - 1].raw;
    out.push({ col: cl.col, field, score, match: { score: 0.6, word, how: "contains" }, how: "contains", fit, heading: 0.6, year: f.year });
  }
  return out;
}

/** Scores of one column against every field of a kind. */
function scoreColumn(
  kind: AnyKind,
  cl: ColumnLabels,
  values: Cell[],
  formats: (string | null)[],
  title: string,
  asGroup: boolean,
  rowsNumbered = false,
  leading = false,
  labels: readonly ColumnLabels[] = [],
): Scored[] {
  const leaf = leafOf(cl);
  if (!leaf) return periodOnly(kind, cl, values, formats, labels);
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
  const lent = kind.titled ? lentWords(kind.titled, title) : null;
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    let best: { m: WordMatch; how: ColumnEvidence["how"]; s: number } | null = null;
    // A group key's own words (中央财政资金) say which group, not which field; a total under a
    // heading the field rules out (合计 under 已兑现奖补资金, for a budget's amount) is not the field's.
    // So is a leaf under a change heading (比上年增减 over 金额 | 幅度): the change, not the field's figure.
    const ruledOut = !!parent && (isTotal || CHANGE_HEAD.test(parent.h.key)) && !!def.words.not?.some((w) => parent.h.key.includes(w));
    // Nor is a group key the field rules out (实际支出 under 省级资金, for a budget line's amount).
    if (asGroup && def.words.not?.some((w) => leaf.h.key.includes(w))) continue;
    // A heading that yields to another in the header (绩效目标 beside 一级指标) names nothing.
    const yields = !!def.yieldsTo?.words.includes(leaf.h.key) && labels.some((o) => def.yieldsTo?.to.includes(leafOf(o)?.h.key ?? ""));
    const own = asGroup || ruledOut || yields ? null : scoreHeading(leaf.h, def.words);
    if (own) best = { m: own, how: own.how, s: own.score };
    const cited = def.cited?.words.find((w) => leaf.h.key.includes(w));
    const c = def.cited;
    let citing = false;
    if (c) {
      const sections = underSections(values, c.values) || (!!c.numbers && underSections(values, c.numbers));
      // Clause numbers alone leading the rows, none repeated, with no 序号 beside and no section above: the rows' own numbers.
      const rowsOwn = leading && !rowsNumbered && !repeats(values) && !sections && bareClauses(values, c.values);
      citing = c.own
        ? rowsOwn && citesAll(values, c.values)
        : (citesAll(values, c.values) && !rowsOwn) || (!!c.numbers && citesAll(values, c.numbers) && (rowsNumbered || repeats(values) || reachesIn(values, c.numbers))) || (!!c.numbers && underSections(values, c.numbers));
    }
    const byCitation = !best && !!cited && citing;
    if (byCitation) best = { m: { score: 0.9, word: cited, how: "contains" }, how: "contains", s: 0.9 };
    const money = def.inWords?.words.find((w) => leaf.h.key.includes(w));
    if (!best && money && allInWords(values)) best = { m: { score: 0.9, word: money, how: "contains" }, how: "contains", s: 0.9 };
    // Caps in words under a money heading are no amount, whatever the heading says.
    if (def.value === "amount" && allInWords(values)) continue;
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
      // Of two measured columns (申报面积 | 确认面积), the confirmed one is what is paid on; the task set (建设任务（户）),
      // what a plan's money is for, above a count of progress beside it (开工户数), never above the confirmed (计划面积 | 验收面积).
      const has = (ws?: readonly string[]) => !!ws?.some((w) => leaf.h.key.includes(w));
      const s = def.byUnit === "perMeasure" ? 0.9 : has(def.confirmed) ? 0.8 : has(def.task) ? 0.78 : 0.7;
      if (!best || s > best.s) best = { m: { score: s, word: leaf.h.measure as string, how: "contains" }, how: "contains", s };
    }
    // A heading stating only when the figures run to (截至9月中旬, or 1-9月 with nothing else) names the field; so does
    // an increase on another year (比上年增加) as the whole heading, kept only as the field's one column (increaseAlone).
    if (!best && def.asOf === true && !leaf.h.measure && !leaf.h.percent && (AS_OF_HEAD.test(leaf.h.key) || (leaf.h.key === "" && !!leaf.h.period)))
      best = { m: { score: 0.6, word: leaf.h.key, how: "contains" }, how: "contains", s: 0.6 };
    if (!best && def.increase?.includes(leaf.h.key) && !leaf.h.measure && !leaf.h.percent)
      best = { m: { score: 0.6, word: leaf.h.key, how: "exact" }, how: "exact", s: 0.6 };
    // Under a heading stating the money per thing counted (重点村（每村各补助2万元）), a leaf naming a subsidy (规划编制补助) is money.
    if (!best && def.value === "amount" && def.repeat === "parts" && !leaf.h.measure && parent && STANDARD_IN_HEADING.test(parent.raw) && /(补助|补贴|奖补|奖励)$/.test(leaf.h.key))
      best = { m: { score: 0.6, word: leaf.h.key, how: "ends" }, how: "ends", s: 0.6 };
    // A heading stating a money unit (`项目财政总投资（万元）`) holds amounts, never names or texts;
    // one stating a count (`净增企业数（家）`) holds counts, never amounts.
    if (leaf.h.unit && TEXT_VALUES.has(def.value)) continue;
    if (leaf.h.measure && !leaf.h.perMeasure && !leaf.h.unit && def.value === "amount" && !def.measured) continue;
    if (counted && def.value === "amount") continue;
    if (yearHead && (def.value === "amount" || def.value === "count")) continue;
    // A percent heading (`完成年初预算（%）`) holds rates: no amounts, and a rate field takes it.
    if (leaf.h.percent) {
      if (def.value === "amount" || def.value === "count") continue;
      // Growth on last year (同比增长%) is no rate of a budget and no time progress.
      // A field named by no words (one read only from another's column) takes no heading this way either.
      const named = !!def.words.exact?.length || !!def.words.core?.length;
      if ((def.value === "rate" || def.value === "share") && named && !def.words.not?.some((w) => leaf.h.key.includes(w))) {
        const s = /(完成|执行|预算|支出|进度|拨付)/.test(leaf.h.key) ? 0.7 : 0.5;
        if (!best || s > best.s) best = { m: { score: s, word: "%", how: "contains" }, how: "contains", s };
      }
    }
    if (!best) continue;
    // Clause numbers taken as the rows' own fit as such, whatever a code's usual shape (第三条 is no 0101).
    let fit = byCitation && c?.own && best.how === "contains" ? 1 : fits.get(def.value);
    if (fit === undefined) {
      fit = valueFit(def.value, values, formats);
      fits.set(def.value, fit);
    }
    // A heading naming a share of a whole (决算数为预算数的%) holds it even above 100 in every row.
    if (fit !== null && fit < 1 && def.shareOfWhole?.some((w) => leaf.h.key.includes(w)) && !def.words.not?.some((w) => leaf.h.key.includes(w))) {
      fit = Math.max(fit, shareBeyondWholeFit(values) ?? 0);
    }
    // Text of any kind fits a text field somewhat; typed values (amounts, codes, dates) must fit.
    // Unless the title lends the heading (a county award list's 县（区）: the counties are its applicants).
    if (def.mustFit && fit === 0 && best.how !== "title") continue;
    if (fit === 0 && def.mustFitFor?.includes(best.m.word)) continue;
    // A heading only containing a naming word (水利基础设施项目: a kind of project) over figures alone is money
    // by that kind, no column of names: a label field is held by names.
    if (def.value === "label" && fit === 0 && best.how !== "exact" && allFigures(values)) continue;
    const soft = def.value === "text" || def.value === "label" || def.value === "enterprise" || def.value === "place";
    const weight = fit === null ? 0.75 : soft ? 0.6 + 0.4 * fit : 0.3 + 0.7 * fit;
    const score = best.s * weight * ((def as { weight?: number }).weight ?? 1);
    if (score < MIN_SCORE) continue;
    out.push({ col: cl.col, field, score, match: best.m, how: best.how, fit, heading: best.s, year });
  }
  return out;
}

/** The words a title lends each field: the kind's own, and those of every further title it matches (an `alone` one by itself); null when none. */
function lentWords(titled: NonNullable<AnyKind["titled"]>, title: string): Record<string, Meaning | undefined> | null {
  const named = titled.words.some((w) => title.includes(w));
  const out = named ? { ...(titled.fields as Record<string, Meaning | undefined>) } : {};
  let any = named;
  for (const m of titled.more ?? []) {
    if (!(named || m.alone) || !m.words.some((w) => title.includes(w)) || m.not?.some((w) => title.includes(w))) continue;
    any = true;
    for (const [field, words] of Object.entries(m.fields as Record<string, Meaning | undefined>)) {
      if (!words) continue;
      const had = out[field];
      out[field] = had ? { ...had, exact: [...(had.exact ?? []), ...(words.exact ?? [])], core: [...(had.core ?? []), ...(words.core ?? [])] } : words;
    }
  }
  return any ? out : null;
}

/** What further titles add to the kind's score: each one lending a field a column reads by its words (a 申请汇总表's 县). */
function lentWeight(titled: NonNullable<AnyKind["titled"]>, title: string, read: readonly Scored[]): number {
  const named = titled.words.some((w) => title.includes(w));
  let weight = 0;
  for (const m of titled.more ?? []) {
    if (!m.weight || !(named || m.alone) || !m.words.some((w) => title.includes(w)) || m.not?.some((w) => title.includes(w))) continue;
    if (read.some((s) => s.field in m.fields)) weight += m.weight;
  }
  return weight;
}

/** Reads the header for one kind: the best assignment of fields to columns. */
export function readingFor(
  kind: AnyKind,
  labels: ColumnLabels[],
  sample: { values: Cell[][]; formats: (string | null)[][]; down?: boolean[]; subtotals?: number },
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
  // Counted blocks named inside single headings (…500㎡以下数量 | …500㎡以下标准): groups too, where no heading stacks group.
  const blocks = parallel.size === 0 && groupKeys.size === 0 ? inlineBlocks(labels) : new Map<number, string>();
  const groupParents = new Set<string>();
  if (inverted)
    groupKeys.forEach((_, i) => {
      const leaf = leafOf(labels[i]);
      const parent = leaf ? parentOf(labels[i], leaf) : null;
      if (parent) groupParents.add(parent.raw);
    });
  // Rows with a number of their own (序号): a clause's number beside it cites the clause, not the row.
  const seqWords = (kind.fields as Record<string, FieldDef>).seq?.words.exact ?? [];
  const numbered = (i: number) => labels.some((o, j) => j !== i && seqWords.includes(leafOf(o)?.h.key ?? ""));
  labels.forEach((cl, i) => {
    const f = facts(cl);
    const col: ColumnRead = { col: cl.col, header: cl.levels.map((l) => l.raw).join(" / "), field: null };
    if (f.unit) col.unit = f.unit;
    if (f.measure) col.measure = f.measure;
    if (f.year !== undefined) col.year = f.year;
    let group = parallel.get(i) ?? groupKeys.get(i) ?? blocks.get(i);
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
    if (!sideCols.has(cl.col) && !codeSplit.has(i)) all.push(...scoreColumn(kind, cl, sample.values[i], sample.formats[i], title, asGroup, numbered(i), i === 0, labels));
  });
  lifetimeApart(kind, labels, all);
  longTermApart(labels, all);
  withoutHope(kind, all);
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
    col.evidence = scoredEvidence(labels[s.col - c0], s);
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
  heldBy(kind, labels, columns, all);
  dropNamedAfter(kind, columns, title);
  dropWithout(kind, columns);
  dropBodiesRunning(kind, columns, sample, title);
  dropTownsRunning(kind, columns, sample);
  objectOfFirm(kind, labels, columns, all, sample);
  const reread = settleParts(kind, labels, columns, sample, c0, all, title);
  yearsAcross(kind, labels, columns, sample);
  levelShareOfWhole(labels, columns, c0);
  byLevel(kind, labels, columns);
  ownLevel(kind, labels, columns, title);
  setAside(kind, labels, columns, c0);
  adjustmentsApart(kind, columns);
  releasesOfWhole(kind, labels, columns, sample);
  finalOverEarlier(kind, columns);
  unitsApart(kind, labels, columns, c0);
  spansApart(kind, labels, columns, c0);
  // A place given by two columns (设区市 | 县（市、区）) before the fields read from values, which would
  // take the county for a second place.
  const levelled = placeLevels(kind, labels, columns, sample);
  const byValues = levelled + labelsByValues(kind, columns, sample, c0) + typedByValues(kind, columns, sample) + sharesOfPairs(kind, labels, columns, sample);
  // Again once items are read from their values (the first call cannot see an item read so): departments right of
  // the directions they carry out (支出方向 | … | 实施单位).
  dropBodiesRunning(kind, columns, sample, title);
  lastPairMeasured(kind, labels, columns, sample);
  // A title that names the kind (`…决算表`) is evidence of it too.
  const titled = !!kind.titled && kind.titled.words.some((w) => title.includes(w));
  let score = byValues + reread + (titled ? kind.titled?.weight ?? 0.3 : 0);
  for (const s of all) if (columns[s.col - c0].field === s.field && columns[s.col - c0].evidence) score += s.score;
  if (kind.titled) score += lentWeight(kind.titled, title, all.filter((s) => s.how === "title" && columns[s.col - c0].field === s.field));
  bodiesOver(kind, labels, columns, all, c0);
  useOverRecipient(kind, labels, columns);
  superseded(kind, labels, columns, all, c0);
  countedInStandardsMeasure(kind, labels, columns, all, c0);
  measuredOverCount(kind, labels, columns, sample);
  countOverMixedScale(kind, labels, columns, all, c0, sample);
  namedFund(kind, labels, columns, sample);
  namedByRate(kind, labels, columns, sample);
  earlierYear(kind, columns, yearIn(title));
  planned(kind, columns, title);
  alone(kind, columns);
  increaseAlone(kind, labels, columns);
  earlierAside(kind, columns);
  placesApart(kind, labels, columns, sample);
  nameUnderKind(kind, labels, columns, sample);
  projectsByPlace(kind, labels, columns, sample);
  recipientsByPlace(kind, labels, columns, sample);
  joinedPlacesAsLine(kind, labels, columns, sample);
  placeOverLine(kind, labels, columns, sample);
  awardedRightOfPlace(kind, columns);
  kindsRightOfPlaces(kind, columns, sample);
  placeMergedOverKinds(kind, labels, columns, sample);
  labelMergedDown(kind, labels, columns, sample);
  finerPlaceRight(kind, labels, columns, sample);
  villagesRightOfTowns(kind, labels, columns, sample);
  villageBeforeWorks(kind, labels, columns, sample);
  listedBesideCount(kind, labels, columns, sample);
  groupTotalBeside(kind, labels, columns, sample);
  placeAsLine(kind, labels, columns, all, sample, c0);
  repeatedGroup(kind, labels, columns, all, sample, c0);
  namedBeforeContent(kind, labels, columns, sample);
  contentBesideStandard(kind, labels, columns, sample);
  directionAsLine(kind, labels, columns, sample);
  linesBesideMoney(kind, labels, columns, sample);
  score += yearsAsLines(kind, labels, columns, sample);
  fewRepeated(kind, labels, columns, sample);
  sourcesAsLine(kind, labels, columns, sample);
  tasksByYear(kind, labels, columns, sample);
  score += placesAsLines(kind, labels, columns, sample);
  repeatedBesideLine(kind, labels, columns, all, sample, c0);
  placeOfLine(kind, labels, columns, sample);
  officeLeftOfLine(kind, labels, columns, sample);
  outlineNamesAsGroup(kind, columns, sample);
  // Which of the read figures is measured against which leaves the evidence for the kind as it is.
  sameLevel(kind, columns);
  score += valuesAcross(kind, columns, sample);
  score += pricedLines(kind, columns, sample);
  settleMeasureParts(kind, labels, columns, sample);
  countedGrades(kind, labels, columns, sample);
  rowTotalOfBlocks(kind, labels, columns, sample);
  pairsAcross(kind, labels, columns, sample);
  // A grid laid sideways (rows 2010年决算 | 2011年预算 under a blank corner) is read whole from its labels and total:
  // every row saying what its figures are is strong evidence, above a composition taking the labels for lines.
  const sideways = rowsLabelledAcross(kind, columns, sample, title);
  if (sideways) score += 1.5;
  const found = new Set(columns.filter((c) => c.field && !c.part).map((c) => c.field as Field));
  const relaxed = kind.titled?.requires;
  const notTitled = !!relaxed && !(relaxed.not ?? []).some((w) => listNaming(title, relaxed.applying).includes(w));
  const underTitle = notTitled && relaxed.words.some((w) => title.includes(w));
  const underAlso = notTitled && !underTitle && (relaxed.orAlso ?? []).some((w) => title.includes(w));
  // A title naming a table of the kind that lacks a required field (一般公共预算支出表: no spending yet) is evidence of it.
  if (underTitle) score += relaxed.weight ?? 0;
  const missingOf = (groups: readonly (readonly Field[])[]) => groups.filter((g) => !g.some((f) => found.has(f))).map((g) => [...g]);
  let missing = missingOf((underTitle ? relaxed.groups : kind.requires) as readonly (readonly Field[])[]);
  const or = underTitle || underAlso ? (relaxed as { or?: readonly (readonly Field[])[] }).or : undefined;
  if (missing.length > 0 && or && missingOf(or).length === 0) missing = [];
  const orUnder = underTitle ? (relaxed as { orUnder?: { words: readonly string[]; groups: readonly (readonly Field[])[] } }).orUnder : undefined;
  if (missing.length > 0 && orUnder && orUnder.words.some((w) => title.includes(w)) && missingOf(orUnder.groups).length === 0) missing = [];
  type Named = { field: Field; keys: readonly string[]; groups: readonly (readonly Field[])[] };
  const orNamed = underTitle ? (relaxed as { orNamed?: Named | readonly Named[] }).orNamed : undefined;
  const nameds: readonly Named[] = !orNamed ? [] : Array.isArray(orNamed) ? orNamed : [orNamed as Named];
  if (missing.length > 0 && nameds.some((n) => missingOf(n.groups).length === 0 && namedBy(columns, n.field, n.keys))) missing = [];
  const orHeaded = underTitle ? (relaxed as { orHeaded?: Field }).orHeaded : undefined;
  if (missing.length > 0 && orHeaded && placeHeaded(columns, sample.values, orHeaded)) missing = [];
  if (missing.length === 1 && oneRowAcross(kind, missing[0], columns, sample)) missing = [];
  if (sideways) missing = [];
  if (missing.length === 0 && kind.ruledOut?.(labels.map((cl) => ({ key: labelKey(cl), year: facts(cl).year })), columns, title, sample.values, sample.subtotals)) missing = [kind.requires[0].map((f) => f as Field)];
  return { kind: kind.kind, columns, periods, score, missing };
}

/** The title after the last of `applying` (…资金申报|企业初审名单): the words naming the list itself; all of it with none. */
function listNaming(title: string, applying: readonly string[] | undefined): string {
  let at = -1;
  for (const w of applying ?? []) {
    const i = title.lastIndexOf(w);
    if (i >= 0) at = Math.max(at, i + w.length);
  }
  return at < 0 ? title : title.slice(at);
}

/** The field's column is headed by one of `keys`, spaces aside (企业名称, not 单位名称). */
function namedBy(columns: readonly ColumnRead[], field: Field, keys: readonly string[]): boolean {
  const c = columns.find((x) => x.field === field && !x.part);
  return !!c && keys.includes(c.header.replace(/\s+/g, ""));
}

/** A heading row's place (`福清市（5个）`, `闽侯县`): a county or city name, its count in brackets at most. */
const PLACE_HEADING = /^[\u4e00-\u9fa5]{1,12}(?:市|县|区|旗)(?:[（(][^）)]*[）)])?$/;

/**
 * The field's column runs under heading rows naming places: two or more rows where it is blank and
 * another column's one text names a county or city (`福清市（5个）` over its villages). Bounded by the sample.
 */
function placeHeaded(columns: readonly ColumnRead[], values: readonly Cell[][], field: Field): boolean {
  const li = columns.findIndex((c) => c.field === field);
  if (li < 0) return false;
  const col = values[li];
  let headings = 0;
  for (let r = 0; r < col.length; r++) {
    if (!isBlank(col[r])) continue;
    const texts = values.map((v) => v[r]).filter((v) => !isBlank(v));
    if (texts.length !== 1) continue;
    if (typeof texts[0] === "string" && PLACE_HEADING.test(texts[0].trim())) headings++;
  }
  return headings >= 2;
}
