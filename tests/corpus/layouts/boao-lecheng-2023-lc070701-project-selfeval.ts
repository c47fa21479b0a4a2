import type { CorpusLayout } from "../types";

// 海南博鳌乐城国际医疗旅游先行区 2024-07: the 2023 self-evaluation of the LC07-07-01 plot project (总投资158,746.38万元; 一平台四中心, 142,159.05㎡;
// by April 2024 主楼安装 25%, 土建 75%, 幕墙 63%). Laid out as the 项目支出绩效自评表: names, the money block (年初预算数 | 全年预算数 | 全年执行数 |
// 分值 | 执行率 | 得分, 其中 当年财政拨款 / 上年结转资金 / 其他资金), the year's goal, the indicators, 总分.
export const layout: CorpusLayout = {
  id: "boao-lecheng-2023-lc070701-project-selfeval",
  source: {
    title: "博鳌乐城国际医疗旅游先行区LC07-07-01地块项目2023年度项目支出绩效自评报告（自评表据报告拟）",
    url: "https://ybj.hainan.gov.cn/xxgk/czgk/202407/t20240712_3697089.html",
    publisher: "海南博鳌乐城国际医疗旅游先行区管理局（省政府网站公开）",
    date: "2024-07-12",
    changes:
      "The report is prose. Kept from it: the project, its owner and the agent building it, the total investment 158,746.38万元, the 2023 goal's " +
      "words and the first indicator (建设工程量≥63971.57平方米), the progress of April 2024 (主楼安装25%). Ours: the money block's figures, the other " +
      "indicators, all 分值 and scores. Planted: the 全年执行数 总额 29,440 over 其中 27,940 + 1,000 = 28,940; 建设工程量 58,200㎡ misses its " +
      "≥63,971.57 yet scores its full 20; 总分 typed 99.5 where the scores add up to 99.2.",
  },
  classes: [
    "selfeval", "project-selfeval-template", "money-block-above-indicators", "year-start-and-full-year-budget", "qizhong-lines", "dash-cells",
    "three-level-indicators", "text-targets", "deviation-column", "total-at-foot", "table-from-prose", "evaluation-report", "zone-project",
    "hainan",
  ],
  settings: { district: "琼海市", asOf: "2024-04-30" },
  sheets: [
    {
      name: "自评表",
      widths: [12, 18, 14, 30, 16, 16, 8, 8, 26],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "博鳌乐城国际医疗旅游先行区LC07-07-01地块项目", null, null, null, null, null, null, null],
        ["主管部门", "海南博鳌乐城国际医疗旅游先行区管理局", null, null, "实施单位", "海南省发控公共服务设施建设管理有限公司", null, null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 30000, 32000, 29440, 10, "92.00%", 9.2, null],
        [null, "其中：当年财政拨款", 30000, 30000, 27940, "—", "—", "—", null],
        [null, "上年结转资金", "—", 2000, 1000, "—", "—", "—", null],
        [null, "其他资金", "—", "—", "—", "—", "—", "—", null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null],
        [null, "博鳌乐城国际医疗旅游先行区LC07-07-01地块，占地面积61076㎡，总建筑面积约142159.05㎡，其中地上建筑面积约93257.84㎡，地下建筑面积约48901.21㎡。", null, null, null, "截至2024年4月，项目主楼安装工程整体完成25%；土建工程完成75%；幕墙工程完成63%。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "建设工程量", "≥63971.57平方米", "58200平方米", 20, 20, null],
        [null, null, "质量指标", "工程验收合格率", "100%", "100%", 10, 10, null],
        [null, null, "时效指标", "主楼安装工程完成进度", "≥25%", "25%", 10, 10, null],
        [null, null, "成本指标", "项目总投资控制", "≤158746.38万元", "158746.38万元", 10, 10, null],
        [null, "效益指标", "社会效益指标", "新增医工创新孵化载体", "≥1个", "1个", 15, 15, null],
        [null, null, "可持续影响指标", "设施设计使用年限", "≥50年", "50年", 15, 15, null],
        [null, "满意度指标", "服务对象满意度指标", "入驻机构满意度", "≥90%", "92%", 10, 10, null],
        ["总分", null, null, null, null, null, 100, 99.5, null],
      ],
      merges: [
        "A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:B5", "A6:A9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11", "A12:A19",
        "B13:B16", "B17:B18", "A20:F20",
      ],
      numberFormats: { "C6:E9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 20, year: 2023 }],
    findings: [
      { rule: "selfeval.total-mismatch", cell: "E6", why: "全年执行数 总额 29,440; 其中 当年财政拨款 27,940 + 上年结转资金 1,000 = 28,940 (500万元 apart)" },
      { rule: "selfeval.target-missed-full-score", cell: "H13", why: "建设工程量 58,200平方米 misses ≥63,971.57平方米, yet scores its full 20" },
      { rule: "selfeval.score-mismatch", cell: "H20", why: "总分 99.5; the scores 9.2 + 20 + 10 + 10 + 10 + 15 + 15 + 10 = 99.2" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "29,440 / 32,000 = 92.00%, as written" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 92.00% = 9.2" },
      { rule: "selfeval.total-mismatch", cell: "D6", why: "全年预算数 32,000 = 30,000 + 2,000; 年初 30,000 (C6) = 30,000 + —" },
      { rule: "selfeval.weights", why: "分值 add up to 100: 10 + 20 + 10 + 10 + 10 + 15 + 15 + 10" },
      { rule: "selfeval.missing-explanation", why: "执行率 92.00% is not below 90%, and no indicator scores below its 分值" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "158,746.38万元 meets ≤158,746.38万元; 25% meets ≥25% (H15); 92% meets ≥90% (H19)" },
      { rule: "execution.overspent", why: "29,440 executed of 32,000" },
    ],
  },
};
