import type { CorpusLayout } from "../types";

// 海南省人民政府研究室: 财政支出项目绩效评价报告 (评价时间 2013-02-10 to 2013-04-25, 上报 2013-04-25) for 海南宏观经济形势分析预测与经济动态
// 监测预警项目 — its 项目绩效目标表 (指标类型 | 绩效指标 | 年初绩效目标 | 调整后绩效目标（如有） | 绩效标准 优 / 良 / 中 / 差, each 年初/调整后) and
// the 项目基本情况's money lines (计划投资额 | 实际到位资金 | 实际使用情况, each 其中 中央财政 / 省财政 / 市县财政 / 其他), set out as a grid.
export const layout: CorpusLayout = {
  id: "hainan-research-office-2013-macro-forecast-targets",
  source: {
    title: "财政支出项目绩效评价报告（海南宏观经济形势分析预测与经济动态监测预警项目：项目绩效目标表、项目基本情况）",
    url: "https://m.taowenge.com/p-3089252.html",
    publisher: "海南省人民政府研究室（文档分享网站转载）",
    date: "2013-04-25",
    changes:
      "As published: the report's cover (评价类型, 项目单位, 主管部门, 评价时间, 组织方式), the 项目绩效目标表's headings (指标类型 | 绩效指标 | 年初绩效目标 | " +
      "调整后绩效目标（如有） | 绩效标准 with 优 / 良 / 中 / 差 each （年初/调整后）), its three indicators (产出, 成效, 效率) and the note on 年初 / 调整后 " +
      "targets; the 项目基本情况's money heads (计划投资额, 实际到位资金, 实际使用情况, each 其中 中央财政 / 省财政 / 市县财政 / 其他), written there " +
      "label by label, set out by us as one grid on a second sheet. The thresholds under 良 / 中 and every amount are ours (the published project " +
      "was 144万元, 142 used). Planted: the 实际使用情况 合计 typed 155.60 where its only source, 省财政, used 151.60.",
  },
  classes: [
    "targets", "execution", "two-sheets", "tier-standard-columns", "two-header-rows", "indicator-number-labels", "text-targets",
    "adjusted-target-column", "sources-as-qizhong-lines", "plan-in-place-used-columns", "blank-source-lines", "two-decimal-wanyuan",
    "wanyuan-caption", "notes-under-table", "evaluation-report", "province-office", "hainan",
  ],
  settings: { district: "海南省" },
  sheets: [
    {
      name: "绩效目标表",
      widths: [12, 44, 14, 16, 16, 16, 16, 16],
      rows: [
        ["项目绩效目标表", null, null, null, null, null, null, null],
        ["项目名称：海南宏观经济形势分析预测与经济动态监测预警项目", null, null, null, null, null, null, null],
        ["指标类型", "绩效指标", "年初绩效目标", "调整后绩效目标（如有）", "绩效标准", null, null, null],
        [null, null, null, null, "优（年初/调整后）", "良（年初/调整后）", "中（年初/调整后）", "差（年初/调整后）"],
        ["产出指标", "指标1：海南宏观经济形势分析与预测半年报告、全年报告和11期景气报告", "全部完成", "无", "全部完成", "90%", "75%", "75%以下"],
        ["成效指标", "指标：以报告的进度衡量标准", "全部完成", "无", "全部完成", "90%", "75%", "75%以下"],
        ["效率指标", "指标：以资金的使用进度为衡量标准", "全部完成", "无", "全部完成", "90%", "75%", "75%以下"],
        ["注：“年初”目标指编制预算时（或绩效分析调整）申报的目标，“调整后”目标按项目自评情况填报。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:H3", "A8:H8"],
    },
    {
      name: "项目基本情况",
      widths: [20, 16, 16, 16],
      rows: [
        ["项目基本情况（资金）", null, null, null],
        [null, null, null, "单位：万元"],
        ["资金来源", "计划投资额", "实际到位资金", "实际使用情况"],
        ["合计", 160, 160, 155.6],
        ["其中：中央财政", null, null, null],
        ["省财政", 160, 160, 151.6],
        ["市县财政", null, null, null],
        ["其他", null, null, null],
        ["项目实施单位：海南省人民政府研究室    项目类型：经常性项目", null, null, null],
      ],
      merges: ["A1:D1", "A9:D9"],
      numberFormats: { "B4:D8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标表", kind: "targets", headerRow: 3, lastRow: 7, columns: { A: "type", B: "name", C: "target" } },
      { sheet: "项目基本情况", kind: "execution", unit: "万元", headerRow: 3, lastRow: 8, columns: { A: "line", B: "adjustedBudget", D: "actual" } },
    ],
    findings: [
      { rule: "execution.total-mismatch", sheet: "项目基本情况", cell: "D4", why: "实际使用情况 合计 155.60 where 中央 nothing + 省财政 151.60 + 市县 nothing + 其他 nothing = 151.60 (4.00万元 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", sheet: "项目基本情况", cell: "B4", why: "计划投资额 160.00 = 省财政 160.00" },
      { rule: "execution.total-mismatch", sheet: "项目基本情况", cell: "C4", why: "实际到位资金 160.00 = 省财政 160.00" },
      { rule: "execution.overspent", why: "省财政 used 151.60 of 160.00" },
      { rule: "execution.no-spending", why: "中央 / 市县 / 其他 had no money planned: blank lines" },
      { rule: "selfeval.weights", why: "no 分值 anywhere: a target table, not a scored form" },
      { rule: "selfeval.target-missed-full-score", why: "no results or scores in the target table" },
      { rule: "input.unreadable-value", sheet: "绩效目标表", cell: "D5", why: "无 under 调整后绩效目标: no adjusted target" },
    ],
  },
};
