import type { CorpusLayout } from "../types";

// 上海市普陀区体育事业管理中心 2022年度项目自评价 — 财政项目支出绩效自评表 (Shanghai's name for the national form): money in 元
// (项目资金（元）) over 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 with 当年财政拨款 / 上年结转资金 / 其他资金 under 年度资金总额,
// targets written =100% and >=90%, and 总分 on the last row beside 100.
export const layout: CorpusLayout = {
  id: "putuo-2022-selfeval-sports-centre-settlement",
  source: {
    title: "上海市普陀区体育事业管理中心2022年度项目自评价 — 财政项目支出绩效自评表（2022年度）：普陀体育中心与委托运营方结算费用",
    url: "https://pdf.chddh.cn/archives/48n5zg2zkkjxn27q6rjv.html",
    publisher: "上海市普陀区体育事业管理中心（转载）",
    changes:
      "The form's wording and structure are as published: 财政项目支出绩效自评表 / （2022年度）, 项目名称 / 主管部门 上海市普陀区体育局 / 实施单位, " +
      "项目资金（元）, 年度资金总额 and its three 其中 rows with — in the 分值 / 执行率 / 得分 columns, 预期目标 / 实际完成情况, the five indicators " +
      "(与委托运营方结算完成率, 合同结算条款完成率, 费用结算及时性, 与委托运营方合同完成率, 场馆开放满意度) with their targets and 分值 " +
      "(10 / 20 / 20 / 30 / 10), 总分. The money, the actual values, the scores and the overall-target sentences are ours (the published " +
      "form spent 215,457.60 of 250,000.00 and showed 86.19% where the figures give 86.18%). Planted: 合同结算条款完成率 95% scored 18 of " +
      "20 with no 偏差原因; 场馆开放满意度 86% against >=90% with its full 10; 总分 99.26 where the scores add up to 97.26.",
  },
  classes: ["selfeval", "shanghai", "national-template", "yuan-unit", "side-label-unit", "comparison-operators-in-targets", "dashes-in-money-block", "total-score-row"],
  sheets: [
    {
      name: "自评表",
      widths: [12, 14, 16, 22, 12, 12, 8, 10, 24],
      rows: [
        ["财政项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2022年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "普陀体育中心与委托运营方结算费用", null, null, null, null, null, null, null],
        ["主管部门", "上海市普陀区体育局", null, null, "实施单位", "上海市普陀区体育事业管理中心", null, null, null],
        ["项目资金（元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 250000, 250000, 231480, 10, "92.59%", 9.26, null],
        [null, "其中：当年财政拨款", 250000, 250000, 231480, "—", "—", "—", null],
        [null, "上年结转资金", 0, 0, 0, "—", "—", "—", null],
        [null, "其他资金", 0, 0, 0, "—", "—", "—", null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null],
        [null, "按合同约定完成普陀体育中心与委托运营方2022年度费用结算，保障场馆正常开放运营。", null, null, null, "已完成普陀体育中心与委托运营方费用结算，场馆按计划开放。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "与委托运营方结算完成率", "=100%", "100%", 10, 10, null],
        [null, null, "质量指标", "合同结算条款完成率", "=100%", "95%", 20, 18, null],
        [null, null, "时效指标", "费用结算及时性", "及时", "及时", 20, 20, null],
        [null, "效益指标", "社会效益指标", "与委托运营方合同完成率", "=100%", "100%", 30, 30, null],
        [null, "满意度指标", "服务对象满意度指标", "场馆开放满意度", ">=90%", "86%", 10, 10, null],
        ["总分", null, null, null, null, null, 100, 99.26, null],
      ],
      merges: [
        "A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:A9", "H5:I5", "H6:I6", "H7:I7", "H8:I8", "H9:I9",
        "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11", "A12:A17", "B13:B15", "A18:F18",
      ],
      numberFormats: { "C6:E9": "#,##0.00", "H6": "0.00", "H18": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "元", headerRow: 5, lastRow: 18, year: 2022 }],
    findings: [
      { rule: "selfeval.score-mismatch", cell: "H18", why: "总分 99.26 where the scores add up to 9.26 + 10 + 18 + 20 + 30 + 10 = 97.26" },
      { rule: "selfeval.missing-explanation", cell: "H14", why: "合同结算条款完成率 scored 18 of 20 and 偏差原因分析及改进措施 (I14) is empty" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "场馆开放满意度 >=90%, 实际完成值 86%, yet 得分 10 of 分值 10" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "231,480.00 / 250,000.00 = 92.592%, shown 92.59%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 92.59% = 9.26" },
      { rule: "selfeval.weights", why: "分值 10 + 10 + 20 + 20 + 30 + 10 = 100" },
      { rule: "selfeval.total-mismatch", why: "年度资金总额 250,000.00 = 250,000.00 + 0 + 0, and 231,480.00 = 231,480.00 + 0 + 0" },
      { rule: "selfeval.target-missed-full-score", cell: "H14", why: "18 of 20 is not the full score (the missing reason is the finding)" },
      { rule: "selfeval.missing-explanation", cell: "G6", why: "an execution rate of 92.59% is above 90%" },
      { rule: "execution.overspent", why: "231,480.00 spent of 250,000.00" },
      { rule: "input.unreadable-value", why: "— in the 其中 rows marks nothing; targets =100%, >=90%, 及时 are targets, not amounts" },
    ],
  },
};
