import type { CorpusLayout } from "../types";

// 和田地区财政局 2020-04-14: the 2020 农村环境整治资金 (统筹整合部分) passed on to the prefecture's seven counties and 和田市 — central
// 476万元 and autonomous-region 371.3万元, given county by county in two sentences; set out as the prefecture's usual 分配情况表.
export const layout: CorpusLayout = {
  id: "hotan-2020-rural-environment-integrated-allocation",
  source: {
    title: "关于2020年农村环境整治资金（统筹整合部分）分配情况公告公示（分配表据正文拟）",
    url: "https://xjht.gov.cn/article/show.php?itemid=290162",
    publisher: "和田地区财政局",
    date: "2020-04-14",
    changes:
      "The notice gives the sources (中央 476万元, 自治区 371.3万元) and each county's two amounts in prose. The table is laid out as the prefecture's " +
      "2018 notices were (县市 | 资金合计 | 中央资金 | 自治区资金 | 支出方向), with the eight places in the notice's order and a 合计 at the foot; the " +
      "county amounts are ours (they keep the published totals 476 and 371.30). Planted: 于田县's 资金合计 typed 119.95 where 63.85 + 48.10 = " +
      "111.95, so the column's foot 847.30 also misses its typed lines (855.30).",
  },
  classes: [
    "composition", "allocation-by-county", "row-total-column", "sources-as-columns", "direction-column", "two-decimal-wanyuan",
    "wanyuan-caption", "total-at-foot", "notes-under-table", "signoff-line", "table-from-prose", "prefecture-fund", "xinjiang",
  ],
  settings: { district: "和田地区" },
  sheets: [
    {
      name: "分配情况表",
      widths: [12, 12, 12, 12, 12],
      rows: [
        ["2020年农村环境整治资金（统筹整合部分）分配情况表", null, null, null, null],
        ["单位：万元", null, null, null, null],
        ["县市", "资金合计", "中央资金", "自治区资金", "支出方向"],
        ["皮山县", 108.7, 61.2, 47.5, "统筹整合"],
        ["墨玉县", 211.55, 121.35, 90.2, "统筹整合"],
        ["和田县", 141.2, 80.4, 60.8, "统筹整合"],
        ["洛浦县", 96.7, 55.1, 41.6, "统筹整合"],
        ["策勒县", 74.7, 42.3, 32.4, "统筹整合"],
        ["于田县", 119.95, 63.85, 48.1, "统筹整合"],
        ["民丰县", 5.45, 3.15, 2.3, "统筹整合"],
        ["和田市", 97.05, 48.65, 48.4, "统筹整合"],
        ["合计", 847.3, 476, 371.3, null],
        ["监督电话：2021866-6700", null, null, null, null],
        [null, null, null, "和田地区财政局", null],
        [null, null, null, "2020年4月14日", null],
      ],
      merges: ["A1:E1", "A2:E2", "A13:E13"],
      numberFormats: { "B4:D12": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配情况表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { A: "line", B: "amount", C: "amount:中央资金", D: "amount:自治区资金", E: "category" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "B9", why: "于田县: 资金合计 119.95, but 中央 63.85 + 自治区 48.10 = 111.95 (8.00 apart)" },
      {
        rule: "composition.total-mismatch",
        cell: "B12",
        why: "合计 847.30; the 资金合计 lines as typed add up to 108.70 + 211.55 + 141.20 + 96.70 + 74.70 + 119.95 + 5.45 + 97.05 = 855.30",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C12", why: "中央 61.20 + 121.35 + 80.40 + 55.10 + 42.30 + 63.85 + 3.15 + 48.65 = 476.00" },
      { rule: "composition.total-mismatch", cell: "D12", why: "自治区 47.50 + 90.20 + 60.80 + 41.60 + 32.40 + 48.10 + 2.30 + 48.40 = 371.30" },
      { rule: "composition.total-mismatch", cell: "B4", why: "皮山县 61.20 + 47.50 = 108.70; every other county's row adds up" },
      { rule: "composition.line-mismatch", why: "no unit or quantity columns" },
      { rule: "input.unreadable-value", cell: "A13", why: "the supervision phone line under the table" },
    ],
  },
};
