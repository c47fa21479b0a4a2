import type { CorpusLayout } from "../types";

// 临朐县农业农村局 2025-03-28: 2024年度中央专项彩票公益金支持革命老区乡村振兴项目实施情况公告 — 1570万元 for six projects in
// 柳山镇 (three 日光温室, two 生产路, one 幸福来临便民服务), 1522.9万元 spent, 97%. Laid out as the project table behind the
// notice: money sent down, spent, and the share spent, the year over by the date in the title.
export const layout: CorpusLayout = {
  id: "linqu-2024-old-area-lottery-fund-execution",
  source: {
    title: "临朐县2024年度中央专项彩票公益金支持革命老区乡村振兴项目实施情况公告（表据正文拟）",
    url: "http://www.linqu.gov.cn/lqdt/tzgg/202503/t20250328_817053.html",
    publisher: "临朐县农业农村局",
    date: "2025-03-28",
    changes:
      "As published: the fund, 1570万元 sent down, 1522.9万元 spent (97%) by the notice's date, six projects in 柳山镇 (日光温室建设项目3个、生产路建设" +
      "项目2个、幸福来临便民服务项目1个), all completed. Laid out as the table behind the notice (序号 | 项目名称 | 实施地点 | 下达资金 | 已支出 | 支出进度 | " +
      "项目状态); the split by project, the villages other than 柳山村 and the figures are ours, adding up to the published totals. Planted: 日光温室（三期） " +
      "306.50 spent of 300.00; 生产路（二期） 174.00 of 200.00 (87.00%) shown as 92.00%, the year over.",
  },
  classes: ["execution", "by-project", "as-of-in-title", "year-over-at-as-of", "status-column", "two-decimal-wanyuan", "rates-as-numbers", "total-at-foot", "wanyuan-caption", "notes-under-table", "county-bureau", "shandong"],
  sheets: [
    {
      name: "资金使用情况",
      widths: [6, 30, 20, 12, 12, 12, 10],
      rows: [
        ["临朐县2024年度中央专项彩票公益金支持革命老区乡村振兴项目资金使用情况表（截至2025年3月28日）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "实施地点", "下达资金", "已支出", "支出进度", "项目状态"],
        [1, "日光温室建设项目（一期）", "柳山镇柳山村", 360, 352.8, 0.98, "已完工"],
        [2, "日光温室建设项目（二期）", "柳山镇北柳村", 340, 333.2, 0.98, "已完工"],
        [3, "日光温室建设项目（三期）", "柳山镇石门村", 300, 306.5, 1.0217, "已完工"],
        [4, "生产路建设项目（一期）", "柳山镇东岭村等4个村", 220, 212.4, 0.9655, "已完工"],
        [5, "生产路建设项目（二期）", "柳山镇南坡村等3个村", 200, 174, 0.92, "已完工"],
        [6, "幸福来临便民服务项目", "柳山镇", 150, 144, 0.96, "已完工"],
        ["合计", null, null, 1570, 1522.9, 0.97, null],
        ["注：项目覆盖柳山镇柳山村等10个行政村；剩余资金为项目质保金，待质保期满后支付。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A10:C10", "A11:G11"],
      numberFormats: { "D4:E10": "#,##0.00", "F4:F10": "0.00%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金使用情况",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "line", D: "adjustedBudget", E: "actual", F: "rate" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "E6", why: "日光温室（三期）: 306.50 spent of 300.00 sent down: 6.50万元 over" },
      { rule: "execution.rate-mismatch", cell: "F8", why: "生产路（二期）: 174.00 / 200.00 = 87.00%, shown 92.00%" },
      { rule: "execution.behind-schedule", cell: "F8", why: "生产路（二期）: 87.00% of a 2024 budget with the year over at 2025-03-28 (time progress 100%): 13 points behind" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "F6", why: "306.50 / 300.00 = 102.17%, shown 102.17%" },
      { rule: "execution.rate-mismatch", cell: "F7", why: "212.40 / 220.00 = 96.545%, shown 96.55%" },
      { rule: "execution.rate-mismatch", cell: "F10", why: "1,522.90 / 1,570.00 = 97.000%, shown 97.00%" },
      { rule: "execution.total-mismatch", cell: "D10", why: "360 + 340 + 300 + 220 + 200 + 150 = 1,570.00" },
      { rule: "execution.total-mismatch", cell: "E10", why: "352.80 + 333.20 + 306.50 + 212.40 + 174.00 + 144.00 = 1,522.90" },
      { rule: "execution.behind-schedule", cell: "F7", why: "96.55% is within 5 points of 100%" },
      { rule: "execution.behind-schedule", cell: "F9", why: "96.00% is within 5 points of 100%" },
      { rule: "execution.behind-schedule", cell: "F10", why: "the total, 97.00%, is within 5 points of 100%" },
      { rule: "execution.no-spending", why: "every project has spent" },
    ],
  },
};
