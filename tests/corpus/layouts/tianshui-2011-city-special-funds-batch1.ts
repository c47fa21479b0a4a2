import type { CorpusLayout } from "../types";

// 天水市 2011-06: the first batch of the city's own special funds — 17 专项, 208 projects, 7495万元 — announced by the city's development and
// reform commission; 星火工业园 got 1000万元 for infrastructure, the largest single amount. Laid out as the plan's summary by 专项: projects counted,
// money placed, the managing bureau, a 其中 line under the industrial-park 专项, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "tianshui-2011-city-special-funds-batch1",
  source: {
    title: "关于下达天水市2011年市级财政专项资金第一批建设项目投资计划的通知（天水日报报道：星火工业园获1000万元财政专项资金支持）",
    url: "http://www.tsrb.com.cn/xwzx/2011-06/07/content_137318.htm",
    publisher: "天水市发展和改革委员会（天水日报 记者董刚 报道）",
    date: "2011-06-07",
    changes:
      "As published: the batch, 17 专项, 208 projects, 7495万元 in all, 星火工业园's 1000万元 for infrastructure, and four of the 专项 the report names " +
      "(历史文化名城保护, 科技研究与开发, 果品产业发展, 农业产业化发展). The report is prose: the table, the other thirteen 专项, the bureaus and each " +
      "专项's count and money are ours, chosen to give 208 and 7495. Planted: 水利建设专项 written 470 (the lines add up to 7545 against the 合计 7495).",
  },
  classes: ["composition", "allocation-by-fund", "count-column", "qizhong-line", "total-at-foot", "department-column", "report-as-prose", "wanyuan-caption", "gansu"],
  settings: { asOf: "2011-06-07", district: "天水市" },
  sheets: [
    {
      name: "投资计划汇总",
      widths: [6, 30, 12, 14, 16],
      rows: [
        ["天水市2011年市级财政专项资金第一批建设项目投资计划汇总表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "专项名称", "项目个数", "安排资金", "主管部门"],
        [1, "历史文化名城保护专项", 12, 620, "市住建局"],
        [2, "科技研究与开发专项", 46, 480, "市科技局"],
        [3, "果品产业发展专项", 24, 560, "市果业局"],
        [4, "农业产业化发展专项", 18, 450, "市农牧局"],
        [5, "工业园区基础设施建设专项", 3, 1900, "市发改委"],
        [null, "其中：星火工业园基础设施建设", 1, 1000, null],
        [6, "中小企业发展专项", 22, 540, "市工信委"],
        [7, "旅游产业发展专项", 9, 380, "市旅游局"],
        [8, "文化产业发展专项", 8, 260, "市文广局"],
        [9, "畜牧业发展专项", 14, 320, "市农牧局"],
        [10, "林业生态建设专项", 10, 300, "市林业局"],
        [11, "水利建设专项", 11, 470, "市水务局"],
        [12, "招商引资专项", 5, 200, "市商务局"],
        [13, "商贸流通专项", 7, 180, "市商务局"],
        [14, "节能减排专项", 6, 250, "市发改委"],
        [15, "人才开发专项", 4, 120, "市人社局"],
        [16, "社会事业发展专项", 6, 340, "市发改委"],
        [17, "信息化建设专项", 3, 175, "市工信委"],
        ["合计", null, 208, 7495, null],
        ["注：项目明细见附件，资金按项目建设进度拨付。", null, null, null, null],
      ],
      merges: ["A1:E1", "A22:B22", "A23:E23"],
      numberFormats: { "D4:D22": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "投资计划汇总",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 22,
        columns: { B: "line", C: "quantity", D: "amount" },
        year: 2011,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D22", why: "合计 7495; the seventeen 专项 add up to 7545 (水利建设 470): 50万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D8", why: "星火工业园 1000 is a 其中 part of the 专项's 1900, not a line added into the total" },
      { rule: "composition.total-mismatch", cell: "C22", why: "项目个数 208 = the seventeen counts (a count, not money)" },
      { rule: "composition.line-mismatch", why: "项目个数 is a count of projects, not a quantity priced by a unit amount" },
      { rule: "input.unreadable-value", why: "主管部门 and the note are text" },
    ],
  },
};
