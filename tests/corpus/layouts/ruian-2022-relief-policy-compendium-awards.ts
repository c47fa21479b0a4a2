import type { CorpusLayout } from "../types";

// 瑞安市 2022-05 纾困解难政策汇编: a four-column catalog — 奖补（扶持）事项 | 对象 | 方式 | 奖补额度 — with 方面 category rows, 对象 and
// 方式 merged down over several 事项, two levels in one cell (国家级100万元；省级50万元), a rate with a cap in prose and 服务券 awards.
// The year's payments by 事项 on a second sheet.
export const layout: CorpusLayout = {
  id: "ruian-2022-relief-policy-compendium-awards",
  source: {
    title: "瑞安市纾困解难政策汇编（第5页：企业培育、服务平台创建、龙头骨干企业培育、绿色发展激励）",
    url: "https://yunzhan365.com/basic/101-150/62680724.html",
    publisher: "瑞安市人民政府（政策汇编，云展网）",
    date: "2022-05-31",
    changes:
      "As published: the catalog's four headings, its 事项 / 对象 / 方式 / 额度 wording (定额类补助，即时兑付; 数据核较类，每半年度审核兑付; 10万元; " +
      "国家级100万元；省级50万元; 按实际新增采购结算额的1%奖励，最高不超过100万元; 3万元（服务券）; 国家级500万元；省级200万元) and the category " +
      "rows 服务平台创建方面 / 龙头骨干企业培育方面 / 四、绿色发展激励 / 绿色制造方面; the first category row 工艺美术发展方面 is ours (the page " +
      "cut starts below it). The payments sheet, its seven firms, codes, bases and amounts are ours. Planted: 瑞安飞云机械 paid 124万元 " +
      "(1% of 12,400) where 订单本地化 stops at 100万元; 瑞安仙降鞋业 paid 78万元 on a 5,200万元 base, 1.5% where the rate is 1% (52万元).",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "fixed-awards", "levels-in-one-cell", "service-voucher-awards",
    "category-row", "section-row", "merged-down-columns", "base-column", "credit-codes", "towns-as-places", "item-per-row",
    "wanyuan-caption", "total-at-foot", "county-city", "zhejiang",
  ],
  sheets: [
    {
      name: "政策汇编",
      widths: [44, 12, 22, 36],
      rows: [
        ["瑞安市纾困解难政策汇编（摘录）", null, null, null],
        ["奖补（扶持）事项", "奖补（扶持）对象", "奖补（扶持）方式", "奖补额度"],
        ["工艺美术发展方面", null, null, null],
        ["新认定的省级工艺美术大师示范工作室", "企业", "定额类补助，即时兑付。", "10万元。"],
        ["新认定的温州市级工艺美术产业化示范基地", null, null, "10万元。"],
        ["服务平台创建方面", null, null, null],
        ["新认定的国家级、省级服务型制造示范企业（平台）", "企业", "定额类补助，即时兑付。", "国家级100万元；省级50万元。"],
        ["新认定的国家级、省级中小企业公共服务示范平台", null, null, "国家级50万元；省级30万元。"],
        ["对首次升规且当年地方综合贡献度达到50万元的工业企业补助", null, null, "1万元。（服务券）"],
        ["龙头骨干企业培育方面", null, null, null],
        ["龙头骨干企业订单本地化（每半年度采购本地工业产品税务发票总额1500万元以上，且新增采购额500万元<含>以上）", "工业企业", "数据核较类，每半年度审核兑付。", "按实际新增采购结算额的1%奖励，最高不超过100万元。"],
        ["年度领军型（龙头骨干）工业企业、高成长型的工业企业补助", "企业", "定额类补助，即时兑付。", "3万元。（服务券）"],
        ["四、绿色发展激励", null, null, null],
        ["绿色制造方面", null, null, null],
        ["国家级、省级绿色园区", "园区管理方", "定额类补助，即时兑付。", "国家级500万元；省级200万元。"],
      ],
      merges: ["A1:D1", "A3:D3", "B4:B5", "C4:C5", "A6:D6", "B7:B9", "C7:C9", "A10:D10", "A13:D13", "A14:D14"],
    },
    {
      name: "兑付明细",
      widths: [6, 26, 22, 12, 40, 16, 14],
      rows: [
        ["2022年瑞安市纾困解难政策奖补兑付明细", null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "乡镇（街道）", "奖补事项", "计算基数（新增采购额）", "兑付金额"],
        [1, "瑞安华瓯工艺品有限公司", "91330381MA2HK7R3D8", "莘塍街道", "新认定的省级工艺美术大师示范工作室", null, 10],
        [2, "瑞安东联汽配有限公司", "91330381MA2J4T8N6D", "塘下镇", "龙头骨干企业订单本地化", 8600, 86],
        [3, "瑞安飞云机械有限公司", "91330381MA2L9C1W5F", "飞云街道", "龙头骨干企业订单本地化", 12400, 124],
        [4, "瑞安塘下阀门有限公司", "91330381MA2KP6F2XW", "塘下镇", "新认定的国家级、省级中小企业公共服务示范平台", null, 30],
        [5, "瑞安仙降鞋业有限公司", "91330381MA2M3D7Q82", "仙降街道", "龙头骨干企业订单本地化", 5200, 78],
        [6, "瑞安马屿食品有限公司", "91330381MA2N8B5H4X", "马屿镇", "新认定的国家级、省级服务型制造示范企业（平台）", null, 50],
        [7, "瑞安安阳包装有限公司", "91330381MA2CX4E9T3", "安阳街道", "年度领军型（龙头骨干）工业企业、高成长型的工业企业补助", null, 3],
        ["合计", null, null, null, null, null, 381],
      ],
      merges: ["A1:G1", "A2:G2", "A11:F11"],
    },
  ],
  settings: { district: "瑞安市" },
  expect: {
    tables: [
      { sheet: "政策汇编", kind: "catalog", headerRow: 2, lastRow: 15, columns: { A: "item", D: "standard" } },
      {
        sheet: "兑付明细",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑付明细", cell: "G6", why: "瑞安飞云机械: 订单本地化 is 1% of 12,400 = 124 but at most 100万元: 24万元 over" },
      { rule: "cap.rate-exceeded", sheet: "兑付明细", cell: "G8", why: "瑞安仙降鞋业: 78 on a 5,200 base is 1.5%; the rate is 1% (52万元): 26万元 over" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑付明细", cell: "G5", why: "86 = 1% of 8,600, under 100" },
      { rule: "cap.exceeded", sheet: "兑付明细", cell: "G7", why: "30 is the 省级 level of 中小企业公共服务示范平台 (国家级 50)" },
      { rule: "cap.exceeded", sheet: "兑付明细", cell: "G9", why: "50 is the 省级 level of 服务型制造示范企业 (国家级 100)" },
      { rule: "cap.exceeded", sheet: "兑付明细", cell: "G11", why: "合计 381 is a total, not an award" },
      { rule: "register.ineligible-location", why: "莘塍、塘下、飞云、仙降、马屿、安阳 are 瑞安's towns and streets" },
      { rule: "register.duplicate", why: "three firms share 订单本地化, each once" },
      { rule: "register.invalid-credit-code", why: "all seven codes are valid (瑞安 330381)" },
      { rule: "catalog.unreadable-standard", why: "each 额度 is a fixed amount, two levels in one cell, or a rate with a cap" },
      { rule: "cap.no-cap", why: "the 1万元 / 3万元（服务券） items are fixed awards; 服务券 is how they are paid" },
    ],
  },
};
