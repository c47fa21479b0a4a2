import type { CorpusLayout } from "../types";

// 河南省 2016-06: the 2016年高成长服务业专项引导资金项目投资计划 (43个项目), reported in prose — 郑州市 10 projects (永之兴航空冷链物流、
// 昌建汽车物流园等), and four projects of 省直管县 (滑县、邓州市、鹿邑县、长垣县). Laid out as such a 投资计划表 is: 合计 on top,
// a category row per 省辖市 / 省直管县 carrying its 小计, projects under it.
export const layout: CorpusLayout = {
  id: "henan-2016-high-growth-services-guide-fund-projects",
  source: {
    title: "河南省2016年高成长服务业专项引导资金项目投资计划（节选，表据正文拟）",
    url: "http://hangzhou.baogaosu.com/xinwen/%E6%96%B0%E6%B5%AA%E5%BE%AE%E5%8D%9A%E8%85%BE%E8%AE%AF%E5%BE%AE%E5%8D%9A%E4%B8%AA%E9%AB%98%E6%88%90%E9%95%BF%E6%9C%8D%E5%8A%A1%E4%B8%9A/47774861/",
    publisher: "河南省发展和改革委员会（新闻转载）",
    date: "2016-06-16",
    changes:
      "As published: the plan's scope (43 projects), the 郑州市 share (10 projects, 永之兴航空冷链物流 and 昌建汽车物流园 named) and the four " +
      "省直管县 projects (滑县农产品批发市场及冷链物流、邓州万里物流园、鹿邑县供销集团综合物流园、长垣县路港物流园). The table is ours, built " +
      "from that prose: two categories, eight projects (two 郑州 projects ours), all amounts ours in 万元. Planted: the 省直管县 小计 typed " +
      "7,400 where its four projects give 7,200; the 合计 agrees with the lines.",
  },
  classes: [
    "composition", "prose-built-table", "total-on-top", "category-subtotal-rows", "subtotal-slip", "projects-as-lines",
    "province-directly-administered-counties", "wanyuan-caption", "notes-under-table", "henan",
  ],
  settings: { district: "河南省" },
  sheets: [
    {
      name: "投资计划",
      widths: [8, 44, 14],
      rows: [
        ["2016年河南省高成长服务业专项引导资金项目投资计划表（表据正文拟）", null, null],
        [null, null, "单位：万元"],
        ["序号", "项目名称", "引导资金"],
        ["合计", null, 20300],
        ["一、郑州市", null, 13100],
        [1, "永之兴航空冷链物流项目", 3200],
        [2, "昌建汽车物流园项目", 2800],
        [3, "郑州国际陆港多式联运中心项目", 4500],
        [4, "郑东新区金融服务外包基地项目", 2600],
        ["二、省直管县", null, 7400],
        [5, "滑县农产品批发市场及冷链物流项目", 1800],
        [6, "邓州万里物流园项目", 2200],
        [7, "鹿邑县供销集团鹿邑综合物流园项目", 1500],
        [8, "长垣县路港物流园项目", 1700],
        ["注：本表为节选，郑州市共10个项目、省直管县共4个项目；其余省辖市项目略。", null, null],
      ],
      merges: ["A1:C1", "A4:B4", "A5:B5", "A10:B10", "A15:C15"],
      numberFormats: { "C4:C14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "投资计划", kind: "composition", unit: "万元", headerRow: 3, lastRow: 14, columns: { B: "line", C: "amount" }, year: 2016 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C10", why: "二、省直管县 小计 7,400 but 1,800 + 2,200 + 1,500 + 1,700 = 7,200 (200 off)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C4", why: "合计 20,300 = 13,100 + 7,200, the lines as typed (3,200 + 2,800 + 4,500 + 2,600 + 1,800 + 2,200 + 1,500 + 1,700); the 小计 slip is reported once, at C10" },
      { rule: "composition.total-mismatch", cell: "C5", why: "郑州市 小计 13,100 = 3,200 + 2,800 + 4,500 + 2,600" },
      { rule: "input.unreadable-value", cell: "A15", why: "the note under the table is no data" },
    ],
  },
};
