import type { CorpusLayout } from "../types";

// 贵港市人民政府办公室 2021-12-24: the city's 旅游发展专项资金 renamed 文化旅游发展专项资金 and its awards adjusted — brands the region already
// rewards get nothing more from the city; new 5A / 4A 景区, 四星级饭店, 五星 / 四星 乡村旅游区 and 农家乐 are paid from the city's fund; an
// annex, 贵港市文化旅游发展专项资金奖励一览表, lists the awards. Laid out as that 一览表 and the year's award list under it.
export const layout: CorpusLayout = {
  id: "guigang-2021-culture-tourism-fund-awards",
  source: {
    title: "贵港市人民政府办公室关于调整贵港市旅游发展专项资金奖励政策的通知（附件：贵港市文化旅游发展专项资金奖励一览表）",
    url: "https://www.chacewang.com/newsdetail/news2405.html",
    publisher: "贵港市人民政府办公室",
    date: "2021-12-24",
    changes:
      "As published: the notice's clauses (一 no second award for brands the region rewards — 国家全域旅游示范区, 全国旅游标准化示范县, 广西全域旅游示范区; " +
      "二 and 三 the brands paid from the city's fund, in the notice's order) and the annex's title. The stored copy does not show the annex: its " +
      "columns (序号 | 奖励类别 | 奖励项目 | 奖励标准 | 依据条款), each standard's amount and the second sheet (2022年度贵港市文化旅游发展专项资金奖励名单) " +
      "are ours: units and figures invented. Planted: a 3A景区 at 15 over the 10万元 standard; 桂平金田大酒店 listed twice for its 四星级饭店 award; the " +
      "no-second-award clause has no amount (as published).",
  },
  classes: ["catalog", "register", "prose-caps", "fixed-cap", "category-merged-down", "no-award-clause", "unreadable-standard", "two-sheets", "item-column", "no-credit-codes", "counties-as-places", "wanyuan-in-header", "total-at-foot", "guangxi"],
  settings: { district: "贵港市" },
  sheets: [
    {
      name: "奖励一览表",
      widths: [6, 14, 44, 40, 12],
      rows: [
        ["贵港市文化旅游发展专项资金奖励一览表", null, null, null, null],
        ["序号", "奖励类别", "奖励项目", "奖励标准", "依据条款"],
        [1, "旅游景区", "国家AAAAA级旅游景区", "对新评定的单位一次性奖励200万元", "第二条"],
        [2, null, "国家AAAA级旅游景区", "对新评定的单位一次性奖励50万元", "第二条"],
        [3, null, "国家AAA级旅游景区", "对新评定的单位一次性奖励10万元", "第三条"],
        [4, "旅游饭店", "四星级饭店", "对新评定的单位一次性奖励20万元", "第二条"],
        [5, null, "三星级饭店", "对新评定的单位一次性奖励5万元", "第三条"],
        [6, "乡村旅游", "广西五星级乡村旅游区", "对新评定的单位一次性奖励20万元", "第二条"],
        [7, null, "广西四星级乡村旅游区", "对新评定的单位一次性奖励10万元", "第二条"],
        [8, null, "广西三星级乡村旅游区", "对新评定的单位一次性奖励5万元", "第三条"],
        [9, null, "广西五星级农家乐", "对新评定的单位一次性奖励5万元", "第二条"],
        [10, null, "广西四星级农家乐", "对新评定的单位一次性奖励3万元", "第二条"],
        [11, "其他", "列入自治区旅游发展专项资金奖励的旅游品牌（国家全域旅游示范区、全国旅游标准化示范县、广西全域旅游示范区）", "市级文化旅游发展专项资金不再重复奖励", "第一条"],
      ],
      merges: ["A1:E1", "B3:B5", "B6:B7", "B8:B12"],
    },
    {
      name: "奖励名单",
      widths: [6, 14, 32, 24, 16],
      rows: [
        ["2022年度贵港市文化旅游发展专项资金奖励名单", null, null, null, null],
        ["序号", "县（市、区）", "单位名称", "奖励项目", "奖励金额（万元）"],
        [1, "港北区", "贵港市龙潭森林旅游有限公司", "国家AAAA级旅游景区", 50],
        [2, "港南区", "贵港港南东津古镇文旅有限公司", "国家AAA级旅游景区", 10],
        [3, "覃塘区", "覃塘荷美覃塘景区管理有限公司", "国家AAA级旅游景区", 15],
        [4, "平南县", "平南北帝山旅游开发有限公司", "国家AAAA级旅游景区", 50],
        [5, "桂平市", "桂平西山风景区管理有限公司", "国家AAAAA级旅游景区", 200],
        [6, "桂平市", "桂平金田大酒店有限公司", "四星级饭店", 20],
        [7, "港北区", "贵港园博园乡村旅游区管理有限公司", "广西五星级乡村旅游区", 20],
        [8, "平南县", "平南大安古镇农家乐", "广西四星级农家乐", 3],
        [9, "港南区", "港南湛江镇荷塘乡村旅游区", "广西三星级乡村旅游区", 5],
        [10, "桂平市", "桂平金田大酒店有限公司", "四星级饭店", 20],
        ["合计", null, null, null, 393],
      ],
      merges: ["A1:E1", "A13:D13"],
      numberFormats: { "E3:E13": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励一览表", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 13, columns: { A: "code", B: "category", C: "item", D: "standard", E: "document" } },
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "place", C: "enterprise", D: "item", E: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "奖励一览表", cell: "D13", why: "不再重复奖励: no amount, rate or maximum" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "E5", why: "国家AAA级旅游景区 is a fixed 10万元; 15.00 proposed: 5.00 over" },
      { rule: "register.duplicate", sheet: "奖励名单", cell: "E12", why: "桂平金田大酒店有限公司 again under 四星级饭店 in 2022; first at row 8" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "奖励一览表", cell: "D3", why: "一次性奖励200万元: a fixed amount" },
      { rule: "catalog.unreadable-standard", sheet: "奖励一览表", cell: "D12", why: "一次性奖励3万元" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "E7", why: "5A 200.00 is the standard" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "E13", why: "合计 393.00 is not an award (= 50 + 10 + 15 + 50 + 200 + 20 + 20 + 3 + 5 + 20)" },
      { rule: "register.duplicate", sheet: "奖励名单", cell: "E6", why: "two 3A rows are two different units" },
      { rule: "register.ineligible-location", why: "港北区, 港南区, 覃塘区, 平南县 and 桂平市 are the five counties and districts of 贵港市" },
      { rule: "cap.unknown-policy", why: "every 奖励项目 names a row of the 一览表" },
      { rule: "input.unreadable-value", why: "依据条款 (第二条) cites clauses, it is no amount" },
    ],
  },
};
