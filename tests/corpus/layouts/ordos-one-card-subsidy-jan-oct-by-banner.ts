import type { CorpusLayout } from "../types";

// 北方新闻网: 鄂尔多斯 paid 437,033.05万元 of subsidies through the 财政补贴资金“一卡通” in 1—10月 — 中央、自治区补贴 231,939.39 and 市级和
// 旗区自行发放 205,093.66 — with the amount by 旗区 ranked (伊金霍洛旗 182,075.32 first … 康巴什区 3,622.56). Laid out as the city's table by
// 旗区: 序号 | 旗区 | 发放补贴资金（万元）(合计 | 其中：中央、自治区补贴 | 市级和旗区自行发放补贴) | 惠及人次, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "ordos-one-card-subsidy-jan-oct-by-banner",
  source: {
    title: "鄂尔多斯市发放“一卡通”财政补贴超43亿元（1—10月分旗区发放情况表据正文拟）",
    url: "http://www.northnews.cn/p/2158813.html",
    publisher: "鄂尔多斯市财政局（北方新闻网报道）",
    changes:
      "As published (in prose): the nine 旗区 ranked by the money paid, the split of the whole into 中央、自治区补贴 and 市级和旗区自行发放补贴, and " +
      "the 人次. Laid out as a table by 旗区 in the published order; every figure is ours (our 合计 438,129.92, not 437,033.05), the split by 旗区 " +
      "too. Planted: 乌审旗's 合计 typed 39,281.77 where 21,026.35 + 18,192.42 = 39,218.77; the 合计 column's foot, 438,129.92, is the parts' " +
      "feet and so misses the column as typed by the same 63.00.",
  },
  classes: [
    "composition", "by-banner", "row-total-across", "qizhong-columns", "merged-group-header", "counts-column", "two-decimal-wanyuan",
    "unit-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "city-fund", "neimenggu",
  ],
  settings: { district: "鄂尔多斯市" },
  sheets: [
    {
      name: "分旗区",
      widths: [6, 14, 14, 18, 18, 12],
      rows: [
        ["鄂尔多斯市1—10月财政补贴资金“一卡通”分旗区发放情况表", null, null, null, null, null],
        ["序号", "旗区", "发放补贴资金（万元）", null, null, "惠及人次"],
        [null, null, "合计", "其中：中央、自治区补贴", "市级和旗区自行发放补贴", null],
        [1, "伊金霍洛旗", 180563.42, 79140.93, 101422.49, 1126485],
        [2, "达拉特旗", 58206.37, 31844.52, 26361.85, 402817],
        [3, "鄂托克旗", 43862.19, 22940.06, 20922.13, 296354],
        [4, "乌审旗", 39281.77, 21026.35, 18192.42, 271908],
        [5, "准格尔旗", 39127.85, 20163.48, 18964.37, 288126],
        [6, "杭锦旗", 38745.30, 21672.81, 17072.49, 265731],
        [7, "鄂托克前旗", 30512.64, 16498.27, 14014.37, 203472],
        [8, "东胜区", 4318.46, 1702.15, 2616.31, 41295],
        [9, "康巴什区", 3574.92, 1386.40, 2188.52, 30103],
        ["合计", null, 438129.92, 216374.97, 221754.95, 2926291],
        ["注：补贴资金涉及农业、牧业、林业、教育、计划生育、建设、社保、工资8个领域，通过财政补贴资金“一卡通”直接发放到人到户。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:A3", "B2:B3", "C2:E2", "F2:F3", "A13:B13", "A14:F14"],
      numberFormats: { "C4:E13": "#,##0.00", "F4:F13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分旗区",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "line", C: "amount", D: "amount:中央、自治区补贴", E: "amount:市级和旗区自行发放补贴" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "分旗区", cell: "C7", why: "乌审旗 合计 39,281.77; its parts 21,026.35 + 18,192.42 = 39,218.77 (63.00 apart)" },
      { rule: "composition.total-mismatch", sheet: "分旗区", cell: "C13", why: "合计 438,129.92; the nine 合计 as typed add up to 438,192.92 (63.00 apart): the same slip at the column's foot" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D13", why: "中央、自治区补贴 216,374.97 = the nine lines" },
      { rule: "composition.total-mismatch", cell: "E13", why: "市级和旗区自行发放补贴 221,754.95 = the nine lines" },
      { rule: "composition.total-mismatch", cell: "C4", why: "伊金霍洛旗 180,563.42 = 79,140.93 + 101,422.49" },
      { rule: "composition.line-mismatch", cell: "F4", why: "惠及人次 counts people paid, no quantity the money is a standard of" },
      { rule: "register.ineligible-location", cell: "B11", why: "东胜区, 康巴什区 and the seven banners all lie in 鄂尔多斯市" },
      { rule: "input.unreadable-value", cell: "A14", why: "the note under the table" },
    ],
  },
};
