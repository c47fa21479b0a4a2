import type { CorpusLayout } from "../types";

// 河北新闻网 2017-12-18 (省扶贫办): 京津270个帮扶项目覆盖河北1300多个贫困村 — 270 projects for 2016—2017 (北京市 216, 天津市 54); 北京市's 13
// districts help 16 县区 of 张家口、承德、保定, 天津市's 5 districts help 5 counties of 承德; 2016—2020 北京 35.68亿元 and 天津 12亿元 arranged, of
// which 2016—2017 北京 11.4亿元 and 天津 4亿元 put in. Laid out as the helpers (一、北京市 / 二、天津市, each with its 小计) over the cities helped.
export const layout: CorpusLayout = {
  id: "hebei-2016-2017-beijing-tianjin-paired-assistance-funds",
  source: {
    title: "京津270个帮扶项目覆盖河北1300多个贫困村（京津对口帮扶资金分市表据正文拟）",
    url: "http://m.hebnews.cn/mlxc/2017-12/18/content_6716759.htm",
    publisher: "河北新闻网",
    date: "2017-12-18",
    changes:
      "As reported: the helpers and the cities they help (北京市 13个区 → 张家口市、承德市、保定市 16个县区; 天津市 5个区 → 承德市 5个县), the projects " +
      "(216 + 54 = 270) and the money (2016—2020年 35.68 + 12 亿元; 2016—2017年 11.4 + 4 亿元). The report runs them as sentences (table-from-prose) and " +
      "gives no split by city: 北京市's split over its three cities (县区数, 项目, both sums) is ours, adding up to the reported figures. Planted: 北京市 → " +
      "承德市's 2016—2020年 sum typed 11.29 where the 小计 35.68 needs 11.92 (the cities add up to 35.05).",
  },
  classes: [
    "composition", "allocation-by-city", "helper-sections-with-subtotals", "subtotal-rows", "two-money-columns", "count-columns", "yiyuan-caption",
    "two-decimal-yiyuan", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "paired-assistance", "province-level", "hebei",
  ],
  settings: { district: "河北省" },
  sheets: [
    {
      name: "京津帮扶资金",
      widths: [8, 20, 12, 14, 20, 20],
      rows: [
        ["京津对口帮扶河北贫困县区资金情况", null, null, null, null, null],
        [null, null, null, null, null, "单位：个、亿元"],
        ["序号", "受援市", "受援县区数", "帮扶项目（2016—2017年）", "2016—2017年投入帮扶资金", "2016—2020年安排帮扶资金"],
        ["一", "北京市（13个区）小计", 16, 216, 11.4, 35.68],
        [1, "张家口市", 8, 102, 5.26, 16.4],
        [2, "承德市", 5, 71, 3.78, 11.29],
        [3, "保定市", 3, 43, 2.36, 7.36],
        ["二", "天津市（5个区）小计", 5, 54, 4.0, 12.0],
        [4, "承德市", 5, 54, 4.0, 12.0],
        ["合计", null, 21, 270, 15.4, 47.68],
        ["注：帮扶项目覆盖我省1300多个贫困村，占贫困村总数的48.7%；帮扶期为2016年至2020年。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A10:B10", "A11:F11"],
      numberFormats: { "E4:F10": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "京津帮扶资金",
        kind: "composition",
        unit: "亿元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "line", E: "amount", F: "amount:2016—2020年" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F4", why: "北京市 小计 35.68; its cities add up to 16.40 + 11.29 + 7.36 = 35.05 (0.63 short)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F10", why: "合计 47.68 = 35.68 + 12.00, the 小计 as typed (the slip is reported once, at the 小计)" },
      { rule: "composition.total-mismatch", cell: "E4", why: "11.40 = 5.26 + 3.78 + 2.36" },
      { rule: "composition.total-mismatch", cell: "E10", why: "15.40 = 11.40 + 4.00" },
      { rule: "composition.total-mismatch", cell: "D10", why: "270 = 216 + 54 projects, counts (and 216 = 102 + 71 + 43)" },
      { rule: "composition.total-mismatch", cell: "C10", why: "21 = 16 + 5 县区, counts" },
      { rule: "input.unreadable-value", cell: "B4", why: "北京市（13个区）小计 labels the helper's subtotal; 13 is no figure of the table" },
      { rule: "register.duplicate", why: "承德市 helped by both 北京市 and 天津市 is two lines of an allocation, no register" },
    ],
  },
};
