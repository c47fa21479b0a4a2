import type { CorpusLayout } from "../types";

// 兴安盟财政局 2019-09-16: 76 “一事一议” projects approved to 12 September, 预算投资总额 66,779,714.42元 — 上级奖补 43,786,516.90, 旗县奖补
// 7,961,344.12, 乡镇 75,000.00, 村集体 752,471.00, 筹劳折资 5,707,020.00, 以物折资 124,127.10, 农牧民筹资 1,928,111.00, 企业或个人捐助
// 6,445,124.30 — and the projects by 旗县市. Laid out as the two tables such a 批复情况 carries: sources in 元 (合计 first) ; the counts by area in the note.
export const layout: CorpusLayout = {
  id: "xinganmeng-2019-yishiyiyi-approved-project-funding-sources",
  source: {
    title: "兴安盟财政局“一事一议”项目批复工作有序进行（批复项目资金构成表据正文拟）",
    url: "http://czj.xam.gov.cn/czj/1188283/1188309/1188312/2901071/index.html",
    publisher: "兴安盟财政局",
    date: "2019-09-16",
    changes:
      "As published: every figure (the eight sources add exactly to 66,779,714.42; 27 + 20 + 16 + 6 + 3 + 2 + 2 = 76). Laid out by us as one sources table, the counts by area in the note. " +
      "Planted: 村集体出资 typed 725,471.00 (752,471.00), so the sources add to 66,752,714.42 against the 合计.",
  },
  classes: [
    "composition", "funding-sources", "yuan-amounts", "two-decimal-yuan", "yuan-caption", "total-row-first", "notes-under-table", "table-from-prose", "league-level", "neimenggu",
  ],
  settings: { district: "兴安盟", asOf: "2019-09-12" },
  sheets: [
    {
      name: "批复情况",
      widths: [8, 30, 20],
      rows: [
        ["兴安盟2019年“一事一议”已批复项目资金构成表（截至9月12日）", null, null],
        [null, null, "单位：元"],
        ["序号", "资金来源", "金额"],
        [null, "预算投资总额", 66779714.42],
        [1, "上级奖补资金", 43786516.9],
        [2, "旗县奖补资金", 7961344.12],
        [3, "乡镇出资", 75000],
        [4, "村集体出资", 725471],
        [5, "筹劳折资", 5707020],
        [6, "以物折资", 124127.1],
        [7, "农牧民筹资", 1928111],
        [8, "企业或个人捐助", 6445124.3],
        ["注：已批复76个项目，其中盟农场局27个、科右前旗20个、突泉县16个、科右中旗6个、阿尔山市3个、乌兰浩特市和扎赉特旗各2个；上级奖补资金批复额度仅占总额度的35.05%；部分旗县将“一事一议”项目纳入政府统一安排，审核上报时间延后。", null, null],
      ],
      merges: ["A1:C1", "A13:C13"],
      numberFormats: { "C4:C12": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "批复情况", kind: "composition", unit: "元", headerRow: 3, lastRow: 12, columns: { B: "line", C: "amount" }, year: 2019 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C4", why: "the eight sources as typed add to 66,752,714.42 (村集体 725,471.00), the 预算投资总额 says 66,779,714.42: 27,000.00 short" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C5", why: "上级奖补 is a line, not a subtotal of the lines below it" },
      { rule: "input.unreadable-value", cell: "A13", why: "the note (35.05% of the 额度) is no data" },
    ],
  },
};
