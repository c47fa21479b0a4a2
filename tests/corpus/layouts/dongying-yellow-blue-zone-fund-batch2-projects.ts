import type { CorpusLayout } from "../types";

// 东营 (海洋财富网 news): the province's second batch of 黄蓝“两区”专项资金 gives the city 12 projects and 12,250万元 — 东营港经济开发区防潮堤 3,000,
// 广兴石油装备's cable project 1,500, 一邦农业's “黄河口大米” base and 大地乳业's dairy farm 1,000 each — laid out as the project list such a
// 公示 annexes: 序号 | 县区 | 项目名称 | 项目单位 | 拟安排资金, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "dongying-yellow-blue-zone-fund-batch2-projects",
  source: {
    title: "东营今年争取黄蓝“两区”专项资金12250万元（拟安排项目表据报道拟）",
    url: "http://www.hycfw.com/Article/135397",
    publisher: "东营市发展和改革委员会（海洋财富网转载）",
    date: "9月11日后（年份页面未载）",
    changes:
      "The page is a news report. The four projects it names, their bodies and sums are kept; the other eight projects, the county column and their sums " +
      "are ours, so that the twelve add up to the reported 12,250. The province-wide split (贷款贴息 12,300, 财政补助 66,400, 奖励 300) is not the city's and " +
      "is left out. Planted: 东营市河口区渔港冷链物流中心项目 typed 880 where the plan gives it 800, so the lines add up to 12,330 against the 合计 12,250.",
  },
  classes: ["composition", "allocation-by-project", "county-left-of-project", "project-body-column", "no-credit-codes", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "table-from-prose", "news-report", "city-fund", "shandong"],
  settings: { district: "东营市" },
  sheets: [
    {
      name: "拟安排项目",
      widths: [6, 16, 52, 30, 14],
      rows: [
        ["东营市第二批黄蓝“两区”专项资金拟安排项目表（表据报道拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "县区", "项目名称", "项目单位", "拟安排资金"],
        [1, "东营港经济开发区", "东营港经济开发区防潮堤项目", "东营港经济开发区管委会", 3000],
        [2, "东营区", "2000km/年潜油泵电力电缆2000km/年承荷探测电缆项目", "东营市广兴石油装备有限公司", 1500],
        [3, "垦利区", "“黄河口大米”万亩绿色水稻种植示范基地及精深加工项目", "东营市一邦农业科技开发有限公司", 1000],
        [4, "广饶县", "万头奶牛示范牧场项目", "山东大地乳业有限公司", 1000],
        [5, "广饶县", "高性能子午线轮胎智能化改造项目", "广饶县鑫驰轮胎有限公司", 900],
        [6, "东营区", "海上油田采出水处理装备产业化项目", "东营蓝海环保设备有限公司", 800],
        [7, "河口区", "东营市河口区渔港冷链物流中心项目", "河口区海港冷链物流有限公司", 880],
        [8, "利津县", "盐碱地生态农业示范园项目", "利津县沃丰生态农业有限公司", 700],
        [9, "垦利区", "黄河口湿地生态旅游基础设施项目", "垦利区文旅发展有限公司", 700],
        [10, "利津县", "海水养殖苗种繁育基地项目", "利津县渤海水产科技有限公司", 600],
        [11, "东营区", "石油装备检测认证公共服务平台项目", "东营市石油装备检测中心", 650],
        [12, "河口区", "海洋化工新材料中试基地项目", "东营瀚海新材料有限公司", 600],
        ["合计", null, null, null, 12250],
      ],
      merges: ["A1:E1", "A16:D16"],
    },
  ],
  expect: {
    tables: [
      { sheet: "拟安排项目", kind: "composition", unit: "万元", headerRow: 3, lastRow: 16, columns: { B: "category", C: "line", E: "amount" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E16", why: "合计 12,250 where the twelve projects add up to 3,000 + 1,500 + 1,000 + 1,000 + 900 + 800 + 880 + 700 + 700 + 600 + 650 + 600 = 12,330 (80 over; whole figures)" },
    ],
    absent: [
      { rule: "register.invalid-credit-code", why: "no codes: the 项目单位 undertake the projects, a plan by project" },
      { rule: "register.duplicate", why: "广饶县, 东营区 and the rest repeat as the projects' counties, no bodies repeated" },
      { rule: "cap.unknown-policy", why: "an allocation by project, no award list" },
      { rule: "composition.total-mismatch", cell: "E4", why: "3,000 is one project's sum, the largest, no subtotal" },
      { rule: "input.unreadable-value", cell: "C5", why: "2000km/年 is part of the project's name, no amount" },
    ],
  },
};
