import type { CorpusLayout } from "../types";

// 生活报 2019-10-17 (省财政厅 figures): as of the end of August the province's money for the 44 “百大项目” in three classes (重大基础设施,
// 重点产业发展, 民生) — 353亿元 passed down, 286亿元 passed on to the project units, 到位率 81%. Laid out as the class-by-class table behind it.
export const layout: CorpusLayout = {
  id: "heilongjiang-2019-hundred-projects-fund-arrival",
  source: {
    title: "黑龙江下达353亿支持“百大项目”建设（分类下达及到位情况表据正文拟）",
    url: "https://heilongjiang.dbw.cn/system/2019/10/17/058275294.shtml",
    publisher: "生活报（东北网）",
    date: "2019-10-17",
    changes:
      "The report is prose: 截至8月末, 三大类“百大项目”44项, 下达…财政资金353亿元, 下达至项目单位合计286亿元, 资金到位率达到81%. Laid out as 序号 | 项目类别 | " +
      "项目数（项） | 省级下达资金 | 下达至项目单位 | 到位率 in 亿元 with a 合计 that keeps the report's 44 / 353 / 286 / 81.0%; the split by class is ours. " +
      "Planted: 重点产业发展's rate typed 79.5% where 35 / 47 = 74.5%.",
  },
  classes: ["execution", "arrival-rate", "allocation-and-arrival", "class-lines", "count-column", "yiyuan-caption", "one-decimal-rate", "total-at-foot", "as-of-in-title", "notes-under-table", "table-from-prose", "news-report", "province-fund", "heilongjiang"],
  settings: { district: "黑龙江省", asOf: "2019-08-31" },
  sheets: [
    {
      name: "百大项目资金",
      widths: [6, 22, 14, 16, 16, 10],
      rows: [
        ["2019年“百大项目”财政资金下达及到位情况表（截至8月末）（表据正文拟）", null, null, null, null, null],
        [null, null, null, null, null, "单位：亿元"],
        ["序号", "项目类别", "项目数（项）", "省级下达资金", "下达至项目单位", "到位率"],
        [1, "重大基础设施", 21, 228, 186, 0.816],
        [2, "重点产业发展", 9, 47, 35, 0.795],
        [3, "民生", 14, 78, 65, 0.833],
        ["合计", null, 44, 353, 286, 0.81],
        ["注：项目数含打捆项目；下达资金含中省专项和地方政府债券等财政资金。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A7:B7", "A8:F8"],
      numberFormats: { "F4:F7": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "百大项目资金",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 7,
        columns: { B: "line", D: "adjustedBudget", E: "actual", F: "rate" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "F5", why: "重点产业发展 35 / 47 = 74.5% (74.47), typed 79.5%" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "F7", why: "286 / 353 = 81.0% (81.02)" },
      { rule: "execution.rate-mismatch", cell: "F4", why: "186 / 228 = 81.6% (81.58); 65 / 78 = 83.3% (83.33)" },
      { rule: "execution.total-mismatch", cell: "D7", why: "353 = 228 + 47 + 78; 286 = 186 + 35 + 65" },
      { rule: "execution.behind-schedule", cell: "F5", why: "as of 2019-08-31 time progress is 8/12 = 66.67%; 74.47% is above it" },
      { rule: "execution.total-mismatch", cell: "C7", why: "项目数 44 = 21 + 9 + 14 is a count" },
    ],
  },
};
