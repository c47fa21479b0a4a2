import type { CorpusLayout } from "../types";

// 山东省发展改革委、财政厅、科技厅、商务厅、中小企业局 2018-11-01: the clusters and carriers proposed for the province's 2019
// support after competitive review, put up for comment (11-01 to 11-07) in three annexed lists. Laid out as the third, the
// 先进制造业产业集群: 市, the cluster, the body that applied for it, the proposed money in 万元, 备注.
export const layout: CorpusLayout = {
  id: "shandong-2019-advanced-manufacturing-clusters",
  source: {
    title: "关于2019年度国家和省级中小企业创新创业升级特色载体及山东省特色产业集群拟扶持项目的公示（附件3：2019年度山东省先进制造业产业集群拟扶持项目名单）",
    url: "http://www.zkyjcjx.com/policy/view?id=2750",
    publisher: "山东省发展改革委、山东省财政厅、山东省科技厅、山东省商务厅、山东省中小企业局",
    date: "2018-11-01",
    changes:
      "The notice is as published (鲁财工〔2018〕23号; 竞争性评审答辩; 公示期为2018年11月1日至11月7日; three annexes as .docx). The stored " +
      "copy does not show the annexes, so the third's columns (序号 | 市 | 产业集群名称 | 申报单位 | 拟扶持资金 | 备注), caption and 合计 " +
      "are ours, as are the clusters, the applying bodies and the amounts. The notice states no amount: the catalog's maximum of " +
      "1,500万元 a cluster is chosen for the corpus. Planted: the 滨州 cluster at 1,800; the 临沂 cluster listed a second time (row 16).",
  },
  classes: ["register", "max-cap", "item-in-title", "cities-as-places", "province-wide-fund", "public-bodies-as-applicants", "project-name-column", "proposed-list", "wanyuan-caption", "remark-column", "shandong"],
  settings: { asOf: "2018-11-07" },
  sheets: [
    {
      name: "附件3",
      widths: [6, 10, 30, 34, 12, 14],
      rows: [
        ["附件3", null, null, null, null, null],
        ["2019年度山东省先进制造业产业集群拟扶持项目名单", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "市", "产业集群名称", "申报单位", "拟扶持资金", "备注"],
        [1, "济南市", "济南高端数控机床产业集群", "济南市章丘区人民政府", 1200, null],
        [2, "青岛市", "青岛轨道交通装备产业集群", "青岛市城阳区人民政府", 1500, null],
        [3, "淄博市", "淄博先进陶瓷材料产业集群", "淄博市淄川区人民政府", 1000, null],
        [4, "潍坊市", "潍坊动力装备产业集群", "潍坊高新技术产业开发区管理委员会", 1500, null],
        [5, "烟台市", "烟台汽车零部件产业集群", "烟台经济技术开发区管理委员会", 1200, null],
        [6, "济宁市", "济宁工程机械产业集群", "济宁高新技术产业开发区管理委员会", 1000, null],
        [7, "临沂市", "临沂工程机械产业集群", "临沂市费县人民政府", 800, null],
        [8, "德州市", "德州新能源装备产业集群", "德州经济技术开发区管理委员会", 1000, null],
        [9, "聊城市", "聊城轴承产业集群", "聊城市临清市人民政府", 800, null],
        [10, "滨州市", "滨州高端铝材产业集群", "滨州市邹平市人民政府", 1800, null],
        [11, "威海市", "威海医疗器械产业集群", "威海火炬高技术产业开发区管理委员会", 1200, null],
        [12, "临沂市", "临沂工程机械产业集群", "临沂市费县人民政府", 800, null],
        ["合计", null, null, null, 13800, null],
      ],
      merges: ["A2:F2", "A17:D17"],
      numberFormats: { "E5:E17": "#,##0" },
    },
  ],
  catalog: {
    items: [
      {
        name: "山东省先进制造业产业集群",
        capType: "max",
        capAmount: 1500,
        unit: "万元",
        year: 2019,
        document: "鲁财工〔2018〕23号（每个集群最高1500万元：为语料选定，公示未载）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "附件3",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 17,
        columns: { B: "place", C: "project", D: "enterprise", E: "approved" },
        year: 2019,
        item: "山东省先进制造业产业集群",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E14", why: "滨州高端铝材 1,800 where a cluster gets at most 1,500万元: 300万元 over" },
      { rule: "register.duplicate", cell: "E16", why: "临沂市费县人民政府 again under the same item and year (the same cluster, the same 800); first at row 11" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "E10", why: "济宁 and 烟台 are different applying bodies; no name repeats apart from 费县" },
      { rule: "cap.exceeded", cell: "E6", why: "1,500 exactly" },
      { rule: "cap.exceeded", cell: "E17", why: "合计 13,800 is not an award" },
      { rule: "cap.unknown-policy", why: "产业集群名称 is each cluster's own project, not a policy item; the item is in the title and the catalog" },
      { rule: "register.ineligible-location", why: "no district is set: a provincial list over its cities" },
      { rule: "register.invalid-credit-code", why: "the list has no codes" },
      { rule: "register.unpaid", why: "a list for 2019 put up for comment in November 2018" },
      { rule: "input.unreadable-value", why: "申报单位 are public bodies named in words; 备注 is empty" },
    ],
  },
};
