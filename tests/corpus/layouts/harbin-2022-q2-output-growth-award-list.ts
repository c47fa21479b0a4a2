import type { CorpusLayout } from "../types";

// 哈尔滨市鼓励工业企业增产增收奖励政策实施细则 (征求意见稿, 2022-05, under 哈政规〔2022〕5号): a 规模以上工业企业 whose 2022年二季度 output grew
// 10% or more on the quarter a year before gets 1% of the growth. Set out as the list an office would post: both quarters' output, the growth,
// the growth rate and the award, by 区、县（市）.
export const layout: CorpusLayout = {
  id: "harbin-2022-q2-output-growth-award-list",
  source: {
    title: "关于公开征求《哈尔滨市鼓励工业企业增产增收奖励政策实施细则》意见的通知（拟奖励企业名单据细则拟）",
    url: "http://llxxkj.cn/content/190.html",
    publisher: "哈尔滨市工业和信息化局",
    date: "2022-05-20",
    changes:
      "The rule is as published (第二条: 2022年二季度当季产值增长10%以上的规模以上工业企业且在规上统计库内，按照产值增长部分的1%给予奖励; 第三条 就高不重复). " +
      "The notice is prose: the list, its columns (二季度产值 both years | 产值增长部分 | 增速 | 奖励金额) and every firm, code and figure are ours; " +
      "the catalog gives the item its 1% of the growth. Planted: 南岗电子仪表 8.70 where 1% of 780 is 7.80; 松北新能源's code with a wrong check character.",
  },
  classes: [
    "register", "item-in-title", "rate-cap", "base-column", "growth-columns-not-bases", "growth-rate-column", "quarter-in-title", "credit-codes",
    "districts-and-counties-as-places", "city-fund", "two-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "table-from-prose", "heilongjiang",
  ],
  settings: { district: "哈尔滨市" },
  sheets: [
    {
      name: "拟奖励企业名单",
      widths: [6, 12, 30, 22, 14, 14, 14, 10, 12],
      rows: [
        ["哈尔滨市鼓励工业企业增产增收奖励拟奖励企业名单（2022年二季度）", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "区、县（市）", "企业名称", "统一社会信用代码", "2021年二季度产值", "2022年二季度产值", "产值增长部分", "增速", "奖励金额"],
        [1, "道里区", "哈尔滨冰城饮品有限公司", "91230102MA1K3Q5R7A", 8420, 9850, 1430, "16.98%", 14.3],
        [2, "平房区", "哈尔滨平房汽车零部件有限公司", "91230108MA1L6T8U2W", 21600, 25380, 3780, "17.50%", 37.8],
        [3, "南岗区", "哈尔滨南岗电子仪表有限公司", "91230103MA1M2X4W5H", 5200, 5980, 780, "15.00%", 8.7],
        [4, "呼兰区", "哈尔滨呼兰生物饲料有限公司", "91230111MA1N7Y3E8R", 12500, 14000, 1500, "12.00%", 15],
        [5, "五常市", "五常米业集团有限公司", "91230184MA1P4D6F2H", 6800, 7650, 850, "12.50%", 8.5],
        [6, "松北区", "哈尔滨松北新能源装备有限公司", "91230109MA1Q8G2H5T", 30400, 36480, 6080, "20.00%", 60.8],
        [7, "双城区", "哈尔滨双城肉类加工有限公司", "91230113MA1R5J9K30", 9600, 10656, 1056, "11.00%", 10.56],
        ["合计", null, null, null, 94520, 109996, 15476, "16.37%", 155.66],
        ["注：奖励金额按产值增长部分的1%计算；与其他短期支持企业增加生产奖励政策按照就高不重复的原则享受。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A11:D11", "A12:I12"],
      numberFormats: { "E4:G11": "#,##0", "I4:I11": "#,##0.00" },
    },
  ],
  catalog: {
    items: [
      {
        name: "鼓励工业企业增产增收奖励",
        capType: "rate",
        rate: 0.01,
        base: "产值增长部分",
        unit: "万元",
        year: 2022,
        document: "《哈尔滨市鼓励工业企业增产增收奖励政策实施细则》第二条：按照产值增长部分的1%给予奖励",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "拟奖励企业名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "place", C: "enterprise", D: "creditCode", G: "base", I: "approved" },
        year: 2022,
        item: "鼓励工业企业增产增收奖励",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "I6", why: "南岗电子仪表: 1% × 780 = 7.80万元 allowed, 8.70 proposed: 0.90 over" },
      { rule: "register.invalid-credit-code", cell: "D9", why: "91230109MA1Q8G2H5T: the check character for the first 17 is R, not T" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "I10", why: "双城肉类: 1% × 1,056 = 10.56, exactly the amount" },
      { rule: "cap.rate-exceeded", cell: "I9", why: "松北新能源: 1% × 6,080 = 60.80, exactly the amount (the 2022 output 36,480 is no base)" },
      { rule: "cap.rate-exceeded", cell: "H4", why: "增速 16.98% is the growth on the year (1,430 / 8,420), no award rate" },
      { rule: "cap.exceeded", cell: "I11", why: "合计 155.66 is no award (14.30 + 37.80 + 8.70 + 15.00 + 8.50 + 60.80 + 10.56)" },
      { rule: "composition.total-mismatch", cell: "G11", why: "1,430 + 3,780 + 780 + 1,500 + 850 + 6,080 + 1,056 = 15,476 = 109,996 − 94,520" },
      { rule: "composition.total-mismatch", cell: "I11", why: "the award foot adds the lines as typed: 155.66" },
      { rule: "register.ineligible-location", why: "道里, 平房, 南岗, 呼兰, 五常, 松北, 双城 are all 哈尔滨's" },
      { rule: "register.location-code-mismatch", why: "each code's characters 3–8 name its own district or county (230102 道里, 230108 平房, 230103 南岗, 230111 呼兰, 230184 五常, 230109 松北, 230113 双城)" },
      { rule: "register.duplicate", why: "no firm appears twice" },
      { rule: "cap.unknown-policy", why: "the title names the catalog's item (…增产增收奖励拟奖励企业名单)" },
    ],
  },
};
