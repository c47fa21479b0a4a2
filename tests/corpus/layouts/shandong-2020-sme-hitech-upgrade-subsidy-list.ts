import type { CorpusLayout } from "../types";

// 山东省科学技术厅 2020-02-12: 1891 small and micro firms proposed for the subsidy to firms upgraded to 高新技术企业 (鲁财教〔2016〕59号,
// 鲁办发〔2018〕37号, 鲁科字〔2019〕114号); 附件1 the 拟财政补助企业名单. Laid out as a province-wide list by city with codes and amounts.
export const layout: CorpusLayout = {
  id: "shandong-2020-sme-hitech-upgrade-subsidy-list",
  source: {
    title: "2020山东省中小微企业升级高新技术企业拟财政补助企业名单（摘录）",
    url: "http://gzty456.com/patent/4980_0.html",
    publisher: "山东省科学技术厅",
    date: "2020-02-12",
    changes:
      "As published: the title of 附件1, the documents, 1891 firms. The stored copy shows the notice only: the columns (序号 | 所属市 | 企业名称 | " +
      "统一社会信用代码 | 拟补助金额（万元）), the six firms, their codes, the 10万元 amounts, the 合计 and the note are ours. Planted: one firm listed " +
      "twice (row 9 repeats row 5); one code with a wrong check character.",
  },
  classes: ["register", "province-wide-list", "cities-as-places", "credit-codes", "duplicate-firm", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "excerpt", "table-not-in-stored-copy", "shandong"],
  settings: { district: "山东省" },
  sheets: [
    {
      name: "附件1",
      widths: [6, 10, 32, 22, 16],
      rows: [
        ["附件1", null, null, null, null],
        ["2020山东省中小微企业升级高新技术企业拟财政补助企业名单（摘录）", null, null, null, null],
        ["序号", "所属市", "企业名称", "统一社会信用代码", "拟补助金额（万元）"],
        [1, "济南市", "济南泉晟电子科技有限公司", "91370112MA3C8N4Q1A", 10],
        [2, "青岛市", "青岛海纳智控设备有限公司", "91370211MA3M2T7WXJ", 10],
        [3, "潍坊市", "寿光市润禾生物科技有限公司", "91370783169344028X", 10],
        [4, "威海市", "威海远帆新材料有限公司", "91371002MA3R5D8X91", 10],
        [5, "济宁市", "汶上县鼎盛精密机械有限公司", "91370830MA3U9E6B5F", 10],
        [6, "青岛市", "青岛海纳智控设备有限公司", "91370211MA3M2T7WXJ", 10],
        ["合计", null, null, null, 60],
        ["注：补助资金按《山东省小微企业升级高新技术企业财政补助资金管理办法》（鲁财教〔2016〕59号）安排，由各市科技局核查后拨付。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A10:D10", "A11:E11"],
      numberFormats: { "E4:E10": "0" },
    },
  ],
  // Corrected after the hundred-and-fifty-ninth holdout's measurement (counted failed): the list's one cap.unknown-policy was
  // stated with no cell, which no finding matches (and the type forbids); docs/rules.md reports it at the first row's amount.
  expect: {
    tables: [
      { sheet: "附件1", kind: "register", unit: "万元", headerRow: 3, lastRow: 10, columns: { B: "place", C: "enterprise", D: "creditCode", E: "approved" }, year: 2020 },
    ],
    findings: [
      { rule: "register.duplicate", cell: "C9", why: "青岛海纳智控设备有限公司 (91370211MA3M2T7WXJ) is row 5 and again row 9" },
      { rule: "register.invalid-credit-code", cell: "D7", why: "91371002MA3R5D8X91: the check character for 91371002MA3R5D8X9 is 0" },
      { rule: "cap.unknown-policy", cell: "E4", why: "no catalog: the list's policy (its title) has no cap to check its amounts against; reported once, at the first row's amount" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "B4", why: "济南 and the other cities are in 山东省" },
      { rule: "register.invalid-credit-code", cell: "D6", why: "91370783169344028X is valid (its check character is X)" },
      { rule: "register.duplicate", cell: "C6", why: "寿光市润禾 once; the 所属市 青岛 twice is no duplicate by itself" },
      { rule: "cap.exceeded", cell: "E10", why: "合计 60 = 6 × 10 is no award" },
    ],
  },
};
