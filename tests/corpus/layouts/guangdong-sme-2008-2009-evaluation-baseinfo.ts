import type { CorpusLayout } from "../types";

// 2008-2009年省中小企业发展专项资金绩效评价基础信息汇总表（服务体系项目类）: one row per funded project,
// four header rows (section groups | fields | source-of-funds sub-columns | a "1/0" legend under the
// yes/no columns), the 合计 row first, money by source (省财政资金 计划安排/实际到位/实际支出, 地方财政,
// 自筹资金), yes/no flags as 1/0, a year column and service counts; no unit stated.
export const layout: CorpusLayout = {
  id: "guangdong-sme-2008-2009-evaluation-baseinfo",
  source: {
    title: "2008-2009年省中小企业发展专项资金绩效评价基础信息汇总表（服务体系项目类）（附件2）",
    url: "http://fsou.com/html/text/lar/172583/17258329_2.html",
    publisher: "广东省 (provincial notice on the performance evaluation of the SME development fund; text on fsou.com)",
    date: "2010",
    changes:
      "Title, the 地级以上市主管部门（盖章）/ 财政部门（盖章） line, the four header rows (项目基本情况 | 项目资金情况 | 项目组织情况 | 项目绩效情况; " +
      "the fields; 计划安排 | 实际到位 | 实际支出 … 计划 | 实际; the 1/0 legend) and the 合计 row directly under them as published. " +
      "Columns cut to fit: of 项目组织情况 we keep 省财政资金是否专账核算, 资金是否按项目申报计划范围支付, 是否开工, 是否完工, 是否已结题、审核或验收 " +
      "(dropping 进度有无推迟, 有无调整, 调整是否有报批手续, 有无成立项目管理小组, 有无制定项目管理办法), of 项目绩效情况 only 服务企业数（家）. " +
      "The published form is blank: eight projects in four cities, their figures and the 合计 are ours, and the 填表人 line " +
      "is the one the notice prints under its annexes. No unit is stated (none in the publication). Planted: 江门市中小企业信息服务 " +
      "spent 66.5 of a 60 plan (and 60 received); 江门市创业孵化服务中心 spent half its plan; 清远市公共技术服务平台 received " +
      "and spent nothing; 省财政 实际支出 合计 385.3 while the projects add up to 375.3.",
  },
  classes: ["execution", "source-of-funds-groups", "four-header-rows", "total-row-first", "yes-no-flags", "year-column", "count-columns", "no-unit-stated", "signoff-line"],
  settings: { asOf: "2010-10-31" },
  sheets: [
    {
      name: "附件2",
      widths: [5, 8, 30, 8, 10, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 7, 7, 9, 8, 8],
      rows: [
        ["附件2：", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
        ["2008-2009年省中小企业发展专项资金绩效评价基础信息汇总表", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
        ["（服务体系项目类）", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
        ["地级以上市主管部门（盖章）：", null, null, null, null, null, null, null, null, null, "财政部门（盖章）：", null, null, null, null, null, null, null, null, null],
        ["项目基本情况", null, null, null, null, "项目资金情况", null, null, null, null, null, null, null, "项目组织情况", null, null, null, null, "项目绩效情况", null],
        [
          "序号", "地区", "项目承担单位", "是否重点项目（企业）", "省财政资金安排年度", "省财政资金", null, null, "地方财政", null, "自筹资金", null, null,
          "省财政资金是否专账核算", "资金是否按项目申报计划范围支付", "是否开工", "是否完工", "是否已结题、审核或验收", "服务企业数（家）", null,
        ],
        [null, null, null, null, null, "计划安排", "实际到位", "实际支出", "实际到位", "实际支出", "计划投入", "实际到位", "实际支出", null, null, null, null, null, "计划", "实际"],
        [null, null, null, "1/0", null, null, null, null, null, null, null, null, null, "1/0", "1/0", "1/0", "1/0", "1/0", null, null],
        ["合计", null, null, null, null, 440, 395, 385.3, 210, 180, 295, 280, 257.6, null, null, null, null, null, 1440, 1348],
        [1, "佛山市", "佛山市中小企业服务中心", 1, 2008, 80, 80, 78.5, 40, 40, 60, 60, 58, 1, 1, 1, 1, 1, 300, 326],
        [2, "佛山市", "佛山市南海区生产力促进中心", 0, 2009, 50, 50, 49.2, 20, 20, 30, 30, 30, 1, 1, 1, 1, 0, 150, 120],
        [3, "江门市", "江门市中小企业信息服务有限公司", 1, 2008, 60, 60, 66.5, 30, 30, 40, 40, 40, 1, 0, 1, 1, 1, 200, 214],
        [4, "江门市", "江门市创业孵化服务中心", 0, 2009, 40, 40, 20, 20, 10, 20, 20, 12, 1, 1, 1, 0, 0, 120, 68],
        [5, "肇庆市", "肇庆市中小企业融资担保服务中心", 1, 2009, 100, 100, 97, 50, 50, 80, 80, 78, 1, 1, 1, 1, 1, 400, 415],
        [6, "肇庆市", "肇庆市企业培训服务有限公司", 0, 2008, 30, 30, 30, 15, 15, 20, 20, 20, 1, 1, 1, 1, 1, 100, 108],
        [7, "清远市", "清远市中小企业公共技术服务平台", 0, 2009, 45, 0, 0, 20, 0, 25, 10, 0, 0, 0, 0, 0, 0, 80, 0],
        [8, "清远市", "清远市企业管理咨询服务中心", 0, 2008, 35, 35, 34.1, 15, 15, 20, 20, 19.6, 1, 1, 1, 1, 1, 90, 97],
        ["填表人签名：", null, null, null, null, null, null, null, "联系电话：", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: [
        "A2:T2", "A3:T3", "A4:J4", "K4:T4", "A5:E5", "F5:M5", "N5:R5", "S5:T5",
        "A6:A7", "B6:B7", "C6:C7", "D6:D7", "E6:E7", "F6:H6", "I6:J6", "K6:M6", "N6:N7", "O6:O7", "P6:P7", "Q6:Q7", "R6:R7", "S6:T6",
        "A9:E9",
      ],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件2",
        kind: "execution",
        headerRow: 5,
        lastRow: 17,
        columns: { C: "line", E: "year", F: "adjustedBudget", H: "actual" },
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "H9",
        why: "省财政资金 实际支出 合计 385.3; the projects 78.5 + 49.2 + 66.5 + 20 + 97 + 30 + 0 + 34.1 = 375.3 (10.0 less)",
      },
      { rule: "execution.overspent", cell: "H12", why: "江门市中小企业信息服务: 省财政资金 spent 66.5 against a plan of 60 (110.8%)" },
      {
        rule: "execution.behind-schedule",
        cell: "H13",
        why: "江门市创业孵化服务中心 (2009): 20 / 40 = 50.0% of its plan as of 2010-10-31, when the year's time progress is 100%: 50 points behind",
      },
      { rule: "execution.no-spending", cell: "H16", why: "清远市公共技术服务平台 (2009): a plan of 45, nothing spent by 2010-10-31" },
    ],
    absent: [
      { rule: "execution.total-mismatch", why: "every other 合计 adds up: 440, 395, 210, 180, 295, 280, 257.6; 服务企业数 1,440 and 1,348 are counts" },
      { rule: "execution.overspent", why: "no other project spends above its plan; 服务企业数 实际 above 计划 (326 of 300) is a count, not spending" },
      {
        rule: "execution.behind-schedule",
        why: "every other project spent 97% or more of its 省财政 plan (98.1, 98.4, 97.0, 100.0, 97.4), of its 地方财政 receipts 100% and of its 自筹 plan 96.7% or more; 服务企业数 120 of 150 is a count",
      },
      { rule: "execution.no-spending", why: "every other project has spending" },
      { rule: "input.unreadable-value", why: "the 1/0 row is the legend of the yes/no columns, not data; 1/0 flags are numbers" },
      { rule: "execution.rate-mismatch", why: "the form states no rates" },
    ],
  },
};
