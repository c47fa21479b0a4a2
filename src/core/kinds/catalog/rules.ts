/** The rule of catalog tables: a standard in words that could not be read into a cap. */
import { defineRule } from "../../rules/define";

export const unreadableStandard = defineRule<"catalog.unreadable-standard", { item: string | null; text: string | null }>({
  id: "catalog.unreadable-standard",
  severity: "warning",
  title: { "zh-CN": "支持标准无法识别", "en-US": "Unreadable standard" },
  zh: (p) => `${p.s("item")} 的支持标准“${p.s("text")}”无法读成补贴上限（定额、最高金额或比例），请在目录中填写上限`,
  en: (p) => `The standard of ${p.s("item")}, "${p.s("text")}", could not be read as a cap (fixed, maximum or rate); enter the cap in the catalog`,
});

export const CATALOG_RULES = [unreadableStandard] as const;
