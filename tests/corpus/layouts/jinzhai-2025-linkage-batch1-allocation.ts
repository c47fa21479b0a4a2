import type { CorpusLayout } from "../types";

// 金寨县 (安徽 六安) 2025: the county's first batch of 财政衔接资金 for 2025 — 中央 15587万元 (皖财农〔2024〕1179号) and 省级 7926万元
// (皖财农〔2024〕1314号), 23513万元 in all — allocated by kind (一、产业发展 二、基础设施 …) and within each kind by line, every figure split
// 中央 / 省级. Laid out as the allocation table the notice's outline gives: 合计 first, the source documents in the column headings.
export const layout: CorpusLayout = {
  id: "jinzhai-2025-linkage-batch1-allocation",
  source: {
    title: "金寨县2025年第一批财政衔接资金分配结果公告（表据正文拟）",
    url: "https://www.ahjinzhai.gov.cn/public/6617541/37744345.html",
    publisher: "金寨县人民政府",
    date: "2025-01",
    changes:
      "As published in the notice's prose: the sources and their documents (15587 + 7926 = 23513), 产业发展 14343.83 (中央 9504.83, 省级 4839) " +
      "with its seven lines and their splits, 基础设施建设 4825.52 (3534.3 / 1291.22) with 安全饮水 2000 and 以工代赈 689 (355 / 334). The stored " +
      "copy breaks off there: the other two 基础设施 lines, the third kind (其他项目 4343.65, the remainder) and its three lines are ours, chosen " +
      "so that every published figure still adds up; the table layout (序号 | 项目类别 | 合计 | 中央 | 省级 | 备注) is ours, laid out from the " +
      "notice's outline. Planted: 农业产业项目's 合计 written 5227 where 中央 2930 + 省级 2342 = 5272 (digits swapped), so 产业发展's lines " +
      "no longer add up to its 14343.83 either.",
  },
  classes: ["composition", "allocation-by-kind", "outline-numbering", "category-subtotals-above-lines", "total-row-first", "row-total-column", "money-by-level", "documents-in-headings", "dash-as-nothing", "wanyuan-caption", "notes-under-table", "anhui"],
  sheets: [
    {
      name: "分配表",
      widths: [6, 26, 12, 22, 22, 16],
      rows: [
        ["金寨县2025年第一批财政衔接资金分配表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "项目类别", "合计", "中央财政衔接资金（皖财农〔2024〕1179号）", "省级财政衔接资金（皖财农〔2024〕1314号）", "备注"],
        ["合计", null, 23513, 15587, 7926, null],
        ["一", "产业发展项目", 14343.83, 9504.83, 4839, null],
        [1, "千万工程产业项目", 3558.83, 2825, 733.83, null],
        [2, "农业产业项目", 5227, 2930, 2342, null],
        [3, "林业产业项目", 1042, 1042, "—", null],
        [4, "中药产业项目", 408, 300, 108, null],
        [5, "村集体经济项目", 1273, 1113, 160, null],
        [6, "旅游产业项目", 1740, 800, 940, null],
        [7, "金融帮扶项目", 1050, 494.83, 555.17, null],
        ["二", "基础设施建设项目", 4825.52, 3534.3, 1291.22, null],
        [1, "安全饮水项目", 2000, 2000, "—", null],
        [2, "以工代赈项目", 689, 355, 334, null],
        [3, "小型水利设施项目", 1136.52, 679.3, 457.22, null],
        [4, "农村道路项目", 1000, 500, 500, null],
        ["三", "其他项目", 4343.65, 2547.87, 1795.78, null],
        [1, "就业帮扶（雨露计划）", 1200, 1200, "—", null],
        [2, "小额信贷贴息", 1543.65, 747.87, 795.78, null],
        [3, "易地搬迁后续扶持", 1600, 600, 1000, null],
        ["注：根据12月26日县委农村工作领导小组会议精神分配；具体项目另行公告公示。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A4:B4", "A22:F22"],
      numberFormats: { "C4:E21": "0.00" },
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
        columns: { B: "line", C: "amount", D: "amount:中央", E: "amount:省级" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C7", why: "农业产业项目 合计 5,227.00 where 中央 2,930.00 + 省级 2,342.00 = 5,272.00: 45.00万元 short" },
      {
        rule: "composition.total-mismatch",
        cell: "C5",
        why: "产业发展项目 14,343.83 heads lines that add up to 3,558.83 + 5,227.00 + 1,042.00 + 408.00 + 1,273.00 + 1,740.00 + 1,050.00 = 14,298.83: 45.00万元 apart",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C4", why: "合计 23,513.00 = the three kinds 14,343.83 + 4,825.52 + 4,343.65 (the kinds are stated; their lines are not added in again)" },
      { rule: "composition.total-mismatch", cell: "D5", why: "中央 9,504.83 = 2,825 + 2,930 + 1,042 + 300 + 1,113 + 800 + 494.83" },
      { rule: "composition.total-mismatch", cell: "E5", why: "省级 4,839.00 = 733.83 + 2,342 + 108 + 160 + 940 + 555.17 (the dash is nothing)" },
      { rule: "composition.total-mismatch", cell: "C13", why: "4,825.52 = 2,000 + 689 + 1,136.52 + 1,000; 中央 3,534.30 and 省级 1,291.22 likewise" },
      { rule: "composition.total-mismatch", cell: "C18", why: "4,343.65 = 1,200 + 1,543.65 + 1,600; 中央 2,547.87 and 省级 1,795.78 likewise" },
      { rule: "input.unreadable-value", cell: "E8", why: "— means nothing: 林业产业项目 has no 省级 money" },
      { rule: "composition.line-mismatch", why: "no unit price or quantity" },
    ],
  },
};
