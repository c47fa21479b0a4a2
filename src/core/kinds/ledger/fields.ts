/** The fields of a payment ledger (拨付台账, 支出明细账, a three-column 借方 / 贷方 / 余额 ledger). */
import { both } from "../../i18n/localised";
import type { FieldSet } from "../define";

export const LEDGER_FIELDS = {
  seq: { label: both("序号", "No."), value: "seq", words: { exact: ["序号", "序", "no", "no.", "#", "行次"] } },
  date: {
    label: both("日期", "date"),
    value: "date",
    weight: 1.2,
    words: {
      exact: ["日期", "拨付日期", "支付日期", "付款日期", "记账日期", "凭证日期", "拨款日期", "业务日期", "发放日期", "发放时间", "付款时间", "date"],
      core: ["日期", "时间"],
    },
  },
  month: { label: both("月", "month"), value: "count", words: { exact: ["月", "月份"] } },
  day: { label: both("日", "day"), value: "count", words: { exact: ["日"] } },
  voucher: {
    label: both("凭证号", "voucher"),
    value: "code",
    weight: 1.5,
    words: {
      exact: ["凭证号", "凭证编号", "记账凭证号", "凭证字号", "凭证", "号", "支付凭证号", "支付凭证编号", "voucher"],
      core: ["凭证"],
      not: ["日期", "金额", "字"],
    },
  },
  voucherKind: { label: both("凭证字", "voucher type"), value: "text", words: { exact: ["字", "凭证字"] } },
  summary: {
    label: both("摘要", "summary"),
    value: "text",
    weight: 1.3,
    // What a payment was for, as a disclosure of money spent heads it (开支项目).
    words: { exact: ["摘要", "事由", "用途", "摘 要", "开支项目", "开支事项", "开支内容", "支出事项", "summary"], core: ["摘要", "事由"] },
  },
  payee: {
    label: both("收款单位", "payee"),
    value: "enterprise",
    words: {
      exact: [
        "收款单位", "收款人", "收款企业", "收款方", "企业名称", "单位名称", "受款单位", "拨付对象", "受益人", "受益人姓名", "领款人",
        "领款人姓名", "收款人姓名", "发放对象", "使用部门", "使用单位", "用款单位", "用款部门", "payee",
      ],
      core: ["收款", "受款", "受益人", "领款"],
      not: ["账号", "开户", "银行", "代码"],
    },
  },
  creditCode: {
    label: both("统一社会信用代码", "credit code"),
    value: "creditCode",
    words: { exact: ["统一社会信用代码", "社会信用代码", "信用代码"], core: ["信用代码"] },
  },
  item: {
    label: both("政策项目", "policy item"),
    value: "label",
    words: { exact: ["政策项目", "政策项", "扶持项目", "项目", "项目名称", "资金项目", "补贴项目"], core: ["政策", "项目"], not: ["金额", "编号", "代码"] },
  },
  category: {
    label: both("科目", "account"),
    value: "label",
    // The account or the money paid from (资金来源, 类别), as a disclosure of money spent names it.
    words: {
      exact: ["科目", "会计科目", "预算科目", "政策类", "支出科目", "科目名称", "类别", "开支类别", "支出类别", "费用类别", "资金来源"],
      core: ["科目"],
      not: ["编码", "代码"],
    },
  },
  amount: {
    label: both("金额", "amount"),
    value: "amount",
    words: {
      exact: [
        "金额", "拨付金额", "支付金额", "付款金额", "支出金额", "拨款金额", "发生额", "核定金额", "财政核定金额", "核定支付金额", "发放金额",
        "返还金额", "兑付金额", "拨付资金",
        "amount",
      ],
      core: ["金额", "拨付", "支付"],
      // What was asked for is not what was paid (本次申请金额 | 财政核定金额): the approved figure is.
      not: ["余额", "借", "贷", "日期", "单位", "申请", "凭证", "编号"],
    },
  },
  debit: { label: both("借方", "debit"), value: "amount", weight: 1.5, words: { exact: ["借方", "借方金额", "借", "收入"], core: ["借方"] } },
  credit: { label: both("贷方", "credit"), value: "amount", weight: 1.5, words: { exact: ["贷方", "贷方金额", "贷", "支出"], core: ["贷方"] } },
  direction: { label: both("借或贷", "Dr/Cr"), value: "text", words: { exact: ["借或贷", "借贷方向", "方向"] } },
  balance: { label: both("余额", "balance"), value: "amount", weight: 1.5, words: { exact: ["余额", "结余", "balance"], core: ["余额"] } },
  year: { label: both("年度", "year"), value: "year", words: { exact: ["年度", "年份", "资金年度", "year"] } },
} as const satisfies FieldSet<string>;

export type LedgerField = keyof typeof LEDGER_FIELDS;
