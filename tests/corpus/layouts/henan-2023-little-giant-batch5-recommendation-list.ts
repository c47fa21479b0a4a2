import type { CorpusLayout } from "../types";

// 河南省工业和信息化厅 2023-05-01: 第五批专精特新“小巨人”企业 拟推荐名单 and the 第二批 复核 list, put up for public notice (5月1日至5日).
// The notice names its two annexes; annex 1 is laid out here as such lists are published (序号 | 地区 | 企业名称), with a credit-code column.
// A recognition list: no money column, so nothing for a cap to check.
export const layout: CorpusLayout = {
  id: "henan-2023-little-giant-batch5-recommendation-list",
  source: {
    title: "关于第五批专精特新“小巨人”企业和第二批专精特新“小巨人”企业复核拟推荐名单的公示（附件1 拟推荐第五批专精特新“小巨人”企业名单）",
    url: "http://henan.kjzch.com/hn/2023-05-01/831227.html",
    publisher: "河南省工业和信息化厅（转载）",
    date: "2023-05-01",
    changes:
      "As published: the notice (its documents, 公示时间 2023年5月1日至5月5日) and the names of its two annexes; the stored copy does not show " +
      "the annex bodies. Annex 1 is laid out as the province's recommendation lists are (附件 line, title, 序号 | 地区 | 企业名称), with a 统一社会信用代码 " +
      "column added; the firms and codes are ours (nine rows, not the whole list). Planted: 新乡市润泽过滤设备有限公司's code carries check character " +
      "Q where P is right; 洛阳鼎诚轴承科技有限公司 listed a second time at 序号 9.",
  },
  classes: [
    "register", "recognition-list", "no-amount-column", "credit-codes", "cities-as-places", "demonstration-zone-as-place", "county-city-code-under-city",
    "annex-line-above-title", "notes-under-table", "table-not-in-stored-copy", "province-wide-list", "henan",
  ],
  settings: { district: "河南省" },
  sheets: [
    {
      name: "附件1",
      widths: [6, 12, 36, 24],
      rows: [
        ["附件1", null, null, null],
        ["拟推荐第五批专精特新“小巨人”企业名单", null, null, null],
        ["序号", "地区", "企业名称", "统一社会信用代码"],
        [1, "郑州市", "郑州恒拓精密机械股份有限公司", "91410100MA44R7KX22"],
        [2, "郑州市", "巩义市中岳耐材科技有限公司", "91410181MA3XJ7R553"],
        [3, "洛阳市", "洛阳鼎诚轴承科技有限公司", "91410300MA9F3LQ81Y"],
        [4, "新乡市", "新乡市润泽过滤设备有限公司", "91410700MA47D5H0XQ"],
        [5, "许昌市", "许昌瑞丰电气有限公司", "91411000MA3X8NP6QF"],
        [6, "南阳市", "南阳宛德光电科技有限公司", "91411300MA9G2TB4KB"],
        [7, "济源示范区", "济源市华钰新材料有限公司", "91419001MA40C6W3LL"],
        [8, "郑州市", "中牟县航港智能装备有限公司", "91410122MA45P8UE9U"],
        [9, "洛阳市", "洛阳鼎诚轴承科技有限公司", "91410300MA9F3LQ81Y"],
        ["注：按省辖市、济源示范区排列，排名不分先后。", null, null, null],
      ],
      merges: ["A2:D2", "A13:D13"],
    },
  ],
  expect: {
    tables: [
      { sheet: "附件1", kind: "register", headerRow: 3, lastRow: 12, columns: { B: "place", C: "enterprise", D: "creditCode" } },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "D7", why: "91410700MA47D5H0XQ: the first 17 characters give check character P under GB 32100, not Q" },
      { rule: "register.duplicate", cell: "C12", why: "洛阳鼎诚轴承科技有限公司 (91410300MA9F3LQ81Y) is 序号 3 and again 序号 9; reported on the later row" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "B10", why: "济源示范区 (济源市, code 419001) is in 河南省" },
      { rule: "register.location-code-mismatch", cell: "D5", why: "characters 3–8 are 410181, 巩义市, a county-level city of 郑州市" },
      { rule: "register.location-code-mismatch", cell: "D11", why: "410122 is 中牟县, a county of 郑州市" },
      { rule: "register.invalid-credit-code", cell: "D4", why: "91410100MA44R7KX22 has its right check character" },
      { rule: "cap.unknown-policy", cell: "C4", why: "a recognition list with no amount column: no award goes unchecked" },
      { rule: "input.unreadable-value", cell: "A13", why: "the note under the table" },
    ],
  },
};
