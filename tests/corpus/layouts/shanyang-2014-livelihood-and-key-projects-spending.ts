import type { CorpusLayout } from "../types";

// 商洛日报 2015-01-12: 山阳县's 2014 money for livelihood and key projects as the report lists it — 陕南移民搬迁配套 3739, 保障性住房配套 3372
// (both in the year-start budget), 新农村建设水泥 1774.29, 农业综合开发 330, 一事一议财政奖补 1268 (of 3721 invested, 农民筹资筹劳 2453),
// 重点镇建设 4000, 重大项目前期经费 1500, 产业发展基金 4000, 交通建设专项 1000 — as 序号 | 项目 | 金额 | 备注, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "shanyang-2014-livelihood-and-key-projects-spending",
  source: {
    title: "山阳县不断优化支出结构 着力保障和改善民生（2014年民生及重点项目资金安排表据报道拟）",
    url: "http://www.av069.com/xqzc/xianqudongtai/mszx/2015-01-12/272431.html",
    publisher: "商洛日报 — 商洛之窗（转载）",
    date: "2015-01-12",
    changes:
      "The report is prose; we built the table from it (title suffix 表据报道拟): its nine sums in its order, the 备注 from its own words (the " +
      "一事一议 projects' 3721 invested and 2453 raised by farmers, 104 projects in 23 towns). Planted: 合计 typed 20,938.29 where the nine " +
      "lines add up to 20,983.29 (two digits swapped).",
  },
  classes: [
    "composition", "allocation-by-purpose", "remark-column", "co-funding-in-remark", "total-at-foot", "two-decimal-wanyuan", "wanyuan-caption",
    "table-from-prose", "news-report", "county-fund", "shaanxi",
  ],
  settings: { district: "山阳县" },
  sheets: [
    {
      name: "资金安排",
      widths: [6, 30, 14, 46],
      rows: [
        ["山阳县2014年民生及重点项目资金安排情况（表据报道拟）", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "项目", "金额", "备注"],
        [1, "陕南移民搬迁配套", 3739, "列入年初预算"],
        [2, "保障性住房配套", 3372, "列入年初预算"],
        [3, "购买新农村建设水泥资金", 1774.29, "支持全县50个新农村建设"],
        [4, "农业综合开发产业化项目", 330, "漫川镇生猪养殖产业园区、法官镇有机茶观光园"],
        [5, "村级一事一议财政奖补", 1268, "项目104个，总投资3721万元，其中农民筹资筹劳2453万元"],
        [6, "重点镇建设专项资金", 4000, null],
        [7, "重大项目前期经费", 1500, null],
        [8, "工业、农业、旅游产业发展基金", 4000, "计划安排"],
        [9, "交通建设专项资金", 1000, null],
        ["合计", null, 20938.29, null],
        ["注：新增财力及民生支出两个80%政策。", null, null, null],
      ],
      merges: ["A1:D1", "A13:B13", "A14:D14"],
      numberFormats: { "C4:C13": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "资金安排", kind: "composition", unit: "万元", headerRow: 3, lastRow: 13, columns: { A: "code", B: "line", C: "amount" }, year: 2014 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C13", why: "合计 20,938.29 where 3739 + 3372 + 1774.29 + 330 + 1268 + 4000 + 1500 + 4000 + 1000 = 20,983.29: 45万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C8", why: "3721 and 2453 in the 备注 are the projects' investment and the farmers' share, not parts of 1268" },
      { rule: "composition.line-mismatch", cell: "C8", why: "the 备注's figures are no quantity × standard" },
      { rule: "composition.line-rounded", cell: "C6", why: "1774.29 is a two-decimal 万元 figure as reported" },
      { rule: "composition.total-mismatch", cell: "A14", why: "the note's 80% is a policy, not a line" },
    ],
  },
};
