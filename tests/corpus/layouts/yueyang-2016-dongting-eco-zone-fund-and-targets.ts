import type { CorpusLayout } from "../types";

// 岳阳日报 2016-07-21: 岳阳 secured 8,400万元 of the second batch of 水环境治理专项 (two projects) and 1,300万元 of the provincial 洞庭湖生态经济区
// 建设专项 (four: 环湖路 850, two 特色生态镇 杨林寨 and 凤凰乡 400, 君山黄茶 地理标志 50). Laid out as a 资金安排表 and its 绩效目标表 (表据报道拟).
export const layout: CorpusLayout = {
  id: "yueyang-2016-dongting-eco-zone-fund-and-targets",
  source: {
    title: "湖南岳阳市争取洞庭湖流域水环境治理专项资金8400万元（资金安排表、绩效目标表据报道拟）",
    url: "http://cnsludge.com/news/show.php?itemid=14788",
    publisher: "岳阳日报 (reposted by 中国污泥网)",
    date: "2016-07-21",
    changes:
      "As published: 8,400万元 for two 水环境治理 projects; 1,300万元 for four 省预算内 projects — 环湖路 850, the two 特色生态镇 (杨林寨、凤凰乡) 400, " +
      "君山黄茶 50 — and the lake's share of the region in the note. Ours: the two water projects' names and split (5,200 / 3,200), 200 for each town, " +
      "the tables' form and the whole 绩效目标表. Planted: the 合计 typed 9,800 (8,400 + 1,300 = 9,700).",
  },
  classes: ["composition", "targets", "two-sheets", "allocation-by-project", "fund-sections", "section-subtotals", "remark-column", "whole-wanyuan", "wanyuan-caption", "total-row-first", "three-level-indicators", "text-targets", "no-weights", "notes-under-table", "table-from-prose", "news-report", "city-fund", "hunan"],
  settings: { district: "岳阳市" },
  sheets: [
    {
      name: "资金安排表",
      widths: [6, 30, 40, 12, 24],
      rows: [
        ["2016年岳阳市洞庭湖生态经济区建设资金安排表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "资金类别", "项目名称", "安排资金", "备注"],
        ["合计", null, null, 9800, null],
        ["一", "第二批水环境治理专项", null, 8400, "2个项目"],
        [1, null, "东洞庭湖入湖河口水环境综合治理项目", 5200, null],
        [2, null, "华容河流域水环境综合治理项目", 3200, null],
        ["二", "省预算内洞庭湖生态经济区建设专项", null, 1300, "4个项目"],
        [1, null, "环湖路建设补助", 850, null],
        [2, null, "杨林寨特色生态镇建设补助", 200, "环湖路沿线特色城镇"],
        [3, null, "凤凰乡特色生态镇建设补助", 200, "环湖路沿线特色城镇"],
        [4, null, "君山黄茶国家地理标志特色农产品项目补助", 50, null],
        ["注：岳阳市境内洞庭湖面积约1328平方公里，占洞庭湖总水面的49.35%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:C4", "A13:E13"],
      numberFormats: { "D4:D12": "#,##0" },
    },
    {
      name: "绩效目标表",
      widths: [14, 18, 34, 14],
      rows: [
        ["2016年岳阳市洞庭湖生态经济区建设资金绩效目标表", null, null, null],
        ["项目名称", "洞庭湖生态经济区建设资金（岳阳市）", null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "环湖路建设补助项目（个）", "1"],
        [null, null, "特色生态镇建设（个）", "2"],
        [null, null, "特色农产品地理标志项目（个）", "1"],
        [null, "质量指标", "工程验收合格率", "100%"],
        [null, "时效指标", "资金拨付及时率", "100%"],
        ["效益指标", "社会效益指标", "湖区基础设施条件", "明显改善"],
        [null, "生态效益指标", "入湖河口水质", "稳定达标"],
        ["满意度指标", "服务对象满意度指标", "湖区群众满意度", "≥90%"],
      ],
      merges: ["A1:D1", "B2:D2", "A4:A8", "B4:B6", "A9:A10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "资金安排表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 12, columns: { A: "code", B: "category", C: "line", D: "amount" }, year: 2016 },
      { sheet: "绩效目标表", kind: "targets", headerRow: 3, lastRow: 11, columns: { A: "type", C: "name", D: "target" }, year: 2016 },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "资金安排表", cell: "D4", why: "合计 9,800 where 8,400 + 1,300 = 9,700 (the lines 5,200 + 3,200 + 850 + 200 + 200 + 50 = 9,700): 100万元 over" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "资金安排表", cell: "D5", why: "8,400 = 5,200 + 3,200" },
      { rule: "composition.total-mismatch", sheet: "资金安排表", cell: "D8", why: "1,300 = 850 + 200 + 200 + 50" },
      { rule: "input.unreadable-value", sheet: "资金安排表", cell: "A13", why: "the note's 1328 and 49.35% are text under the table" },
      { rule: "selfeval.weights", sheet: "绩效目标表", why: "the target table states no points" },
      { rule: "selfeval.indicator-contradicted", sheet: "绩效目标表", why: "targets only, no results stated" },
    ],
  },
};
