import type { CorpusLayout } from "../types";

// 寿县 (安徽 淮南) 2023: a unit's 部门整体支出绩效评价自评表 — 序号 | 一级 | 二级 | 三级指标 | 指标分值 | 指标解释 | 指标说明及评分标准 | 自评得分,
// 规划 15, 执行 35 and 效果 50 points, the first-level and second-level headings merged down, the points in the headings' names, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "shouxian-2023-department-overall-selfeval",
  source: {
    title: "2023年度部门整体支出绩效评价自评表",
    url: "https://www.shouxian.gov.cn/public/118322758/1259995520.html",
    publisher: "寿县人民政府（信息公开 部门整体支出绩效自评）",
    date: "2024",
    changes:
      "As published: the form's title, the blank 单位 row, the eight columns, the headings 规划（15分） / 基础信息（3分） / 工作计划（6分） / 绩效目标（6分） / " +
      "执行（35分） / 预算执行（18分）, the indicators 基础信息完整性 3, 年度工作计划完整性 3, 年度工作计划明确性 3, 年度绩效目标合理性 4, 年度绩效目标明确性 2, " +
      "预算执行率 5 and their explanations, shortened. The stored copy stops inside 预算执行: the other indicators, their points (chosen to give 100), " +
      "the 效果 block and every 自评得分 are ours. Planted: 预算执行率 scored 6 of its 5; 合计 自评得分 written 96 where the scores add up to 98.",
  },
  classes: ["selfeval", "department-overall", "points-in-headings", "explanation-columns", "merged-headings", "no-money-block", "total-at-foot", "anhui"],
  settings: { asOf: "2024-03-31", district: "寿县" },
  sheets: [
    {
      name: "自评表",
      widths: [6, 12, 14, 20, 10, 40, 40, 10],
      rows: [
        ["2023年度部门整体支出绩效评价自评表", null, null, null, null, null, null, null],
        ["单位", null, null, null, null, null, null, null],
        ["序号", "一级指标", "二级指标", "三级指标", "指标分值", "指标解释", "指标说明及评分标准", "自评得分"],
        [1, "规划（15分）", "基础信息（3分）", "基础信息完整性", 3, "部门及所属二级单位预算基础信息是否符合相关规定，信息资料是否真实、完整。", "基础数据信息是否真实（1分）；是否完整（1分）；是否准确（1分）。", 3],
        [2, null, "工作计划（6分）", "年度工作计划完整性", 3, "部门及所属二级单位年度工作计划制定是否完整可行。", "年度工作计划是否完整可行（3分）", 3],
        [3, null, null, "年度工作计划明确性", 3, "部门及所属二级单位年度工作计划制定是否明确可操作。", "年度工作计划是否明确可操作（3分）", 3],
        [4, null, "绩效目标（6分）", "年度绩效目标合理性", 4, "单位是否设置年度绩效目标，绩效目标设定是否符合单位实际，是否合理。", "设置年度绩效目标（2分）；依据充分（1分）；合理可操作（1分）；未设置不得分。", 4],
        [5, null, null, "年度绩效目标明确性", 2, "是否制定明确、细化、量化的绩效目标。", "绩效目标明确，且细化、量化（2分）", 2],
        [6, "执行（35分）", "预算执行（18分）", "预算执行率", 5, "预算执行率=（预算执行数/预算数）×100%。", "预算执行率≥95%得满分，每低1个百分点扣0.5分。", 6],
        [7, null, null, "预算调整率", 3, "部门本年度预算调整数与预算数的比率。", "预算调整率≤5%得满分，超过的每1个百分点扣0.5分。", 2],
        [8, null, null, "结转结余率", 4, "部门本年度结转结余总额与支出预算数的比率。", "结转结余率≤5%得满分，超过的按比例扣分。", 4],
        [9, null, null, "公用经费控制率", 3, "部门本年度实际支出的公用经费总额与预算安排的公用经费总额的比率。", "≤100%得满分，超过不得分。", 3],
        [10, null, null, "“三公经费”控制率", 3, "部门本年度“三公经费”实际支出数与预算安排数的比率。", "≤100%得满分，超过不得分。", 3],
        [11, null, "预算管理（10分）", "管理制度健全性", 3, "部门为加强预算管理、规范财务行为而制定的管理制度是否健全完整。", "制度健全（1.5分）；有效执行（1.5分）。", 3],
        [12, null, null, "资金使用合规性", 4, "部门使用预算资金是否符合相关的财务管理制度规定。", "发现一例违规扣1分，扣完为止。", 4],
        [13, null, null, "预决算信息公开性", 3, "部门是否按照政府信息公开有关规定公开相关预决算信息。", "按规定时限和内容公开（3分）", 3],
        [14, null, "资产管理（7分）", "资产管理安全性", 4, "部门的资产是否保存完整、使用合规、配置合理、处置规范、收入及时足额上缴。", "每发现一项问题扣1分。", 4],
        [15, null, null, "固定资产利用率", 3, "部门实际在用固定资产总额与所有固定资产总额的比率。", "≥95%得满分，每低1个百分点扣0.5分。", 3],
        [16, "效果（50分）", "产出（30分）", "实际完成率", 10, "部门履职实际完成的工作数与计划工作数的比率。", "按完成比例计分。", 9],
        [17, null, null, "完成及时率", 10, "部门在规定时限内完成的工作数与实际完成工作数的比率。", "按及时完成比例计分。", 10],
        [18, null, null, "质量达标率", 10, "达到质量标准的工作数与实际完成工作数的比率。", "按达标比例计分。", 10],
        [19, null, "效益（20分）", "社会效益", 10, "部门履职对经济社会发展带来的直接或间接影响。", "根据效益实现程度计分。", 9],
        [20, null, null, "服务对象满意度", 10, "社会公众或部门服务对象对部门履职效果的满意程度。", "满意度≥90%得满分，每低1个百分点扣0.5分。", 10],
        ["合计", null, null, null, 100, null, null, 96],
      ],
      merges: [
        "A1:H1", "B2:H2", "B4:B8", "C5:C6", "C7:C8", "B9:B18", "C9:C13", "C14:C16", "C17:C18", "B19:B23", "C19:C21", "C22:C23", "A24:D24", "F24:G24",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", headerRow: 3, lastRow: 24, year: 2023 }],
    findings: [
      { rule: "selfeval.score-mismatch", cell: "H9", why: "预算执行率 scored 6 where its 指标分值 is 5" },
      { rule: "selfeval.score-mismatch", cell: "H24", why: "合计 自评得分 96; the twenty scores add up to 98" },
    ],
    absent: [
      { rule: "selfeval.weights", why: "the 指标分值 add up to 100 (15 + 35 + 50)" },
      { rule: "selfeval.target-missed-full-score", why: "the form states no 年度指标值 or 实际完成值 to compare" },
      { rule: "selfeval.rate-mismatch", why: "the form states no 预算数, 执行数 or 执行率 figures" },
      { rule: "input.unreadable-value", why: "the explanations and scoring rules are text by nature" },
    ],
  },
};
