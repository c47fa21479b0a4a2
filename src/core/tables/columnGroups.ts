/**
 * Column groups seen in the heading stacks alone, before any field is read: the same leaves under
 * several merged headings (sourceKeys), groups laid out alike (parallelGroups), a code split into
 * 类 | 款 | 项 (splitCodeColumns). Apart from the passes that move fields once they are read.
 */
import { type Label, type ColumnLabels, STANDARD_IN_HEADING, TOTAL_LABEL, facts, leafOf, parentOf, labelKey } from "./headerLabels";

/**
 * A code split into 类 | 款 | 项 under one merged heading (科目编码 over the three): the 款 and 项
 * columns are parts of the code, read as the code with the 类 column (mapped by index to it);
 * never scored for a field of their own, whatever their heading says (支出功能分类科目编码 is no spending).
 */
export function splitCodeColumns(labels: ColumnLabels[]): Map<number, number> {
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

/**
 * Leaf labels that repeat under several group labels (中央财政资金 | 其他来源资金 under each of
 * 预算批复数, 本年发生数, 累计发生数) are column groups, like years: by column index.
 */
export function sourceKeys(labels: ColumnLabels[]): Map<number, string> {
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
export function parallelGroups(labels: ColumnLabels[]): Map<number, string> {
  const byMerge = new Map<string, { raw: string; cols: number[] }>();
  labels.forEach((cl, i) => {
    const leaf = leafOf(cl);
    const parent = leaf ? parentOf(cl, leaf) : null;
    // Shares under a 其中 within a group (村庄 over 个数 | 奖补金额 | 其中：一般村庄 … 金额) split its money: no measures of the group's own.
    if (!leaf || !parent?.group || leaf === parent || leaf.h.part || parent.h.part || facts(cl).part) return;
    const key = `${parent.group.r0}:${parent.group.c0}`;
    const g = byMerge.get(key) ?? { raw: parent.raw, cols: [] };
    g.cols.push(i);
    byMerge.set(key, g);
  });
  const groups = [...byMerge.values()];
  const out = new Map<number, string>();
  const width = groups[0]?.cols.length ?? 0;
  // Groups each stating the money per thing counted (重点村（每村2万元） over 村数 | 规划编制补助 | 垃圾清运补助 beside
  // 改造（每户0.5万元） over 户数 | 奖补资金): each its own count and money, whatever their widths.
  if (groups.length >= 2 && groups.every((g) => g.cols.length >= 2 && STANDARD_IN_HEADING.test(g.raw))) {
    for (const g of groups) for (const i of g.cols) out.set(i, g.raw);
    return out;
  }
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

/** A count's heading ending its block's name (`…500㎡以下数量`, `…户数`), and a standard's (`…500㎡以下标准`, `…补助标准`). */
const BLOCK_COUNT = /(个|户|栋|座|处|人|家)?(数量|数)$/;
const BLOCK_STANDARD = /(补助|奖补|奖励|补贴)?标准$/;
/** The money after the blocks (共计补助金额, 补助资金合计): a sum of money, no count nor standard. */
const BLOCK_MONEY = /(金额|资金|补助|奖补|奖励|补贴)(合计|总额|总计)?$/;

/**
 * Counted blocks side by side in one heading row, each named inside its headings (`建筑面积500㎡（含）以上数量（栋）
 * | 建筑面积500㎡以上标准（万元） | 建筑面积500㎡以下数量（栋） | 建筑面积500㎡以下标准（万元）`), then one money
 * column (共计补助金额): two or more count | standard pairs, each pair's heading naming the same block before
 * its head word and every pair another. The first block is the line's own quantity and unit amount; each further
 * one is a column group named by its block, so it keeps a count and a standard of its own (the money being every
 * block's count times its standard, added up).
 */
export function inlineBlocks(labels: ColumnLabels[]): Map<number, string> {
  const out = new Map<number, string>();
  const stem = (i: number, head: RegExp) => {
    const leaf = leafOf(labels[i]);
    if (!leaf || labels[i].levels.length !== 1 || !head.test(leaf.h.key)) return null;
    return leaf.h.key.replace(head, "");
  };
  for (let i = 0; i + 4 < labels.length; i++) {
    const blocks: { at: number; name: string }[] = [];
    let j = i;
    for (; j + 1 < labels.length; j += 2) {
      const count = stem(j, BLOCK_COUNT);
      if (!count || count !== stem(j + 1, BLOCK_STANDARD) || blocks.some((b) => b.name === count)) break;
      blocks.push({ at: j, name: count });
    }
    if (blocks.length < 2) continue;
    const money = j < labels.length ? labelKey(labels[j]) : "";
    if (!BLOCK_MONEY.test(money) || BLOCK_STANDARD.test(money)) return out;
    for (const b of blocks.slice(1)) {
      out.set(b.at, b.name);
      out.set(b.at + 1, b.name);
    }
    return out;
  }
  return out;
}
