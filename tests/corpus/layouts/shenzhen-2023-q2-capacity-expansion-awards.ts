import type { CorpusLayout } from "../types";

// 深圳市工业和信息化局 2023-11-14: the 2023 second-quarter 工业企业扩产增效扶持计划 awards (530 projects, 22,379万元),
// 下达 to the districts after review and public notice. The annex 一览表 by district, cut to fourteen rows.
export const layout: CorpusLayout = {
  id: "shenzhen-2023-q2-capacity-expansion-awards",
  source: {
    title: "深圳市工业和信息化局关于下达2023年二季度工业企业扩产增效扶持计划奖励项目的通知（附件：2023年二季度工业企业扩产增效奖励企业一览表）",
    url: "http://www.qdqss.cn/html/2023/1115/64523.html",
    publisher: "深圳市工业和信息化局",
    date: "2023-11-14",
    changes:
      "As published: the notice (深府规〔2021〕1号, 深府〔2022〕45号, 深工信〔2023〕142号, 深工信规〔2023〕3号; 530个项目, 22379万元; 请各单位收到通知后" +
      "按要求办理奖励资金拨付手续) and the annex's title. The stored page does not show the annex, so its columns (序号 | 所属区 | 企业名称 | " +
      "统一社会信用代码 | 奖励金额（万元）), the fourteen rows, firms, codes and amounts are ours. Planted: 坂田新能源电池 listed twice (rows 5 " +
      "and 11); a 惠州市惠阳区 firm on the city's list; 松岗包装科技's code ends F where GB 32100 gives E.",
  },
  classes: [
    "register", "item-in-title", "year-in-title", "quarter-in-title", "credit-codes", "districts-as-places", "city-wide-fund",
    "one-decimal-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "no-catalog", "guangdong",
  ],
  settings: { district: "深圳市" },
  sheets: [
    {
      name: "一览表",
      widths: [6, 12, 34, 22, 16],
      rows: [
        ["2023年二季度工业企业扩产增效奖励企业一览表", null, null, null, null],
        ["序号", "所属区", "企业名称", "统一社会信用代码", "奖励金额（万元）"],
        [1, "南山区", "深圳市海岸线智能科技有限公司", "91440305MA5DNDL9FU", 180],
        [2, "宝安区", "深圳市福永精密模具有限公司", "91440306MAT6RFRYG5", 95.6],
        [3, "龙岗区", "深圳市坂田新能源电池有限公司", "91440307MA5GG7R00B", 320],
        [4, "龙华区", "深圳市观澜电子材料有限公司", "91440309MABXJD24RQ", 46.8],
        [5, "坪山区", "深圳市坑梓生物医药有限公司", "91440310MAQ7X7N1D1", 128],
        [6, "光明区", "深圳市公明光电显示有限公司", "91440311MAPQWDKE10", 210],
        [7, "宝安区", "深圳市沙井五金制品有限公司", "91440306MAYAHFN3LR", 75.2],
        [8, "南山区", "深圳市西丽医疗器械有限公司", "91440305MAYYB04PT5", 62],
        [9, "龙岗区", "深圳市坂田新能源电池有限公司", "91440307MA5GG7R00B", 150],
        [10, "福田区", "深圳市福田芯片设计有限公司", "91440304MAHPACF45W", 88.4],
        [11, "惠阳区", "惠州市新圩塑胶制品有限公司", "91441303MAM1FUT726", 46.8],
        [12, "宝安区", "深圳市松岗包装科技有限公司", "91440306MAQ66MRWMF", 240],
        [13, "坪山区", "深圳市坪山新能源汽车零部件有限公司", "91440310MAXQY9WT2U", 110],
        [14, "大鹏新区", "深圳市葵涌海洋科技有限公司", "91440300MA0J9DCGBA", 58.5],
        ["合计", null, null, null, 1811.3],
        ["注：奖励资金由市工业和信息化局下达，请各单位收到通知后按要求办理奖励资金拨付手续。", null, null, null, null],
      ],
      merges: ["A1:E1", "A17:D17", "A18:E18"],
      numberFormats: { "E3:E17": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一览表",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 17,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "E11", why: "深圳市坂田新能源电池有限公司 (91440307MA5GG7R00B) again under the same quarter's award in 2023; first at row 5" },
      { rule: "register.ineligible-location", cell: "B13", why: "惠阳区 is a district of 惠州市, not of 深圳市 (the title's and the fund's city)" },
      { rule: "register.invalid-credit-code", cell: "D14", why: "91440306MAQ66MRWMF: the GB 32100 check character of 91440306MAQ66MRWM is E, not F" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "B3", why: "南山区 is named in several cities, but the title and the fund settle it as 深圳市南山区" },
      { rule: "register.ineligible-location", cell: "B16", why: "大鹏新区 is 深圳's functional district" },
      { rule: "register.location-code-mismatch", cell: "D13", why: "the 惠阳 row is already outside the city; the mismatch rule is for rows placed inside" },
      { rule: "register.location-code-mismatch", cell: "D16", why: "440300 is 深圳市 itself" },
      { rule: "register.duplicate", cell: "E9", why: "沙井五金 and 福永精密模具 share 宝安区, not a firm" },
      { rule: "cap.exceeded", cell: "E17", why: "合计 1,811.3 = the fourteen awards added up, not an award" },
      { rule: "register.unpaid", why: "an award list records no payments" },
      { rule: "input.unreadable-value", why: "the note under the table is text, not a value" },
    ],
  },
};
