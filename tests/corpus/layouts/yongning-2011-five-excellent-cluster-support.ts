import type { CorpusLayout } from "../types";

// 银川市永宁县发改局 2011-12: eleven 永宁 firms got the autonomous region's “五优一新” industrial-cluster support, 360万元 in
// all, 30万元 to 40万元 each, after the city's check and the region's review. A list from before unified credit codes
// (2015): firm, township, the project supported, the amount.
export const layout: CorpusLayout = {
  id: "yongning-2011-five-excellent-cluster-support",
  source: {
    title: "永宁县11家企业获自治区“五优一新”产业集群发展扶持资金360万元（名单据正文拟）",
    url: "http://mm5888.com/20111209/90776.html",
    publisher: "永宁县发展和改革局（新闻转载）",
    date: "2011-12-09",
    changes:
      "The release's figures are kept: 11家永宁企业, 共计360万元, 各家企业获得30万元至40万元不等; 银川市工信局和财政局核查推荐, 自治区经信委评审. " +
      "It gives them in prose and names three firms; laid out here as the list such an award carries (序号 | 企业名称 | 所在乡镇 | 扶持项目 | " +
      "扶持资金 | 备注, 单位：万元, 合计, a note). Every firm (the three named ones too), township, project and amount is ours; the total is " +
      "kept at 360. The as-of date is set to 2011-11-30, when the awards had been decided. The catalog's maximum is the release's 40万元. No credit codes: the list predates them. Planted: 永宁望远机械 awarded " +
      "45.00 (above 40万元); 贺兰金山建材 placed in 习岗镇, a town of 贺兰县.",
  },
  classes: ["register", "max-cap", "range-in-release", "no-credit-codes", "pre-2015", "towns-as-places", "item-in-title", "project-name-column", "wanyuan-caption", "remark-column", "notes-under-table", "ningxia"],
  settings: { district: "永宁县", asOf: "2011-11-30" },
  sheets: [
    {
      name: "扶持名单",
      widths: [6, 30, 10, 30, 12, 10],
      rows: [
        ["2011年自治区“五优一新”产业集群发展扶持资金永宁县企业名单", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "所在乡镇", "扶持项目", "扶持资金", "备注"],
        [1, "宁夏永宁钢构制造有限公司", "望远镇", "钢结构生产线技术改造", 30, null],
        [2, "永宁县清真牛羊肉食品有限公司", "杨和镇", "清真肉食品精深加工", 30, null],
        [3, "宁夏黄河乳业有限责任公司", "望洪镇", "乳制品生产线扩建", 40, null],
        [4, "永宁县胜利枸杞制品有限公司", "胜利乡", "枸杞深加工", 30, null],
        [5, "宁夏李俊葡萄酒业有限公司", "李俊镇", "葡萄酒酿造技术改造", 30, null],
        [6, "宁夏闽宁新材料有限公司", "闽宁镇", "新型墙体材料生产线", 35, null],
        [7, "永宁望远机械制造有限公司", "望远镇", "农机装备制造", 45, null],
        [8, "永宁县杨和粮油加工有限公司", "杨和镇", "粮油精深加工", 30, null],
        [9, "宁夏望洪生物科技有限公司", "望洪镇", "生物饲料生产", 30, null],
        [10, "贺兰金山建材有限公司", "习岗镇", "新型建材生产线", 30, null],
        [11, "永宁县闽宁光伏科技有限公司", "闽宁镇", "光伏组件封装", 30, null],
        ["合计", null, null, null, 360, null],
        ["注：经银川市工信局、财政局核查推荐，自治区经信委评审确定；每家企业扶持30万元至40万元。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A15:D15", "A16:F16"],
      numberFormats: { "E4:E15": "0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "“五优一新”产业集群发展扶持资金", capType: "max", capAmount: 40, unit: "万元", year: 2011, document: "自治区经信委 2011年“五优一新”产业集群发展扶持资金（每家30万元至40万元）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "扶持名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { B: "enterprise", C: "place", D: "project", E: "approved" },
        year: 2011,
        item: "“五优一新”产业集群发展扶持资金",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E10", why: "永宁望远机械: 45.00 against a maximum of 40万元 a firm: 5.00万元 over" },
      { rule: "register.ineligible-location", cell: "C13", why: "习岗镇 is a town of 贺兰县, not of 永宁县" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "E6", why: "40.00 is the maximum exactly" },
      { rule: "cap.exceeded", cell: "E15", why: "合计 360 is not an award" },
      { rule: "register.ineligible-location", cell: "C4", why: "望远镇, 杨和镇, 望洪镇, 胜利乡, 李俊镇, 闽宁镇 are 永宁县's" },
      { rule: "register.duplicate", why: "望远镇, 杨和镇, 望洪镇 and 闽宁镇 have two firms each; no firm appears twice" },
      { rule: "register.invalid-credit-code", why: "the list has no credit codes" },
      { rule: "register.location-code-mismatch", why: "no codes" },
      { rule: "cap.unknown-policy", why: "the item is in the title and in the catalog" },
      { rule: "cap.rate-exceeded", why: "a maximum, not a rate" },
      { rule: "register.unpaid", why: "checked as of 2011-11-30 (the release of 12-09 reports awards already decided): the deadline itself, not past it" },
      { rule: "input.unreadable-value", why: "扶持项目 and the note are text by nature" },
    ],
  },
};
