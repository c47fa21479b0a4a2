import type { CorpusLayout } from "../types";

// 乐山市五通桥区 2024-12: the second batch of 2024 central and provincial 衔接 money, 232万元 (中央 60, 省级 172), in five uses: 真武村's
// road repair 10 and ring road 50 (中央), work subsidies 27.92 + 26.35 = 54.27, public-welfare posts 75.73, 中心村's irrigation 20, 青龙村's
// road 21 (省级). Laid out as the arrangement table behind the notice; the published lines add up to 171 under a 省级 of 172.
export const layout: CorpusLayout = {
  id: "wutongqiao-2024-linkage-batch2-arrangement",
  source: {
    title: "五通桥区2024年第二批中央和省级财政衔接推进乡村振兴补助资金安排使用公告（安排表据正文拟）",
    url: "http://wtq.gov.cn/wtqq/czxxwtq/202412/6ac87a0c31b848f5acfac838035633bf.shtml",
    publisher: "乐山市五通桥区委农村工作领导小组办公室",
    date: "2024-12",
    changes:
      "As published: 232万元 (中央资金60万元, 省级资金172万元), and every line's amount, place and content as the notice states them (真武村 10 + 50; " +
      "256 and 682 workers at 300-1200 / 200-800元, 27.92 + 26.35 = 54.27; 350 posts at 400元 a month, 75.73; 蔡金镇中心村 20 of a 58万元 project; " +
      "竹根镇青龙村 21). The notice gives them in prose: the table's layout and column names are ours. Kept from the publication, not planted: the " +
      "省级 lines add up to 54.27 + 75.73 + 20 + 21 = 171, not the 172 stated, so the 合计 column's lines give 231 under 232.",
  },
  classes: ["composition", "allocation-by-project", "table-from-prose", "money-by-level", "row-total-column", "published-slip-kept", "standards-in-text", "villages-as-places", "two-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "sichuan"],
  sheets: [
    {
      name: "安排使用表",
      widths: [6, 30, 16, 50, 10, 10, 10],
      rows: [
        ["五通桥区2024年第二批中央和省级财政衔接推进乡村振兴补助资金安排使用表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "实施地点", "建设内容及补助标准", "合计", "中央资金", "省级资金"],
        [1, "真武村破损路面维修整治", "牛华镇真武村", "对省级乡村振兴优秀帮扶村境内约5公里破损路面进行维修整治", 10, 10, null],
        [2, "真武村环线黑化", "牛华镇真武村", "对真武村环线950米进行黑化", 50, 50, null],
        [3, "脱贫监测群众省外务工补助", "全区", "256名省外务工脱贫监测群众，按照每人300-1200元标准补助", 27.92, null, 27.92],
        [4, "脱贫监测群众区外省内务工补助", "全区", "682名区外省内务工脱贫监测群众，按照200-800元标准补助", 26.35, null, 26.35],
        [5, "公益性岗位工资", "全区", "新开发350名脱贫监测群众公益性岗位，按每人每月400元的标准发放工资", 75.73, null, 75.73],
        [6, "中心村稻田智能化灌排系统", "蔡金镇中心村", "安装管网系统热熔PE管820米，电动蝶阀40只、法兰盘及配件80套、远传RTU（4G模块）20只，项目总投资58万元", 20, null, 20],
        [7, "青龙村通组道路", "竹根镇青龙村", "新建通组道路600米", 21, null, 21],
        ["合计", null, null, null, 232, 60, 172],
        ["注：蔡金镇中心村项目总投资58万元，其中使用第二批省级衔接资金20万元。公告期间如有异议，欢迎提出监督意见。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A11:D11", "A12:G12"],
      numberFormats: { "E4:G11": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "安排使用表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "line", E: "amount", F: "amount:中央资金", G: "amount:省级资金" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E11", why: "合计 232.00 where its lines give 10 + 50 + 27.92 + 26.35 + 75.73 + 20 + 21 = 231.00: 1万元 short" },
      { rule: "composition.total-mismatch", cell: "G11", why: "省级 172.00 where its lines give 27.92 + 26.35 + 75.73 + 20 + 21 = 171.00: 1万元 short" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F11", why: "中央 60.00 = 10 + 50" },
      { rule: "composition.total-mismatch", cell: "E6", why: "each line's 合计 equals its one source (27.92 = 27.92 …); the total row itself, 232 = 60 + 172, agrees across" },
      { rule: "composition.line-mismatch", why: "256名 × 300-1200元 is a range of standards in text, not unit × quantity columns; 350 × 400元 a month gives no month count" },
      { rule: "composition.total-mismatch", cell: "D9", why: "the 58万元 in the text is the project's total investment, not a figure of the table" },
      { rule: "input.unreadable-value", why: "the content column and the note are text by nature" },
    ],
  },
};
