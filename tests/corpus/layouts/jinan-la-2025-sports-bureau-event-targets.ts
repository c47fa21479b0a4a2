import type { CorpusLayout } from "../types";

// 六安市金安区体育局 2025 项目支出绩效目标表, two of the page's forms on two sheets: each with 项目责任人 / 单位（盖章） above,
// 主管部门及代码 written [042]…, 项目来源 and 项目期, the money block under the side label 项目资金（万元） to two decimals with 0.00
// typed for no 其他资金, and 生态效益指标 filled "本项目不适用此指标 | 无".
export const layout: CorpusLayout = {
  id: "jinan-la-2025-sports-bureau-event-targets",
  source: {
    title: "六安市金安区体育局2025年度项目支出绩效目标表（金安国际网球公开赛；安徽省常规赛费用）",
    url: "https://www.ja.gov.cn/public/6602051/25929172.html",
    publisher: "六安市金安区体育局",
    date: "2025",
    changes:
      "As published: the forms' layout and wording (项目责任人 / 单位（盖章）; 主管部门及代码 [042]六安市金安区体育局; 项目来源 本级申报项目; 项目期 " +
      "3年; 年度资金总额 / 其中：财政拨款 / 其他资金 to two decimals; the indicators of the first form, 生态效益指标 本项目不适用此指标 | 无) " +
      "and both forms' 年度资金总额 (1000.00, 1200.00). Ours: the second form's indicators (the page's copy is cut) and its sources. " +
      "Planted: the second form's 年度资金总额 1,200.00 while 财政拨款 1,150.00 + 其他资金 0.00 = 1,150.00. The first form is as published (clean).",
  },
  classes: [
    "targets", "composition", "two-sheets", "two-forms", "money-block-under-side-label", "qizhong-lines", "sources-run-to-block-end",
    "zero-typed-source", "two-decimal-wanyuan", "three-level-indicators", "text-targets", "not-applicable-indicator", "no-weights",
    "no-results-column", "code-in-brackets", "signoff-line", "district-budget", "anhui",
  ],
  sheets: [
    {
      name: "网球公开赛",
      widths: [12, 14, 18, 40, 22],
      rows: [
        ["项目支出绩效目标表", null, null, null, null],
        ["（2025年度）", null, null, null, null],
        ["项目责任人：", null, "单位（盖章）：", null, null],
        ["项目名称", "2025金安国际网球公开赛（国际系列赛事）", null, null, null],
        ["主管部门及代码", "[042]六安市金安区体育局", "实施单位", "六安市金安区体育局", null],
        ["项目来源", "本级申报项目", "项目期", "3年", null],
        ["项目资金（万元）", "年度资金总额：", null, 1000, null],
        [null, "其中：财政拨款", null, 1000, null],
        [null, "其他资金", null, 0, null],
        ["年度目标", "打造金安国际网球公开赛等一系列的品牌赛事，提升六安城市的知名度和美誉度。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [null, "产出指标", "数量指标", "开展运动种类", "1种"],
        [null, null, null, "打造品牌赛事种类", "1种"],
        [null, null, "质量指标", "经费支出合规率", "100%"],
        [null, null, null, "赛事完成率", "100%"],
        [null, null, "时效指标", "完成时间", "2025年年底前"],
        [null, null, "成本指标", "项目总成本", "≤1000万元"],
        [null, "效益指标", "经济效益指标", "提升六安城市知名度和美誉度，推动体育消费、“网球+”产业深度融合", "经济效益良好"],
        [null, null, "社会效益指标", "打造金安国际网球公开赛等系列品牌赛事，提升六安城市的知名度和美誉度。", "效果良好"],
        [null, null, "生态效益指标", "本项目不适用此指标", "无"],
        [null, null, "可持续影响指标", "打造金安国际网球公开赛等系列品牌赛事", "影响可持续"],
        [null, "满意度指标", "满意度指标", "群众满意度", "≥95%"],
      ],
      merges: [
        "A1:E1", "A2:E2", "A3:B3", "C3:E3", "B4:E4", "D5:E5", "D6:E6", "A7:A9", "B7:C7", "D7:E7", "B8:C8", "D8:E8", "B9:C9", "D9:E9",
        "B10:E10", "A11:A22", "B12:B17", "C12:C13", "C14:C15", "B18:B21",
      ],
      numberFormats: { "D7:D9": "0.00" },
    },
    {
      name: "常规赛费用",
      widths: [12, 14, 18, 40, 22],
      rows: [
        ["项目支出绩效目标表", null, null, null, null],
        ["（2025年度）", null, null, null, null],
        ["项目责任人：", null, "单位（盖章）：", null, null],
        ["项目名称", "安徽省常规赛费用", null, null, null],
        ["主管部门及代码", "[042]六安市金安区体育局", "实施单位", "六安市金安区体育局", null],
        ["项目来源", "本级申报项目", "项目期", "3年", null],
        ["项目资金（万元）", "年度资金总额：", null, 1200, null],
        [null, "其中：财政拨款", null, 1150, null],
        [null, "其他资金", null, 0, null],
        ["年度目标", "因财政资金紧张，结转2024年六运会项目资金", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [null, "产出指标", "数量指标", "承办省级常规赛事场次", "≥6场"],
        [null, null, "质量指标", "经费支出合规率", "100%"],
        [null, null, "时效指标", "资金支付时间", "2025年年底前"],
        [null, null, "成本指标", "项目总成本", "≤1200万元"],
        [null, "效益指标", "社会效益指标", "带动群众参与体育运动", "效果良好"],
        [null, null, "生态效益指标", "本项目不适用此指标", "无"],
        [null, "满意度指标", "满意度指标", "参赛队伍满意度", "≥90%"],
      ],
      merges: [
        "A1:E1", "A2:E2", "A3:B3", "C3:E3", "B4:E4", "D5:E5", "D6:E6", "A7:A9", "B7:C7", "D7:E7", "B8:C8", "D8:E8", "B9:C9", "D9:E9",
        "B10:E10", "A11:A18", "B12:B15", "B16:B17",
      ],
      numberFormats: { "D7:D9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "网球公开赛", kind: "composition", unit: "万元", headerRow: 7, lastRow: 9, columns: { B: "line", D: "amount" }, year: 2025 },
      { sheet: "网球公开赛", kind: "targets", headerRow: 11, lastRow: 22, columns: { B: "type", D: "name", E: "target" }, year: 2025 },
      { sheet: "常规赛费用", kind: "composition", unit: "万元", headerRow: 7, lastRow: 9, columns: { B: "line", D: "amount" }, year: 2025 },
      { sheet: "常规赛费用", kind: "targets", headerRow: 11, lastRow: 18, columns: { B: "type", D: "name", E: "target" }, year: 2025 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        sheet: "常规赛费用",
        cell: "D7",
        why: "年度资金总额 1,200.00; its sources 财政拨款 1,150.00 + 其他资金 0.00 = 1,150.00: 50.00万元 apart",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "网球公开赛", why: "1,000.00 = 1,000.00 + 0.00" },
      { rule: "input.unreadable-value", why: "指标值 (1种, ≥95%, 2025年年底前, 无) and 3年 are text by nature" },
      { rule: "selfeval.weights", why: "target forms with no 分值" },
      { rule: "selfeval.indicator-contradicted", why: "the forms state targets only, no results" },
      { rule: "execution.no-spending", why: "the forms hold no spending; 其他资金 0.00 is no source, not an idle line" },
    ],
  },
};
