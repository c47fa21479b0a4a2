import type { CorpusLayout } from "../types";

// A fund's 拨付台账: one row per payment (date as an Excel date, voucher, summary, payee, code,
// policy item, amount in 元), a 合计, a note and a 填报人/审核人 line under it.
export const layout: CorpusLayout = {
  id: "minhang-2023-payment-ledger",
  source: {
    title: "会计三栏明细账怎么填（日期 | 凭证号 | 摘要 | 借方金额 | 贷方金额 | 余额 的填写示例）",
    url: "https://www.bazhongol.com/shubk/202510/836890.html",
    publisher: "bazhongol.com",
    changes:
      "No published 专项资金拨付台账 was found in the stored pages. The 日期/凭证号/摘要 columns and their order follow this " +
      "published ledger layout; the 收款单位, 统一社会信用代码, 政策项目 and 拨付金额 columns, the 编制单位/单位 line and the " +
      "填报人/审核人 line are ours, modelled on the domain's money flow (one payment per row). Policy items are the " +
      "fund's own (闵行 先进制造业 budget lines); firms and codes invented. Planted: voucher 记-0656 used twice; " +
      "one payment dated 2023-12-12, after the 11-30 disbursement deadline.",
  },
  classes: ["ledger", "payment-ledger", "dates-as-excel-dates", "credit-codes", "signoff-line", "notes-under-table", "yuan-caption"],
  settings: { asOf: "2023-12-31", district: "闵行" },
  sheets: [
    {
      name: "拨付台账",
      widths: [6, 12, 10, 40, 30, 22, 30, 14, 8],
      rows: [
        ["2023年度先进制造业发展专项资金拨付台账", null, null, null, null, null, null, null, null],
        ["编制单位：闵行区经济委员会", null, null, null, null, null, null, null, "单位：元"],
        ["序号", "拨付日期", "凭证号", "摘要", "收款单位", "统一社会信用代码", "政策项目", "拨付金额", "备注"],
        [1, 45000, "记-0312", "拨付2022年度区级“专精特新”中小企业奖励", "上海莘闵精密机械有限公司", "91310112MA9JJFTA1F", "区级“专精特新”中小企业", 50000, null],
        [2, 45000, "记-0313", "拨付2022年度区级“专精特新”中小企业奖励", "上海颛桥传感科技有限公司", "91310112MA4BXF507L", "区级“专精特新”中小企业", 50000, null],
        [3, 45036, "记-0421", "拨付市级“专精特新”中小企业（新申报）奖励", "上海虹桥数控装备有限公司", "91310112MA80UC9Y35", "市级“专精特新”中小企业（新申报）", 200000, null],
        [4, 45105, "记-0655", "拨付技术改造项目新增设备补贴（首期）", "上海马桥汽车零部件有限公司", "91310112MA0RNHAL9F", "技术改造项目新增设备补贴", 1600000, "首期50%"],
        [5, 45105, "记-0656", "拨付工信部专精特新“小巨人”企业奖励", "上海华漕智能制造有限公司", "91310112MA60KEXB5D", "工信部专精特新“小巨人”企业", 500000, null],
        [6, 45148, "记-0808", "拨付企业智能制造诊断资助", "上海吴泾精细化工有限公司", "91310112MA8P9T0K65", "企业智能制造诊断资助", 240000, null],
        [7, 45191, "记-0656", "拨付区级“专精特新”中小企业奖励（第二批）", "上海浦锦医疗器械有限公司", "91310112MA6UDT1B10", "区级“专精特新”中小企业", 50000, null],
        [8, 45229, "记-1027", "拨付智能工厂培育资助", "上海七宝精工装备有限公司", "91310112MA61HR1799", "智能工厂培育", 600000, null],
        [9, 45258, "记-1123", "拨付公共服务机构奖励", "上海江川创新服务中心有限公司", "91310112MA0PN5930G", "公共服务机构", 350000, null],
        [10, 45272, "记-1209", "拨付示范平台奖励", "上海莘庄工业互联网平台有限公司", "91310112MA2CKPFN27", "示范平台", 600000, null],
        ["合计", null, null, null, null, null, null, 4240000, null],
        ["注：本台账按拨付日期逐笔登记，凭证号为记账凭证编号。", null, null, null, null, null, null, null, null],
        ["填报人：", null, null, "审核人：", null, "填报日期：2024年1月5日", null, null, null],
      ],
      merges: ["A1:I1", "A14:G14", "A15:I15"],
      numberFormats: { "B4:B13": "yyyy-mm-dd", "H4:H14": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拨付台账",
        kind: "ledger",
        unit: "元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "date", C: "voucher", D: "summary", E: "payee", F: "creditCode", G: "item", H: "amount" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "ledger.duplicate-payment", cell: "H10", why: "voucher 记-0656 is used in row 8 (小巨人 500,000.00) and again in row 10 (50,000.00)" },
      { rule: "register.late-disbursement", cell: "B13", why: "paid 2023-12-12, after the year's disbursement deadline of 2023-11-30" },
    ],
    absent: [
      { rule: "cap.no-cap", why: "a payment ledger is not a list of awards: caps are checked on the register, not on payments" },
      { rule: "ledger.unmatched-payment", why: "the workbook holds no register to match payments against" },
      { rule: "ledger.duplicate-payment", cell: "H5", why: "rows 4 and 5 pay the same item and amount on the same day, but to different payees under different vouchers" },
      { rule: "register.late-disbursement", cell: "B12", why: "2023-11-28 is before the 11-30 deadline" },
      { rule: "register.late-disbursement", why: "填报日期：2024年1月5日 is the date the ledger was filled in, not a payment" },
      { rule: "ledger.duplicate-payment", cell: "H14", why: "合计 is not a payment" },
      { rule: "register.invalid-credit-code", why: "every code is valid" },
    ],
  },
};
