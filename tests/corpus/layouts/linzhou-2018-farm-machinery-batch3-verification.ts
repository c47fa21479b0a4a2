import type { CorpusLayout } from "../types";

// 林州市 (安阳) 2018: the check of the 农机购置补贴's third batch of machines sold — nine kinds, each with its households, its machines and
// its subsidy in 元, then 其中 报废更新补贴机具, and the whole (台数, 受益农户, 补贴金额共计). Laid out as the 核实情况表 such a report goes with:
// 序号 | 机具类别 | 受益户数 | 补贴台数 | 补贴金额, 合计 at the foot and the 其中 line under it.
export const layout: CorpusLayout = {
  id: "linzhou-2018-farm-machinery-batch3-verification",
  source: {
    title: "林州市2018年农机购置补贴第三批销售机具核实情况（核实情况表据报告拟）",
    url: "http://www.jxliugong.cn/2023/04-03/200833.html",
    publisher: "林州市农机部门（网站转载）",
    date: "2018",
    changes:
      "As published: the nine kinds in the report's order and names (耕整地机械 … 饲料混合机), each with 户, 台 and 补贴金额 in 元, the " +
      "其中 报废更新补贴机具 line, 受益农户 counted once for the batch. Ours: every figure, the table form (the report lists the kinds as " +
      "sentences). Planted: the 合计 补贴金额 3,354,600 adds the 其中 报废更新 10,000 in again — the nine kinds come to 3,344,600.",
  },
  classes: [
    "composition", "allocation-by-kind", "count-columns", "count-unit-caption", "yuan-amounts", "whole-yuan", "total-at-foot",
    "qizhong-under-total", "dash-as-nothing", "notes-under-table", "table-from-prose", "farm-machinery", "county-fund", "henan",
  ],
  sheets: [
    {
      name: "第三批核实",
      widths: [6, 28, 12, 12, 16],
      rows: [
        ["林州市2018年农机购置补贴第三批销售机具核实情况表", null, null, null, null],
        [null, null, null, null, "单位：户、台、元"],
        ["序号", "机具类别", "受益户数", "补贴台数", "补贴金额"],
        [1, "耕整地机械", 38, 52, 68400],
        [2, "秸秆还田机", 36, 37, 55500],
        [3, "喷雾机", 70, 92, 1086400],
        [4, "大型拖拉机", 33, 35, 1281000],
        [5, "播种机", 17, 17, 14700],
        [6, "玉米脱粒机", 21, 84, 201600],
        [7, "谷物烘干机", 35, 35, 448000],
        [8, "打捆机", 15, 15, 158400],
        [9, "饲料混合机", 3, 3, 30600],
        ["合计", null, "—", 370, 3354600],
        [null, "其中：报废更新补贴机具", 2, 2, 10000],
        ["注：受益农户共176户（一户购置多类机具的只计一次），故各类户数不相加；以上机具已逐台核实，符合国家农机购置补贴政策和结算标准。", null, null, null, null],
      ],
      merges: ["A1:E1", "A13:B13", "A15:E15"],
      numberFormats: { "E4:E14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "第三批核实",
        kind: "composition",
        unit: "元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "line", C: "quantity", E: "amount" },
        year: 2018,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        sheet: "第三批核实",
        cell: "E13",
        why: "68,400 + 55,500 + 1,086,400 + 1,281,000 + 14,700 + 201,600 + 448,000 + 158,400 + 30,600 = 3,344,600; the 合计 says 3,354,600 (10,000 more: the 其中 报废更新 line added in again)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "第三批核实", cell: "E14", why: "其中：报废更新 10,000 is a share of the 合计, less than it, never added to it" },
      { rule: "composition.total-mismatch", sheet: "第三批核实", cell: "D13", why: "52 + 37 + 92 + 35 + 17 + 84 + 35 + 15 + 3 = 370 machines" },
      { rule: "composition.total-mismatch", sheet: "第三批核实", cell: "C13", why: "the households' foot is a dash: 受益农户 are counted once in the note (176), not the kinds' 268" },
      { rule: "composition.line-mismatch", sheet: "第三批核实", why: "no unit amount is stated: no line is unit × quantity" },
      { rule: "input.unreadable-value", sheet: "第三批核实", cell: "C13", why: "— is nothing" },
      { rule: "input.unreadable-value", sheet: "第三批核实", cell: "A15", why: "the note under the table is no data" },
      { rule: "register.duplicate", sheet: "第三批核实", why: "machine kinds, no applicants" },
    ],
  },
};
