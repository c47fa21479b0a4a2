import type { CorpusLayout } from "../types";

// 无锡日报·江阴晚报 2020-03-31: 江阴's measures for its 先进制造业科创中心 — among them a post-subsidy of at most 5% of research
// spending, at most 30万元 a year, for firms first named 省民营科技企业 or entered as 科技型中小企业. Laid out as the list of that
// subsidy behind it: 序号 | 企业名称 | 统一社会信用代码 | 所在镇（街道） | 企业类型 | 研发投入 | 补助比例 | 拟资助金额.
export const layout: CorpusLayout = {
  id: "jiangyin-2020-rd-post-subsidy-list",
  source: {
    title: "江阴启建先进制造业科创中心（研发投入后补助拟资助名单据正文拟）",
    url: "http://szb.wxrb.com/jnwb/pc/content/202003/31/content_38433.html",
    publisher: "无锡日报报业集团·江阴晚报（江阴市政府政策）",
    date: "2020-03-31",
    changes:
      "As published: the measure (对当年首次认定的省民营科技企业、评价入库的科技型中小企业，根据企业研发投入情况，给予最高5%的后补助，年度资助上限30万元). " +
      "Ours: the list as a table (the article gives no list), its title, the firms, codes, towns, research spending and amounts, the cut to 8 rows. " +
      "Planted: 江阴霞客生物科技有限公司 asks 18万元 on 310万元 of research (5% is 15.5); 江阴长泾电子元件有限公司 35万元, above the 30万元 ceiling; " +
      "无锡惠澄新能源科技有限公司 registered in 无锡市惠山区, outside 江阴市.",
  },
  classes: ["register", "rate-with-cap", "base-column", "rate-column-text", "credit-codes", "towns-as-places", "category-column", "item-in-title", "two-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "county-city-fund", "jiangsu"],
  settings: { district: "江阴市", asOf: "2020-12-31" },
  catalog: {
    items: [
      { name: "研发投入后补助", capType: "rate", rate: "5%", capAmount: 30, unit: "万元", base: "研发投入", year: 2020, document: "江阴市先进制造业科创中心建设政策措施" },
    ],
  },
  sheets: [
    {
      name: "拟资助名单",
      widths: [6, 30, 22, 14, 16, 12, 10, 14],
      rows: [
        ["江阴市2020年度研发投入后补助拟资助名单", null, null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在镇（街道）", "企业类型", "研发投入", "补助比例", "拟资助金额"],
        [1, "江阴澄星精密机械有限公司", "91320281MA1MX4R2PQ", "澄江街道", "省民营科技企业", 420, "5%", 21],
        [2, "江阴华士纺织新材料有限公司", "91320281MA1N8T6K3F", "华士镇", "科技型中小企业", 860, "5%", 30],
        [3, "江阴新桥智能装备有限公司", "91320281MA1P2WQ084", "新桥镇", "科技型中小企业", 240, "5%", 12],
        [4, "江阴霞客生物科技有限公司", "91320281MA1R7HJ5XL", "徐霞客镇", "省民营科技企业", 310, "5%", 18],
        [5, "江阴长泾电子元件有限公司", "91320281MA1T3LC94J", "长泾镇", "科技型中小企业", 1200, "5%", 35],
        [6, "江阴祝塘环保材料有限公司", "91320281MA1W6EBN25", "祝塘镇", "省民营科技企业", 180, "5%", 9],
        [7, "无锡惠澄新能源科技有限公司", "91320206MA1Q5GD7YG", "无锡市惠山区", "科技型中小企业", 200, "5%", 10],
        [8, "江阴璜土光电有限公司", "91320281MA1X9FU3HU", "璜土镇", "省民营科技企业", 96.4, "5%", 4.82],
        ["合计", null, null, null, null, 3506.4, null, 139.82],
        ["注：补助比例最高为研发投入的5%，单个企业年度资助上限30万元。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:H2", "A12:E12", "A13:H13"],
      numberFormats: { "F4:F12": "0.00", "H4:H12": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟资助名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "category", F: "base", H: "approved" },
        year: 2020,
        item: "研发投入后补助",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "H7", why: "18 above 5% × 310 = 15.5 (the rate binds: 15.5 < 30)" },
      { rule: "cap.exceeded", cell: "H8", why: "35 above the 30万元 ceiling (5% × 1,200 = 60, so the ceiling binds)" },
      { rule: "register.ineligible-location", cell: "D10", why: "无锡市惠山区 lies outside 江阴市" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "H5", why: "30 = the ceiling exactly (5% × 860 = 43, capped at 30)" },
      { rule: "cap.rate-exceeded", cell: "H11", why: "4.82 = 5% × 96.4 exactly" },
      { rule: "cap.exceeded", cell: "H12", why: "合计 139.82 (21 + 30 + 12 + 18 + 35 + 9 + 10 + 4.82) is no award" },
      { rule: "register.ineligible-location", cell: "D9", why: "祝塘镇 is a town of 江阴市" },
      { rule: "register.ineligible-location", cell: "D11", why: "璜土镇 is a town of 江阴市" },
      { rule: "register.duplicate", why: "every firm once" },
      { rule: "register.invalid-credit-code", why: "every code's check character is right" },
      { rule: "register.unpaid", why: "a list to be funded (拟资助) records no payments" },
    ],
  },
};
