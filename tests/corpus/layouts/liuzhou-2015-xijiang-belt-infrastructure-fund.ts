import type { CorpusLayout } from "../types";

// 柳州晚报 2015-05: the 1亿元 of 自治区2015年财政专项资金 柳州 won for its 西江经济带基础设施建设大会战, named project by project
// (柳州港官塘作业区一期 5000万元 … 柳东物流中心 1000万元). Laid out as the 分配表 such a grant goes down with.
export const layout: CorpusLayout = {
  id: "liuzhou-2015-xijiang-belt-infrastructure-fund",
  source: {
    title: "柳州市西江经济带基础设施建设大会战获得自治区2015年财政专项资金1亿元（项目资金安排表据报道拟）",
    url: "https://www.yybnet.net/liuzhou/luzhai/201505/999062.html",
    publisher: "柳州晚报（鹿寨新闻转载）",
    date: "2015-05",
    changes:
      "As reported: the fund (自治区2015年财政专项资金, 1亿元 for 柳州's 西江经济带基础设施建设大会战) and its six projects by name " +
      "(柳州港官塘作业区一期工程, 柳州港鹿寨港区江口作业区一期工程, 落久水利枢纽工程, 鹿寨县古偿河水库工程, 柳东新区水厂（一期）工程, " +
      "柳州国家公路运输枢纽柳东物流中心项目). The report gives no table: the layout (序号 | 项目名称 | 建设地点 | 安排资金 | 备注 under " +
      "单位：万元, 合计 at the foot), the places and the sums are ours. Planted: the six lines add up to 10,200 against the 合计 10,000.",
  },
  classes: [
    "composition", "allocation-by-project", "place-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "remark-column",
    "signoff-line", "table-from-prose", "news-report", "city-fund", "guangxi",
  ],
  settings: { district: "柳州市" },
  sheets: [
    {
      name: "安排表",
      widths: [6, 40, 14, 14, 20],
      rows: [
        ["柳州市西江经济带基础设施建设大会战2015年自治区财政专项资金安排表", null, null, null, null],
        [null, null, null, "单位：万元", null],
        ["序号", "项目名称", "建设地点", "安排资金", "备注"],
        [1, "柳州港官塘作业区一期工程", "柳东新区", 4800, "续建"],
        [2, "柳州港鹿寨港区江口作业区一期工程", "鹿寨县", 600, "续建"],
        [3, "落久水利枢纽工程", "融水苗族自治县", 700, "续建"],
        [4, "鹿寨县古偿河水库工程", "鹿寨县", 2000, "新开工"],
        [5, "柳东新区水厂（一期）工程", "柳东新区", 1100, "续建"],
        [6, "柳州国家公路运输枢纽柳东物流中心项目", "柳东新区", 1000, "新开工"],
        ["合计", null, null, 10000, null],
        ["柳州市发展和改革委员会", null, null, null, "2015年5月"],
      ],
      merges: ["A1:E1", "D2:E2", "A10:C10", "A11:D11"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "安排表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "line", D: "amount" },
        year: 2015,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D10", why: "4,800 + 600 + 700 + 2,000 + 1,100 + 1,000 = 10,200, the 合计 says 10,000: 200万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "A10", why: "序号 1–6 are row numbers, not money" },
      { rule: "composition.approved-mismatch", why: "the workbook states no approved budget apart from its own 合计" },
      { rule: "input.unreadable-value", why: "续建 / 新开工 in 备注 and the sign-off line are text" },
    ],
  },
};
