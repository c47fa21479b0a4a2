import type { CorpusLayout } from "../types";

// 海南省工业和信息化厅等四部门 2013-12-10: 2013年度海南省中小企业成长性奖励资金 for 42 firms in five industries (机械电子 8, 农副产品生产加工 9,
// 商贸服务 10, 生物医药 10, 新能源新材料和节能环保 5). The report names a few firms only; laid out as the award list by industry:
// 序号 | 行业 | 企业名称 | 所在市县 | 奖励资金（万元）, no credit codes (the list predates them), 合计 at the foot.
export const layout: CorpusLayout = {
  id: "hainan-2013-sme-growth-awards",
  source: {
    title: "海南省专项扶持42家中小企业 涉及五大行业（2013年度海南省中小企业成长性奖励资金；名单据正文拟）",
    url: "http://www.cinic.org.cn/zgzz/fc/60973.html",
    publisher: "海南省工业和信息化厅、省财政厅、省国税局、省地税局（中国工业新闻网报道）",
    date: "2013-12-10",
    changes:
      "As published: the award and its year, the four reviewing offices, the five industries and their counts. Ours: the table form, nine invented " +
      "firms (the report's own named firms replaced), their 市县 and every amount. Planted: 南椰乳业 listed a second time under 生物医药 for the same " +
      "award; a firm of 湛江市 (广东) in a 海南 list.",
  },
  classes: ["register", "item-in-title", "industry-as-category", "category-column", "no-credit-codes", "cities-and-counties-as-places", "province-wide-list", "wanyuan-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "no-catalog", "hainan"],
  settings: { district: "海南省", asOf: "2013-12-10" },
  sheets: [
    {
      name: "成长性奖励",
      widths: [6, 20, 30, 16, 14],
      rows: [
        ["2013年度海南省中小企业成长性奖励资金企业名单", null, null, null, null],
        ["序号", "行业", "企业名称", "所在市县", "奖励资金（万元）"],
        [1, "机械电子", "海南椰城航电信息系统有限公司", "海口市", 30],
        [2, "机械电子", "海南易联建科技股份有限公司", "海口市", 25],
        [3, "农副产品生产加工", "海南南椰乳业有限公司", "澄迈县", 30],
        [4, "农副产品生产加工", "白沙雨林茶业股份有限公司", "白沙黎族自治县", 20],
        [5, "商贸服务", "三亚鹿回头热带森林公园有限公司", "三亚市", 20],
        [6, "生物医药", "海南药谷制药有限公司", "海口市", 30],
        [7, "生物医药", "湛江南海生物制药有限公司", "湛江市", 25],
        [8, "生物医药", "海南南椰乳业有限公司", "澄迈县", 20],
        [9, "新能源、新材料和节能环保", "海南欣源粘合剂实业有限公司", "海口市", 20],
        ["合计", null, null, null, 220],
        ["注：名单按行业排列；奖励资金由省工业和信息化厅、省财政厅联合下达。", null, null, null, null],
      ],
      merges: ["A1:E1", "A12:D12", "A13:E13"],
      numberFormats: { "E3:E12": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "成长性奖励",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 12,
        columns: { B: "category", C: "enterprise", D: "place", E: "approved" },
        year: 2013,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "C10", why: "海南南椰乳业有限公司 again (row 10, 生物医药, 20) for the same 2013 award it has on row 5 (农副产品生产加工, 30)" },
      { rule: "register.ineligible-location", cell: "D9", why: "湛江市 is in 广东, outside 海南省" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "D6", why: "白沙黎族自治县 is a county of 海南" },
      { rule: "register.ineligible-location", cell: "D5", why: "澄迈县 is a county of 海南" },
      { rule: "register.invalid-credit-code", why: "the list has no credit codes" },
      { rule: "register.duplicate", cell: "C4", why: "two firms in 海口市 under 机械电子 are different firms" },
      { rule: "register.unpaid", why: "an award list records no payments" },
      // Corrected after the forty-eighth holdout's measurement: "nowhere" contradicted docs/rules.md, under which a
      // list titled …名单 with no catalog loaded takes its title's policy as its item and reports it once as unchecked.
      // What the entry meant: 行业 is no item, so no 行业 is reported as an unknown policy (at the first row's 行业).
      { rule: "cap.unknown-policy", cell: "B3", why: "行业 is a category of firms, not a policy item; no catalog is given" },
    ],
  },
};
