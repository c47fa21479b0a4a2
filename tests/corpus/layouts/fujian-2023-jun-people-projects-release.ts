import type { CorpusLayout } from "../types";

// 东南网 2023-08-02: 福建 为民办实事 projects' 省级资金 released by the end of June against the year-start plan;
// built from the report as a 下达进度 table, eight of the 29 projects, in 亿元.
export const layout: CorpusLayout = {
  id: "fujian-2023-jun-people-projects-release",
  source: {
    title: "福建超九成为民办实事项目省级资金完成下达（下达进度表据报道拟）",
    url: "http://m.folksfolks.com/fjnews/2023-08/02/content_31377715.htm",
    publisher: "东南网 (report on 福建省财政厅 figures)",
    date: "2023-08-02",
    changes:
      "The report gives only the whole (29 projects, 年初计划 省级资金 109.98亿元, 已下达 123.01亿元, 111.8%, as of 6月底); the table " +
      "(序号 | 项目 | 年初计划省级资金 | 已下达 | 完成年初计划%) is built from it with eight projects and our own figures, title suffixed " +
      "（表据正文拟）. As of 2023-06-30 time progress is 6/12 = 50%. Planted: 提升城市供水水质 at 27.6% (more than 5 points behind); " +
      "农村饮水安全's share typed 68.9% for 2.70/4.10 = 65.9%; 城市停车设施 nothing released.",
  },
  classes: ["execution", "release-progress", "year-start-plan", "as-of-in-title", "one-decimal-rates", "two-decimal-yiyuan", "yiyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-level", "fujian"],
  settings: { district: "福建省", asOf: "2023-06-30" },
  sheets: [
    {
      name: "下达进度",
      widths: [6, 30, 16, 12, 16],
      rows: [
        ["2023年为民办实事项目省级资金下达进度表（截至6月底）（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["序号", "项目", "年初计划省级资金", "已下达", "完成年初计划%"],
        [1, "实施就业优先工程", 8.6, 8.6, 1],
        [2, "建设普惠性幼儿园", 3.2, 2.1, 0.656],
        [3, "实施“四好农村路”建设", 12.4, 12.4, 1],
        [4, "提升城市供水水质", 5.8, 1.6, 0.276],
        [5, "实施保障性安居工程", 9.5, 6.3, 0.663],
        [6, "提高城乡居民医保财政补助标准", 15.2, 11.4, 0.75],
        [7, "农村饮水安全巩固提升", 4.1, 2.7, 0.689],
        [8, "建设城市停车设施", 2.3, 0, 0],
        ["合计", null, 61.1, 45.1, 0.738],
        ["注：表列8项为29项为民办实事项目中选列，合计为表列项目之和。", null, null, null, null],
      ],
      merges: ["A1:E1", "A12:B12", "A13:E13"],
      numberFormats: { "C4:D12": "0.00", "E4:E12": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "下达进度",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "line", C: "initialBudget", D: "actual", E: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "E7", why: "提升城市供水水质 1.60 / 5.80 = 27.6% against time progress 6/12 = 50% (22.4 points behind, more than 5)" },
      { rule: "execution.rate-mismatch", cell: "E10", why: "农村饮水安全 2.70 / 4.10 = 65.85% → 65.9%, typed 68.9%" },
      { rule: "execution.no-spending", cell: "D11", why: "建设城市停车设施: 2.30亿元 planned, 0 released by 2023-06-30" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C12", why: "8.60 + 3.20 + 12.40 + 5.80 + 9.50 + 15.20 + 4.10 + 2.30 = 61.10; released 45.10 likewise" },
      { rule: "execution.rate-mismatch", cell: "E12", why: "45.10 / 61.10 = 73.81% → 73.8%" },
      { rule: "execution.rate-mismatch", cell: "E5", why: "2.10 / 3.20 = 65.625% → 65.6%" },
      { rule: "execution.behind-schedule", cell: "E12", why: "a total row gets no status of its own (73.8% is ahead in any case)" },
      { rule: "execution.overspent", why: "the 100% lines released exactly their plan" },
    ],
  },
};
