import type { CorpusLayout } from "../types";

// 新华网 via 央视国际 2002-09-27: 海南's 重点推进工程计划 — 116 projects, 646亿元: 70 under way (481亿), 46 to start (165亿), with named examples and
// their investment by field. Laid out as a summary table and a list of the main projects (表据报道拟).
export const layout: CorpusLayout = {
  id: "hainan-2002-key-push-projects-plan",
  source: {
    title: "总投资646亿 海南省实施116个重点建设项目（重点推进工程计划汇总表、主要项目表据报道拟）",
    url: "https://big5.cctv.com/gate/big5/www.cctv.cn/news/financial/inland/20020927/100163.shtml",
    publisher: "新华网 (央视国际 repost)",
    date: "2002-09-27",
    changes:
      "As published: 116 projects and 646亿元; 在建 70 (481亿, to be finished within 3 years), 新开工 46 (165亿, all started within 3 years); the counts by " +
      "field (优势产业 57 = 农业 24 + 工业 21 + 旅游 12, 城市化 18, 社会事业 9, 可持续发展 1) in the note; the ten named projects with their investment, " +
      "dates and sizes. Ours: the two tables' form. Planted: 新开工项目's investment typed 175 (165), so the lines make 656 against the 合计 646.",
  },
  classes: ["composition", "two-sheets", "stage-split", "count-column", "quantity-and-amount", "example-projects-no-total", "category-column", "date-text-column", "whole-yiyuan", "two-decimal-yiyuan", "yiyuan-caption", "total-row-first", "notes-under-table", "year-not-stated", "table-from-prose", "news-report", "province-level", "hainan"],
  settings: { district: "海南省" },
  sheets: [
    {
      name: "汇总表",
      widths: [6, 16, 14, 12, 30],
      rows: [
        ["海南省重点推进工程计划项目汇总表", null, null, null, null],
        [null, null, null, null, "单位：个、亿元"],
        ["序号", "类别", "项目数（个）", "总投资", "建设目标"],
        ["合计", null, 116, 646, null],
        [1, "在建项目", 70, 481, "力争在3年内建成投产"],
        [2, "新开工项目", 46, 175, "力争在3年内全面开工建设"],
        ["注：按类别分，优势产业项目57个（农业24个、工业21个、旅游12个），城市化项目18个，社会事业项目9个，可持续发展项目1个。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:B4", "A7:E7"],
      numberFormats: { "C4:D6": "#,##0" },
    },
    {
      name: "主要项目",
      widths: [6, 12, 30, 12, 24, 30],
      rows: [
        ["重点推进工程主要项目表", null, null, null, null, null],
        ["序号", "类别", "项目名称", "投资（亿元）", "完成时间", "建设内容"],
        [1, "农业", "优质香稻生产基地", 1.2, "2003年基本完成", null],
        [2, "工业", "东方1-1气田开发", 22.48, "2003年11月前建成", "年供应天然气24亿立方米"],
        [3, "工业", "海洋天然气化肥厂", 26.86, "2003年11月前建成投产", "年产45万吨合成氨、80万吨尿素"],
        [4, "旅游", "博鳌亚洲论坛二期工程", 13, "2003年2月", "会议中心及配套设施"],
        [5, "旅游", "三亚南山文化旅游区二期工程", 3.5, "2004年建成", null],
        [6, "城市化", "琼州大桥工程", 1.93, "2003年2月建成通车", null],
        [7, "城市化", "海口世纪大桥工程", 6.7, "2003年上半年竣工通车", null],
        [8, "社会事业", "中小学危房改造工程", 1.26, "2003年全部完成", "改造危房23.2万平方米"],
        [9, "社会事业", "高中扩招工程", 0.95, "2003年完成", "新建教舍11.34万平方米"],
        [10, "可持续发展", "全省农村人畜饮水工程", 1.25, "3年", "解决80万人饮水困难"],
      ],
      merges: ["A1:F1"],
      numberFormats: { "D3:D12": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "汇总表", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 6, columns: { A: "code", B: "line", C: "quantity", D: "amount" } },
      { sheet: "主要项目", kind: "composition", unit: "亿元", headerRow: 2, lastRow: 12, columns: { A: "code", B: "category", C: "line", D: "amount" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "汇总表", cell: "D4", why: "合计 646 where 在建 481 + 新开工 175 = 656: the lines are 10亿元 over" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "汇总表", cell: "C4", why: "116 projects = 70 + 46 (counts)" },
      { rule: "composition.line-mismatch", sheet: "汇总表", cell: "D5", why: "项目数 is a count, not a quantity times a unit price" },
      { rule: "composition.total-mismatch", sheet: "主要项目", why: "ten named examples (79.13亿) with no total row: nothing is stated to add up" },
      { rule: "input.unreadable-value", sheet: "主要项目", cell: "E8", why: "completion dates are text" },
    ],
  },
};
