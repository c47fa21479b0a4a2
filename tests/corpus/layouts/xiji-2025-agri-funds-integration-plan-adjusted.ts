import type { CorpusLayout } from "../types";

// 西吉县 2025-09-18: 西吉县2025年财政涉农资金调整方案 — 五大类 projects (产业发展, 创业就业, 乡村建设行动, 移民搬迁后续扶持, 其他), each class's
// count, planned investment and share of the total, then the classes' contents (粮食安全…). Laid out as the plan's summary table by class and sub-class.
export const layout: CorpusLayout = {
  id: "xiji-2025-agri-funds-integration-plan-adjusted",
  source: {
    title: "西吉县2025年财政涉农资金调整方案（项目计划汇总表据正文拟）",
    url: "https://www.nxxj.gov.cn/xwzx/xmgs/202509/t20250918_5027264.html",
    publisher: "西吉县人民政府",
    date: "2025-09-18",
    changes:
      "The page gives the plan in prose (计划实施五大类…个项目, 计划总投资…万元, 其中: 产业发展类项目…个, 计划投资…万元 … 占总投资的…%; then 1.粮食安全 …). " +
      "Laid out as 序号 | 项目类别 | 项目数（个） | 计划投资 | 占总投资比例, the classes as 小计 rows with their sub-classes under them, 合计 at the foot. The " +
      "sub-classes beyond 粮食安全 and every figure are ours. Planted: 三、乡村建设行动类's 小计 typed 16,850.40 against its lines 7,240 + 5,316.40 + 4,024 = " +
      "16,580.40 (the 合计 63,808.00 agrees with the lines).",
  },
  classes: ["composition", "class-subtotal-rows", "chinese-numbered-classes", "count-column", "share-column", "total-at-foot", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "linkage-fund", "county-fund", "ningxia"],
  settings: { district: "西吉县" },
  sheets: [
    {
      name: "项目计划汇总表",
      widths: [8, 26, 14, 14, 14],
      rows: [
        ["西吉县2025年统筹整合财政涉农资金项目计划汇总表（调整）（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：个、万元"],
        ["序号", "项目类别", "项目数（个）", "计划投资", "占总投资比例"],
        ["一", "产业发展类小计", 41, 36842.6, "57.74%"],
        [1, "粮食安全", 9, 8416.2, "13.19%"],
        [2, "特色种养殖", 22, 19380.15, "30.37%"],
        [3, "农产品加工及冷链物流", 10, 9046.25, "14.18%"],
        ["二", "创业就业类小计", 7, 6215, "9.74%"],
        [1, "以工代赈", 4, 3860, "6.05%"],
        [2, "就业帮扶车间", 3, 2355, "3.69%"],
        ["三", "乡村建设行动类小计", 20, 16850.4, "25.98%"],
        [1, "农村道路建设", 8, 7240, "11.35%"],
        [2, "小型水利设施", 7, 5316.4, "8.33%"],
        [3, "农村人居环境整治", 5, 4024, "6.31%"],
        ["四", "移民搬迁后续扶持类", 3, 1720, "2.70%"],
        ["五", "其他类", 2, 2450, "3.84%"],
        ["合计", null, 73, 63808, "100%"],
        ["注：资金来源为中央和自治区财政衔接推进乡村振兴补助资金、农业生产发展资金等纳入整合试点范围的资金。", null, null, null, null],
      ],
      merges: ["A1:E1", "A17:B17", "A18:E18"],
      numberFormats: { "D4:D17": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "项目计划汇总表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 17, columns: { B: "line", D: "amount" }, year: 2025 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D11", why: "乡村建设行动类小计 16,850.40 against 7,240 + 5,316.40 + 4,024 = 16,580.40: 270万元 over" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D17", why: "合计 63,808.00 = 36,842.60 + 6,215 + 16,580.40 + 1,720 + 2,450, the 小计's lines as typed: the slip is the 小计's alone, reported once" },
      { rule: "composition.total-mismatch", cell: "D4", why: "产业发展类 36,842.60 = 8,416.20 + 19,380.15 + 9,046.25" },
      { rule: "composition.total-mismatch", cell: "D8", why: "创业就业类 6,215 = 3,860 + 2,355" },
      { rule: "composition.total-mismatch", cell: "C17", why: "项目数 73 = 41 + 7 + 20 + 3 + 2, a count" },
      { rule: "input.unreadable-value", cell: "E4", why: "the shares are percentages typed as text" },
    ],
  },
};
