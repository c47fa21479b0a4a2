import type { CorpusLayout } from "../types";

// 贵州省专精特新中小企业 (as a directory site reprinted it): the four recognition conditions in prose (2年以上, 研发费用不低于100万元 and 3%,
// 营业收入1000万元 or 股权融资2000万元, 60分) above the list 序号 | 企业名称 | 所属地区, every place a city of 贵州; one row's place a city of 云南.
export const layout: CorpusLayout = {
  id: "guizhou-srdi-sme-recognition-list-with-criteria",
  source: {
    title: "贵州省专精特新中小企业认定条件及名单",
    url: "https://maigoo.com/news/664623.html",
    publisher: "贵州省工业和信息化厅（网站转载）",
    changes:
      "As published: the conditions paragraph (shortened to its four conditions, the sub-conditions of （四） cut), the headers 序号 | 企业名称 | " +
      "所属地区 and the cities written in full (贵阳市). The firms are ours and the list is cut to twelve rows (the stored copy shows the first twenty, " +
      "all 贵阳市; our rows 11–12 add 遵义市 and 六盘水市). Planted: 序号 9's 所属地区 typed 曲靖市, a city of 云南, in a list of 贵州's firms.",
  },
  classes: ["register", "recognition-list", "no-amount", "conditions-above-table", "conditions-not-caps", "cities-as-places", "province-wide-list", "excerpt", "guizhou"],
  settings: { district: "贵州省" },
  sheets: [
    {
      name: "名单",
      widths: [8, 40, 14],
      rows: [
        ["贵州省专精特新中小企业名单", null, null],
        [
          "认定条件：同时满足以下四项条件即视为满足认定条件：（一）从事特定细分市场时间达到2年以上；（二）上年度研发费用总额不低于100万元，且占营业收入总额比重不低于3%；" +
            "（三）上年度营业收入总额在1000万元以上，或上年度营业收入总额在1000万元以下，但近2年新增股权融资总额（合格机构投资者的实缴额）达到2000万元以上；（四）评价得分达到60分以上或满足相关条件之一。",
          null,
          null,
        ],
        ["序号", "企业名称", "所属地区"],
        [1, "贵阳筑恒仪表有限公司", "贵阳市"],
        [2, "贵州黔能电力装备有限公司", "贵阳市"],
        [3, "贵阳天成摩擦材料有限公司", "贵阳市"],
        [4, "贵州博衡精密测控有限公司", "贵阳市"],
        [5, "贵州云岭弹簧制造有限公司", "贵阳市"],
        [6, "贵阳航翔机械科技有限公司", "贵阳市"],
        [7, "贵州微源化工科技有限公司", "贵阳市"],
        [8, "贵阳乌当液压件有限公司", "贵阳市"],
        [9, "贵州鸿钧电工有限公司", "曲靖市"],
        [10, "贵阳花溪密封件有限责任公司", "贵阳市"],
        [11, "遵义红花岗汽车饰件有限公司", "遵义市"],
        [12, "六盘水钟山矿山机械有限公司", "六盘水市"],
      ],
      merges: ["A1:C1", "A2:C2"],
    },
  ],
  expect: {
    tables: [{ sheet: "名单", kind: "register", headerRow: 3, lastRow: 15, columns: { B: "enterprise", C: "place" } }],
    findings: [
      { rule: "register.ineligible-location", cell: "C12", why: "曲靖市 is a city of 云南省, outside 贵州省 whose firms the list names" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "C14", why: "遵义市 is a city of 贵州省" },
      { rule: "register.ineligible-location", cell: "C15", why: "六盘水市 is a city of 贵州省" },
      { rule: "register.ineligible-location", cell: "C4", why: "贵阳市 is 贵州's capital" },
      { rule: "cap.exceeded", why: "100万元, 1000万元 and 2000万元 in the conditions are thresholds a firm must reach, not caps, and the list has no amount" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.duplicate", why: "twelve different firms" },
      { rule: "input.unreadable-value", cell: "A2", why: "the conditions are prose above the header" },
    ],
  },
};
