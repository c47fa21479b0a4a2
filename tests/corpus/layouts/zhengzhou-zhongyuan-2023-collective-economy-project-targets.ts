import type { CorpusLayout } from "../types";

// 郑州市中原区农业农村工作委员会 2023-11-03: 中原区2023年第二批中央和省级财政衔接推进乡村振兴补助资金情况的公告公示 — 50万元 (中央 35 +
// 省级 15, 豫财农综〔2023〕7号) all for one 新型农村集体经济 project, 大李村科文创加工项目, given as labelled lines (实施地点, 建设内容, 资金预算,
// 资金来源, 绩效目标, 建设期限, 招标情况, 实施单位及责任人). Laid out as the project's 绩效目标表: the money block, then the indicators.
export const layout: CorpusLayout = {
  id: "zhengzhou-zhongyuan-2023-collective-economy-project-targets",
  source: {
    title: "中原区2023年第二批中央和省级财政衔接推进乡村振兴补助资金情况的公告公示（项目绩效目标表据正文拟）",
    url: "https://public.zhongyuan.gov.cn/D49Y/7953788.jhtml",
    publisher: "中原区农业农村工作委员会",
    date: "2023-11-03",
    changes:
      "As published: the project (大李村科文创加工项目), its place, works (车间建设及设备器材), budget 50万元 from 中央 35 and 省级 15, its period " +
      "(2023年6月5日-2023年12月31日), its goal (年底前完成2023年度扶持新型农村集体经济发展项目建设任务) and its 实施单位 (中原区乡村振兴局). The notice " +
      "gives them as labelled lines (table-from-prose): the form (资金情况 block, 一级 / 二级 / 三级指标 | 指标值 | 分值 under 绩效指标（90分）) is ours, " +
      "as are the indicators, their values and points; the person's name is left out. Planted: the indicators' 分值 add up to 95 under a heading of 90分.",
  },
  classes: [
    "targets", "composition", "project-targets", "money-block-with-qizhong", "sources-run-to-block-end", "points-in-heading", "weights-off",
    "three-level-indicators", "text-targets", "label-value-lines", "wanyuan-caption", "table-from-prose", "district-fund", "henan",
  ],
  settings: { district: "郑州市中原区" },
  sheets: [
    {
      name: "绩效目标表",
      widths: [14, 18, 26, 22, 10],
      rows: [
        ["2023年中原区扶持新型农村集体经济发展项目绩效目标表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目名称", "大李村科文创加工项目", null, null, null],
        ["实施单位", "中原区乡村振兴局", null, "建设期限", "2023年6月5日-2023年12月31日"],
        ["实施地点", "郑州市建设西路民悦街大李安置房6号楼东二楼", null, null, null],
        ["资金情况", "资金总额", 50, null, null],
        [null, "其中：中央资金", 35, "豫财农综〔2023〕7号", null],
        [null, "省级资金", 15, "豫财农综〔2023〕7号", null],
        ["年度目标", "年底前完成2023年度扶持新型农村集体经济发展项目建设任务，建成加工车间并投入运营。", null, null, null],
        ["绩效指标（90分）", null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
        ["产出指标", "数量指标", "建设加工车间", "1处", 20],
        [null, null, "购置设备器材", "≥1批", 10],
        [null, "质量指标", "项目验收合格率", "100%", 10],
        [null, "时效指标", "项目完工时间", "2023年12月31日前", 10],
        [null, "成本指标", "项目总投资", "≤50万元", 10],
        ["效益指标", "经济效益指标", "村集体经济年增收", "≥3万元", 15],
        [null, "社会效益指标", "带动群众就业人数", "≥10人", 10],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", 10],
      ],
      merges: ["A1:E1", "B3:E3", "B4:C4", "B5:E5", "A6:A8", "D6:E6", "D7:E7", "D8:E8", "B9:E9", "A10:E10", "A12:A16", "B12:B13", "A17:A18"],
      numberFormats: { "C6:C8": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标表", kind: "composition", unit: "万元", headerRow: 6, lastRow: 8, columns: { B: "line", C: "amount" }, year: 2023 },
      { sheet: "绩效目标表", kind: "targets", headerRow: 11, lastRow: 19, columns: { A: "type", C: "name", D: "target" }, year: 2023 },
    ],
    findings: [
      { rule: "selfeval.weights", cell: "A10", why: "绩效指标（90分）; the indicators' 分值 add up to 20 + 10 + 10 + 10 + 10 + 15 + 10 + 10 = 95" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C6", why: "资金总额 50 = 中央 35 + 省级 15" },
      { rule: "input.unreadable-value", cell: "D7", why: "豫财农综〔2023〕7号 is the document the money came by, no figure" },
      { rule: "input.unreadable-value", cell: "E4", why: "建设期限 is a span of dates, no money" },
      { rule: "selfeval.indicator-contradicted", why: "a target table states no results" },
      { rule: "selfeval.target-missed-full-score", why: "a target table states no results or scores" },
    ],
  },
};
