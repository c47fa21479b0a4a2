import type { CorpusLayout } from "../types";

// 北京市经济和信息化局 2021-09-02: the 2020 部门决算, 第四部分 2020年度部门绩效评价情况 — a 项目支出绩效自评表 in the national form. The stored
// copy shows the table of contents only: the form is laid out as the national template, the project and every figure ours.
export const layout: CorpusLayout = {
  id: "beijing-jxj-2020-sme-platform-project-selfeval",
  source: {
    title: "北京市经济和信息化局2020年度部门决算（第四部分 2020年度部门绩效评价情况 — 项目支出绩效自评表；表据目录拟）",
    url: "https://jxj.beijing.gov.cn/zwgk/czyjs/202109/t20210902_2482345.html",
    publisher: "北京市经济和信息化局",
    date: "2021-09-02",
    changes:
      "As published: the 决算's table of contents (十二 tables, 第四部分 绩效评价情况) and the bureau's duties. The form is the national 项目支出绩效自评表 " +
      "(项目资金 block: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分; 年度总体目标; 一级 / 二级 / 三级指标); the project (中小企业公共服务平台运行 " +
      "维护), its targets and every figure are ours. Planted: the money block's score typed 9.76 where 10 × 96.73% = 9.67; 培训活动 36 of ≥40 场 scored " +
      "8 with no reason given. The 总分 97.76 adds the scores as typed.",
  },
  classes: [
    "selfeval", "national-template", "budget-cut-during-year", "side-label-unit", "qualitative-targets", "missing-explanation", "city-bureau",
    "final-accounts-part", "table-from-prose", "beijing",
  ],
  settings: { district: "北京市" },
  sheets: [
    {
      name: "项目自评表",
      widths: [10, 16, 14, 28, 16, 16, 8, 8, 18, 10],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["（2020年度）", null, null, null, null, null, null, null, null, null],
        ["项目名称", "中小企业公共服务平台运行维护", null, null, null, null, null, null, null, null],
        ["主管部门", "北京市经济和信息化局", null, null, null, "实施单位", "北京市中小企业服务中心", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额", 480, 452.6, 437.82, 10, "96.73%", 9.76, null, null],
        [null, "其中：当年财政拨款", 480, 452.6, 437.82, "—", "—", "—", null, null],
        [null, "上年结转资金", null, null, null, "—", "—", "—", null, null],
        [null, "其他资金", null, null, null, "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [
          null,
          "保障市中小企业公共服务平台稳定运行，全年为不少于3000家中小企业提供政策、融资、培训等服务，举办培训活动不少于40场。",
          null, null, null,
          "平台全年稳定运行，服务中小企业3260家；受疫情影响，线下培训活动举办36场。",
          null, null, null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null],
        [null, "产出指标（50分）", "数量指标", "服务中小企业数量", "≥3000家", "3260家", 10, 10, null, null],
        [null, null, null, "举办培训活动场次", "≥40场", "36场", 10, 8, null, null],
        [null, null, "质量指标", "平台正常运行率", "≥99%", "99.5%", 10, 10, null, null],
        [null, null, "时效指标", "服务需求响应时间", "≤2小时", "1.5小时", 10, 10, null, null],
        [null, null, "成本指标", "项目总成本", "≤452.6万元", "437.82万元", 10, 10, null, null],
        [null, "效益指标（30分）", "社会效益指标", "降低中小企业获取服务成本", "有效降低", "有效降低", 15, 15, null, null],
        [null, null, "可持续影响指标", "平台持续服务能力", "持续提升", "持续提升", 15, 15, null, null],
        [null, "满意度指标（10分）", "服务对象满意度指标", "服务企业满意度", "≥90%", "93%", 10, 10, null, null],
        [null, "总分", null, null, null, null, 100, 97.76, null, null],
      ],
      merges: [
        "A1:J1", "A2:J2", "B3:J3", "B4:E4", "G4:J4", "A5:B5", "A6:A9", "I5:J9", "A10:A11", "B10:E10", "F10:J10", "B11:E11", "F11:J11",
        "A12:A21", "I12:J12", "B13:B17", "C13:C14", "B18:B19", "I13:J13", "I14:J14", "I15:J15", "I16:J16", "I17:J17", "I18:J18", "I19:J19",
        "I20:J20", "B21:F21", "I21:J21",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "项目自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2020 }],
    findings: [
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 437.82 / 452.60 = 10 × 96.73% = 9.67, typed 9.76" },
      { rule: "selfeval.missing-explanation", cell: "H14", why: "培训活动 36场 misses ≥40场 and scores 8 of 10; its 偏差原因分析及改进措施 (I14) is empty" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "437.82 / 452.60 = 96.73%, as stated" },
      { rule: "selfeval.score-mismatch", cell: "H21", why: "总分 97.76 = 9.76 + 10 + 8 + 10 + 10 + 10 + 15 + 15 + 10, the scores as typed" },
      { rule: "selfeval.weights", why: "10 + 50 + 30 + 10 = 100" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "年度资金总额 = 当年财政拨款 in every column; the other sources are blank" },
      { rule: "selfeval.target-missed-full-score", cell: "H14", why: "the missed 培训活动 target is scored 8, not its full 10" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "437.82万元 meets ≤452.6万元" },
      { rule: "execution.overspent", why: "437.82 spent of 452.60" },
    ],
  },
};
