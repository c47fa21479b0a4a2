import type { CorpusLayout } from "../types";

// 内蒙古自治区审计厅（本级）2021年度决算公开报告 (2022-09-06), 预算绩效情况说明: the 项目支出绩效自评表 (2021年度) — money block (年初预算数 |
// 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, 年度资金总额 over 其中 当年财政拨款 / 上年结转资金 / 其他资金), goals, then 一级 / 二级 /
// 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 and the 总分.
export const layout: CorpusLayout = {
  id: "neimenggu-audit-office-2021-project-selfeval",
  source: {
    title: "内蒙古自治区审计厅（本级）2021年度决算公开报告（预算绩效情况说明：项目支出绩效自评表）",
    url: "http://www.bjxldf.com/audit/zfxxgk/fdzdgknr/yjsgk/202209/t20220906_2127114",
    publisher: "内蒙古自治区审计厅",
    date: "2022-09-06",
    changes:
      "As published: the report's parts (第二部分 …（十）项目支出决算情况说明, 预算绩效情况说明) and the body. The stored copy shows the " +
      "report's contents, not the form: its layout is the standard 项目支出绩效自评表 (2021年度) and the project, figures, indicators and " +
      "scores are ours. Planted: 审计项目按期完成率 ≥95% met at 90% yet given its full 10 points; 总分 typed 98.11 where 9.11 + 90 = 99.11.",
  },
  classes: [
    "selfeval", "money-block", "qizhong-lines", "budget-score", "three-level-indicators", "first-level-merged-down", "target-missed",
    "total-score-row", "two-decimal-wanyuan", "wanyuan-in-label", "annex-not-shown", "provincial-department", "neimenggu",
  ],
  settings: { district: "内蒙古自治区" },
  sheets: [
    {
      name: "自评表",
      widths: [12, 16, 20, 14, 14, 8, 10, 10, 10, 10],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["（2021年度）", null, null, null, null, null, null, null, null, null],
        ["项目名称", "审计业务经费", null, null, null, null, null, null, null, null],
        ["主管部门", "内蒙古自治区审计厅", null, null, null, "实施单位", "内蒙古自治区审计厅（本级）", null, null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额", 320, 356, 324.4, 10, "91.12%", 9.11, null, null],
        [null, "其中：当年财政拨款", 320, 340, 311.2, "—", "—", "—", null, null],
        [null, "上年结转资金", 0, 16, 13.2, "—", "—", "—", null, null],
        [null, "其他资金", null, null, null, "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [null, "完成年度审计计划项目30个以上，出具审计报告，推动审计发现问题整改。", null, null, null, "完成审计项目32个，出具审计报告32份，促进整改问题金额6.2亿元。", null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null, null],
        ["产出指标", "数量指标", "完成审计项目数", "≥30个", "32个", 15, 15, null, null, null],
        [null, null, "出具审计报告数", "≥30份", "32份", 10, 10, null, null, null],
        [null, "质量指标", "审计报告合格率", "100%", "100%", 15, 15, null, null, null],
        [null, "时效指标", "审计项目按期完成率", "≥95%", "90%", 10, 10, null, null, null],
        [null, "成本指标", "项目成本控制", "≤356万元", "324.4万元", 10, 10, null, null, null],
        ["效益指标", "社会效益指标", "促进整改问题金额", "≥5亿元", "6.2亿元", 10, 10, null, null, null],
        [null, "可持续影响指标", "审计整改机制健全性", "健全", "健全", 10, 10, null, null, null],
        ["满意度指标", "服务对象满意度指标", "被审计单位满意度", "≥90%", "92%", 10, 10, null, null, null],
        ["总分", null, null, null, null, 100, 98.11, null, null, null],
      ],
      merges: [
        "A1:J1", "A2:J2", "B3:J3", "B4:E4", "G4:J4", "A5:A9", "H5:J5", "H6:J6", "H7:J7", "H8:J8", "H9:J9",
        "A10:A11", "B10:E10", "F10:J10", "B11:E11", "F11:J11",
        "H12:J12", "A13:A17", "B13:B14", "A18:A19", "H13:J13", "H14:J14", "H15:J15", "H16:J16", "H17:J17", "H18:J18", "H19:J19", "H20:J20",
        "A21:E21", "H21:J21",
      ],
      numberFormats: { "C6:E9": "0.00", "H6": "0.00", "G21": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2021 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "G16", why: "审计项目按期完成率: target ≥95%, actual 90%, yet its full 10 points" },
      { rule: "selfeval.score-mismatch", cell: "G21", why: "总分: 9.11 + 15 + 10 + 15 + 10 + 10 + 10 + 10 + 10 = 99.11, typed 98.11" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "324.40 / 356.00 = 91.12%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 91.12% = 9.11" },
      { rule: "selfeval.total-mismatch", cell: "D6", why: "全年预算数 356 = 340 + 16 (其他资金 blank)" },
      { rule: "selfeval.total-mismatch", cell: "E6", why: "全年执行数 324.40 = 311.20 + 13.20" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "年初预算数 320 = 320 + 0" },
      { rule: "selfeval.weights", why: "10 + 15 + 10 + 15 + 10 + 10 + 10 + 10 + 10 = 100" },
      { rule: "selfeval.missing-explanation", why: "no indicator is below its full score and the execution rate 91.12% is above 90%" },
      { rule: "selfeval.target-missed-full-score", cell: "G17", why: "成本 ≤356万元 met at 324.4万元" },
      { rule: "selfeval.target-missed-full-score", cell: "G20", why: "满意度 ≥90% met at 92%" },
      { rule: "execution.overspent", why: "324.40 spent of 356.00" },
    ],
  },
};
