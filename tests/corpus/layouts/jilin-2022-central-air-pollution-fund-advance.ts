import type { CorpusLayout } from "../types";

// 吉林省财政厅 2021-12: the 2022 central air-pollution money sent down in advance, by 市（州） with the project kind and the budget
// subject; the 合计 typed 12,345 (the notice's headline) over lines adding up to 12,354 (its body).
export const layout: CorpusLayout = {
  id: "jilin-2022-central-air-pollution-fund-advance",
  source: {
    title: "吉林省提前下达2022年中央大气污染防治资金预算（关于提前下达2022年中央大气污染防治资金预算的通知；预算表据通知拟）",
    url: "http://www.kfkelong.com/aktuelle/1749635.html",
    publisher: "吉林省财政厅",
    date: "2021-12-15",
    changes:
      "The notice (as reposted) sends down the money for 能力建设 and 污染防治 projects 'by the attached table' (附件1 提前下达2022年中央大气污染防治资金预算表), " +
      "which the stored copy does not show; its headline says 12345万元 and its body 12354万元. The table is ours, laid out as such 预算表 are " +
      "(序号 | 市（州） | 项目类别 | 金额 | 支出功能分类科目 | 备注, 合计 first); the split over the nine 市（州） is invented to add up to the body's " +
      "12,354. Planted (after the published pair): the 合计 typed 12,345.",
  },
  classes: ["composition", "allocation-by-city", "category-column", "budget-subject-column", "remark-column", "total-row-first", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-notice", "central-transfer", "province-fund", "jilin"],
  sheets: [
    {
      name: "预算表",
      widths: [6, 14, 14, 12, 20, 18],
      rows: [
        ["提前下达2022年中央大气污染防治资金预算表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "市（州）", "项目类别", "金额", "支出功能分类科目", "备注"],
        ["合计", null, null, 12345, null, null],
        [1, "长春市", "污染防治类", 3210, "2110302 大气", "清洁取暖、扬尘治理"],
        [2, "吉林市", "污染防治类", 2150, "2110302 大气", "工业企业深度治理"],
        [3, "四平市", "污染防治类", 1380, "2110302 大气", null],
        [4, "辽源市", "能力建设类", 820, "2110302 大气", "空气自动监测站"],
        [5, "通化市", "污染防治类", 1100, "2110302 大气", null],
        [6, "白山市", "能力建设类", 760, "2110302 大气", "监测监控能力"],
        [7, "松原市", "污染防治类", 1204, "2110302 大气", "秸秆禁烧"],
        [8, "白城市", "污染防治类", 1030, "2110302 大气", null],
        [9, "延边州", "能力建设类", 700, "2110302 大气", "监测监控能力"],
        ["注：请按照《提前下达2022年中央大气污染防治资金项目绩效目标表》做好绩效监控和绩效评价。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A4:C4", "A14:F14"],
      numberFormats: { "D4:D13": "#,##0" },
    },
  ],
  settings: { district: "吉林省" },
  expect: {
    tables: [
      {
        sheet: "预算表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { A: "code", B: "line", C: "category", D: "amount" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D4", why: "3,210 + 2,150 + 1,380 + 820 + 1,100 + 760 + 1,204 + 1,030 + 700 = 12,354; the 合计 says 12,345 (9 short)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D8", why: "能力建设类 is the line's kind, not a subtotal over the rows after it" },
      { rule: "input.unreadable-value", cell: "E5", why: "2110302 大气 is the budget subject, text" },
      { rule: "register.ineligible-location", why: "no register; the nine 市（州） are 吉林省's own" },
      { rule: "input.unreadable-value", why: "the note under the table is prose" },
    ],
  },
};
