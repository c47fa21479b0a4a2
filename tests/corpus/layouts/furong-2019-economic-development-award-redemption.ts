import type { CorpusLayout } from "../types";

// 红网 2020-03-04: 长沙市芙蓉区 pays its 2019年度经济发展奖励 — 423家 firms, 1,562.73万元 over seven awards; laid out as the
// 评审方案's 兑现汇总表: 奖励项目 | 企业数（家） | 每家奖励标准（万元） | 兑现金额（万元）, the standard given only for flat awards.
export const layout: CorpusLayout = {
  id: "furong-2019-economic-development-award-redemption",
  source: {
    title: "芙蓉区2019年度经济发展奖励兑现汇总表（表据报道拟）",
    url: "https://cs.rednet.cn/content/2020/03/04/6833378.html",
    publisher: "红网（长沙市芙蓉区）",
    date: "2020-03-04",
    changes:
      "The report gives the whole (423家企业, 共计1562.73万元) and the seven awards by name (租赁办公用房补贴（金融机构总部、其他总部）, 产业发展台阶奖, " +
      "个体户转企业奖, “四上”企业升规入库奖, 企业上市奖, 高新技术企业发展奖, 研发投入奖). The table, the count and sum per award and the flat standards are " +
      "ours; the counts add up to 423 and the sums to 1,562.73 as reported. Planted: 高新技术企业发展奖 143.00 where 67家 × 2万元 = 134.00 (研发投入奖 " +
      "set so the column still adds up to the reported total).",
  },
  classes: ["composition", "awards-as-lines", "count-column", "unit-times-quantity", "standard-column", "dash-for-no-standard", "total-at-foot", "two-decimal-wanyuan", "wanyuan-in-header", "notes-under-table", "table-from-prose", "news-report", "district-fund", "hunan"],
  settings: { district: "长沙市芙蓉区" },
  sheets: [
    {
      name: "兑现汇总",
      widths: [6, 36, 12, 20, 16],
      rows: [
        ["芙蓉区2019年度经济发展奖励兑现汇总表", null, null, null, null],
        ["序号", "奖励项目", "企业数（家）", "每家奖励标准（万元）", "兑现金额（万元）"],
        [1, "租赁办公用房补贴（金融机构总部、其他总部）", 18, "—", 486.5],
        [2, "产业发展台阶奖", 36, "—", 312],
        [3, "个体户转企业奖", 142, 0.5, 71],
        [4, "“四上”企业升规入库奖", 98, 3, 294],
        [5, "企业上市奖", 2, "—", 200],
        [6, "高新技术企业发展奖", 67, 2, 143],
        [7, "研发投入奖", 60, "—", 56.23],
        ["合计", null, 423, null, 1562.73],
        ["注：奖励资金直接拨付至企业账户，不另行开会表彰。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:B10", "A11:E11"],
      numberFormats: { "E3:E10": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "兑现汇总",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E8", why: "高新技术企业发展奖: 67家 × 2万元 = 134.00, stated 143.00 (9.00万元 over)" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "E5", why: "个体户转企业奖 142 × 0.5 = 71.00" },
      { rule: "composition.line-mismatch", cell: "E6", why: "“四上”企业升规入库奖 98 × 3 = 294.00" },
      { rule: "composition.total-mismatch", cell: "E10", why: "合计 1,562.73 = 486.50 + 312.00 + 71.00 + 294.00 + 200.00 + 143.00 + 56.23, the lines as typed" },
      { rule: "composition.total-mismatch", cell: "C10", why: "423家 = 18 + 36 + 142 + 98 + 2 + 67 + 60" },
      { rule: "input.unreadable-value", cell: "D3", why: "a dash in 每家奖励标准 means no flat standard" },
      { rule: "composition.line-mismatch", cell: "E3", why: "no standard (—) on 租赁办公用房补贴: nothing to multiply" },
      { rule: "cap.unknown-policy", why: "a summary by award, no list of firms" },
    ],
  },
};
