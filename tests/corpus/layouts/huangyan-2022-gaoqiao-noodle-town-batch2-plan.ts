import type { CorpusLayout } from "../types";

// 台州市黄岩区农业农村局 2022-05-25: the second batch of 绿色转化资金 projects for the 高桥米面产业小镇 — one project, its 实施主体 the street
// office, 建设内容 a paragraph full of figures (1928平方米, 1785㎡, 143㎡) that are no money; 投资金额 | 补助资金 | 备注. Nothing to report.
export const layout: CorpusLayout = {
  id: "huangyan-2022-gaoqiao-noodle-town-batch2-plan",
  source: {
    title: "关于2022年度黄岩区绿色转化资金高桥米面产业小镇拟下达第二批建设项目计划及资金分配的公示（附表）",
    url: "https://www.chacewang.com/newsdetail/news82946.html",
    publisher: "台州市黄岩区农业农村局",
    date: "2022-05-25",
    changes:
      "As published: the title, the eight headings (序号 | 项目名称 | 实施主体 | 建设地点 | 建设内容 | 投资金额（万元） | 补助资金（万元） | 备注), " +
      "the one project (高桥街道下浦郑村科创活动中心, 高桥街道办事处, 下浦郑村) and its 建设内容 word for word. The stored copy breaks off " +
      "before the two amounts: 620 and 300万元 and the 合计 row are ours. Clean: nothing to report.",
  },
  classes: [
    "composition", "allocation-by-project", "single-project", "street-office-as-owner", "figures-in-description",
    "investment-beside-subsidy", "wanyuan-in-header", "total-at-foot", "remark-column", "district-fund", "clean", "zhejiang",
  ],
  sheets: [
    {
      name: "附表",
      widths: [6, 24, 14, 16, 60, 12, 12, 8],
      rows: [
        ["2022年度黄岩区绿色转化资金高桥米面产业小镇拟下达第二批建设项目计划及资金分配情况表", null, null, null, null, null, null, null],
        ["序号", "项目名称", "实施主体", "建设地点", "建设内容", "投资金额（万元）", "补助资金（万元）", "备注"],
        [1, "高桥街道下浦郑村科创活动中心", "高桥街道办事处", "高桥街道下浦郑村", "建设一幢L形综合楼，内设科创活动中心、互联网中心、办公室、会议室、档案室等配套用房，总建筑面积1928平方米，其中地上建筑面积为1785㎡，地下建筑面积为143㎡。", 620, 300, null],
        ["合计", null, null, null, null, 620, 300, null],
      ],
      merges: ["A1:H1", "A4:E4"],
    },
  ],
  settings: { district: "台州市黄岩区" },
  expect: {
    tables: [
      {
        sheet: "附表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 4,
        columns: { B: "line", F: "amount:投资金额", G: "amount" },
        year: 2022,
      },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "G4", why: "合计 300 = the one project's 300" },
      { rule: "composition.total-mismatch", cell: "F4", why: "合计 620 = the one project's 620" },
      { rule: "composition.line-mismatch", why: "1928平方米 / 1785㎡ / 143㎡ describe the building: no quantity × standard" },
      { rule: "input.unreadable-value", why: "建设内容 is text; both amounts are numbers" },
      { rule: "register.duplicate", why: "one project of an allocation; the street office is its owner, no payee" },
    ],
  },
};
