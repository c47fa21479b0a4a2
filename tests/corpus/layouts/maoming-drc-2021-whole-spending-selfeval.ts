import type { CorpusLayout } from "../types";

// 茂名市发展和改革局 2022 (茂财绩函〔2022〕2号): its 2021 部门整体支出绩效自评 — a form scoring indicators alone, with no money block:
// 一级 / 二级 / 三级指标 | 分值 | 评分标准 | 自评得分 | 偏差原因及改进措施, the levels merged down, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "maoming-drc-2021-whole-spending-selfeval",
  source: {
    title: "2021年茂名市发展和改革局部门整体支出绩效自评报告（附：部门整体支出绩效自评表）",
    url: "https://www.kunmingchi.com/archives/vzpngm2097m5n2ywqbkd.html",
    publisher: "茂名市发展和改革局（转载）",
    date: "2022",
    changes:
      "The stored copy shows the report's opening — 根据《关于开展2022年市级财政资金绩效自评工作的通知》（茂财绩函〔2022〕2号）要求…填写自评表格，形成本评价报告, the " +
      "bureau's duties, 17 内设机构, 63 编制 and its nine tasks — not the form it fills. The form is laid out as the 部门整体支出绩效自评表 such reports attach: " +
      "一级 / 二级 / 三级指标, 分值, 评分标准, 自评得分 and a column for the reasons of lost points, the levels merged down, 合计 at the foot, no money block. " +
      "The indicators follow the report's tasks (固定资产投资, 重点项目计划); their wording, standards, points and scores are ours. Planted: 资产管理规范性 scored 6 " +
      "of 5; 固定资产投资增速目标完成情况 scored 13 of 15 with no reason given.",
  },
  classes: [
    "selfeval", "whole-department", "no-money-block", "indicators-only", "scoring-rules-column", "levels-merged-down", "whole-point-scores", "total-at-foot",
    "city-bureau", "guangdong",
  ],
  sheets: [
    {
      name: "自评表",
      widths: [12, 12, 28, 8, 46, 10, 36],
      rows: [
        ["2021年度茂名市发展和改革局部门整体支出绩效自评表", null, null, null, null, null, null],
        ["部门名称：茂名市发展和改革局", null, null, null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "自评得分", "偏差原因及改进措施"],
        ["预算编制", "目标设置", "绩效目标合理性", 5, "绩效目标与部门职责、年度工作任务相符的得满分，不相符的酌情扣分", 5, null],
        [null, "预算编制", "预算编制准确性", 5, "预算编制准确率≥95%得满分，每低1个百分点扣0.5分", 4, "年中追加项目较多，年初预算测算不够精准；下年度细化项目测算"],
        ["预算执行", "支出管理", "预算执行率", 15, "预算执行率＝实际支出÷预算数×100%，≥95%得满分，每低1个百分点扣1分", 15, null],
        [null, null, "结转结余率", 5, "结转结余率≤5%得满分，每高1个百分点扣1分", 5, null],
        [null, null, "“三公”经费控制率", 5, "实际支出不超过预算数的得满分，超过的不得分", 5, null],
        [null, "采购管理", "政府采购执行率", 5, "按政府采购预算和计划执行的得满分", 5, null],
        [null, "资产管理", "资产管理规范性", 5, "资产配置、使用、处置规范，账实相符的得满分", 6, null],
        ["履职效能", "产出", "重点工作任务完成率", 20, "年度重点工作任务全部完成得满分，每低1个百分点扣1分", 20, null],
        [null, "效果", "固定资产投资增速目标完成情况", 15, "达到年度目标的得满分，未达到的按完成比例扣分", 13, null],
        [null, null, "重点项目年度投资计划完成率", 10, "完成率≥100%得满分，每低1个百分点扣0.5分", 10, null],
        ["社会满意度", "满意度", "服务对象满意度", 10, "满意度≥90%得满分，每低1个百分点扣1分", 9, "部分企业反映项目审批服务时效有待提升；推行并联审批"],
        ["合计", null, null, 100, null, 97, null],
      ],
      merges: ["A1:G1", "A2:G2", "A4:A5", "A6:A10", "B6:B8", "A11:A13", "B12:B13", "A15:C15"],
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", headerRow: 3, lastRow: 15, year: 2021 }],
    findings: [
      { rule: "selfeval.score-mismatch", cell: "F10", why: "资产管理规范性 scored 6 of its 分值 5" },
      { rule: "selfeval.missing-explanation", cell: "F12", why: "固定资产投资增速目标完成情况 scored 13 of 15 and 偏差原因及改进措施 (G12) is empty" },
    ],
    absent: [
      { rule: "selfeval.score-mismatch", cell: "F15", why: "合计 97 = 5 + 4 + 15 + 5 + 5 + 5 + 6 + 20 + 13 + 10 + 9, the scores as stated" },
      { rule: "selfeval.weights", why: "分值 5 + 5 + 15 + 5 + 5 + 5 + 5 + 20 + 15 + 10 + 10 = 100" },
      { rule: "selfeval.missing-explanation", cell: "F5", why: "4 of 5 with its reason in G5" },
      { rule: "selfeval.missing-explanation", cell: "F14", why: "9 of 10 with its reason in G14" },
      { rule: "selfeval.target-missed-full-score", why: "评分标准 are scoring rules, not targets; the form states no 实际完成值" },
      { rule: "selfeval.rate-mismatch", why: "no money block: no 执行数 / 预算数 to divide" },
      { rule: "selfeval.total-mismatch", why: "no 年度资金总额 and no 其中 lines" },
    ],
  },
};
