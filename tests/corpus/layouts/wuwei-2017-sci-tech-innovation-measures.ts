import type { CorpusLayout } from "../types";

// 武威市 (甘肃) 贯彻落实《甘肃省支持科技创新若干措施》实施方案: the city's measures as clauses with their awards in prose (levels 20 / 10万元,
// 10% of the increase at most 50万元, 2% of the contract sum at most 30万元, a flat 2万元), and on a second sheet the year's awards by clause.
export const layout: CorpusLayout = {
  id: "wuwei-2017-sci-tech-innovation-measures",
  source: {
    title: "武威市高新技术企业奖励政策：武威市贯彻落实《甘肃省支持科技创新若干措施》实施方案（条款及兑现名单据正文拟）",
    url: "https://gqrdw.com/gansu/1084.html",
    publisher: "武威市人民政府（转载）",
    date: "2017",
    changes:
      "As published: the title, the basis (甘办发〔2016〕50号) and the section heading; the stored copy shows only the preamble and 一、总体要求, " +
      "so the four measures' wording and their awards (20 / 10万元, 10% at most 50万元, 2% at most 30万元, 2万元) are ours, chosen for the corpus, " +
      "laid out one clause a row under 条款 | 政策项目 | 政策内容 (表据正文拟). The second sheet is ours: a 2018 list of awards, firms, codes, 县区, " +
      "bases and amounts invented. Planted: 古浪县绿源生物 given 56万元 under 研发投入补助 whose maximum is 50; 武威荣华淀粉 given 24 under " +
      "科技成果转化奖励 where 2% of its base 900 is 18; 凉州区恒通信息's code with a wrong check character.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "levels-in-one-sentence", "rate-with-cap", "flat-award", "section-row", "clause-number-column", "base-column", "credit-codes", "counties-as-places", "item-per-row", "wanyuan-in-header", "total-at-foot", "city-policy", "built-from-prose", "gansu"],
  settings: { asOf: "2018-12-31", district: "武威市" },
  sheets: [
    {
      name: "实施方案条款",
      widths: [8, 24, 90],
      rows: [
        ["武威市贯彻落实《甘肃省支持科技创新若干措施》实施方案（条款据正文拟）", null, null],
        ["条款", "政策项目", "政策内容"],
        ["二、支持企业创新", null, null],
        ["（一）", "高新技术企业认定奖励", "对首次认定的高新技术企业，市级财政给予一次性奖励20万元；通过重新认定的，给予一次性奖励10万元。（责任单位：市科技局、市财政局）"],
        ["（二）", "研发投入补助", "对年度研究开发费用较上年增长的企业，按增长部分的10%给予补助，单个企业最高不超过50万元。（责任单位：市科技局、市财政局）"],
        ["（三）", "科技型中小企业入库奖励", "对首次评价入库的科技型中小企业，给予一次性奖励2万元。（责任单位：市科技局）"],
        ["（四）", "科技成果转化奖励", "对在本市转化科技成果的企业，按技术合同实际成交额的2%给予奖励，最高不超过30万元。（责任单位：市科技局、市财政局）"],
      ],
      merges: ["A1:C1", "A3:C3"],
    },
    {
      name: "兑现名单",
      widths: [6, 34, 22, 16, 24, 16, 14],
      rows: [
        ["2018年度武威市科技创新奖励资金拟兑现企业名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "县区", "政策项目", "计算基数（万元）", "奖励金额（万元）"],
        [1, "武威金泰农业科技有限公司", "916206007A4R2K3M13", "凉州区", "高新技术企业认定奖励", null, 20],
        [2, "民勤县沙海瓜业有限公司", "916206217C6U3P9Q7J", "民勤县", "研发投入补助", 380, 38],
        [3, "古浪县绿源生物科技有限公司", "916206227D7W5X1Y20", "古浪县", "研发投入补助", 620, 56],
        [4, "天祝县高原牦牛乳业有限公司", "916206237E8H4J6K37", "天祝藏族自治县", "高新技术企业认定奖励", null, 10],
        [5, "武威荣华淀粉制品有限公司", "916206007F9L2M8N5P", "凉州区", "科技成果转化奖励", 900, 24],
        [6, "凉州区恒通信息技术有限公司", "916206027B5T8L2N46", "凉州区", "科技型中小企业入库奖励", null, 2],
        ["合计", null, null, null, null, null, 150],
      ],
      merges: ["A1:G1", "A9:F9"],
      numberFormats: { "F3:G9": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "实施方案条款", kind: "catalog", headerRow: 2, lastRow: 7, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G5", why: "研发投入补助 at most 50万元; 10% of the base 620 is 62, so the maximum binds: 56 is 6万元 over" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G7", why: "科技成果转化奖励 is 2% of the contract sum: 2% × 900 = 18 (below the 30 maximum, so the rate binds); 24 is 6万元 over" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", cell: "C8", why: "916206027B5T8L2N46: the check character for 916206027B5T8L2N4 is 5, not 6" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G3", why: "首次认定 is awarded 20万元, the clause's top level" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G6", why: "10万元 is the 重新认定 level, below 20" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G4", why: "38 = 10% × 380, within the rate and the 50 maximum" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G8", why: "2万元 is the flat award" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G9", why: "合计 150 (= 20 + 38 + 56 + 10 + 24 + 2) is no award" },
      { rule: "register.ineligible-location", sheet: "兑现名单", why: "凉州区 is the city's district and 民勤、古浪、天祝藏族自治县 its counties" },
      { rule: "register.duplicate", sheet: "兑现名单", why: "six different firms" },
      { rule: "register.unpaid", sheet: "兑现名单", why: "a list to be paid (拟兑现) records no payments" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "every 政策项目 is a row of the clause sheet" },
    ],
  },
};
