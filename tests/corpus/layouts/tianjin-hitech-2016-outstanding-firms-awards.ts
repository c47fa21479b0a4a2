import type { CorpusLayout } from "../types";

// 科技日报 2017-02-13: 天津高新区 on 2月10日 honoured 57 of its firms of 2016 under 10 titles (年度综合贡献企业, 自主创新先进企业, 商业模式
// 创新企业, …) with 5,000万元 of awards, the largest single award 1,000万元. Laid out as the award list such a ceremony rests on (an excerpt):
// 序号 | 荣誉称号 | 企业名称 | 统一社会信用代码 | 奖励金额（万元）, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "tianjin-hitech-2016-outstanding-firms-awards",
  source: {
    title: "天津高新区5000万元重奖优秀企业（2016年度优秀企业奖励名单据正文拟）",
    url: "http://hfiti.cn/news/technews/201702/1298.html",
    publisher: "天津滨海高新技术产业开发区管委会（科技日报报道，转载）",
    date: "2017-02-13",
    changes:
      "As published (in prose): 57 firms, 10 titles of honour (three named: 年度综合贡献企业, 自主创新先进企业, 商业模式创新企业), 5,000万元 in all, " +
      "the largest award 1,000万元. Laid out as the award list, an excerpt of twelve rows under five titles (高成长企业 and 科技小巨人企业 are ours); " +
      "firms, codes and amounts are ours. Planted: 天津云帆数据服务 with a credit code whose check character is wrong; 天津华苑智造机器人 listed " +
      "again under 高成长企业 at 序号 10.",
  },
  classes: [
    "register", "credit-codes", "category-column", "no-catalog", "honours-list", "whole-wanyuan", "unit-in-header", "total-at-foot", "excerpt",
    "notes-under-table", "table-from-prose", "news-report", "development-zone-fund", "tianjin",
  ],
  settings: { district: "天津市滨海新区" },
  sheets: [
    {
      name: "奖励名单",
      widths: [6, 20, 34, 24, 16],
      rows: [
        ["天津高新区2016年度优秀企业奖励名单（摘录）", null, null, null, null],
        ["序号", "荣誉称号", "企业名称", "统一社会信用代码", "奖励金额（万元）"],
        [1, "年度综合贡献企业", "天津华研芯通信技术有限公司", "91120116MA06C8TK4T", 1000],
        [2, "年度综合贡献企业", "天津滨海瑞达电力装备有限公司", "91120116MA05LW3P7H", 600],
        [3, "自主创新先进企业", "天津中科拓维智能科技有限公司", "91120116MA07DRX519", 300],
        [4, "自主创新先进企业", "天津海泰博睿生物科技有限公司", "911201167972568H3T", 250],
        [5, "商业模式创新企业", "天津云帆数据服务有限公司", "91120116MA06GY2L8Y", 150],
        [6, "商业模式创新企业", "天津尚睿健康科技有限公司", "91120116MA05T9QE0Y", 120],
        [7, "高成长企业", "天津渤海光启新能源科技有限公司", "91120116MA0713KN6M", 100],
        [8, "高成长企业", "天津华苑智造机器人有限公司", "911201166847215M06", 80],
        [9, "高成长企业", "天津海河绿能环境科技有限公司", "91120116MA07H2FJ36", 80],
        [10, "高成长企业", "天津华苑智造机器人有限公司", "911201166847215M06", 80],
        [11, "科技小巨人企业", "天津泰达昊天新材料有限公司", "91120116MA05NB4U96", 60],
        [12, "科技小巨人企业", "天津新宇航空部件有限公司", "91120116MA05XK7R2F", 50],
        ["合计", null, null, null, 2870],
        ["注：奖金全部给予优秀企业的企业家和管理团队，由高新区财政局拨付。", null, null, null, null],
      ],
      merges: ["A1:E1", "A15:D15", "A16:E16"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 15,
        columns: { B: "category", C: "enterprise", D: "creditCode", E: "approved" },
        year: 2016,
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", sheet: "奖励名单", cell: "D7", why: "91120116MA06GY2L8Y: the first 17 characters give the check character X, not Y" },
      { rule: "register.duplicate", sheet: "奖励名单", cell: "C12", why: "天津华苑智造机器人有限公司 (911201166847215M06) is 序号 8 and again 序号 10, both 高成长企业; reported on the later row" },
      { rule: "cap.unknown-policy", sheet: "奖励名单", cell: "E3", why: "no catalog and no item column: the list's amounts are reported once as unchecked, at the first row's amount" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E15", why: "1,000 + 600 + 300 + 250 + 150 + 120 + 100 + 80 + 80 + 80 + 60 + 50 = 2,870, the repeated row included" },
      { rule: "cap.unknown-policy", cell: "B5", why: "the 荣誉称号 are titles of honour, a category, not policy items" },
      { rule: "register.invalid-credit-code", cell: "D6", why: "911201167972568H3T carries its right check character T" },
      { rule: "input.unreadable-value", cell: "A16", why: "the note under the table" },
    ],
  },
};
