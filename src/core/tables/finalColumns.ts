/**
 * A figure stated twice, as first reported and as settled (FieldDef.finalOver): a final account's 执行数 | 决算数
 * beside each other. The best-first reading takes the first as the field and makes the second a part of it,
 * checking the settled figure against the reported one; the settled figure is the one measured, the reported one
 * a column left unread.
 */
import type { AnyKind } from "../kinds/index";
import type { FieldDef } from "../kinds/define";
import type { ColumnRead } from "./base";

export function finalOverEarlier(kind: AnyKind, columns: ColumnRead[]): void {
  for (const [field, def] of Object.entries(kind.fields) as [string, FieldDef][]) {
    const words = def.finalOver;
    if (!words) continue;
    for (let i = 0; i + 1 < columns.length; i++) {
      const earlier = columns[i];
      const final = columns[i + 1];
      if (earlier.field !== field || final.field !== field || earlier.group !== final.group) continue;
      if (earlier.part || earlier.aside || final.aside || final.part?.of !== earlier.col || final.part.exhaustive) continue;
      const key = (c: ColumnRead) => c.evidence?.key ?? "";
      if (!words.earlier.includes(key(earlier)) || !words.final.includes(key(final))) continue;
      // Another column a part of the reported figure (基本支出 under it) keeps the reading as it is.
      if (columns.some((c) => c !== final && c.part?.of === earlier.col)) continue;
      delete final.part;
      earlier.field = null;
      delete earlier.evidence;
    }
  }
}
