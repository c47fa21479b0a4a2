/** Cells that should hold a number or a date and hold neither: reported, never guessed at. */
import type { Finding } from "../findings";
import { fieldLabel, type TableKind } from "../kinds/index";
import type { AuditSettings } from "../settings";
import type { UnreadableCell } from "../tables/base";
import { defineRule, type Params } from "./define";

type P = { text: string | null; field: string | null; kind?: string | null };

/** What an unreadable cell should have held, by its field: a date, a year, a cap type or a number. */
function expectedValue(p: Params<P>): string {
  switch (p.s("field")) {
    case "paidOn":
      return p.zh ? "日期" : "a date";
    case "year":
      return p.zh ? "年份" : "a four-digit year";
    case "capType":
      return p.zh ? "定额、最高或比例" : "fixed, maximum or rate";
    default:
      return p.zh ? "数字" : "a number";
  }
}

function label(p: Params<P>): string {
  const kind = p.has("kind") ? (p.s("kind") as TableKind) : undefined;
  return fieldLabel(kind, p.s("field"), p.lang);
}

export const unreadableValue = defineRule<"input.unreadable-value", P>({
  id: "input.unreadable-value",
  severity: "warning",
  title: { "zh-CN": "无法识别的数值", "en-US": "Unreadable value" },
  zh: (p) => `${label(p)}应为${expectedValue(p)}，无法识别“${p.s("text")}”`,
  en: (p) => `${label(p)} should be ${expectedValue(p)}; cannot read "${p.s("text")}"`,
});

export function checkUnreadable(cells: readonly UnreadableCell[], settings: AuditSettings): Finding[] {
  return cells.map((u) =>
    unreadableValue.at({ sheet: u.sheet, cell: u.cell, row: u.row }, { text: u.text, field: u.field, kind: u.kind ?? null }, settings.lang),
  );
}
