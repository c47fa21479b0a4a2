import type { CorpusLayout } from "../types";

// 河南省工信厅 规划处 2024-02-29: 2023年河南省先进制造业集群 拟认定名单 (10 clusters) put up for comment — 序号 | 集群名称 | 所在地区 |
// 牵头单位, no money; nothing to report.
export const layout: CorpusLayout = {
  id: "henan-2023-advanced-manufacturing-clusters-proposed-list",
  source: {
    title: "关于2023年河南省先进制造业集群拟认定名单的公示（附件：2023年河南省先进制造业集群公示名单）",
    url: "http://gxt.henan.gov.cn/2024/02-29/2955430.html",
    publisher: "河南省工业和信息化厅",
    date: "2024-02-29",
    changes:
      "The notice is as published (豫工信规〔2023〕162号, 豫工信规〔2023〕204号; 10 省级先进制造业集群; 公示 2-29 to 3-6). The stored copy does not " +
      "show the annex: it is laid out as 序号 | 集群名称 | 所在地区 | 牵头单位 (促进机构), and the ten clusters, places and bodies are ours. " +
      "Nothing planted: two clusters in 郑州市 and two in 洛阳市 are different clusters.",
  },
  classes: ["register", "clean", "recognition-list", "no-amount-column", "clusters-as-entries", "cities-as-places", "same-city-twice", "promoter-column", "annex-title-row", "notes-under-table", "table-not-in-stored-copy", "province-wide-list", "henan"],
  settings: { district: "河南省", asOf: "2024-03-06" },
  sheets: [
    {
      name: "附件",
      widths: [6, 30, 12, 32],
      rows: [
        ["附件", null, null, null],
        ["2023年河南省先进制造业集群公示名单", null, null, null],
        ["序号", "集群名称", "所在地区", "牵头单位（集群促进机构）"],
        [1, "郑州新能源汽车产业集群", "郑州市", "郑州市新能源汽车产业发展促进中心"],
        [2, "郑州智能传感器产业集群", "郑州市", "郑州智能传感谷发展服务中心"],
        [3, "洛阳高端轴承产业集群", "洛阳市", "洛阳市轴承产业协会"],
        [4, "洛阳新型耐火材料产业集群", "洛阳市", "洛阳耐火材料产业技术研究院"],
        [5, "许昌电力装备产业集群", "许昌市", "许昌市电力装备行业协会"],
        [6, "新乡起重装备产业集群", "新乡市", "新乡市起重机械行业协会"],
        [7, "焦作新能源电池材料产业集群", "焦作市", "焦作市电池材料产业联盟"],
        [8, "漯河休闲食品产业集群", "漯河市", "漯河市食品工业协会"],
        [9, "南阳光电产业集群", "南阳市", "南阳光电产业技术创新中心"],
        [10, "安阳精密铸造产业集群", "安阳市", "安阳市铸造行业协会"],
        ["注：排名不分先后。", null, null, null],
      ],
      merges: ["A2:D2", "A14:D14"],
    },
  ],
  expect: {
    tables: [
      { sheet: "附件", kind: "register", headerRow: 3, lastRow: 13, columns: { B: "enterprise", C: "place" } },
    ],
    findings: [],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.duplicate", cell: "B5", why: "郑州智能传感器 is another cluster than 郑州新能源汽车, though both are in 郑州市" },
      { rule: "register.duplicate", cell: "B7", why: "洛阳新型耐火材料 is another cluster than 洛阳高端轴承" },
      { rule: "register.ineligible-location", why: "every 所在地区 is a city of 河南省" },
      { rule: "register.invalid-credit-code", why: "no code column" },
    ],
  },
};
