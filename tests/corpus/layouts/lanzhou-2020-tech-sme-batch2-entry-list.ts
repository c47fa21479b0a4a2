import type { CorpusLayout } from "../types";

// 甘肃省科技厅 2020-04: 甘肃省2020年第二批拟入库科技型中小企业名单 (253 firms, 87 of them in 兰州市), reported by 中国甘肃网.
// Laid out as the 公示's annex in the national evaluation system's form: 序号 | 入库登记编号 | 企业名称 | 统一社会信用代码 | 所在地区,
// the 兰州市 part only; no money. The firms, codes and registration numbers are ours.
export const layout: CorpusLayout = {
  id: "lanzhou-2020-tech-sme-batch2-entry-list",
  source: {
    title: "兰州市87家企业入围甘肃省2020年第二批拟入库科技型中小企业名单（兰州市部分名单据报道拟）",
    url: "https://p2.ttnews.xyz/a/60695595d81a1b53935f6a80",
    publisher: "甘肃省科学技术厅（中国甘肃网报道）",
    date: "2020-04-21",
    changes:
      "As published: the notice on 甘肃省2020年第二批拟入库科技型中小企业名单 (253 firms, 87 in 兰州市) as 中国甘肃网 reported it; the stored copy names three firms " +
      "but does not show the annex. The annex is laid out in the evaluation system's usual form (入库登记编号 beside the firm), 兰州市 part only, nine rows; every firm, " +
      "登记编号 and 统一社会信用代码 is ours (the real firms named in the report are not used). Planted: the 七里河区 firm's code has a wrong check character; " +
      "the 城关区 firm is listed again at the foot.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "credit-codes", "registration-number-column", "counties-and-districts-as-places", "annex-title-row", "notes-under-table", "table-from-notice", "news-report", "province-wide-list", "gansu"],
  settings: { district: "甘肃省" },
  sheets: [
    {
      name: "拟入库名单",
      widths: [6, 22, 30, 24, 18],
      rows: [
        ["附件", null, null, null, null],
        ["甘肃省2020年第二批拟入库科技型中小企业名单（兰州市）", null, null, null, null],
        ["序号", "入库登记编号", "企业名称", "统一社会信用代码", "所在地区"],
        [1, "202062010200000458", "兰州祁连数智科技有限公司", "91620102MA73D9E5UA", "兰州市城关区"],
        [2, "202062010300000213", "兰州黄河源仪器有限公司", "91620103MA71P2WK46", "兰州市七里河区"],
        [3, "202062010400000097", "兰州西固新材化工科技有限公司", "91620104MA72H8NT1Y", "兰州市西固区"],
        [4, "202062010500000361", "甘肃安宁智农生物科技有限公司", "91620105MA74C3FJ67", "兰州市安宁区"],
        [5, "202062011100000042", "兰州红古陶瓷新材料有限公司", "91620111MA73W5GY04", "兰州市红古区"],
        [6, "202062012100000075", "永登县丝路中药材科技有限公司", "91620121MA71R7DM3L", "兰州市永登县"],
        [7, "202062012200000031", "皋兰县百合农业科技有限公司", "91620122MA72X4TB91", "兰州市皋兰县"],
        [8, "202062010000000186", "甘肃陇创软件科技有限公司", "91620100MA71K3R2XW", "兰州市"],
        [9, "202062010200000458", "兰州祁连数智科技有限公司", "91620102MA73D9E5UA", "兰州市城关区"],
        ["注：名单按企业所在地区排列，排名不分先后；公示期为5个工作日。", null, null, null, null],
      ],
      merges: ["A2:E2", "A13:E13"],
    },
  ],
  expect: {
    tables: [
      { sheet: "拟入库名单", kind: "register", headerRow: 3, lastRow: 12, columns: { C: "enterprise", D: "creditCode", E: "place" }, year: 2020 },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "D5", why: "91620103MA71P2WK46: the GB 32100-2015 check character of 91620103MA71P2WK4 is 5, not 6" },
      { rule: "register.duplicate", cell: "C12", why: "兰州祁连数智科技有限公司 (91620102MA73D9E5UA) is listed on rows 4 and 12 of the one list" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "C4", why: "the first of the two rows is not the duplicate" },
      { rule: "register.invalid-credit-code", cell: "D12", why: "the repeated code is itself valid" },
      { rule: "register.invalid-credit-code", cell: "B4", why: "入库登记编号 (year + area + serial, all digits) is a registration number, not a credit code" },
      { rule: "register.invalid-credit-code", cell: "B9", why: "a registration number, not a credit code" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column leaves no amount unchecked" },
      { rule: "cap.no-cap", why: "no amounts" },
      { rule: "register.ineligible-location", why: "every 区 and 县 (城关、七里河、西固、安宁、红古、永登、皋兰) is in 兰州市, 甘肃省" },
      { rule: "register.location-code-mismatch", why: "each code's area digits (620102 城关区, 620103 七里河区, 620104 西固区, 620105 安宁区, 620111 红古区, 620121 永登县, 620122 皋兰县, 620100 兰州市) fit its place" },
      { rule: "input.unreadable-value", cell: "A1", why: "附件 is the annex's label, not data" },
    ],
  },
};
