import type { CorpusLayout } from "../types";

// 泸西县财政局 2019-12-23: spending progress and unspent balances of the county's integrated agricultural money by the
// bodies that carry out the projects — county departments and townships under two outline headings with their own
// subtotals, 支出进度 beside 结余率 (two percentage columns), as of 2019-12-18 (in the title).
export const layout: CorpusLayout = {
  id: "luxi-2019-integrated-agri-funds-progress",
  source: {
    title: "关于2018—2019年12月财政涉农整合资金结余情况的通报（二、2019年项目实施单位支出进度及资金结余情况；表据正文拟）",
    url: "https://www.hhlx.gov.cn/info/2861/221921.htm",
    publisher: "泸西县财政局",
    date: "2019-12-23",
    changes:
      "The publication gives the figures in prose (截至2019年12月18日; 部门支出 / 乡镇支出 with their 支出进度; each department's and " +
      "township's 支出进度 from highest to lowest; 结余 and 结余率 by 部门 and 乡镇). Laid out here as the table such a 通报 carries: " +
      "序号 | 项目实施单位 | 下达资金 | 已支出 | 支出进度 | 结余资金 | 结余率, 一、县级部门 / 二、乡镇 with their subtotals, a 合计 and a " +
      "note. The units' names are the publication's (seven of nine departments, six of eight townships kept); every amount is " +
      "ours and the rates follow from them. Planted: 县交通运输局 states 94.50% where 1,156.25 / 1,250.00 = 92.50%; the 乡镇 " +
      "subtotal states 已支出 6,760.89 where its townships add up to 6,740.89.",
  },
  classes: [
    "execution", "by-implementing-body", "outline-numbering", "subtotals", "as-of-in-title", "rates-as-text",
    "balance-rate-column", "year-end-pace", "wanyuan-caption", "notes-under-table", "yunnan",
  ],
  sheets: [
    {
      name: "支出进度",
      widths: [6, 26, 12, 12, 10, 12, 10],
      rows: [
        ["泸西县2019年财政涉农整合资金项目实施单位支出进度及结余情况表", null, null, null, null, null, null],
        ["（截至2019年12月18日）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目实施单位", "下达资金", "已支出", "支出进度", "结余资金", "结余率"],
        ["一", "县级部门", 9918.2, 8843.53, "89.16%", 1074.67, "10.84%"],
        [1, "县文旅局", 186.4, 186.4, "100.00%", 0, "0.00%"],
        [2, "县教育体育局", 942.8, 942.8, "100.00%", 0, "0.00%"],
        [3, "县水利局", 2315.6, 2240.11, "96.74%", 75.49, "3.26%"],
        [4, "县财政局", 608.2, 577.67, "94.98%", 30.53, "5.02%"],
        [5, "县交通运输局", 1250, 1156.25, "94.50%", 93.75, "7.50%"],
        [6, "县农业农村和科学技术局", 3486.5, 2802.8, "80.39%", 683.7, "19.61%"],
        [7, "县扶贫办", 1128.7, 937.5, "83.06%", 191.2, "16.94%"],
        ["二", "乡镇", 7712.2, 6760.89, "87.66%", 951.31, "12.34%"],
        [1, "向阳乡", 1364.2, 1300.22, "95.31%", 63.98, "4.69%"],
        [2, "午街铺镇", 1582.4, 1486.98, "93.97%", 95.42, "6.03%"],
        [3, "白水镇", 1096.8, 1011.03, "92.18%", 85.77, "7.82%"],
        [4, "旧城镇", 1248.6, 1051.07, "84.18%", 197.53, "15.82%"],
        [5, "永宁乡", 987.3, 810.18, "82.06%", 177.12, "17.94%"],
        [6, "金马镇", 1432.9, 1081.41, "75.47%", 351.49, "24.53%"],
        ["合计", null, 17630.4, 15604.42, "88.51%", 2025.98, "11.49%"],
        ["注：支出进度=已支出/下达资金；结余率=结余资金/下达资金。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:G2", "A20:B20", "A21:G21"],
      numberFormats: { "C5:D20": "#,##0.00", "F5:F20": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出进度",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 20,
        columns: { B: "line", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E10", why: "县交通运输局: 1,156.25 / 1,250.00 = 92.50%, stated 94.50%" },
      {
        rule: "execution.total-mismatch",
        cell: "D13",
        why: "二、乡镇 states 已支出 6,760.89; 1,300.22 + 1,486.98 + 1,011.03 + 1,051.07 + 810.18 + 1,081.41 = 6,740.89 (20.00万元 too much)",
      },
      { rule: "execution.behind-schedule", cell: "D11", why: "80.39% at 2019-12-18, more than 5 points below the time elapsed (over 91% of the year whether counted by months or days)" },
      { rule: "execution.behind-schedule", cell: "D12", why: "83.06% at 2019-12-18: more than 5 points behind" },
      { rule: "execution.behind-schedule", cell: "D17", why: "84.18% at 2019-12-18: more than 5 points behind" },
      { rule: "execution.behind-schedule", cell: "D18", why: "82.06% at 2019-12-18: more than 5 points behind" },
      { rule: "execution.behind-schedule", cell: "D19", why: "75.47% at 2019-12-18: more than 5 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D5", why: "一、县级部门 8,843.53 = its seven departments" },
      { rule: "execution.total-mismatch", cell: "C13", why: "二、乡镇 下达 7,712.20 = its six townships" },
      {
        rule: "execution.total-mismatch",
        cell: "D20",
        why: "合计 = 一 + 二 as stated (8,843.53 + 6,760.89 = 15,604.42); the units are not added again; the error inside 二 is reported at D13",
      },
      { rule: "execution.rate-mismatch", cell: "E13", why: "87.66% = the stated 6,760.89 / 7,712.20; the error is the subtotal's, reported at D13" },
      { rule: "execution.rate-mismatch", cell: "G8", why: "结余率 3.26% = 75.49 / 2,315.60: a share left unspent, not the execution rate" },
      { rule: "execution.rate-mismatch", cell: "G11", why: "结余率 19.61% = 683.70 / 3,486.50" },
      { rule: "execution.behind-schedule", cell: "D8", why: "96.74%: within 5 points of the time elapsed however it is counted" },
      { rule: "execution.behind-schedule", cell: "D6", why: "100.00%: all spent" },
      { rule: "execution.overspent", why: "no unit has spent more than it received" },
      { rule: "execution.no-spending", why: "every unit has spent" },
      { rule: "input.unreadable-value", why: "the outline numbers 一 / 二 and the note are not amounts" },
    ],
  },
};
