import type { CorpusLayout } from "../types";

// 南昌经开区 2020-06: the awards of its 2019 enterprise commendation (110 firms and persons, 1500万元) as an allocation by award: 获奖数量 |
// 奖励标准（万元/家） | 奖励金额（万元）, firms and persons in one count column, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "nanchang-jingkai-2019-enterprise-commendation-awards",
  source: {
    title: "南昌经开区表彰优秀企业和个人 奖金达1500万元（2019年度企业表彰奖励资金分配表据正文拟）",
    url: "http://df.youth.cn/dfzl/202006/t20200602_12352784.htm",
    publisher: "中国青年网",
    date: "2020-06-02",
    changes:
      "The page is a news report: the eleven awards and their counts (4 突出贡献企业奖, 10 纳税先进, 10 优秀出口, 10 建设进度, 9 科技小巨人领军, 9 和谐劳动关系, " +
      "5 生态环境友好型, 10 安全生产先进, 19 优强企业, 19 优秀企业家, 5 突出贡献人才) and the 1500万元 are as published; the table (title, columns, " +
      "standards per award) is ours, built from the prose. Planted: 科技“小巨人”领军企业奖 9 × 15 = 135 typed 153, so the lines add up to 1,518 " +
      "against the 合计 1,500.",
  },
  classes: ["composition", "allocation-by-award", "count-columns", "unit-amount-column", "firms-and-persons", "whole-wanyuan", "unit-in-headings", "total-at-foot", "signoff-line", "table-from-prose", "news-report", "development-zone-fund", "jiangxi"],
  settings: { asOf: "2020-06-01", district: "南昌经济技术开发区" },
  sheets: [
    {
      name: "奖励资金分配表",
      widths: [6, 34, 16, 20, 18],
      rows: [
        ["南昌经开区2019年度优秀企业和个人表彰奖励资金分配表（表据正文拟）", null, null, null, null],
        ["序号", "奖项", "获奖数量（家/名）", "奖励标准（万元/家、名）", "奖励金额（万元）"],
        [1, "突出贡献企业奖", 4, 100, 400],
        [2, "纳税先进企业奖", 10, 20, 200],
        [3, "优秀出口企业奖", 10, 15, 150],
        [4, "建设进度奖", 10, 15, 150],
        [5, "科技“小巨人”领军企业奖", 9, 15, 153],
        [6, "和谐劳动关系企业奖", 9, 5, 45],
        [7, "生态环境友好型企业奖", 5, 5, 25],
        [8, "安全生产工作先进企业奖", 10, 5, 50],
        [9, "优强企业奖", 19, 10, 190],
        [10, "优秀企业家", 19, 5, 95],
        [11, "突出贡献人才奖", 5, 12, 60],
        ["合计", null, 110, null, 1500],
        ["南昌经济技术开发区管理委员会", null, null, null, null],
        ["2020年6月1日", null, null, null, null],
      ],
      merges: ["A1:E1", "A14:B14", "A15:E15", "A16:E16"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖励资金分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 14,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E7", why: "科技“小巨人”领军企业奖: 9 × 15 = 135, typed 153 (18万元 over)" },
      { rule: "composition.total-mismatch", cell: "E14", why: "the lines as typed: 400 + 200 + 150 + 150 + 153 + 45 + 25 + 50 + 190 + 95 + 60 = 1,518, 合计 1,500" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "E3", why: "4 × 100 = 400" },
      { rule: "composition.line-mismatch", cell: "E11", why: "19 × 10 = 190" },
      { rule: "composition.line-mismatch", cell: "E13", why: "5 × 12 = 60" },
      { rule: "composition.total-mismatch", cell: "C14", why: "110 = 4 + 10 + 10 + 10 + 9 + 9 + 5 + 10 + 19 + 19 + 5" },
      { rule: "composition.line-rounded", why: "every standard is whole 万元 and every count whole" },
      { rule: "input.unreadable-value", sheet: "奖励资金分配表", cell: "A16", why: "the date under the sign-off is not a row of the table" },
    ],
  },
};
