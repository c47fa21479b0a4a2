import type { CorpusLayout } from "../types";

// 日照日报 (reposted) 2017-01: 山东省发改委 and 省财政厅's third-party evaluation of the 2016 省区域战略推进专项资金 — 日照 scored
// 96.47 (1亿元, 22 projects), first of 17 cities, 2.86 above the 93.61 average, judged on 决策, 管理, 产出 and 效果; the score sheet is ours.
export const layout: CorpusLayout = {
  id: "rizhao-2016-regional-strategy-fund-evaluation-scores",
  source: {
    title: "日照2016年度省区域战略推进专项资金绩效评价居全省第一（绩效评价评分表据报道拟）",
    url: "http://q.zlsgdqx.cn/html/24e98198994.html",
    publisher: "日照日报（山东省发展改革委、省财政厅通报）",
    date: "2017-01-20",
    changes:
      "The report gives the result (96.47分, 全省平均93.61, 高出2.86分), the money (1亿元, 22个重点项目) and the four aspects scored (项目决策、管理、产出和效果). " +
      "The score sheet — 一级指标 | 二级指标 | 分值 | 得分 with a 总分 row — and the aspect scores are ours; the 总分 is the report's 96.47 and the note keeps its comparison. " +
      "Planted: the four scores 9.50 + 19.12 + 29.00 + 39.12 add up to 96.74, not the 总分 96.47.",
  },
  classes: ["selfeval", "evaluation-score-sheet", "no-money-block", "two-level-indicators", "total-score-row", "two-decimal-scores", "notes-under-table", "table-from-prose", "news-report", "province-fund", "city-result", "shandong"],
  sheets: [
    {
      name: "评分表",
      widths: [12, 26, 10, 10],
      rows: [
        ["2016年度省区域战略推进专项资金绩效评价评分表（日照市）（表据报道拟）", null, null, null],
        ["一级指标", "二级指标", "分值", "得分"],
        ["项目决策", "决策依据与程序", 10, 9.5],
        ["项目管理", "资金管理与项目执行", 20, 19.12],
        ["项目产出", "完成数量、质量、时效", 30, 29],
        ["项目效益", "经济社会效益与满意度", 40, 39.12],
        ["总分", null, 100, 96.47],
        ["注：全省17市平均得分93.61分，日照市高出全省平均2.86分，居全省第一；争取专项资金1亿元，扶持全市22个重点项目建设。", null, null, null],
      ],
      merges: ["A1:D1", "A7:B7", "A8:D8"],
      numberFormats: { "D3:D7": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "评分表", kind: "selfeval", headerRow: 2, lastRow: 7 }],
    findings: [
      {
        rule: "selfeval.score-mismatch",
        sheet: "评分表",
        cell: "D7",
        why: "总分 96.47, the scores 9.50 + 19.12 + 29.00 + 39.12 = 96.74: 0.27 apart",
      },
    ],
    absent: [
      { rule: "selfeval.weights", why: "分值 10 + 20 + 30 + 40 = 100" },
      { rule: "selfeval.rate-mismatch", why: "no money block: no 执行率 to check" },
      { rule: "selfeval.score-mismatch", sheet: "评分表", cell: "A8", why: "93.61 + 2.86 = 96.47 in the note is a comparison, not a score row" },
    ],
  },
};
