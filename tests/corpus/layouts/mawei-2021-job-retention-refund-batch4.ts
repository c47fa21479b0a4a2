import type { CorpusLayout } from "../types";

// 福州开发区（马尾区）人力资源和社会保障局 2023-01-17: the fourth batch of 2021's 普惠性失业保险稳岗返还 — 414 units, 中小微 at 90% and 大型 at 50%
// of the unemployment-insurance premium they paid in 2021 (榕人社规〔2022〕6号). Laid out as the annexed 单位名单 with the premium as the base, the
// rate and the refund in 元.
export const layout: CorpusLayout = {
  id: "mawei-2021-job-retention-refund-batch4",
  source: {
    title: "马尾区2021年度普惠性失业保险稳岗返还第四批次单位名单公示（附件：马尾区2021年度普惠性失业保险稳岗返还第四批次单位名单）",
    url: "https://www.chacewang.com/newsdetail/news254154.html",
    publisher: "福州开发区人力资源和社会保障局",
    date: "2023-01-17",
    changes:
      "As published: the batch (第四批次, 414 units), the rates (大型企业 50%, 中小微企业及社团机构 90% of the 2021 premium), the document, the two firms the " +
      "notice names (福建伍大溪建设工程有限公司, 福建冠捷物业管理有限公司) and the 公示 period. The stored copy does not show the annex: its columns, the " +
      "other firms, codes (马尾区 350105) and every figure are ours, and the 414 rows are cut to seven. Planted: 新锐电子 refunded its whole premium " +
      "(100%, not 90%); 亿达食品, a 大型企业, refunded at 90% instead of 50%; 冠捷物业 listed twice.",
  },
  classes: ["register", "rate-per-category", "base-column", "rate-column", "yuan-in-header", "credit-codes", "item-in-title", "category-column", "no-place-column", "notes-under-table", "fujian"],
  settings: { asOf: "2023-01-29", district: "马尾区" },
  sheets: [
    {
      name: "单位名单",
      widths: [6, 30, 22, 12, 20, 10, 16],
      rows: [
        ["马尾区2021年度普惠性失业保险稳岗返还第四批次单位名单", null, null, null, null, null, null],
        ["序号", "单位名称", "统一社会信用代码", "企业类型", "2021年度实际缴纳失业保险费（元）", "返还比例", "稳岗返还金额（元）"],
        [1, "福建伍大溪建设工程有限公司", "91350105MA2XY4K7LA", "中小微企业", 18640, "90%", 16776],
        [2, "福建冠捷物业管理有限公司", "91350105MA31C8P2NH", "中小微企业", 52310.4, "90%", 47079.36],
        [3, "福州马尾港航船务有限公司", "91350105MA32G5T3QM", "大型企业", 386500, "50%", 193250],
        [4, "福州开发区新锐电子科技有限公司", "91350105MA34K9W1RB", "中小微企业", 9872, "90%", 9872],
        [5, "马尾船政文化旅游发展有限公司", "91350105MA8RE2M6UT", "中小微企业", 7215.6, "90%", 6494.04],
        [6, "福州亿达食品有限公司", "91350105MA2Y1N8D4L", "大型企业", 214800, "90%", 193320],
        [7, "福建冠捷物业管理有限公司", "91350105MA31C8P2NH", "中小微企业", 52310.4, "90%", 47079.36],
        ["合计", null, null, null, null, null, 513870.76],
        ["注：大型企业按企业及其职工2021年度实际缴纳失业保险费的50%返还，中小微企业及社团机构按90%返还。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A10:F10", "A11:G11"],
      numberFormats: { "E3:E9": "#,##0.00", "G3:G10": "#,##0.00" },
    },
  ],
  catalog: {
    items: [
      {
        name: "普惠性失业保险稳岗返还（中小微企业）",
        capType: "rate",
        rate: 0.9,
        unit: "元",
        year: 2021,
        document: "榕人社规〔2022〕6号（中小微企业及社团机构按2021年度实际缴纳失业保险费的90%返还）",
      },
      {
        name: "普惠性失业保险稳岗返还（大型企业）",
        capType: "rate",
        rate: 0.5,
        unit: "元",
        year: 2021,
        document: "榕人社规〔2022〕6号（大型企业按2021年度实际缴纳失业保险费的50%返还）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "单位名单",
        kind: "register",
        unit: "元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "category", E: "base", G: "approved" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "G6", why: "新锐电子, 中小微: 90% × 9,872.00 = 8,884.80 allowed; 9,872.00 refunded, 987.20元 over" },
      { rule: "cap.rate-exceeded", cell: "G8", why: "亿达食品, 大型企业: 50% × 214,800.00 = 107,400.00 allowed; 193,320.00 refunded (at 90%), 85,920.00元 over" },
      { rule: "register.duplicate", cell: "G9", why: "福建冠捷物业管理有限公司 (91350105MA31C8P2NH) a second time in the same batch and year, first at row 4" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "G3", why: "90% × 18,640.00 = 16,776.00 exactly" },
      { rule: "cap.rate-exceeded", cell: "G5", why: "大型企业: 50% × 386,500.00 = 193,250.00 exactly" },
      { rule: "cap.rate-exceeded", cell: "G7", why: "90% × 7,215.60 = 6,494.04 exactly" },
      { rule: "cap.exceeded", cell: "G10", why: "合计 is no refund" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "input.unreadable-value", cell: "F3", why: "返还比例 90% is a rate written as text, not an unreadable amount" },
    ],
  },
};
