import type { CorpusLayout } from "../types";

// 中山市商务局 2023-12-11: 2023年中山市“百展千企”拓市场扶持政策 资金分配计划 公示 (机票补贴、特装补贴、组展补贴; 参展费补贴 later). The
// stored page shows the notice, not the plan: its airfare part is set out as such a plan is published — 序号 | 镇街 | 企业名称 |
// 统一社会信用代码 | 展会名称 | 补助类别 | 派遣人次 | 拟补助金额（元）, 合计 at the foot. The caps come from the 申报指南 (中商务贸字〔2023〕17号):
// 重点展会 at most 15000元 a person, 3 persons, 45000元 a firm a show; 目标展会 10000元 a person, so 30000元.
export const layout: CorpusLayout = {
  id: "zhongshan-2023-baizhan-qianqi-airfare-allocation",
  source: {
    title: "中山市商务局关于2023年中山市“百展千企”拓市场扶持政策资金分配计划的公示（机票补贴分配计划据正文拟）",
    url: "http://www.szmaolu.com/swj/gggs/content/post_2352689.html",
    publisher: "中山市商务局",
    date: "2023-12-11",
    changes:
      "As published: the policy (中商务贸字〔2023〕13号), the two batches, the review steps, the 7-day publicity from 2023-12-11 and that this plan " +
      "covers 机票、特装、组展 subsidies. The plan's table is not in the stored copy: only its airfare part is set out, with our columns, towns, " +
      "firms, codes (invented, 442000 for 中山), shows and amounts. Caps from the 申报指南 as published (dj10086.cn copy): 15000元 a person, at " +
      "most 3 persons and 45000元 a firm a show for 重点展会; 10000元 a person (so 30000元) for 目标展会. Planted: 中山火炬精密电子 asks 52,500 " +
      "for a 重点展会 (45,000 at most); the 合计 typed 229,400 where the lines add up to 239,400.",
  },
  classes: ["register", "item-column", "fixed-cap-per-firm", "count-column", "towns-as-places", "development-zone-as-place", "credit-codes", "total-at-foot", "yuan-in-header", "catalog-from-guide", "table-not-in-stored-copy", "city-fund", "guangdong"],
  settings: { district: "中山市" },
  catalog: {
    items: [
      { name: "重点展会往返机票费用补助", category: "百展千企拓市场", capType: "max", capAmount: 45000, unit: "元", year: 2023, document: "中商务贸字〔2023〕13号" },
      { name: "目标展会往返机票费用补助", category: "百展千企拓市场", capType: "max", capAmount: 30000, unit: "元", year: 2023, document: "中商务贸字〔2023〕13号" },
    ],
  },
  sheets: [
    {
      name: "机票补贴",
      widths: [6, 12, 30, 22, 30, 26, 10, 16],
      rows: [
        ["2023年中山市“百展千企”拓市场扶持政策资金分配计划（往返机票费用补助）", null, null, null, null, null, null, null],
        ["序号", "镇街", "企业名称", "统一社会信用代码", "展会名称", "补助类别", "派遣人次", "拟补助金额（元）"],
        [1, "小榄镇", "中山榄菊智能家电有限公司", "91442000MAWTE4041U", "德国科隆国际五金展", "重点展会往返机票费用补助", 3, 43500],
        [2, "古镇镇", "中山古镇华耀照明科技有限公司", "91442000MAYWA4NR0X", "迪拜中东国际照明展", "重点展会往返机票费用补助", 3, 45000],
        [3, "东凤镇", "中山东凤小家电制造有限公司", "91442000MABXLR4R1W", "美国拉斯维加斯消费电子展", "目标展会往返机票费用补助", 3, 30000],
        [4, "火炬开发区", "中山火炬精密电子有限公司", "91442000MAJUH43442", "德国汉诺威工业博览会", "重点展会往返机票费用补助", 3, 52500],
        [5, "南头镇", "中山南头厨电科技有限公司", "91442000MAC3RG3796", "俄罗斯莫斯科国际家电展", "目标展会往返机票费用补助", 2, 18600],
        [6, "三乡镇", "中山三乡新材料有限公司", "91442000MAFC8N976G", "日本东京国际礼品展", "目标展会往返机票费用补助", 2, 9800],
        [7, "石岐街道", "中山石岐服饰有限公司", "91442000MAYR7T748U", "法国巴黎国际服装面料展", "重点展会往返机票费用补助", 2, 27400],
        [8, "黄圃镇", "中山黄圃食品有限公司", "91442000MAAE342H7K", "泰国曼谷亚洲食品展", "目标展会往返机票费用补助", 3, 12600],
        ["合计", null, null, null, null, null, 21, 229400],
      ],
      merges: ["A1:H1", "A11:F11"],
      numberFormats: { "H3:H11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "机票补贴",
        kind: "register",
        unit: "元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "place", C: "enterprise", D: "creditCode", F: "item", H: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "H6", why: "重点展会往返机票费用补助: at most 45,000元 a firm a show; 52,500 proposed: 7,500元 over" },
      { rule: "composition.total-mismatch", cell: "H11", why: "43,500 + 45,000 + 30,000 + 52,500 + 18,600 + 9,800 + 27,400 + 12,600 = 239,400, typed 229,400: 10,000元 short" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "H4", why: "45,000 is exactly the 重点展会 maximum" },
      { rule: "cap.exceeded", cell: "H5", why: "30,000 is exactly the 目标展会 maximum" },
      { rule: "cap.unknown-policy", why: "both 补助类别 are items of the catalog" },
      { rule: "composition.total-mismatch", cell: "G11", why: "派遣人次 3 + 3 + 3 + 3 + 2 + 2 + 2 + 3 = 21, and it is a count, not money" },
      { rule: "register.ineligible-location", cell: "B6", why: "火炬开发区 (中山火炬高技术产业开发区) lies in 中山" },
      { rule: "register.ineligible-location", why: "小榄、古镇、东凤、南头、三乡、黄圃 and 石岐街道 are towns and streets of 中山" },
      { rule: "register.location-code-mismatch", why: "every code names 中山 (442000)" },
      { rule: "register.invalid-credit-code", why: "every code is valid" },
      { rule: "register.duplicate", why: "no firm twice" },
      { rule: "register.unpaid", why: "a plan in publicity: no payment columns" },
    ],
  },
};
