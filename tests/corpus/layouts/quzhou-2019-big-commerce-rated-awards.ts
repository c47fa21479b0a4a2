import type { CorpusLayout } from "../types";

// 衢州市市场监督管理局 2020-04-13: the 2019 大商贸专项资金 awards for rated bodies of the city proper, five kinds of
// award each with the number of bodies, the money in all and 其中 the city's and 柯城区's shares. Laid out as the
// allocation table behind the notice: 单位数 beside the money, 合计 | 其中：市财政承担 | 柯城区财政承担 under one heading.
export const layout: CorpusLayout = {
  id: "quzhou-2019-big-commerce-rated-awards",
  source: {
    title: "关于下达2019年度大商贸专项资金评定类项目奖补资金的通知（衢州市市场监督管理局；分配表据正文拟）",
    url: "http://www.mp4baidu.com/index.php/Index/newsDeil/id/524",
    publisher: "衢州市市场监督管理局（转载）",
    date: "2020-04-13",
    changes:
      "The notice gives five awards in prose (一 to 五: 市场转型升级奖励, 扶优扶强小微企业奖励, 信用管理示范企业, 名特优食品作坊 / 亮化达标 " +
      "小微食品生产企业, 食品安全量化等级A级 / 农村家宴放心厨房 / 放心餐饮示范单位), each with its number of bodies, 财政奖励共计 and 其中 " +
      "市财政承担 / 柯城区财政承担. Laid out as the table behind it (序号 | 奖补项目 | 单位数（家） | 财政奖励（万元）: 合计 | 其中：市财政承担 | " +
      "柯城区财政承担); the counts and amounts are ours (the first award 150 where the notice has 170). Planted: the 合计 row's total " +
      "written 371, where the five awards add up to 361 and the city's and 柯城区's totals to 283.1 + 77.9 = 361.",
  },
  classes: [
    "composition", "allocation-by-award", "table-from-prose", "count-column", "qizhong-columns", "money-by-level", "row-total-column",
    "merged-money-header", "two-header-rows", "one-decimal-shares", "total-at-foot", "wanyuan-in-header", "signoff-line", "zhejiang",
  ],
  sheets: [
    {
      name: "分配表",
      widths: [6, 44, 12, 12, 16, 18],
      rows: [
        ["2019年度市本级大商贸专项资金评定类项目奖补资金分配表", null, null, null, null, null],
        ["序号", "奖补项目", "单位数（家）", "财政奖励（万元）", null, null],
        [null, null, null, "合计", "其中：市财政承担", "柯城区财政承担"],
        [1, "首次获得市场转型升级奖励", 3, 150, 105, 45],
        [2, "首次获得扶优扶强小微企业奖励", 2, 40, 34, 6],
        [3, "首次认定为浙江省信用管理示范企业", 6, 60, 52, 8],
        [4, "首次认定为浙江省名特优食品作坊、亮化达标小微食品生产企业", 14, 58, 49, 9],
        [5, "首次认定为食品安全量化等级A级、农村家宴放心厨房、浙江省放心餐饮示范单位", 53, 53, 43.1, 9.9],
        ["合计", null, 78, 371, 283.1, 77.9],
        ["衢州市市场监督管理局", null, null, null, null, "2020年4月13日"],
      ],
      merges: ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "A9:B9", "A10:E10"],
      numberFormats: { "D4:F9": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "line", C: "quantity", D: "amount", E: "amount:市财政", F: "amount:柯城区" },
        year: 2019,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D9",
        why: "合计 written 371.0; the awards add up to 150 + 40 + 60 + 58 + 53 = 361.0, and the row's shares to 283.1 + 77.9 = 361.0: 10.0万元 over",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E9", why: "105 + 34 + 52 + 49 + 43.1 = 283.1, as written" },
      { rule: "composition.total-mismatch", cell: "F9", why: "45 + 6 + 8 + 9 + 9.9 = 77.9, as written" },
      { rule: "composition.total-mismatch", cell: "D8", why: "43.1 + 9.9 = 53.0: the one-decimal shares add up exactly" },
      { rule: "composition.total-mismatch", cell: "D6", why: "52 + 8 = 60" },
      { rule: "composition.total-mismatch", cell: "C9", why: "单位数 3 + 2 + 6 + 14 + 53 = 78; a count, not money" },
      { rule: "composition.line-mismatch", why: "no line states a unit amount: 单位数 is a count beside the money, not a factor of it" },
      { rule: "composition.approved-mismatch", why: "the table states no approved budget apart from its own 合计" },
      { rule: "input.unreadable-value", why: "the sign-off line (衢州市市场监督管理局, 2020年4月13日) is not data" },
    ],
  },
};
