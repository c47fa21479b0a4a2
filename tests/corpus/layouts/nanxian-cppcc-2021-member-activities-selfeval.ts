import type { CorpusLayout } from "../types";

// 政协南县委员会 (湖南益阳) 2022-04-15: 部门整体支出及项目支出绩效评价报告 for 2021 — among the projects, 委员活动经费 36.3万元. Its
// 项目支出绩效自评表 in the form Hunan's counties use: money block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), goals,
// then 一级 / 二级 / 三级指标 with 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因, 总分 last, a sign-off line under it.
export const layout: CorpusLayout = {
  id: "nanxian-cppcc-2021-member-activities-selfeval",
  source: {
    title: "部门整体支出及项目支出绩效评价报告（政协南县委员会，2021年度；自评表据报告拟）",
    url: "http://www.hnnxzx.com/a/webbase/div-css/2022/0415/1230.html",
    publisher: "政协南县委员会办公室",
    date: "2022-04-15",
    changes:
      "As published: the project (委员活动经费, 36.3万元 in the report's list of project spending), the body and year, the county. The " +
      "stored copy is the report's prose; the form is the usual 项目支出绩效自评表 and every indicator, value and score in it is ours, " +
      "as is the split of the money (年初 30.00 raised to 36.30, 34.62 spent). Planted: 执行率 written 97.37% where 34.62 / 36.30 = " +
      "95.37%; 委员视察调研次数 18次 against ≥20次 given its full 10; 总分 written 99.54 where the scores add up to 98.54.",
  },
  classes: ["selfeval", "table-from-prose", "budget-raised-during-year", "qualitative-targets", "count-targets", "explanation-given", "signoff-line", "county-body", "hunan"],
  sheets: [
    {
      name: "项目自评表",
      widths: [10, 16, 14, 26, 14, 14, 8, 8, 22],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2021年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "委员活动经费", null, null, null, null, null, null, null],
        ["主管部门", "政协南县委员会", null, null, "实施单位", "政协南县委员会办公室", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 30, 36.3, 34.62, 10, "97.37%", 9.54, null],
        [null, "其中：当年财政拨款", 30, 36.3, 34.62, "—", "—", "—", null],
        [null, "上年结转资金", null, null, null, "—", "—", "—", null],
        [null, "其他资金", null, null, null, "—", "—", "—", null],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null, null],
        [null, "保障委员视察、调研、协商等履职活动，组织召开常委会议，提高提案质量和办理实效。", null, null, "全年召开常委会议4次，组织委员视察调研18次，提案立案率93%，形成调研成果6项。", null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "全年召开常委会议次数", "≥4次", "4次", 10, 10, null],
        [null, null, null, "委员视察调研次数", "≥20次", "18次", 10, 10, null],
        [null, null, "质量指标", "提案立案率", "≥90%", "93%", 10, 10, null],
        [null, null, "时效指标", "提案办复及时率", "100%", "100%", 10, 10, null],
        [null, null, "成本指标", "委员活动经费控制数", "≤36.3万元", "34.62万元", 10, 10, null],
        [null, "效益指标", "社会效益指标", "调研成果转化为决策参考", "≥5项", "6项", 15, 15, null],
        [null, null, "可持续影响指标", "委员履职能力", "持续提升", "持续提升", 10, 10, null],
        [null, "满意度指标", "服务对象满意度指标", "委员满意度", "≥90%", "92%", 15, 14, "个别委员反映活动安排较集中，下一步均衡安排全年活动。"],
        [null, "总分", null, null, null, null, 100, 99.54, null],
        ["填表人：              联系电话：              填报日期：2022年3月", null, null, null, null, null, null, null, null],
      ],
      merges: [
        "A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:B5", "A6:A9", "I5:I9", "A10:A11", "B10:D10", "E10:I10", "B11:D11", "E11:I11",
        "A12:A21", "B13:B17", "C13:C14", "B18:B19", "B21:F21", "A22:I22",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "项目自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2021 }],
    findings: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "执行率 stated 97.37%; 34.62 / 36.30 = 95.37%" },
      { rule: "selfeval.target-missed-full-score", cell: "H14", why: "委员视察调研次数 18次 misses ≥20次, yet scores its full 10" },
      { rule: "selfeval.score-mismatch", cell: "H21", why: "9.54 + 10 × 5 + 15 + 10 + 14 = 98.54, written 99.54" },
    ],
    absent: [
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 95.37% = 9.54, as stated (the score follows the figures, not the mistyped rate)" },
      { rule: "selfeval.weights", why: "10 + 50 + 25 + 15 = 100" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "年度资金总额 = 当年财政拨款 in every column; the other sources are blank" },
      { rule: "selfeval.missing-explanation", cell: "I20", why: "委员满意度 scores 14 of 15 and gives its reason" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "34.62万元 meets ≤36.3万元" },
      { rule: "execution.overspent", why: "34.62 spent of 36.30; the budget was raised from 30, which is no overspending" },
      { rule: "input.unreadable-value", why: "the sign-off line is text" },
    ],
  },
};
