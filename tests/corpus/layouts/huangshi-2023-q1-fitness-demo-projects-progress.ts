import type { CorpusLayout } from "../types";

// 黄石市重点民生实事项目建设指挥部办公室 2023-04-04: 全民健身示范工程 1-3月份进展 — prose: 10 projects, 8 started (80%), 7 finished
// (70%: 5个文体广场、1个智慧共享健身中心、1个运动健身中心), 248万元 done, 80% of the year's plan.
// Laid out as the progress table under such a report: project | county | plan | done | 投资完成进度 | started | finished.
export const layout: CorpusLayout = {
  id: "huangshi-2023-q1-fitness-demo-projects-progress",
  source: {
    title: "1-3月份进展（2023年十件民生实事·全民健身示范工程）",
    url: "http://www.huangshi.gov.cn/ztjj/2023sjss/ncglxg/my6/202305/t20230530_1018268.html",
    publisher: "黄石市重点民生实事项目建设指挥部办公室",
    date: "2023-04-04",
    changes:
      "As published: 10个全民健身示范工程, 已开工8个 (开工率80%), 已完工7个 (完工率70%: 5个文体广场、1个智慧共享健身中心、1个运动健身中心), " +
      "完成投资248万元、占年度计划的80%, and the April plan (加快未开工项目尽快开工). The report is prose: the table (序号 | 项目名称 | 所在县（市、区） | " +
      "年度计划投资 | 1-3月完成投资 | 投资完成进度 | 开工情况 | 完工情况, 单位：万元, 合计 at the foot, notes) is built from it; project names, places " +
      "and figures are ours, the lines adding up to 310 planned and 248 done (80.0%). Planted: the 1-3月 合计 typed 258 (lines 248); the two projects " +
      "not yet started have nothing done (as of 2023-03-31).",
  },
  classes: ["execution", "investment-progress", "as-of-in-title", "counties-as-places", "status-text-columns", "one-decimal-rates", "percent-format-rates", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "city-level", "hubei"],
  settings: { district: "黄石市", asOf: "2023-03-31" },
  sheets: [
    {
      name: "1-3月进展",
      widths: [6, 34, 22, 14, 14, 14, 10, 10],
      rows: [
        ["2023年十件民生实事全民健身示范工程1-3月份进展情况表（表据正文拟）", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "所在县（市、区）", "年度计划投资", "1-3月完成投资", "投资完成进度", "开工情况", "完工情况"],
        [1, "江北文体广场", "黄石港区", 30, 30, 1, "已开工", "已完工"],
        [2, "工农文体广场", "西塞山区", 28, 28, 1, "已开工", "已完工"],
        [3, "长乐山文体广场", "下陆区", 26, 26, 1, "已开工", "已完工"],
        [4, "鹿獐山文体广场", "铁山区", 24, 24, 1, "已开工", "已完工"],
        [5, "富池文体广场", "阳新县", 22, 22, 1, "已开工", "已完工"],
        [6, "智慧共享健身中心", "大冶市", 60, 48, 0.8, "已开工", "已完工"],
        [7, "运动健身中心", "黄石经济技术开发区·铁山区", 70, 62, 0.886, "已开工", "已完工"],
        [8, "城东体育公园健身步道", "阳新县", 20, 8, 0.4, "已开工", "未完工"],
        [9, "罗家桥健身广场", "大冶市", 15, 0, 0, "未开工", "未完工"],
        [10, "胜阳港健身驿站", "黄石港区", 15, 0, 0, "未开工", "未完工"],
        ["合计", null, null, 310, 258, 0.8, "8个", "7个"],
        ["注：1.投资完成进度＝1-3月完成投资÷年度计划投资。2.开工率80%，完工率70%。", null, null, null, null, null, null, null],
        ["4月份计划：加快未开工项目尽快开工。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A14:C14", "A15:H15", "A16:H16"],
      numberFormats: { "F4:F14": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "1-3月进展",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "line", C: "category", D: "adjustedBudget", E: "actual", F: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "E14", why: "1-3月 合计 258 where 30+28+26+24+22+48+62+8+0+0 = 248: 10万元 over" },
      { rule: "execution.no-spending", cell: "E12", why: "罗家桥健身广场: 15万元 planned, nothing done as of 2023-03-31 (未开工)" },
      { rule: "execution.no-spending", cell: "E13", why: "胜阳港健身驿站: 15万元 planned, nothing done as of 2023-03-31 (未开工)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D14", why: "计划 310 = 30+28+26+24+22+60+70+20+15+15" },
      { rule: "execution.rate-mismatch", cell: "F14", why: "80.0% = 248 / 310 as the lines add up; the slip is the 258, reported once at E14" },
      { rule: "execution.rate-mismatch", cell: "F10", why: "62 / 70 = 88.57%, shown to one decimal as 88.6%" },
      { rule: "execution.behind-schedule", cell: "F11", why: "城东体育公园健身步道 40.0% is ahead of time progress 3/12 = 25%" },
      { rule: "execution.behind-schedule", cell: "F9", why: "80.0% is ahead of 25%" },
      { rule: "execution.overspent", why: "no project has done more than its plan" },
      { rule: "input.unreadable-value", cell: "G14", why: "8个 / 7个 are counts of projects started and finished, text in text columns" },
    ],
  },
};
