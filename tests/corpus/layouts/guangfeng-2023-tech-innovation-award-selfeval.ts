import type { CorpusLayout } from "../types";

// 上饶市广丰区 2023: 通过惠企通平台分批次兑现区级科技创新奖励资金1293万元，受益企业204家; 争取各类科技激励资金559万元; 8家企业产学研合作;
// 6家加入省级创新联合体; 200家创新主体培育 (a news piece of 2024-05-21). Laid out as the fund's 项目支出绩效自评表 (2023年度): 项目资金 over
// 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 with 其中 sources, 年度总体目标, then 一级 / 二级 / 三级指标 and 总分.
export const layout: CorpusLayout = {
  id: "guangfeng-2023-tech-innovation-award-selfeval",
  source: {
    title: "广丰以企业创新力促高质量发展（科技创新奖励资金绩效自评表据报道拟）",
    url: "http://ccc.cgc.org.cn/a/acticle.aspx?DFAHBN=html2024050400dnfahc",
    publisher: "上饶市广丰区（新闻转载）",
    date: "2024-05-21",
    changes:
      "The report gives the year's results (1,293万元 paid to 204 firms; 559万元 of higher-level awards won; 8 firms in 产学研 partnerships; 6 in " +
      "provincial 创新联合体; 200 创新主体 fostered). We lay them out as the fund's 项目支出绩效自评表 on the template the province's units use; the " +
      "budgets, targets, 分值 and scores are ours, the actual figures the report's. Planted: 总分 typed 98.80 where the scores add up to 9.80 + 15 " +
      "+ 10 + 10 + 10 + 5 + 10 + 10 + 8 + 10 = 97.80; 奖励资金兑现及时率 92% against a 100% target yet its full 10 points.",
  },
  classes: [
    "selfeval", "project-form", "year-line-under-title", "vertical-side-labels", "dash-as-nothing", "rates-as-text", "three-level-indicators",
    "text-targets", "explained-shortfall", "signoff-line", "table-from-prose", "news-report", "district-fund", "jiangxi",
  ],
  settings: { district: "上饶市广丰区" },
  sheets: [
    {
      name: "绩效自评表",
      widths: [8, 14, 16, 26, 14, 14, 10, 10, 30],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "广丰区科技创新奖励资金", null, null, null, null, null, null, null],
        ["主管部门", "上饶市广丰区科学技术局", null, null, "实施单位", "上饶市广丰区科学技术局", null, null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 1300, 1320, 1293, 10, "97.95%", 9.8, null],
        [null, "其中：当年财政拨款", 1300, 1320, 1293, "—", "97.95%", "—", null],
        [null, "上年结转资金", null, null, null, "—", null, "—", null],
        [null, "其他资金", null, null, null, "—", null, "—", null],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null, null],
        [null, "按《广丰区科技创新奖励办法》及时足额兑现区级科技创新奖励，培育创新主体200家，引导企业加大研发投入、开展产学研合作。", null, null, "通过惠企通平台分批次兑现区级科技创新奖励资金1293万元，受益企业204家；培育创新主体200家，8家企业与高校院所建立产学研合作，6家企业加入省级创新联合体。", null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "兑现奖励企业数", "≥200家", "204家", 15, 15, null],
        [null, null, null, "培育创新主体数", "≥200家", "200家", 10, 10, null],
        [null, null, "质量指标", "奖励资金兑现准确率", "100%", "100%", 10, 10, null],
        [null, null, "时效指标", "奖励资金兑现及时率", "100%", "92%", 10, 10, null],
        [null, null, "成本指标", "奖励资金总额", "≤1320万元", "1293万元", 5, 5, null],
        [null, "效益指标", "经济效益指标", "争取上级科技激励资金", "≥500万元", "559万元", 10, 10, null],
        [null, null, "社会效益指标", "产学研合作企业数", "≥8家", "8家", 10, 10, null],
        [null, null, "可持续影响指标", "加入省级创新联合体企业数", "≥8家", "6家", 10, 8, "2家企业加入联合体的申请尚在省级审核中，下一步加强辅导对接。"],
        [null, "满意度指标", "服务对象满意度指标", "受奖企业满意度", "≥90%", "93%", 10, 10, null],
        ["总分", null, null, null, null, null, 100, 98.8, null],
        ["项目负责人：　　　　财务负责人：　　　　填报日期：2024年3月", null, null, null, null, null, null, null, null],
      ],
      merges: [
        "A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:B5", "A6:A9", "A10:A11", "B10:D10", "E10:I10", "B11:D11", "E11:I11",
        "A12:A21", "B13:B17", "C13:C14", "B18:B20", "A22:F22", "A23:I23",
      ],
      numberFormats: { "C6:E7": "0.00", "H6": "0.00", "H22": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "绩效自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 22, year: 2023 }],
    findings: [
      { rule: "selfeval.score-mismatch", cell: "H22", why: "总分 98.80; the scores add up to 9.80 + 15 + 10 + 10 + 10 + 5 + 10 + 10 + 8 + 10 = 97.80" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "奖励资金兑现及时率 92% against a 100% target, yet the full 10 points" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "1,293 / 1,320 = 97.95%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 97.95% = 9.80" },
      { rule: "selfeval.total-mismatch", why: "其中：当年财政拨款 is the whole of 年度资金总额 (1,300 / 1,320 / 1,293); the other sources are blank" },
      { rule: "selfeval.weights", cell: "G22", why: "分值 10 + 15 + 10 + 10 + 10 + 5 + 10 + 10 + 10 + 10 = 100" },
      { rule: "selfeval.target-missed-full-score", cell: "H20", why: "6家 misses ≥8家 but is scored 8 of 10, not its full 分值" },
      { rule: "selfeval.missing-explanation", cell: "I20", why: "the one indicator below its 分值 states its reason" },
      { rule: "selfeval.target-missed-full-score", cell: "H14", why: "200家 meets ≥200家" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "1293万元 ≤ 1320万元 is met" },
      { rule: "execution.overspent", why: "1,293 spent of 1,320" },
      { rule: "input.unreadable-value", why: "dashes, goals, text targets and the sign-off line are text by nature" },
    ],
  },
};
