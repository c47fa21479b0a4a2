import type { CorpusLayout } from "../types";

// 山西省农业农村厅 2020-03: seven 2020年度农业产业强镇建设项目 recommended after county application, city recommendation and review (公示 to
// 3月17日) — 新荣区破鲁堡乡, 应县南河种镇, 神池县东湖乡, 阳曲县东黄水镇, 高平市原村乡, 浮山县张庄乡, 临猗县耽子镇. Laid out as the province's
// project table: 市 | 县（市、区） | 乡（镇） | 主导产业, then 计划投资 merged over 合计 | 中央财政奖补资金 | 地方及经营主体自筹.
export const layout: CorpusLayout = {
  id: "shanxi-2020-agri-strong-town-projects",
  source: {
    title: "山西省拟推荐7个2020年度农业产业强镇建设项目（项目表据公示正文拟）",
    url: "http://www.ttyuo.cn/i-3046.html",
    publisher: "山西省农业农村厅（来源：山西省政府网）",
    date: "2020-03",
    changes:
      "As published: the seven towns in their counties and the project names (…2020年农业产业强镇建设项目), the review steps and the 公示 to 3月17日. The page gives " +
      "no table and no money: the table, the 市 column, 主导产业 and every figure are ours (each town 1,000万元 of central money, the national standard for the " +
      "programme, the rest raised locally). Planted: 阳曲县东黄水镇 合计 typed 2,850 over parts 1,000 + 1,800 = 2,800, so the 合计 foot (19,700, the parts' sum) " +
      "also misses its lines as typed (19,750).",
  },
  classes: [
    "composition", "allocation-by-project", "merged-money-header", "row-total-column", "total-column-first", "city-and-county-columns", "towns-as-places",
    "category-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "province-fund", "shanxi",
  ],
  settings: { district: "山西省" },
  sheets: [
    {
      name: "项目表",
      widths: [6, 10, 12, 12, 40, 14, 12, 14, 16],
      rows: [
        ["山西省2020年度农业产业强镇建设项目拟推荐名单", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "市", "县（市、区）", "乡（镇）", "项目名称", "主导产业", "计划投资", null, null],
        [null, null, null, null, null, null, "合计", "中央财政奖补资金", "地方及经营主体自筹"],
        [1, "大同市", "新荣区", "破鲁堡乡", "新荣区破鲁堡乡2020年农业产业强镇建设项目", "杂粮", 2600, 1000, 1600],
        [2, "朔州市", "应县", "南河种镇", "应县南河种镇2020年农业产业强镇建设项目", "蔬菜", 3200, 1000, 2200],
        [3, "忻州市", "神池县", "东湖乡", "神池县东湖乡2020年农业产业强镇建设项目", "胡麻", 2150, 1000, 1150],
        [4, "太原市", "阳曲县", "东黄水镇", "阳曲县东黄水镇2020年农业产业强镇建设项目", "小米", 2850, 1000, 1800],
        [5, "晋城市", "高平市", "原村乡", "高平市原村乡2020年农业产业强镇建设项目", "蔬菜", 3500, 1000, 2500],
        [6, "临汾市", "浮山县", "张庄乡", "浮山县张庄乡2020年农业产业强镇建设项目", "肉羊", 2400, 1000, 1400],
        [7, "运城市", "临猗县", "耽子镇", "临猗县耽子镇2020年农业产业强镇建设项目", "果品", 3050, 1000, 2050],
        ["合计", null, null, null, null, null, 19700, 7000, 12700],
        ["注：中央财政奖补资金每镇1000万元，其余由地方财政和新型农业经营主体自筹。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:I3", "A12:F12", "A13:I13"],
      numberFormats: { "G5:I12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { F: "category", E: "line", G: "amount", H: "amount:中央财政奖补资金", I: "amount:地方及经营主体自筹" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "G8", why: "阳曲县东黄水镇 合计 2,850 ≠ 1,000 + 1,800 = 2,800" },
      { rule: "composition.total-mismatch", cell: "G12", why: "合计 foot 19,700 ≠ the lines as typed: 2,600 + 3,200 + 2,150 + 2,850 + 3,500 + 2,400 + 3,050 = 19,750" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "H12", why: "7 × 1,000 = 7,000" },
      { rule: "composition.total-mismatch", cell: "I12", why: "1,600 + 2,200 + 1,150 + 1,800 + 2,500 + 1,400 + 2,050 = 12,700" },
      { rule: "composition.total-mismatch", cell: "G5", why: "2,600 = 1,000 + 1,600 (every other row agrees across too)" },
      { rule: "register.ineligible-location", why: "the seven towns lie in counties of 山西省" },
      { rule: "cap.unknown-policy", why: "a project table of towns, no firms rewarded: no register" },
    ],
  },
};
