/**
 * Columns that split money by level of government (中央 | 省级 | 市级 | 县级), run after the
 * assignment: each level a column group of its own (byLevel), a level's money as the share of a
 * general whole (levelShareOfWhole), a level's figure against that level's share (sameLevel).
 */
import type { AnyKind } from "../kinds/index";
import type { FieldDef } from "../kinds/define";
import type { ColumnRead } from "./base";
import { type Label, type ColumnLabels, FUND_SOURCE, facts, leafOf, parentOf, labelKey } from "./headerLabels";

/** A level of government's own money named in a heading (年初安排市本级资金, 其中：市本级资金). */
const LEVEL_IN = /(中央|省本级|省级|市本级|市级|县本级|县级|区本级|区级)/;

/**
 * A figure of one level's money (年初安排市本级资金) is measured against that level's share of
 * another figure split by level (已兑现奖补资金: 合计 | 其中：市本级资金 | 县（市）区资金), not the
 * whole with the other levels' co-funding: the share becomes the field's column, the whole and the
 * other shares are left unread.
 */
export function sameLevel(kind: AnyKind, columns: ColumnRead[]): void {
  const money = (c: ColumnRead) => !!c.field && (kind.fields[c.field as keyof typeof kind.fields] as FieldDef).value === "amount";
  for (const own of columns) {
    if (!money(own) || own.part) continue;
    const level = LEVEL_IN.exec(own.evidence?.key ?? "")?.[1];
    if (!level) continue;
    for (const whole of columns) {
      if (!money(whole) || whole.part || whole.field === own.field || (whole.evidence?.key ?? "").includes(level)) continue;
      const parts = columns.filter((c) => c.part?.of === whole.col && c.field === whole.field);
      const share = parts.filter((c) => (c.evidence?.key ?? "").includes(level));
      if (share.length !== 1) continue;
      for (const c of [whole, ...parts]) {
        if (c === share[0]) continue;
        c.field = null;
        delete c.part;
        delete c.evidence;
      }
      delete share[0].part;
    }
  }
}

/** A level of government or its money (中央, 省级, 市本级, 县级资金): who pays, not a part of another level. */
const LEVEL = /^(中央|省|省级|省本级|市|市级|市本级|州级|县|县级|县本级|区|区级|区本级|乡|乡级|镇|镇级|乡镇|乡镇级)(财政)?(资金|财政资金|补助资金|衔接资金|专项资金|补助|投入)?$/;

/**
 * Columns under one merged heading that split the money by level (资金安排 over 中央 | 省级 | 市级 |
 * 县级), with no 合计 or 其中 among them, are columns side by side, like sources of funds: for a
 * field whose kind reads every such column (`byLevel`), each is a column group of its own, none a
 * part of another.
 */
export function byLevel(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[]): void {
  for (const [i, key] of levelKeys(labels)) {
    const col = columns[i];
    if (col.group !== undefined || !col.field) continue;
    const def = kind.fields[col.field as keyof typeof kind.fields] as FieldDef | undefined;
    if (!def?.byLevel) continue;
    delete col.part;
    col.group = key;
  }
}

/**
 * Two money columns side by side, one a level's money (省级财政资金) and the other the money in
 * general (拨付金额): the level's is the share of the whole paid from that level, never the whole
 * with the general money its part, whichever heading the best-first reading preferred. Not beside another
 * payer's money (中央资金 | 县区配套资金): the level's is the fund, the other a further column of its own.
 */
export function levelShareOfWhole(labels: ColumnLabels[], columns: ColumnRead[], c0: number): void {
  for (const part of columns) {
    if (!part.part || part.part.exhaustive || facts(labels[part.col - c0]).part) continue;
    const whole = columns[part.part.of - c0];
    if (!whole || whole.part || whole.field !== part.field || whole.group !== undefined || part.group !== undefined) continue;
    if (!LEVEL.test(labelKey(labels[whole.col - c0])) || LEVEL.test(labelKey(labels[part.col - c0]))) continue;
    // Money another payer adds (县区配套资金 beside 中央资金) is a source of its own: neither the whole the level's is a
    // share of nor a share of the level's (the places may match more than the fund gives), a further column.
    const partKey = labelKey(labels[part.col - c0]);
    if (FUND_SOURCE.test(partKey)) {
      delete part.part;
      part.group = partKey;
      continue;
    }
    // Only the pair alone: a level's money with several parts is a split of its own.
    if (columns.some((c) => c !== part && c.part?.of === whole.col)) continue;
    delete part.part;
    whole.part = { of: part.col, exhaustive: false };
  }
}

function levelKeys(labels: ColumnLabels[]): Map<number, string> {
  const byGroup = new Map<string, number[]>();
  labels.forEach((cl, i) => {
    const leaf = leafOf(cl);
    const parent = leaf ? parentOf(cl, leaf) : null;
    if (!parent?.group) return;
    const g = parent.group;
    const key = `${g.r0}:${g.c0}`;
    const list = byGroup.get(key) ?? [];
    list.push(i);
    byGroup.set(key, list);
  });
  const out = new Map<number, string>();
  for (const cols of byGroup.values()) {
    if (cols.length < 2) continue;
    const leaves = cols.map((i) => leafOf(labels[i]) as Label);
    if (!leaves.every((l) => !l.h.part && LEVEL.test(l.h.key))) continue;
    cols.forEach((i, j) => out.set(i, leaves[j].raw));
  }
  return out;
}

/** A level's heading among standards by level (国家标准, 省级, 市级标准, 县区标准) and its tier: 国家 0, 省 1, 市 2, 县 3. */
const LEVEL_HEAD = /^(国家|中央|省|市|州|盟|县|区|旗|县区|区县|县市区)(?:级|本级)?(?:标准)?$/;
const TIER: Record<string, number> = { 国家: 0, 中央: 0, 省: 1, 自治区: 1, 市: 2, 州: 2, 盟: 2, 县: 3, 区: 3, 旗: 3, 县区: 3, 区县: 3, 县市区: 3 };

/** The level a title's list is of: a level named (市级), else the place opening it (2025年甲市…). */
function titleTier(title: string): number | null {
  const named = /(省|市|州|盟|县|区|旗)级/.exec(title);
  if (named) return TIER[named[1]];
  const place = /^[\u4e00-\u9fff]{1,8}?(自治区|省|市|州|盟|县|区|旗)/.exec(title.replace(/^\s*\d{4}\s*年度?/, ""));
  return place ? TIER[place[1]] : null;
}

/**
 * Columns under one merged heading giving a field by level (补贴标准 over 国家标准 | 省级标准 | 市级标准 |
 * 县区标准), for a field the table applies at its own level (`ownLevel`): the level of the list's title
 * (市级 for a city's) is the field, the other levels' columns are left unread. No level in the title, or
 * none of the columns at it, keeps the reading.
 */
export function ownLevel(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], title: string): void {
  const tier = titleTier(title);
  if (tier === null) return;
  const byGroup = new Map<string, number[]>();
  labels.forEach((cl, i) => {
    const leaf = leafOf(cl);
    const g = leaf ? parentOf(cl, leaf)?.group : undefined;
    if (!g) return;
    const key = `${g.r0}:${g.c0}`;
    byGroup.set(key, [...(byGroup.get(key) ?? []), i]);
  });
  for (const cols of byGroup.values()) {
    if (cols.length < 2) continue;
    const tiers = cols.map((i) => LEVEL_HEAD.exec(labelKey(labels[i]))?.[1]);
    if (tiers.some((t) => t === undefined)) continue;
    const read = cols.filter((i) => {
      const f = columns[i].field;
      return !!f && !!(kind.fields[f as keyof typeof kind.fields] as FieldDef | undefined)?.ownLevel;
    });
    const own = cols.filter((_, j) => TIER[tiers[j] as string] === tier);
    if (read.length === 0 || own.length !== 1) continue;
    const from = columns[read[0]];
    const to = columns[own[0]];
    if (to === from && read.length === 1) continue;
    const field = from.field;
    const evidence = from.evidence && { ...from.evidence, key: labelKey(labels[own[0]]) };
    for (const i of read) {
      columns[i].field = null;
      delete columns[i].evidence;
    }
    to.field = field;
    if (evidence) to.evidence = evidence;
  }
}
