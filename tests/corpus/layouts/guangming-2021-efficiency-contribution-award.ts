import type { CorpusLayout } from "../types";

// 深圳市光明区工业和信息化局 2021-02: the second batch of the district's 规上工业企业增效贡献奖励 put up
// for public comment — 50% of the firm's new local fiscal contribution, at most 200万元 a firm. The list
// gives the base (地方财力贡献新增部分) beside the award; codes issued by the city (440300).
export const layout: CorpusLayout = {
  id: "guangming-2021-efficiency-contribution-award",
  source: {
    title: "关于2021年光明区经济发展专项资金第二批规上工业企业增效贡献奖励项目名单的公示（附件：项目名单）",
    url: "http://m.088678.cn/tonggao/2904.html",
    publisher: "深圳市光明区工业和信息化局",
    date: "2021-02-21",
    changes:
      "The notice's text (the rule: 按其地方财力贡献新增部分的50%予以企业最高200万元奖励; 深光工信〔2020〕147号) is as published; " +
      "the stored copy does not show the annex, so the list's columns (序号 | 企业名称 | 统一社会信用代码 | 所在街道 | 2020年地方财力贡献" +
      "新增部分 | 拟奖励金额), the 单位：万元 caption, firms, codes and figures are ours; the streets are 光明区's. Planted: 凤凰光电 " +
      "52.18 where 50% of 96.36 is 48.18; 马田智能 250.00 where the 200 cap binds; 石岩包装 placed in 石岩街道 (宝安区).",
  },
  classes: ["register", "rate-with-cap", "base-column", "credit-codes", "city-level-codes", "towns-as-places", "item-in-title", "wanyuan-caption"],
  settings: { district: "光明区" },
  sheets: [
    {
      name: "项目名单",
      widths: [6, 30, 22, 12, 20, 14],
      rows: [
        ["2021年光明区经济发展专项资金第二批规上工业企业增效贡献奖励项目名单", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在街道", "2020年地方财力贡献新增部分", "拟奖励金额"],
        [1, "深圳光明精密模具有限公司", "91440300MA5G3K1R20", "公明街道", 180.4, 90.2],
        [2, "深圳新湖电子科技有限公司", "91440300MA5F8WQ044", "新湖街道", 520, 200],
        [3, "深圳凤凰光电材料有限公司", "91440300MA5DP7HX18", "凤凰街道", 96.36, 52.18],
        [4, "深圳玉塘塑胶制品有限公司", "91440300MA5EY2N63P", "玉塘街道", 45.1, 22.55],
        [5, "深圳马田智能装备有限公司", "91440300MA5GA41L9A", "马田街道", 610, 250],
        [6, "深圳光明生物医药有限公司", "91440300MA5FKU8T55", "光明街道", 133.33, 66.67],
        [7, "深圳公明五金制品有限公司", "91440300MA5H0J6C8M", "公明街道", 78.2, 39.1],
        [8, "深圳石岩包装材料有限公司", "91440300MA5DX9B27R", "石岩街道", 60, 30],
        ["合计", null, null, null, 1723.39, 750.7],
      ],
      merges: ["A1:F1", "A12:D12"],
      numberFormats: { "E4:F12": "0.00" },
    },
  ],
  catalog: {
    items: [
      {
        name: "规上工业企业增效贡献奖励",
        capType: "rate",
        rate: 0.5,
        capAmount: 200,
        unit: "万元",
        year: 2021,
        document: "深光发〔2020〕2号；深光工信〔2020〕147号",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "项目名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "base", F: "approved" },
        year: 2021,
        item: "规上工业企业增效贡献奖励",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "F6", why: "50% × 96.36 = 48.18万元 allowed, 52.18 proposed: 4.00万元 over (the 200 cap does not bind)" },
      { rule: "cap.exceeded", cell: "F8", why: "50% × 610.00 = 305.00, so the 200.00万元 maximum binds; 250.00 proposed: 50.00万元 over" },
      { rule: "register.ineligible-location", cell: "D11", why: "石岩街道 is in 宝安区, not 光明区" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "F9", why: "50% × 133.33 = 66.665, shown 66.67 at two decimals: rounding" },
      { rule: "cap.rate-exceeded", cell: "F8", why: "only the binding limit is reported: the 200 cap, not the rate" },
      { rule: "cap.exceeded", cell: "F5", why: "200.00 is the cap exactly (50% × 520.00 = 260.00)" },
      { rule: "cap.exceeded", cell: "F12", why: "合计 is not an award" },
      { rule: "register.ineligible-location", cell: "D4", why: "公明街道, 新湖街道, 凤凰街道, 玉塘街道, 马田街道, 光明街道 are 光明区's streets" },
      { rule: "register.location-code-mismatch", why: "codes issued by 深圳市 (440300) cover 光明区" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "cap.unknown-policy", why: "the item is in the title and in the catalog" },
      { rule: "register.duplicate", why: "every firm appears once" },
    ],
  },
};
