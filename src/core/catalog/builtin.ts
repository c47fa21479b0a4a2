/**
 * The built-in catalog, transcribed from the seed (项目描述, 2021-09-09): the 2022 budget
 * composition's policy lines. Category 1 carries fixed standards (定额) set by
 * 闵经委规发〔2021〕3号; categories 2–9 state only rounded averages, which are not caps, so their
 * items are listed with no cap until staff enter one (a workbook or JSON catalog).
 *
 * Documents for categories 6 and 7: the seed names none. They are put under 闵府规发〔2020〕5号,
 * the main industrial policy the seed lists first among the fund's core bases (依据充分性).
 */
import type { Catalog, CatalogItem } from "./types";

const SRDF = "闵府规发〔2020〕5号";
const ZJTX = "闵经委规发〔2021〕3号";
const SZH = "闵经委规发〔2021〕7号";

/** Table A's lines as written: category, the line text (items joined by ；), document. */
const TABLE_A: ReadonlyArray<readonly [string, string, string]> = [
  ["鼓励优质项目引进和企业成长壮大", "优质企业扶持；龙头企业和骨干企业奖励；成长企业补贴", SRDF],
  [
    "鼓励企业技术创新和提高创新能力",
    "创新产品产业化项目补贴；企业技术中心和创新中心资助；信息化智能化建设投入扶持；智能工厂培育。",
    SRDF,
  ],
  [
    "支持重点产业领域和产业集聚发展",
    "高端装备首台套、新材料首批次创新配套扶持；新一代信息技术产业专项配套扶持；两化融合贯标企业奖励；人工智能场景应用和产业补贴",
    SRDF,
  ],
  [
    "加强产业发展生态建设和营造良好环境",
    "各类产业发展载体建设项目费补贴；产业联盟和行业组织开办费、租金补贴；产业行业重大活动事后扶持",
    SRDF,
  ],
  ["企业技术改造项目", "技术改造项目新增设备补贴", SRDF],
  ["推进协同创新产业发展", "协同创新产业发展资金", SRDF],
  ["推进区内智能制造诊断服务", "企业智能制造诊断资助", SZH],
  ["推进上云用数赋智等数字化转型工作", "鼓励企业上云上平台、推动人工智能企业集聚发展、推进平台载体建设等资金", SZH],
];

/** Category 1: the five fixed standards (单价 in Table A), in 元. */
const FIXED: ReadonlyArray<readonly [string, number]> = [
  ["区级“专精特新”中小企业", 50_000],
  ["市级“专精特新”中小企业（新申报）", 200_000],
  ["工信部专精特新“小巨人”企业", 500_000],
  ["公共服务机构", 350_000],
  ["示范平台", 600_000],
];

function item(code: string, name: string, category: string, document: string, capAmount: number | null): CatalogItem {
  return {
    code,
    name,
    category,
    capType: capAmount === null ? null : "fixed",
    capAmount,
    rate: null,
    year: null,
    document,
  };
}

function build(): CatalogItem[] {
  const items: CatalogItem[] = FIXED.map(([name, cap], i) =>
    item(`1.${i + 1}`, name, "支持企业专精特新化发展", ZJTX, cap),
  );
  TABLE_A.forEach(([category, line, doc], c) => {
    const names = line
      .split("；")
      .map((s) => s.trim().replace(/。$/, ""))
      .filter((s) => s !== "");
    names.forEach((name, i) => items.push(item(`${c + 2}.${i + 1}`, name, category, doc, null)));
  });
  return items;
}

export const BUILTIN_CATALOG: Catalog = Object.freeze({
  origin: "builtin",
  name: "内置目录",
  items: build(),
}) as Catalog;
