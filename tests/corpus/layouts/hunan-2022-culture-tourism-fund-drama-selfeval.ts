import type { CorpusLayout } from "../types";

// 湖南 2022: a county troupe's 20万元 from the province's 文化和旅游专项资金 (湘财文指〔2022〕30号) for a new play and free performances,
// self-evaluated on the national 项目支出绩效自评表 — money block with 分值 | 执行率 | 得分, indicators with 分值 | 得分 | 偏差原因.
export const layout: CorpusLayout = {
  id: "hunan-2022-culture-tourism-fund-drama-selfeval",
  source: {
    title: "2022年湖南省文化和旅游专项资金项目绩效自评报告（湘财文指〔2022〕30号；自评表据报告拟）",
    url: "https://www.chacewang.com/newsdetail/news275746.html",
    publisher: "湖南（县级剧团；查策网转载，单位名称未载）",
    date: "2023",
    changes:
      "The page is the self-evaluation report in prose; the form is ours (表据正文拟) on the national 项目支出绩效自评表 template. As published: the 20万元 " +
      "sent down by 湘财文指〔2022〕30号, the project running 2022年6月 to 2023年6月, 剧本创作费5万元 and 音乐创作费2万元, free 送戏下乡 and 周末剧场 " +
      "performances. Ours: the department and unit names, the 18万元 spent in 2022, every indicator, target, result and score. Planted: the budget " +
      "score typed 10 for 10 × 90.00% = 9; 演出场次 16 against ≥20 still given its full 10.",
  },
  classes: [
    "selfeval", "national-template", "money-block", "qizhong-lines", "dash-for-nothing", "first-level-points-in-labels", "three-level-indicators",
    "qualitative-targets", "target-missed-full-score", "budget-score", "multi-year-project", "table-from-prose", "county-unit", "hunan",
  ],
  sheets: [
    {
      name: "自评表",
      widths: [10, 16, 14, 26, 16, 16, 8, 8, 14, 14],
      rows: [
        ["附件", null, null, null, null, null, null, null, null, null],
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["（2022年度）", null, null, null, null, null, null, null, null, null],
        ["项目名称", "2022年湖南省文化和旅游专项资金（新创剧目创作及惠民演出）", null, null, null, null, null, null, null, null],
        ["主管部门", "县文化旅游广电体育局", null, null, null, "实施单位", "县花鼓戏剧团", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额：", 20, 20, 18, 10, "90.00%", 10, null, null],
        [null, "其中：本年财政拨款", 20, 20, 18, "—", "—", "—", null, null],
        [null, "上年结转资金", null, null, null, "—", "—", "—", null, null],
        [null, "其他资金", null, null, null, "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [
          null,
          "完成1部新创剧目的剧本及音乐创作，开展送戏下乡及周末剧场惠民演出不少于20场。",
          null, null, null,
          "完成剧本（创作费5万元）及音乐创作（创作费2万元），开展全免费送戏下乡及周末剧场惠民演出16场；项目实施期为2022年6月至2023年6月。",
          null, null, null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null],
        [null, "产出指标（50分）", "数量指标", "新创剧目数量", "1部", "1部", 10, 10, null, null],
        [null, null, null, "送戏下乡及周末剧场演出场次", "≥20场", "16场", 10, 10, null, null],
        [null, null, "质量指标", "剧目创作质量", "通过专家审读", "通过专家审读", 10, 10, null, null],
        [null, null, "时效指标", "剧本及音乐创作完成时间", "2022年12月底前", "2022年11月", 10, 10, null, null],
        [null, null, "成本指标", "剧本创作费", "≤5万元", "5万元", 10, 10, null, null],
        [null, "效益指标（30分）", "社会效益指标", "惠民演出受益群众", "≥1万人次", "1.2万人次", 15, 15, null, null],
        [null, null, "可持续影响指标", "剧目常态化演出", "长期", "长期", 15, 15, null, null],
        [null, "满意度指标（10分）", "服务对象满意度指标", "观众满意度", "≥90%", "95%", 10, 10, null, null],
        [null, "总分", null, null, null, null, 100, 100, null, null],
      ],
      merges: [
        "A2:J2", "A3:J3", "B4:J4", "B5:E5", "G5:J5", "A6:A10", "I6:J10", "A11:A12", "B11:E11", "F11:J11", "B12:E12", "F12:J12",
        "A13:A22", "I13:J13", "B14:B18", "C14:C15", "B19:B20", "I14:J14", "I15:J15", "I16:J16", "I17:J17", "I18:J18", "I19:J19",
        "I20:J20", "I21:J21", "B22:F22", "I22:J22",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 6, lastRow: 22, year: 2022 }],
    findings: [
      { rule: "selfeval.score-mismatch", cell: "H7", why: "budget score 10 × (18 / 20 = 90.00%) = 9; stated 10" },
      { rule: "selfeval.target-missed-full-score", cell: "H15", why: "演出场次 16场 misses ≥20场, yet scores its full 10" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G7", why: "18 / 20 = 90.00%" },
      { rule: "selfeval.total-mismatch", cell: "C7", why: "年度资金总额 20 = 本年财政拨款 20 + blanks; 执行 18 = 18" },
      { rule: "selfeval.score-mismatch", cell: "H22", why: "总分 100 = the scores as typed, 10 + 50 + 30 + 10" },
      { rule: "selfeval.weights", why: "分值 10 (budget) + 10 × 5 + 15 + 15 + 10 = 100" },
      { rule: "selfeval.target-missed-full-score", cell: "H18", why: "5万元 meets ≤5万元" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "2022年11月 is before 2022年12月底" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "通过专家审读: the quality target stated as met" },
      { rule: "selfeval.missing-explanation", why: "no indicator scores below its 分值, and the rate, 90.00%, is not below 90%" },
      { rule: "execution.overspent", why: "18 spent of 20" },
    ],
  },
};
