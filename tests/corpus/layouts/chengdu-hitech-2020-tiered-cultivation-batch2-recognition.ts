import type { CorpusLayout } from "../types";

// 成都高新区新经济发展局 2020-12-16: the notice putting up 《2020年成都高新区梯度培育企业政策申报拟认定企业（第二批）》 for public view
// under 成高管发〔2020〕5号 — a recognition list with no money: 序号 | 企业名称 | 统一社会信用代码 | 类别 (种子期雏鹰企业 / 瞪羚企业, the
// kinds of firm the policy grades), the notice's sign-off under it.
export const layout: CorpusLayout = {
  id: "chengdu-hitech-2020-tiered-cultivation-batch2-recognition",
  source: {
    title: "2020年成都高新区梯度培育企业政策申报拟认定企业（第二批）公示（名单据正文拟）",
    url: "https://www.zhaozhengce.cn/Policy/Detail/13888",
    publisher: "成都高新区新经济发展局",
    date: "2020-12-16",
    changes:
      "The stored page holds the notice (its documents 成高管发〔2020〕5号 and 成高新〔2020〕1号, the 公示期 12-16 — 12-22, the annex's title and the " +
      "sign-off) but not the annex itself. The list's columns, the 类别 values (the policy's 种子期雏鹰企业 and 瞪羚企业) and every firm and code are " +
      "ours (codes 510100, 成都市), eight firms where the batch is longer. Planted: 成都芯域光电科技有限公司's code typed with check character G " +
      "(the valid one is F); 成都云栖数智科技有限公司 put up as a 种子期雏鹰企业 and again as a 瞪羚企业 under the one policy.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "category-column", "kinds-of-firm-as-category", "credit-codes", "batch-in-title", "sign-off-under-table", "notes-under-table", "table-from-prose", "development-zone", "sichuan"],
  settings: { district: "成都市" },
  sheets: [
    {
      name: "拟认定企业",
      widths: [6, 34, 22, 16],
      rows: [
        ["附件", null, null, null],
        ["2020年成都高新区梯度培育企业政策申报拟认定企业（第二批）", null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "类别"],
        [1, "成都云栖数智科技有限公司", "91510100MAMEC481WN", "种子期雏鹰企业"],
        [2, "成都锐川生物医药有限公司", "91510100MABP7RUJKJ", "种子期雏鹰企业"],
        [3, "成都芯域光电科技有限公司", "91510100MADB8WW3WG", "种子期雏鹰企业"],
        [4, "成都天府智联网络技术有限公司", "91510100MAUEJCLN1A", "种子期雏鹰企业"],
        [5, "成都极核微电子有限公司", "91510100MA5UE37J1M", "瞪羚企业"],
        [6, "成都云栖数智科技有限公司", "91510100MAMEC481WN", "瞪羚企业"],
        [7, "成都博衡医疗器械有限公司", "91510100MAWUNNGQ51", "瞪羚企业"],
        [8, "成都星图数字孪生科技有限公司", "91510100MAEQN32PY6", "瞪羚企业"],
        ["注：同一类别内排名不分先后。", null, null, null],
        [null, null, "成都高新区新经济发展局", null],
        [null, null, "2020年12月16日", null],
      ],
      merges: ["A2:D2", "A12:D12"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟认定企业",
        kind: "register",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "category" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "C6", why: "91510100MADB8WW3WG: the GB 32100-2015 check character of 91510100MADB8WW3W is F, not G" },
      {
        rule: "register.duplicate",
        cell: "B9",
        why: "成都云栖数智科技有限公司 (91510100MAMEC481WN) is on row 4 as a 种子期雏鹰企业 and again on row 9 as a 瞪羚企业: the 类别 is a kind of firm, the list's one policy its item, so the same firm twice",
      },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no money column: no amount goes unchecked" },
      { rule: "cap.no-cap", why: "no amount column" },
      { rule: "register.invalid-credit-code", cell: "C9", why: "the repeated code 91510100MAMEC481WN is itself valid" },
      { rule: "register.duplicate", cell: "B10", why: "博衡医疗器械 shares only its 类别 with the firms above" },
      { rule: "register.ineligible-location", why: "the list gives no place column" },
      { rule: "input.unreadable-value", why: "the note and the office's sign-off under the list are no rows" },
    ],
  },
};
