import type { CorpusLayout } from "../types";

// 泉州市发改委 2019-05: the first batch of 2019 省级预算内投资 (8,878万元 for 30-odd projects), its 社会事业 part — 19 projects, 3,565万元:
// six school projects 2,485, two village tourism projects 50 each, ten elderly-care centres 80 each, one football pitch 180. Laid out as an
// investment plan's excerpt: 序号 | 项目名称 | 县（市、区） | 建设内容 | 省级预算内投资（万元）, a category row with its 小计 over each field, 合计 first.
export const layout: CorpusLayout = {
  id: "quanzhou-2019-provincial-budget-investment-social-projects",
  source: {
    title: "今年首批省级预算内投资计划下达 泉州30多个项目获补助（社会事业项目表据报道拟）",
    url: "http://1aqj.cn/news/fj/mn/qz/201905/20/1753455.shtml",
    publisher: "海峡网（泉州晚报）",
    date: "2019-05-20",
    changes:
      "The report is prose. Kept from it: the 社会事业 projects it names, their counties and the sums it gives (教育 six projects 2,485, 文化旅游 two " +
      "× 50, 民政 ten × 80, 公共体育 180; 19 projects, 3,565). Ours: the table, the split of 2,485 among the six schools, the 建设内容 words. " +
      "Planted: 德化县桂阳乡梓溪村's centre typed 60 (80 like the other nine), so the 民政 小计 800 misses its lines (780).",
  },
  classes: [
    "composition", "allocation-by-project", "category-rows-with-subtotals", "total-row-first", "counties-as-places", "text-column",
    "whole-wanyuan", "wanyuan-in-header", "excerpt", "table-from-prose", "news-report", "city-level", "fujian",
  ],
  settings: { district: "泉州市" },
  sheets: [
    {
      name: "社会事业",
      widths: [6, 40, 12, 30, 14],
      rows: [
        ["2019年第一批省级预算内投资计划（泉州市社会事业项目）", null, null, null, null],
        ["序号", "项目名称", "县（市、区）", "建设内容", "省级预算内投资（万元）"],
        ["合计", null, null, null, 3565],
        ["一、教育", null, null, null, 2485],
        [1, "德化县乐陶幼儿园", "德化县", "新建幼儿园", 300],
        [2, "南安市梅星幼儿园", "南安市", "新建幼儿园", 300],
        [3, "安溪县尚卿乡翰苑小学综合楼", "安溪县", "新建综合楼", 450],
        [4, "永春县东平中心小学教学楼", "永春县", "新建教学楼", 500],
        [5, "南安市官桥第一小学3#教学综合楼", "南安市", "新建教学综合楼", 555],
        [6, "南安市西溪中学运动场", "南安市", "改扩建运动场", 380],
        ["二、文化旅游", null, null, null, 100],
        [7, "安溪县芦田镇内地村旅游基础设施建设", "安溪县", "游步道、停车场、旅游厕所", 50],
        [8, "德化县上涌镇辉阳村旅游基础设施建设", "德化县", "游步道、观景平台", 50],
        ["三、民政", null, null, null, 800],
        [9, "丰泽区迎津社区居家养老服务照料中心", "丰泽区", "社区老年人日间照料中心", 80],
        [10, "南安市眉山乡居家养老服务照料中心", "南安市", "居家养老服务照料中心", 80],
        [11, "安溪县龙涓乡长塔村居家养老服务照料中心", "安溪县", "居家养老服务照料中心", 80],
        [12, "安溪县祥华乡小道村居家养老服务照料中心", "安溪县", "居家养老服务照料中心", 80],
        [13, "安溪县湖上乡湖上村居家养老服务照料中心", "安溪县", "居家养老服务照料中心", 80],
        [14, "安溪县西坪镇珠洋村居家养老服务照料中心", "安溪县", "居家养老服务照料中心", 80],
        [15, "安溪县蓬莱镇联盟村居家养老服务照料中心", "安溪县", "居家养老服务照料中心", 80],
        [16, "德化县春美乡春美村居家养老服务照料中心", "德化县", "居家养老服务照料中心", 80],
        [17, "德化县桂阳乡梓溪村居家养老服务照料中心", "德化县", "居家养老服务照料中心", 60],
        [18, "德化县雷峰镇荐解村居家养老服务照料中心", "德化县", "居家养老服务照料中心", 80],
        ["四、公共体育", null, null, null, 180],
        [19, "南安市石井镇奎霞足球场", "南安市", "新建足球场", 180],
        ["注：本表为第一批省级预算内投资计划中泉州市社会事业领域项目，其余领域项目略。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:D3", "A4:D4", "A11:D11", "A14:D14", "A25:D25", "A27:E27"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "社会事业",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 26,
        columns: { B: "line", E: "amount" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E14", why: "三、民政 小计 800; its ten centres 9 × 80 + 60 = 780 (20万元 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E3", why: "合计 3,565 = 2,485 + 100 + 800 + 180, the 小计s as typed: the slip is reported once, at the 民政 小计" },
      { rule: "composition.total-mismatch", cell: "E4", why: "教育 2,485 = 300 + 300 + 450 + 500 + 555 + 380" },
      { rule: "composition.total-mismatch", cell: "E11", why: "文化旅游 100 = 50 + 50; 公共体育 180 (E25) = 180" },
      { rule: "register.ineligible-location", why: "an allocation by project, no register; the counties are 泉州市's" },
      { rule: "input.unreadable-value", why: "建设内容 and the note are text" },
    ],
  },
};
