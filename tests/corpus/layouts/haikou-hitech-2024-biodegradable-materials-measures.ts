import type { CorpusLayout } from "../types";

// 海口国家高新区 支持全生物降解材料产业发展若干措施（2024修订）, 第三条 and 第四条: a stepped award of 0.5% / 1% / 1.5% of the
// year's sales once sales reach 3000万元（含）/ 5000万元（含）/ 1亿元（含）, and 10%–50% of the year's power and gas bill by five sales
// steps, each at most 5000万元 a firm a year. Laid out as the clauses, and the year's awards on a second sheet with the base beside each.
export const layout: CorpusLayout = {
  id: "haikou-hitech-2024-biodegradable-materials-measures",
  source: {
    title: "海口国家高新区支持全生物降解材料产业发展若干措施（2024修订）— 第三条、第四条",
    url: "http://www.c0ster.com/subsidy_info/TVRNeE5RPT0=",
    publisher: "海口国家高新技术产业开发区（证果果政策库转载）",
    date: "2025-01-01",
    changes:
      "As published: 第三条 (给予企业生产奖励, the sales steps 3000万元（含）、5000万元（含）、1亿元（含）以上 and the rates 0.5%、1%、1.5%, at most 5000万元 a firm " +
      "a year) and 第四条 (给予用电、用天然气补贴, five sales steps and 10%–50% of the power and gas bill, at most 5000万元), word for word. The clause table's " +
      "layout, the award list (firms, codes of 海口 460100, bases and amounts) are ours. Planted: 禾丰's production award 120万元 on sales of 6000万元 " +
      "(the 1% step gives 60, even 1.5% only 90); 蓝海's power and gas subsidy listed twice for the same year.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "stepped-rates-in-one-sentence", "thresholds-not-caps", "rate-with-cap", "base-column", "basis-named-per-row", "credit-codes", "no-place-column", "wanyuan-caption", "total-at-foot", "notes-under-table", "development-zone", "hainan"],
  sheets: [
    {
      name: "扶持措施",
      widths: [8, 24, 100],
      rows: [
        ["海口国家高新区支持全生物降解材料产业发展若干措施（2024修订）（摘录）", null, null],
        ["条款", "扶持事项", "支持标准"],
        [
          "第三条",
          "给予企业生产奖励",
          "对在本地生产的全生物降解材料产品年度销售收入保持增长的企业采取阶梯式奖励支持，销售收入达到3000万元（含）、5000万元（含）、1亿元（含）以上的，给予企业该年度销售收入0.5%、1%、1.5%的奖励。每家企业该年度奖励最高5000万元。",
        ],
        [
          "第四条",
          "给予用电、用天然气补贴",
          "对在本地生产的全生物降解材料产品年度销售收入达到1000万元（含）、2000万元（含）、3000万元（含）、5000万元（含）、1亿元（含）以上的生产企业，按企业年度用电和天然气费用的10%、20%、30%、40%、50%给予补贴。每家企业该年度补贴最高5000万元。",
        ],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 24, 22, 12, 12, 16],
      rows: [
        ["2024年度海口国家高新区全生物降解材料产业扶持资金兑现名单", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "扶持事项", "计算依据", "计算基数", "扶持金额", "备注"],
        [1, "海南绿源降解新材料有限公司", "91460100MA5T7K2Q3E", "给予企业生产奖励", "年度销售收入", 12000, 180, null],
        [2, "海南绿源降解新材料有限公司", "91460100MA5T7K2Q3E", "给予用电、用天然气补贴", "年度用电和天然气费用", 420, 210, null],
        [3, "海口禾丰生物材料科技有限公司", "91460100MA5TBH6L08", "给予企业生产奖励", "年度销售收入", 6000, 120, null],
        [4, "海口禾丰生物材料科技有限公司", "91460100MA5TBH6L08", "给予用电、用天然气补贴", "年度用电和天然气费用", 150, 60, null],
        [5, "海南椰岛降解制品有限公司", "91460100MA5U2N8R1W", "给予企业生产奖励", "年度销售收入", 3600, 18, null],
        [6, "海南椰岛降解制品有限公司", "91460100MA5U2N8R1W", "给予用电、用天然气补贴", "年度用电和天然气费用", 80, 24, null],
        [7, "海南蓝海全降解包装有限公司", "91460100MA5TX4P7WF", "给予用电、用天然气补贴", "年度用电和天然气费用", 60, 12, null],
        [8, "海南蓝海全降解包装有限公司", "91460100MA5TX4P7WF", "给予用电、用天然气补贴", "年度用电和天然气费用", 60, 12, null],
        ["合计", null, null, null, null, null, 636, null],
        ["注：计算基数单位为万元；同一企业同一年度同一事项不重复享受。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A12:F12", "A13:H13"],
      numberFormats: { "F4:G12": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "扶持措施", kind: "catalog", headerRow: 2, lastRow: 4, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "item", F: "base", G: "approved" },
        year: 2024,
      },
    ],
    findings: [
      {
        rule: "cap.rate-exceeded",
        sheet: "兑现名单",
        cell: "G6",
        why: "禾丰 给予企业生产奖励 on sales of 6,000.00万元: the 5000万元（含） step gives 1% = 60.00 (even the top rate, 1.5%, gives only 90.00); 120.00 given",
      },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "G11", why: "海南蓝海全降解包装有限公司, 给予用电、用天然气补贴, 2024, a second time (first at row 10)" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G4", why: "sales 12,000 ≥ 1亿元: 1.5% × 12,000 = 180.00, given 180.00" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G5", why: "sales ≥ 1亿元: 50% × 420 = 210.00, given 210.00" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G7", why: "40% × 150 = 60.00, given 60.00 (within 50% of it in any case)" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G8", why: "0.5% × 3,600 = 18.00, given 18.00" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G12", why: "合计 636.00 is no award (and far below 5000万元)" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "G5", why: "绿源 twice, for two different clauses" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "both 扶持事项 are rows of the clause sheet" },
    ],
  },
};
