import type { CorpusLayout } from "../types";

// 广西壮族自治区财政厅 2022-04: the region's awards to manufacturing single-item champions — 3 national champions at
// 100万元 each, 41 regional champions at 50万元 each (2,350万元), by city. Laid out as the allocation table such a
// release carries: two category rows naming the award and its standard, the firms under each, 小计 and 合计.
export const layout: CorpusLayout = {
  id: "guangxi-2022-single-champion-award",
  source: {
    title: "广西下达2022年单项冠军企业奖励资金2350万元（自治区财政厅；表据正文拟）",
    url: "http://news.dzwindows.com/fz/2022/0417/34000.html",
    publisher: "广西壮族自治区财政厅（新闻转载）",
    date: "2022-04-17",
    changes:
      "The release's figures are kept: 44家 (国家级制造业单项冠军3家: 柳州市2家、桂林市1家, 每家奖励100万元; 自治区级制造业单项冠军41家: " +
      "南宁5、柳州10、桂林14、梧州6、北海2、贺州1、来宾1、崇左2, 每家奖励50万元), 2,350万元 in all. It gives them in prose; laid out " +
      "here as the allocation table such a release annexes (序号 | 设区市 | 企业名称 | 奖励资金（万元） | 备注, a category row per level " +
      "giving its standard, 小计, 合计, a note). The regional list is cut to eleven rows; every firm name is ours. Planted: 桂林七星光学仪器 " +
      "awarded 100 under the regional champions (50万元 a firm); 柳州龙城环保设备 listed twice under the regional champions.",
  },
  classes: ["register", "category-rows-give-item", "subtotals", "fixed-cap", "cities-as-places", "province-wide-fund", "no-credit-codes", "wanyuan-caption", "wanyuan-in-header", "remark-column", "notes-under-table", "guangxi"],
  settings: { district: "广西壮族自治区", asOf: "2022-04-17" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 10, 34, 16, 16],
      rows: [
        ["2022年制造业单项冠军企业奖励资金分配表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "设区市", "企业名称", "奖励资金（万元）", "备注"],
        ["一、国家级制造业单项冠军（每家奖励100万元）", null, null, null, null],
        [1, "柳州市", "柳州市华锐精密机械有限公司", 100, null],
        [2, "柳州市", "柳州鑫桂汽车零部件股份有限公司", 100, null],
        [3, "桂林市", "桂林漓源橡胶制品有限公司", 100, null],
        ["小计", null, null, 300, null],
        ["二、自治区级制造业单项冠军（每家奖励50万元）", null, null, null, null],
        [1, "南宁市", "南宁邕江电子科技有限公司", 50, null],
        [2, "南宁市", "广西青秀食品工业有限公司", 50, null],
        [3, "柳州市", "柳州龙城环保设备有限公司", 50, null],
        [4, "桂林市", "桂林七星光学仪器有限公司", 100, null],
        [5, "桂林市", "桂林象山新材料科技有限公司", 50, null],
        [6, "梧州市", "梧州西江宝石加工有限公司", 50, null],
        [7, "北海市", "北海银滩电子信息有限公司", 50, null],
        [8, "贺州市", "贺州姑婆山石材有限公司", 50, null],
        [9, "来宾市", "来宾红水河糖业有限公司", 50, null],
        [10, "崇左市", "崇左左江锰业有限公司", 50, null],
        [11, "柳州市", "柳州龙城环保设备有限公司", 50, null],
        ["小计", null, null, 600, null],
        ["合计", null, null, 900, null],
        ["注：国家级制造业单项冠军每家奖励100万元，自治区级制造业单项冠军每家奖励50万元；资金由市县财政部门拨付至企业。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:E4", "A8:C8", "A9:E9", "A21:C21", "A22:C22", "A23:E23"],
      numberFormats: { "D5:D22": "0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "国家级制造业单项冠军", capType: "fixed", capAmount: 100, unit: "万元", year: 2022, document: "自治区财政厅 2022年单项冠军企业奖励资金" },
      { name: "自治区级制造业单项冠军", capType: "fixed", capAmount: 50, unit: "万元", year: 2022, document: "自治区财政厅 2022年单项冠军企业奖励资金" },
    ],
  },
  expect: {
    tables: [
      { sheet: "分配表", kind: "register", unit: "万元", headerRow: 3, lastRow: 22, columns: { B: "place", C: "enterprise", D: "approved" }, year: 2022 },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "D13", why: "桂林七星光学仪器 is under 二、自治区级制造业单项冠军 (50万元 a firm) and is awarded 100.00: 50.00万元 over" },
      { rule: "register.duplicate", cell: "D20", why: "柳州龙城环保设备有限公司 has the regional champion award twice in 2022 (rows 12 and 20)" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "D5", why: "a national champion at 100.00, its category's standard" },
      { rule: "cap.exceeded", cell: "D8", why: "小计 (300 = 3 × 100) is not an award" },
      { rule: "cap.exceeded", cell: "D21", why: "小计 (600 = 10 × 50 + 100) is not an award" },
      { rule: "cap.exceeded", cell: "D22", why: "合计 900 = 300 + 600 is not an award" },
      { rule: "cap.unknown-policy", why: "each row's award is named by the category row above it, and both are in the catalog" },
      { rule: "register.duplicate", cell: "D12", why: "the first of the two rows is not the duplicate" },
      { rule: "register.ineligible-location", why: "every 设区市 is a city of 广西" },
      { rule: "register.invalid-credit-code", why: "the list has no credit codes" },
      { rule: "input.unreadable-value", why: "the category rows, 备注 and the note are text by nature" },
    ],
  },
};
