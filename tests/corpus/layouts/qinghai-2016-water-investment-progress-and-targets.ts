import type { CorpusLayout } from "../types";

// 青海省水利厅 2016-10-14 (reported): 青海's water investment as of 10月10日 — the year's 全社会水利投入 target and what is in place (占目标任务的
// %), the central money sent down for 12类 projects and what has arrived, the projects started and 开工率 — and the year's targets
// (重大水利工程中央投资完成率90%以上, the rest 80%以上, two canals to start). Laid out as a progress table and a target table on two sheets.
export const layout: CorpusLayout = {
  id: "qinghai-2016-water-investment-progress-and-targets",
  source: {
    title: "【省水利厅】青海261项央投水利项目进展顺利（落实情况表与年度目标表据报道拟）",
    url: "https://xining.baogaosu.com/xinwen/%E7%9C%81%E6%B0%B4%E5%88%A9%E5%8E%85%E9%9D%92%E6%B5%B7%E7%9C%81%E6%B0%B4%E5%88%A9%E5%8E%85/51363506",
    publisher: "青海省人民政府网（转载）",
    date: "2016-10-14",
    changes:
      "The page is a news report; both tables are ours (表据报道拟) with the report's lines, its as-of date (截至10月10日), its 12类261项, its " +
      "70亿元 target and the year's targets in its words. The money in place, the central money and the projects started are ours (the report: " +
      "64.7亿元 (96.5%), 33.05 / 32.52亿元, 222项, 85%). Planted: 全社会水利投入's share typed 96.5% while 65.10 / 70.00 = 93.0%. The target " +
      "sheet is clean.",
  },
  classes: ["execution", "targets", "two-sheets", "as-of-in-title", "plan-and-in-place", "count-columns", "start-rate-column", "rates-as-text", "one-decimal-rates", "text-targets", "no-weights", "three-level-indicators", "two-decimal-yiyuan", "yiyuan-caption", "table-from-prose", "news-report", "province-level", "qinghai"],
  settings: { district: "青海省", asOf: "2016-10-10" },
  sheets: [
    {
      name: "落实情况",
      widths: [26, 12, 16, 16, 12, 12, 10],
      rows: [
        ["2016年全省水利投资落实情况表（截至10月10日）（表据报道拟）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：亿元"],
        ["项目", "项目数（项）", "年度目标（下达）投资", "已落实（到位）资金", "落实（到位）率", "已开工（项）", "开工率"],
        ["全社会水利投入", "—", 70, 65.1, "96.5%", "—", "—"],
        ["中央下达投资水利项目（12类）", 261, 32.8, 32.16, "98.0%", 219, "84%"],
        ["注：年度目标为省政府确定的全社会水利投入目标任务；中央下达投资已全部分解下达。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A6:G6"],
      numberFormats: { "C4:D5": "0.00" },
    },
    {
      name: "年度目标",
      widths: [12, 14, 44, 20],
      rows: [
        ["青海省2016年水利建设年度目标表（表据报道拟）", null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "全社会水利投入", "≥70亿元"],
        [null, null, "中央投资水利项目", "12类261项"],
        [null, "时效指标", "重大水利工程中央投资完成率", "≥90%"],
        [null, null, "农村饮水安全、中小河流治理、江河湖库连通、水资源节水保护、小型农田水利、山洪灾害防治等工程中央投资完成率", "≥80%"],
        [null, null, "引大济湟西干渠、湟水北干渠扶贫灌溉二期工程", "年内开工建设"],
        ["效益指标", "社会效益指标", "蓄集峡水利枢纽工程建设进度", "完成50%"],
      ],
      merges: ["A1:D1", "A3:A7", "B3:B4", "B5:B7"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "落实情况", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 5,
        columns: { A: "line", C: "adjustedBudget", D: "actual", E: "rate" }, year: 2016,
      },
      { sheet: "年度目标", kind: "targets", headerRow: 2, lastRow: 8, columns: { A: "type", C: "name", D: "target" }, year: 2016 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", sheet: "落实情况", cell: "E4", why: "65.10 / 70.00 = 93.0%; typed 96.5%" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", sheet: "落实情况", cell: "E5", why: "32.16 / 32.80 = 98.05% → 98.0%" },
      { rule: "execution.rate-mismatch", sheet: "落实情况", cell: "G5", why: "开工率 219 / 261 = 83.9% → 84%, a share of projects, no money" },
      { rule: "execution.behind-schedule", sheet: "落实情况", cell: "D4", why: "as of 2016-10-10 time progress is 10/12 = 83.33%; 93.0% is ahead" },
      { rule: "execution.behind-schedule", sheet: "落实情况", cell: "D5", why: "98.0% against 83.33%" },
      { rule: "execution.overspent", why: "nothing in place above its target" },
      { rule: "selfeval.weights", sheet: "年度目标", why: "the target table states no points" },
      { rule: "selfeval.indicator-contradicted", sheet: "年度目标", why: "the target table states no results; the money is not final (as of October)" },
    ],
  },
};
