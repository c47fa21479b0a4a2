import type { CorpusLayout } from "../types";

// 张家口市人力资源和社会保障局 2024-11-19: the fifth batch of 市本级 units applying for the unemployment-insurance
// job-retention refund (稳岗返还): a refund of 60% (中小微企业, and social organisations under 300 insured) or 30%
// (大型企业) of what the unit and its staff paid into unemployment insurance in 2023. Amounts in 元, the base beside
// the refund, the rate stated as text on each row.
export const layout: CorpusLayout = {
  id: "zhangjiakou-2024-job-retention-refund-batch5",
  source: {
    title: "张家口市2024年第五批市本级申请失业保险稳岗返还单位公示（标题据正文拟）",
    url: "https://www.chacewang.com/newsdetail/news700946.html",
    publisher: "张家口市人力资源和社会保障局",
    date: "2024-11-19",
    changes:
      "The notice's conditions are as published (冀人社发〔2024〕14号; 2023年度未裁员或裁员率不高于5.5%; 大型企业按30%返还, " +
      "中小微企业按60%返还; 社会团体等 300人及以上30%, 300人以下60%; 14家单位; 公示 2024-11-19 至 11-25). The stored copy " +
      "does not show the list itself, so its columns (序号 | 单位名称 | 统一社会信用代码 | 单位类型 | 2023年度实际缴纳失业保险费 | " +
      "返还比例 | 返还金额), the 单位：元 caption and the note under the table are ours, and the list is cut to seven units; " +
      "units, codes and amounts are ours. The catalog's rate is the notice's highest (60%); the 30% of large firms is the " +
      "row's own stated rate. Planted: 宣化区金鼎食品 refunded 16,770.00 where 60% × 25,800.00 = 15,480.00; 崇礼区雪原旅游's " +
      "code with a wrong check character.",
  },
  classes: ["register", "rate-cap", "base-column", "rate-column-as-text", "credit-codes", "social-organisation-code", "item-in-title", "yuan-caption", "notes-under-table", "hebei"],
  settings: { district: "张家口市", asOf: "2024-11-19" },
  sheets: [
    {
      name: "公示名单",
      widths: [6, 34, 22, 12, 18, 10, 14],
      rows: [
        ["张家口市2024年第五批市本级申请失业保险稳岗返还单位名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：元"],
        ["序号", "单位名称", "统一社会信用代码", "单位类型", "2023年度实际缴纳失业保险费", "返还比例", "返还金额"],
        [1, "张家口宏泰建材有限公司", "91130702MA0CK3R5XF", "中小微企业", 48620, "60%", 29172],
        [2, "张家口市桥西区润华商贸有限公司", "91130703MA0D7WQ21Q", "中小微企业", 12350.4, "60%", 7410.24],
        [3, "张家口北方重工机械股份有限公司", "91130700601234567N", "大型企业", 386500, "30%", 115950],
        [4, "张家口市宣化区金鼎食品有限公司", "91130705MA0FH8N3K5", "中小微企业", 25800, "60%", 16770],
        [5, "张家口市万全区绿野农业科技有限公司", "91130708MA0E2PL6TK", "中小微企业", 9640, "60%", 5784],
        [6, "张家口市建筑业协会", "51130700MJ04519X22", "社会团体", 6210, "60%", 3726],
        [7, "张家口市崇礼区雪原旅游服务有限公司", "91130709MA0G4TB7Q5", "中小微企业", 18900, "60%", 11340],
        ["合计", null, null, null, 508020.4, null, 190152.24],
        ["注：大型企业按2023年度实际缴纳失业保险费的30%返还，中小微企业按60%返还；社会团体等2023年度平均参保人数300人以下的按60%返还。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A11:D11", "A12:G12"],
      numberFormats: { "E4:E11": "#,##0.00", "G4:G11": "#,##0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "失业保险稳岗返还", capType: "rate", rate: 0.6, year: 2024, document: "冀人社发〔2024〕14号" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "公示名单",
        kind: "register",
        unit: "元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", E: "base", G: "approved" },
        year: 2024,
        item: "失业保险稳岗返还",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "G7", why: "金鼎食品: 60% × 25,800.00 = 15,480.00 allowed, 16,770.00 refunded (65%): 1,290.00 over" },
      { rule: "register.invalid-credit-code", cell: "C10", why: "91130709MA0G4TB7Q5: the check character for 91130709MA0G4TB7Q is 4, not 5" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "G4", why: "60% × 48,620.00 = 29,172.00, exactly the refund" },
      { rule: "cap.rate-exceeded", cell: "G5", why: "60% × 12,350.40 = 7,410.24, exactly the refund" },
      { rule: "cap.rate-exceeded", cell: "G6", why: "a large firm at 30%: 115,950.00 = 30% × 386,500.00, below the 60% maximum" },
      { rule: "cap.rate-exceeded", cell: "G11", why: "合计 is not a refund" },
      { rule: "cap.exceeded", why: "the item has a rate and no fixed amount or maximum" },
      { rule: "cap.no-cap", why: "every row gives its base" },
      { rule: "cap.unknown-policy", why: "the item is in the title and in the catalog" },
      { rule: "register.duplicate", why: "every unit appears once" },
      { rule: "register.location-code-mismatch", why: "every code is issued in 张家口 (1307xx)" },
      { rule: "register.unpaid", why: "a list published for objections on 2024-11-19, before the year's deadline" },
      { rule: "input.unreadable-value", why: "返还比例 (60%, 30%) and 单位类型 are what they say" },
    ],
  },
};
