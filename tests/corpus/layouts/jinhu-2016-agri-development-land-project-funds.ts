import type { CorpusLayout } from "../types";

// 金湖县 (淮安市, 江苏) 2016年度第一批国家农业综合开发土地治理项目: 2,295万元 in all (财政资金 2,250, 农民自筹 45) over 4 villages of
// 闵桥 and 银涂 towns, 1.5万亩 of high-standard farmland, as 0517网 reports it after the 财政部江苏专员办 performance review.
export const layout: CorpusLayout = {
  id: "jinhu-2016-agri-development-land-project-funds",
  source: {
    title: "金湖县2016年度第一批国家农业综合开发土地治理项目通过绩效评价（项目资金构成表据正文拟）",
    url: "http://www.jshuaian.cn/huaian/32701.html",
    publisher: "0517网（淮安）",
    date: "2016-09",
    changes:
      "The report gives the project's totals in prose: 计划总投资2295万元，其中财政资金2250万元、农民自筹45万元; 闵桥、银涂2个镇4个村; " +
      "高标准农田1.5万亩. The table (序号 | 项目镇 | 项目村 | 高标准农田（万亩） | 总投资 | 财政资金 | 农民自筹, the town merged down, 合计 " +
      "at the foot, 单位：万元) is laid out from it; the village names and the split by village are ours, the totals are the report's. " +
      "Planted: 闵桥镇姚河村 总投资 typed 621 where 600 + 12 = 612, and the 合计 carries it (2,304 typed).",
  },
  classes: ["composition", "part-columns", "total-across", "quantity-column", "town-merged-down", "slip-carried-into-foot", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "jiangsu"],
  settings: { district: "金湖县" },
  sheets: [
    {
      name: "项目资金构成",
      widths: [6, 12, 12, 16, 12, 12, 12],
      rows: [
        ["金湖县2016年度第一批国家农业综合开发土地治理项目资金构成表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目镇", "项目村", "高标准农田（万亩）", "总投资", "财政资金", "农民自筹"],
        [1, "闵桥镇", "陈桥村", 0.4, 612, 600, 12],
        [2, null, "姚河村", 0.4, 621, 600, 12],
        [3, "银涂镇", "银涂村", 0.35, 530, 520, 10],
        [4, null, "双涂村", 0.35, 541, 530, 11],
        ["合计", null, null, 1.5, 2304, 2250, 45],
        ["注：项目新建和拆建泵站58座、渠系建筑物247座，防渗渠道3.79公里，机耕路32.91公里。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "B4:B5", "B6:B7", "A8:C8", "A9:G9"],
      numberFormats: { "D4:D8": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目资金构成",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 8,
        columns: { C: "line", D: "quantity", E: "amount", F: "amount:财政资金", G: "amount:农民自筹" },
        year: 2016,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E5", why: "姚河村 总投资 621, but 财政资金 600 + 农民自筹 12 = 612 (9 apart, digits swapped)" },
      { rule: "composition.total-mismatch", cell: "E8", why: "合计 row: 总投资 2,304 (= 612 + 621 + 530 + 541 as typed), but its parts across are 2,250 + 45 = 2,295" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F8", why: "财政资金 600 + 600 + 520 + 530 = 2,250" },
      { rule: "composition.total-mismatch", cell: "G8", why: "农民自筹 12 + 12 + 10 + 11 = 45" },
      { rule: "composition.total-mismatch", cell: "E4", why: "600 + 12 = 612; row 6: 520 + 10 = 530; row 7: 530 + 11 = 541" },
      { rule: "composition.total-mismatch", cell: "D8", why: "0.40 + 0.40 + 0.35 + 0.35 = 1.50万亩, a quantity" },
      { rule: "composition.line-mismatch", why: "no unit amount column: 万亩 is not priced" },
      { rule: "input.unreadable-value", cell: "A9", why: "the note under the table" },
    ],
  },
};
