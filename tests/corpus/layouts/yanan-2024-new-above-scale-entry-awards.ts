import type { CorpusLayout } from "../types";

// 延安市人民政府办公室关于全面加强“五上”企业工作的实施意见, as a policy digest sums it up: new 规上工业 firms 30万元 a firm (市本级,
// beside the province's), new 限上批零住餐 firms 20万元, new 资质建筑业 / 房地产 firms 20万元. Laid out as the city's award list for
// newly counted firms, county by county, one row a firm with the award it is paid under.
export const layout: CorpusLayout = {
  id: "yanan-2024-new-above-scale-entry-awards",
  source: {
    title: "陕西各市“小升规”及“五上”企业奖励政策汇总（延安市部分；奖励名单据政策拟）",
    url: "https://hrbtyhw.com/48f68010a83c8708/5a67ce8945afa8ad.html",
    publisher: "政策汇编（转载延安市人民政府办公室文件）",
    date: "2024",
    changes:
      "As published: 延安's standards (规模以上工业企业 市本级每户奖励30万元; 限额以上批发零售、住宿餐饮法人企业 每户奖励20万元; 有资质建筑业企业、" +
      "房地产开发经营法人企业 每户奖励20万元), which the catalog holds. Ours: the list's title, firms, 延安 codes (610600 / 610602 宝塔区 / 610603 安塞区 / " +
      "610621 延长县), counties and amounts; the item names are short forms of the published standards. Planted: a 限上批零 firm paid 30 (cap 20); " +
      "one firm listed twice under the same award; one code whose check character is wrong.",
  },
  classes: ["register", "json-catalog", "item-per-row", "place-column", "credit-codes", "invalid-credit-code", "duplicate-firm", "fixed-caps", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "policy-digest", "built-from-prose", "shaanxi"],
  settings: { district: "延安市" },
  catalog: {
    items: [
      { name: "规模以上工业企业入统奖励", capType: "fixed", capAmount: 30, unit: "万元", document: "延安市 全面加强“五上”企业工作的实施意见（规模以上工业企业 市本级每户奖励30万元）" },
      { name: "限额以上批发零售住宿餐饮企业入统奖励", capType: "fixed", capAmount: 20, unit: "万元", document: "延安市 全面加强“五上”企业工作的实施意见（限额以上批发零售、住宿餐饮法人企业 每户奖励20万元）" },
      { name: "资质建筑业房地产企业入统奖励", capType: "fixed", capAmount: 20, unit: "万元", document: "延安市 全面加强“五上”企业工作的实施意见（有资质建筑业企业、房地产开发经营法人企业 每户奖励20万元）" },
    ],
  },
  sheets: [
    {
      name: "奖励名单",
      widths: [6, 10, 30, 22, 34, 12],
      rows: [
        ["延安市2024年度新入统“五上”企业奖励名单（第一批）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "县（区）", "企业名称", "统一社会信用代码", "奖励类别", "奖励金额"],
        [1, "宝塔区", "延安圣润建材有限公司", "91610602MA6YD4R8X3", "规模以上工业企业入统奖励", 30],
        [2, "安塞区", "延安塞上石化设备有限公司", "91610603MA6YE9L2QB", "规模以上工业企业入统奖励", 30],
        [3, "宝塔区", "延安鑫福商贸有限公司", "91610600MA6YB2K3TP", "限额以上批发零售住宿餐饮企业入统奖励", 30],
        [4, "延长县", "延长县万家乐超市有限公司", "91610621MA6YF3M6HX", "限额以上批发零售住宿餐饮企业入统奖励", 20],
        [5, "宝塔区", "延安宏基建筑工程有限公司", "91610600MA6YC7P1NU", "资质建筑业房地产企业入统奖励", 20],
        [6, "安塞区", "延安塞上石化设备有限公司", "91610603MA6YE9L2QB", "规模以上工业企业入统奖励", 30],
        [7, "宝塔区", "延安枣园餐饮管理有限公司", "91610600MA6YG8N4UZ", "限额以上批发零售住宿餐饮企业入统奖励", 20],
        ["合计", null, null, null, null, 180],
        ["注：奖励资金按40%、60%分两年兑付，企业须在库且正常经营。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A11:E11", "A12:F12"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", F: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F6", why: "限额以上批发零售住宿餐饮企业入统奖励 is 20万元 a firm; 延安鑫福商贸 paid 30, 10 over" },
      { rule: "register.duplicate", cell: "F9", why: "延安塞上石化设备有限公司 (91610603MA6YE9L2QB) paid 规模以上工业企业入统奖励 in 2024 again; first at row 5" },
      { rule: "register.invalid-credit-code", cell: "D10", why: "91610600MA6YG8N4UZ: the GB 32100-2015 check character of 91610600MA6YG8N4U is Y, not Z" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F4", why: "规模以上工业 30 = its 30万元" },
      { rule: "cap.exceeded", cell: "F8", why: "资质建筑业 20 = its 20万元" },
      { rule: "register.ineligible-location", cell: "B7", why: "延长县 is a county of 延安市" },
      { rule: "register.ineligible-location", cell: "B5", why: "安塞区 is a district of 延安市" },
      { rule: "register.location-code-mismatch", why: "every code's 610600 / 610602 / 610603 / 610621 lies in 延安市" },
      { rule: "cap.unknown-policy", why: "every 奖励类别 is a catalog item word for word" },
      { rule: "composition.total-mismatch", cell: "F11", why: "30 + 30 + 30 + 20 + 20 + 30 + 20 = 180" },
      { rule: "register.unpaid", why: "an award list records no payments; the 40% / 60% note is a payment plan, not a payment column" },
    ],
  },
};
