/**
 * Columns that are parts of another, settled after the best-first assignment: under a merged group
 * with a 合计 (they must add up to it) or under 其中 (they must not exceed the whole before them).
 */
import { isBlank, type Cell } from "../grid";
import type { AnyKind, Field } from "../kinds/index";
import type { FieldDef } from "../kinds/define";
import type { ColumnRead } from "./base";
import { valueFit } from "./fit";
import { statedStandard } from "./standard";
import { besideCeiling, isCeilingLine } from "../kinds/execution/fields";
import { type Label, type ColumnLabels, scoredEvidence, TEXT_VALUES, TOTAL_LABEL, TOTAL_COLUMN, INVESTMENT_TOTAL, PUT_IN_TOTAL, FUND_SOURCE, SELF_RAISED, LOCAL_MONEY, OTHER_MONEY, REMARK, CLASSIFICATION, type Scored, facts, leafOf, parentOf, labelKey } from "./headerLabels";

/** A heading naming money (生活补助, 补助资金, 护理补贴): money, whatever standard it states. */
const MONEY_HEAD = /(补助|补贴|奖补|奖励|资金|金额|经费|费用|款|额|合计|小计|总计)$/;

/** Money sent in this batch of an allocation (本次下达, 本批拨付). */
const THIS_BATCH = /^(本次|本批)(下达|拨付|下拨|安排)/;

/** Money left over (结余资金, 剩余资金, 未使用资金), not money carried in from before (上年结转, 年初结余). */
const LEFT_OVER = /(结余|结转|剩余|未使用|未支出)/;
const CARRIED_IN = /^(上年|上期|以前年度|往年|历年|年初)/;
const leftOver = (key: string): boolean => LEFT_OVER.test(key) && !CARRIED_IN.test(key);

/** A source's level (中央, 国家, 省级) and the words every fund closes on (资金, 投资, 补助资金): no name of its own. */
const FUND_LEVEL = /^(中央|国家|省级?|市级?|州级?|县级?|区级?|地方)?(财政)?/;
const FUND_CLOSE = /(专项)?(补助资金|配套资金|资金|投资|补助|投入)$/;
/** Words naming a kind of money, no fund of its own (预算内, 统筹整合): a title holding them names no source's fund. */
const GENERAL_FUND_WORDS = /^(预算内|统筹|整合|统筹整合|专项|财政)+$/;
/**
 * Whether the title names a source's fund: its level and first words (中央预算内 in …中央预算内投资计划表), or its own
 * name past level and closing words when that name is a fund's, three characters or more with no 财政 before it
 * (以工代赈 in …财政预算内以工代赈计划表). 中央财政水利资金 names no fund under …水利项目投资计划表: 水利 is the sector;
 * nor do words of a kind of money (统筹整合 of 中央统筹整合资金 in …统筹整合财政涉农资金项目计划表).
 */
export function titleNamesFund(title: string, fund: string): boolean {
  if (fund.length >= 4 && title.includes(fund.slice(0, 4))) return true;
  const level = FUND_LEVEL.exec(fund)?.[0] ?? "";
  if (level.includes("财政")) return false;
  const own = fund.slice(level.length).replace(FUND_CLOSE, "");
  return own.length >= 3 && !GENERAL_FUND_WORDS.test(own) && title.includes(own);
}

/**
 * Columns that are parts of another: under a merged group with a 合计 column, the others are its
 * parts (they must add up to it); under `其中` (or `其中：…` in the label), parts of the amount
 * column just before the group (they must not exceed it).
 */
export function settleParts(
  kind: AnyKind,
  labels: ColumnLabels[],
  columns: ColumnRead[],
  sample: { values: Cell[][] },
  c0: number,
  all: readonly Scored[],
  title = "",
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
  // A count under a merged heading beside its money (示范点（每个120万元） over 个数 | 资金): no share of a row's
  // total, but the money after it under the same heading is, so a run of parts after a 合计 goes on past it.
  const countBesideMoney = (j: number): boolean => {
    const leaf = leafOf(labels[j]);
    const group = leaf ? parentOf(labels[j], leaf)?.group : undefined;
    const col = columns[j];
    if (!group || isMoney(col.field) || col.part) return false;
    const def = col.field ? (kind.fields[col.field as keyof typeof kind.fields] as FieldDef | undefined) : undefined;
    const counted = def ? def.value === "count" : !!facts(labels[j]).measure;
    return counted && columns.some((x, k) => k > j && x.col <= group.c1 && isMoney(x.field));
  };
  // A 其中 column under one merged heading with money before it (村庄 over 奖补金额 | 其中：一般 … 金额): a share of
  // that money, the whole its heading holds, not of a row total further left.
  const shareOfNearer = (j: number): boolean => headingWhole(j) >= 0;
  const headingWhole = (j: number): number => {
    if (!facts(labels[j]).part) return -1;
    const leaf = leafOf(labels[j]);
    const group = leaf ? parentOf(labels[j], leaf)?.group : undefined;
    if (!group) return -1;
    for (let k = firstOfPartGroup(labels, j) - 1; k >= 0 && columns[k].col >= group.c0; k--) if (isMoney(columns[k].field)) return k;
    return -1;
  };
  // A column the headings read as a count (一般村庄个数, the count field taken by another) is no share of money.
  const counted = (j: number): boolean =>
    all.some((s) => s.col === columns[j].col && (kind.fields[s.field as keyof typeof kind.fields] as FieldDef | undefined)?.value === "count");
  // A column of counts beside the money (孤儿补助人数, 走读生（每生每学期250元）): its heading names a count, or states the
  // money each one counted gets while naming no money itself. Its money is the count times that standard, so it is
  // never a share of a money total.
  const countHeaded = (j: number): boolean => {
    if (isMoney(columns[j].field)) return false;
    if (counted(j)) return true;
    const leaf = leafOf(labels[j]);
    const named = all.some((s) => s.col === columns[j].col && isMoney(s.field));
    return !!leaf && !named && !MONEY_HEAD.test(leaf.h.key) && statedStandard(leaf.raw) !== null;
  };
  // The sources right before a total investment, under one merged heading ending just before it: two or more payers, all
  // holding amounts, the last the owners', the local or others' money; the title naming no fund of the first. The first
  // source's column, or -1.
  const SOURCES_HEAD = /(资金来源|资金构成|来源|筹资|筹措)/;
  // A source, or others' money closing the sources (其他投入); the money beyond the sources named before it, local or others'.
  // 财政资金 alone (总投资 | 财政资金 | 农民自筹) is a source here only.
  const isSource = (key: string) => FUND_SOURCE.test(key) || key === "财政资金";
  const paying = (key: string) => isSource(key) || OTHER_MONEY.test(key);
  const rest = (key: string) => LOCAL_MONEY.test(key) || OTHER_MONEY.test(key);
  const sourcesBefore = (i: number): number => {
    const lastLeaf = i > 0 ? leafOf(labels[i - 1]) : null;
    const over = lastLeaf ? parentOf(labels[i - 1], lastLeaf)?.group : undefined;
    if (!over || over.c1 !== columns[i].col - 1 || over.c1 - over.c0 < 1) return -1;
    // The heading must name where the money comes from: money arrived or paid (到位资金, 已拨付) is no source of it.
    if (!SOURCES_HEAD.test(parentOf(labels[i - 1], lastLeaf as NonNullable<typeof lastLeaf>)?.h.key ?? "")) return -1;
    const js = columns.flatMap((x, j) => (x.col >= over.c0 && x.col <= over.c1 ? [j] : []));
    const key = (j: number) => leafOf(labels[j])?.h.key ?? "";
    if (js.length !== over.c1 - over.c0 + 1 || !js.every((j) => paying(key(j)) && amountsFit(sample.values[j]))) return -1;
    const fund = key(js[0]);
    if (titleNamesFund(title, fund)) return -1;
    const last = key(js[js.length - 1]);
    return SELF_RAISED.test(last) || rest(last) ? over.c0 : -1;
  };
  /** Counts passed over in a run of parts, each before its block's money. */
  const blockCounts: number[] = [];
  // Groups with a total column.
  labels.forEach((cl, i) => {
    const leaf = leafOf(cl);
    if (!leaf) return;
    // A total investment followed by its sources (总投资 | 中央投资 | 省级匹配 | 州县配套) is their whole, as a 合计;
    // followed by other money (总投资 | 申请补助资金) it is a figure of its own.
    const sourceKey = (j: number) => (j < labels.length ? (leafOf(labels[j])?.h.key ?? "") : "");
    // Under one merged heading (资金来源 over 中央和省级补助资金 | 县财政匹配 | 其他投入) others' money is a source too; with no
    // heading over them (项目总投资 | 财政衔接资金 | 其他资金) the fund stays the amount.
    const sourceLeaf = i + 1 < labels.length ? leafOf(labels[i + 1]) : null;
    const over = sourceLeaf ? parentOf(labels[i + 1], sourceLeaf)?.group : undefined;
    // Only a heading naming where the money comes from (资金来源), not any (2021年计划安排 over 省级资金 | 其他资金).
    const sourcesHead = !!sourceLeaf && SOURCES_HEAD.test(parentOf(labels[i + 1], sourceLeaf)?.h.key ?? "");
    const payer = (j: number) => (over && sourcesHead ? paying(sourceKey(j)) : isSource(sourceKey(j)));
    // A share the office marks 其中 (总投入 | 其中：中彩资金 | 村级自筹资金) is a source too when the owners' own
    // money closes the run: with that rest, the sources are all of the investment.
    const share = (j: number) => j < labels.length && facts(labels[j]).part && leafOf(labels[j]) !== null;
    let runEnd = i + 1;
    while (runEnd < labels.length && (payer(runEnd) || share(runEnd))) runEnd++;
    const closed = runEnd > i + 2 && payer(runEnd - 1) && SELF_RAISED.test(sourceKey(runEnd - 1));
    const source = (j: number) => payer(j) || (closed && j < runEnd && share(j));
    // Under one merged heading (资金来源 over 中央财政…专项资金 | 县区配套 | 农民自筹) the sources are all of the
    // investment only when the owners' own money (自筹), the rest no government pays, closes them.
    const underOver = (j: number) => !over || (columns[j].col >= over.c0 && columns[j].col <= over.c1);
    // Or one heading merged over the total and its sources alike (总投资（万元） over 总投资 | 其中：省级财政资金 |
    // 其中：建设单位自筹): the total is its group's whole, as a 合计 first under its heading.
    const own = parentOf(cl, leaf)?.group;
    const overBoth = (): boolean => !!own && !!over && own.r0 === over.r0 && own.c0 === over.c0 && own.c1 === over.c1 && over.c0 === total.col;
    const merged = (): boolean => {
      const first = overBoth() ? total.col + 1 : over?.c0;
      if (!over || first !== total.col + 1 || over.c1 - first < 1) return false;
      const js = columns.flatMap((x, j) => (x.col >= first && x.col <= over.c1 ? [j] : []));
      if (js.length !== over.c1 - first + 1 || !js.every(source)) return false;
      if (js.some((j) => SELF_RAISED.test(sourceKey(j)))) return true;
      // Local or others' money last (中央财政水利资金 | 地方投资, … | 其他投入) closes them too when the title names no fund
      // (…项目投资计划表): the plan is of the investment itself. A title naming the first source's fund (中央预算内投资计划表)
      // keeps that fund the amount.
      const fund = sourceKey(js[0]);
      return rest(sourceKey(js[js.length - 1])) && !titleNamesFund(title, fund);
    };
    const total = columns[i];
    const investment =
      !TOTAL_COLUMN.test(leaf.h.key) && INVESTMENT_TOTAL.test(leaf.h.key) && (!own || overBoth()) && source(i + 1) && source(i + 2) && (!over || merged());
    // Or written after its sources (资金来源 over 财政扶贫资金 | 群众投劳折合、贷款及自筹, then 总投资): the same whole when the
    // owners' own money or the local money closes them, unless the title names the first source's fund (…中央预算内投资计划表).
    const sourcesFrom = !TOTAL_COLUMN.test(leaf.h.key) && INVESTMENT_TOTAL.test(leaf.h.key) && !own && isMoney(total.field) ? sourcesBefore(i) : -1;
    if (sourcesFrom >= 0) {
      delete total.part;
      delete total.aside;
      for (let j = i - 1; j >= 0 && columns[j].col >= sourcesFrom; j--) {
        columns[j].field = total.field;
        columns[j].part = { of: total.col, exhaustive: true };
        columns[j].evidence ??= { key: labelKey(labels[j]), word: leaf.raw, how: "part", score: 0, fit: null };
      }
      return;
    }
    const parent = parentOf(cl, leaf);
    // A second header row renaming each column (集中+分散合计 over 发放总金额), nothing merged: the first row's name
    // is the column's as well, and may call it the total.
    const renamedTotal = !!parent && !parent.group && TOTAL_COLUMN.test(parent.h.key);
    // The whole put in (总投入) last, no money after it: the total of the shares before it. First, over other money
    // (总投入 | 申请补助资金), it stays a figure of its own.
    const putInLast =
      PUT_IN_TOTAL.test(leaf.h.key) &&
      columns.every((x, j) => j <= i || (!isMoney(x.field) && (REMARK.test(leafOf(labels[j])?.h.key ?? "") || !amountsFit(sample.values[j]))));
    if (!TOTAL_COLUMN.test(leaf.h.key) && !investment && !renamedTotal && !putInLast) return;
    // The group: under a merged parent, its columns; with none, the run of amount columns after
    // the 合计 (`合计 | 专项经费 | 自筹经费`), else before it (`聊城奖补 | 临清奖补 | 合计`).
    let from: number;
    let to: number;
    if (parent?.group) {
      if (!isMoney(total.field)) return;
      from = parent.group.c0;
      to = parent.group.c1;
      // The best-first reading may have made the 小计 a part of a source beside it (中央衔接资金 scoring
      // higher): the group's total is the whole of its columns, no part of one.
      if (total.part && total.part.of >= from && total.part.of <= to) delete total.part;
      // Two blocks side by side, each its merged heading over 合计 and the same parts (法定债务限额 | 法定债务余额): the
      // best-first reading made the second block's 合计 a part of the first's. It is its own block's whole, a
      // further column of the field named by its heading, never added into the first.
      const ownerAt = total.part && total.part.of < from ? total.part.of - c0 : -1;
      const ownerLeaf = ownerAt >= 0 ? leafOf(labels[ownerAt]) : null;
      const ownerParent = ownerLeaf ? parentOf(labels[ownerAt], ownerLeaf) : null;
      if (ownerLeaf && TOTAL_COLUMN.test(ownerLeaf.h.key) && ownerParent?.group && ownerParent.group.c1 < from && ownerParent.h.key !== parent.h.key) {
        delete total.part;
        total.group = parent.raw;
      }
    } else {
      // A total the best-first reading made a part of a column after it (项目资金总额 under 中央资金):
      // that column and its parts are the total's own.
      const owner = total.part && total.part.of > total.col ? total.part.of : undefined;
      // Funds side by side before their 合计 (积分制资金 | 垃圾处理费奖励资金 | 合计), or after it (小计 | 衔接资金 | 自筹资金),
      // the best-first reading having made the later ones 其中 parts of the first: each is a part of the total instead.
      const beside = (j: number, before: boolean) => {
        const part = columns[j].part;
        return !!part && !part.exhaustive && !facts(labels[j]).part && (before ? part.of < total.col : part.of > total.col && part.of < columns[j].col);
      };
      const fits = (j: number, field: Field | null, before = false) =>
        (columns[j].field === null || columns[j].field === field || (field === null && isMoney(columns[j].field))) &&
        amountsFit(sample.values[j]) &&
        leafOf(labels[j]) !== null &&
        // A remarks column (备注), empty in the first rows, is no share of the money.
        !REMARK.test((leafOf(labels[j]) as Label).h.key) &&
        // Nor a budget classification beside the sources (支出功能科目 2240851, typed as text): a code, no money.
        !CLASSIFICATION.test((leafOf(labels[j]) as Label).h.key) &&
        // The money sent in this batch (小计 | 2023年 | 2022年 | 本次下达) is what the whole is sent as, no share of it.
        !(j > i && THIS_BATCH.test((leafOf(labels[j]) as Label).h.key)) &&
        // Nor the balance left after the sources (实发资金合计 | 中央和省级 | 县配套 | 结余资金): money not paid.
        !(j > i + 1 && leftOver((leafOf(labels[j]) as Label).h.key)) &&
        // A count (`净增企业数（家）`, `孤儿补助人数`) is no part of a sum of money.
        !(facts(labels[j]).measure && !(leafOf(labels[j]) as Label).h.perMeasure) &&
        !countHeaded(j) &&
        (!columns[j].part || columns[j].part?.of === total.col || (owner !== undefined && columns[j].part?.of === owner) || beside(j, before));
      from = total.col;
      to = total.col;
      // A 小计 no word reads, first before money by year or source (区镇 | 小计 | 2023年补助资金 | 2022年补助经费):
      // their row total, of their field.
      // The best-first reading may have made them parts of the batch sent now after them (本次下达 scoring
      // highest): they are the 小计's.
      const batchAt = (of: number) => THIS_BATCH.test(leafOf(labels[of - c0])?.h.key ?? "");
      if (total.field === null && !parent)
        for (let j = i + 1; j < columns.length && isMoney(columns[j].field) && !THIS_BATCH.test(leafOf(labels[j])?.h.key ?? ""); j++) {
          const p = columns[j].part;
          if (p && !p.exhaustive && p.of > columns[j].col && batchAt(p.of)) delete columns[j].part;
        }
      // A total alone no word reads right after the names, before kinds of money no word reads either (县（市、区） | 小计
      // | 甲类认证奖励 | 乙类认证奖励, mostly blank): the allocation's amount, the kinds its parts (read below).
      if (total.field === null && !parent && TOTAL_LABEL.test(leaf.h.key)) {
        const whole = wholeField(kind);
        if (whole && kindsAfterNames(kind, labels, columns, sample.values, i, countHeaded)) {
          total.field = whole;
          total.evidence = { key: leaf.h.key, word: leaf.raw, how: "part", score: 0.5, fit: null };
          // No word scored it: the kinds after it are the evidence of the money.
          reread += 0.5;
        }
      }
      // Two or more of one field: a total of one column (投资总额 before 新购设备投资额, then the award) is no total.
      const next = columns[i + 1];
      if (total.field === null && !parent && next && isMoney(next.field) && !next.part && columns[i + 2]?.field === next.field && amountsFit(sample.values[i])) {
        total.field = next.field;
        total.evidence = { key: leaf.h.key, word: leaf.raw, how: "part", score: 0.5, fit: null };
      }
      // A source the best-first reading made a share of the 其中 source before it (村级自筹资金 after 其中：中彩资金):
      // both are the investment's sources.
      if (investment)
        for (let j = i + 1; j < runEnd; j++) {
          const p = columns[j].part;
          if (p && !p.exhaustive && p.of > total.col && p.of < columns[j].col) delete columns[j].part;
        }
      if (isMoney(total.field))
        for (let j = i + 1; j < columns.length && (!investment || (source(j) && underOver(j))); j++) {
          if (!investment && (countBesideMoney(j) || shareOfNearer(j))) continue;
          if (!fits(j, total.field)) break;
          to = columns[j].col;
        }
      if (owner !== undefined && owner <= to) delete total.part;
      // The same total split two ways (集中 | 分散 | 合计 | 供养资金 | 护理补贴): two or more money columns right before it,
      // read as its shares, add up to it as well as the run after it does.
      if (to - from >= 2) {
        let j = i - 1;
        while (j >= 0 && columns[j].part?.of === total.col && !columns[j].part?.exhaustive && !facts(labels[j]).part && fits(j, total.field)) j--;
        if (i - 1 - j >= 2 && !isMoney(columns[j]?.field)) for (let k = j + 1; k < i; k++) columns[k].part = { of: total.col, exhaustive: true };
      }
      // The money sent in this batch after the parts: a further column of its own, checked on its own.
      const ofRun = (x: ColumnRead) => !x.part || (x.part.of >= from && x.part.of <= to);
      const sent = columns.findIndex((x, j) => j > i && x.col > to && x.field === total.field && ofRun(x) && THIS_BATCH.test(leafOf(labels[j])?.h.key ?? ""));
      if (sent >= 0 && to > from) {
        delete columns[sent].part;
        columns[sent].aside = true;
        columns[sent].group = leafOf(labels[sent])?.raw ?? columns[sent].header;
      }
      // Likewise the balance left right after the sources: a further column, its foot still checked.
      const k = to - c0 + 1;
      const left = columns[k];
      const leftLeaf = left ? leafOf(labels[k]) : null;
      if (to > from && left && leftLeaf && ofRun(left) && (left.field === total.field || left.field === null) && leftOver(leftLeaf.h.key) && amountsFit(sample.values[k])) {
        delete left.part;
        // The best-first reading may have made the total a share of it: the total is its sources' whole.
        if (total.part?.of === left.col) delete total.part;
        left.field = total.field;
        left.aside = true;
        left.group = leftLeaf.raw;
        left.evidence ??= { key: leftLeaf.h.key, word: leftLeaf.raw, how: "part", score: 0, fit: null };
      }
      if (to === from) {
        // Parts before their 合计: the 合计 is the whole, and takes the field they were read as. Only
        // a 合计 alone: a row total after groups (`奖励资金合计` after two 户数 | 标准 | 金额 groups) sums
        // only the groups' amounts, not every column before it.
        // A heading ending in one (市级支出合计 after 市本级支出 | 市对区县补助支出) is their total too when the run of
        // money before it, two columns or more of its field, is all the money the table has left of it.
        const bare = TOTAL_LABEL.test(leaf.h.key);
        if (!bare && !isMoney(total.field)) return;
        // After a count and its standard (数量 | 扶持标准（万元/家） | 小计) the total is the line's count × standard,
        // its money, no sum of the standard.
        const product = total.field === null ? productMoney(kind, columns, sample.values, i) : null;
        if (product) {
          total.field = product;
          total.evidence = { key: leaf.h.key, word: leaf.raw, how: "values", score: 0.5, fit: null };
          return;
        }
        let field: Field | null = isMoney(total.field) ? total.field : null;
        for (let j = i - 1; j >= 0; j--) {
          // Blocks of a count then its money under no merged heading (人数 | 金额 | 人数 | 金额 | 共计): the run goes on
          // past each block's count, which stays out of the sum. Under merged headings they are groups (rowTotalAfterGroups).
          const leafJ = leafOf(labels[j]);
          if (countHeaded(j) && j > 0 && j + 1 < i && from === columns[j + 1].col && leafJ && !parentOf(labels[j], leafJ)) {
            blockCounts.push(j);
            continue;
          }
          if (!fits(j, field, true)) break;
          from = columns[j].col;
          if (field === null && isMoney(columns[j].field)) field = columns[j].field;
        }
        if (from === total.col || field === null || !amountsFit(sample.values[i])) return;
        // The run begins inside a merged heading whose money stands under another heading before it too (绿叶菜 |
        // 其他蔬菜, each 面积 | 标准 | 金额, then 合计): the 合计 sums the groups' money, a row total after groups, not
        // the last group's money alone.
        const groupAt = (col: number) => {
          const l = leafOf(labels[col - c0]);
          return l ? parentOf(labels[col - c0], l)?.group : undefined;
        };
        const inGroup = groupAt(from);
        if (inGroup && inGroup.c0 < from && columns.some((x) => x.col < inGroup.c0 && isMoney(x.field) && groupAt(x.col) !== undefined)) return;
        // Each fund's first column, whose parts they were read as, lies in the run too.
        if (columns.some((x) => x.col >= from && x.col < total.col && x.part && x.part.of < from)) return;
        if (!bare && (total.col - from < 2 || columns.some((x) => x.col < from && isMoney(x.field)))) return;
        // The best-first reading may have made the total a share of the first of them (财政投入 | 社会投入 | 合计, 财政投入
        // read first): it is their whole.
        if (total.part && total.part.of >= from && total.part.of < total.col) delete total.part;
        total.field = field;
        total.evidence = { key: leaf.h.key, word: leaf.raw, how: "part", score: 0.5, fit: null };
      }
    }
    // A merged heading naming the field (2025年预算数 over 合计 | 基本支出 | 项目支出): every money column
    // under it is the field's part, whatever field its own words name (基本支出 is a kind of budget here).
    const named = !!parent?.group && total.evidence?.how === "parent";
    // 会议费 and 培训费 beside a 三公 合计 (“三公”经费合计 | … | 会议费 | 培训费: 合计不含会议费、培训费) are accounts of their
    // own, no parts of it (unless the 合计 names them): each a group of its own name, its budget paired with its spending.
    const ownAccount = (key: string) => !!parent?.group && isCeilingLine(leaf.h.key) && !besideCeiling(leaf.h.key) && besideCeiling(key) && !isCeilingLine(key);
    for (let c = from; c <= to; c++) {
      const j = c - c0;
      if (j === i || j < 0 || j >= columns.length || (!parent?.group && (countBesideMoney(j) || shareOfNearer(j))) || countHeaded(j)) continue;
      const col = columns[j];
      const own = leafOf(labels[j]);
      if (own && ownAccount(own.h.key)) {
        if (col.field === total.field) {
          delete col.part;
          col.aside = true;
          col.group = own.raw;
        }
        continue;
      }
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
  // Each block's count left unread, its field taken by the first block's (孤儿补助人数 | 金额 | 困境儿童补助人数 | 金额):
  // the count of its block too, read by the words that name it.
  blockCounts.forEach((j) => {
    const col = columns[j];
    if (col.field !== null || col.part || !isMoney(columns[j + 1]?.field ?? null)) return;
    const s = all.find((x) => x.col === col.col && (kind.fields[x.field as keyof typeof kind.fields] as FieldDef | undefined)?.value === "count");
    if (!s || !columns.some((x) => x.field === s.field)) return;
    col.field = s.field;
    col.evidence = scoredEvidence(labels[j], s);
  });
  // 其中 groups. A column the best-first reading made a part of another under the same 其中 is
  // its sibling, not its part: both are parts of the whole before the group.
  labels.forEach((cl, i) => {
    if (!facts(cl).part) return;
    const groupStart = firstOfPartGroup(labels, i);
    const of = columns[i].part?.of;
    let groupEnd = i;
    while (groupEnd + 1 < labels.length && facts(labels[groupEnd + 1]).part) groupEnd++;
    const nearer = headingWhole(i);
    // Already a part of that money (补助资金 over 合计 | 其中：中央 | 市县, the 合计 its group's whole): settled.
    if (nearer >= 0 && of === columns[nearer].col) return;
    // Already all of the 小计 the same 其中 group opens with (其中：财政拨款 over 小计 | 一般公共预算 | 政府性基金): the
    // 小计's parts, read so above; the 小计 alone is the share of the whole before the group.
    if (columns[i].part?.exhaustive && of !== undefined && of - c0 >= groupStart && of - c0 < i) return;
    // Made a part of a sibling, before or after it in the group: a part of the whole as well.
    if (nearer < 0 && of !== undefined && !(of - c0 >= groupStart && of - c0 <= groupEnd && of - c0 !== i)) return;
    // A whole before the group the best-first reading made a part of this 其中 column (资金规模 under
    // 其中：…专项资金, the part's heading scoring higher): the whole is no part of its own part.
    for (let j = 0; j < groupStart; j++) {
      const owner = columns[j].part?.of;
      if (owner !== undefined && owner - c0 >= groupStart && owner - c0 <= groupEnd) delete columns[j].part;
    }
    let whole = nearer;
    for (let j = groupStart - 1; whole < 0 && j >= 0; j--) {
      if (isMoney(columns[j].field) && !columns[j].part) {
        whole = j;
        break;
      }
    }
    if (whole < 0) return;
    const col = columns[i];
    if (nearer >= 0 && counted(i)) {
      // Under its heading's money a count of the shares (一般村庄个数) is none of them.
      if (isMoney(col.field)) {
        col.field = null;
        delete col.part;
        delete col.evidence;
      }
      return;
    }
    if (col.field !== null && col.field !== columns[whole].field) return;
    if (col.field === null && !amountsFit(sample.values[i])) return;
    col.field = columns[whole].field;
    col.part = { of: columns[whole].col, exhaustive: false };
    col.evidence = { key: labelKey(cl), word: "其中", how: "part", score: 0, fit: null };
    // A 小计 opening the group (其中：财政拨款 over 小计 | 一般公共预算 | 政府性基金 | 国有资本经营预算) is the share; the
    // columns after it are all of it, each further money of the same field.
    if (nearer >= 0 || i !== groupStart || groupEnd === i || !TOTAL_COLUMN.test(leafOf(cl)?.h.key ?? "")) return;
    for (let k = i + 1; k <= groupEnd; k++) {
      const part = columns[k];
      if ((part.field !== null && part.field !== col.field) || (part.part && part.part.of !== columns[whole].col) || counted(k) || !amountsFit(sample.values[k])) continue;
      part.field = col.field;
      part.part = { of: col.col, exhaustive: true };
      part.evidence = { key: labelKey(labels[k]), word: leafOf(cl)?.raw ?? "小计", how: "part", score: 0, fit: null };
    }
  });
  return reread;
}

/**
 * A total of quantities over its parts under one merged heading (`补贴面积（亩）` over 小计 | 水田 | 旱地, `户数` over
 * 合计 | 脱贫户 | 一般户): the parts must add up to it row by row, whatever they measure. Settled once every field is read,
 * from the columns no field took as money: they are marked parts of the total and keep their field (none, or a
 * count's), so they stay out of every money check.
 */
export function settleMeasureParts(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: { values: Cell[][] }): void {
  const money = (f: Field | null) => !!f && (kind.fields[f as keyof typeof kind.fields] as FieldDef | undefined)?.value === "amount";
  const numbers = (j: number) => {
    const fit = valueFit("count", sample.values[j]);
    return fit !== null && fit >= 0.6;
  };
  labels.forEach((cl, i) => {
    const leaf = leafOf(cl);
    const parent = leaf ? parentOf(cl, leaf) : null;
    const total = columns[i];
    if (!leaf || !parent?.group || !TOTAL_LABEL.test(leaf.h.key) || money(total.field) || total.part || !numbers(i)) return;
    const { c0: from, c1: to } = parent.group;
    const parts: number[] = [];
    for (let c = from; c <= to; c++) {
      const j = columns.findIndex((x) => x.col === c);
      if (j < 0) return;
      if (j === i) continue;
      const col = columns[j];
      // Money under the heading makes it a money group (settleParts'); another total, groups within it.
      const l = leafOf(labels[j]);
      if (money(col.field) || (col.field !== null && col.field !== total.field) || col.part || !l || TOTAL_LABEL.test(l.h.key)) return;
      if (numbers(j)) parts.push(j);
    }
    if (parts.length < 2) return;
    for (const j of parts) columns[j].part = { of: total.col, exhaustive: true };
  });
}

function firstOfPartGroup(labels: ColumnLabels[], i: number): number {
  let j = i;
  while (j > 0 && facts(labels[j - 1]).part) j--;
  return j;
}

/** A cell's figure: a number, or a plain number typed as text. */
export function figureOf(v: Cell): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string" || !/^\s*-?\d+(\.\d+)?\s*$/.test(v)) return null;
  return Number(v);
}

/** A standard in 元 per unit over money in 万元, or the other way round, agrees as well. */
const SCALES = [1, 1e4, 1e-4];

/**
 * The kind's line money a total column right after a count and a unit amount (either order) is, when on
 * most lines giving all three the count × the unit amount is the total (in its unit or 万元 apart); null otherwise.
 */
function productMoney(kind: AnyKind, columns: ColumnRead[], values: Cell[][], i: number): Field | null {
  if (i < 2) return null;
  const defOf = (j: number) => {
    const f = columns[j].field;
    return f && !columns[j].part ? (kind.fields[f as keyof typeof kind.fields] as FieldDef) : undefined;
  };
  const unitAt = defOf(i - 1)?.byUnit === "perMeasure" ? i - 1 : defOf(i - 2)?.byUnit === "perMeasure" ? i - 2 : -1;
  const countAt = unitAt === i - 1 ? i - 2 : i - 1;
  if (unitAt < 0 || defOf(countAt)?.value !== "count") return null;
  let lines = 0;
  let agree = 0;
  values[i].forEach((v, r) => {
    const total = figureOf(v);
    const q = figureOf(values[countAt][r]);
    const u = figureOf(values[unitAt][r]);
    if (total === null || q === null || u === null || total === 0) return;
    lines++;
    if (SCALES.some((k) => Math.abs(q * u * k - total) <= Math.abs(total) * 0.005)) agree++;
  });
  if (lines === 0 || agree * 2 <= lines) return null;
  const money = (Object.entries(kind.fields) as [Field, FieldDef][]).find(([f, d]) => d.value === "amount" && !d.byUnit && !columns.some((c) => c.field === f));
  return money ? money[0] : null;
}

/** The money field a kind requires alone and lets take parts (a composition's amount); null when it has none. */
function wholeField(kind: AnyKind): Field | null {
  for (const group of kind.requires as readonly (readonly Field[])[]) {
    if (group.length !== 1) continue;
    const def = kind.fields[group[0] as keyof typeof kind.fields] as FieldDef | undefined;
    if (def?.value === "amount" && def.repeat === "parts") return group[0];
  }
  return null;
}

/**
 * The total at `i` stands right after the names (a label field) and before two or more columns no word reads, each
 * headed as money (…奖励, …补助) and holding amounts, none a 其中 share or a count: kinds of the money it totals.
 */
function kindsAfterNames(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], values: Cell[][], i: number, countHeaded: (j: number) => boolean): boolean {
  if (i === 0 || !values[i].some((v) => typeof v === "number") || !amountsFit(values[i])) return false;
  // The names: a label field, or a column of text no word reads yet (乡镇, read as the line from its values later).
  const before = columns[i - 1].field;
  const def = before ? (kind.fields[before as keyof typeof kind.fields] as FieldDef | undefined) : undefined;
  const names = values[i - 1].filter((v) => !isBlank(v));
  if (before ? def?.value !== "label" : names.length < 2 || !names.every((v) => typeof v === "string")) return false;
  let n = 0;
  for (let j = i + 1; j < columns.length && columns[j].field === null; j++) {
    const leaf = leafOf(labels[j]);
    if (!leaf || !MONEY_HEAD.test(leaf.h.key) || facts(labels[j]).part || countHeaded(j) || !amountsFit(values[j])) break;
    n++;
  }
  return n >= 2;
}

function amountsFit(values: Cell[]): boolean {
  const f = valueFit("amount", values);
  return f === null || f >= 0.6;
}
