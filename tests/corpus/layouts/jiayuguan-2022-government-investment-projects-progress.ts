import type { CorpusLayout } from "../types";

// 嘉峪关市 2022 政府投资项目 as of mid-September, built from the newspaper's prose as a progress table: 序号 | 项目名称 | 建设性质
// (续建 / 新建 / 前期) | 年度计划投资 | 累计完成投资 | 完成率 | 进展情况, a 合计 row, and a note giving the city's whole plan of 22 projects.
export const layout: CorpusLayout = {
  id: "jiayuguan-2022-government-investment-projects-progress",
  source: {
    title: "嘉峪关市：政府投资项目建设加速推进（2022年政府投资项目推进情况表（表据正文拟））",
    url: "http://gansu.gansudaily.com.cn/system/2022/09/15/030627255.shtml",
    publisher: "嘉峪关日报（每日甘肃网）",
    date: "2022-09-15",
    changes:
      "The page is prose only (22 projects, 年度计划投资8.27亿元, 18 started, 7 finished, 4.2亿元 done, 51%): no grid was found, so the table is " +
      "built from it as a progress table of eight larger projects with their 建设性质, plan, money done and rate, the city's whole plan kept as a note " +
      "(table-from-prose). Project names and figures are ours. Planted: the hospital's 医技楼 at 54.00% as of September (time progress 9/12 = 75%); " +
      "文殊镇供热管网 with nothing done; 新城镇农村公路 rate typed 87.78% where 2,980 / 3,600 = 82.78%.",
  },
  classes: ["execution", "investment-progress", "plan-as-budget", "category-column", "remark-column", "rates-as-numbers", "total-at-foot", "whole-wanyuan", "notes-under-table", "table-from-prose", "as-of-in-title", "city-fund", "gansu"],
  settings: { district: "嘉峪关市", asOf: "2022-09-15" },
  sheets: [
    {
      name: "推进情况",
      widths: [6, 30, 10, 14, 14, 10, 18],
      rows: [
        ["嘉峪关市2022年政府投资项目推进情况表（截至9月15日）（表据正文拟）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "建设性质", "年度计划投资", "累计完成投资", "完成率", "进展情况"],
        [1, "嘉峪关市第二水厂改扩建工程", "续建", 8500, 6920, 0.8141, "主体完工，设备安装"],
        [2, "城区老旧小区改造（三期）", "续建", 12000, 9150, 0.7625, "外墙保温施工"],
        [3, "东湖生态旅游景区提升工程", "续建", 6800, 5620, 0.8265, "景观绿化施工"],
        [4, "市第一人民医院医技楼建设项目", "新建", 15000, 8100, 0.54, "主体施工至三层"],
        [5, "峪泉镇污水管网建设项目", "新建", 4200, 3360, 0.8, "管网铺设"],
        [6, "新城镇农村公路提升改造工程", "新建", 3600, 2980, 0.8778, "路基施工"],
        [7, "文殊镇集中供热管网工程", "新建", 2900, 0, 0, "招标完成，待开工"],
        [8, "职业教育实训基地建设项目", "前期", 5000, 4650, 0.93, "土地征收完成"],
        ["合计", null, null, 58000, 40780, 0.7031, null],
        ["注：全市2022年共实施政府投资项目22个，计划年度完成投资8.27亿元；本表列年度计划投资2000万元以上项目8个。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A12:C12", "A13:G13"],
      numberFormats: { "D4:E12": "#,##0", "F4:F12": "0.00%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "推进情况",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { A: "code", B: "line", C: "category", D: "adjustedBudget", E: "actual", F: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "F7", why: "医技楼 8,100 / 15,000 = 54.00% as of 2022-09-15, time progress 9/12 = 75.00%: 21 points behind" },
      { rule: "execution.no-spending", cell: "E10", why: "文殊镇供热管网 has a plan of 2,900 and nothing done by 2022-09-15" },
      { rule: "execution.rate-mismatch", cell: "F9", why: "新城镇农村公路 rate typed 87.78% where 2,980 / 3,600 = 82.78%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D12", why: "合计 58,000 = 8,500 + 12,000 + 6,800 + 15,000 + 4,200 + 3,600 + 2,900 + 5,000; the note's 8.27亿元 covers all 22 projects" },
      { rule: "execution.total-mismatch", cell: "E12", why: "40,780 = 6,920 + 9,150 + 5,620 + 8,100 + 3,360 + 2,980 + 0 + 4,650" },
      { rule: "execution.rate-mismatch", cell: "F12", why: "40,780 / 58,000 = 70.31%" },
      { rule: "execution.behind-schedule", cell: "F12", why: "a total row gets no status of its own (70.31% is within 5 points of 75% anyway)" },
      { rule: "execution.behind-schedule", cell: "F5", why: "76.25% is above 75%" },
      { rule: "execution.behind-schedule", cell: "F9", why: "82.78% as computed (and 87.78% as typed) are above 75%" },
      { rule: "execution.behind-schedule", cell: "F10", why: "a line with nothing done is reported as no-spending, not also behind" },
      { rule: "input.unreadable-value", cell: "A13", why: "the note under the table is no data row" },
    ],
  },
};
