import type { CorpusLayout } from "../types";

// 河北省 城镇面貌三年大变样 2009: the press report (河北日报) prints each city's 城建项目计划 as a small grid — 城市 | 拆除面积（万平方米） |
// 投资额（亿元） | 项目（个） — for the eleven cities, with the province's totals in the lead (2711万平方米, 2607亿元, 1515个).
export const layout: CorpusLayout = {
  id: "hebei-2009-city-renewal-projects-by-city",
  source: {
    title: "全省城镇面貌三年大变样：各市城建项目计划（河北日报）",
    url: "http://latinshirley.com/ShowInfo_zxzk.asp?id=3235",
    publisher: "河北日报",
    date: "2009",
    changes:
      "Layout as the report prints it: the eleven cities in its order (石家庄 … 邯郸, with the spaced two-character names 承 德, 唐 山 …) " +
      "under 城市 | 拆除面积（万平方米） | 投资额（亿元） | 项目（个）; the report states the totals in its lead, here set as a 合计 row at the " +
      "foot. The city figures are ours (the 拆除面积 total kept at 2,711). Planted: 投资额 合计 typed 2,607 (the lead's figure) where the " +
      "cities add up to 2,596.",
  },
  classes: ["composition", "allocation-by-city", "cities-as-lines", "spaced-names", "count-column", "area-column", "total-at-foot", "whole-yiyuan", "yiyuan-in-header", "news-report", "province-level", "hebei"],
  sheets: [
    {
      name: "各市城建项目计划",
      widths: [12, 22, 18, 14],
      rows: [
        ["各市城建项目计划", null, null, null],
        ["城市", "拆除面积（万平方米）", "投资额（亿元）", "项目（个）"],
        ["石家庄", 396, 548, 121],
        ["承 德", 128, 102, 98],
        ["张家口", 224, 415, 152],
        ["秦皇岛", 105, 136, 179],
        ["唐 山", 152, 252, 192],
        ["廊 坊", 198, 209, 177],
        ["保 定", 417, 281, 82],
        ["沧 州", 380, 146, 50],
        ["衡 水", 131, 83, 78],
        ["邢 台", 203, 127, 246],
        ["邯 郸", 377, 297, 138],
        ["合计", 2711, 2607, 1513],
        ["来源：河北日报", null, null, null],
      ],
      merges: ["A1:D1", "A15:D15"],
    },
  ],
  settings: { district: "河北省" },
  expect: {
    tables: [
      { sheet: "各市城建项目计划", kind: "composition", unit: "亿元", headerRow: 2, lastRow: 14, columns: { A: "line", C: "amount" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C14", why: "投资额 合计 2,607; the cities add up to 548 + 102 + 415 + 136 + 252 + 209 + 281 + 146 + 83 + 127 + 297 = 2,596 (11亿元 less)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "B14", why: "拆除面积 2,711 = 396 + 128 + 224 + 105 + 152 + 198 + 417 + 380 + 131 + 203 + 377 (an area, not money)" },
      { rule: "composition.total-mismatch", cell: "D14", why: "项目 1,513 = the cities' counts added (a count, not money)" },
      { rule: "composition.line-mismatch", why: "拆除面积 and 项目（个） are not a unit price and quantity of the 投资额" },
      { rule: "register.ineligible-location", why: "the cities are all of 河北省" },
      { rule: "composition.total-mismatch", cell: "A15", why: "the source line is not a line of the table" },
    ],
  },
};
