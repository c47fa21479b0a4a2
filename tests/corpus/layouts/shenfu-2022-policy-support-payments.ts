import type { CorpusLayout } from "../types";

// 中新社 2022-12-29, from the 沈抚改革创新示范区 管委会: since the start of 2022 the zone paid nearly 11亿元 of support money to 175 firms
// and projects; over five years 27.5亿元 went to 招商引资项目, 闲置资产盘活 and 历史遗留问题; in 2022 the 方大生命健康小镇 project alone got 1.3亿元.
export const layout: CorpusLayout = {
  id: "shenfu-2022-policy-support-payments",
  source: {
    title: "沈抚示范区今年以来为175家企业和项目支付扶持资金近11亿元（支付情况表据正文拟）",
    url: "http://epaper.ssxww.com.cn/jj/2022/1229/124163.html",
    publisher: "中新社（沈抚改革创新示范区管委会提供）",
    date: "2022-12-29",
    changes:
      "Table from prose: the report gives the year's totals (175家企业和项目, 近11亿元), the three directions of the zone's payments and 方大 " +
      "project's 1.3亿元. We lay this out as 序号 | 兑现方向 | 企业（项目）数 | 支付金额（万元） | 备注, adding a fourth direction (产业发展政策兑现) " +
      "so the counts reach 175; the split of counts and money is ours. Planted: the 合计 of 支付金额 typed 109,250 where the lines give 109,520.",
  },
  classes: ["composition", "count-column", "remark-column", "figure-in-remark", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "table-from-prose", "news-report", "development-zone", "liaoning"],
  sheets: [
    {
      name: "扶持资金支付",
      widths: [6, 26, 16, 16, 34],
      rows: [
        ["沈抚改革创新示范区2022年政策兑现扶持资金支付情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "兑现方向", "企业（项目）数", "支付金额", "备注"],
        [1, "招商引资项目扶持", 62, 48650, "其中：方大生命健康小镇项目13,000万元"],
        [2, "闲置资产盘活", 38, 21380, null],
        [3, "历史遗留问题化解", 27, 17920, null],
        [4, "产业发展政策兑现", 48, 21570, null],
        ["合计", null, 175, 109250, null],
        ["注：支付金额为2022年1月1日至12月28日实际拨付数。", null, null, null, null],
      ],
      merges: ["A1:E1", "A8:B8", "A9:E9"],
      numberFormats: { "D4:D8": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "扶持资金支付",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 8,
        columns: { B: "line", C: "quantity", D: "amount" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D8", why: "合计 109,250 ≠ 48,650 + 21,380 + 17,920 + 21,570 = 109,520" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C8", why: "企业（项目）数 175 = 62 + 38 + 27 + 48" },
      { rule: "composition.line-mismatch", cell: "D4", why: "the 方大 13,000 in 备注 is a part named in a remark, not a line to add" },
      { rule: "input.unreadable-value", cell: "A9", why: "the note under the table is prose" },
    ],
  },
};
