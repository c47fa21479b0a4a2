import type { CorpusLayout } from "../types";

// 黑龙江省勃利县财政局 2025-06-12: how the county used its 2024 central lottery welfare money for old revolutionary areas —
// 288万元 received, put into fire-safety repairs at four schools (计划总投资259.85万元, 已拨付244.05万元, 支出率93.92%). Laid out
// as the use table such a notice carries, school by school, the year over when it was published.
export const layout: CorpusLayout = {
  id: "boli-2024-lottery-fund-school-fire-safety",
  source: {
    title: "2024年中央专项彩票公益金支持勃利县社会公益事业发展资金分配下达和使用情况的公告（表据正文拟）",
    url: "http://www.wwwyx2yx2.com/hljboli/c100544/202506/88fb753d97c44c4eadb7d0b2f2cbc7f0.shtml",
    publisher: "勃利县财政局",
    date: "2025-06-12",
    changes:
      "The notice's figures are kept: 黑财综[2024]54号; 共收到288万元; 主要用于四所中小学校消防设施维修改造项目; 计划总投资259.85万元, " +
      "已拨付244.05万元, 支出率93.92%. It gives them in prose; laid out here as a table by school (序号 | 项目名称 | 实施单位 | 计划总投资 | " +
      "已拨付资金 | 支出率 | 备注, 单位：万元, 合计, a note, the bureau and date). Which four schools and how the money splits among them " +
      "are ours; the totals are the notice's. Planted: 大四站镇中学's rate written 85.59% where 52.00 / 58.70 = 88.59%.",
  },
  classes: ["execution", "by-project", "year-end", "rates-as-text", "published-after-year-end", "remark-column", "wanyuan-caption", "notes-under-table", "signoff-line", "heilongjiang"],
  settings: { asOf: "2025-06-12" },
  sheets: [
    {
      name: "使用情况",
      widths: [6, 36, 26, 12, 12, 10, 10],
      rows: [
        ["2024年中央专项彩票公益金支持勃利县社会公益事业发展资金使用情况表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "实施单位", "计划总投资", "已拨付资金", "支出率", "备注"],
        [1, "勃利县第一中学消防设施维修改造", "勃利县第一中学", 82.4, 82.4, "100.00%", null],
        [2, "勃利县勃利镇中心小学消防设施维修改造", "勃利县勃利镇中心小学", 64.15, 64.15, "100.00%", null],
        [3, "勃利县大四站镇中学消防设施维修改造", "勃利县大四站镇中学", 58.7, 52, "85.59%", null],
        [4, "勃利县青山乡中心学校消防设施维修改造", "勃利县青山乡中心学校", 54.6, 45.5, "83.33%", null],
        ["合计", null, null, 259.85, 244.05, "93.92%", null],
        ["注：2024年我县共收到中央专项彩票公益金支持地方社会公益事业发展资金288万元，主要用于四所中小学校消防设施维修改造项目；支出率=已拨付资金/计划总投资。", null, null, null, null, null, null],
        [null, null, null, null, "勃利县财政局", null, "2025年6月12日"],
      ],
      merges: ["A1:G1", "A8:C8", "A9:G9", "E10:F10"],
      numberFormats: { "D4:E8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "使用情况",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 8,
        columns: { B: "line", D: "adjustedBudget", E: "actual", F: "rate" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "F6", why: "大四站镇中学: 52.00 / 58.70 = 88.59%, stated 85.59%" },
      { rule: "execution.behind-schedule", cell: "E6", why: "大四站镇中学: 88.59% of a 2024 budget, the year over by the as-of date (time progress 100%): more than 5 points behind" },
      { rule: "execution.behind-schedule", cell: "E7", why: "青山乡中心学校: 45.50 / 54.60 = 83.33% with the year over: more than 5 points behind" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "F8", why: "合计 244.05 / 259.85 = 93.92%, as the notice says" },
      { rule: "execution.rate-mismatch", cell: "F7", why: "45.50 / 54.60 = 83.33%" },
      { rule: "execution.total-mismatch", cell: "D8", why: "259.85 = 82.40 + 64.15 + 58.70 + 54.60" },
      { rule: "execution.total-mismatch", cell: "E8", why: "244.05 = 82.40 + 64.15 + 52.00 + 45.50" },
      { rule: "execution.behind-schedule", cell: "E8", why: "合计 carries no status of its own: its projects do" },
      { rule: "execution.behind-schedule", cell: "E4", why: "第一中学 spent 100%" },
      { rule: "execution.overspent", why: "no school has been paid more than planned" },
      { rule: "execution.no-spending", why: "every school has been paid something" },
      { rule: "input.unreadable-value", why: "实施单位, the note and the bureau's line are text by nature" },
    ],
  },
};
