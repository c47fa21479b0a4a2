import type { CorpusLayout } from "../types";

// 长春市国资委 (吉林) 2016-10-27: the city's state enterprises' key projects in the first three quarters — projects started against plan
// and money invested against the year's plan, by enterprise, with 开复工率 beside the counts and 占年度计划% beside the money, 合计 at the
// foot and the time progress (75%) in a note; the report gives only the totals in its text.
export const layout: CorpusLayout = {
  id: "changchun-sasac-2016-q3-soe-project-investment-progress",
  source: {
    title: "长春市国资委出资企业前三季度重点工程建设成效明显（1—9月进展情况表据正文拟）",
    url: "http://ccgzw.changchun.gov.cn/gzjg/201610/t20161027_1164122.html",
    publisher: "长春市人民政府国有资产监督管理委员会",
    date: "2016-10-27",
    changes: "As published (in the report's text): the first three quarters of 2016, 52 projects started or resumed at a 79% rate, 90.5亿元 invested, 69% of the year's plan. Ours: the table by enterprise, the enterprises' names as lines, 66 planned projects (52 ÷ 66 = 78.8%, the report's 79%), the plan of 131.2亿元 (90.5 ÷ 131.2 = 69.0%) and every split. Planted: 水务's share typed 76.7% where 8.6 ÷ 12.0 = 71.7%; 热力 at 35.8% and 公交 at 67.2% are more than 5 points behind September's 75%; 城开 at 70.0% is exactly 5 points behind, not more.",
  },
  classes: ["execution", "investment-progress", "count-columns", "start-rate-column", "by-enterprise", "rates-as-text", "one-decimal-rates", "one-decimal-yiyuan", "units-in-caption", "total-at-foot", "notes-under-table", "table-from-prose", "state-assets", "city-level", "jilin"],
  settings: {"asOf": "2016-09-30", "district": "长春市"},
  sheets: [
    {
      name: "重点工程",
      widths: [6, 38, 14, 14, 10, 14, 14, 12],
      rows: [
        ["2016年市属出资企业重点工程项目建设进展情况表（1—9月）（表据正文拟）", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：个、亿元"],
        ["序号", "出资企业", "计划开复工项目", "已开复工项目", "开复工率", "年度计划投资", "1—9月完成投资", "占年度计划%"],
        [1, "长春市城市发展投资控股（集团）有限公司", 20, 16, "80.0%", 45.0, 33.0, "73.3%"],
        [2, "长春市轨道交通集团有限公司", 12, 10, "83.3%", 38.0, 27.0, "71.1%"],
        [3, "长春城市开发（集团）有限公司", 14, 11, "78.6%", 20.0, 14.0, "70.0%"],
        [4, "长春水务（集团）有限责任公司", 8, 6, "75.0%", 12.0, 8.6, "76.7%"],
        [5, "长春市热力（集团）有限责任公司", 7, 5, "71.4%", 9.5, 3.4, "35.8%"],
        [6, "长春公交（集团）有限责任公司", 5, 4, "80.0%", 6.7, 4.5, "67.2%"],
        ["合计", null, 66, 52, "78.8%", 131.2, 90.5, "69.0%"],
        ["注：截至9月末，时间进度为75%。开复工率＝已开复工项目÷计划开复工项目。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A10:B10", "A11:H11"],
      numberFormats: {"F4:G10": "0.0"},
    },
  ],
  expect: {
    tables: [
      {"sheet": "重点工程", "kind": "execution", "unit": "亿元", "headerRow": 3, "lastRow": 10, "columns": {"B": "line", "F": "adjustedBudget", "G": "actual", "H": "rate"}, "year": 2016},
    ],
    findings: [
      {"rule": "execution.rate-mismatch", "sheet": "重点工程", "cell": "H7", "why": "水务 占年度计划 76.7% where 8.6 ÷ 12.0 = 71.7%"},
      {"rule": "execution.behind-schedule", "sheet": "重点工程", "cell": "H8", "why": "热力 3.4 ÷ 9.5 = 35.8% against 9/12 = 75% as of 2016-09-30: 39.2 points behind"},
      {"rule": "execution.behind-schedule", "sheet": "重点工程", "cell": "H9", "why": "公交 4.5 ÷ 6.7 = 67.2% against 75%: 7.8 points behind"},
    ],
    absent: [
      {"rule": "execution.behind-schedule", "sheet": "重点工程", "cell": "H6", "why": "城开 14.0 ÷ 20.0 = 70.0%: exactly 5 points below 75%, not more"},
      {"rule": "execution.behind-schedule", "sheet": "重点工程", "cell": "H7", "why": "水务 at its true 71.7% is 3.3 points behind, within tolerance"},
      {"rule": "execution.behind-schedule", "sheet": "重点工程", "cell": "H10", "why": "the 合计 row never gets a status of its own (69.0% is its lines' sum)"},
      {"rule": "execution.rate-mismatch", "sheet": "重点工程", "cell": "E4", "why": "开复工率 is a count of projects started, no money rate (16 ÷ 20 = 80.0% anyway)"},
      {"rule": "execution.rate-mismatch", "sheet": "重点工程", "cell": "H10", "why": "合计 90.5 ÷ 131.2 = 69.0%"},
      {"rule": "execution.total-mismatch", "sheet": "重点工程", "cell": "F10", "why": "45.0 + 38.0 + 20.0 + 12.0 + 9.5 + 6.7 = 131.2"},
      {"rule": "execution.total-mismatch", "sheet": "重点工程", "cell": "G10", "why": "33.0 + 27.0 + 14.0 + 8.6 + 3.4 + 4.5 = 90.5"},
      {"rule": "execution.total-mismatch", "sheet": "重点工程", "cell": "C10", "why": "project counts 66 and 52 are counts, and add up anyway"},
      {"rule": "execution.overspent", "why": "no enterprise has invested above its year's plan"},
      {"rule": "input.unreadable-value", "sheet": "重点工程", "cell": "A11", "why": "the note under the table is no line"},
    ],
  },
};
