import type { CorpusLayout } from "../types";

// 郑州晚报 2008-12-06 (新浪转载): 我市又有13个项目获中央9270万资金支持 — new 中央预算内投资 for 13 projects by kind (农村饮水安全 2,400 of a 4,000
// plan; 农产品质检站 100 of 150; five reservoirs made safe; 中牟 quality grain; 巩义 大黄冶 refuse landfill), beside 135万元 of 省基建 money for
// three schools. Laid out as the city's allocation by kind: 序号 | 项目类别 | 项目个数 | 中央预算内投资 | 主要建设内容, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "zhengzhou-2008-new-central-investment-13-projects",
  source: {
    title: "我市又有13个项目获中央9270万资金支持（郑州市2008年第四季度新增中央预算内投资项目分类汇总表；表据报道拟）",
    url: "https://news.sina.com.cn/c/2008-12-06/091314839152s.shtml",
    publisher: "郑州晚报（新浪转载）",
    date: "2008-12-06",
    changes:
      "As published: 13 projects, 9,270万元 of new 中央预算内投资; the kinds (农村饮水安全工程 — 8万人 in 巩义、新密、新郑、中牟, 2,400万元 central of a " +
      "4,000万元 plan; 中牟县农产品质检站, 100万元 central of 150; 水库除险加固 — 尖岗、荥阳唐岗、常庄、登封券门、荥阳楚楼; 中牟县优质粮食产业工程; " +
      "巩义市大黄冶生活垃圾处理工程) and the 135万元 of 省基建 money for three schools, kept out as the report keeps it. The report is prose: the table, " +
      "its headings, the counts per kind (the report names twelve projects; the thirteenth, under 其他, is ours) and the central money of the reservoirs, " +
      "the grain project, the landfill and 其他 are ours (table-from-prose). Planted: 水库除险加固工程 typed 4,420 where the 合计 keeps the report's " +
      "9,270 — the lines add up to 9,170.",
  },
  classes: [
    "composition", "allocation-by-kind", "count-column", "text-column", "total-at-foot", "whole-wanyuan", "wanyuan-in-header",
    "table-from-prose", "news-report", "central-investment", "city-fund", "henan",
  ],
  settings: { district: "郑州市" },
  sheets: [
    {
      name: "中央投资",
      widths: [6, 28, 10, 16, 48],
      rows: [
        ["郑州市2008年第四季度新增中央预算内投资项目分类汇总表", null, null, null, null],
        ["序号", "项目类别", "项目个数（个）", "中央预算内投资（万元）", "主要建设内容"],
        [1, "农村饮水安全工程", 4, 2400, "解决巩义、新密、新郑、中牟8万人饮水不安全问题，涉及16个乡镇57个村"],
        [2, "农产品质量安全检验检测体系建设", 1, 100, "中牟县质检站土建工程，购置仪器设备"],
        [3, "水库除险加固工程", 5, 4420, "尖岗水库、荥阳市唐岗水库、常庄水库、登封市券门水库、荥阳市楚楼水库"],
        [4, "优质粮食产业工程", 1, 980, "中牟县标准良田建设，完善田间设施，购置仪器设备"],
        [5, "污水和垃圾处理设施建设", 1, 1170, "巩义市大黄冶生活垃圾处理工程填埋库容区及辅助生产设施"],
        [6, "其他", 1, 100, "农村沼气服务网点建设"],
        ["合计", null, 13, 9270, null],
        ["注：另有3个项目获省基建资金135万元（郑州市八中天文馆、郑州外国语学校锅炉及浴池、纬五路一小教学楼改造），不在本表。", null, null, null, null],
      ],
      merges: ["A1:E1", "A9:B9", "A10:E10"],
      numberFormats: { "D3:D9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "中央投资", kind: "composition", unit: "万元", headerRow: 2, lastRow: 9, columns: { B: "line", C: "quantity", D: "amount" }, year: 2008 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D9", why: "合计 9,270 against the six kinds' 2,400 + 100 + 4,420 + 980 + 1,170 + 100 = 9,170: 100 over (whole figures)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C9", why: "项目个数 13 = 4 + 1 + 5 + 1 + 1 + 1; a count, no money" },
      { rule: "composition.total-mismatch", cell: "A3", why: "序号 1 … 6 number the kinds; they are no money" },
      { rule: "composition.total-mismatch", cell: "A10", why: "the note's 135万元 of 省基建 money is outside the table and not added" },
      { rule: "register.ineligible-location", why: "巩义、新密、新郑、中牟、荥阳、登封 are in 郑州市, and the table is an allocation, not a list of firms" },
    ],
  },
};
