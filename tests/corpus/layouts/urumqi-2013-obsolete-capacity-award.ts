import type { CorpusLayout } from "../types";

// 新疆 乌鲁木齐市 2013-07: 2,258万元 of central (1,759) and regional (499) money rewarding seven firms that shut obsolete
// capacity (淘汰落后产能). Laid out as the city's list of the award: the firm, its district or county, what was shut and how much,
// the award in 万元 with 其中 中央 / 自治区 under a merged header, 合计, a note and the office under it. No credit codes (2013).
export const layout: CorpusLayout = {
  id: "urumqi-2013-obsolete-capacity-award",
  source: {
    title: "乌鲁木齐市获2013年国家、自治区淘汰落后产能财政奖励资金2258万元（奖励资金分配表据正文拟）",
    url: "http://m.shengtairou.cn/news/show.php?itemid=96878",
    publisher: "新疆维吾尔自治区经济和信息化委员会（据报道）",
    date: "2013-07-31",
    changes:
      "The figures of the report are kept: 2,258万元 in all, 中央财政奖励资金 1,759万元, 自治区 499万元, seven awards (项目涉及7家企业). The report " +
      "prints no table, so the table (序号 | 企业名称 | 所在区（县） | 淘汰落后产能内容 | 淘汰规模 | 奖励资金: 合计 / 其中：中央财政 / 其中：" +
      "自治区财政), the caption, note and sign-off are ours, as are the firms (invented in place of the three the report names) and every " +
      "row's split. No per-firm maximum is published: the catalog's 500万元 is chosen for the corpus. Planted: 天山钢联冶炼 620 above " +
      "500; 昌吉铁合金 in 昌吉市 (昌吉州, not 乌鲁木齐); 米东建材水泥 a second time for a second kiln.",
  },
  classes: ["register", "qizhong-columns", "two-header-rows", "row-total-column", "no-credit-codes", "pre-2015", "districts-as-places", "capacity-columns", "item-in-title", "wanyuan-caption", "notes-under-table", "signoff-line", "xinjiang"],
  settings: { district: "乌鲁木齐市", asOf: "2013-08-15" },
  sheets: [
    {
      name: "奖励资金分配表",
      widths: [6, 30, 14, 20, 12, 12, 14, 14],
      rows: [
        ["2013年国家、自治区淘汰落后产能财政奖励资金分配表（乌鲁木齐市）", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "所在区（县）", "淘汰落后产能内容", "淘汰规模", "奖励资金", null, null],
        [null, null, null, null, null, "合计", "其中：中央财政", "其中：自治区财政"],
        [1, "新疆天山钢联冶炼有限公司", "头屯河区", "炼铁", "45万吨", 620, 480, 140],
        [2, "新疆米东建材水泥有限公司", "米东区", "水泥（熟料）", "60万吨", 380, 300, 80],
        [3, "乌鲁木齐达坂城焦化有限公司", "达坂城区", "焦炭", "30万吨", 300, 240, 60],
        [4, "新疆水磨沟化工有限公司", "水磨沟区", "电石", "8万吨", 260, 200, 60],
        [5, "新疆昌吉铁合金有限公司", "昌吉市", "铁合金", "3万吨", 198, 154, 44],
        [6, "乌鲁木齐县南山造纸有限公司", "乌鲁木齐县", "造纸", "2万吨", 150, 115, 35],
        [7, "新疆米东建材水泥有限公司", "米东区", "水泥（熟料）", "20万吨", 350, 270, 80],
        ["合计", null, null, null, null, 2258, 1759, 499],
        ["注：奖励资金用于淘汰落后产能企业职工安置、转产等支出，由市财政局拨付至企业。", null, null, null, null, null, null, null],
        [null, null, null, null, null, "乌鲁木齐市经济和信息化委员会", null, null],
      ],
      merges: ["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "A12:E12", "A13:H13", "F14:H14"],
      numberFormats: { "F5:H12": "#,##0" },
    },
  ],
  catalog: {
    items: [
      {
        name: "淘汰落后产能财政奖励",
        capType: "max",
        capAmount: 500,
        unit: "万元",
        year: 2013,
        document: "淘汰落后产能中央财政奖励资金管理办法（每户最高500万元：为语料选定，报道未载）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "奖励资金分配表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "place", F: "approved" },
        year: 2013,
        item: "淘汰落后产能财政奖励",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F5", why: "天山钢联冶炼 620 above the 500万元 maximum: 120万元 over" },
      { rule: "register.ineligible-location", cell: "C9", why: "昌吉市 is a city of 昌吉回族自治州, not of 乌鲁木齐市" },
      { rule: "register.duplicate", cell: "F11", why: "新疆米东建材水泥有限公司 already in row 6 for the same item in 2013 (no code: by name)" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G5", why: "中央财政 480 is a part of the 620, not a second award" },
      { rule: "cap.exceeded", cell: "F12", why: "合计 2,258 is not an award" },
      { rule: "register.duplicate", cell: "G11", why: "the 其中 columns are parts of the row's award, not further awards" },
      { rule: "register.ineligible-location", cell: "C10", why: "乌鲁木齐县 is 乌鲁木齐市's; so are 头屯河区, 米东区, 达坂城区, 水磨沟区" },
      { rule: "register.invalid-credit-code", why: "no code column (a 2013 list)" },
      { rule: "input.unreadable-value", why: "淘汰规模 (45万吨…) is a quantity with its unit, not an amount; the note and office are text" },
      { rule: "cap.unknown-policy", why: "the item is in the title and in the catalog" },
    ],
  },
};
