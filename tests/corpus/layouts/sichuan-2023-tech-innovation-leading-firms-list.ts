import type { CorpusLayout } from "../types";

// 四川省科学技术厅 2024-05 公示: 2023年度四川省科技创新领军企业 proposed for commendation (附件1 拟推荐表扬的企业名单),
// under 川科领办〔2022〕5号. Laid out as the firms' list with a 奖励资金 column of our own; firms and codes invented.
export const layout: CorpusLayout = {
  id: "sichuan-2023-tech-innovation-leading-firms-list",
  source: {
    title: "关于2023年度四川省科技创新领军企业和企业家拟推荐表扬名单的公示（附件1 拟推荐表扬的企业名单）",
    url: "http://www.zoco-s.cn/a/xinxiyundao/gongshigonggao/2024/0520/4410.html",
    publisher: "四川省科学技术厅",
    date: "2024-05-17",
    changes:
      "As published: a 公示 of two attachments (firms, entrepreneurs), 公示期 2024-05-17 to 05-24; the stored copy shows no attachment body. " +
      "Ours: the list's columns (序号 | 企业名称 | 统一社会信用代码 | 所在市（州） | 所属领域 | 奖励资金（万元）), the firms (invented), codes, amounts and the note. " +
      "Planted: 成都锦程智算科技有限公司 listed a second time (row 10); 德阳东汽清能装备有限公司's code with a wrong check character.",
  },
  classes: ["register", "fixed-award", "field-column", "credit-codes", "one-firm-two-rows", "cities-as-places", "item-in-title", "no-catalog", "whole-wanyuan", "unit-in-headings", "total-at-foot", "notes-under-table", "table-from-prose", "province-fund", "sichuan"],
  sheets: [
    {
      name: "企业名单",
      widths: [6, 30, 22, 14, 14, 14],
      rows: [
        ["2023年度四川省科技创新领军企业拟推荐表扬名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在市（州）", "所属领域", "奖励资金（万元）"],
        [1, "成都锦程智算科技有限公司", "91510100MA61AB23CR", "成都市", "电子信息", 100],
        [2, "绵阳九洲微波通信有限公司", "91510700MA62DE45FY", "绵阳市", "电子信息", 100],
        [3, "德阳东汽清能装备有限公司", "91510600MA63GH67K4", "德阳市", "装备制造", 100],
        [4, "宜宾锂源新能源材料有限公司", "91511500MA64JK89LB", "宜宾市", "新能源", 100],
        [5, "成都蜀康生物制药有限公司", "91510100MA65LM12N2", "成都市", "生物医药", 100],
        [6, "成都天府航发零部件有限公司", "91510100MA66NP34Q6", "成都市", "航空航天", 100],
        [7, "成都锦程智算科技有限公司", "91510100MA61AB23CR", "成都市", "电子信息", 100],
        ["合计", null, null, null, null, 700],
        ["注：公示期为2024年5月17日—2024年5月24日；对公示内容有异议的，请以实名向四川省科学技术厅书面提出。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A10:E10", "A11:F11"],
    },
  ],
  settings: { district: "四川省" },
  expect: {
    tables: [
      { sheet: "企业名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 10, columns: { B: "enterprise", C: "creditCode", D: "place", E: "category", F: "approved" }, year: 2023 },
    ],
    findings: [
      { rule: "register.duplicate", cell: "F9", why: "成都锦程智算科技有限公司 (91510100MA61AB23CR) listed again in the same 2023 list, 100万元; first at row 3" },
      { rule: "register.invalid-credit-code", cell: "C5", why: "91510600MA63GH67K4: the GB 32100-2015 check character of 91510600MA63GH67K is 3, not 4" },
      { rule: "cap.unknown-policy", cell: "F3", why: "no catalog: the list's item (科技创新领军企业, from its title) is in none; reported once for the 7 rows" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F10", why: "合计 700 = 7 rows × 100 as typed (the duplicate included)" },
      { rule: "register.ineligible-location", why: "成都、绵阳、德阳、宜宾 are cities of 四川省" },
      { rule: "register.location-code-mismatch", why: "codes' characters 3–8 (510100, 510700, 510600, 511500) match each firm's city" },
      { rule: "register.unpaid", why: "a 公示 list records no payments" },
    ],
  },
};
