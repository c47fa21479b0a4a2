import type { CorpusLayout } from "../types";

// 博罗县农业农村局 (广东 惠州) 2021-09-29: the twelve 县级示范家庭农场 chosen for 2021 (of 14 that applied), each to get 5万元 — 60万元 in
// all (博农林〔2014〕235号, 博农函〔2020〕31号, 博农函〔2021〕81号). The notice names the farms in one sentence; laid out here as the list such a
// 公示 annexes: 序号 | 镇（街道） | 家庭农场名称 | 统一社会信用代码 | 扶持资金（万元） | 备注.
export const layout: CorpusLayout = {
  id: "boluo-2021-demo-family-farm-support",
  source: {
    title: "关于2021年县级示范家庭农场名单及扶持资金计划的公示（标题据正文拟）",
    url: "http://www.lowongankerja-keluarnegeri.com/bmzb/xnyncj/zwgk/bmwj/tzgg/content/post_4411662.html",
    publisher: "博罗县农业农村局",
    date: "2021-09-29",
    changes:
      "As published: the documents, the twelve farms' names in the notice's order (the stored mirror replaced the county's name 博罗县 in " +
      "them with other words; it is restored here — the towns 公庄、横河、柏塘、龙华、杨村、杨侨、长宁 and 龙溪街道 are 博罗县's) and 每家5万元 " +
      "共60万元. Ours: the table form, the town column (taken from the names; 辉记农场's town is not in the notice), the codes, the 合计 and " +
      "the 备注. Planted: 杨村镇杨利平只水养鱼场 given 8万元 against the fixed 5; 长宁镇瑞华水产养殖场's code with a wrong check character; " +
      "辉记农场 placed in 惠城区水口街道, outside 博罗县 (合计 63 is the sum of the list as it stands).",
  },
  classes: ["register", "fixed-cap", "item-in-title", "family-farms", "individual-business-codes", "towns-as-places", "county-district", "wanyuan-in-header", "remark-column", "notes-under-table", "guangdong"],
  settings: { asOf: "2021-10-08", district: "博罗县" },
  sheets: [
    {
      name: "公示名单",
      widths: [6, 14, 36, 22, 16, 10],
      rows: [
        ["2021年县级示范家庭农场名单及扶持资金计划表", null, null, null, null, null],
        ["序号", "镇（街道）", "家庭农场名称", "统一社会信用代码", "扶持资金（万元）", "备注"],
        [1, "公庄镇", "博罗县公庄镇绿景青生态农场", "92441322MA4X7K2P36", 5, null],
        [2, "横河镇", "博罗县横河镇唐家园种植场", "92441322MA51B8QD6F", 5, null],
        [3, "柏塘镇", "博罗县柏塘镇嘉宝园农场", "92441322MA4W3R9L0B", 5, null],
        [4, "龙华镇", "博罗县龙华镇苏洞山家庭农场", "92441322MA52CH7N14", 5, null],
        [5, "杨村镇", "博罗县杨村镇杨利平只水养鱼场", "92441322MA4Y6T2J8X", 8, null],
        [6, "杨侨镇", "博罗县杨侨镇聚源农业农场", "92441322MA53DK4R5B", 5, null],
        [7, "长宁镇", "博罗县长宁镇瑞华水产养殖场", "92441322MA4UP8G300", 5, null],
        [8, "龙溪街道", "博罗县龙溪街道梁新光水产养殖家庭农场", "92441322MA55FJ2E9E", 5, null],
        [9, "柏塘镇", "博罗县柏塘镇畔月农场", "92441322MA4XM6A14E", 5, null],
        [10, "杨村镇", "博罗县杨村镇丰泽园家庭农场", "92441322MA56GQ3T2G", 5, null],
        [11, "惠城区水口街道", "辉记农场", "92441302MA4WL5N86F", 5, null],
        [12, "杨村镇", "博罗县杨村镇裕丰达农场", "92441322MA57HR8B0Q", 5, null],
        ["合计", null, null, null, 63, null],
        ["公示期：2021年9月29日至10月8日。如有异议，请在公示期内向县农业农村局反映。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A15:D15", "A16:F16"],
      numberFormats: { "E3:E15": "0" },
    },
  ],
  catalog: {
    items: [
      { name: "县级示范家庭农场扶持资金", capType: "fixed", capAmount: 5, unit: "万元", year: 2021, document: "博农函〔2021〕81号（每家5万元，公示载明）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "公示名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 15,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "approved" },
        year: 2021,
        item: "县级示范家庭农场扶持资金",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E7", why: "博罗县杨村镇杨利平只水养鱼场 8万元 against the fixed 5万元 a farm: 3万元 over" },
      { rule: "register.invalid-credit-code", cell: "D9", why: "92441322MA4UP8G300: the check character for 92441322MA4UP8G30 is Y, not 0" },
      { rule: "register.ineligible-location", cell: "B13", why: "惠城区水口街道 lies in 惠城区, outside 博罗县" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "E15", why: "合计 63 is no award" },
      { rule: "register.duplicate", why: "柏塘镇 and 杨村镇 each hold several farms, all different (names and codes)" },
      { rule: "register.location-code-mismatch", why: "the codes inside the county are issued in 博罗县 (441322); 辉记农场's 441302 agrees with the place the row gives it" },
      { rule: "register.ineligible-location", cell: "B10", why: "龙溪街道 is a street of 博罗县" },
      { rule: "cap.unknown-policy", why: "the item is in the title and in the catalog" },
      { rule: "register.unpaid", why: "a plan put up for comment; the year's deadline has not passed" },
    ],
  },
};
