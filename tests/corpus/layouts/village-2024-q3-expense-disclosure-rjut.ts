import type { CorpusLayout } from "../types";

// A village's 财务开支公示 in the published layout (标题, 公示日期, 村级组织名称 above; 序号 | 开支项目 | 金额（元） | 资金来源 |
// 使用部门 | 项目负责人 | 审核意见): one payment per row, no dates or vouchers, the source of the money (村集体收入, 政府补贴,
// 衔接资金收益, 上级转移支付) beside each, 合计 and the supervisors' sign-off under it.
export const layout: CorpusLayout = {
  id: "village-2024-q3-expense-disclosure-rjut",
  source: {
    title: "揭秘村财务透明化：一图掌握村财务开支公示表格格式与关键要点（村财务开支公示表格实例）",
    url: "https://www.rjut.cn/mark/jie-mi-cun-cai-wu-tou-ming-hua-yi-tu-zhang-wo-cun-cai-wu-kai-zhi-gong-shi-biao-ge-ge-shi-yu-guan-jia.html",
    changes:
      "The layout is the page's: a title, the 公示日期 and the 村级组织名称 above the table, the columns 序号 | 开支项目 | 金额（元） | 资金来源 | " +
      "使用部门 | 项目负责人 | 审核意见, and its example rows 村道路维修 5000 村集体收入 村道维护队 and 村文化活动中心修缮 10000 政府补贴. The " +
      "village, the quarter, the other rows, the names, the 合计 and the sign-off line are ours (no published 拨付台账 of a fund was " +
      "found; this is the payment list villages publish). Planted: 村道路维修 paid to 村道维护队 5,000.00 a second time in the quarter, " +
      "nothing marking it as a further instalment.",
  },
  classes: ["ledger", "payment-list", "village-finance", "no-dates", "source-of-funds-column", "people-in-charge-column", "verdict-column", "yuan-in-header", "form-header-fields", "signoff-line"],
  settings: { asOf: "2024-10-08" },
  sheets: [
    {
      name: "开支公示",
      widths: [6, 26, 12, 14, 18, 12, 10],
      rows: [
        ["白沙村2024年第三季度财务开支公示", null, null, null, null, null, null],
        ["公示日期：2024年10月8日至2024年10月15日", null, null, null, null, null, null],
        ["村级组织名称：城关镇白沙村村民委员会", null, null, null, null, null, null],
        ["序号", "开支项目", "金额（元）", "资金来源", "使用部门", "项目负责人", "审核意见"],
        [1, "村道路维修", 5000, "村集体收入", "村道维护队", "张建国", "合格"],
        [2, "村文化活动中心修缮", 10000, "政府补贴", "村文化活动中心", "李秀兰", "合格"],
        [3, "村级光伏电站运维", 3200, "衔接资金收益", "村集体经济合作社", "王志强", "合格"],
        [4, "环境卫生保洁费（7—9月）", 5400, "政府补贴", "村保洁队", "张建国", "合格"],
        [5, "村道路维修", 5000, "村集体收入", "村道维护队", "张建国", "合格"],
        [6, "村部办公用品", 860, "村集体收入", "村民委员会", "李秀兰", "合格"],
        [7, "防汛物资购置", 2450, "上级转移支付", "村民兵应急分队", "王志强", "合格"],
        ["合计", null, 31910, null, null, null, null],
        ["村务监督委员会（签章）：", null, null, "村民委员会（签章）：", null, null, null],
      ],
      merges: ["A1:G1", "A2:G2", "A3:G3", "A12:B12", "A13:C13", "D13:G13"],
      numberFormats: { "C5:C12": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "开支公示",
        kind: "ledger",
        unit: "元",
        headerRow: 4,
        lastRow: 12,
        columns: { B: "summary", C: "amount", D: "category", E: "payee" },
        year: 2024,
      },
    ],
    findings: [
      {
        rule: "ledger.duplicate-payment",
        cell: "C9",
        why: "村道路维修 paid to 村道维护队 5,000.00 in row 5 and again in row 9 in the same quarter of 2024, nothing marking an instalment",
      },
    ],
    absent: [
      { rule: "ledger.duplicate-payment", cell: "C12", why: "合计 31,910.00 is not a payment" },
      { rule: "ledger.duplicate-payment", cell: "C8", why: "保洁费 5,400.00 to 村保洁队: another payee, item and amount" },
      { rule: "ledger.balance-mismatch", why: "the list has no balance column" },
      { rule: "ledger.unmatched-payment", why: "the workbook holds no register to match payments against" },
      { rule: "register.late-disbursement", why: "the list gives no payment dates" },
      { rule: "register.duplicate", why: "a payment list, not an award register" },
      { rule: "input.unreadable-value", why: "资金来源, 项目负责人, 审核意见 and the sign-off line are text by nature" },
    ],
  },
};
