import type { CorpusLayout } from "../types";

// 天津市东丽区财政局 2021-05-14, (直达资金): the 2020 self-evaluation of the new 光辉路 (智景东道–星宇道) in 东丽湖 — 700万元 of 抗疫特别国债
// money, all paid as 工程款; targets 道路建设491米, 天桥质量, 按时完成, residents' travel and satisfaction. The report's own figures and
// indicators set out in the national 项目支出绩效自评表 they summarise.
export const layout: CorpusLayout = {
  id: "dongli-2020-guanghui-road-selfeval",
  source: {
    title: "（直达资金）天津市东丽湖新建光辉路（智景东道-星宇道）工程项目2020年度绩效自评报告（自评表据报告拟）",
    url: "https://www.tjdl.gov.cn/gongkai/czzjzdjc/202105/t20210514_5450772.html",
    publisher: "天津市东丽区财政局",
    date: "2021-05-14",
    changes:
      "As published: the project's name, its money (估算投资2082.48万元; 区财政通过抗疫特别国债安排资金700万元; 已拨付工程款700万元) and its " +
      "indicators by kind (数量: 完成道路建设491米; 质量: 确保天桥质量; 时效: 按时完成建设; 社会效益: 方便周边居民出行; 可持续影响: 持续改善周边居民出行; " +
      "满意度: 提升周边居民满意度) and the overall goals. The report is prose: the national 自评表 frame, the 主管部门 / 实施单位, the target values, " +
      "results, weights and scores are ours (the report says 时效 was 随项目进度把控). Planted: 时效 target 2020年12月底前完工 met only in 2021年3月, " +
      "yet scored its full 10; 满意度 85% against ≥90%, 8 of 10, with 偏差原因 left empty; 总分 100 where the scores add up to 98.",
  },
  classes: ["selfeval", "national-template", "table-from-prose", "direct-funds", "special-treasury-bonds", "time-target", "qualitative-targets", "points-in-labels", "tianjin"],
  sheets: [
    {
      name: "自评表",
      widths: [10, 16, 16, 26, 18, 14, 8, 8, 16, 10],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["（2020年度）", null, null, null, null, null, null, null, null, null],
        ["项目名称", "天津市东丽湖新建光辉路（智景东道-星宇道）工程项目", null, null, null, null, null, null, null, null],
        ["主管部门", "天津市东丽区住房和建设委员会", null, null, null, "实施单位", "天津市东丽湖建设开发有限公司", null, null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额", 700, 700, 700, 10, "100%", 10, null, null],
        [null, "其中：当年财政拨款", 700, 700, 700, "—", "—", "—", null, null],
        [null, "上年结转资金", null, null, null, "—", "—", "—", null, null],
        [null, "其他资金", null, null, null, "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [null, "1.保质保量完成道路建设；2.符合工程施工质量验收相关要求，按时投入使用；3.改善周边居民出行需求。", null, null, null, "总体绩效目标基本完成：道路491米建成通车，工程款700万元已拨付，前期费、剩余工程款待申请。", null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null],
        [null, "产出指标（50分）", "数量指标", "完成道路建设长度", "491米", "491米", 15, 15, null, null],
        [null, null, "质量指标", "天桥工程质量验收合格率", "100%", "100%", 15, 15, null, null],
        [null, null, "时效指标", "按时完成建设", "2020年12月底前完工", "2021年3月完工", 10, 10, null, null],
        [null, null, "成本指标", "抗疫特别国债资金控制数", "≤700万元", "700万元", 10, 10, null, null],
        [null, "效益指标（30分）", "社会效益指标", "方便周边居民出行", "明显改善", "已完成", 15, 15, null, null],
        [null, null, "可持续影响指标", "持续改善周边居民出行", "长期", "已完成", 15, 15, null, null],
        [null, "满意度指标（10分）", "服务对象满意度指标", "周边居民满意度", "≥90%", "85%", 10, 8, null, null],
        [null, "总分", null, null, null, null, 100, 100, null, null],
      ],
      merges: [
        "A1:J1", "A2:J2", "B3:J3", "B4:E4", "G4:J4", "A5:A9", "I5:J9", "A10:A11", "B10:E10", "F10:J10", "B11:E11", "F11:J11",
        "A12:A20", "I12:J12", "B13:B16", "B17:B18", "I13:J13", "I14:J14", "I15:J15", "I16:J16", "I17:J17", "I18:J18", "I19:J19", "B20:F20", "I20:J20",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 20, year: 2020 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "H15", why: "按时完成建设: target 2020年12月底前完工, done 2021年3月, yet 得分 10 of 分值 10" },
      { rule: "selfeval.missing-explanation", cell: "H19", why: "周边居民满意度 scored 8 of 10 (85% against ≥90%) and its 偏差原因分析及改进措施 is empty" },
      { rule: "selfeval.score-mismatch", cell: "H20", why: "总分 100 where 10 (budget) + 15 + 15 + 10 + 10 + 15 + 15 + 8 = 98" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "700 / 700 = 100%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 100% = 10" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "700 = 当年财政拨款 700 + 上年结转 (blank) + 其他 (blank), in each column" },
      { rule: "selfeval.weights", why: "10 + 15 + 15 + 10 + 10 + 15 + 15 + 10 = 100" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "≤700万元 is met by 700万元" },
      { rule: "selfeval.target-missed-full-score", cell: "H13", why: "491米 met exactly" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "已完成 meets a qualitative target" },
      { rule: "execution.overspent", why: "执行数 700 equals 预算数 700" },
    ],
  },
};
