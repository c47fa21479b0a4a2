import type { CorpusLayout } from "../types";

// 上海市浦东新区科技和经济委员会 2023-09-28 (浦科经委〔2023〕178号): the 2023 立项名单 of the 科技发展基金's 高新技术企业贷款贴息专项
// (497 projects). The stored copy shows the notice only, not the annex: the list's columns are ours, in the usual shape of such
// a 立项名单 — 序号 | 项目编号 | 企业名称 | 统一社会信用代码 | 贷款银行 | 贷款金额 | 贴息金额, 单位：万元, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "pudong-2023-hitech-loan-interest-subsidy-list",
  source: {
    title: "关于公布2023年度浦东新区科技发展基金高新技术企业贷款贴息专项立项的通知（附件：立项名单）",
    url: "https://www.pudong.gov.cn/zwgk/14553.gkml_ywl_qyfw/2023/285/317945.html",
    publisher: "上海市浦东新区科技和经济委员会",
    date: "2023-09-28",
    changes:
      "As published: the 附件 line and the annex's title (2023年度浦东新区科技发展基金高新技术企业贷款贴息专项立项名单). The stored copy shows the " +
      "notice, not the annex: the columns (项目编号, 贷款银行, 贷款金额, 贴息金额), the unit caption, the six rows of 497, the firms, codes, banks and " +
      "figures are ours, as is the note under the table. Planted: 上海澜芯微电子科技有限公司 listed twice (a second loan, a second 贴息 under the same " +
      "专项); 上海鼎衡智能装备有限公司's code with a wrong check character.",
  },
  classes: ["register", "credit-codes", "duplicate-firm", "project-number-column", "bank-column", "base-column", "two-decimal-wanyuan", "wanyuan-caption", "annex-line", "total-at-foot", "notes-under-table", "annex-not-shown", "district-fund", "shanghai"],
  settings: { district: "浦东新区" },
  sheets: [
    {
      name: "立项名单",
      widths: [6, 16, 30, 22, 26, 12, 12],
      rows: [
        ["附件", null, null, null, null, null, null],
        ["2023年度浦东新区科技发展基金高新技术企业贷款贴息专项立项名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目编号", "企业名称", "统一社会信用代码", "贷款银行", "贷款金额", "贴息金额"],
        [1, "PKJ2023-TX-0012", "上海澜芯微电子科技有限公司", "91310115MA1H7K2P3R", "招商银行上海分行", 1000, 18.5],
        [2, "PKJ2023-TX-0047", "上海瀚舟生物医药有限公司", "91310115MA1K4R8N6D", "上海农商银行张江科技支行", 500, 9.25],
        [3, "PKJ2023-TX-0105", "上海鼎衡智能装备有限公司", "91310115MA1J2T5W97", "中国银行上海市浦东开发区支行", 800, 14.8],
        [4, "PKJ2023-TX-0163", "上海云桥数据技术有限公司", "91310115MA1G8C3X4B", "浦发银行张江科技支行", 300, 5.55],
        [5, "PKJ2023-TX-0228", "上海启岸新材料有限公司", "91310115MA1L6D7M2M", "上海银行浦东分行", 600, 11.1],
        [6, "PKJ2023-TX-0391", "上海澜芯微电子科技有限公司", "91310115MA1H7K2P3R", "交通银行上海浦东分行", 400, 7.4],
        ["合计", null, null, null, null, 3600, 66.6],
        ["注：企业名称以营业执照登记为准；项目编号为专项受理编号。", null, null, null, null, null, null],
      ],
      merges: ["A2:G2", "A11:E11", "A12:G12"],
      numberFormats: { "F5:F11": "#,##0", "G5:G11": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "立项名单",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 11,
        columns: { C: "enterprise", D: "creditCode", F: "base", G: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "G10", why: "上海澜芯微电子科技有限公司 (91310115MA1H7K2P3R) is listed again under the same 专项 (rows 5 and 10: 18.50 and 7.40)" },
      { rule: "register.invalid-credit-code", cell: "D7", why: "91310115MA1J2T5W97: the check character for 91310115MA1J2T5W9 is 1, not 7" },
      { rule: "cap.unknown-policy", cell: "G5", why: "no catalog: the list's policy (the title's 贷款贴息专项) has no cap to check its amounts against, reported once" },
    ],
    absent: [
      { rule: "register.ineligible-location", why: "the list has no place column; the banks' branches (张江科技支行, 浦东分行) are no firm's location" },
      { rule: "register.invalid-credit-code", cell: "D5", why: "91310115MA1H7K2P3R is valid" },
      { rule: "register.invalid-credit-code", cell: "D8", why: "91310115MA1G8C3X4B is valid" },
      { rule: "register.duplicate", cell: "G11", why: "合计 is no firm" },
      { rule: "register.duplicate", cell: "B5", why: "项目编号 are distinct receipt numbers, not a policy item" },
      { rule: "register.unpaid", why: "a 立项名单 records no payments" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
