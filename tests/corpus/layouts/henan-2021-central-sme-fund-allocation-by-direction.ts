import type { CorpusLayout } from "../types";

// 河南省财政厅 2021-10 (news report): 1.9亿元 of 中央中小企业发展专项补助资金 passed down — 5460万元 for 27 first-batch 国家级专精特新
// 重点“小巨人”, 3040万元 for 3 + 20 中小企业公共服务示范平台, 2200万元 for 3 实体经济开发区 (航空港, 许昌经开区, 焦作高新区); the rest of the
// report is cut off. Laid out as a 分方向 下达表: 序号 | 支持方向 | 支持对象 | 数量（个） | 下达资金, the rest on one line, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "henan-2021-central-sme-fund-allocation-by-direction",
  source: {
    title: "河南省财政下达中央中小企业发展专项补助资金1.9亿元（分方向下达表据报道拟）",
    url: "http://bjyian.cn/newsarticle/16963",
    publisher: "河南省财政厅（报道）",
    date: "2021-10-11",
    changes:
      "As published: the 1.9亿元 total and the three directions with their counts and sums. The stored copy stops there: the remaining 8,300万元 " +
      "is one line of ours (其他方向). Planted: that line typed 8,800, so the lines add to 19,500 against the 合计 19,000.",
  },
  classes: [
    "composition", "allocation-by-direction", "count-column", "remainder-line", "whole-wanyuan", "wanyuan-in-header", "total-at-foot",
    "notes-under-table", "table-from-prose", "news-report", "province-level", "henan",
  ],
  settings: { district: "河南省" },
  sheets: [
    {
      name: "下达表",
      widths: [6, 28, 40, 12, 16],
      rows: [
        ["2021年中央中小企业发展专项补助资金分方向下达表", null, null, null, null],
        ["序号", "支持方向", "支持对象", "数量（个）", "下达资金（万元）"],
        [1, "提升企业创新能力", "第一批国家级专精特新重点“小巨人”企业", 27, 5460],
        [2, "提升企业服务能力", "国家（省级）及省级以上中小企业公共服务示范平台", 23, 3040],
        [3, "打造创新创业特色载体", "郑州航空港综合实验区、许昌经济技术开发区、焦作高新技术产业开发区", 3, 2200],
        [4, "其他方向", "（报道未列明）", null, 8800],
        ["合计", null, null, null, 19000],
        ["注：公共服务示范平台含工信部确定的第一批国家（或省级）示范平台3家和省级及以上示范平台20家。", null, null, null, null],
      ],
      merges: ["A1:E1", "A7:D7", "A8:E8"],
      numberFormats: { "E3:E7": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "下达表", kind: "composition", unit: "万元", headerRow: 2, lastRow: 7, columns: { B: "category", C: "line", D: "quantity", E: "amount" }, year: 2021 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E7", why: "5,460 + 3,040 + 2,200 + 8,800 = 19,500, the 合计 says 19,000" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "E3", why: "5,460 for 27 firms: no per-firm standard is stated, so no unit × quantity check" },
      { rule: "composition.line-mismatch", cell: "E5", why: "2,200 for 3 zones: no unit amount stated" },
      { rule: "register.ineligible-location", cell: "C5", why: "the three zones are in 河南省 (and this is no register)" },
      { rule: "input.unreadable-value", cell: "A8", why: "the note under the table is no data" },
    ],
  },
};
