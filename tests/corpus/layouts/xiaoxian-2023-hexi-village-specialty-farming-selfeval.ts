import type { CorpusLayout } from "../types";

// 萧县 张庄寨镇 2023: 绩效目标自评表 of 河西村特色种养补贴到户项目 — 资金情况（万元） block (全年预算数（A） | 全年执行数（B） |
// 分值 | 执行率（B/A） | 得分, its score repeated on the 其中：本年财政拨款 line), then 一级/二级/三级指标 with 分值 before 年度指标值,
// ★ indicators with unscored 其中 lines under them, empty 二级 rows and …… rows. The livestock survival rate misses its target at full
// score; 总分 typed a point above the scores' sum.
export const layout: CorpusLayout = {
  id: "xiaoxian-2023-hexi-village-specialty-farming-selfeval",
  source: {
    title: "绩效目标自评表（2023年度）— 河西村特色种养补贴到户项目（萧县张庄寨镇人民政府）",
    url: "https://www.ahxx.gov.cn/grassroots/279/158998981.html",
    publisher: "萧县张庄寨镇人民政府",
    date: "2024",
    changes:
      "Form wording, block order, the ★ indicators with their 其中 lines, the empty 二级指标 rows, the …… rows and the first-level " +
      "points (产出50/效益30/满意度10) as published; the repeated 分值 | 执行率 | 得分 on the 其中 line too. Figures, areas, counts and the " +
      "contact are ours (the published form spent 9.48 of 9.48). The published 成活率 targets read 95%; here the livestock one reads ≥95%. " +
      "Planted: 养殖家畜家禽成活率 92% against ≥95% with its full 5 points; 总分 99.56 where the scores add up to 98.56.",
  },
  classes: [
    "selfeval", "national-template", "starred-indicators", "qizhong-indicator-lines", "score-repeated-on-qizhong-line", "empty-level-rows",
    "ellipsis-rows", "weight-before-target", "points-in-level-label", "partial-score-explained", "two-decimal-wanyuan",
    "side-label-unit", "linkage-fund", "township", "anhui",
  ],
  sheets: [
    {
      name: "自评表",
      widths: [10, 16, 14, 30, 8, 14, 14, 8, 26],
      rows: [
        ["绩效目标自评表", null, null, null, null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "河西村特色种养补贴到户项目", null, null, null, "项目负责人及电话", "孙工 0557-5781234", null, null],
        ["主管部门", "县农业农村局", null, null, null, "实施单位", "张庄寨镇人民政府", null, null],
        ["资金情况\n（万元）", null, "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分", null, null],
        [null, "年度资金总额：", 12.36, 11.82, 10, "95.63%", 9.56, null, null],
        [null, "其中：本年财政拨款", 12.36, 11.82, 10, "95.63%", 9.56, null, null],
        [null, "其他资金", "-", "-", null, null, null, null, null],
        ["年度总体目标", "年初设定目标", null, null, null, "年度总体目标完成情况综述", null, null, null],
        [null, "落实42户特色种养业奖补政策，增加脱贫户家庭收入", null, null, null, "落实42户特色种养业奖补政策，增加脱贫户家庭收入", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"],
        [null, "产出指标（50分）", "数量指标", "★补助各类瓜果蔬菜种植面积", 20, "31亩", "31亩", 20, null],
        [null, null, null, "其中桃树种植面积", null, "2亩", "2亩", null, null],
        [null, null, null, "其中苹果树种植面积", null, "6亩", "6亩", null, null],
        [null, null, null, "其中露天蔬菜", null, "19亩", "19亩", null, null],
        [null, null, null, "其中大棚蔬菜", null, "4亩", "4亩", null, null],
        [null, null, null, "★补助鱼塘面积", 10, "3.5亩", "3.5亩", 10, null],
        [null, null, null, "其中鱼塘养殖面积", null, "3.5亩", "3.5亩", null, null],
        [null, null, null, "★补助家畜家禽养殖数量", 10, "210只", "210只", 10, null],
        [null, null, null, "其中羊养殖数量", null, "195只", "195只", null, null],
        [null, null, null, "其中猪养殖数量", null, "15头", "15头", null, null],
        [null, null, "质量指标", null, null, null, null, null, null],
        [null, null, null, "种植作物成活率", 5, "95%", "96%", 5, null],
        [null, null, null, "养殖家畜家禽成活率", 5, "≥95%", "92%", 5, null],
        [null, null, "……", null, null, null, null, null, null],
        [null, "效益指标（30分）", "经济效益指标", "特色产业带动增加受益农户收入（总收入）", 20, "≥13.2万元", "13.8万元", 20, null],
        [null, null, "社会效益指标", "受益人口数量", 10, "90人", "84人", 9, "部分脱贫户外出务工，未参与种养；下一步加强动员。"],
        [null, null, "生态效益指标", null, null, null, null, null, null],
        [null, null, "可持续影响指标", null, null, null, null, null, null],
        [null, null, "……", null, null, null, null, null, null],
        [null, "满意度指标（10分）", "服务对象满意度指标", "受益脱贫（含监测对象）户满意度", 10, "≥95%", "97%", 10, null],
        [null, "总分", null, null, 100, null, null, 99.56, null],
      ],
      merges: [
        "A1:I1", "A2:I2", "B3:E3", "G3:I3", "B4:E4", "G4:I4", "A5:A8", "H5:I8", "A9:A10", "B9:E9", "F9:I9", "B10:E10", "F10:I10",
        "A11:A32", "B12:B25", "C12:C21", "C22:C24", "B26:B30", "B32:D32",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 32, year: 2023 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "H24", why: "养殖家畜家禽成活率: 92% misses ≥95%, yet it scores its full 5" },
      { rule: "selfeval.score-mismatch", cell: "H32", why: "总分 99.56; the scores add up to 9.56 + 20 + 10 + 10 + 5 + 5 + 20 + 9 + 10 = 98.56 (1 point less)" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "F6", why: "11.82 / 12.36 = 95.63%" },
      { rule: "selfeval.score-mismatch", cell: "G6", why: "10 × 95.63% = 9.56" },
      { rule: "selfeval.score-mismatch", cell: "G7", why: "the 其中 line repeats the budget score: it is not a second score added into 总分" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "12.36 = 本年财政拨款 12.36 + 其他资金 (dash); 11.82 likewise" },
      { rule: "selfeval.weights", why: "10 + 20 + 10 + 10 + 5 + 5 + 20 + 10 + 10 = 100" },
      { rule: "selfeval.missing-explanation", cell: "H27", why: "受益人口数量 scores 9 of 10 with its reason written" },
      { rule: "selfeval.missing-explanation", cell: "F6", why: "the execution rate 95.63% is above 90%" },
      { rule: "selfeval.missing-explanation", cell: "H13", why: "其中 lines carry no 分值: they are parts of the ★ indicator above, not indicators" },
      { rule: "selfeval.target-missed-full-score", cell: "H12", why: "31亩 meets 31亩" },
      { rule: "selfeval.target-missed-full-score", cell: "H26", why: "13.8万元 meets ≥13.2万元" },
      { rule: "selfeval.target-missed-full-score", cell: "H23", why: "96% meets 95%" },
    ],
  },
};
