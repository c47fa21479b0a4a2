import type { CorpusLayout } from "../types";

// 平潭综合实验区 2024-11: 福建省工业和信息化厅's new batch of 省专精特新中小企业 — 3 平潭 firms named in a 平潭 news item, with the zone's
// counts (创新型中小企业19家, 专精特新中小企业7家). Laid out as the zone's extract of the 名单 (序号 | 企业名称 | 统一社会信用代码 | 所在乡镇 | 主导产品);
// a recognition list: no money column.
export const layout: CorpusLayout = {
  id: "pingtan-2024-specialised-sme-new-batch-list",
  source: {
    title: "平潭3家企业入选新一批省专精特新中小企业名单（名单据正文拟）",
    url: "http://ptxw.fjsen.com/2024-11/15/content_31779885.htm",
    publisher: "平潭综合实验区经发局 (平潭新闻网)",
    date: "2024-11-15",
    changes:
      "As published: a new batch of 省专精特新中小企业, the zone's counts. Ours: five invented firms (the page names three real ones; we list " +
      "our own), their codes (district code 350128, 平潭县), towns and products. Planted: the 4th firm's code ends K where its check character is J.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "credit-code-column", "towns-as-places", "zone-written-as-county", "notes-under-table", "table-from-prose", "news-report", "fujian"],
  settings: { district: "平潭县" },
  sheets: [
    {
      name: "名单",
      widths: [6, 34, 22, 12, 24],
      rows: [
        ["福建省2024年新一批专精特新中小企业名单（平潭综合实验区）", null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在乡镇", "主导产品"],
        [1, "平潭蓝澳新能源科技有限公司", "91350128MA2Y7K3QA", "潭城镇", "固态电池电解质"],
        [2, "福建岚屿智联物联科技股份有限公司", "91350128MA34FRU6C", "苏平镇", "共享按摩终端"],
        [3, "福州海坛塑胶包装用品有限公司", "913501283157048620", "中楼乡", "食品级塑料包装膜"],
        [4, "平潭竹屿海洋生物科技有限公司", "91350128MA8UDN1TK", "平原镇", "海藻生物肥"],
        [5, "平潭麒麟港航设备制造有限公司", "91350128MAC2W5XLW", "敖东镇", "港口起重设备"],
        ["注：名单以福建省工业和信息化厅公布为准。", null, null, null, null],
      ],
      merges: ["A1:E1", "A8:E8"],
    },
  ],
  expect: {
    tables: [
      { sheet: "名单", kind: "register", headerRow: 2, lastRow: 7, columns: { B: "enterprise", C: "creditCode", D: "place" }, year: 2024 },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "C6", why: "91350128MA8UDN1TK: the check character of 91350128MA8UDN1T is J, typed K" },
    ],
    absent: [
      { rule: "register.invalid-credit-code", cell: "C5", why: "913501283157048620 is valid (check character 0)" },
      { rule: "register.ineligible-location", why: "潭城镇, 苏平镇, 中楼乡, 平原镇, 敖东镇 are towns of 平潭县" },
      { rule: "register.location-code-mismatch", why: "every code carries 350128, 平潭县" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount: no amount goes unchecked" },
      { rule: "input.unreadable-value", why: "the products and the note are text" },
    ],
  },
};
