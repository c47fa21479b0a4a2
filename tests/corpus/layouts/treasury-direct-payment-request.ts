import type { CorpusLayout } from "../types";

// 财政直接支付申请书 (财政部、中国人民银行, 中央单位财政国库管理制度改革试点资金支付管理办法): one payment
// per row — the spending unit (国标码 | 名称), the budget subject, the project, the payee (全称 | 开户银行 |
// 银行账号), 本次申请金额, 财政核定金额 and the 财政直接支付凭证编号 — under two header rows, the form's
// numbers and date above, 单位：元, the filling instructions below.
export const layout: CorpusLayout = {
  id: "treasury-direct-payment-request",
  source: {
    title: "财政部、中国人民银行关于印发《中央单位财政国库管理制度改革试点资金支付管理办法》的通知 — 附：财政直接支付申请书",
    url: "http://fsou.com/html/text/chl/368/36862_5.html",
    publisher: "财政部、中国人民银行 (text on fsou.com)",
    changes:
      "Form wording and layout as published ((机关公章); 财政直接支付申请书; 申请部门名称 / 财政部国库支付审核编号; 申请部门编码 / 财政直接支付" +
      "汇总清算通知单编号; 支出类型 / 年 月 日 / 单位：元; two header rows 序号 | 基层预算单位（国标码、名称） | 预算科目编码 | 预算科目名称 | 项目 | " +
      "收款人（全称、开户银行、银行账号） | 本次申请金额 | 财政核定金额 | 财政直接支付凭证编号; instructions 2–7 as published (the stored " +
      "copy prints them just before the form and not the first; they are put under it here, as the form's notes). The published form is blank: the department, numbers, date, eight payments, payees, " +
      "banks, accounts and amounts are ours, and a 合计 row is added. Planted: 博远信息 paid 386,000.00 twice for 平台运维 " +
      "under two vouchers; voucher ZZ2024030003 used again for the 展会场地租赁 payment.",
  },
  classes: ["ledger", "payment-request", "two-header-rows", "bank-account-column", "organisation-code-column", "form-header-fields", "yuan-caption", "notes-under-table"],
  sheets: [
    {
      name: "支付申请书",
      widths: [6, 12, 12, 12, 16, 24, 28, 24, 24, 14, 14, 16],
      rows: [
        ["（机关公章）", null, null, null, null, null, null, null, null, null, null, null],
        ["财政直接支付申请书", null, null, null, null, null, null, null, null, null, null, null],
        ["申请部门名称：工业和信息化发展服务中心", null, null, null, null, null, null, null, "财政部国库支付审核编号：SH2024-0318", null, null, null],
        ["申请部门编码：318001", null, null, null, null, null, null, null, "财政直接支付汇总清算通知单编号：QS2024-0057", null, null, null],
        ["支出类型：物品、服务采购支出", null, null, null, null, "2024年3月18日", null, null, null, null, null, "单位：元"],
        ["序号", "基层预算单位", null, "预算科目编码", "预算科目名称", "项目", "收款人", null, null, "本次申请金额", "财政核定金额", "财政直接支付凭证编号"],
        [null, "国标码", "名称", null, null, null, "全称", "开户银行", "银行账号", null, null, null],
        [1, "40001821-6", "中心本级", "2150805", "中小企业发展专项", "中小企业公共服务平台运维", "北京博远信息技术有限公司", "中国工商银行北京海淀支行", "0200004509200123456", 386000, 386000, "ZZ2024030001"],
        [2, "40001821-6", "中心本级", "2150805", "中小企业发展专项", "工业软件测评服务", "北京中测软件评测有限公司", "中国建设银行北京西城支行", "11050162360000012345", 1250000, 1250000, "ZZ2024030002"],
        [3, "40001823-2", "培训部", "2150805", "中小企业发展专项", "中小企业数字化转型培训", "北京智训教育咨询有限公司", "招商银行北京分行营业部", "110902345610201", 468500, 468500, "ZZ2024030003"],
        [4, "40001821-6", "中心本级", "2150805", "中小企业发展专项", "中小企业公共服务平台运维", "北京博远信息技术有限公司", "中国工商银行北京海淀支行", "0200004509200123456", 386000, 386000, "ZZ2024030004"],
        [5, "40001825-9", "数据部", "2150805", "中小企业发展专项", "专精特新企业画像数据采购", "北京数衡科技有限公司", "中国银行北京朝阳支行", "345678901234", 920000, 900000, "ZZ2024030005"],
        [6, "40001823-2", "培训部", "2150899", "其他工业和信息产业监管支出", "展会场地租赁", "北京国展会展服务有限公司", "北京银行西单支行", "20000012345678900001", 612000, 612000, "ZZ2024030003"],
        [7, "40001821-6", "中心本级", "2150805", "中小企业发展专项", "工业软件测评服务（尾款）", "北京中测软件评测有限公司", "中国建设银行北京西城支行", "11050162360000012345", 250000, 250000, "ZZ2024030007"],
        [8, "40001825-9", "数据部", "2150899", "其他工业和信息产业监管支出", "政策宣传资料印制", "北京文彩印务有限公司", "中国农业银行北京东城支行", "11210101040001234", 84600, 84600, "ZZ2024030008"],
        ["合计", null, null, null, null, null, null, null, null, 4357100, 4337100, null],
        [
          "2.支付申请书中所支付款项将全部用于预算规定的用途。3.支付申请书所申请金额完全符合年度预算中规定的类别及额度，并承担因审核有误导致的超支责任。4.“财政核定金额”是指经财政部国库支付局审查核定的数额。5.此表按款分项填制（基本建设、科技三项费、专项支出按项目填制）。6.“支出类型”是指工资支出，工程采购支出，物品、服务采购支出。7.财政部国库支付审核编号、财政直接支付汇总清算通知单编号和财政直接支付凭证编号由财政部国库支付局填写。",
          null, null, null, null, null, null, null, null, null, null, null,
        ],
      ],
      merges: [
        "A2:L2", "A3:H3", "I3:L3", "A4:H4", "I4:L4", "A5:E5", "F5:H5",
        "A6:A7", "B6:C6", "D6:D7", "E6:E7", "F6:F7", "G6:I6", "J6:J7", "K6:K7", "L6:L7", "A16:I16", "A17:L17",
      ],
      numberFormats: { "J8:K16": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支付申请书",
        kind: "ledger",
        unit: "元",
        headerRow: 6,
        lastRow: 16,
        columns: { F: "item", G: "payee", K: "amount", L: "voucher" },
        year: 2024,
      },
    ],
    findings: [
      {
        rule: "ledger.duplicate-payment",
        cell: "K11",
        why: "北京博远信息技术有限公司, 中小企业公共服务平台运维, 386,000.00 in row 8 and again in row 11 (vouchers ZZ2024030001 and …0004); no summary calls either an instalment",
      },
      { rule: "ledger.duplicate-payment", cell: "K13", why: "voucher ZZ2024030003, first used in row 10 (468,500.00), used again in row 13 (612,000.00)" },
    ],
    absent: [
      { rule: "ledger.unmatched-payment", why: "the workbook holds no register to match payments against" },
      { rule: "ledger.duplicate-payment", cell: "K14", why: "中测软件's 尾款 (250,000.00) is another amount and a final instalment of 工业软件测评服务, not a repeat of row 9" },
      { rule: "ledger.duplicate-payment", cell: "K16", why: "合计 is not a payment" },
      { rule: "register.invalid-credit-code", why: "国标码 (40001821-6) are organisation codes and 银行账号 are account numbers; the form has no credit codes" },
      { rule: "input.unreadable-value", why: "银行账号, 国标码 and 预算科目编码 are identifiers, not amounts" },
      { rule: "register.late-disbursement", why: "the form is dated 2024-03-18, before the year's 11-30 deadline" },
      { rule: "ledger.balance-mismatch", why: "the form has no balance column" },
      { rule: "cap.no-cap", why: "a payment request is not a list of awards" },
    ],
  },
};
