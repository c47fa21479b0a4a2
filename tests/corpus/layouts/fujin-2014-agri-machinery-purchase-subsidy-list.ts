import type { CorpusLayout } from "../types";

// 黑龙江省农委农机局 2014: 农机购置补贴 — “全价购机、定额补贴、先购后补、县级结算、直补到卡”, one limit a machine, statewide: 一般机具 at most
// 5万元, 挤奶机械、烘干机 12万元, 100马力以上大型拖拉机、高性能青饲料收获机、大型免耕播种机、大型联合收割机 15万元, 200马力以上拖拉机 25万元
// (黑龙江日报). The caps are the catalog; the list is a county's settlement of the year's subsidies: 乡（镇） | 购机者 | 统一社会信用代码 |
// 机具品目 | 补贴档次 | 购机价格 | 补贴金额, in 万元, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "fujin-2014-agri-machinery-purchase-subsidy-list",
  source: {
    title: "黑龙江省“敞开补贴”深松机 — 2014年农机购置补贴机具、补贴限额与方式（富锦市补贴结算名单据报道拟）",
    url: "http://m.tkeu.com.cn/news/2014/349218.html",
    publisher: "黑龙江省农委农机局（黑龙江日报 宋丹辉 报道）",
    date: "2014-05-05",
    changes:
      "As published: the year's single-machine limits (一般机具 不超过5万元; 挤奶机械、烘干机 最高12万元; 100马力以上大型拖拉机、高性能青饲料收获机、" +
      "大型免耕播种机、大型联合收割机 最高15万元; 200马力以上拖拉机 最高25万元) and the way it is paid (先购后补、县级结算、直补到卡). The report has no " +
      "list: the county (富锦市), the towns, buyers (invented cooperatives), codes, machines and figures are ours, and the catalog's item names are " +
      "the report's bands shortened. Planted: 头林金穗种植专业合作社's grain dryer subsidised 13.50 (limit 12); 锦山宏达农机专业合作社's code ends " +
      "9 where its check character is 8; 长安现代农机专业合作社's 210-horsepower tractor settled twice (rows 4 and 9).",
  },
  classes: ["register", "item-column", "max-cap", "caps-by-machine-band", "machine-column", "price-column", "credit-codes", "towns-as-places", "county-level-city", "total-at-foot", "two-decimal-wanyuan", "wanyuan-in-header", "catalog-from-prose", "news-report", "heilongjiang"],
  settings: { district: "富锦市" },
  sheets: [
    {
      name: "补贴结算",
      widths: [6, 10, 30, 22, 24, 30, 12, 12],
      rows: [
        ["富锦市2014年农机购置补贴资金结算明细表（表据报道拟）", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "乡（镇）", "购机者", "统一社会信用代码", "机具品目", "补贴档次", "购机价格", "补贴金额"],
        [1, "长安镇", "富锦市长安现代农机专业合作社", "91230882MAUM991FP3", "轮式拖拉机（210马力）", "200马力以上拖拉机", 78.0, 25.0],
        [2, "砚山镇", "富锦市砚山丰禾农机专业合作社", "91230882MAEUCEN5UN", "自走式谷物联合收割机（大型）", "100马力以上大型拖拉机等大型机具", 45.0, 15.0],
        [3, "头林镇", "富锦市头林金穗种植专业合作社", "91230882MAN0B63WPG", "粮食烘干机", "挤奶机械和烘干机", 52.0, 13.5],
        [4, "二龙山镇", "富锦市二龙山惠民农机专业合作社", "91230882MAPX9DHE5X", "深松机", "一般机具", 6.8, 2.1],
        [5, "锦山镇", "富锦市锦山宏达农机专业合作社", "91230882MAF57UCCB9", "水稻插秧机", "一般机具", 12.6, 3.9],
        [6, "长安镇", "富锦市长安现代农机专业合作社", "91230882MAUM991FP3", "轮式拖拉机（210马力）", "200马力以上拖拉机", 78.0, 25.0],
        ["合计", null, null, null, null, null, 272.4, 84.5],
        ["注：补贴实行全价购机、定额补贴、先购后补、县级结算、直补到卡。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A10:F10", "A11:H11"],
      numberFormats: { "G4:H10": "0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "一般机具", capType: "max", capAmount: 5, unit: "万元", year: 2014, document: "黑龙江省2014年农机购置补贴（一般机具单机补贴限额不超过5万元）" },
      { name: "挤奶机械和烘干机", capType: "max", capAmount: 12, unit: "万元", year: 2014, document: "黑龙江省2014年农机购置补贴（挤奶机械、烘干机单机补贴最高限额12万元）" },
      {
        name: "100马力以上大型拖拉机等大型机具",
        capType: "max",
        capAmount: 15,
        unit: "万元",
        year: 2014,
        document: "黑龙江省2014年农机购置补贴（100马力以上大型拖拉机、高性能青饲料收获机、大型免耕播种机、大型联合收割机单机补贴最高限额15万元）",
      },
      { name: "200马力以上拖拉机", capType: "max", capAmount: 25, unit: "万元", year: 2014, document: "黑龙江省2014年农机购置补贴（200马力以上拖拉机单机补贴最高限额25万元）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "补贴结算",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "place", C: "enterprise", D: "creditCode", F: "item", H: "approved" },
        year: 2014,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "补贴结算", cell: "H6", why: "头林金穗种植专业合作社: 挤奶机械和烘干机 at most 12万元 a machine; 13.50 is 1.50 over" },
      { rule: "register.invalid-credit-code", sheet: "补贴结算", cell: "D8", why: "91230882MAF57UCCB9: the GB 32100 check character of 91230882MAF57UCCB is 8, not 9" },
      { rule: "register.duplicate", sheet: "补贴结算", cell: "H9", why: "富锦市长安现代农机专业合作社 (91230882MAUM991FP3) again for 200马力以上拖拉机 in 2014, 25万元; first at row 4" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "补贴结算", cell: "H4", why: "200马力以上拖拉机: 25 is exactly its limit" },
      { rule: "cap.exceeded", sheet: "补贴结算", cell: "H5", why: "100马力以上大型机具: 15 is exactly its limit" },
      { rule: "cap.exceeded", sheet: "补贴结算", cell: "H8", why: "一般机具 3.90 is under 5" },
      { rule: "cap.exceeded", sheet: "补贴结算", cell: "G6", why: "购机价格 52.00 is the machine's price, not the subsidy" },
      { rule: "composition.total-mismatch", sheet: "补贴结算", cell: "H10", why: "25.00 + 15.00 + 13.50 + 2.10 + 3.90 + 25.00 = 84.50" },
      { rule: "composition.total-mismatch", sheet: "补贴结算", cell: "G10", why: "78.00 + 45.00 + 52.00 + 6.80 + 12.60 + 78.00 = 272.40" },
      { rule: "cap.unknown-policy", sheet: "补贴结算", why: "every 补贴档次 is an item of the catalog" },
      { rule: "register.ineligible-location", sheet: "补贴结算", why: "长安镇, 砚山镇, 头林镇, 二龙山镇, 锦山镇 are towns of 富锦市" },
      { rule: "register.location-code-mismatch", sheet: "补贴结算", why: "every code's characters 3–8 are 230882, 富锦市" },
    ],
  },
};
