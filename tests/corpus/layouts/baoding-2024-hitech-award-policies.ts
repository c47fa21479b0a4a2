import type { CorpusLayout } from "../types";

// 2024年河北省及各市区县高新技术企业奖励补贴政策汇编 (保定 part): 一、河北省 (新认定每家10万元后补助), 二、保定市 and its counties and
// districts, each as a heading, its standard in prose and 政策依据. Laid out as that catalog (section headings merged across), then a 竞秀区 兑现名单
// naming for each firm which of the catalog's awards it is paid.
export const layout: CorpusLayout = {
  id: "baoding-2024-hitech-award-policies",
  source: {
    title: "一文汇编：2024年河北省及各市区县高新技术企业奖励补贴政策、各区县高企奖补！（保定部分；兑现名单据汇编拟）",
    url: "https://blog.csdn.net/wotao13053132051/article/details/136629116",
    publisher: "CSDN（汇编）",
    date: "2024-03",
    changes:
      "As published: the province's and five 保定 counties' standards and 政策依据 (竞秀区 10 / 12 / 15万元 by 营业收入 band; 高阳县 10 and 复审 2; 涿州市 10 / 5; " +
      "清苑区 5 and 复审 2; 阜平县 10 / 5). Ours: the short item names in column B (the page heads each with 保定市…区高新技术企业奖励政策), the whole 兑现名单 " +
      "sheet — firms, valid 竞秀区 codes (130602), revenues and amounts. Planted: a 竞秀区 award of 18 (its largest band is 15); one firm paid the 竞秀区 award twice.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "banded-fixed-awards", "section-rows", "document-column", "item-per-row", "same-firm-two-items", "credit-codes", "kind-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "policy-digest", "hebei"],
  settings: { district: "竞秀区" },
  sheets: [
    {
      name: "政策汇编",
      widths: [6, 26, 70, 36],
      rows: [
        ["2024年河北省及保定市各区县高新技术企业奖励政策", null, null, null],
        ["序号", "政策事项", "奖励标准", "政策依据"],
        ["一、河北省高新技术企业奖励政策", null, null, null],
        [1, "河北省高新技术企业后补助", "新认定的高新技术企业，每家给予10万元后补助资金支持。", "《河北省关于加快推进科技创新的若干措施》"],
        ["二、保定市高新技术企业奖励政策", null, null, null],
        [2, "竞秀区高新技术企业奖励", "对首次通过认定和重新认定的高新技术企业，根据上年度营业收入分为1000万以下、1000万（含）-2000万（不含）、2000万以上三档，分别给予10万元、12万元、15万元奖励。", "《竞秀区支持科技创新若干措施》"],
        [3, "高阳县高新技术企业奖励", "对新认定的“高新技术企业”，县财政给予10万元的补助奖励；对于复审认定的“国家高新技术企业”县财政给予2万元的补助奖励。", "《高阳县鼓励和支持企业科技创新措施（试行）》"],
        [4, "涿州市高新技术企业奖励", "对新认定和重新认定的高新技术企业分别给予一次性奖励10万元、5万元。", null],
        [5, "清苑区高新技术企业奖励", "新认定的国家高新技术企业、国家创新型企业一次性奖励5万元；对于复审认定的国家高新技术企业一次性奖励2万元。", "《保定市清苑区招商引资优惠政策》"],
        [6, "阜平县高新技术企业奖励", "对于新认定的高新技术企业或创新型企业，给予一次性10万元奖励，复审的给予一次性5万元奖励。", "《阜平县招商引资政策》"],
      ],
      merges: ["A1:D1", "A3:D3", "A5:D5"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 16, 12, 26, 14],
      rows: [
        ["竞秀区2024年高新技术企业奖励兑现名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "上年度营业收入", "认定类型", "奖励事项", "奖励金额"],
        [1, "保定智芯电子科技有限公司", "91130602MA0DK3R57Q", 860, "首次认定", "竞秀区高新技术企业奖励", 10],
        [2, "保定恒远新材料有限公司", "91130602MA0E2N8L4N", 1520, "重新认定", "竞秀区高新技术企业奖励", 12],
        [3, "保定华清环境科技有限公司", "91130602MA0F7P1Q93", 3260, "首次认定", "竞秀区高新技术企业奖励", 18],
        [4, "保定智芯电子科技有限公司", "91130602MA0DK3R57Q", 860, "首次认定", "河北省高新技术企业后补助", 10],
        [5, "保定云图数据服务有限公司", "91130602MA0G5T6W2N", 2480, "首次认定", "竞秀区高新技术企业奖励", 15],
        [6, "保定恒远新材料有限公司", "91130602MA0E2N8L4N", 1520, "重新认定", "竞秀区高新技术企业奖励", 12],
        ["合计", null, null, null, null, null, 77],
        ["注：上年度营业收入单位为万元；河北省后补助由区财政代为拨付。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A10:F10", "A11:G11"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策汇编", kind: "catalog", headerRow: 2, lastRow: 10, columns: { B: "item", C: "standard", D: "document" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", E: "category", F: "item", G: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G6", why: "竞秀区高新技术企业奖励 pays 10, 12 or 15万元 by band: at most the largest, 15; 18 paid, 3 over" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "G9", why: "保定恒远新材料有限公司 (91130602MA0E2N8L4N) paid 竞秀区高新技术企业奖励 in 2024 again; first at row 5" },
    ],
    absent: [
      { rule: "register.duplicate", sheet: "兑现名单", cell: "G7", why: "保定智芯 is paid two different items (the province's 后补助 and the 竞秀区 award)" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G8", why: "15 = the largest 竞秀区 band" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G7", why: "河北省后补助 10 = its fixed 10万元" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "every 奖励事项 names a catalog item" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "G10", why: "10 + 12 + 18 + 10 + 15 + 12 = 77" },
      { rule: "catalog.unreadable-standard", sheet: "政策汇编", cell: "C6", why: "分别给予10万元、12万元、15万元: several fixed awards, read as caps with the item allowed the largest" },
      { rule: "cap.rate-exceeded", why: "no rate item; 上年度营业收入 is the band's measure, no base of a rate" },
    ],
  },
};
