/** A catalog's item named in levels under one heading (项目名称 over 一级项目名称 | 二级项目名称). */
import type { TableSpec } from "../../tables/spec";
import { scoreHeading } from "../../tables/meaning";
import { readHeaderText } from "../../tables/normalise";
import { headerKey } from "../../text";
import { CATALOG_FIELDS } from "./fields";

/** The levels of a name, coarsest first, as a heading opens with them (一级项目名称, or 一级 alone). */
const LEVELS = ["一级", "二级", "三级", "四级"] as const;

/** Whether a heading names the item outright or at its end (项目名称, 补贴项目), no mere hint. */
function namesItem(text: string): boolean {
  const named = text === "" ? null : scoreHeading(readHeaderText(text), CATALOG_FIELDS.item.words);
  return !!named && named.how !== "weak";
}

/**
 * A name heading merged over its levels (项目名称 over 一级项目名称 | 二级项目名称, 补贴项目 over 一级 | 二级): the
 * finest level names each row, the item; the coarsest groups them, their category. Another column only
 * containing an item word (项目级次) then names no item, and a category read from its values alone (主管部门
 * few repeated) gives way to the one the heading states.
 */
export function levelledItem(spec: TableSpec): void {
  const cols = spec.columns;
  for (let i = 0; i < cols.length; i++) {
    const run: number[] = [];
    let parent: string | null = null;
    for (let j = i; j < cols.length && run.length < LEVELS.length; j++) {
      const at = cols[j].header.lastIndexOf(" / ");
      if (at < 0 || cols[j].part) break;
      const up = cols[j].header.slice(0, at);
      const leaf = headerKey(cols[j].header.slice(at + 3));
      if ((parent !== null && up !== parent) || !leaf.startsWith(LEVELS[run.length])) break;
      const rest = leaf.slice(LEVELS[run.length].length);
      const heading = up.lastIndexOf(" / ") < 0 ? up : up.slice(up.lastIndexOf(" / ") + 3);
      if (!namesItem(headerKey(heading)) && !namesItem(rest)) break;
      parent = up;
      run.push(j);
    }
    if (run.length < 2) continue;
    const coarse = cols[run[0]];
    const fine = cols[run[run.length - 1]];
    const unread = (c: (typeof cols)[number]) => {
      c.field = null;
      delete c.evidence;
    };
    for (const c of cols) if (c.field === "item" && c !== fine) unread(c);
    fine.field = "item";
    fine.evidence = { key: headerKey(fine.header), word: LEVELS[run.length - 1], how: "level", score: 0.9, fit: null };
    const stated = cols.find((c) => c.field === "category" && c.evidence?.how === "exact");
    if (stated && stated !== coarse) {
      return;
    }
    for (const c of cols) if (c.field === "category" && c !== coarse) unread(c);
    coarse.field = "category";
    coarse.evidence = { key: headerKey(coarse.header), word: LEVELS[0], how: "level", score: 0.9, fit: null };
    return;
  }
}
