import type { CorpusLayout } from "../types";

// 陕西省财政厅 2022-08: 7,700万元 for the second batch of twelve 特色专业园区 — 1,000万元 a park built on a 县域工业集中区, 500万元 a park built on a
// 小微企业创业创新基地, over three years, 70% sent in the first. Laid out as the allocation list such a notice carries: 市, the park and its
// industry, the kind of park, the award and what is sent now.
export const layout: CorpusLayout = {
  id: "shaanxi-2022-specialty-parks-batch2-award",
  source: {
    title: "陕西省财政再下达7700万元支持特色专业园区建设（陕西省第二批特色专业园区奖补资金分配表据报道拟）",
    url: "https://zqcn.com.cn/153/16189.html",
    publisher: "陕西日报（中国企业网转载）",
    date: "2022-08-04",
    changes:
      "As published: the second batch of twelve parks, the standards (县域工业集中区 1,000万元, 小微企业创业创新基地 500万元 a park), the three-year term " +
      "with 70% in the first year, 7,700万元 sent, and three of the parks (西乡县循环经济产业园区 茶产业, 西安高新区光电孵化协同创新工程基地 光子产业, " +
      "耀州区惠塬工业园区 绿色建材). The report prints no table: the list's title and columns (序号 | 市（区） | 园区名称（主导产业） | 园区类型 | " +
      "奖补资金 | 本次下达 | 备注), the other nine parks and the amounts are ours (so the sums are not the published 7,700). Planted: the 光电孵化 " +
      "base, a 小微企业创业创新基地, awarded 1,000 against its 500万元; the 宝鸡高新区 base sent 700 now against an award of 500.",
  },
  classes: ["register", "fixed-cap", "rate-per-category", "category-column", "parks-as-applicants", "cities-as-places", "instalments", "first-year-share", "item-in-title", "batch-in-title", "province-wide-fund", "no-credit-codes", "wanyuan-caption", "total-at-foot", "shaanxi"],
  sheets: [
    {
      name: "分配表",
      widths: [6, 12, 46, 22, 12, 12, 12],
      rows: [
        ["陕西省第二批特色专业园区奖补资金分配表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "市（区）", "园区名称（主导产业）", "园区类型", "奖补资金", "本次下达", "备注"],
        [1, "汉中市", "西乡县循环经济产业园区（茶产业）", "县域工业集中区", 1000, 700, null],
        [2, "西安市", "西安高新区光电孵化协同创新工程基地（光子产业）", "小微企业创业创新基地", 1000, 700, null],
        [3, "铜川市", "耀州区惠塬工业园区（绿色建材产业）", "县域工业集中区", 1000, 700, null],
        [4, "宝鸡市", "凤翔区工业集中区（白酒酿造产业）", "县域工业集中区", 1000, 700, null],
        [5, "咸阳市", "彬州市工业集中区（能源化工装备产业）", "县域工业集中区", 1000, 700, null],
        [6, "渭南市", "富平县庄里工业园区（装备制造产业）", "县域工业集中区", 1000, 700, null],
        [7, "延安市", "洛川县苹果产业园区（果品精深加工产业）", "县域工业集中区", 1000, 700, null],
        [8, "榆林市", "神木市锦界工业园区（新材料产业）", "县域工业集中区", 1000, 700, null],
        [9, "安康市", "平利县工业集中区（富硒茶饮产业）", "县域工业集中区", 1000, 700, null],
        [10, "商洛市", "商南县富水工业集中区（新能源产业）", "县域工业集中区", 1000, 700, null],
        [11, "宝鸡市", "宝鸡高新区小微企业创业创新基地（钛及钛合金产业）", "小微企业创业创新基地", 500, 700, null],
        [12, "杨凌示范区", "杨凌农业科技小微企业创业创新基地（农业生物产业）", "小微企业创业创新基地", 500, 350, null],
        ["合计", null, null, null, 11000, 8050, null],
        ["注：资金计划实施期限为三年，第一年下达资金的70%，期末根据期中、期末绩效考评情况动态调整下达剩余资金。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A16:D16", "A17:G17"],
      numberFormats: { "E4:F16": "0" },
    },
  ],
  catalog: {
    items: [
      { name: "特色专业园区奖补（县域工业集中区）", capType: "fixed", capAmount: 1000, unit: "万元", year: 2022 },
      { name: "特色专业园区奖补（小微企业创业创新基地）", capType: "fixed", capAmount: 500, unit: "万元", year: 2022 },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 16,
        columns: { B: "place", C: "enterprise", D: "category", E: "approved", F: "paidNow" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E5", why: "a 小微企业创业创新基地 park gets a fixed 500万元; 1,000 awarded, 500 over" },
      { rule: "register.paid-exceeds-award", cell: "F14", why: "宝鸡高新区 base: 700 sent now against an award of 500 (200 too much; 70% would be 350)" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "E4", why: "a 县域工业集中区 park at 1,000, its fixed amount" },
      { rule: "cap.exceeded", cell: "E15", why: "杨凌's base at 500, its fixed amount" },
      { rule: "cap.exceeded", cell: "E16", why: "合计 11,000 is no award" },
      { rule: "register.paid-exceeds-award", cell: "F5", why: "the 光电 base: 700 sent within the 1,000 stated (the award itself is the error)" },
      { rule: "register.paid-exceeds-award", cell: "F16", why: "合计 8,050 within 11,000 and no award" },
      { rule: "register.duplicate", why: "宝鸡市 has two parks, different ones" },
      { rule: "register.ineligible-location", why: "every 市 and 杨凌示范区 lies in 陕西" },
      { rule: "cap.unknown-policy", why: "each row's item is the fund's part its 园区类型 names, both in the catalog" },
      { rule: "register.unpaid", why: "no as-of date; the rest is due in later years by the note" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
