import type { CorpusLayout } from "../types";

// 中央政府门户网站 2011-10-10: 北京市经信委、市财政局、市统计局 issue 《促进2011年工业平稳发展若干措施》 and 《2011年北京工业保增长企业奖励
// 政策实施细则》 — firms of 1亿 to 100亿元 output growing 15% or more, or of 100亿元 or more growing 12% or more, get a one-off award, at
// most 50万元 (100亿元 and above 20%), at least 10万元. Laid out as the year's award list: 区县 | 企业名称 | 工业总产值 | 同比增长 | 奖励金额.
export const layout: CorpusLayout = {
  id: "beijing-2011-industrial-growth-enterprise-awards",
  source: {
    title: "北京出台促进2011年工业平稳发展若干措施（2011年北京工业保增长企业奖励名单；表据正文拟）",
    url: "http://www.afdelivr.top/govweb/gzdt/2011-10/10/content_1965097.htm",
    publisher: "中央政府门户网站（转载）；北京市经济和信息化委员会、北京市财政局、北京市统计局",
    date: "2011-10-10",
    changes:
      "As published: the policy's name, its thresholds (工业总产值1亿元（含）以上100亿元以下且同比增长不低于15%, or 100亿元（含）以上且不低于12%) and its " +
      "range of awards (最高50万元 for 100亿元以上 growing above 20%, 10万元 at the least). The stored item is prose only: the list — its title, caption, " +
      "headings, the firms (invented), districts, figures and awards — is ours (table-from-prose); firms of 2011 carry no 统一社会信用代码. The catalog " +
      "holds the policy's 50万元 maximum. Planted: 北京燕房新材料 (108.5亿元, 24.1%) awarded 60万元, above the 50万元 maximum; 北京昌盛能源装备 listed " +
      "twice (rows 6 and 11).",
  },
  classes: [
    "register", "table-from-prose", "item-from-title", "max-cap", "no-credit-codes", "districts-as-places", "development-zone-as-place",
    "output-and-growth-columns", "percent-format", "wanyuan-caption", "total-at-foot", "year-in-title", "city-policy", "beijing",
  ],
  settings: { district: "北京市" },
  sheets: [
    {
      name: "奖励名单",
      widths: [6, 20, 32, 22, 12, 14],
      rows: [
        ["2011年北京工业保增长企业奖励名单", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "区县", "企业名称", "2011年工业总产值（亿元）", "同比增长", "奖励金额"],
        [1, "顺义区", "北京顺兴汽车零部件有限公司", 126.4, 0.225, 50],
        [2, "大兴区", "北京兴华生物制药有限公司", 38.6, 0.182, 30],
        [3, "昌平区", "北京昌盛能源装备有限公司", 12.3, 0.164, 15],
        [4, "北京经济技术开发区", "北京亦庄精密电子有限公司", 8.7, 0.171, 10],
        [5, "通州区", "北京通运印刷机械有限公司", 4.2, 0.156, 10],
        [6, "房山区", "北京燕房新材料有限公司", 108.5, 0.241, 60],
        [7, "怀柔区", "北京雁栖食品有限公司", 2.9, 0.198, 10],
        [8, "昌平区", "北京昌盛能源装备有限公司", 12.3, 0.164, 15],
        ["合计", null, null, null, null, 200],
      ],
      merges: ["A1:F1", "A12:E12"],
      numberFormats: { "D4:D11": "0.0", "E4:E11": "0.0%", "F4:F12": "0" },
    },
  ],
  catalog: {
    items: [
      {
        name: "北京工业保增长企业奖励",
        capType: "max",
        capAmount: 50,
        unit: "万元",
        document: "《2011年北京工业保增长企业奖励政策实施细则》：工业总产值100亿元以上、同比增长高于20%的企业获最高一次性奖励50万元",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "place", C: "enterprise", F: "approved" },
        year: 2011,
        item: "北京工业保增长企业奖励",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F9", why: "北京燕房新材料: 60万元 against the policy's 50万元 maximum, 10万元 over" },
      { rule: "register.duplicate", cell: "F11", why: "北京昌盛能源装备有限公司 listed again (row 6, same award, same year)" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F4", why: "50万元 is the maximum itself" },
      { rule: "cap.exceeded", cell: "F12", why: "合计 200 is no award" },
      { rule: "cap.unknown-policy", why: "the title names the catalog's item, 北京工业保增长企业奖励" },
      { rule: "register.ineligible-location", cell: "B7", why: "北京经济技术开发区 lies in 北京市" },
      { rule: "register.invalid-credit-code", why: "no credit codes in a 2011 list" },
      { rule: "register.unpaid", why: "an award list records no payments" },
      { rule: "input.unreadable-value", cell: "E4", why: "同比增长 22.5% is a growth rate, a firm's figure, not money" },
    ],
  },
};
