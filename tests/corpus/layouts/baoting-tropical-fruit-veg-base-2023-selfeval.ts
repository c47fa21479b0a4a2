import type { CorpusLayout } from "../types";

// 保亭黎族苗族自治县 (海南): the self-evaluation report on 海南热带果蔬科创基地建设项目 — its money given as 资金总额 / 财政资金 / 专户资金 /
// 单位资金, each 年初预算数 and 全年预算数, in 元, and the 预算执行率. Laid out as the 项目支出绩效自评表 the report goes with: 项目资金（元）
// over 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, those four sources below, then the indicators.
export const layout: CorpusLayout = {
  id: "baoting-tropical-fruit-veg-base-2023-selfeval",
  source: {
    title: "海南热带果蔬科创基地建设项目自评报告（项目支出绩效自评表据报告拟）",
    url: "http://m.xiaochouwa.com.cn/detail/683519d16aa6b560eb304d386cc9ed93.html",
    publisher: "保亭黎族苗族自治县（网站转载）",
    changes:
      "The stored copy masks every figure and the year (****). Kept: the project's name, the four money lines in the report's order and " +
      "names (资金总额, 财政资金, 专户资金, 单位资金), 元 as the unit, 年初预算数 beside 全年预算数. Ours: the year (2023), the form (the national " +
      "自评表's columns), the indicators and every figure. Planted: 预算执行 得分 9.42 where 10 × 92.43% = 9.24 (the 总分 adds the typed " +
      "scores); 基地建设完成率 90% against its 100% target, yet its full 10.",
  },
  classes: ["selfeval", "national-template", "yuan-amounts", "four-money-sources", "zero-initial-budget", "side-label-unit", "explanation-given", "county-project", "hainan"],
  sheets: [
    {
      name: "自评表",
      widths: [10, 16, 16, 26, 16, 16, 8, 8, 28],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "海南热带果蔬科创基地建设项目", null, null, null, null, null, null, null],
        ["主管部门", "保亭黎族苗族自治县农业农村局", null, null, "实施单位", "保亭黎族苗族自治县农业农村局", null, null, null],
        ["项目资金\n（元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "资金总额", 0, 3800000, 3512460, 10, "92.43%", 9.42, null],
        [null, "其中：财政资金", 0, 3800000, 3512460, "—", "—", "—", null],
        [null, "专户资金", 0, 0, 0, "—", "—", "—", null],
        [null, "单位资金", 0, 0, 0, "—", "—", "—", null],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null, null],
        [null, "建成热带果蔬科创基地50亩以上，配套育苗大棚8座，带动周边农户增收和就业。", null, null, "建成基地52亩、育苗大棚8座，园区道路及灌溉配套尚在收尾。", null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "科创基地建设面积", "≥50亩", "52亩", 10, 10, null],
        [null, null, null, "育苗大棚建设数量", "≥8座", "8座", 10, 10, null],
        [null, null, "质量指标", "工程验收合格率", "100%", "100%", 10, 10, null],
        [null, null, "时效指标", "基地建设完成率", "100%", "90%", 10, 10, null],
        [null, null, "成本指标", "项目总成本", "≤380万元", "351.25万元", 10, 10, null],
        [null, "效益指标", "经济效益指标", "带动农户增收", "≥2000元/户", "2100元/户", 10, 10, null],
        [null, null, "社会效益指标", "带动就业人数", "≥60人", "55人", 10, 8, "部分岗位招聘延后，下一年度优先吸纳本地农户用工。"],
        [null, null, "可持续影响指标", "基地持续运营年限", "≥10年", "10年", 10, 10, null],
        [null, "满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "93%", 10, 10, null],
        [null, "总分", null, null, null, null, 100, 97.42, null],
      ],
      merges: [
        "A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:B5", "A6:A9", "I5:I9", "A10:A11", "B10:D10", "E10:I10", "B11:D11", "E11:I11",
        "A12:A22", "B13:B17", "C13:C14", "B18:B20", "B22:F22",
      ],
      numberFormats: { "C6:E9": "#,##0.00", "H6": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "元", headerRow: 5, lastRow: 22, year: 2023 }],
    findings: [
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 92.43% = 9.24; 9.42 typed" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "基地建设完成率 90% misses its 100% target, yet scores its full 10" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "3,512,460 / 3,800,000 = 92.43%" },
      { rule: "selfeval.score-mismatch", cell: "H22", why: "总分 97.42 = 9.42 + 10 × 8 + 8, the scores as typed" },
      { rule: "selfeval.weights", why: "10 + 9 × 10 = 100" },
      { rule: "selfeval.total-mismatch", cell: "D6", why: "资金总额 = 财政资金 + 0 + 0 in every column" },
      { rule: "selfeval.missing-explanation", cell: "I19", why: "带动就业 at 8 of 10 gives its reason; 92.43% is above 90%" },
      { rule: "selfeval.target-missed-full-score", cell: "H19", why: "带动就业 missed and is scored 8, not 10" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "351.25万元 is within ≤380万元" },
      { rule: "execution.no-spending", why: "年初预算数 0 is no budget left unspent: the money came during the year" },
      { rule: "execution.overspent", why: "3,512,460 spent of 3,800,000" },
    ],
  },
};
