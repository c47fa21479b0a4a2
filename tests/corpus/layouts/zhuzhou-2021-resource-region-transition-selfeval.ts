import type { CorpusLayout } from "../types";

// 湖南省发展和改革委员会 2022-03 (via 攸县's site): the cities' 2021 资源型地区转型发展 中央预算内投资 self-evaluation form —
// 一级 / 二级 / 三级指标 | 绩效指标值 | 实现情况 | 三级指标测算依据, with no 分值 or 得分 at all, and a note on how households are
// counted. Filled in for 株洲市.
export const layout: CorpusLayout = {
  id: "zhuzhou-2021-resource-region-transition-selfeval",
  source: {
    title: "关于开展2021年度资源型地区转型发展中央预算内投资绩效评价工作的通知（附件：2021年度资源型地区转型发展中央预算内投资绩效自评表）",
    url: "http://www.hnyx.gov.cn/c24527/20221208/i1976616.html",
    publisher: "湖南省发展和改革委员会（攸县人民政府网站转载）",
    date: "2022-03-03",
    changes:
      "As published: the form's title, the （XX市） line, the columns 一级指标 | 二级指标 | 三级指标 | 绩效指标值 | 实现情况 | 三级指标测算依据, the first " +
      "level 实施效果指标 with 数量指标 支持项目数量（个） and 支持居民避险搬迁户数（户）, and the note on counting households (its end cut). The city " +
      "(株洲市, whose 攸县 is a resource-based county), the other indicators, all values, the 测算依据 wording and the sign-off line are ours. " +
      "Nothing planted: the form scores nothing, so a target missed (298 households of 320) is stated, not scored — a clean form.",
  },
  classes: [
    "selfeval", "clean", "no-scores", "no-money-block", "text-targets", "target-and-result-columns", "basis-column",
    "three-level-indicators", "first-level-merged-down", "province-template", "notes-under-table", "signoff-line", "hunan",
  ],
  settings: { asOf: "2022-03-10" },
  sheets: [
    {
      name: "绩效自评表",
      widths: [14, 14, 30, 14, 14, 34],
      rows: [
        ["2021年度资源型地区转型发展中央预算内投资绩效自评表", null, null, null, null, null],
        ["（株洲市）", null, null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "绩效指标值", "实现情况", "三级指标测算依据"],
        ["实施效果指标", "数量指标", "支持项目数量（个）", 6, 6, "2021年资源型地区转型发展中央预算内投资计划下达项目数"],
        [null, null, "支持居民避险搬迁户数（户）", 320, 298, "避险搬迁安置台账统计户数"],
        [null, "质量指标", "项目竣工验收合格率", "100%", "100%", "已竣工项目验收合格数÷已竣工项目数"],
        [null, "时效指标", "项目按期开工率", "100%", "100%", "按计划开工项目数÷下达项目数"],
        [null, "成本指标", "中央预算内投资（万元）", 5200, 5200, "投资计划下达文件"],
        [null, "经济效益指标", "带动社会投资（万元）", "≥15000", 16800, "项目单位自筹及社会资本到位数"],
        [null, "社会效益指标", "改善居住条件人口（人）", "≥1000", 1046, "搬迁及修缮危旧住房居民人数"],
        ["满意度指标", "服务对象满意度指标", "搬迁居民满意度", "≥90%", "94%", "抽样问卷调查"],
        ["注：居民避险搬迁户数/人数仅统计搬迁或修缮危旧住房居民户数/人数。", null, null, null, null, null],
        ["填报单位（盖章）：株洲市发展和改革委员会", null, null, "填报日期：2022年3月10日", null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A4:A10", "B4:B5", "A12:F12", "A13:C13", "D13:F13"],
    },
  ],
  expect: {
    tables: [{ sheet: "绩效自评表", kind: "selfeval", headerRow: 3, lastRow: 11, year: 2021 }],
    findings: [],
    absent: [
      { rule: "selfeval.target-missed-full-score", cell: "E5", why: "298 households against 320 is a miss, but the form gives no 分值 or 得分: nothing is scored in full" },
      { rule: "selfeval.missing-explanation", why: "no indicator has a score below a 分值, and the form has no 偏差原因 column" },
      { rule: "selfeval.weights", why: "the form has no 分值 column: there is nothing to add up to 100" },
      { rule: "selfeval.score-mismatch", why: "no scores and no 总分" },
      { rule: "selfeval.rate-mismatch", why: "no money block: no 执行数 / 预算数 / 执行率" },
      { rule: "selfeval.total-mismatch", why: "no 年度资金总额 and no 其中 lines" },
      { rule: "selfeval.indicator-contradicted", why: "none of 执行率, 资金拨付及时性, 扶持对象资质相符率 or 应补尽补率 is an indicator here" },
      { rule: "input.unreadable-value", cell: "D9", why: "≥15000 is a target written with its comparison, not a number typed wrong" },
      { rule: "input.unreadable-value", cell: "D13", why: "the sign-off line's date is text under the form" },
    ],
  },
};
