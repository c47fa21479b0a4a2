import type { CorpusLayout } from "../types";

// 沈阳市辽中区农业农村局 2021: the 2020 国家级农业产业强镇 at 杨士岗镇 — four firms' projects (电商仓储分拣, 厂房仓库改造, 大米包装设备,
// 稻米加工厂房), each audited by a third party and paid 25% of the invoices it passed (the first: 1,115.66万元). Laid out as the list such
// notices attach: 序号 | 项目实施主体 | 统一社会信用代码 | 项目名称 | 审核通过财务票据金额 | 补助资金, 合计 at the foot, the 25% rule in a note.
export const layout: CorpusLayout = {
  id: "liaozhong-2020-yangshigang-industry-town-project-subsidy",
  source: {
    title: "2020年辽中区杨士岗镇农业产业强镇建设项目情况公示（项目补助表据正文拟）",
    url: "http://shenyang.021cf.cn/index.php/post/164.html",
    publisher: "沈阳市辽中区农业农村局（转载）",
    date: "2021",
    changes:
      "As published: the fund (2020年农业产业强镇, 辽农财[2020]209号, 沈辽农字[2021]47号 and 171号), four projects at 杨士岗镇 (电商、仓储分拣中心; " +
      "新建厂房、仓库、设备升级改造; 大米包装设施设备; 稻米加工厂房、库房和生产设备), the third-party audit and the 25% rule, the first project's " +
      "audited invoices 1,115.66万元. Ours: the firms' names and codes (invented), the other three projects' audited sums, the table form. " +
      "Planted: the 合计 of 补助资金 typed 887.98 where the four awards add up to 886.98; the third firm's code ends 4 where its check character is 3.",
  },
  classes: [
    "register", "credit-codes", "project-column", "base-column", "two-decimal-wanyuan", "wanyuan-caption", "total-at-foot",
    "notes-under-table", "table-from-prose", "agri-industry-town", "district-fund", "liaoning",
  ],
  settings: { district: "沈阳市辽中区" },
  sheets: [
    {
      name: "公示表",
      widths: [6, 30, 22, 34, 16, 14],
      rows: [
        ["2020年辽中区杨士岗镇农业产业强镇建设项目补助资金公示表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "项目实施主体", "统一社会信用代码", "项目名称", "审核通过财务票据金额", "补助资金"],
        [1, "沈阳市辽中区禾丰源农产品有限公司", "91210115MAFT6RFR3G", "农产品电商、仓储分拣中心项目", 1115.66, 278.92],
        [2, "沈阳士岗盛达米业有限公司", "91210115MAE5N3PL13", "新建厂房、仓库、设备升级改造项目", 842.3, 210.58],
        [3, "沈阳辽中鑫良包装制品有限公司", "91210115MA20J9DCXY", "购置大米包装设施设备项目", 386.4, 96.6],
        [4, "沈阳蒲河稻香米业有限公司", "91210115MA565MM25T", "新建稻米加工厂房、库房和购置生产设备项目", 1203.52, 300.88],
        ["合计", null, null, null, 3547.88, 887.98],
        ["注：项目经第三方中介机构验收审核，按审核通过的财务票据金额的25%给予补助。", null, null, null, null, null],
        ["公示期：5个工作日。监督电话：024-87881234　　辽中区农业农村局", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A8:D8", "A9:F9", "A10:F10"],
      numberFormats: { "E4:F8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公示表", kind: "register", unit: "万元", headerRow: 3, lastRow: 8,
        columns: { B: "enterprise", C: "creditCode", D: "project", E: "base", F: "approved" }, year: 2020,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F8", why: "合计 887.98 but the four awards add up to 278.92 + 210.58 + 96.60 + 300.88 = 886.98: 1.00万元 over" },
      { rule: "register.invalid-credit-code", cell: "C6", why: "91210115MA20J9DCXY: the GB 32100-2015 check character of 91210115MA20J9DCX is X, not Y" },
      { rule: "cap.unknown-policy", cell: "F4", why: "no catalog loaded: the list's policy (农业产业强镇建设项目补助, from its title) has no cap to check the four awards against — reported once" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E8", why: "票据金额 3,547.88 = 1,115.66 + 842.30 + 386.40 + 1,203.52" },
      { rule: "composition.line-mismatch", why: "each award is 25% of its audited invoices within the fen (1,115.66 × 25% = 278.915, shown 278.92): the rate is a note, no column" },
      { rule: "register.location-code-mismatch", why: "every code's characters 3–8 are 210115, 沈阳市辽中区" },
      { rule: "register.duplicate", why: "four firms, four projects: no firm twice" },
      { rule: "input.unreadable-value", cell: "A9", why: "the note and the sign-off under the table are prose" },
    ],
  },
};
