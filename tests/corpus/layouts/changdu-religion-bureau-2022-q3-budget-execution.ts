import type { CorpusLayout } from "../types";

// 西藏昌都市宗教事务局 2022年1-9月 部门整体支出绩效评价报告 (楚源会计师事务所, 2022-11): the 预算执行 part as a table — 年初预算数 | 调整预算数 |
// 1-9月支出数 | 执行率, 基本支出 with 其中 人员 | 公用, 项目支出 by project; as of September (9/12 = 75%) the repair subsidy is at 25%, the training
// money untouched, and one rate typed 98.33% for 93.33%.
export const layout: CorpusLayout = {
  id: "changdu-religion-bureau-2022-q3-budget-execution",
  source: {
    title: "西藏昌都市宗教事务局2022年1-9月部门整体支出绩效评价报告（二、预算编制及执行情况；预算执行情况表据报告拟）",
    url: "https://zjsw.changdu.gov.cn/cdsmzzj/c102701/202301/af3ddc0d3b1a4683a5208b0dfebd9130.shtml",
    publisher: "昌都市宗教事务局（评价机构：西藏楚源会计师事务所，藏源财绩【2022】第186号）",
    date: "2022-11",
    changes:
      "The stored page shows the report's cover, contents and opening (评价 of 2022年1-9月 部门整体支出, commissioned by 昌都市财政局), not its figures; the " +
      "预算执行 table is ours (表据报告拟): the headings a 部门整体支出 report gives (年初预算数 | 调整预算数 | 1-9月支出数 | 执行率, 基本支出 其中 人员经费 | 公用经费, " +
      "项目支出 by project), the project names and every figure. Planted: 宗教活动场所维修补助 at 25.00% as of September (time progress 75%); 宗教界人士" +
      "培训经费 15.00 budgeted, nothing spent; 宗教教职人员生活补贴's 执行率 typed 98.33% where 560.00 / 600.00 = 93.33%.",
  },
  classes: ["execution", "initial-and-adjusted-budget", "qizhong-lines", "category-rows-with-subtotals", "chinese-numbering", "outline-numbering", "total-row-first", "rates-as-text", "two-decimal-wanyuan", "wanyuan-caption", "nine-months", "as-of-in-title", "near-threshold-line", "notes-under-table", "table-from-prose", "evaluation-report", "city-department", "xizang"],
  settings: { district: "昌都市", asOf: "2022-09-30" },
  sheets: [
    {
      name: "预算执行",
      widths: [30, 12, 12, 14, 10],
      rows: [
        ["昌都市宗教事务局2022年1-9月预算执行情况表（表据报告拟）", null, null, null, null],
        ["截至2022年9月30日", null, null, null, "单位：万元"],
        ["项目", "年初预算数", "调整预算数", "1-9月支出数", "执行率"],
        ["合计", 1691.0, 1736.6, 1343.07, "77.34%"],
        ["一、基本支出", 916.0, 941.6, 710.47, "75.45%"],
        ["  其中：人员经费", 820.0, 845.6, 640.32, "75.72%"],
        ["        公用经费", 96.0, 96.0, 70.15, "73.07%"],
        ["二、项目支出", 775.0, 795.0, 632.6, "79.57%"],
        ["  1.宗教活动场所维修补助", 120.0, 120.0, 30.0, "25.00%"],
        ["  2.宗教教职人员生活补贴", 580.0, 600.0, 560.0, "98.33%"],
        ["  3.宗教界人士培训经费", 15.0, 15.0, 0, "0.00%"],
        ["  4.民族团结进步创建经费", 60.0, 60.0, 42.6, "71.00%"],
        ["注：执行率=1-9月支出数/调整预算数；按序时进度，9月末应达到75%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:D2", "A13:E13"],
      numberFormats: { "B4:D12": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "预算执行",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { A: "line", B: "initialBudget", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "D9", why: "宗教活动场所维修补助 30.00 / 120.00 = 25.00% as of 2022-09-30, time progress 9/12 = 75%: 50 points behind" },
      { rule: "execution.no-spending", cell: "D11", why: "宗教界人士培训经费 15.00 budgeted, 0 spent by 2022-09-30" },
      { rule: "execution.rate-mismatch", cell: "E10", why: "宗教教职人员生活补贴 560.00 / 600.00 = 93.33%, typed 98.33%" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "D12", why: "民族团结进步创建经费 71.00% is 4 points under 75%: within the 5-point tolerance" },
      { rule: "execution.behind-schedule", cell: "D7", why: "公用经费 73.07%: within the tolerance" },
      { rule: "execution.total-mismatch", cell: "D4", why: "710.47 + 632.60 = 1,343.07; 其中 lines and projects are not added again" },
      { rule: "execution.total-mismatch", cell: "D5", why: "人员 640.32 + 公用 70.15 = 710.47" },
      { rule: "execution.total-mismatch", cell: "D8", why: "30.00 + 560.00 + 0 + 42.60 = 632.60" },
      { rule: "execution.total-mismatch", cell: "C4", why: "941.60 + 795.00 = 1,736.60; 年初 916.00 + 775.00 = 1,691.00" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "1,343.07 / 1,736.60 = 77.34%" },
      { rule: "execution.overspent", why: "no line above its adjusted budget" },
    ],
  },
};
