import type { CorpusLayout } from "../types";

// 知小账 (zhixiaozhang.cn) explainer of 四川省招商引资项目财政奖补资金《实施细则》: four ways of award, of which the stored copy shows
// 投资补助 (按实际固定资产投资额的1%-3%给予补助，最高不超过5000万元) and the start of 贴息支持 (通过银行贷款融资的项目; 对项目贷款利息的3…).
// Set out as the 奖补方式 table such rules carry (序号 | 奖补方式 | 适用对象 | 补助标准) beside an award list of ours over 实际固定资产投资额.
export const layout: CorpusLayout = {
  id: "sichuan-investment-attraction-award-rules-and-list",
  source: {
    title: "四川省招商引资大礼包来了！详解财政奖补资金如何申请与管理（奖补方式表与拟奖补名单，表据正文拟）",
    url: "https://www.zhixiaozhang.cn/fanshui/6419.html",
    publisher: "知小账",
    changes:
      "The explainer lists the conditions (制造业总投资超5亿元, 服务业超3亿元, 研发投入不低于3%, 新增就业300人以上 — conditions, no caps) and says " +
      "the awards come in four kinds; the stored copy shows 投资补助 in full and breaks off inside 贴息支持 (对项目贷款利息的3…). The 奖补方式 table " +
      "takes 投资补助's wording as published; 贴息支持's standard after 利息的3 (30%, at most three years) and the third row, 重大项目 一事一议, are " +
      "ours (the fourth kind is left out). The 2024年度 award list on the second sheet is ours (firms, valid codes, investments, awards). " +
      "Planted: 绵阳 firm awarded 3,100 on 95,000 of investment (3% is 2,850); 宜宾 firm awarded 5,200 where 3% of 210,000 is 6,300 but the " +
      "maximum is 5,000.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "rate-range-with-cap", "conditions-not-caps", "one-matter-one-discussion",
    "base-column", "credit-codes", "cities-as-places", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "table-from-prose",
    "explainer-page", "province-policy", "sichuan",
  ],
  settings: { district: "四川省" },
  sheets: [
    {
      name: "奖补方式",
      widths: [6, 12, 26, 60],
      rows: [
        ["四川省招商引资项目财政奖补方式", null, null, null],
        ["序号", "奖补方式", "适用对象", "补助标准"],
        [1, "投资补助", "符合条件的招商引资项目", "按实际固定资产投资额的1%-3%给予补助，最高不超过5000万元"],
        [2, "贴息支持", "通过银行贷款融资的项目", "对项目贷款利息的30%给予贴息，贴息期限最长不超过3年"],
        [3, "重大项目支持", "投资特别重大、带动作用特别强的项目", "按照“一事一议”方式给予支持"],
        ["注：申报项目须符合四川省“5+1”现代工业体系、“4+6”现代服务业体系等重点方向；制造业项目总投资超5亿元，服务业项目总投资超3亿元。", null, null, null],
      ],
      merges: ["A1:D1", "A6:D6"],
    },
    {
      name: "拟奖补名单",
      widths: [6, 34, 22, 12, 12, 18, 14],
      rows: [
        ["2024年度四川省招商引资项目财政奖补资金拟奖补名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在市（州）", "奖补方式", "实际固定资产投资额", "拟奖补金额"],
        [1, "成都蓉芯智能装备有限公司", "91510116MA6CH7Q2LA", "成都市", "投资补助", 68000, 1360],
        [2, "德阳旌能重型机械制造有限公司", "91510603MA6A9K3R1J", "德阳市", "投资补助", 52000, 1560],
        [3, "绵阳涪江光电科技有限公司", "91510703MA6BX2T5N9", "绵阳市", "投资补助", 95000, 3100],
        [4, "宜宾翠屏动力电池材料有限公司", "91511502MA62R8W4DG", "宜宾市", "投资补助", 210000, 5200],
        [5, "遂宁船山电子电路有限公司", "91510903MA6Y5C1P8C", "遂宁市", "投资补助", 41000, 820],
        [6, "乐山嘉州晶硅新材料有限公司", "91511102MA62L0E7UA", "乐山市", "投资补助", 76000, 1520],
        ["合计", null, null, null, null, 542000, 13560],
      ],
      merges: ["A1:G1", "A10:E10"],
      numberFormats: { "F4:G10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "奖补方式", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "code", B: "item", D: "standard" } },
      {
        sheet: "拟奖补名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "拟奖补名单", cell: "G6", why: "投资补助 at most 3% × 95,000 = 2,850万元 (below the 5,000 maximum, so binding); 3,100 proposed: 250万元 over" },
      { rule: "cap.exceeded", sheet: "拟奖补名单", cell: "G7", why: "投资补助 at most 5,000万元 (3% × 210,000 = 6,300 does not bind); 5,200 proposed: 200万元 over" },
      { rule: "catalog.unreadable-standard", sheet: "奖补方式", cell: "D5", why: "按照“一事一议”方式给予支持 states no amount and no rate" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", sheet: "拟奖补名单", cell: "G7", why: "only the binding limit is reported: the 5,000 maximum, not 3% × 210,000 = 6,300" },
      { rule: "cap.rate-exceeded", sheet: "拟奖补名单", cell: "G5", why: "3% × 52,000 = 1,560, exactly the amount" },
      { rule: "cap.rate-exceeded", sheet: "拟奖补名单", cell: "G4", why: "1,360 is 2% of 68,000, within the 1%-3% band" },
      { rule: "cap.rate-exceeded", sheet: "拟奖补名单", cell: "G10", why: "合计 13,560 is no award; 542,000 the investments' sum" },
      { rule: "composition.total-mismatch", sheet: "拟奖补名单", cell: "G10", why: "1,360 + 1,560 + 3,100 + 5,200 + 820 + 1,520 = 13,560" },
      { rule: "composition.total-mismatch", sheet: "拟奖补名单", cell: "F10", why: "68,000 + 52,000 + 95,000 + 210,000 + 41,000 + 76,000 = 542,000" },
      { rule: "catalog.unreadable-standard", sheet: "奖补方式", cell: "D3", why: "a rate band with a maximum: 5000万元 is the cap" },
      { rule: "cap.unknown-policy", sheet: "拟奖补名单", why: "every row names 投资补助, the catalog's first item" },
      { rule: "register.invalid-credit-code", sheet: "拟奖补名单", why: "every code is well formed" },
      { rule: "register.ineligible-location", sheet: "拟奖补名单", why: "every city is Sichuan's" },
      { rule: "register.unpaid", why: "a list of proposed awards records no payments" },
      { rule: "input.unreadable-value", sheet: "奖补方式", cell: "A6", why: "the note's 5亿元 / 3亿元 are conditions, no row" },
    ],
  },
};
