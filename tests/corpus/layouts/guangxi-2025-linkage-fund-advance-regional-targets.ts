import type { CorpusLayout } from "../types";

// 广西 2025 (reported 2024-12): 153.91亿元 of 2025 衔接推进乡村振兴补助资金 released in advance — for 防止返贫监测帮扶, 联农带农富农产业, small rural
// public works (供水、灌溉、进村入户道路) and 人居环境整治. Laid out as the 区域绩效目标表 such an advance release carries (表据报道拟); clean.
export const layout: CorpusLayout = {
  id: "guangxi-2025-linkage-fund-advance-regional-targets",
  source: {
    title: "广西提前下达2025年衔接推进乡村振兴补助资金153.91亿元（区域绩效目标表据报道拟）",
    url: "https://chujupifa.com/read/-dy-article-JLUKPCDR0530U7LS.html",
    publisher: "自治区财政厅 (news repost)",
    date: "2024-12",
    changes:
      "As published: the 153.91亿元, the four uses (监测帮扶 with 产业、就业帮扶; 联农带农富农产业; 农村供水、灌溉、进村入户道路; 垃圾、污水、村容村貌) " +
      "and the bottom line of no large-scale return to poverty. Ours: the form (项目名称 / 资金总额 / 总体目标 over 一级 | 二级 | 三级指标 | 指标值) " +
      "and every indicator and value. Nothing planted: a clean layout.",
  },
  classes: ["targets", "clean", "regional-targets", "info-rows-above-header", "three-level-indicators", "text-targets", "no-weights", "fund-total-in-header", "two-decimal-yiyuan", "table-from-prose", "news-report", "region-level", "guangxi"],
  settings: { district: "广西壮族自治区" },
  sheets: [
    {
      name: "区域绩效目标表",
      widths: [14, 18, 40, 18],
      rows: [
        ["2025年衔接推进乡村振兴补助资金区域绩效目标表（提前下达）", null, null, null],
        ["项目名称", "衔接推进乡村振兴补助资金", null, null],
        ["资金总额（亿元）", 153.91, null, null],
        ["总体目标", "健全防止返贫监测帮扶机制，支持联农带农富农产业发展，补齐农村小型公益性基础设施和人居环境短板，守住不发生规模性返贫致贫底线。", null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "防止返贫监测对象帮扶措施覆盖率", "100%"],
        [null, null, "支持联农带农富农产业项目（个）", "≥1200"],
        [null, null, "新建改建农村小型公益性基础设施项目（个）", "≥1500"],
        [null, "质量指标", "项目验收合格率", "≥95%"],
        [null, "时效指标", "资金下达及时率", "100%"],
        ["效益指标", "经济效益指标", "脱贫人口人均纯收入增幅", "高于全区农村居民人均可支配收入增幅"],
        [null, "社会效益指标", "规模性返贫致贫", "不发生"],
        [null, "生态效益指标", "农村人居环境", "持续改善"],
        ["满意度指标", "服务对象满意度指标", "脱贫人口满意度", "≥90%"],
      ],
      merges: ["A1:D1", "B2:D2", "B3:D3", "B4:D4", "A6:A10", "B6:B8", "A11:A13"],
      numberFormats: { "B3": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "区域绩效目标表", kind: "targets", headerRow: 5, lastRow: 14, columns: { A: "type", C: "name", D: "target" }, year: 2025 },
    ],
    findings: [],
    absent: [
      { rule: "selfeval.weights", why: "the target table states no points" },
      { rule: "selfeval.indicator-contradicted", why: "targets only, no results stated" },
      { rule: "composition.total-mismatch", cell: "B3", why: "153.91亿元 is the fund's total, no column of lines under it" },
      { rule: "input.unreadable-value", cell: "D11", why: "a target stated in words is a text target" },
    ],
  },
};
