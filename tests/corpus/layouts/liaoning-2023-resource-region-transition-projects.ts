import type { CorpusLayout } from "../types";

// 辽宁省发展和改革委员会 2023-07-11: the projects proposed for the 2023 省资源型地区转型发展专项资金 investment plan after a third
// party's review (辽发改振兴字〔2023〕17号) — seventeen projects of 抚顺、阜新、朝阳、本溪、辽阳、盘锦, from studies of the 西露天矿 to
// resettlement housing, roads and a school. The notice numbers them in prose; laid out as the plan table such a 公示 annexes.
export const layout: CorpusLayout = {
  id: "liaoning-2023-resource-region-transition-projects",
  source: {
    title: "关于拟下达2023年省资源型地区转型发展专项资金投资计划的公示（项目据正文拟表）",
    url: "https://www.chacewang.com/newsdetail/news375240.html",
    publisher: "辽宁省发展和改革委员会",
    date: "2023-07-11",
    changes:
      "As published: the projects' names (twelve of the seventeen, in the notice's order) and the cities they name. Ours: the table form " +
      "(序号 | 市 | 项目名称 | 拟安排资金（万元）, 合计 at the foot, a 其中 line splitting studies from works), every amount, and the " +
      "note. Planted: the 合计 written 9,650 where the twelve projects add up to 9,560.",
  },
  classes: ["composition", "allocation-by-project", "cities-as-places", "province-wide-list", "qizhong-lines-partial", "table-from-prose", "whole-wanyuan", "total-at-foot", "notes-under-table", "wanyuan-in-header", "liaoning"],
  settings: { asOf: "2023-07-14" },
  sheets: [
    {
      name: "投资计划",
      widths: [6, 10, 70, 16],
      rows: [
        ["2023年省资源型地区转型发展专项资金拟安排项目表", null, null, null],
        ["序号", "市", "项目名称", "拟安排资金（万元）"],
        [1, "抚顺市", "西露天矿综合治理玄武岩资源回收利用研究", 120],
        [2, "抚顺市", "以西露天矿综合治理与整合利用推动城市转型专题研究", 80],
        [3, "抚顺市", "以海州露天矿综合治理与整合利用推动城市转型专题研究", 80],
        [4, "朝阳市", "北票市资源枯竭城市经济转型研究", 60],
        [5, "朝阳市", "北票市采煤沉陷区黄杖子安置区一期工程", 1800],
        [6, "阜新市", "清河门区采沉安置小区（一期）工程", 1500],
        [7, "朝阳市", "朝阳市龙城区采煤沉陷区避险搬迁项目", 1200],
        [8, "本溪市", "本溪市滨河南路维修改造（小堡岗至彩屯桥）工程", 900],
        [9, "朝阳市", "北票市采煤沉陷区台吉区域基础设施配套项目", 1100],
        [10, "辽阳市", "辽阳市弓长岭区独立工矿区老旧小区基础设施改造工程", 950],
        [11, "盘锦市", "盘锦市盘山县独立工矿区东郭街道老旧小区及配套市政基础设施改造项目", 870],
        [12, "本溪市", "本溪市重点采煤沉陷区太子河北岸基础设施建设项目", 900],
        ["合计", null, null, 9650],
        [null, null, "其中：转型研究类项目", 340],
        ["注：公示期自发布之日起3天。项目单位据投资计划下达后组织实施。", null, null, null],
      ],
      merges: ["A1:D1", "A15:C15", "A17:D17"],
      numberFormats: { "D3:D16": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "投资计划",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 16,
        columns: { B: "category", C: "line", D: "amount" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D15", why: "合计 9,650; the twelve projects add up to 120 + 80 + 80 + 60 + 1800 + 1500 + 1200 + 900 + 1100 + 950 + 870 + 900 = 9,560 (90万元 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D16", why: "其中：转型研究类 340 = 120 + 80 + 80 + 60, a part of the whole, not added into it nor required to equal it" },
      { rule: "composition.line-mismatch", why: "no unit × quantity columns" },
      { rule: "register.ineligible-location", why: "a province's allocation by project is no register; 北票市 and 清河门区 are places of 朝阳市 and 阜新市" },
    ],
  },
};
