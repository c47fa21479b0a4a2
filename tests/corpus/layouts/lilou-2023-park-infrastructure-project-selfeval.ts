import type { CorpusLayout } from "../types";

// 老河口市李楼镇人民政府2023年度部门决算 (襄阳, 湖北; 2024-09): the town is also the 湖北老河口经济开发区's committee; its account lists a
// 预算绩效情况说明 and the 项目支出绩效自评表 the national form prescribes, which the stored page does not show. Set out as that form:
// 项目资金 block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分) over 其中 lines, 年度总体目标, then the indicators with
// 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 and 总分.
export const layout: CorpusLayout = {
  id: "lilou-2023-park-infrastructure-project-selfeval",
  source: {
    title: "老河口市李楼镇人民政府2023年度部门决算（项目支出绩效自评表；表据全国通用格式拟）",
    url: "http://www.lhk.gov.cn/zwgk/zdgk/czyjs/202409/t20240929_3681578.shtml",
    publisher: "老河口市财政局",
    date: "2024-09-29",
    changes:
      "As published: the town, the year and the account's contents naming 预算绩效情况说明. The form's grid is not in the stored copy: the " +
      "national 项目支出绩效自评表 layout, with a project, money, indicators, actuals and scores of ours. Planted: 园区道路维护里程 32公里 " +
      "against a ≥35公里 target scored its full 10; the money's 得分 typed 9.60 where 10 × 92.40% = 9.24.",
  },
  classes: ["selfeval", "national-template", "money-block", "qizhong-lines", "carry-over-line", "percent-text-rates", "deviation-column", "time-target", "cost-target", "total-score-row", "signoff-line", "table-not-in-stored-copy", "township", "development-zone", "hubei"],
  settings: { district: "老河口市" },
  sheets: [
    {
      name: "自评表",
      widths: [12, 14, 16, 22, 14, 14, 8, 8, 40],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "老河口高新园区基础设施维护项目", null, null, null, null, null, null, null],
        ["主管部门", "老河口市李楼镇人民政府", null, null, "实施单位", "老河口市李楼镇人民政府", null, null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 120, 150, 138.6, 10, "92.40%", 9.6, null],
        [null, "其中：当年财政拨款", 120, 140, 130.6, "—", "—", "—", null],
        [null, "      上年结转资金", 0, 10, 8, "—", "—", "—", null],
        [null, "      其他资金", null, null, null, "—", "—", "—", null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null],
        [null, "完成园区道路维护35公里以上、路灯维修更换200盏以上，维护工程验收全部合格，年底前完成，成本控制在150万元以内。", null, null, null, "完成园区道路维护32公里、路灯维修更换236盏，验收全部合格，11月完成，支出138.6万元。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "园区道路维护里程", "≥35公里", "32公里", 10, 10, null],
        [null, null, "数量指标", "路灯维修更换数量", "≥200盏", "236盏", 10, 10, null],
        [null, null, "质量指标", "维护工程验收合格率", "100%", "100%", 10, 10, null],
        [null, null, "时效指标", "维护任务完成时间", "2023年12月底前", "2023年11月", 10, 10, null],
        [null, null, "成本指标", "项目总成本", "≤150万元", "138.6万元", 10, 10, null],
        [null, "效益指标", "社会效益指标", "园区企业通行条件", "明显改善", "明显改善", 15, 15, null],
        [null, null, "可持续影响指标", "设施长效管护机制", "长期有效", "基本建立", 15, 14, "管护制度尚待完善，2024年出台园区设施管护办法。"],
        [null, "满意度指标", "服务对象满意度指标", "园区企业满意度", "≥90%", "88%", 10, 8, "部分企业反映报修响应偏慢，下一步建立报修限时办结机制。"],
        ["总分", null, null, null, null, null, 100, 96.6, null],
        ["项目负责人：张海军", null, null, null, "财务负责人：李红梅", null, null, null, null],
      ],
      merges: [
        "A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:A9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11",
        "A12:A20", "B13:B17", "B18:B19", "A21:F21", "A22:D22", "E22:I22",
      ],
      numberFormats: { "C6:E8": "0.00", "H6": "0.00", "H21": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2023 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "H13", why: "园区道路维护里程 32公里 misses its ≥35公里 target, yet scores its full 10" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "the money's 得分 9.60 where 分值 10 × 执行率 92.40% = 9.24" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "138.60 / 150.00 = 92.40%" },
      { rule: "selfeval.total-mismatch", cell: "D6", why: "全年预算数 140 + 10 = 150; 年初 120 + 0 = 120; 执行 130.60 + 8.00 = 138.60" },
      { rule: "selfeval.score-mismatch", cell: "H21", why: "总分 96.60 = 9.60 + 50 + 15 + 14 + 8, the scores as typed (the slip is the 9.60's own, at H6)" },
      { rule: "selfeval.weights", why: "10 + 5 × 10 + 15 + 15 + 10 = 100" },
      { rule: "selfeval.missing-explanation", cell: "I19", why: "可持续影响 scores 14 of 15 and explains why" },
      { rule: "selfeval.missing-explanation", cell: "I20", why: "满意度 scores 8 of 10 and explains why" },
      { rule: "selfeval.target-missed-full-score", cell: "H20", why: "88% misses ≥90%, but it scores 8 of 10, not its full points" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "2023年11月 is before 2023年12月底" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "138.6万元 ≤ 150万元" },
      { rule: "execution.overspent", why: "138.60 spent of 150.00" },
      { rule: "input.unreadable-value", why: "the dashes in the 其中 lines' score cells and the sign-off line are no values" },
    ],
  },
};
