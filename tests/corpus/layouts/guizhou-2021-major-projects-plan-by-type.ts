import type { CorpusLayout } from "../types";

// 中国经济导报、中国发展网 2021-02: 贵州 2021 省重大工程项目 4071个、年度计划投资7400.7亿元 — by type (重大产业 2533 / 4656.12,
// 重大基础设施 953 / 1909.61, 重大民生 585 / 834.97) and the “四化” cut (3154 / 5815.3: 新型工业化 789 / 1246.2, 新型城镇化 1693 / 3564.43,
// 农业现代化 335 / 490.18, 旅游产业化 337 / 514.49). Two sheets: the plan by type, and the “四化” projects.
export const layout: CorpusLayout = {
  id: "guizhou-2021-major-projects-plan-by-type",
  source: {
    title: "贵州省今年重大工程项目计划完成投资7400亿元（重大工程项目年度计划分类表据报道拟）",
    url: "http://chinadevelopment.com.cn/fgw/2021/02/1716722.shtml",
    publisher: "中国经济导报、中国发展网（贵州省发展改革委消息）",
    date: "2021-02",
    changes:
      "As published: every count, plan figure and share on both sheets (the three types add up to 4071 and 7400.7; the four “四化” lines to " +
      "3154 and 5815.3). Left out: the partial 其中 lines under 重大产业 (农业特色 194 / 272.6, 十大工业 647 / 1080.33, 服务业 599 / 846.34), which " +
      "cover only part of it. The tables and headings are ours (表据报道拟). Planted on the first sheet: 重大基础设施's 1909.61 typed 1990.61, " +
      "so the lines add up to 7481.70 against the 合计 7400.7. The “四化” sheet is clean.",
  },
  classes: ["composition", "allocation-by-type", "two-sheets", "count-column", "share-column", "total-row-first", "outline-numbering", "mixed-decimals", "yiyuan-caption", "notes-under-table", "table-from-prose", "news-report", "province-level", "guizhou"],
  settings: { district: "贵州省" },
  sheets: [
    {
      name: "按类型",
      widths: [30, 12, 16, 18],
      rows: [
        ["2021年贵州省重大工程项目年度计划分类情况表", null, null, null],
        [null, null, null, "单位：个、亿元、%"],
        ["项目类型", "项目个数", "年度计划投资", "占年度计划投资比重"],
        ["合计", 4071, 7400.7, 100],
        ["一、重大产业项目", 2533, 4656.12, 62.9],
        ["二、重大基础设施项目", 953, 1990.61, 25.8],
        ["三、重大民生工程项目", 585, 834.97, 11.3],
        ["注：重大产业项目比重比上年提高4.5个百分点。", null, null, null],
      ],
      merges: ["A1:D1", "A8:D8"],
      numberFormats: { "C4:C7": "0.00", "D4:D7": "0.0" },
    },
    {
      name: "四化项目",
      widths: [30, 12, 16, 18],
      rows: [
        ["2021年贵州省重大工程“四化”项目年度计划表", null, null, null],
        [null, null, null, "单位：个、亿元、%"],
        ["类别", "项目个数", "年度计划投资", "占年度计划投资比重"],
        ["“四化”项目合计", 3154, 5815.3, 78.6],
        ["新型工业化项目", 789, 1246.2, 16.8],
        ["新型城镇化项目", 1693, 3564.43, 48.2],
        ["农业现代化项目", 335, 490.18, 6.6],
        ["旅游产业化项目", 337, 514.49, 7.0],
        ["注：比重为占全省重大工程项目年度计划总投资7400.7亿元的比重。", null, null, null],
      ],
      merges: ["A1:D1", "A9:D9"],
      numberFormats: { "C4:C8": "0.00", "D4:D8": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "按类型", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 7, columns: { A: "line", B: "quantity", C: "amount" }, year: 2021 },
      { sheet: "四化项目", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 8, columns: { A: "line", B: "quantity", C: "amount" }, year: 2021 },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "按类型", cell: "C4", why: "4656.12 + 1990.61 + 834.97 = 7481.70, not the 7400.7 stated (81.00 off: 重大基础设施's 1909.61 typed 1990.61)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "按类型", cell: "B4", why: "2533 + 953 + 585 = 4071 projects, as stated" },
      { rule: "composition.total-mismatch", sheet: "四化项目", cell: "C4", why: "1246.2 + 3564.43 + 490.18 + 514.49 = 5815.30 = 5815.3; counts 789 + 1693 + 335 + 337 = 3154" },
      { rule: "composition.total-mismatch", sheet: "按类型", cell: "D4", why: "the shares (62.9 + 25.8 + 11.3 = 100) are no money to add up" },
      { rule: "execution.rate-mismatch", why: "占年度计划投资比重 is a share of the plan, no execution rate; the tables are plans with nothing spent" },
      { rule: "composition.line-mismatch", why: "no unit amount: 项目个数 is a count, not a quantity priced per project" },
    ],
  },
};
