import type { CorpusLayout } from "../types";

// 福建省旅游局、省财政厅 2016-02: 2016年景区提升项目奖励 in three kinds — A级景区奖 (5A 100万元, 4A 30万元), 国家级品牌奖 (50万元),
// 景区提升奖 (智慧闸机 at most 18 / 15 / 12万元 by the area's grade; 游客服务中心、停车场 at most 30万元) — laid out as the province's
// award table, one row per area and award, the kind of award in a 奖励类别 column.
export const layout: CorpusLayout = {
  id: "fujian-2016-scenic-area-upgrade-awards",
  source: {
    title: "福建省2016年景区提升项目最高奖100万元（东南网据福建日报）— 表据正文拟",
    url: "http://www.blairgfx.com/lvyou/HTML/1315.html",
    publisher: "福建省旅游局、福建省财政厅（东南网转载福建日报）",
    date: "2016-02-27",
    changes:
      "The report gives the notice's standards in prose: A级景区奖 — 5A级景区奖励100万元, 4A级景区奖励30万元; 国家级品牌奖 — 国家旅游度假区或国家级生态旅游示范区 50万元; " +
      "景区提升奖 — 智慧闸机 按5A景区不高于18万元、4A景区不高于15万元、3A景区不高于12万元, 游客服务中心、停车场等项目 不高于30万元, 省定重点景区 重点补助 (no amount). " +
      "The award table is laid out from them (序号 | 设区市 | 县（市、区） | 景区名称 | 奖励类别 | 奖励内容 | 奖励资金（万元）), the kinds named as the report names them; " +
      "the catalog gives those standards (the 重点补助 has no amount and no row). Ours: every area and figure. Planted: 泰宁金湖 智慧闸机 16.5 above the 4A " +
      "maximum of 15; 永春牛姆林 游客服务中心、停车场 36 above 30; 宁德白水洋 智慧闸机 listed twice.",
  },
  classes: [
    "register", "item-column", "award-kind-column", "fixed-and-max-caps", "levels-as-items", "description-column", "no-credit-codes", "scenic-areas-as-applicants",
    "city-and-county-columns", "province-wide-list", "table-from-prose", "news-report", "wanyuan-in-header", "total-at-foot", "fujian",
  ],
  settings: { district: "福建省" },
  sheets: [
    {
      name: "奖励资金安排表",
      widths: [6, 10, 12, 30, 26, 30, 14],
      rows: [
        ["2016年福建省景区提升项目奖励资金安排表", null, null, null, null, null, null],
        ["序号", "设区市", "县（市、区）", "景区名称", "奖励类别", "奖励内容", "奖励资金（万元）"],
        [1, "三明市", "泰宁县", "泰宁金湖景区", "智慧景区建设（4A景区）", "新建智慧闸机12台", 16.5],
        [2, "福州市", "永泰县", "永泰天门山景区", "A级景区奖（4A级）", "2016年新评定国家4A级旅游景区", 30],
        [3, "南平市", "武夷山市", "武夷山国家旅游度假区", "国家级品牌奖", "2016年新评定国家旅游度假区", 50],
        [4, "宁德市", "屏南县", "白水洋景区", "智慧景区建设（5A景区）", "改造智慧闸机8台", 18],
        [5, "泉州市", "永春县", "牛姆林景区", "游客服务中心、停车场建设", "游客服务中心及生态停车场", 36],
        [6, "漳州市", "南靖县", "云水谣景区", "智慧景区建设（4A景区）", "新建智慧闸机6台", 12.4],
        [7, "龙岩市", "永定区", "永定土楼景区", "A级景区奖（5A级）", "2016年新评定国家5A级旅游景区", 100],
        [8, "莆田市", "仙游县", "九鲤湖景区", "智慧景区建设（3A景区）", "新建智慧闸机4台", 9.6],
        [9, "宁德市", "屏南县", "白水洋景区", "智慧景区建设（5A景区）", "改造智慧闸机（二期）", 8],
        [10, "三明市", "大田县", "大仙峰景区", "游客服务中心、停车场建设", "停车场扩建", 22],
        ["合计", null, null, null, null, null, 302.5],
        ["注：省定重点景区另予重点补助，不列入本表。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A13:F13", "A14:G14"],
      numberFormats: { "G3:G13": "0.0" },
    },
  ],
  catalog: {
    items: [
      { name: "A级景区奖（5A级）", capType: "fixed", capAmount: 100, unit: "万元", year: 2016, category: "A级景区奖" },
      { name: "A级景区奖（4A级）", capType: "fixed", capAmount: 30, unit: "万元", year: 2016, category: "A级景区奖" },
      { name: "国家级品牌奖", capType: "fixed", capAmount: 50, unit: "万元", year: 2016 },
      { name: "智慧景区建设（5A景区）", capType: "max", capAmount: 18, unit: "万元", year: 2016, category: "景区提升奖" },
      { name: "智慧景区建设（4A景区）", capType: "max", capAmount: 15, unit: "万元", year: 2016, category: "景区提升奖" },
      { name: "智慧景区建设（3A景区）", capType: "max", capAmount: 12, unit: "万元", year: 2016, category: "景区提升奖" },
      { name: "游客服务中心、停车场建设", capType: "max", capAmount: 30, unit: "万元", year: 2016, category: "景区提升奖" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "奖励资金安排表",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { C: "place", D: "enterprise", E: "item", F: "project", G: "approved" },
        year: 2016,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "G3", why: "智慧景区建设（4A景区）: at most 15万元, 16.5 proposed: 1.5万元 over" },
      { rule: "cap.exceeded", cell: "G7", why: "游客服务中心、停车场建设: at most 30万元, 36 proposed: 6万元 over" },
      { rule: "register.duplicate", cell: "G11", why: "白水洋景区 has 智慧景区建设（5A景区） in row 6 (18) and again in row 11 (8), same year" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G9", why: "A级景区奖（5A级） 100 is its fixed award" },
      { rule: "cap.exceeded", cell: "G6", why: "智慧景区建设（5A景区） 18 meets its maximum of 18" },
      { rule: "cap.exceeded", cell: "G8", why: "12.4 is under the 4A maximum of 15" },
      { rule: "cap.exceeded", cell: "G13", why: "合计 302.5 is no award (16.5 + 30 + 50 + 18 + 36 + 12.4 + 100 + 9.6 + 8 + 22)" },
      { rule: "cap.unknown-policy", why: "every 奖励类别 is a catalog item" },
      { rule: "register.ineligible-location", why: "泰宁县, 永泰县, 武夷山市, 屏南县, 永春县, 南靖县, 永定区, 仙游县, 大田县 are all in 福建" },
      { rule: "register.invalid-credit-code", why: "the table gives no codes" },
      { rule: "register.unpaid", why: "an award table: it records no payments" },
      { rule: "input.unreadable-value", cell: "A14", why: "the note under the table is no data" },
    ],
  },
};
