import type { CorpusLayout } from "../types";

// 精河县 (新疆博州) 2025: the 中央、自治区财政衔接推进乡村振兴补助资金 laid out over 16 projects — 资金来源 as numbered prose lines
// above, then 序号 | 项目名称 | 资金来源 | 资金规模（万元） | 项目实施单位 with the total FIRST (16个项目合计 merged over three columns).
export const layout: CorpusLayout = {
  id: "jinghe-2025-linkage-fund-project-allocation",
  source: {
    title: "精河县2025年中央、自治区财政衔接推进乡村振兴补助资金安排使用情况公示（三、精河县2025年中央、自治区财政衔接推进乡村振兴补助资金分配表）",
    url: "https://www.xjjh.gov.cn/info/2561/198204.htm",
    publisher: "精河县人民政府",
    changes:
      "As published: the 资金来源 lines (结余17.49万元, 博州财振〔2024〕5号 中央2065万元, 博州财振〔2024〕6号 自治区4958万元), the table's title, its five " +
      "headings, the total row first (16个项目合计 | 7040.49) and the first six projects' names, sources and 实施单位. The stored copy stops after " +
      "project 6: projects 7–16 are ours, and so are all amounts (close to the published ones for 1–6). Planted: project 9 typed 805 where the " +
      "total 7040.49 needs 850 — the lines add up to 6,995.49.",
  },
  classes: [
    "composition", "allocation-by-project", "total-row-first", "total-label-merged", "source-text-column", "unit-in-header", "prose-lines-above",
    "two-decimal-wanyuan", "implementing-unit-column", "county-level", "linkage-fund", "xinjiang",
  ],
  settings: { district: "精河县" },
  sheets: [
    {
      name: "分配表",
      widths: [8, 44, 14, 14, 24],
      rows: [
        ["一、资金来源", null, null, null, null],
        ["1.2024年财政衔接推进乡村振兴补助结余17.49万元。", null, null, null, null],
        ["2.博州财政局《关于提前下达2025年中央财政衔接推进乡村振兴补助资金预算的通知》（博州财振〔2024〕5号）文件，下达中央财政专项资金2065万元。", null, null, null, null],
        ["3.博州财政局《关于提前下达2025年自治区财政衔接推进乡村振兴补助资金预算的通知》（博州财振〔2024〕6号）文件，下达自治区财政专项资金4958万元。", null, null, null, null],
        ["三、资金安排使用情况", null, null, null, null],
        ["精河县2025年中央、自治区财政衔接推进乡村振兴补助资金分配表", null, null, null, null],
        ["序号", "项目名称", "资金来源", "资金规模（万元）", "项目实施单位"],
        ["16个项目合计", null, null, 7040.49, null],
        [1, "精河县托里镇牛羊肉禽类屠宰场项目", "中央、自治区", 980, "托里镇人民政府"],
        [2, "精河县大河沿子镇呼和哈夏南村食品加工厂项目", "中央", 176, "大河沿子镇人民政府"],
        [3, "精河县托里镇滴灌带（贴片）产能提升项目", "中央", 310, "托里镇人民政府"],
        [4, "精河县托托镇苗圃基地建设项目", "中央", 26, "托托镇人民政府"],
        [5, "2025年精河县“健康饮茶”“送茶入户”项目", "中央", 23, "精河县党委统战部"],
        [6, "精河县阿合其农场农业机械项目", "中央", 85, "阿合其农场管理委员会"],
        [7, "精河县茫丁乡枸杞烘干冷链项目", "自治区", 620, "茫丁乡人民政府"],
        [8, "精河县八家户农场设施农业大棚项目", "自治区", 540, "八家户农场管理委员会"],
        [9, "精河县大河沿子镇高标准农田配套项目", "自治区", 805, "大河沿子镇人民政府"],
        [10, "精河县托里镇农村供水管网改造项目", "自治区", 700, "托里镇人民政府"],
        [11, "精河县托托镇村内道路硬化项目", "自治区", 460, "托托镇人民政府"],
        [12, "精河县茫丁乡人居环境整治项目", "自治区", 380, "茫丁乡人民政府"],
        [13, "精河县2025年雨露计划补助项目", "中央", 96, "精河县农业农村局"],
        [14, "精河县2025年脱贫人口小额信贷贴息项目", "中央", 180, "精河县农业农村局"],
        [15, "精河县精河镇农产品展销中心项目", "自治区", 1100, "精河镇人民政府"],
        [16, "精河县托里镇设施葡萄种植基地项目", "中央、自治区", 514.49, "托里镇人民政府"],
      ],
      merges: ["A1:E1", "A2:E2", "A3:E3", "A4:E4", "A5:E5", "A6:E6", "A8:C8"],
      numberFormats: { "D8:D24": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 7,
        lastRow: 24,
        columns: { B: "line", C: "category", D: "amount" },
        year: 2025,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D8",
        why: "16个项目合计 7,040.49; the projects add up to 980+176+310+26+23+85+620+540+805+700+460+380+96+180+1,100+514.49 = 6,995.49 (45.00万元 apart)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D9", why: "the total stands first: row 9 is project 1, not a subtotal of the rows under it" },
      { rule: "composition.total-mismatch", cell: "A3", why: "2065 + 4958 + 17.49 = 7,040.49 in the prose lines above agrees with the table's total; they are no table" },
      { rule: "input.unreadable-value", cell: "C9", why: "资金来源 中央、自治区 is text naming the sources" },
      { rule: "composition.line-mismatch", why: "no unit price or quantity" },
      { rule: "cap.unknown-policy", why: "an allocation among projects, no register" },
      { rule: "register.ineligible-location", why: "no register; 托里镇, 大河沿子镇, 托托镇, 茫丁乡, 精河镇 and the 农场 are of 精河县" },
    ],
  },
};
