import type { CorpusLayout } from "../types";

// 渭南市发展和改革委员会 (渭南日报 2022-07-04): 农林水项目 this year won 5.1亿元 of 中省 project money — 农业 2亿元 (中央预算内: 高标准农田,
// 黄河流域农业面源污染治理, 畜禽粪污资源化利用整县推进), 林业 1.1亿元 (渭北5县重点区域生态修复), 水利 1.5亿元 (中央预算内和省级补助: 水库除险
// 加固, 坡耕地水土流失综合治理; 其中省级配套 0.27亿元), 以工代赈 0.5亿元. Laid out as the summary table such a report is written from:
// 序号 | 项目 | 资金来源 | 争取资金 | 其中：省级配套资金 in 亿元, categories 一、… with their projects, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "weinan-2022-agri-forestry-water-central-provincial-funds",
  source: {
    title: "渭南市争取农林水项目中省资金5.1亿元（2022年农林水项目争取中省资金情况表据报道拟）",
    url: "http://www.xibujuece.com/chengshi/shaanxi/weinan/2022/0704/128491.html",
    publisher: "渭南市发展和改革委员会（渭南日报报道）",
    date: "2022-07-04",
    changes:
      "As published: 5.1亿元 in all; 农业 2亿元, 林业 1.1亿元, 水利 1.5亿元 of which 省级配套 0.27亿元, 以工代赈 0.5亿元; the funds' sources and the " +
      "projects the report names. The report has no table: the layout, headings and note are ours, and so is each project's share (the report gives " +
      "only the four fields' sums). Planted: 水利项目 1.50 over its two projects typed 0.90 and 0.70 (1.60).",
  },
  classes: ["composition", "allocation-by-field", "category-rows-with-amounts", "projects-under-categories", "qizhong-column", "source-column", "total-at-foot", "two-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "news-report", "city-fund", "shaanxi"],
  settings: { district: "渭南市" },
  sheets: [
    {
      name: "中省资金",
      widths: [6, 34, 28, 12, 16],
      rows: [
        ["渭南市2022年农林水项目争取中省资金情况表（表据报道拟）", null, null, null, null],
        ["截至2022年6月29日", null, null, null, "单位：亿元"],
        ["序号", "项目", "资金来源", "争取资金", "其中：省级配套资金"],
        ["一", "农业项目", "中央预算内资金", 2.0, null],
        [1, "高标准农田建设项目", "中央预算内资金", 1.2, null],
        [2, "黄河流域农业面源污染治理项目", "中央预算内资金", 0.5, null],
        [3, "畜禽粪污资源化利用整县推进项目", "中央预算内资金", 0.3, null],
        ["二", "林业项目", "中省项目建设资金", 1.1, null],
        [1, "渭北5县重点区域生态修复", "中省项目建设资金", 1.1, null],
        ["三", "水利项目", "中央预算内资金和省级补助资金", 1.5, 0.27],
        [1, "水库除险加固工程", "中央预算内资金和省级补助资金", 0.9, 0.17],
        [2, "坡耕地水土流失综合治理工程", "中央预算内资金和省级补助资金", 0.7, 0.1],
        ["四", "以工代赈", "以工代赈资金", 0.5, null],
        [1, "易地扶贫搬迁后续扶持", "以工代赈资金", 0.3, null],
        [2, "以工代赈示范工程", "以工代赈资金", 0.2, null],
        ["合计", null, null, 5.1, 0.27],
        ["注：据市发改委统计，资金为2022年以来累计争取数。", null, null, null, null],
      ],
      merges: ["A1:E1", "A16:C16", "A17:E17"],
      numberFormats: { "D4:E16": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "中省资金", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 16, columns: { B: "line", D: "amount" }, year: 2022 },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "中省资金", cell: "D10", why: "水利项目 1.50 where its projects 0.90 + 0.70 = 1.60: 0.10亿元 apart (the 合计 adds the categories as typed, so the slip is reported once, here)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "中省资金", cell: "D16", why: "合计 5.10 = 农业 2.00 + 林业 1.10 + 水利 1.50 + 以工代赈 0.50, the categories as typed" },
      { rule: "composition.total-mismatch", sheet: "中省资金", cell: "D4", why: "农业项目 2.00 = 1.20 + 0.50 + 0.30" },
      { rule: "composition.total-mismatch", sheet: "中省资金", cell: "D13", why: "以工代赈 0.50 = 0.30 + 0.20" },
      { rule: "composition.total-mismatch", sheet: "中省资金", cell: "E10", why: "省级配套 0.27 = 0.17 + 0.10; a share of the 水利 money, never added into the 合计 of 争取资金" },
      { rule: "composition.total-mismatch", sheet: "中省资金", cell: "E16", why: "省级配套 合计 0.27 = the 水利 line's 0.27" },
      { rule: "input.unreadable-value", sheet: "中省资金", cell: "A17", why: "the note under the table is no line" },
    ],
  },
};
