import type { CorpusLayout } from "../types";

// 贵州省工业和信息化厅 2023-07-31: 2023年度中小企业特色产业集群拟认定省级和拟推荐国家级名单 — 序号 | 集群名称 | 所属产业 | 拟认定
// 和推荐, 13 clusters to be recognised at provincial level, 6 of them also put forward for the national list. A recognition list: no money.
export const layout: CorpusLayout = {
  id: "guizhou-2023-sme-specialty-cluster-list",
  source: {
    title: "省工业和信息化厅关于2023年度中小企业特色产业集群拟认定省级和拟推荐国家级名单的公示",
    url: "http://m.shangchang.jjjnews.top/kuaixun/2023/0803/12241.html",
    publisher: "贵州省工业和信息化厅（新闻转载）",
    date: "2023-08-03",
    changes:
      "As published: the list's title, the headers 序号 | 集群名称 | 所属产业 | 拟认定和推荐 (the last wrapped in two lines), the two values of " +
      "the last column, the 公示 period in a line under the table. The cluster names are ours (a county or district of 贵州 and a trade, as " +
      "the published ones are) and the list is cut to ten rows. Nothing is planted: a clean list.",
  },
  classes: ["register", "recognition-list", "no-amount", "category-column", "status-column", "place-inside-name", "wrapped-header", "notes-under-table", "province-wide-list", "clean", "guizhou"],
  settings: { district: "贵州省" },
  sheets: [
    {
      name: "名单",
      widths: [6, 44, 16, 26],
      rows: [
        ["2023年度中小企业特色产业集群拟认定省级和拟推荐国家级名单", null, null, null],
        ["序号", "集群名称", "所属产业", "拟认定\n和推荐"],
        [1, "六枝特区煤矿井下辅助装备制造产业集群", "装备制造", "认定省级、推荐申报国家级"],
        [2, "万山区锂电池正极材料产业集群", "新型功能材料", "认定省级、推荐申报国家级"],
        [3, "修文县中药饮片加工产业集群", "健康医药", "认定省级、推荐申报国家级"],
        [4, "清镇市铝基新材料精深加工产业集群", "基础材料", "认定省级、推荐申报国家级"],
        [5, "仁怀市酱香白酒包材配套产业集群", "白酒配套", "认定省级、推荐申报国家级"],
        [6, "都匀市毛尖茶精制加工产业集群", "食品（精制茶）", "认定省级、推荐申报国家级"],
        [7, "贵安新区电子元器件制造产业集群", "电子信息", "认定省级"],
        [8, "凤冈县锌硒茶饮品加工产业集群", "食品（精制茶）", "认定省级"],
        [9, "盘州市焦化副产品综合利用产业集群", "现代化工", "认定省级"],
        [10, "镇宁布依族苗族自治县蜂糖李精深加工产业集群", "特色食品", "认定省级"],
        ["公示期为2023年7月31日至8月4日。", null, null, null],
      ],
      merges: ["A1:D1", "A13:D13"],
    },
  ],
  expect: {
    tables: [{ sheet: "名单", kind: "register", headerRow: 2, lastRow: 12, columns: { B: "enterprise", C: "category" } }],
    findings: [],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.duplicate", why: "ten different clusters; 食品（精制茶） twice is a trade, not a cluster" },
      { rule: "register.ineligible-location", why: "no place column, and every county or district in the names is in 贵州" },
      { rule: "register.invalid-credit-code", why: "clusters have no credit codes" },
      { rule: "input.unreadable-value", cell: "D3", why: "the recognition status is text by nature" },
      { rule: "input.unreadable-value", cell: "A13", why: "the 公示 period under the table" },
    ],
  },
};
