import type { CorpusLayout } from "../types";

// 岳阳市城市管理监督指挥中心 2019-07-09: its 2018 self-evaluation reports and 评分表 — the whole unit's spending and the 数字城管信息采集服务费 project
// (预算编码 906017). Laid out as the project's 评分表 on 岳阳市财政局's template: the money (年初 / 全年预算 / 执行数 / 执行率) above the
// 项目决策 20 / 项目管理 10 / 项目绩效 70 table of 分值 and 得分, 总分 at the foot.
export const layout: CorpusLayout = {
  id: "yueyang-2018-digital-city-management-selfeval",
  source: {
    title: "岳阳市城市管理监督指挥中心2018绩效评价自评报告及评分表（整体支出和数字城管信息采集服务费专项支出）",
    url: "http://www.yueyang.gov.cn/cgj/9886/9901/content_1560779.html",
    publisher: "岳阳市城市管理监督指挥中心（岳阳市财政局制表）",
    date: "2019-07-09",
    changes:
      "As published: the unit, its 预算编码 906017, the project's name, the report date (2019-06-18) and the template's maker (岳阳市财政局). The stored " +
      "copy shows the report's opening, not the 评分表: its indicators and points follow the Hunan project 评分表 of those years (项目决策 20: 科学决策, " +
      "绩效目标; 项目管理 10: 资金管理, 项目执行; 项目绩效 70: 项目完成, 项目效益 with 服务对象满意度 10), and the money block, amounts and scores are ours. " +
      "Planted: 执行率 written 98.5% where 175.20 / 180.00 = 97.3%; 总分 written 98 where the scores add up to 96.",
  },
  classes: ["selfeval", "hunan-template", "money-block-above-scores", "no-targets-column", "merged-headings", "points-in-headings", "rates-as-text", "total-at-foot", "hunan"],
  settings: { asOf: "2019-06-18", district: "岳阳市" },
  sheets: [
    {
      name: "评分表",
      widths: [16, 16, 18, 12, 12, 14],
      rows: [
        ["岳阳市2018年度项目支出绩效评价评分表", null, null, null, null, null],
        ["项目名称", "数字城管信息采集服务费", null, "预算编码", "906017", null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "执行率"],
        [null, "年度资金总额", 180, 180, 175.2, "98.5%"],
        ["一级指标", "二级指标", "三级指标", "分值", "得分", "备注"],
        ["项目决策（20分）", "科学决策（10分）", "必要性（政策依据）", 5, 5, null],
        [null, null, "可行性（政策完善）", 5, 5, null],
        [null, "绩效目标（10分）", "明确性", 5, 5, null],
        [null, null, "合理性", 5, 5, null],
        ["项目管理（10分）", "资金管理（7分）", "资金分配", 3, 3, null],
        [null, null, "资金使用", 4, 4, null],
        [null, "项目执行（3分）", "执行规范", 3, 2, "采集服务合同备案滞后"],
        ["项目绩效（70分）", "项目完成（20分）", "完成数量", 5, 5, null],
        [null, null, "完成质量", 5, 4, "部分采集案件立案不规范"],
        [null, null, "完成时效", 5, 5, null],
        [null, null, "完成成本", 5, 5, null],
        [null, "项目效益（50分）", "社会效益", 40, 38, null],
        [null, null, "服务对象满意度", 10, 10, null],
        ["总分", null, null, 100, 98, null],
      ],
      merges: ["A1:F1", "B2:C2", "E2:F2", "A3:A4", "A6:A9", "B6:B7", "B8:B9", "A10:A12", "B10:B11", "A13:A18", "B13:B16", "B17:B18", "A19:C19"],
      numberFormats: { "C4:E4": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "评分表", kind: "selfeval", unit: "万元", headerRow: 3, lastRow: 19, year: 2018 }],
    findings: [
      { rule: "selfeval.rate-mismatch", cell: "F4", why: "执行率 98.5%; 175.20 / 180.00 = 97.3%" },
      { rule: "selfeval.score-mismatch", cell: "E19", why: "总分 98; the thirteen scores add up to 96" },
    ],
    absent: [
      { rule: "selfeval.weights", why: "the 分值 add up to 100 (20 + 10 + 70)" },
      { rule: "selfeval.score-mismatch", cell: "E17", why: "社会效益 38 of its 40" },
      { rule: "execution.overspent", why: "175.20 spent of 180.00" },
      { rule: "input.unreadable-value", cell: "E2", why: "预算编码 906017 is a code, not an amount" },
    ],
  },
};
