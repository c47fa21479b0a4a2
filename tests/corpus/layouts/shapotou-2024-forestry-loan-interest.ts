import type { CorpusLayout } from "../types";

// 中卫市沙坡头区林业和草原局 2024-08-08: the 2024 central forestry loan-interest subsidy put up for comment — 18 borrowers
// (firms, a co-operative and individuals), 10,393万元 of loans, 212.753893万元 of interest: amounts in 万元 to six decimals
// (元 to the fen). Laid out as the 申报明细表 such a notice annexes: the loan under a merged 贷款情况 header, the days
// interest ran, the interest proposed.
export const layout: CorpusLayout = {
  id: "shapotou-2024-forestry-loan-interest",
  source: {
    title: "沙坡头区2024年林业贷款中央财政贴息项目公示（附件：林业贴息贷款项目贷款贴息资金申报明细表）",
    url: "https://www.chacewang.com/newsdetail/news625762.html",
    publisher: "中卫市沙坡头区林业和草原局",
    date: "2024-08-08",
    changes:
      "The notice is as published (宁林规发〔2023〕3号, 宁林函〔2024〕302号; 18户企业（个人）; 贷款金额10393万元; 拟贴息金额212.753893万元; " +
      "公示 2024-08-08 至 08-14). The stored copy does not show the annex, so its columns (序号 | 贷款主体 | 统一社会信用代码 | 所在乡镇 | " +
      "贷款项目名称 | 贷款情况: 贷款银行 / 贷款金额 / 计息天数 | 拟贴息金额), the 单位：万元 caption and the note are ours; the list is cut to " +
      "eight rows and every borrower, code (沙坡头区 640502; 93 for the co-operative; none for individuals) and figure is ours. The " +
      "catalog's 3% a year is the central rate another county's notice quotes (静宁县 2023-09-20: 按实际贷款期限及年贴息率3%计算贴息额), " +
      "read as a maximum of 3% of the loan. Planted: 常乐红枣 30.000000 where 3% × 600 = 18.00 (5% applied); 迎水桥苗木's code with a " +
      "wrong check character; 沙坡头枸杞 listed twice for the same loan.",
  },
  classes: ["register", "rate-with-cap", "base-column", "six-decimal-wanyuan", "people-and-firms", "blank-codes-for-people", "cooperative-code", "two-header-rows", "credit-codes", "towns-as-places", "item-in-title", "wanyuan-caption", "notes-under-table", "ningxia"],
  settings: { district: "中卫市沙坡头区", asOf: "2024-08-08" },
  sheets: [
    {
      name: "申报明细表",
      widths: [6, 30, 22, 10, 20, 14, 12, 10, 16],
      rows: [
        ["林业贴息贷款项目贷款贴息资金申报明细表", null, null, null, null, null, null, null, null],
        ["填报单位：沙坡头区林业和草原局", null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "贷款主体", "统一社会信用代码", "所在乡镇", "贷款项目名称", "贷款情况", null, null, "拟贴息金额"],
        [null, null, null, null, null, "贷款银行", "贷款金额", "计息天数", null],
        [1, "宁夏沙坡头枸杞科技有限公司", "91640502MAFQ98FH1A", "宣和镇", "枸杞标准化种植基地", "中卫农商银行", 1500, 300, 37.5],
        [2, "中卫市香山硒砂瓜种植专业合作社", "93640502MAK9R3TU66", "香山乡", "经济林提质增效", "中卫农商银行", 260, 330, 7.15],
        [3, "马玉兰", null, "永康镇", "营造林", "邮储银行中卫分行", 80, 350, 2.333333],
        [4, "宁夏常乐红枣开发有限公司", "91640502MALQK62NAF", "常乐镇", "红枣经济林管护", "宁夏银行中卫分行", 600, 360, 30],
        [5, "中卫市镇罗林果种植有限公司", "91640502MACN2BPBTN", "镇罗镇", "苹果经济林建设", "农业银行中卫分行", 900, 245, 18.375],
        [6, "李建军", null, "柔远镇", "苗木培育", "邮储银行中卫分行", 60, 300, 1.5],
        [7, "宁夏迎水桥苗木繁育有限公司", "91640502MA1GFPFUYY", "迎水桥镇", "林木良种繁育", "中卫农商银行", 1100, 330, 30.25],
        [8, "宁夏沙坡头枸杞科技有限公司", "91640502MAFQ98FH1A", "宣和镇", "枸杞标准化种植基地", "中卫农商银行", 1500, 300, 37.5],
        ["合计", null, null, null, null, null, 6000, null, 164.608333],
        ["注：贴息金额 = 贷款金额 × 年贴息率3% × 计息天数 / 360，一年一贴、据实贴息。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A2:D2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "I3:I4", "A13:F13", "A14:I14"],
      numberFormats: { "G5:G13": "#,##0.00", "I5:I13": "0.000000" },
    },
  ],
  catalog: {
    items: [
      {
        name: "林业贷款中央财政贴息",
        capType: "rate",
        rate: 0.03,
        unit: "万元",
        year: 2024,
        document: "宁林规发〔2023〕3号；年贴息率3%（静宁县林业和草原局 2023-09-20 引财资环〔2022〕171号）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "申报明细表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "project", G: "base", I: "approved" },
        year: 2024,
        item: "林业贷款中央财政贴息",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "I8", why: "常乐红枣: 3% × 600.00 = 18.00万元 at most, 30.000000 proposed (5%): 12.00万元 over" },
      { rule: "register.invalid-credit-code", cell: "C11", why: "91640502MA1GFPFUYY: the check character for 91640502MA1GFPFUY is X, not Y" },
      { rule: "register.duplicate", cell: "I12", why: "宁夏沙坡头枸杞科技有限公司 has the same loan's interest twice in 2024 (rows 5 and 12)" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "I5", why: "37.500000 = 1,500 × 3% × 300 / 360, below 3% × 1,500 = 45.00" },
      { rule: "cap.rate-exceeded", cell: "I7", why: "马玉兰: 2.333333 = 80 × 3% × 350 / 360, below 2.40" },
      { rule: "cap.rate-exceeded", cell: "I11", why: "30.250000 is below 3% × 1,100 = 33.00" },
      { rule: "cap.rate-exceeded", cell: "I13", why: "合计 is not an interest award" },
      { rule: "register.duplicate", cell: "I5", why: "the first of the two rows is not the duplicate" },
      { rule: "register.invalid-credit-code", cell: "C7", why: "an individual borrower has no credit code: a blank is nothing" },
      { rule: "register.invalid-credit-code", cell: "C6", why: "93640502MAK9R3TU66, a co-operative's valid code" },
      { rule: "register.ineligible-location", why: "宣和镇, 香山乡, 永康镇, 常乐镇, 镇罗镇, 柔远镇, 迎水桥镇 are 沙坡头区's" },
      { rule: "register.location-code-mismatch", why: "every code is issued in 沙坡头区 (640502)" },
      { rule: "cap.exceeded", why: "the item has a rate and no fixed maximum" },
      { rule: "cap.no-cap", why: "every row gives its loan" },
      { rule: "cap.unknown-policy", why: "the item is in the title and in the catalog" },
      { rule: "register.unpaid", why: "a list put up for comment in August, before the year's deadline" },
      { rule: "input.unreadable-value", why: "the banks, the projects, the 填报单位 line and the note are text by nature" },
    ],
  },
};
