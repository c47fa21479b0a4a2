import type { CorpusLayout } from "../types";

// 宁夏日报 2021-12-05: the centre's 2021 budget investment in three of the region's major water projects — 18.6亿元 in all, 15.7亿元 of it
// this year (固海扩灌扬水更新改造 9亿元, 清水河流域城乡供水 6.2亿元, 银川都市圈城乡东线供水 0.5亿元). Laid out as the plan passed on by
// the region: 序号 | 项目名称 | 建设地点 | 中央预算内投资 | 其中：2021年安排, 合计 first, one decimal of 亿元.
export const layout: CorpusLayout = {
  id: "ningxia-2021-major-water-central-investment",
  source: {
    title: "国家安排中央预算内补助资金15.7亿元支持我区3项重大水利工程（投资计划表据报道拟）",
    url: "https://chinawznews.net/mingsheng/2021120553301.html",
    publisher: "宁夏日报（裴云云）；宁夏回族自治区发展改革委",
    date: "2021-12-05",
    changes:
      "As reported: the three projects, the 18.6亿元 in all and the 2021 amounts (9, 6.2, 0.5; 15.7). The report gives no table and no " +
      "project's total: the layout, the places and each project's 中央预算内投资 (10.2, 7.6, 0.8, adding up to 18.6) are ours. Planted: the " +
      "合计 of the 2021 column typed 16.7 over 9.0 + 6.2 + 0.5 = 15.7.",
  },
  classes: [
    "composition", "plan-by-project", "qizhong-column", "total-row-first", "place-text-column", "one-decimal-yiyuan", "yiyuan-caption",
    "notes-under-table", "table-from-prose", "news-report", "province-level", "ningxia",
  ],
  settings: { district: "宁夏回族自治区" },
  sheets: [
    {
      name: "投资计划",
      widths: [6, 30, 22, 16, 18],
      rows: [
        ["宁夏2021年重大水利工程中央预算内投资计划表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["序号", "项目名称", "建设地点", "中央预算内投资", "其中：2021年安排"],
        ["合计", null, null, 18.6, 16.7],
        [1, "固海扩灌扬水更新改造工程", "中宁县、海原县、原州区", 10.2, 9],
        [2, "清水河流域城乡供水工程", "固原市、同心县", 7.6, 6.2],
        [3, "银川都市圈城乡东线供水工程", "银川市、吴忠市", 0.8, 0.5],
        ["注：投资计划由国家发展改革委会同水利部下达，自治区发展改革委会同水利厅转发下达。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:C4", "A8:E8"],
      numberFormats: { "D4:E7": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "投资计划",
        kind: "composition",
        unit: "亿元",
        headerRow: 3,
        lastRow: 7,
        columns: { A: "code", B: "line", D: "amount", E: "amount:2021年安排" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E4", why: "其中：2021年安排 合计 16.7; the three projects 9.0 + 6.2 + 0.5 = 15.7: 1.0亿元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D4", why: "10.2 + 7.6 + 0.8 = 18.6" },
      { rule: "composition.total-mismatch", cell: "D5", why: "the 其中 column is a part of each project's investment, never added to it" },
      { rule: "input.unreadable-value", cell: "C5", why: "建设地点 is text describing the project" },
    ],
  },
};
