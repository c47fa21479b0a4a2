import type { CorpusLayout } from "../types";

// 新疆生产建设兵团第十四师: 农机购置补贴支出绩效自评报告 (2019年度) — 兵团农机补贴资金60万元, 2018年度农机购置补贴结余资金12.664万元, 指标
// 2019-09-25 全部到位. The report is prose; laid out as the 项目支出绩效自评表 it goes with: 年初预算数 | 全年预算数 | 全年执行数 | 分值 |
// 执行率 | 得分 over 年度资金总额 and its sources (兵团补贴资金, 上年结余资金), then the indicators.
export const layout: CorpusLayout = {
  id: "division14-2019-farm-machinery-subsidy-selfeval",
  source: {
    title: "农机购置补贴支出绩效自评报告（第十四师2019年度，项目支出绩效自评表据报告拟）",
    url: "http://crossfitfinalpush.com/baogao/6594694.html",
    publisher: "第十四师农业农村局（网站转载）",
    changes:
      "As published: 第十四师 2019年度农机购置补贴资金预算数60万元 (兵团补贴60万元) and the 2018年度结余资金12.664万元, the money in 万元. The stored " +
      "copy breaks off before the spending: the form (the national 自评表's columns), 全年执行数, the indicators and their values are ours. " +
      "Planted: 年度资金总额 全年执行数 typed 68.59 where 兵团补贴 56.29 + 上年结余 12.66 = 68.95; 补贴资金兑付及时率 92% against its 100% " +
      "target, yet its full 10.",
  },
  classes: ["selfeval", "national-template", "table-from-prose", "carry-over-source", "three-decimal-wanyuan", "explanation-given", "bingtuan-division", "xinjiang"],
  sheets: [
    {
      name: "自评表",
      widths: [10, 18, 16, 24, 14, 14, 8, 8, 28],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2019年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "农机购置补贴", null, null, null, null, null, null, null],
        ["主管部门", "第十四师农业农村局", null, null, "实施单位", "第十四师农业农村局", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 60, 72.664, 68.59, 10, "94.39%", 9.44, null],
        [null, "其中：兵团补贴资金", 60, 60, 56.29, "—", "—", "—", null],
        [null, "上年结余资金", 0, 12.664, 12.66, "—", "—", "—", null],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null, null],
        [null, "落实农机购置补贴政策，补贴购置农机具150台以上，提高团场主要农作物耕种收综合机械化水平。", null, null, "补贴购置农机具163台，受益职工118户，补贴资金按程序兑付。", null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "补贴机具数量", "≥150台", "163台", 10, 10, null],
        [null, null, null, "受益职工户数", "≥100户", "118户", 10, 10, null],
        [null, null, "质量指标", "补贴机具合格率", "100%", "100%", 10, 10, null],
        [null, null, "时效指标", "补贴资金兑付及时率", "100%", "92%", 10, 10, null],
        [null, null, "成本指标", "单台平均补贴额", "≤0.5万元", "0.42万元", 10, 10, null],
        [null, "效益指标", "经济效益指标", "农机作业成本降低", "≥5%", "6.2%", 10, 10, null],
        [null, null, "社会效益指标", "主要农作物耕种收综合机械化率", "≥85%", "83.5%", 10, 8, "林果作业机具推广较慢，下一年度加大林果机具补贴宣传。"],
        [null, null, "可持续影响指标", "农机化水平持续提升", "持续提升", "持续提升", 10, 10, null],
        [null, "满意度指标", "服务对象满意度指标", "购机职工满意度", "≥90%", "95%", 10, 10, null],
        [null, "总分", null, null, null, null, 100, 97.44, null],
      ],
      merges: [
        "A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:B5", "A6:A8", "I5:I8", "A9:A10", "B9:D9", "E9:I9", "B10:D10", "E10:I10",
        "A11:A21", "B12:B16", "C12:C13", "B17:B19", "B21:F21",
      ],
      numberFormats: { "C6:E8": "#,##0.00", "H6": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2019 }],
    findings: [
      { rule: "selfeval.total-mismatch", cell: "E6", why: "年度资金总额 全年执行数 68.59 where 56.29 + 12.66 = 68.95: 0.36万元 short" },
      { rule: "selfeval.target-missed-full-score", cell: "H15", why: "补贴资金兑付及时率 92% misses its 100% target, yet scores its full 10" },
    ],
    absent: [
      { rule: "selfeval.total-mismatch", cell: "D6", why: "全年预算数 72.664 = 60 + 12.664" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "年初预算数 60 = 60 + 0" },
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "68.59 / 72.664 = 94.39%, the total as typed" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 94.39% = 9.44" },
      { rule: "selfeval.score-mismatch", cell: "H21", why: "总分 97.44 = 9.44 + 10 × 8 + 8" },
      { rule: "selfeval.weights", why: "10 + 9 × 10 = 100" },
      { rule: "selfeval.missing-explanation", cell: "I18", why: "机械化率 at 8 of 10 gives its reason; 94.39% is above 90%" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "0.42万元 is within ≤0.5万元" },
      { rule: "execution.overspent", why: "68.59 spent of 72.664" },
      { rule: "execution.no-spending", why: "上年结余资金 has 0 年初预算 but 12.664 全年预算, spent 12.66" },
    ],
  },
};
