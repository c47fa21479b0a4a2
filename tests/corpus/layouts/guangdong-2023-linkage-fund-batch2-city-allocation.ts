import type { CorpusLayout } from "../types";

// 南方网 2023-05-26: 广东省财政厅 passes on the second batch of 2023 central 衔接推进乡村振兴补助资金, 3亿元 to all 16 prefecture cities
// (粤东粤西粤北 first) — 897 村级集体经济组织 at 30万元 a village, awards for 增城区 (督查激励) and for counties spending fast, and
// 少数民族村寨. Laid out as the allocation by 地市 (合计 first; 村数 | 金额 under a merged 扶持新型农村集体经济 heading) with the
// fund's 区域绩效目标表 on a second sheet.
export const layout: CorpusLayout = {
  id: "guangdong-2023-linkage-fund-batch2-city-allocation",
  source: {
    title: "广东下达3亿中央财政资金推进乡村振兴 覆盖16个地市（第二批分配表及区域绩效目标表据报道拟）",
    url: "https://news.southcn.com/node_54a44f01a2/f10504efa1.shtml",
    publisher: "广东省财政厅（南方网）",
    date: "2023-05-26",
    changes:
      "As published: 3亿元, 16 地市, 897 村级集体经济组织 at 30万元 each, the 督查激励 for 广州市增城区, awards for counties using farm money fast, " +
      "and 民族村寨建设. Ours: which cities, each city's villages and money (adding to 897 and 26,910), the awards (2,190) and the 民族村寨 " +
      "money (900) that make up the other 3,090; the whole targets sheet (its indicators named from the report). Planted: 梅州市's 合计 typed " +
      "3,350 where 3,120 + 130 + 90 = 3,340, so the city lines also add up to 30,010 against the 30,000 合计.",
  },
  classes: ["composition", "targets", "two-sheets", "allocation-by-city", "total-row-first", "row-total-column", "split-under-merged-header", "two-header-rows", "count-and-amount", "standard-in-heading", "zero-lines", "whole-wanyuan", "wanyuan-caption", "money-block", "three-level-indicators", "text-targets", "no-weights", "table-from-prose", "news-report", "province-fund", "guangdong"],
  settings: { district: "广东省" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 12, 10, 10, 10, 14, 14],
      rows: [
        ["2023年第二批中央财政衔接推进乡村振兴补助资金分配表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "地市", "合计", "扶持新型农村集体经济（每村30万元）", null, "督查激励及进度奖励", "少数民族村寨建设"],
        [null, null, null, "村数（个）", "金额", null, null],
        [null, "合计", 30000, 897, 26910, 2190, 900],
        [1, "广州市", 600, 0, 0, 600, 0],
        [2, "韶关市", 3000, 88, 2640, 120, 240],
        [3, "河源市", 2990, 92, 2760, 150, 80],
        [4, "梅州市", 3350, 104, 3120, 130, 90],
        [5, "惠州市", 820, 24, 720, 100, 0],
        [6, "汕头市", 1250, 38, 1140, 110, 0],
        [7, "汕尾市", 1580, 50, 1500, 80, 0],
        [8, "潮州市", 1360, 41, 1230, 60, 70],
        [9, "揭阳市", 2100, 66, 1980, 120, 0],
        [10, "江门市", 770, 22, 660, 110, 0],
        [11, "阳江市", 1410, 44, 1320, 90, 0],
        [12, "湛江市", 2440, 78, 2340, 100, 0],
        [13, "茂名市", 2660, 84, 2520, 140, 0],
        [14, "肇庆市", 1860, 56, 1680, 120, 60],
        [15, "清远市", 2470, 67, 2010, 100, 360],
        [16, "云浮市", 1350, 43, 1290, 60, 0],
        ["注：广州市为增城区获全国促进乡村产业振兴、改善农村人居环境督查激励资金；进度奖励对象为涉农资金使用进度较快的县（市、区）。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4", "G3:G4", "A22:G22"],
      numberFormats: { "C5:G21": "#,##0" },
    },
    {
      name: "绩效目标表",
      widths: [14, 16, 30, 26],
      rows: [
        ["2023年第二批中央财政衔接推进乡村振兴补助资金区域绩效目标表", null, null, null],
        ["填报单位：广东省财政厅、广东省乡村振兴局", null, null, null],
        ["资金情况（万元）", "年度资金总额", 30000, null],
        [null, "其中：中央财政资金", 30000, null],
        [null, "      地方资金", 0, null],
        ["年度总体目标", "扶持897个村级集体经济组织发展新型农村集体经济，开展通村入户便民利民工程等乡村建设，支持少数民族村寨建设和特色产业发展。", null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "扶持村级集体经济组织数量", "897个"],
        [null, "数量指标", "资金覆盖地级以上市数量", "16个"],
        [null, "质量指标", "项目验收合格率", "≥95%"],
        [null, "时效指标", "资金分解下达时限", "收到资金后30日内"],
        [null, "成本指标", "村级集体经济组织扶持标准", "30万元/村"],
        ["效益指标", "经济效益指标", "村级集体经济组织年经营性收入", "稳步增长"],
        [null, "社会效益指标", "脱贫人口和监测对象收入增速", "高于全省农村居民收入增速"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"],
      ],
      merges: ["A1:D1", "A2:D2", "A3:A5", "C3:D3", "C4:D4", "C5:D5", "B6:D6", "A8:A12", "A13:A14"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 21,
        columns: { B: "line", C: "amount", D: "quantity", E: "amount:扶持新型农村集体经济", F: "amount:督查激励及进度奖励", G: "amount:少数民族村寨建设" },
        year: 2023,
      },
      { sheet: "绩效目标表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 5, columns: { B: "line", C: "amount" }, year: 2023 },
      { sheet: "绩效目标表", kind: "targets", headerRow: 7, lastRow: 15, columns: { A: "type", C: "name", D: "target" }, year: 2023 },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "分配表", cell: "C9", why: "梅州市 合计 3,350 where 3,120 + 130 + 90 = 3,340 (10万元 over)" },
      { rule: "composition.total-mismatch", sheet: "分配表", cell: "C5", why: "the 16 cities' 合计 as typed add up to 30,010, not 30,000 (梅州's 3,350 carries the 10)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "分配表", cell: "E5", why: "village money 0 + 2,640 + 2,760 + 3,120 + 720 + 1,140 + 1,500 + 1,230 + 1,980 + 660 + 1,320 + 2,340 + 2,520 + 1,680 + 2,010 + 1,290 = 26,910" },
      { rule: "composition.total-mismatch", sheet: "分配表", cell: "F5", why: "awards add up to 2,190" },
      { rule: "composition.total-mismatch", sheet: "分配表", cell: "G5", why: "民族村寨 240 + 80 + 90 + 70 + 60 + 360 = 900" },
      { rule: "composition.total-mismatch", sheet: "分配表", cell: "D5", why: "villages add up to 897" },
      { rule: "composition.line-mismatch", sheet: "分配表", why: "every city's 金额 is its 村数 × 30 (897 × 30 = 26,910 at the 合计)" },
      { rule: "composition.total-mismatch", sheet: "绩效目标表", cell: "C3", why: "年度资金总额 30,000 = 中央 30,000 + 地方 0" },
      { rule: "selfeval.weights", why: "a target table without 分值: no points to add up" },
      { rule: "selfeval.indicator-contradicted", why: "no 实际完成值: the table states targets only" },
      { rule: "register.ineligible-location", why: "all sixteen are cities of 广东省, and this is no register" },
    ],
  },
};
