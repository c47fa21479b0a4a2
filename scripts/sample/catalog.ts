/**
 * The sample's 政策目录 sheet: the built-in catalog's items with their codes and caps, plus
 * sample caps staff would enter for categories 3 and 6 (the seed sets none; these values are
 * illustrative, marked 示例 in 依据文件) so that the rate and maximum rules have work to do.
 */
import { BUILTIN_CATALOG } from "../../src/core/catalog/builtin";
import type { CatalogItem } from "../../src/core/catalog/types";

export const CATALOG_HEADER = ["政策代码", "政策项", "政策类", "上限类型", "上限金额（元）", "比例", "年度", "依据文件"];

const CAP_TYPE_ZH = { fixed: "定额", max: "最高", rate: "比例" } as const;

const SAMPLE_DOC = "示例：闵府规发〔2020〕5号 操作细则";

/** Caps entered by staff for items the seed leaves without one (by code). */
const OVERRIDES: Record<string, Partial<CatalogItem>> = {
  "3.1": { capType: "max", capAmount: 3_000_000, rate: null, document: SAMPLE_DOC },
  "6.1": { capType: "rate", capAmount: 5_000_000, rate: 0.1, document: SAMPLE_DOC },
};

/** A second rate-capped item under category 6. */
const EXTRA: CatalogItem[] = [
  {
    code: "6.2",
    name: "技术改造项目贷款贴息",
    category: "企业技术改造项目",
    capType: "rate",
    capAmount: 1_000_000,
    rate: 0.5,
    year: null,
    document: SAMPLE_DOC,
  },
];

export function sampleCatalog(): CatalogItem[] {
  const items = BUILTIN_CATALOG.items.map((it) => ({ ...it, ...(it.code ? OVERRIDES[it.code] : undefined) }));
  const at = items.findIndex((it) => it.code === "6.1");
  items.splice(at + 1, 0, ...EXTRA);
  return items;
}

/** One sheet row per item: caps in 元, the rate as a fraction (shown as a percent). */
export function catalogRow(it: CatalogItem): (string | number | null)[] {
  return [
    it.code,
    it.name,
    it.category,
    it.capType ? CAP_TYPE_ZH[it.capType] : null,
    it.capAmount,
    it.rate,
    it.year,
    it.document,
  ];
}
