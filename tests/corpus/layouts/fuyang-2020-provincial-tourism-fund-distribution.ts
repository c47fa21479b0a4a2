import type { CorpusLayout } from "../types";

// 阜阳市 2020-11-09 公示: the city's share of the province's 2020 tourism money (皖文旅函〔2020〕435号) split three ways, in prose for
// 旅游名村 (10万元 a village) and 旅游商品 (5 / 3万元 a 金奖 / 银奖), and as a table for 旅游厕所 by county: 厕所数量, then 拟建等级 over
// A | AA | AAA | 备注 (a 0 where there is no remark), 拨付金额 to three decimals, a 合计 row numbered 9 like the counties.
export const layout: CorpusLayout = {
  id: "fuyang-2020-provincial-tourism-fund-distribution",
  source: {
    title: "关于阜阳市《2020年省级旅游类资金分配方案》的公示（附件：2020年省级旅游类资金分配方案）",
    url: "http://wotao.org.cn/display.asp?id=13794",
    publisher: "阜阳市（文化和旅游部门）",
    date: "2020-11-09",
    changes:
      "As published: the title, the opening paragraph's wording, the three headings and their order, the prose of 一 and 二, and the toilet table's " +
      "layout (序号 | 行政区域 | 厕所数量 | 拟建等级 over A / AA / AAA / 备注 | 拨付金额, 0 in 备注 where there is no remark, 合计 numbered 9, no unit " +
      "caption) and its eight counties in their order. Ours: every count and amount, the remarks, and the headings' totals (the published toilet " +
      "amounts imply 1.1 / 2.185 / 3.3万元 a toilet by grade, which we keep: each county's amount is its counts times these); the note's closing " +
      "words, cut off in the stored copy after 按照往年惯例，A旅游. Planted: 合计 拨付金额 110.895 where the counties add up to 109.895.",
  },
  classes: ["composition", "allocation-by-county", "prose-sections-above-table", "grade-count-columns", "merged-header-over-four", "two-header-rows", "remark-as-zero", "total-row-numbered", "three-decimal-wanyuan", "no-unit-caption", "unit-in-heading", "notes-under-table", "anhui"],
  settings: { district: "阜阳市" },
  sheets: [
    {
      name: "分配方案",
      widths: [6, 12, 10, 8, 8, 8, 12, 12],
      rows: [
        ["2020年省级旅游类资金分配方案", null, null, null, null, null, null, null],
        ["根据《安徽省文化和旅游厅关于下达2020年省级旅游类资金的通知》（皖文旅函〔2020〕435号）精神，我市分配到2020年度旅游公共服务设施及5A景区创建绩效奖补资金165.895万元，结合我市公共服务设施及品牌创建情况，制定分配如下：", null, null, null, null, null, null, null],
        ["一、旅游名村（40万元）", null, null, null, null, null, null, null],
        ["颍州区西湖镇、颍上县王岗镇、界首市邴集乡、临泉县姜寨镇等4个村入选安徽省百家乡村旅游（扶贫）示范村名单，每个村各10万元。", null, null, null, null, null, null, null],
        ["二、旅游商品（16万元）", null, null, null, null, null, null, null],
        ["界首市、临泉县、颍州区企业4件商品分别荣获2019中国特色旅游商品大赛金奖、银奖。金奖企业5万元/家，银奖企业3万元/家。", null, null, null, null, null, null, null],
        ["三、旅游厕所（109.895万元）", null, null, null, null, null, null, null],
        ["序号", "行政区域", "厕所数量", "拟建等级", null, null, null, "拨付金额"],
        [null, null, null, "A", "AA", "AAA", "备注", null],
        [1, "临泉县", 12, 0, 2, 10, "1座未完工", 37.37],
        [2, "颍上县", 7, 1, 2, 4, 0, 18.67],
        [3, "颍州区", 3, 0, 1, 2, "补录1座", 8.785],
        [4, "太和县", 5, 1, 1, 3, 0, 13.185],
        [5, "颍泉区", 4, 2, 0, 2, 0, 8.8],
        [6, "界首市", 4, 0, 0, 4, 0, 13.2],
        [7, "阜南县", 2, 0, 1, 1, 0, 5.485],
        [8, "颍东区", 2, 1, 0, 1, 0, 4.4],
        [9, "合计", 39, 5, 7, 27, 0, 110.895],
        ["按照往年惯例，A旅游厕所每座补助1.1万元，AA旅游厕所每座补助2.185万元，AAA旅游厕所每座补助3.3万元。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:H2", "A3:H3", "A4:H4", "A5:H5", "A6:H6", "A7:H7", "A8:A9", "B8:B9", "C8:C9", "D8:G8", "H8:H9", "A19:H19"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配方案",
        kind: "composition",
        unit: "万元",
        headerRow: 8,
        lastRow: 18,
        columns: { B: "line", C: "quantity", H: "amount" },
        year: 2020,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "H18",
        why: "合计 110.895 where the counties give 37.37 + 18.67 + 8.785 + 13.185 + 8.8 + 13.2 + 5.485 + 4.4 = 109.895: 1.000万元 apart (amounts shown to three decimals)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C18", why: "厕所数量 39 = 12 + 7 + 3 + 5 + 4 + 4 + 2 + 2" },
      { rule: "composition.total-mismatch", cell: "D18", why: "A 5 = 1 + 1 + 2 + 1; AA 7 and AAA 27 add up too, and 5 + 7 + 27 = 39" },
      { rule: "composition.total-mismatch", cell: "G18", why: "备注 0 is the published way of saying no remark, not an amount" },
      { rule: "composition.line-mismatch", why: "no unit amount column: each county's amount mixes three grades (临泉 2 × 2.185 + 10 × 3.3 = 37.37), so no line is unit × quantity of one column" },
      { rule: "composition.line-rounded", why: "as above; the grade standards are only in the note" },
      { rule: "composition.total-mismatch", cell: "A18", why: "the 9 before 合计 is its row number, not an amount" },
      { rule: "input.unreadable-value", why: "备注 text (1座未完工, 补录1座), the headings with their amounts in brackets and the prose paragraphs are text by nature" },
    ],
  },
};
