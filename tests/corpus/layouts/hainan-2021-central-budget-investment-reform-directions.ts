import type { CorpusLayout } from "../types";

// 海南: 2021年重大区域发展战略建设（推进海南全面深化改革开放方向）中央预算内投资 35亿元 for 21 projects, by six directions,
// each with its project count and amount. Laid out as the allocation by direction; nothing to report.
export const layout: CorpusLayout = {
  id: "hainan-2021-central-budget-investment-reform-directions",
  source: {
    title: "35亿元！海南这21个重大项目建设将得到中央资金支持（安排情况表据报道拟）",
    url: "https://www.fangyuanw.cn/show-6101.html",
    publisher: "房源网（转载海南省发展改革委消息）",
    date: "2021",
    changes:
      "As published: the six directions, their project counts (6、4、3、4、2、2 = 21) and amounts (4.62、11.87、4.62、7.17、2.06、4.66亿元 = 35亿元) and what each is for. " +
      "Ours: the table itself (built from the prose: 序号 | 支持方向 | 项目个数 | 中央预算内投资 | 主要用途), the 合计 row, the note. " +
      "Nothing planted: the figures add up as published (clean).",
  },
  classes: ["composition", "allocation-by-direction", "count-columns", "purpose-column", "yiyuan-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "central-budget-investment", "clean", "hainan"],
  settings: { district: "海南省" },
  sheets: [
    {
      name: "安排情况",
      widths: [6, 34, 12, 18, 48],
      rows: [
        ["2021年重大区域发展战略建设（推进海南全面深化改革开放方向）中央预算内投资安排情况表", null, null, null, null],
        ["序号", "支持方向", "项目个数（个）", "中央预算内投资（亿元）", "主要用途"],
        ["一", "强化海南生态环境保护修复", 6, 4.62, "流域治理、水源地保护、矿山修复等落实生态环保督查整改及修复项目"],
        ["二", "推动产业转型培育“未来产业”", 4, 11.87, "南繁种业、航天产业等项目"],
        ["三", "国际教育创新实验岛建设", 3, 4.62, "为促进教育消费回流提供基础保障"],
        ["四", "智慧海南建设", 4, 7.17, "推动智慧医疗体系建设，提升医疗卫生机构智能化水平"],
        ["五", "完善琼州海峡港航一体化重大基础设施", 2, 2.06, "海口新海滚装码头客运综合枢纽站及相关配套路网"],
        ["六", "支持海南大学创建一流学科及完善重点园区基础教育", 2, 4.66, "海南大学一流学科建设、重点园区基础教育设施"],
        ["合计", null, 21, 35.0, null],
        ["注：国家发展改革委下达，海南省发展改革委已下达相关投资计划。", null, null, null, null],
      ],
      merges: ["A1:E1", "A9:B9", "A10:E10"],
      numberFormats: { "D3:D9": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "安排情况",
        kind: "composition",
        unit: "亿元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "line", C: "quantity", D: "amount" },
        year: 2021,
      },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "D9", why: "4.62 + 11.87 + 4.62 + 7.17 + 2.06 + 4.66 = 35.00, as stated" },
      { rule: "composition.total-mismatch", cell: "C9", why: "6 + 4 + 3 + 4 + 2 + 2 = 21 projects, as stated" },
      { rule: "composition.line-mismatch", why: "no unit amount: the project count is not multiplied into the money" },
      { rule: "input.unreadable-value", cell: "E3", why: "主要用途 is text by nature" },
      { rule: "composition.approved-mismatch", why: "no approved budget stated apart from the 合计" },
    ],
  },
};
