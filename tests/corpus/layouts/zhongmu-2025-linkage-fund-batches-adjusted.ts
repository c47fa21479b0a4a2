import type { CorpusLayout } from "../types";

// 中牟新区 (郑州) 2025: the 第一二三四六七批 衔接资金 projects after adjustment, batch by batch — 项目个数, 资金 and its sources 中央 | 省级 | 市级 | 县级
// (each with its 豫财农综 / 郑财预 / 牟财预 document), 实施地点 a list of 街道 and 镇. Laid out as one row a batch.
export const layout: CorpusLayout = {
  id: "zhongmu-2025-linkage-fund-batches-adjusted",
  source: {
    title: "中牟新区2025年第一二三四六七批衔接资金项目资金调整后批复情况公告公示（批次汇总表据正文拟）",
    url: "https://www.zhongmu.gov.cn/tzgg/9695359.jhtml",
    publisher: "中牟新区（中牟县）财政局、农业农村局",
    date: "2025",
    changes:
      "The notice gives each batch as a numbered paragraph (项目个数, 资金, 其中 中央 / 省级 / 市级 / 县级 with their documents, 实施地点); the table " +
      "(批次 | 项目个数（个） | 资金合计 | 中央资金 | 省级资金 | 市级资金 | 县级资金 | 实施地点, 单位：万元, a 合计 row) is laid out from it. The seventh batch is cut " +
      "off in the stored copy and left out. Figures are ours, near the published ones. Planted: the fourth batch's 县级资金 typed 217.9 for 271.9, so its " +
      "row misses its 资金合计 1,042.4 and the 县级 column misses its foot 2,180.3.",
  },
  classes: ["composition", "allocation-by-batch", "money-by-level", "row-total-column", "count-column", "dash-for-nothing", "place-list-column", "streets-and-towns-as-places", "one-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "linkage-fund", "table-from-prose", "county-fund", "henan"],
  settings: { district: "中牟县" },
  sheets: [
    {
      name: "批次汇总",
      widths: [10, 10, 12, 10, 10, 10, 10, 44],
      rows: [
        ["中牟新区2025年衔接资金项目资金调整后批复情况表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["批次", "项目个数（个）", "资金合计", "中央资金", "省级资金", "市级资金", "县级资金", "实施地点"],
        ["第一批", 6, 852.5, 440, 92, 320.5, "—", "大孟街道、广惠街街道"],
        ["第二批", 15, 2360.7, 365, 358, 756.6, 881.1, "大孟街道、广惠街街道、青年路街道、韩寺镇、官渡镇、雁鸣湖镇"],
        ["第三批", 4, 1470.2, 523, "—", 64, 883.2, "青年路街道、韩寺镇"],
        ["第四批", 9, 1042.4, 278, 163, 329.5, 217.9, "大孟街道、官渡镇、韩寺镇、雁鸣湖镇、姚家镇"],
        ["第六批", 4, 522.7, 121, "—", 257.6, 144.1, "大孟街道、韩寺镇、姚家镇"],
        ["合计", 38, 6248.5, 1727, 613, 1728.2, 2180.3, null],
        ["注：中央资金、省级资金见豫财农综〔2024〕22号、豫财农综〔2025〕3号、豫财农综〔2025〕16号；市级资金见郑财预〔2025〕2号；县级资金见牟财预〔2025〕1号。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A10:H10"],
      numberFormats: { "C4:G9": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "批次汇总",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "quantity", C: "amount", D: "amount:中央资金", E: "amount:省级资金", F: "amount:市级资金", G: "amount:县级资金" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C7", why: "第四批: 278 + 163 + 329.5 + 217.9 = 988.4; its 资金合计 states 1,042.4 (54.0 more)" },
      { rule: "composition.total-mismatch", cell: "G9", why: "县级 as typed: 881.1 + 883.2 + 217.9 + 144.1 = 2,126.3; the 合计 states 2,180.3 (54.0 more)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C9", why: "852.5 + 2,360.7 + 1,470.2 + 1,042.4 + 522.7 = 6,248.5 = 1,727 + 613 + 1,728.2 + 2,180.3" },
      { rule: "composition.total-mismatch", cell: "C4", why: "第一批 440 + 92 + 320.5 = 852.5, the dash adding nothing" },
      { rule: "composition.total-mismatch", cell: "B9", why: "6 + 15 + 4 + 9 + 4 = 38 projects" },
      { rule: "composition.total-mismatch", cell: "D9", why: "440 + 365 + 523 + 278 + 121 = 1,727" },
      { rule: "composition.line-mismatch", why: "the project count is no quantity × standard" },
      { rule: "input.unreadable-value", why: "the dashes, the place lists and the note are text" },
    ],
  },
};
