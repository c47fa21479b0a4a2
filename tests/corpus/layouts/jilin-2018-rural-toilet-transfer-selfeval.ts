import type { CorpusLayout } from "../types";

// 吉林省 2018: the 专项转移支付绩效自评表 the finance department asked for on each provincial special fund, here the one for the
// 省级农村厕所改造补助资金 — the money block (预算 / 执行 / 分值 / 执行率 / 得分) over the scored indicators.
export const layout: CorpusLayout = {
  id: "jilin-2018-rural-toilet-transfer-selfeval",
  source: {
    title: "吉林省财政厅部署开展2018年度绩效自评工作（省级农村厕所改造补助资金 专项转移支付绩效自评表）",
    url: "http://czt.jl.gov.cn/ztzl/jxgl/gzdt/201909/t20190917_1231976.html",
    publisher: "吉林省财政厅",
    date: "2019-07-04",
    changes:
      "The notice names the 15 provincial special funds to be self-evaluated on the 《专项转移支付绩效自评表》, 省级农村厕所改造补助资金 among them, " +
      "against the targets filed for 2018; no form is in the stored copy. The form's layout follows the standard 专项转移支付绩效自评表 " +
      "(资金 block, 年度总体目标, 一级 / 二级 / 三级指标 with 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因); every figure, target and " +
      "result is ours. Planted: 农村户用厕所改造数 9.6万户 misses ≥10万户 yet scores its full 15; the 地方资金 row states 94.15% where " +
      "27,645.6 / 30,000 = 92.15%.",
  },
  classes: ["selfeval", "form", "indicator-table", "merged-levels", "built-from-prose", "wanyuan-caption", "jilin"],
  sheets: [
    {
      name: "自评表",
      widths: [16, 16, 16, 30, 14, 14, 8, 8, 30],
      rows: [
        ["专项转移支付绩效自评表", null, null, null, null, null, null, null, null],
        ["（2018年度）", null, null, null, null, null, null, null, null],
        ["专项名称", "省级农村厕所改造补助资金", null, null, null, null, null, null, null],
        ["省级主管部门", "吉林省农业农村厅", null, null, "省级财政部门", "吉林省财政厅", null, null, null],
        ["项目资金（万元）", "全年预算数（A）", "全年执行数（B）", null, "分值", "执行率（B/A）", "得分", null, null],
        ["年度资金总额", 30000, 27645.6, null, 10, "92.15%", 9.22, null, null],
        ["其中：中央补助", 0, 0, null, "—", "—", "—", null, null],
        ["地方资金", 30000, 27645.6, null, "—", "94.15%", "—", null, null],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null, null],
        [null, "全年完成农村户用卫生厕所改造10万户以上，改厕验收合格率95%以上，农村卫生厕所普及率提高5个百分点以上。", null, null, "完成农村户用卫生厕所改造9.6万户，验收合格率96.3%，普及率提高5.4个百分点。", null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "农村户用厕所改造数", "≥10万户", "9.6万户", 15, 15, null],
        [null, null, "数量指标", "覆盖行政村数", "≥1000个", "1032个", 10, 10, null],
        [null, null, "质量指标", "改厕验收合格率", "≥95%", "96.3%", 10, 10, null],
        [null, null, "时效指标", "年度改厕任务完成时限", "2018年12月底前", "2018年12月底前", 5, 5, null],
        [null, null, "成本指标", "户均省级补助标准", "≤3000元", "2880元", 10, 10, null],
        [null, "效益指标", "社会效益指标", "农村卫生厕所普及率提高", "≥5个百分点", "5.4个百分点", 15, 15, null],
        [null, null, "生态效益指标", "改厕户粪污无害化处理率", "≥80%", "76%", 15, 12, "部分县粪污收集转运设施年内未完工，已督促2019年上半年建成。"],
        [null, "满意度指标", "服务对象满意度指标", "改厕农户满意度", "≥85%", "90%", 10, 10, null],
        ["总分", null, null, null, null, null, 100, 96.22, null],
      ],
      merges: ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "C5:D5", "C6:D6", "C7:D7", "C8:D8", "A9:A10", "B9:D9", "E9:I9", "B10:D10", "E10:I10", "A11:A19", "B12:B16", "B17:B18", "A20:F20"],
      numberFormats: { "B6:C8": "0.00", "G6": "0.00", "H20": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 20, year: 2018 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "H12", why: "农村户用厕所改造数 9.6万户 misses ≥10万户 yet scores its full 15" },
      { rule: "selfeval.rate-mismatch", cell: "F8", why: "地方资金 执行率 94.15%; 27,645.60 / 30,000.00 = 92.15%" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "F6", why: "27,645.60 / 30,000.00 = 92.15%" },
      { rule: "selfeval.score-mismatch", cell: "G6", why: "10 × 92.15% = 9.22 (9.2152), within rounding" },
      { rule: "selfeval.score-mismatch", cell: "H20", why: "9.22 + 15 + 10 + 10 + 5 + 10 + 15 + 12 + 10 = 96.22" },
      { rule: "selfeval.weights", why: "10 + 15 + 10 + 10 + 5 + 10 + 15 + 15 + 10 = 100" },
      { rule: "selfeval.total-mismatch", why: "年度资金总额 30,000 / 27,645.6 = 中央补助 0 + 地方资金 30,000 / 27,645.6" },
      { rule: "selfeval.missing-explanation", cell: "I18", why: "the 生态效益 indicator below its full score gives its reason" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "2880元 is within ≤3000元" },
      { rule: "selfeval.target-missed-full-score", cell: "H15", why: "2018年12月底前 met as stated" },
      { rule: "execution.overspent", why: "27,645.6 spent of 30,000" },
      { rule: "execution.no-spending", cell: "C7", why: "中央补助 had no budget (0)" },
    ],
  },
};
