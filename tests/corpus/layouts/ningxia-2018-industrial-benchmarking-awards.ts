import type { CorpusLayout } from "../types";

// 宁夏回族自治区经济和信息化委员会 2018-09: 2018年工业企业行业对标工作 — 19 firms named 标杆奖 (50万元 each, 授牌), 21 firms 进步奖
// (授牌 only). The notice (reposted by 中卫市中小企业服务窗口) names two firms and gives the award in prose; laid out as the 标杆奖
// 奖励资金表 by firm: 序号 | 企业名称 | 统一社会信用代码 | 所在市 | 所属行业 | 奖励资金, the 进步奖 in a note under the table.
export const layout: CorpusLayout = {
  id: "ningxia-2018-industrial-benchmarking-awards",
  source: {
    title: "自治区经信委对2018年工业企业行业对标工作标杆企业进行奖励（奖励资金表据正文拟）",
    url: "https://www.zwzxqy.cn/tzgg/363629.shtml",
    publisher: "宁夏回族自治区经济和信息化委员会（中卫市中小企业公共综合服务窗口平台转载）",
    date: "2018-09-19",
    changes:
      "As published: the award (标杆奖, 每家奖励50万元; 进步奖 授牌 only), the documents (宁党发〔2017〕26号, 宁党办〔2018〕75号), the 19 / 21 counts. " +
      "Ours: the table form and headings, seven invented firms (of the 19) in 宁夏's cities with invented codes, industries and amounts. " +
      "Planted: 沙坡头化工 given 60 where the award is 50 each; 六盘轻纺's code with a wrong check character (R where Y).",
  },
  classes: ["register", "item-in-title", "fixed-cap", "credit-codes", "cities-as-places", "industry-column", "province-wide-list", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "ningxia"],
  settings: { district: "宁夏回族自治区", asOf: "2018-09-19" },
  catalog: {
    items: [{ name: "2018年工业企业行业对标工作标杆奖", capType: "fixed", capAmount: 50, unit: "万元", year: 2018, document: "宁党办〔2018〕75号；标杆奖企业每家奖励50万元" }],
  },
  sheets: [
    {
      name: "标杆奖",
      widths: [6, 32, 22, 10, 12, 10],
      rows: [
        ["2018年工业企业行业对标工作标杆奖企业奖励资金表", null, null, null, null, null],
        ["单位：万元", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在市", "所属行业", "奖励资金"],
        [1, "宁夏贺兰山精工机械有限公司", "91640100CQEKY1WEP7", "银川市", "装备制造", 50],
        [2, "石嘴山市恒晟冶金材料有限公司", "9164020050FWK2MN04", "石嘴山市", "冶金", 50],
        [3, "吴忠市塞上乳品有限公司", "91640300H8W5EB3D6L", "吴忠市", "食品", 50],
        [4, "宁夏沙坡头化工新材料有限公司", "91640500855BXWRC5B", "中卫市", "化工", 60],
        [5, "宁夏六盘轻纺有限公司", "91640400R9YED6DEYR", "固原市", "纺织", 50],
        [6, "银川云数智造科技有限公司", "916401002FYXCYQGMB", "银川市", "电子信息", 50],
        [7, "吴忠市黄河电力设备有限公司", "916403005MJFQ08R2D", "吴忠市", "装备制造", 50],
        ["合计", null, null, null, null, 360],
        ["说明：另有21家企业获“2018年工业企业行业对标工作进步奖”，授牌表彰，不安排奖励资金。", null, null, null, null, null],
        ["宁夏回族自治区经济和信息化委员会　　2018年9月", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A11:E11", "A12:F12", "A13:F13"],
      numberFormats: { "F4:F11": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "标杆奖",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "place", F: "approved" },
        year: 2018,
        item: "2018年工业企业行业对标工作标杆奖",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F7", why: "沙坡头化工 60 where the 标杆奖 is a fixed 50万元 each: 10 above" },
      { rule: "register.invalid-credit-code", cell: "C8", why: "91640400R9YED6DEY + R: the first 17 characters give the check character Y (GB 32100-2015), not R" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F11", why: "合计 360 (6 × 50 + 60) is the total, not an award" },
      { rule: "register.ineligible-location", why: "银川市, 石嘴山市, 吴忠市, 中卫市 and 固原市 are cities of 宁夏" },
      { rule: "register.location-code-mismatch", why: "every code is issued in the city the row names (6401, 6402, 6403, 6404, 6405)" },
      { rule: "register.duplicate", why: "two firms share 吴忠市 and two share 装备制造, but every firm is named once" },
      { rule: "cap.unknown-policy", why: "the item is in the title and the catalog; 所属行业 is no policy item" },
      { rule: "register.unpaid", why: "an award list records no payments" },
    ],
  },
};
