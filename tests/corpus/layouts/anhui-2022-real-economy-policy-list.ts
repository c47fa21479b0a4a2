import type { CorpusLayout } from "../types";

// 安徽省“四送一服”办公室 2022-02: 支持实体经济发展政策清单 (433条), its first four 产业发展 clauses — 一事一议 for projects above 20亿元,
// 3% of paid-in capital at most 5000万元 for headquarters, 2% of foreign capital received at most 150万元, and an award left to the
// cities with no amount — each closing with its document and the offices responsible in brackets; the year's awards on a second sheet.
export const layout: CorpusLayout = {
  id: "anhui-2022-real-economy-policy-list",
  source: {
    title: "安徽省支持实体经济发展政策清单（2022年2月版，433条）— 一、产业发展支持政策（第1—4条）",
    url: "http://m.teknozin.com/recruitmentpolicy/info.aspx?itemid=1312",
    publisher: "安徽省四送一服办公室（转载）",
    date: "2022-02",
    changes:
      "Clauses 1–4 of 一、产业发展支持政策（88条） are as published, each with its bracketed （皖发〔2022〕9号，…负责）; the category row is " +
      "the list's own heading. The 政策名称 column is ours (the list numbers its clauses without names), named from each clause's wording. " +
      "The award list on the second sheet is ours (firms, codes, bases, amounts; bases of the foreign-capital award in 万元人民币). Planted: " +
      "庐州半导体 3,200 where 3% × 100,000 = 3,000; 皖西精密铸造 160 above the 150万元 maximum; one code with a wrong check character.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "conditions-not-caps", "one-matter-one-discussion", "award-without-amount",
    "document-in-brackets", "category-row", "base-column", "credit-codes", "item-per-row", "cities-as-places", "province-wide-list", "wanyuan-caption", "anhui",
  ],
  settings: { district: "安徽省" },
  sheets: [
    {
      name: "政策清单",
      widths: [6, 26, 96],
      rows: [
        ["安徽省支持实体经济发展政策清单（2022年2月版，433条）", null, null],
        ["序号", "政策名称", "政策内容"],
        ["一、产业发展支持政策（88条）", null, null],
        [1, "重大新兴产业项目一事一议支持", "对实际总投资20亿元以上、引领发展方向、具有先发优势、填补省内空白的战略性新兴产业制造类项目，以及关键技术研发产业化和产业公共服务项目，各地可采取一事一议方式给予支持，鼓励省级相关新兴产业基金依规优先进行股权投资。（皖发〔2022〕9号，省财政厅、各市政府负责）"],
        [2, "新兴产业总部奖励", "对十大新兴产业领域企业在我省设立总部、区域总部、研发中心、软件中心、结算中心、营运中心等，且实缴注册资本10亿元以上的，各地可最高给予实缴注册资本3%的奖励，奖励金额最高5000万元。（皖发〔2022〕9号，各市政府负责）"],
        [3, "外商投资企业到位外资奖励", "对在皖新设外商投资企业投资总额超过1亿美元（含1亿美元），按企业1个年度内实际到位外资金额2%的比例予以奖励，最高奖励150万元。（皖发〔2022〕9号，省财政厅、省商务厅负责）"],
        [4, "基金返投招引奖励", "基金及管理机构招引省外企业落户的，纳入基金返投统计范围，由各地给予奖励。（皖发〔2022〕9号，各市政府负责）"],
      ],
      merges: ["A1:C1", "A3:C3"],
    },
    {
      name: "兑现名单",
      widths: [6, 32, 22, 10, 26, 14, 12],
      rows: [
        ["2022年度支持实体经济发展政策（产业发展）奖励兑现企业名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在市", "政策名称", "计算基数", "奖励金额"],
        [1, "安徽巢湖智联新能源科技有限公司", "91340100MA8P2Q7L43", "合肥市", "新兴产业总部奖励", 120000, 3600],
        [2, "芜湖长江智能网联汽车研究院有限公司", "91340200MA8R5K1D9N", "芜湖市", "新兴产业总部奖励", 150000, 4500],
        [3, "合肥庐州半导体材料有限公司", "91340100MA2W8N3B61", "合肥市", "新兴产业总部奖励", 100000, 3200],
        [4, "芜湖鸠兹机器人科技有限公司", "91340200MA2TY4H7ED", "芜湖市", "新兴产业总部奖励", 200000, 5000],
        [5, "蚌埠淮上玻璃新材料有限公司", "91340300MA8N6C2W1M", "蚌埠市", "外商投资企业到位外资奖励", 5200, 104],
        [6, "合肥滨湖生物医药有限公司", "91340100MA8Q1T6X53", "合肥市", "外商投资企业到位外资奖励", 9800, 150],
        [7, "六安皖西精密铸造有限公司", "91341500MA2UE9F3MA", "六安市", "外商投资企业到位外资奖励", 8600, 160],
        [8, "合肥包河智能传感有限公司", "91340100MA2Y5R8K37", "合肥市", "外商投资企业到位外资奖励", 4350, 87],
        ["合计", null, null, null, null, null, 16801],
        ["注：计算基数为实缴注册资本或1个年度内实际到位外资金额（按到位当月汇率折算人民币）。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A12:F12", "A13:G13"],
      numberFormats: { "F4:F11": "#,##0", "G4:G12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策清单", kind: "catalog", headerRow: 2, lastRow: 7, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "C4", why: "一事一议 gives no amount; 20亿元以上 is a condition, not a cap" },
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "C7", why: "由各地给予奖励: no amount, no rate" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G6", why: "新兴产业总部奖励: 3% × 100,000 = 3,000万元 allowed (below the 5,000 maximum), 3,200 proposed: 200万元 over" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G10", why: "外商投资企业到位外资奖励: 2% × 8,600 = 172 is above the maximum, so 150万元 binds; 160 proposed: 10万元 over" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", cell: "C11", why: "91340100MA2Y5R8K37: the check character for the first 17 is 0, not 7" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "C5", why: "3% of 实缴注册资本, at most 5,000万元; 10亿元以上 is a condition" },
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "C6", why: "2% of the foreign capital received, at most 150万元; 超过1亿美元（含1亿美元） is a condition" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G7", why: "3% × 200,000 = 6,000, so the 5,000 maximum binds and 5,000 meets it" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G9", why: "2% × 9,800 = 196, so the 150 maximum binds and 150 meets it" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G4", why: "3% × 120,000 = 3,600, exactly the amount" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G8", why: "2% × 5,200 = 104, exactly the amount" },
      { rule: "cap.unknown-policy", why: "every 政策名称 of the list is a clause of the first sheet" },
      { rule: "register.ineligible-location", why: "合肥, 芜湖, 蚌埠, 六安 are cities of 安徽" },
      { rule: "register.duplicate", why: "no firm appears twice" },
      { rule: "register.unpaid", why: "no as-of date; a list of awards to be paid" },
    ],
  },
};
