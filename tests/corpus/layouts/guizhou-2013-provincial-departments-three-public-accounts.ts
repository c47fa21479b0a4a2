import type { CorpusLayout } from "../types";

// 贵州 2014: 68 provincial departments published their 2013 final accounts and “三公” spending; the report names the five largest
// (公安厅交通管理局, 工商行政管理系统, 地方税务局, 交通运输厅, 监狱管理局, together about 2.69亿元), the 外事办 among those spending most abroad,
// and 省红会's 接待费 under 1万元. Laid out as a summary by department: 序号 | 部门 | 合计 | 因公出国（境）费 | 公务用车购置及运行费 | 公务接待费.
export const layout: CorpusLayout = {
  id: "guizhou-2013-provincial-departments-three-public-accounts",
  source: {
    title: "贵州省68个省级部门公开“三公经费” 省红会接待费不足万元（部门汇总表据正文拟）",
    url: "https://guiyang.baogaosu.com/xinwen/%E8%B4%B5%E5%B7%9E%E7%9C%81%E8%B4%B5%E5%B7%9E%E7%9C%8168%E4%B8%AA%E7%9C%81%E7%BA%A7%E9%83%A8%E9%97%A8%E5%85%AC%E5%BC%80/25691959",
    publisher: "贵阳（新闻转载）",
    date: "2014-10",
    changes:
      "As published: the year, the departments named and their order (the five largest, 外事办公室, 红十字会), that the car line is the largest " +
      "of the three and that 红十字会's 接待费 is under 1万元. The stored copy is a news report: the table, the selection (7 of 68) and every " +
      "figure are ours. Planted: 地方税务局's 合计 typed 5,384.04 where its three lines add to 5,348.04 — so the 合计 column's foot (27,286.02, " +
      "the right sum of the right figures) also misses the departments' 合计 as typed.",
  },
  classes: ["execution", "three-public", "final-account", "departments-as-lines", "parts-across", "row-total-first", "total-at-foot", "no-budget-column", "wanyuan-caption", "table-from-prose", "news-report", "provincial-fund", "guizhou"],
  settings: { district: "贵州省", asOf: "2014-10-27" },
  sheets: [
    {
      name: "三公经费汇总",
      widths: [6, 30, 14, 16, 20, 14],
      rows: [
        ["2013年度贵州省省级部门财政拨款“三公”经费支出决算汇总表（摘录）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "部门", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"],
        [1, "贵州省公安厅交通管理局", 10035.22, 12.4, 9436.52, 586.3],
        [2, "贵州省工商行政管理局", 6027.39, 8.6, 4812.35, 1206.44],
        [3, "贵州省地方税务局", 5384.04, 15.2, 3980.66, 1352.18],
        [4, "贵州省交通运输厅", 3080.52, 21.35, 2410.27, 648.9],
        [5, "贵州省监狱管理局", 2457.16, 0, 2205.8, 251.36],
        [6, "贵州省外事办公室", 329.92, 186.42, 48.2, 95.3],
        [7, "贵州省红十字会", 7.77, 0, 6.85, 0.92],
        ["合计", null, 27286.02, 243.97, 22900.65, 4141.4],
        ["注：公安厅交通管理局含11个二级预算单位，公务用车购置费含执勤执法车辆购置尾款。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A11:B11", "A12:F12"],
      numberFormats: { "C4:F11": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费汇总",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "line", C: "actual", D: "actual:因公出国（境）费", E: "actual:公务用车购置及运行费", F: "actual:公务接待费" },
        year: 2013,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C6", why: "地方税务局 合计 5,384.04; its lines across 15.20 + 3,980.66 + 1,352.18 = 5,348.04 (36.00 more)" },
      { rule: "execution.total-mismatch", cell: "C11", why: "合计 column's foot 27,286.02; the departments' 合计 as typed add to 27,322.02 (36.00 less)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D11", why: "因公出国 243.97 = 12.40 + 8.60 + 15.20 + 21.35 + 0 + 186.42 + 0" },
      { rule: "execution.total-mismatch", cell: "E11", why: "公务用车 22,900.65 is its seven lines' sum" },
      { rule: "execution.total-mismatch", cell: "F11", why: "公务接待 4,141.40 is its seven lines' sum" },
      { rule: "execution.total-mismatch", cell: "C4", why: "10,035.22 = 12.40 + 9,436.52 + 586.30" },
      { rule: "execution.no-spending", why: "no budget column: 0 spent abroad by 监狱管理局 and 红十字会 is no unspent budget" },
      { rule: "execution.overspent", why: "no budget column" },
      { rule: "execution.behind-schedule", why: "三公经费 lines are ceilings, and no budget is given" },
    ],
  },
};
