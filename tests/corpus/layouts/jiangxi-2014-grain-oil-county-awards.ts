import type { CorpusLayout } from "../types";

// 江西省财政厅 2014-10: central awards for 46 产粮大县 (11.36亿元, 南昌县、丰城市、鄱阳县 as 超级产粮大县), 产油大县 (1.2亿元) and the
// 商品粮大省 award (2亿元), as a three-line table; the 合计 typed 1亿元 over its lines.
export const layout: CorpusLayout = {
  id: "jiangxi-2014-grain-oil-county-awards",
  source: {
    title: "中央财政下拨11亿元奖励江西46个产粮大县（奖励资金表据报道拟）",
    url: "http://chengdu.baogaosu.com/xinwen/%25E4%25B8%25AA%25E4%25BA%25A7%25E7%25B2%25AE%25E5%25A4%25A7%25E5%258E%25BF/25371049",
    publisher: "人民网（据江西省财政厅）",
    date: "2014-10-21",
    changes:
      "The page is a news report; the table is ours (表据正文拟). As published: 46 县（市、区） listed by 财政部 as 产粮大县 with 南昌县、丰城市、鄱阳县 as " +
      "超级产粮大县, 11.36亿元 for them, 1.2亿元 产油大县 awards and 2亿元 商品粮大省 award. Ours: the table's wording, the 用途 column. Planted: the 合计 " +
      "typed 146,600 where the three lines add up to 145,600.",
  },
  classes: ["composition", "award-kinds-as-lines", "count-in-text", "text-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "central-transfer", "jiangxi"],
  settings: { district: "江西省" },
  sheets: [
    {
      name: "奖励资金",
      widths: [6, 22, 46, 14],
      rows: [
        ["2014年中央财政下达江西省产粮（油）大县及商品粮大省奖励资金表（表据报道拟）", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "奖励资金项目", "奖励对象", "下达金额"],
        [1, "产粮大县奖励资金", "46个产粮大县（其中南昌县、丰城市、鄱阳县为超级产粮大县）", 113600],
        [2, "产油大县奖励资金", "产油大县", 12000],
        [3, "商品粮大省奖励资金", "江西省（省级统筹）", 20000],
        ["合计", null, null, 146600],
        ["注：奖励资金用于调动地方政府抓好粮食生产的积极性，缓解产粮大县财政困难，促进粮食制种产业发展。", null, null, null],
      ],
      merges: ["A1:D1", "A7:C7", "A8:D8"],
      numberFormats: { "D4:D7": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖励资金",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: { B: "line", D: "amount" },
        year: 2014,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D7", why: "合计 146,600; 113,600 + 12,000 + 20,000 = 145,600 (1亿元 too much)" },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "the 46 in the 奖励对象 text is no quantity column" },
      { rule: "register.ineligible-location", why: "no register; 南昌县、丰城市、鄱阳县 are in 江西省" },
      { rule: "input.unreadable-value", cell: "C4", why: "奖励对象 is text" },
    ],
  },
};
