import type { CorpusLayout } from "../types";

// 山西省财政厅 2023-06 (reported by 西部企业家网): 聚焦四大领域给予奖励 山西支持重点产业链培育 — under the 《重点产业链培育激励方案》, for every 5
// points a “链主” enterprise raises its 协作配套率, 1% of the corresponding purchases (or sales) is awarded, at most 500万元. Laid out as the award list
// such a clause produces: 序号 | 产业链 | 链主企业 | 统一社会信用代码 | 协作配套率（%） (基年 | 本年 | 增幅) | 相应采购额 | 拟奖励金额, with the clause as a catalog.
export const layout: CorpusLayout = {
  id: "shanxi-2023-chain-leader-supporting-rate-awards",
  source: {
    title: "聚焦四大领域给予奖励 山西支持重点产业链培育（“链主”企业协作配套奖励名单据报道拟）",
    url: "http://www.xbqs.cn/20/3525.html",
    publisher: "山西省财政厅（西部企业家网转载）",
    date: "2023-06-26",
    changes:
      "As published: the report on 《重点产业链培育激励方案》 (in force from 2023-04-27 for 3 years): 链主 认定奖励 100万元, 引荐奖励 at most 500万元, new " +
      "projects at most 1000万元, and 对“链主”企业每提高5个百分点的协作配套率，按照协作配套率增幅相应采购额（或销售额）的1%给予奖励，最高不超过500万元. " +
      "No list is published. Ours: the list (six invented 链主 with Shanxi codes, their chains, rates, purchases and awards), its 合计 and note, and the catalog " +
      "item from the clause. Planted: 大同云冈轨道交通装备 260 against 1% × 24,000 = 240; 晋中榆次煤机装备 620 (1% of 62,000) above the 500 maximum.",
  },
  classes: [
    "register", "rate-award", "rate-and-maximum", "base-column", "grouped-header", "percent-columns", "category-column", "credit-codes",
    "item-in-title", "json-catalog", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report",
    "province-level", "shanxi",
  ],
  settings: { district: "山西省" },
  catalog: {
    items: [
      {
        name: "“链主”企业协作配套奖励",
        capType: "rate",
        rate: 0.01,
        capAmount: 500,
        unit: "万元",
        base: "协作配套率增幅相应采购额",
        year: 2023,
        document: "山西省重点产业链培育激励方案",
      },
    ],
  },
  sheets: [
    {
      name: "协作配套奖励",
      widths: [6, 14, 30, 22, 10, 10, 12, 16, 14],
      rows: [
        ["山西省2023年度重点产业链“链主”企业协作配套奖励拟奖励名单", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "产业链", "链主企业", "统一社会信用代码", "协作配套率（%）", null, null, "协作配套率增幅相应采购额", "拟奖励金额"],
        [null, null, null, null, "基年", "本年", "增幅", null, null],
        [1, "特钢材料", "太原晋阳特种钢材集团有限公司", "91140100MA0K3T5A24", 42, 48.5, 6.5, 36000, 360],
        [2, "高端装备", "山西汾河重型装备有限公司", "91140109MA0L8C2B7R", 38, 44.2, 6.2, 28500, 285],
        [3, "轨道交通装备", "大同云冈轨道交通装备有限公司", "91140213MA0N4D6E1C", 35, 41, 6, 24000, 260],
        [4, "煤机智能制造", "晋中榆次煤机装备有限公司", "91140702MA0P9F3G5D", 51, 57.3, 6.3, 62000, 620],
        [5, "现代医药", "运城盐湖制药股份有限公司", "91140802MA0R2H7J4M", 30.5, 36, 5.5, 15800, 158],
        [6, "光伏", "长治潞州光伏新能源有限公司", "91140403MA0T6K1L8U", 27, 33.6, 6.6, 41200, 412],
        ["合计", null, null, null, null, null, null, 207500, 2095],
        ["注：对“链主”企业每提高5个百分点的协作配套率，按照协作配套率增幅相应采购额（或销售额）的1%给予奖励，最高不超过500万元；以2021年为基年。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4", "I3:I4", "A11:G11", "A12:I12"],
      numberFormats: { "E5:G10": "0.0", "H5:I11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "协作配套奖励",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "category", C: "enterprise", D: "creditCode", H: "base", I: "approved" },
        year: 2023,
        item: "“链主”企业协作配套奖励",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "I7", why: "1% × 相应采购额 24,000 = 240 (below the 500 maximum, so the binding limit); 260 proposed, 20 over" },
      { rule: "cap.exceeded", cell: "I8", why: "1% × 62,000 = 620, but the maximum 500 binds first; 620 proposed, 120 over" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "I8", why: "the maximum binds before the rate there: only cap.exceeded is reported" },
      { rule: "cap.rate-exceeded", cell: "I5", why: "1% × 36,000 = 360, as proposed" },
      { rule: "cap.rate-exceeded", cell: "I10", why: "1% × 41,200 = 412, as proposed" },
      { rule: "composition.total-mismatch", cell: "I11", why: "360 + 285 + 260 + 620 + 158 + 412 = 2,095; 采购额 207,500 likewise" },
      { rule: "cap.unknown-policy", why: "the title names the catalog's item (“链主”企业协作配套奖励)" },
      { rule: "register.duplicate", why: "no firm is listed twice; 产业链 is each firm's chain (its category), not an item" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "input.unreadable-value", cell: "G5", why: "the 增幅 in points is a figure describing the row, no amount" },
    ],
  },
};
