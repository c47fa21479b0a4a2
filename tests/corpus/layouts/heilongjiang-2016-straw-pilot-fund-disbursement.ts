import type { CorpusLayout } from "../types";

// 黑龙江省农业委员会 2017-12-20 通报: how far the 2016 秸秆综合利用试点 money had been paid out by 2017-12-12 in the pilot counties
// of 哈尔滨 and 绥化 — 全部 / 基本 / 部分拨付到位 by county. Grid ours: 序号 | 市 (merged down) | 县（市、区） | 下达 | 已拨付 | 拨付进度 | 拨付情况.
export const layout: CorpusLayout = {
  id: "heilongjiang-2016-straw-pilot-fund-disbursement",
  source: {
    title: "黑龙江省农业委员会关于秸秆综合利用试点资金使用情况督导检查的通报（拨付情况表据通报拟）",
    url: "https://m.camda.cn/message/2017/55477.html",
    publisher: "黑龙江省农业委员会（中国农机流通协会网转载）",
    date: "2017-12-20",
    changes:
      "The notice sorts the pilot counties by how far their 2016 money was paid out by 2017-12-12: 全部拨付到位 (呼兰区, 松北区, 北林区, 绥棱县), " +
      "基本拨付到位 (巴彦县, 青冈县), 部分拨付到位 (双城区, 阿城区, 五常市, 宾县, 安达市, 兰西县, 肇东市). The grid is built from those sentences, the " +
      "notice's words kept in a 拨付情况 column; the sums sent down and paid are ours. Planted: the seven counties paid in part are far behind a " +
      "closed year (2016, measured at its end); 宾县's progress typed 65.00% where 550 / 1,000 = 55.00%.",
  },
  classes: ["execution", "disbursement-progress", "counties-as-lines", "city-merged-down", "text-status-column", "as-of-in-title", "past-year-fund", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "province-notice", "heilongjiang"],
  settings: { district: "黑龙江省", asOf: "2017-12-12" },
  sheets: [
    {
      name: "拨付情况",
      widths: [6, 10, 12, 12, 12, 12, 16],
      rows: [
        ["2016年秸秆综合利用试点资金拨付情况表", null, null, null, null, null, null],
        ["（截至2017年12月12日）", null, null, null, null, null, "单位：万元"],
        ["序号", "市", "县（市、区）", "下达资金", "已拨付资金", "拨付进度", "拨付情况"],
        [1, "哈尔滨市", "呼兰区", 1200, 1200, 1, "全部拨付到位"],
        [2, null, "松北区", 600, 600, 1, "全部拨付到位"],
        [3, null, "双城区", 1500, 900, 0.6, "部分拨付到位"],
        [4, null, "阿城区", 800, 420, 0.525, "部分拨付到位"],
        [5, null, "五常市", 1400, 980, 0.7, "部分拨付到位"],
        [6, null, "宾县", 1000, 550, 0.65, "部分拨付到位"],
        [7, null, "巴彦县", 1100, 1060, 0.9636, "基本拨付到位"],
        [8, "绥化市", "北林区", 900, 900, 1, "全部拨付到位"],
        [9, null, "绥棱县", 700, 700, 1, "全部拨付到位"],
        [10, null, "青冈县", 800, 776, 0.97, "基本拨付到位"],
        [11, null, "安达市", 1000, 610, 0.61, "部分拨付到位"],
        [12, null, "兰西县", 900, 450, 0.5, "部分拨付到位"],
        [13, null, "肇东市", 1300, 845, 0.65, "部分拨付到位"],
        ["合计", null, null, 13200, 9991, 0.7569, null],
        ["注：截至2017年12月31日仍未拨付的2016年秸秆综合利用资金，全部上缴省级财政。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:F2", "B4:B10", "B11:B16", "A17:C17", "A18:G18"],
      numberFormats: { "D4:E17": "#,##0", "F4:F17": "0.00%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拨付情况", kind: "execution", unit: "万元", headerRow: 3, lastRow: 17,
        columns: { B: "category", C: "line", D: "adjustedBudget", E: "actual", F: "rate" }, year: 2016,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "F6", why: "双城区 900 / 1,500 = 60.00% of a closed year's money (100% time progress)" },
      { rule: "execution.behind-schedule", cell: "F7", why: "阿城区 420 / 800 = 52.50% against 100%" },
      { rule: "execution.behind-schedule", cell: "F8", why: "五常市 980 / 1,400 = 70.00% against 100%" },
      { rule: "execution.behind-schedule", cell: "F9", why: "宾县 550 / 1,000 = 55.00% against 100%" },
      { rule: "execution.rate-mismatch", cell: "F9", why: "宾县 550 / 1,000 = 55.00%, typed 65.00%" },
      { rule: "execution.behind-schedule", cell: "F14", why: "安达市 610 / 1,000 = 61.00% against 100%" },
      { rule: "execution.behind-schedule", cell: "F15", why: "兰西县 450 / 900 = 50.00% against 100%" },
      { rule: "execution.behind-schedule", cell: "F16", why: "肇东市 845 / 1,300 = 65.00% against 100%" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "F10", why: "巴彦县 1,060 / 1,100 = 96.36%: 3.64 points short, within the tolerance" },
      { rule: "execution.behind-schedule", cell: "F13", why: "青冈县 776 / 800 = 97.00%, within the tolerance" },
      { rule: "execution.behind-schedule", cell: "F17", why: "a 合计 row gets no spending status of its own" },
      { rule: "execution.total-mismatch", cell: "D17", why: "the thirteen counties were sent 13,200" },
      { rule: "execution.total-mismatch", cell: "E17", why: "the thirteen counties paid 9,991" },
      { rule: "execution.rate-mismatch", cell: "F17", why: "9,991 / 13,200 = 75.69%" },
      { rule: "execution.rate-mismatch", cell: "F10", why: "1,060 / 1,100 = 96.36%" },
      { rule: "execution.no-spending", why: "every county has paid out part of its money" },
    ],
  },
};
