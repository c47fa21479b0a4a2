import type { CorpusLayout } from "../types";

// 宁夏 银川市本级部门项目支出绩效自评表（2021年）, 初中公用经费 of a city middle school: the score at the top (自评得分 beside
// 财政审核评分), the money as 年初预算数 / 调整预算数（A） / 全年执行数（B） / 执行率（B/A）, then indicators under four first-level
// headings with their points in the label — 项目决策（10分）, 项目管理（25分）, 项目产出（30分）, 项目效益（35分） — and 指标值（A） /
// 全年实际值（B）; 预算执行率 is an indicator of 项目管理 rather than a block of its own.
export const layout: CorpusLayout = {
  id: "yinchuan-2021-selfeval-middle-school-public-funds",
  source: {
    title: "银川市本级部门项目支出绩效自评表（2021年）— 初中公用经费（银川市教育局 / 银川市第六中学）",
    url: "https://m.yzwku.com/doc/476505.html",
    publisher: "银川市第六中学 (reposted)",
    changes:
      "The form's wording and structure are as published: 项目名称 / 主管部门 / 实施单位 / 自评得分 / 财政审核评分, 项目资金（万元） with (A) and (B), " +
      "年初设定目标 / 年度总体目标完成情况综述, the four first-level headings with their points, the two-level points of 项目产出 (数量指标（10分）…), " +
      "指标值（A） / 全年实际值（B） / 得分 / 未完成原因分析及改进措施, and most indicators' wording. Figures are ours (72.60 budget, 70.50 spent, " +
      "the pupils, the costs, the scores), as are the sign-off line and the two explanations. The published form gave 4 of 5 to a time " +
      "target met with no explanation: kept (row 19). Planted: 保障人数 2,370人 missed (2,316) with full marks; 自评得分 96.71 where the " +
      "scores add up to 94.71.",
  },
  classes: ["selfeval", "ningxia", "score-at-top", "points-in-first-level-labels", "budget-rate-as-indicator", "a-b-headings", "text-targets", "cost-targets", "signoff-line"],
  sheets: [
    {
      name: "自评表",
      widths: [14, 16, 22, 8, 24, 24, 8, 16, 16],
      rows: [
        ["银川市本级部门项目支出绩效自评表（2021年）", null, null, null, null, null, null, null, null],
        ["项目名称", "初中公用经费", null, null, "主管部门", "银川市教育局", null, "自评得分", 96.71],
        ["实施单位", "银川市第六中学", null, null, "财政审核评分", null, null, null, null],
        ["项目资金（万元）", null, "年初预算数", "调整预算数（A）", "全年执行数（B）", "执行率（B/A）", null, null, null],
        [null, "年度资金总额", 72.6, 72.6, 70.5, "97.11%", null, null, null],
        ["年度总体目标", "年初设定目标", null, null, null, "年度总体目标完成情况综述", null, null, null],
        [null, "保障学校正常运转，改善办学条件，保障2370名在校学生正常就学。", null, null, null, "公用经费按标准拨付使用，学校正常运转；在校学生2316人；功能教室改造部分完成。", null, null, null],
        ["一级指标", "二级指标", "三级指标", "分值", "指标值（A）", "全年实际值（B）", "得分", "未完成原因分析及改进措施", null],
        ["项目决策（10分）", "项目目标", "项目目标完整性", 4, "目标明确、内容细化、目标量化", "目标明确、内容细化、目标量化", 4, null, null],
        [null, "决策过程", "项目立项相关性", 2, "符合学校管理需要", "符合", 2, null, null],
        [null, null, "可行性", 2, "符合实际工作需求", "符合", 2, null, null],
        [null, "资金分配", "适当性", 2, "有资金测算标准", "有", 2, null, null],
        ["项目管理（25分）", "投入管理", "预算执行率", 10, "100%", "97.11%", 9.71, null, null],
        [null, "财务管理", "财务管理制度有效性", 7, "财务制度健全，严格执行制度，会计核算规范", "健全、规范", 7, null, null],
        [null, "项目实施", "绩效监控有效性", 2, "持续有效", "持续有效", 2, null, null],
        [null, null, "管理制度有效性", 6, "严格执行相关管理制度", "严格执行", 6, null, null],
        ["项目产出（30分）", "数量指标（10分）", "保障人数", 10, "2370人", "2316人", 10, null, null],
        [null, "质量指标（5分）", "公用经费标准", 5, "符合相关文件要求", "符合相关文件要求", 5, null, null],
        [null, "时效指标（5分）", "公用经费完成时间", 5, "2021年12月完成", "2021年12月完成", 4, null, null],
        [null, "成本指标（10分）", "办公所需成本", 4, "18万元", "18万元", 4, null, null],
        [null, null, "维修（维护）所需成本", 3, "38万元", "38万元", 3, null, null],
        [null, null, "绿化、水电费等成本", 3, "16.6万元", "16.6万元", 3, null, null],
        ["项目效益（35分）", "社会效益指标", "改善学校办学条件", 15, "效果显著", "部分功能教室改造未完工", 13, "功能教室改造受工期影响，延至2022年3月完工。", null],
        [null, "可持续影响指标", "社会认可的办学环境", 10, "持续改善", "基本实现", 8, "加强后续管护，建立设施维护台账。", null],
        [null, "满意度指标", "学生和家长满意度", 10, "≥90%", "93%", 10, null, null],
        ["项目负责人：　　　　　　财务负责人：　　　　　　填报日期：2022年3月10日", null, null, null, null, null, null, null, null],
      ],
      merges: [
        "A1:I1", "B2:D2", "F2:G2", "B3:D3", "F3:G3", "H3:I3", "A4:A5", "G4:I5", "A6:A7", "B6:E6", "F6:I6", "B7:E7", "F7:I7",
        "H8:I8", "A9:A12", "B10:B11", "A13:A16", "B15:B16", "A17:A22", "B20:B22", "A23:A25",
        "H9:I9", "H10:I10", "H11:I11", "H12:I12", "H13:I13", "H14:I14", "H15:I15", "H16:I16", "H17:I17", "H18:I18", "H19:I19",
        "H20:I20", "H21:I21", "H22:I22", "H23:I23", "H24:I24", "H25:I25", "A26:I26",
      ],
      numberFormats: { "C5:E5": "0.00", "I2": "0.00", "G9:G25": "0.##" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 4, lastRow: 25, year: 2021 }],
    findings: [
      { rule: "selfeval.score-mismatch", cell: "I2", why: "自评得分 96.71 where the scores add up to 4 + 2 + 2 + 2 + 9.71 + 7 + 2 + 6 + 10 + 5 + 4 + 4 + 3 + 3 + 13 + 8 + 10 = 94.71" },
      { rule: "selfeval.target-missed-full-score", cell: "G17", why: "保障人数 2370人, 全年实际值 2316人, yet 得分 10 of 分值 10" },
      { rule: "selfeval.missing-explanation", cell: "G19", why: "公用经费完成时间 scored 4 of 5 and 未完成原因分析及改进措施 (H19) is empty" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "F5", why: "70.50 / 72.60 = 97.107%, shown 97.11%" },
      { rule: "selfeval.rate-mismatch", cell: "F13", why: "预算执行率's actual 97.11% is the same rate" },
      { rule: "selfeval.score-mismatch", cell: "G13", why: "预算执行率 10 × 97.11% = 9.71" },
      { rule: "selfeval.weights", why: "分值 4 + 2 + 2 + 2 + 10 + 7 + 2 + 6 + 10 + 5 + 5 + 4 + 3 + 3 + 15 + 10 + 10 = 100, as the headings' 10 + 25 + 30 + 35" },
      { rule: "selfeval.missing-explanation", cell: "G23", why: "13 of 15 with its reason in H23" },
      { rule: "selfeval.missing-explanation", cell: "G24", why: "8 of 10 with its reason in H24" },
      { rule: "selfeval.target-missed-full-score", cell: "G20", why: "costs of 18 / 38 / 16.6万元 met as set" },
      { rule: "selfeval.target-missed-full-score", cell: "G25", why: "满意度 93% against ≥90%" },
      { rule: "selfeval.total-mismatch", why: "no 其中 lines under 年度资金总额" },
      { rule: "execution.overspent", why: "70.50 spent of 72.60" },
      { rule: "input.unreadable-value", why: "targets written 2370人, 18万元, 2021年12月完成 are targets, not amounts; 财政审核评分 is left for the finance bureau" },
    ],
  },
};
