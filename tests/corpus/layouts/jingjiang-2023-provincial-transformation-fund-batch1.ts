import type { CorpusLayout } from "../types";

// 《靖江企业家》2023年第9期 (2023-09-12): six 靖江 firms' projects won 1974万元 of the 2023 provincial 工业和信息产业转型升级专项资金
// (第一批), across 关键核心技术攻关, 智能化改造数字化转型, 绿色化改造升级 and 服务化改造升级 — a news item in prose, laid out here as the
// list it reports: 序号 | 项目类别 | 项目单位 | 统一社会信用代码 | 项目名称 | 省级专项资金.
export const layout: CorpusLayout = {
  id: "jingjiang-2023-provincial-transformation-fund-batch1",
  source: {
    title: "新时代、大中等6企业的项目获省专项支持（项目名单据正文拟）",
    url: "http://jjqyj.21deal.com/article/corporate-news/show/1773325211127533572",
    publisher: "《靖江企业家》",
    date: "2023-09-12",
    changes:
      "The page is prose; the list, its title and headings are ours, on the item's facts: the fund, the batch, six projects, 1974万元 and the " +
      "four kinds of project. Firms, codes, projects and amounts are invented (the six named firms are not used). Planted: 江苏澄瑞电机科技 listed " +
      "twice (rows 2 and 6, two projects under the one fund and year); 靖江汇港新能源装备's code with a wrong check character.",
  },
  classes: ["register", "award-list", "category-column", "project-column", "credit-codes", "duplicate-firm", "title-names-fund", "batch-in-title", "total-at-foot", "table-from-prose", "news-report", "county-fund", "jiangsu"],
  settings: { district: "靖江市" },
  sheets: [
    {
      name: "项目名单",
      widths: [6, 20, 30, 22, 40, 16],
      rows: [
        ["靖江市2023年度省工业和信息产业转型升级专项资金（第一批）项目名单（表据正文拟）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "项目类别", "项目单位", "统一社会信用代码", "项目名称", "省级专项资金"],
        [1, "关键核心技术攻关", "靖江恒舟船舶动力科技有限公司", "91321282MA1MXK3P4X", "大功率船用低速机曲轴关键工艺攻关及产业化", 500],
        [2, "智能化改造数字化转型", "江苏澄瑞电机科技有限公司", "91321282MA1N5T2Q7X", "高效电机智能制造车间改造项目", 380],
        [3, "智能化改造数字化转型", "靖江市新港精密部件有限公司", "91321282MA1P8L6W2P", "精密结构件数字化工厂建设项目", 300],
        [4, "绿色化改造升级", "靖江汇港新能源装备有限公司", "91321282MA1Q3H9D5R", "压力容器生产线节能降碳改造项目", 294],
        [5, "服务化改造升级", "江苏骐远智能装备集团有限公司", "91321282MA1R7C2K8X", "成套装备远程运维服务平台项目", 200],
        [6, "绿色化改造升级", "江苏澄瑞电机科技有限公司", "91321282MA1N5T2Q7X", "电机绕组车间余热回收利用项目", 300],
        ["合计", null, null, null, null, 1974],
      ],
      merges: ["A1:F1", "A10:E10"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "category", C: "enterprise", D: "creditCode", E: "project", F: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "F9", why: "江苏澄瑞电机科技 (91321282MA1N5T2Q7X) again under the same fund and year (first on row 5); its two projects are one award's" },
      { rule: "register.invalid-credit-code", cell: "D7", why: "91321282MA1Q3H9D5R: the check character for 91321282MA1Q3H9D5 is Q, not R" },
      { rule: "cap.unknown-policy", cell: "F4", why: "no catalog: the title's fund is the item, reported once as unchecked" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "F5", why: "the first time 江苏澄瑞电机科技 is listed" },
      { rule: "register.duplicate", cell: "F6", why: "智能化改造数字化转型 twice is a repeated category, two firms" },
      { rule: "composition.total-mismatch", cell: "F10", why: "合计 1,974 = 500 + 380 + 300 + 294 + 200 + 300" },
      { rule: "cap.unknown-policy", cell: "B4", why: "项目类别 sorts the projects by kind; it names no policy item" },
      { rule: "register.unpaid", why: "a list of projects supported records no payments" },
    ],
  },
};
