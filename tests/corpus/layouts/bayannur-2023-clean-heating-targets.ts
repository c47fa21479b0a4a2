import type { CorpusLayout } from "../types";

// 巴彦淖尔市人民政府 2023-02 (巴政发〔2023〕4号 and the 2023 工作要点): 14.6万户 of 清洁取暖 改造 this year, 14.1 热源清洁化 and 0.5
// 建筑能效 — laid out as the project's 绩效目标表: a 年度绩效目标（90分） heading over 一级 | 二级 | 三级指标 | 指标值 | 分值.
export const layout: CorpusLayout = {
  id: "bayannur-2023-clean-heating-targets",
  source: {
    title: "巴彦淖尔市2023年推动产业优化升级促进经济高质量发展工作要点（冬季清洁取暖项目绩效目标表据正文拟）",
    url: "http://www.taoyu-china.com/w/a3/11453.html",
    publisher: "巴彦淖尔市人民政府（中国炉具网转载）",
    date: "2023-03-06",
    changes:
      "The report is prose: 年内计划改造清洁取暖完成总户数14.6万户, 其中 热源清洁化改造14.1万户, 建筑能效提升改造0.5万户; 65蒸吨/小时及以上燃煤锅炉 " +
      "超低排放改造; 以供定改. The target table is built from it (表据正文拟) in the usual 绩效目标表 form; the three counts are the report's, the " +
      "other indicators, values and every 分值 ours. Planted: the 分值 add to 85 under a heading of 90分.",
  },
  classes: ["targets", "target-table", "points-heading", "points-column", "qizhong-indicator", "three-level-indicators", "no-results-column", "table-from-prose", "news-report", "city-project", "neimenggu"],
  sheets: [
    {
      name: "绩效目标表",
      widths: [12, 16, 34, 18, 8],
      rows: [
        ["巴彦淖尔市2023年冬季清洁取暖项目绩效目标表", null, null, null, null],
        ["实施单位：巴彦淖尔市住房和城乡建设局", null, null, null, null],
        ["年度绩效目标（90分）", null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
        ["产出指标", "数量指标", "清洁取暖改造总户数", "≥14.6万户", 20],
        [null, null, "其中：热源清洁化改造户数", "≥14.1万户", 10],
        [null, null, "建筑能效提升改造户数", "≥0.5万户", 10],
        [null, "质量指标", "65蒸吨/小时及以上燃煤锅炉超低排放改造", "按期完成", 10],
        [null, "时效指标", "改造完成时间", "2023年10月底前", 10],
        ["效益指标", "生态效益指标", "采暖季PM2.5平均浓度", "同比下降", 15],
        ["满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%", 10],
        ["注：电供暖接入规模按“以供定改”原则统一规划。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A3:E3", "A5:A9", "B5:B7", "A12:E12"],
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标表", kind: "targets", headerRow: 4, lastRow: 11, columns: { A: "type", C: "name", D: "target" }, year: 2023 },
    ],
    findings: [
      { rule: "selfeval.weights", cell: "A3", why: "分值 20 + 10 + 10 + 10 + 10 + 15 + 10 = 85, the heading states 90分" },
    ],
    absent: [
      { rule: "selfeval.target-missed-full-score", why: "a target table: no results stated" },
      { rule: "selfeval.weights", cell: "E11", why: "the finding is on the heading that states the points, once" },
      { rule: "selfeval.total-mismatch", why: "14.1 + 0.5 = 14.6万户 are counts in indicators, no money block" },
    ],
  },
};
