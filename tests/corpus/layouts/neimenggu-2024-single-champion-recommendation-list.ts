import type { CorpusLayout } from "../types";

// 内蒙古自治区工业和信息化厅 2024-10-24: the three firms it means to put forward as national 制造业单项冠军企业 — a recognition
// list with no money: 序号 | 企业名称 | 统一社会信用代码 | 所在盟市 | 单项冠军产品, the ranking note under it.
export const layout: CorpusLayout = {
  id: "neimenggu-2024-single-champion-recommendation-list",
  source: {
    title: "内蒙古自治区工业和信息化厅关于2024年拟申报国家级制造业单项冠军企业的公示（附件：拟申报国家级制造业单项冠军企业名单）",
    url: "http://www.hb-tianhua.com/article/info/7111",
    publisher: "内蒙古自治区工业和信息化厅（华夏泰科转载）",
    date: "2024-10-24",
    changes:
      "As published: the 附件 line, the list's title, three firms ranked by their evaluation score. The stored copy names the firms in the " +
      "notice's sentence but does not show the annex grid: its columns (code, 盟市, product) and the firms are ours. Planted: the third firm's " +
      "code ends in E where GB 32100 gives C.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "credit-codes", "invalid-credit-code", "leagues-and-cities-as-places", "product-column", "notes-under-table", "table-not-in-stored-copy", "province-list", "neimenggu"],
  settings: { district: "内蒙古自治区" },
  sheets: [
    {
      name: "名单",
      widths: [6, 34, 24, 14, 22],
      rows: [
        ["附件", null, null, null, null],
        ["拟申报国家级制造业单项冠军企业名单", null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在盟市", "单项冠军产品"],
        [1, "内蒙古青城合成材料有限公司", "91150100MA0N3K7Q27", "呼和浩特市", "费托合成蜡"],
        [2, "包头鹿城稀土磁材股份有限公司", "91150200MA0Q8R5T4G", "包头市", "烧结钕铁硼永磁体"],
        [3, "鄂尔多斯市康巴什硅能科技有限公司", "91150600MA0R2D4K1E", "鄂尔多斯市", "光伏用单晶硅棒"],
        ["注：按企业项目评分情况由高至低排列。", null, null, null, null],
      ],
      merges: ["A2:E2", "A7:E7"],
    },
  ],
  expect: {
    tables: [
      { sheet: "名单", kind: "register", headerRow: 3, lastRow: 6, columns: { B: "enterprise", C: "creditCode", D: "place" } },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "C6", why: "91150600MA0R2D4K1E: the check character for 91150600MA0R2D4K1 is C, not E" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no money column leaves no amount unchecked" },
      { rule: "cap.no-cap", why: "no amount at all" },
      { rule: "register.ineligible-location", why: "呼和浩特市, 包头市 and 鄂尔多斯市 are in 内蒙古自治区" },
      { rule: "register.location-code-mismatch", why: "characters 3–8 (150100, 150200, 150600) are the firms' own cities" },
      { rule: "register.duplicate", why: "three different firms" },
    ],
  },
};
