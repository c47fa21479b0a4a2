import type { CorpusLayout } from "../types";

// 四川 2021年度全省100户大企业大集团名单 (as a news page reprinted it): 序号 | 企业名称 | 市州, the 市州 written short (乐山, 绵阳 …), no
// amount; the reprint shows the rows from 65 on. A recognition list: one firm listed twice.
export const layout: CorpusLayout = {
  id: "sichuan-2021-hundred-large-groups-list",
  source: {
    title: "2021年度全省100户大企业大集团名单",
    url: "http://h7208.cn/content/details_23_7895.html",
    publisher: "四川省经济和信息化厅（新闻转载）",
    date: "2022",
    changes:
      "As published: the title row, the three headers 序号 | 企业名称 | 市州, the 市州 in their short form, and the numbering from 65 (the stored " +
      "copy shows rows 65–77 only, so rows 1–64 and 78–100 are not reproduced). The firms are ours. Planted: 成都蜀锦建工集团有限公司 listed twice " +
      "(序号 68 and 75).",
  },
  classes: ["register", "recognition-list", "no-amount", "excerpt", "numbering-from-mid-list", "short-city-names", "cities-as-places", "province-wide-list", "sichuan"],
  settings: { district: "四川省" },
  sheets: [
    {
      name: "名单",
      widths: [8, 40, 12],
      rows: [
        ["2021年度全省100户大企业大集团名单", null, null],
        ["序号", "企业名称", "市州"],
        [65, "乐山嘉岷化工集团有限公司", "乐山"],
        [66, "四川涪江实业集团有限公司", "绵阳"],
        [67, "德阳旌湖控股集团有限公司", "德阳"],
        [68, "成都蜀锦建工集团有限公司", "成都"],
        [69, "成都锦城光电显示有限公司", "成都"],
        [70, "遂宁射洪锂能科技有限公司", "遂宁"],
        [71, "绵阳科创城建投资集团有限公司", "绵阳"],
        [72, "四川天府汽车贸易有限公司", "成都"],
        [73, "攀枝花钒钛新材料股份有限公司", "攀枝花"],
        [74, "宜宾江源酒业集团有限公司", "宜宾"],
        [75, "成都蜀锦建工集团有限公司", "成都"],
        [76, "南充嘉陵化纤实业有限公司", "南充"],
        [77, "泸州长江机械制造有限公司", "泸州"],
      ],
      merges: ["A1:C1"],
    },
  ],
  expect: {
    tables: [{ sheet: "名单", kind: "register", headerRow: 2, lastRow: 15, columns: { B: "enterprise", C: "place" }, year: 2021 }],
    findings: [
      { rule: "register.duplicate", cell: "B13", why: "成都蜀锦建工集团有限公司 is 序号 68 (row 6) and again 序号 75 (row 13)" },
    ],
    absent: [
      { rule: "register.ineligible-location", why: "乐山, 绵阳, 德阳, 成都, 遂宁, 攀枝花, 宜宾, 南充, 泸州 are cities of 四川省, written without 市" },
      { rule: "register.duplicate", cell: "B9", why: "成都锦城光电显示 and 成都蜀锦建工 share only the city" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.invalid-credit-code", why: "the list has no credit codes" },
      { rule: "input.unreadable-value", cell: "A3", why: "序号 starting at 65 is the list's own numbering" },
    ],
  },
};
