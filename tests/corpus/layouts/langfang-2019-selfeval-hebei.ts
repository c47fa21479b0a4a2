import type { CorpusLayout } from "../types";

// 河北 廊坊市食品工程学校 项目支出绩效自评表（2019年度）: header cells broken over lines (年初\n预算数 …),
// placeholder rows (指标2： / ……) left in as the template has them, no left label column for indicators.
export const layout: CorpusLayout = {
  id: "langfang-2019-selfeval-hebei",
  source: {
    title: "办公宿舍楼、食堂及餐厅暖通改造经费 绩效自评表（附件1 项目支出绩效自评表 2019年度）",
    url: "http://www.lfsp.cn/newsinfo/1158053.html",
    publisher: "廊坊市食品工程学校（主管部门：廊坊市发改委）",
    date: "2019",
    changes:
      "Form wording as published, with its line-broken headers and its unfilled placeholder rows (指标2：, ……, a bare " +
      "指标1：). Project and figures ours (a heating-network renovation, 56.00 budgeted, 51.80 spent). The published " +
      "form stated 执行率 86% and 得分 9 for 37.24 / 43.2 (86.2%, 8.62 points); here the fault is made unambiguous: " +
      "92.5% executed, yet the full 10 points.",
  },
  classes: ["selfeval", "hebei", "national-template", "multiline-headers", "placeholder-rows", "rates-as-text"],
  sheets: [
    {
      name: "自评表",
      widths: [10, 16, 26, 12, 12, 8, 8, 14, 14],
      rows: [
        ["附件1", null, null, null, null, null, null, null, null],
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2019年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "实训楼、图书馆供暖管网改造经费", null, null, null, null, null, null, null],
        ["主管部门", "廊坊市发改委", null, null, "实施单位", "廊坊市食品工程学校", null, null, null],
        ["项目资金\n（万元）", null, "年初\n预算数", "全年\n预算数", "全年\n执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 56, 56, 51.8, 10, "92.5%", 10, null],
        [null, "其中：当年财政拨款", 56, 56, 51.8, null, null, null, null],
        [null, "上年结转资金", null, null, null, null, null, null, null],
        [null, "其他资金", null, null, null, null, null, null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null],
        [null, "完成实训楼、图书馆供暖管网改造，预算56万元。", null, null, null, "已完成改造并通过验收，支出51.8万元。", null, null, null],
        ["一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因分析及改进措施", null],
        ["产出指标", "数量指标", "指标1：改造管网长度", "1800米", "1800米", 10, 10, null, null],
        [null, null, "指标2：", null, null, null, null, null, null],
        [null, "质量指标", "指标1：工程验收合格率", "100%", "100%", 10, 10, null, null],
        [null, null, "指标2：消防验收合格率", "100%", "100%", 10, 10, null, null],
        [null, "时效指标", "指标1：项目完成及时率", "100%", "100%", 10, 10, null, null],
        [null, "成本指标", "指标1：成本控制率", "≤100%", "92.5%", 10, 10, null, null],
        [null, null, "……", null, null, null, null, null, null],
        ["效益指标", "经济效益\n指标", "指标1：节约运行维护费用", "≥5万元", "6万元", 10, 10, null, null],
        [null, "社会效益\n指标", "指标1：办学条件改善", "明显改善", "明显改善", 10, 10, null, null],
        [null, "生态效益\n指标", "指标1：", null, null, null, null, null, null],
        [null, "可持续影响\n指标", "指标1：设施使用年限", "≥15年", "≥15年", 10, 10, null, null],
        ["满意度\n指标", "服务对象满意度指标", "指标1：师生满意度", "≥90%", "95%", 10, 10, null, null],
        ["总分", null, null, null, null, 100, 100, null, null],
      ],
      merges: [
        "A2:I2", "A3:I3", "B4:I4", "B5:D5", "F5:I5", "A6:A10", "H6:I6", "H7:I7", "H8:I8", "H9:I9", "H10:I10",
        "A11:A12", "B11:E11", "F11:I11", "B12:E12", "F12:I12", "H13:I13", "A14:A20", "B14:B15", "B16:B17", "B19:B20",
        "H14:I14", "H15:I15", "H16:I16", "H17:I17", "H18:I18", "H19:I19", "H20:I20", "A21:A24", "H21:I21", "H22:I22",
        "H23:I23", "H24:I24", "H25:I25", "A26:E26", "H26:I26",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 6, lastRow: 26, year: 2019 }],
    findings: [
      { rule: "selfeval.score-mismatch", cell: "H7", why: "得分 should be 分值 10 × 执行率 51.80 / 56.00 = 92.5% = 9.25; stated 10" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G7", why: "51.80 / 56.00 = 92.5% exactly" },
      { rule: "selfeval.score-mismatch", cell: "G26", why: "总分 100 is the sum of the stated scores (10 + 9 × 10); the budget score is reported once, at H7" },
      { rule: "selfeval.weights", why: "9 indicators × 10 + the budget's 10 = 100" },
      { rule: "selfeval.missing-explanation", cell: "G15", why: "指标2： is an unfilled template row, not an indicator without a reason" },
      { rule: "selfeval.target-missed-full-score", cell: "G23", why: "the bare 指标1： row of 生态效益指标 is empty, not a missed target" },
      { rule: "input.unreadable-value", cell: "C20", why: "…… is a template placeholder" },
      { rule: "selfeval.missing-explanation", cell: "G7", why: "92.5% is above 90%: no reason is required for the budget" },
    ],
  },
};
