import type { CorpusLayout } from "../types";

// 阿克陶县畜牧兽医局 (新疆 克州) 2023-11-21: the acceptance of the ewes bought under the prefecture's 2022 livestock fund — each co-operative's
// ewes bought, those passed, 500元 a head, the subsidy in 万元. The notice gives each body in a sentence (（一）…采购…200只，验收合格200只，
// 每只500元，共10万元); set out here as the table those sentences read as, the standard in 元 beside the money in 万元.
export const layout: CorpusLayout = {
  id: "akto-2022-multiparous-ewe-subsidy",
  source: {
    title: "阿克陶县2022年州财经支持畜牧业发展专项资金(多胎生产母羊)项目的验收结果公示（表据正文拟）",
    url: "https://www.xjakt.gov.cn/xjakt/c105009/202311/6c655030e37c4221a8b8afa1ba50f03c.shtml",
    publisher: "阿克陶县畜牧兽医局",
    date: "2023-11-21",
    changes:
      "As published: the fund and document (克财农[2022]4号), eight bodies (合作社 and one 有限公司; the first seven named, in order), 2072只 passed, " +
      "500元/只 and 103.6万元 in all. The table form, its headings and the eighth body are ours; the per-body counts are ours (kept to 2072 passed). " +
      "Planted: 阿克陶县艾科玛养殖专业合作社 320只 × 500元 = 16.00万元 written 18.00; the 合计 103.60 is the 2072只 × 500元 the notice states, so the " +
      "stated lines (105.60) do not add up to it.",
  },
  classes: ["composition", "unit-times-quantity", "standard-heading", "mixed-units", "yuan-standard-wanyuan-amount", "count-columns", "table-from-prose", "cooperatives-as-lines", "total-at-foot", "county-fund", "xinjiang"],
  sheets: [
    {
      name: "验收结果",
      widths: [6, 40, 16, 14, 16, 14],
      rows: [
        ["阿克陶县2022年州财经支持畜牧业发展专项资金（多胎生产母羊）项目验收结果", null, null, null, null, null],
        ["序号", "补贴对象", "采购多胎羊（湖羊）生产母羊（只）", "验收合格（只）", "补贴标准（元/只）", "补助资金（万元）"],
        ["（一）", "阿克陶县山崖沟羊养殖农民专业合作社", 240, 240, 500, 12],
        ["（二）", "阿克陶县流河畜牧养殖农民专业合作社", 520, 516, 500, 25.8],
        ["（三）", "阿克陶县巴仁乡沙曼农民养殖专业合作社", 420, 420, 500, 21],
        ["（四）", "阿克陶县阿力穆布拉克畜牧养殖专业合作社", 180, 180, 500, 9],
        ["（五）", "阿克陶县艾科玛养殖专业合作社", 320, 320, 500, 18],
        ["（六）", "阿克陶县五山养殖专业合作社", 60, 60, 500, 3],
        ["（七）", "阿克陶县红水桥农业开发有限公司", 236, 236, 500, 11.8],
        ["（八）", "阿克陶县玉麦乡托格拉克养殖专业合作社", 100, 100, 500, 5],
        ["合计", null, 2076, 2072, null, 103.6],
      ],
      merges: ["A1:F1", "A11:B11"],
      numberFormats: { "F3:F11": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "验收结果",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "line", D: "quantity", E: "unitAmount", F: "amount" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "F7", why: "艾科玛: 320只 × 500元 = 160,000元 = 16.00万元; written 18.00 (the standard is the policy's own figure: no rounding allowed)" },
      { rule: "composition.total-mismatch", cell: "F11", why: "合计 103.60; the stated lines add up to 12 + 25.80 + 21 + 9 + 18 + 3 + 11.80 + 5 = 105.60: 2.00万元 apart" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "F4", why: "流河: 516只 passed × 500元 = 25.80万元 (the 520 bought is not what is paid for)" },
      { rule: "composition.line-mismatch", cell: "F9", why: "红水桥: 236 × 500元 = 11.80万元" },
      { rule: "composition.line-rounded", why: "every amount other than 艾科玛's is its count × 500元 exactly" },
      { rule: "composition.total-mismatch", cell: "D11", why: "验收合格 2,072 = 240 + 516 + 420 + 180 + 320 + 60 + 236 + 100, a count" },
      { rule: "composition.total-mismatch", cell: "C11", why: "采购 2,076 = 240 + 520 + 420 + 180 + 320 + 60 + 236 + 100, a count" },
      { rule: "input.unreadable-value", cell: "A3", why: "（一）…（八） number the bodies as the notice does" },
    ],
  },
};
