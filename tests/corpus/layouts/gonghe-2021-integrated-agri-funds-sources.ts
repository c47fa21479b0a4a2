import type { CorpusLayout } from "../types";

// 共和县人民政府办公室 2021-11-01 (共政办〔2021〕357号): 共和县2021年财政涉农统筹整合资金安排使用方案 (共乡振组办〔2021〕1号) — a
// 脱贫县's plan for the farm money it pools. Laid out as the plan's 整合资金来源表: 合计 first, then 中央 / 省级 / 州级 / 县级 资金,
// each a 小计 row over its funds (资金项目名称 | 文号 | 整合金额（万元） | 备注).
export const layout: CorpusLayout = {
  id: "gonghe-2021-integrated-agri-funds-sources",
  source: {
    title: "共和县人民政府办公室关于印发《共和县2021年财政涉农统筹整合资金安排使用方案》的通知（共政办〔2021〕357号）— 整合资金来源表（据方案拟）",
    url: "http://www.gonghe.gov.cn/zwgk/agwzlfl/gzf/content_42894",
    publisher: "共和县人民政府办公室",
    date: "2021-11-01",
    changes:
      "As published: the notice, the plan's name and number, its basis (财农〔2021〕19号, 财农〔2021〕22号, 青政办〔2016〕123号) and the levels it pools " +
      "(中央、省、州 and the county). The stored copy shows the plan's opening sections only: the source table (序号 | 资金项目名称 | 文号 | 整合金额（万元） | " +
      "备注, 合计 first, 小计 per level), the funds' names, the 文号 and every amount are ours. Planted: 省级资金 小计 4,321.60 where its three funds add up " +
      "to 4,312.60 (digits swapped).",
  },
  classes: ["composition", "sources-of-funds", "total-row-first", "subtotal-per-level", "category-rows-with-subtotals", "document-number-column", "remark-column", "wanyuan-in-header", "county-government", "qinghai"],
  sheets: [
    {
      name: "整合资金来源",
      widths: [8, 40, 26, 16, 20],
      rows: [
        ["共和县2021年财政涉农统筹整合资金来源表", null, null, null, null],
        ["序号", "资金项目名称", "文号", "整合金额（万元）", "备注"],
        [null, "合计", null, 21257.4, null],
        ["一", "中央资金小计", null, 15085.8, null],
        [1, "中央财政衔接推进乡村振兴补助资金", "青财农字〔2021〕101号", 9860, "含少数民族发展任务"],
        [2, "农田建设补助资金", "青财农字〔2021〕215号", 3120, null],
        [3, "林业改革发展资金", "青财资环字〔2021〕87号", 1245.5, null],
        [4, "农业生产发展资金", "青财农字〔2021〕342号", 860.3, "整合部分"],
        ["二", "省级资金小计", null, 4321.6, null],
        [1, "省级财政衔接推进乡村振兴补助资金", "青财农字〔2021〕102号", 3420, null],
        [2, "省级农业产业发展资金", "青财农字〔2021〕288号", 580, null],
        [3, "省级林业草原专项资金", "青财资环字〔2021〕93号", 312.6, null],
        ["三", "州级资金小计", null, 650, null],
        [1, "州级财政衔接推进乡村振兴补助资金", "南州财农字〔2021〕36号", 650, null],
        ["四", "县级资金小计", null, 1200, null],
        [1, "县级财政衔接推进乡村振兴补助资金", "共财字〔2021〕19号", 1200, "县本级预算安排"],
        ["注：整合资金主要用于农业生产发展和农村基础设施建设，优先保障巩固拓展脱贫攻坚成果项目。", null, null, null, null],
      ],
      merges: ["A1:E1", "A17:E17"],
      numberFormats: { "D3:D16": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "整合资金来源",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 16,
        columns: { A: "code", B: "line", D: "amount" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D9", why: "省级资金: 3,420.00 + 580.00 + 312.60 = 4,312.60; 小计 states 4,321.60 (9.00 more)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D4", why: "中央资金: 9,860.00 + 3,120.00 + 1,245.50 + 860.30 = 15,085.80, as stated" },
      { rule: "composition.total-mismatch", cell: "D13", why: "州级 650.00 = its one fund" },
      { rule: "composition.total-mismatch", cell: "D15", why: "县级 1,200.00 = its one fund" },
      { rule: "composition.total-mismatch", cell: "D3", why: "合计 first = the stated 小计s: 15,085.80 + 4,321.60 + 650.00 + 1,200.00 = 21,257.40 (the slip is the 省级 小计's alone)" },
      { rule: "composition.line-mismatch", why: "no unit × quantity: 文号 and 备注 are text, the numbers 一…四 and 1…4 are 序号" },
      { rule: "input.unreadable-value", why: "备注 and 文号 are text columns; the note is under the table" },
    ],
  },
};
