import type { CorpusLayout } from "../types";

// 北京市通州区杨庄街道办事处 2023年度部门决算 (2024-09): 第四部分 2023年度部门绩效评价情况, with a 项目支出绩效自评表 on the Beijing form —
// 项目资金 block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分; 年度资金总额 over 当年财政拨款 | 上年结转资金 | 其他资金), the
// 年度总体目标 pair, then 一级 / 二级 / 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施, 总分 last.
export const layout: CorpusLayout = {
  id: "beijing-tongzhou-yangzhuang-2023-community-project-selfeval",
  source: {
    title: "北京市通州区杨庄街道办事处2023年度部门决算（第四部分 2023年度部门绩效评价情况：项目支出绩效自评表；表据目录拟）",
    url: "http://www.bjtzh.gov.cn/bjtz/xxfb/202409/1728401.shtml",
    publisher: "北京市通州区杨庄街道办事处",
    date: "2024-09",
    changes:
      "As published: the 2023 决算 with its parts (第四部分 2023年度部门绩效评价情况), the office's 6 内设机构, 综合执法队 and 3 事业单位 named; " +
      "the self-evaluation forms are in an annex the stored copy does not show (table-not-in-stored-copy). The form follows the Beijing 项目支出绩效自评表; " +
      "the project, its money (a carry-over beside the year's appropriation), targets, results and scores are ours. Planted: 全年执行数 of 年度资金总额 " +
      "typed 168.35 where 142.10 + 24.25 = 166.35; 补助社区数量 11个 misses its ≥12个 yet scores the full 10; 总分 typed 99.26 where the scores add " +
      "up to 98.26.",
  },
  classes: [
    "selfeval", "project-selfeval", "money-block-with-sources", "carry-over-source", "target-missed-full-score", "deviation-column",
    "indicator-levels-merged", "total-score-row", "percent-text", "wanyuan-in-label", "year-in-subtitle", "table-not-in-stored-copy", "street-office", "beijing",
  ],
  settings: { district: "北京市通州区" },
  sheets: [
    {
      name: "项目自评表",
      widths: [10, 16, 14, 26, 14, 14, 8, 8, 18, 10],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null, null, null, null, null],
        ["项目名称", "社区公益事业补助项目", null, null, null, null, null, null, null, null],
        ["主管部门", "北京市通州区人民政府杨庄街道办事处", null, null, null, "实施单位", "北京市通州区杨庄街道办事处", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额", 150, 176.4, 168.35, 10, "95.44%", 9.54, null, null],
        [null, "其中：当年财政拨款", 150, 150, 142.1, "—", "—", "—", null, null],
        [null, "上年结转资金", null, 26.4, 24.25, "—", "—", "—", null, null],
        [null, "其他资金", null, null, null, "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [
          null,
          "支持辖区12个社区开展公益活动和社区治理项目，全年开展各类公益活动不少于48场，提升居民参与度和满意度。",
          null, null, null,
          "补助11个社区开展公益活动52场，居民参与2,860人次；1个社区因项目调整未纳入补助。",
          null, null, null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null],
        [null, "产出指标（50分）", "数量指标", "补助社区数量", "≥12个", "11个", 10, 10, null, null],
        [null, null, null, "开展公益活动场次", "≥48场", "52场", 10, 10, null, null],
        [null, null, "质量指标", "项目验收合格率", "100%", "100%", 10, 10, null, null],
        [null, null, "时效指标", "资金拨付及时率", "100%", "100%", 10, 10, null, null],
        [null, null, "成本指标", "项目成本控制", "≤176.4万元", "166.35万元", 10, 10, null, null],
        [null, "效益指标（25分）", "社会效益指标", "居民参与公益活动人次", "≥3000人次", "2860人次", 15, 13.72, "受天气影响部分户外活动取消，下年度增加室内活动场次。", null],
        [null, null, "可持续影响指标", "社区治理长效机制", "长期", "长期", 10, 10, null, null],
        [null, "满意度指标（15分）", "服务对象满意度指标", "居民满意度", "≥90%", "93.6%", 15, 15, null, null],
        [null, "总分", null, null, null, null, 100, 99.26, null, null],
      ],
      merges: [
        "A1:J1", "A2:J2", "B3:J3", "B4:E4", "G4:J4", "A5:B5", "A6:A9", "I5:J9", "A10:A11", "B10:E10", "F10:J10", "B11:E11", "F11:J11",
        "A12:A21", "I12:J12", "B13:B17", "C13:C14", "B18:B19", "I13:J13", "I14:J14", "I15:J15", "I16:J16", "I17:J17", "I18:J18", "I19:J19",
        "I20:J20", "B21:F21", "I21:J21",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "项目自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2023 }],
    findings: [
      { rule: "selfeval.total-mismatch", cell: "E6", why: "年度资金总额 全年执行数 168.35; its sources 142.10 + 24.25 + 0 = 166.35" },
      { rule: "selfeval.target-missed-full-score", cell: "H13", why: "补助社区数量 11个 misses its ≥12个, yet scores its full 10" },
      { rule: "selfeval.score-mismatch", cell: "H21", why: "总分 99.26; the scores add up to 9.54 + 10 × 5 + 13.72 + 10 + 15 = 98.26" },
    ],
    absent: [
      { rule: "selfeval.total-mismatch", cell: "D6", why: "全年预算数 176.40 = 150.00 + 26.40" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "年初预算数 150.00 = 150.00 (no carry-over at the year's start)" },
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "168.35 / 176.40 = 95.44%, as typed (the slip is in the sources' sum, not the rate)" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 95.44% = 9.54" },
      { rule: "selfeval.weights", why: "10 + 50 + 25 + 15 = 100" },
      { rule: "selfeval.missing-explanation", cell: "I18", why: "居民参与 2860 under ≥3000 scores 13.72 of 15 and gives its reason" },
      { rule: "selfeval.target-missed-full-score", cell: "H18", why: "居民参与 missed its target and is scored 13.72, not its full 15" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "166.35万元 meets ≤176.4万元" },
      { rule: "selfeval.target-missed-full-score", cell: "H14", why: "52场 meets ≥48场" },
      { rule: "execution.overspent", why: "168.35 spent of 176.40" },
    ],
  },
};
