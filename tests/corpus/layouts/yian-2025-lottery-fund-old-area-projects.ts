import type { CorpusLayout } from "../types";

// 依安县 (齐齐哈尔, 黑龙江) 2025: how the county places its 4000万元 of 中央专项彩票公益金 for 革命老区 — eight projects (red heritage, cold stores,
// straw processing, village roads), each 投入 as 中彩资金 plus, for three, a little 村级自筹. Laid out as the arrangement table, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "yian-2025-lottery-fund-old-area-projects",
  source: {
    title: "依安县2025年中央专项彩票公益金项目安排情况公告（项目安排表据正文拟）",
    url: "http://www.bbda.com/bidDetail/2f815d289f65ee6abe46df8b0c0cdd1a43ccbd1620c4a59e82dea7f4ac0299f9.html",
    publisher: "依安县人民政府（招标信息网站转载）",
    date: "2025",
    changes:
      "As published: 4000万元 已到位, the eight projects in the notice's order and their money (310; 327 = 中彩325 + 自筹2; 80; 920; 1200; 520; 333 = 325 + 8; " +
      "325 = 320 + 5) and what each builds. The notice is prose; laid out here as a table (序号 | 项目名称 | 建设内容 | 总投入 | 其中：中彩资金 | 村级自筹资金, " +
      "单位：万元, 合计). The 建设内容 wording is shortened. Planted: 高端肉牛产品冷藏建设项目's 中彩资金 typed 1,020 under a 总投入 of 1,200 with no 自筹, " +
      "so the 中彩资金 column's lines (3,820) miss its 合计 of 4,000.",
  },
  classes: ["composition", "allocation-by-project", "qizhong-columns", "row-total-column", "own-funds-column", "blank-as-nothing", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "county-fund", "heilongjiang"],
  settings: { district: "依安县" },
  sheets: [
    {
      name: "项目安排表",
      widths: [6, 34, 46, 12, 14, 14],
      rows: [
        ["依安县2025年中央专项彩票公益金项目安排表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "建设内容", "总投入", "其中：中彩资金", "村级自筹资金"],
        ["一", "依安县抗联文化提档升级改造项目", "扩建依安县英烈纪念馆约290平方米，维修原展馆，优化展馆内部格局", 310, 310, null],
        ["二", "依安县红色记忆文化展示提升项目", "改造红色记忆展馆约400平方米，改造提升新合村道路约1.8公里，新合村文化广场红色改造1处", 327, 325, 2],
        ["三", "依安县抗日纪念遗址改造提升项目", "西大营水塔及地下室改造提升", 80, 80, null],
        ["四", "定制蔬菜冷库一期建设项目", "采购制冷设备6台套", 920, 920, null],
        ["五", "高端肉牛产品冷藏建设项目", "采购制冷设备7台套", 1200, 1020, null],
        ["六", "农作物秸秆精细粉加工建设项目", "建设秸秆加工库房2000平方米，采购生产设备5台套", 520, 520, null],
        ["七", "依安镇东平村林果蔬菜定制农业体验提升建设项目", "建设硬化道路约1.8公里；自筹资金用于采摘区步行道路铺设人工等费用", 333, 325, 8],
        ["八", "新兴镇治家村定制农业运输道路建设项目", "硬化路面约3.3公里", 325, 320, 5],
        ["合计", null, null, 4015, 4000, 15],
        ["注：2025年度中央专项彩票公益金已到位4000万元，主要用于支持我县革命老区的红色基地建设、产业项目发展、农村屯组路建设等项目。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A12:C12", "A13:F13"],
      numberFormats: { "D4:F12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目安排表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "line", D: "amount", E: "amount:中彩资金", F: "amount:村级自筹资金" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D8", why: "高端肉牛产品冷藏 总投入 1,200 where 中彩资金 1,020 + 自筹 (blank) = 1,020: 180万元 apart" },
      { rule: "composition.total-mismatch", cell: "E12", why: "中彩资金 合计 4,000 where the lines as typed give 310 + 325 + 80 + 920 + 1,020 + 520 + 325 + 320 = 3,820" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D12", why: "总投入 4,015 = 310 + 327 + 80 + 920 + 1,200 + 520 + 333 + 325" },
      { rule: "composition.total-mismatch", cell: "F12", why: "自筹 15 = 2 + 8 + 5" },
      { rule: "composition.total-mismatch", cell: "D5", why: "327 = 325 + 2" },
      { rule: "composition.total-mismatch", cell: "D10", why: "333 = 325 + 8" },
      { rule: "composition.total-mismatch", cell: "D11", why: "325 = 320 + 5" },
      { rule: "input.unreadable-value", why: "the 序号 一–八, 建设内容 and the note are text" },
    ],
  },
};
