import type { CorpusLayout } from "../types";

// 广西壮族自治区 2023: the self-evaluation of the 2022 central 城市管网及污水处理补助资金 (3亿元, all to 桂林市 for 系统化全域推进海绵城市建设示范),
// reported against the 中央对地方转移支付区域绩效目标表. Laid out as the central transfer's 区域绩效自评表: names and departments, the money
// block (全年预算数（A） | 全年执行数（B） | 分值 | 执行率（B/A） | 得分, 其中 中央补助 / 地方资金), the year's goal, the indicators, 总分.
export const layout: CorpusLayout = {
  id: "guilin-2022-sponge-city-fund-selfeval",
  source: {
    title: "2022年度中央对广西转移支付城市管网及污水处理补助资金绩效自评报告（区域绩效自评表据报告拟）",
    url: "http://lzzaojia.cn/news/detail/340.html",
    publisher: "广西壮族自治区财政厅、住房城乡建设厅、水利厅（转载）",
    date: "2023",
    changes:
      "The report is prose. Kept from it: the fund and its 3亿元 (财建〔2022〕174号, 桂财建〔2022〕84号) for 桂林市's 海绵城市 demonstration, the departments, " +
      "and the indicators it names (雨水资源化利用125万吨/年; 培训、宣传合计不少于4次; 中心城区内涝防治标准50年一遇; 内涝积水区段消除比例40%; 中心城区防洪标准100年一遇). " +
      "The form's layout is the central transfer's self-evaluation template; the 执行数, the results, the other indicators and all 分值 and scores are ours. " +
      "Planted: the budget score typed 9.5 where 10 × 91.50% = 9.15; 内涝积水区段消除比例 reaches 36% of its ≥40% target yet scores its full 10.",
  },
  classes: [
    "selfeval", "central-transfer-template", "money-block-above-indicators", "qizhong-lines", "dash-cells", "three-level-indicators",
    "text-targets", "deviation-column", "total-at-foot", "table-from-prose", "evaluation-report", "city-fund", "guangxi",
  ],
  settings: { district: "桂林市", asOf: "2023-04-30" },
  sheets: [
    {
      name: "自评表",
      widths: [12, 16, 14, 28, 14, 16, 8, 8, 26],
      rows: [
        ["中央对地方转移支付区域绩效自评表（2022年度）", null, null, null, null, null, null, null, null],
        ["转移支付（项目）名称", "城市管网及污水处理补助资金（系统化全域推进海绵城市建设示范）", null, null, null, null, null, null, null],
        ["中央主管部门", "财政部、住房和城乡建设部、水利部", null, null, "地方主管部门", "广西壮族自治区财政厅、住房城乡建设厅、水利厅", null, null, null],
        ["资金情况（万元）", null, "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分", null, null],
        [null, "年度资金总额", 30000, 27450, 10, "91.50%", 9.5, null, null],
        [null, "其中：中央补助", 30000, 27450, "—", "—", "—", null, null],
        [null, "地方资金", "—", "—", "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null],
        [null, "系统化全域推进海绵城市建设示范，提高城市雨水资源化利用水平，消除内涝积水区段，中心城区内涝防治标准基本达到50年一遇、防洪标准基本达到100年一遇。", null, null, null, "完成年度示范建设任务，雨水资源化利用131万吨，消除内涝积水区段36%，中心城区内涝防治、防洪标准达到目标要求。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值", "分值", "得分", "未完成原因分析"],
        [null, "产出指标", "数量指标", "雨水资源化利用量", "≥125万吨/年", "131万吨/年", 10, 10, null],
        [null, null, "数量指标", "海绵城市建设培训、宣传次数", "≥4次", "5次", 10, 10, null],
        [null, null, "质量指标", "内涝积水区段消除比例", "≥40%", "36%", 10, 10, null],
        [null, null, "质量指标", "中心城区内涝防治标准", "50年一遇", "50年一遇", 10, 10, null],
        [null, null, "时效指标", "资金下达及时率", "100%", "100%", 10, 10, null],
        [null, "效益指标", "社会效益指标", "中心城区防洪标准", "100年一遇", "100年一遇", 10, 10, null],
        [null, null, "生态效益指标", "建成区达到海绵城市建设要求的面积占比", "≥40%", "42%", 10, 10, null],
        [null, null, "可持续影响指标", "海绵设施运行维护覆盖率", "≥90%", "95%", 10, 10, null],
        [null, "满意度指标", "服务对象满意度指标", "公众满意度", "≥90%", "93%", 10, 10, null],
        ["总分", null, null, null, null, null, 100, 99.5, null],
      ],
      merges: [
        "A1:I1", "B2:I2", "B3:D3", "F3:I3", "A4:B4", "A5:A7", "A8:A9", "B8:E8", "F8:I8", "B9:E9", "F9:I9", "A10:A19",
        "B11:B15", "B16:B18", "A20:F20",
      ],
      numberFormats: { "C5:D6": "#,##0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 4, lastRow: 20, year: 2022 }],
    findings: [
      { rule: "selfeval.score-mismatch", cell: "G5", why: "budget score: 分值 10 × 执行率 91.50% (27,450 / 30,000) = 9.15; 9.5 typed" },
      { rule: "selfeval.target-missed-full-score", cell: "H13", why: "内涝积水区段消除比例 36% misses its ≥40% target, yet scores its full 10" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "F5", why: "27,450 / 30,000 = 91.50%, as written" },
      { rule: "selfeval.total-mismatch", cell: "C5", why: "年度资金总额 30,000 = 中央补助 30,000 + 地方资金 —; 执行数 27,450 likewise" },
      { rule: "selfeval.weights", why: "分值 add up to 100: budget 10 + nine indicators × 10" },
      { rule: "selfeval.score-mismatch", cell: "H20", why: "总分 99.5 = 9.5 + 9 × 10, the scores as typed" },
      { rule: "selfeval.missing-explanation", why: "执行率 91.50% is not below 90%, and no indicator is scored below its 分值" },
      { rule: "selfeval.target-missed-full-score", cell: "H14", why: "50年一遇 against 50年一遇, and 100年一遇 against 100年一遇 (H16): met" },
      { rule: "selfeval.target-missed-full-score", cell: "H11", why: "131万吨/年 meets ≥125万吨/年; 5次 meets ≥4次; 42% meets ≥40%" },
      { rule: "execution.overspent", why: "27,450 executed of 30,000" },
    ],
  },
};
