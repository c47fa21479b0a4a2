import type { CorpusLayout } from "../types";

// 内蒙古自治区工业和信息化厅 (12-19 to 12-23): the region's money for 中小企业特色产业集群 it recognised, put up for comment and
// sent to the 旗县区 (开发区) whose 工信局 and 财政局 oversee its use. Laid out as the annex: 盟市, 旗县区, the cluster, the money
// in 万元 under the header, 合计 at the foot, the notice's two requirements as notes.
export const layout: CorpusLayout = {
  id: "neimenggu-2022-sme-cluster-award-allocation",
  source: {
    title: "自治区中小企业特色产业集群奖补资金公示（附件：奖补资金分配表；标题据正文拟）",
    url: "http://halisgroup.com/czgk/48936.html",
    publisher: "内蒙古自治区工业和信息化厅（转载）",
    date: "2022-12-19",
    changes:
      "The two requirements (奖补资金主要用于招商引资、共性技术攻关、公共服务平台建设等…; 旗县区（开发区）工信局、财政局切实担负起管理监督责任) " +
      "and 公示时间 12月19日—12月23日 are as published; the stored copy shows no year (it cites the 暂行办法, replaced in 2023, so 2022 is " +
      "taken) and not the annex, so its columns (序号 | 盟市 | 旗县区（开发区） | 集群名称 | 奖补资金（万元）), the 合计 and the six " +
      "clusters and amounts are ours. Planted: 合计 1,400 where the six add up to 1,350.",
  },
  classes: ["composition", "allocation-by-county", "cluster-name-column", "total-at-foot", "wanyuan-in-header", "notes-under-table", "neimenggu"],
  sheets: [
    {
      name: "附件",
      widths: [6, 12, 16, 44, 16],
      rows: [
        ["附件", null, null, null, null],
        ["自治区中小企业特色产业集群奖补资金分配表", null, null, null, null],
        ["序号", "盟市", "旗县区（开发区）", "集群名称", "奖补资金（万元）"],
        [1, "呼和浩特市", "和林格尔县", "和林格尔县乳业中小企业特色产业集群", 300],
        [2, "包头市", "九原区", "九原区稀土新材料中小企业特色产业集群", 300],
        [3, "鄂尔多斯市", "准格尔旗", "准格尔旗精细化工中小企业特色产业集群", 200],
        [4, "赤峰市", "元宝山区", "元宝山区有色金属深加工中小企业特色产业集群", 200],
        [5, "通辽市", "科尔沁区", "科尔沁区玉米生物发酵中小企业特色产业集群", 200],
        [6, "巴彦淖尔市", "临河区", "临河区绿色农畜产品加工中小企业特色产业集群", 150],
        ["合计", null, null, null, 1400],
        ["一是获得自治区产业集群补助的相关集群，严格按照《内蒙古自治区中小企业特色产业集群培育认定管理暂行办法》要求的资金使用方向进行资金的使用支出。", null, null, null, null],
        ["二是请相关旗县区（开发区）工信局、财政局切实担负起管理监督责任，并于每年底做好项目的绩效评价工作。", null, null, null, null],
      ],
      merges: ["A2:E2", "A10:D10", "A11:E11", "A12:E12"],
      numberFormats: { "E4:E10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "category", D: "line", E: "amount" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E10", why: "合计 1,400 where 300 + 300 + 200 + 200 + 200 + 150 = 1,350: 50万元 too much" },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "no unit × quantity columns" },
      { rule: "cap.unknown-policy", why: "clusters and 旗县区 are not applicants under a policy item: the table sends money down" },
      { rule: "register.duplicate", why: "six clusters, each once" },
      { rule: "input.unreadable-value", why: "the cluster names and the two notes are text by nature" },
    ],
  },
};
