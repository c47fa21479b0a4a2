import type { CorpusLayout } from "../types";

// 云浮市工业和信息化局 2024-02-07: the city's share of the province's 2024 民营经济及中小微企业发展 money (171万元) put up for comment —
// 表1 “专精特新”等中小企业贷款贴息: 序号 | 县（市、区） | 项目单位 | 入库金额 | 拟下达金额, 总计 at the foot, the 补助标准 in a note under
// the table (50% of the interest paid 2022-06-01 … 2023-04-30, firms with at least 30万元 of interest). Every firm gets 36.2% of its 入库金额.
export const layout: CorpusLayout = {
  id: "yunfu-2024-specialised-sme-loan-interest-plan",
  source: {
    title: "关于2024年省级制造业当家重点任务保障专项资金（民营经济及中小微企业发展）项目拟下达项目的公示（附件：项目计划表 表1）",
    url: "https://www.chacewang.com/newsdetail/news534783.html",
    publisher: "云浮市工业和信息化局",
    date: "2024-02-07",
    changes:
      "As published: the annex title, 表1's title and headings (序号 | 县（市、区） | 项目单位 | 入库金额 | 拟下达金额), 总计 at the foot and the 补助标准 " +
      "note (shortened). The published five firms (罗定市, 新兴县, 郁南县; 入库 100 → 36.2) gave the pattern; the firms and figures here are ours, " +
      "nine rows, each 拟下达 36.2% of 入库 rounded to 0.01. The unit is not stated on the stored copy (万元 by the notice's 171万元); we write it " +
      "in the headings. Planted: 云浮市新城精工机械 listed twice; 阳春市华锐五金 — 阳春市 is 阳江's — in a 云浮 list.",
  },
  classes: ["register", "item-in-title", "pro-rata-share", "pool-amount-column", "counties-as-places", "no-credit-codes", "city-list", "notes-under-table", "total-at-foot", "wanyuan-in-header", "guangdong"],
  settings: { asOf: "2024-02-14", district: "云浮市" },
  sheets: [
    {
      name: "表1",
      widths: [6, 14, 36, 16, 16],
      rows: [
        ["2024年省级促进经济高质量发展专项资金（民营经济及中小微企业发展）项目计划表", null, null, null, null],
        ["表1：“专精特新”等中小企业贷款贴息", null, null, null, null],
        ["序号", "县（市、区）", "项目单位", "入库金额（万元）", "拟下达金额（万元）"],
        [1, "罗定市", "广东罗定华兴脂胶科技股份有限公司", 100, 36.2],
        [2, "新兴县", "广东新兴嘉禾生物科技有限公司", 100, 36.2],
        [3, "罗定市", "广东罗定金盛新材料有限公司", 30.69, 11.11],
        [4, "郁南县", "云浮市郁南恒鑫五金塑料制品有限公司", 50.54, 18.29],
        [5, "云城区", "云浮市新城精工机械有限公司", 42.8, 15.49],
        [6, "云安区", "云浮市云安宏图石材有限公司", 36.5, 13.21],
        [7, "阳春市", "阳春市华锐五金制品有限公司", 64.2, 23.24],
        [8, "新兴县", "广东新兴祥瑞特种材料科技有限公司", 100, 36.2],
        [9, "云城区", "云浮市新城精工机械有限公司", 42.8, 15.49],
        ["总计", null, null, 567.53, 205.43],
        ["补助标准：有效期内的省级专精特新中小企业（不含国家专精特新“小巨人”企业）获得商业银行人民币贷款并在2022年6月1日至2023年4月30日期间实际发生的利息总额达到30万元及以上的支出给予补助，补助金额按照单个企业的补助比例最高不超过利息的50%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A13:C13", "A14:E14"],
      numberFormats: { "D4:E13": "0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "“专精特新”等中小企业贷款贴息", capType: "max", capAmount: 100, unit: "万元", year: 2024, document: "粤工信融资函（入库：单个企业补助最高不超过利息的50%，入库金额以100万元为限）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "表1",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "place", C: "enterprise", D: "requested", E: "approved" },
        year: 2024,
        item: "“专精特新”等中小企业贷款贴息",
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "E12", why: "云浮市新城精工机械有限公司 is listed at row 8 and again at row 12 under the same item and year" },
      { rule: "register.ineligible-location", cell: "B10", why: "阳春市 is a county-level city of 阳江市, outside 云浮市" },
    ],
    absent: [
      { rule: "cap.exceeded", why: "no 拟下达金额 is above 100万元 (the largest is 36.20); 入库金额 of 100 are at the limit, not over it" },
      { rule: "register.ineligible-location", cell: "B4", why: "罗定市 is a county-level city of 云浮市; 新兴、郁南 are its counties, 云城、云安 its districts" },
      { rule: "cap.exceeded", cell: "E13", why: "总计 205.43 is no award" },
      { rule: "register.unpaid", why: "a list put up for comment (拟下达) records no payments" },
      { rule: "register.invalid-credit-code", why: "the table gives no codes" },
    ],
  },
};
