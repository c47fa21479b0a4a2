import type { CorpusLayout } from "../types";

// 鲁网 2021-10-09: 《山东省专利奖励办法》 issued — 专利奖 judged every two years, at most 50万元 a project, projects whose patents are
// well protected preferred on equal terms. Only the headline and its two sub-heads are stored; the award tiers and the list are ours.
export const layout: CorpusLayout = {
  id: "shandong-2021-patent-award-measures-and-list",
  source: {
    title: "最高奖励50万元！山东省专利奖励办法出台（奖励标准及奖励名单据报道拟）",
    url: "http://www2.china-sd.com/News/2013home/luwangtoutiao/202110/t20211009_2973469.html",
    publisher: "鲁网（山东省市场监督管理局）",
    date: "2021-10-09",
    changes:
      "As published: the headline (最高奖励50万元) and its sub-heads (专利奖每两年评选一次; 对保护成效突出的专利项目，同等条件优先考虑). The stored " +
      "copy carries no body: the tiers below the 50万元 maximum (一等奖 20, 二等奖 10万元), both sheets' titles, columns, the six projects, firms, " +
      "codes, cities and amounts are ours. Planted: a 一等奖 project given 30 against the fixed 20. Left: the 特别奖 at its 50 maximum.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "max-cap", "fixed-awards", "award-tiers", "document-column", "project-column",
    "item-column", "credit-codes", "cities-as-places", "province-wide-list", "whole-wanyuan", "wanyuan-caption", "total-at-foot",
    "notes-under-table", "table-from-prose", "news-report", "province-policy", "shandong",
  ],
  settings: { district: "山东省" },
  sheets: [
    {
      name: "奖励标准",
      widths: [6, 22, 30, 24],
      rows: [
        ["山东省专利奖奖励标准", null, null, null],
        ["序号", "奖项", "奖励标准", "依据"],
        [1, "山东省专利奖特别奖", "每项奖励最高不超过50万元", "《山东省专利奖励办法》"],
        [2, "山东省专利奖一等奖", "每项奖励20万元", "《山东省专利奖励办法》"],
        [3, "山东省专利奖二等奖", "每项奖励10万元", "《山东省专利奖励办法》"],
        ["注：山东省专利奖每两年评选一次；对保护成效突出的专利项目，同等条件下优先考虑。", null, null, null],
      ],
      merges: ["A1:D1", "A6:D6"],
    },
    {
      name: "奖励名单",
      widths: [6, 30, 28, 22, 10, 20, 10],
      rows: [
        ["2021年度山东省专利奖奖励名单（摘录）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "专利名称", "专利权人", "统一社会信用代码", "所在市", "奖项", "奖金"],
        [1, "一种高强度耐蚀钢轨的制备方法", "济南重工轨道材料有限公司", "91370100MA3C5K8N2Q", "济南市", "山东省专利奖特别奖", 50],
        [2, "海洋工程用大功率推进装置", "青岛蓝海动力装备有限公司", "91370200MA3D7P1R4E", "青岛市", "山东省专利奖一等奖", 20],
        [3, "一种陶瓷膜连续烧结工艺", "淄博华陶新材料有限公司", "91370300MA3E2T6W94", "淄博市", "山东省专利奖一等奖", 30],
        [4, "智能果蔬分拣机器人", "烟台芝罘智能装备有限公司", "91370600MA3F9H3K7T", "烟台市", "山东省专利奖二等奖", 10],
        [5, "一种柴油机缸体精密铸造方法", "潍坊坊子精铸有限公司", "91370700MA3G4N8D1K", "潍坊市", "山东省专利奖二等奖", 10],
        [6, "煤矿液压支架电液控制系统", "济宁任城矿山机电有限公司", "91370800MA3H6R2X5B", "济宁市", "山东省专利奖二等奖", 10],
        ["合计", null, null, null, null, null, 130],
      ],
      merges: ["A1:G1", "A10:F10"],
      numberFormats: { "G4:G10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励标准", kind: "catalog", headerRow: 2, lastRow: 5, columns: { B: "item", C: "standard", D: "document" } },
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "project", C: "enterprise", D: "creditCode", E: "place", F: "item", G: "approved" },
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "G6", why: "山东省专利奖一等奖 is 20 a project; 淄博华陶 given 30, 10 over" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "G4", why: "特别奖 50 equals its maximum 50" },
      { rule: "composition.total-mismatch", sheet: "奖励名单", cell: "G10", why: "50 + 20 + 30 + 10 + 10 + 10 = 130" },
      { rule: "cap.unknown-policy", why: "every 奖项 is a catalog item" },
      { rule: "cap.unknown-policy", sheet: "奖励名单", cell: "B4", why: "专利名称 is each firm's own patent, not a policy item" },
      { rule: "catalog.unreadable-standard", why: "each standard states its amount (最高不超过50万元, 20万元, 10万元)" },
      { rule: "register.ineligible-location", why: "six cities of 山东省" },
      { rule: "input.unreadable-value", why: "the titles, caption and the note are text" },
    ],
  },
};
