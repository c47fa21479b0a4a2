import type { CorpusLayout } from "../types";

// 百色 news item (2023): 广西工业和信息化厅's public notice of the projects to be supported by 2023年自治区统筹支持工业振兴资金（“千企技改”工程）
// — 54 projects, 269.1亿元 of investment, a project's support at most 1000万元. Laid out as the notice's list (cut): 序号 | 设区市 | 项目单位 |
// 项目名称 | 总投资（万元） | 拟支持金额（万元）, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "guangxi-2023-qianqi-techreform-support-list",
  source: {
    title: "最高补助1000万！百色2个重大项目获自治区支持补助（2023年自治区统筹支持工业振兴资金（“千企技改”工程）拟支持项目名单；名单据报道拟）",
    url: "https://bslxh.com/policyStatute/lawsStatute/2596",
    publisher: "百色市（转载广西工业和信息化厅公示）",
    date: "2023",
    changes:
      "The page reports the notice; the list is ours (表据报道拟). As published: the fund's name, 54 projects with 269.1亿元 of investment, support of at " +
      "most 1000万元 a project, two 百色 projects (a 风电 equipment base, a 年产10万吨 aluminium finishing project). The ten rows, their firms (invented in " +
      "place of the two named), cities, investments and amounts are ours. The 1000万元 maximum is the catalog's cap. Planted: the 百色 aluminium project " +
      "given 1,200 (above the 1,000 maximum); 柳州's parts project listed a second time.",
  },
  classes: [
    "register", "max-cap", "item-in-title", "project-column", "investment-column", "cities-as-places", "whole-wanyuan", "wanyuan-in-header",
    "total-at-foot", "public-notice", "table-from-prose", "news-report", "province-fund", "guangxi",
  ],
  settings: { district: "广西壮族自治区" },
  catalog: {
    items: [
      {
        name: "统筹支持工业振兴资金（“千企技改”工程）",
        capType: "max",
        capAmount: 1000,
        unit: "万元",
        document: "2023年自治区统筹支持工业振兴资金（“千企技改”工程）：补助资金最高1000万元",
      },
    ],
  },
  sheets: [
    {
      name: "拟支持项目名单",
      widths: [6, 10, 30, 34, 16, 18],
      rows: [
        ["2023年自治区统筹支持工业振兴资金（“千企技改”工程）拟支持项目名单", null, null, null, null, null],
        ["序号", "设区市", "项目单位", "项目名称", "总投资（万元）", "拟支持金额（万元）"],
        [1, "南宁市", "南宁邕江智能装备有限公司", "智能装备生产线技术改造项目", 36800, 800],
        [2, "柳州市", "柳州龙城汽车零部件有限公司", "新能源汽车零部件扩能改造项目", 52000, 1000],
        [3, "桂林市", "桂林漓水制药有限公司", "中药提取车间智能化改造项目", 18600, 500],
        [4, "梧州市", "梧州鸳江陶瓷有限公司", "陶瓷窑炉绿色化改造项目", 12400, 300],
        [5, "百色市", "百色右江风电装备有限公司", "风电整机及叶片生产基地项目", 168000, 1000],
        [6, "百色市", "百色田阳铝材精深加工有限公司", "年产10万吨铝材精深加工项目", 96000, 1200],
        [7, "钦州市", "钦州茅尾海化工有限公司", "化工装置节能降耗改造项目", 45000, 900],
        [8, "玉林市", "玉林容州机械有限公司", "柴油机智能制造改造项目", 28800, 600],
        [9, "河池市", "河池金城江冶炼有限公司", "有色冶炼清洁生产改造项目", 21000, 450],
        [10, "柳州市", "柳州龙城汽车零部件有限公司", "新能源汽车零部件扩能改造项目", 52000, 1000],
        ["合计", null, null, null, 530600, 7750],
      ],
      merges: ["A1:F1", "A13:D13"],
      numberFormats: { "E3:F13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟支持项目名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "place", C: "enterprise", D: "project", F: "approved" },
        item: "统筹支持工业振兴资金（“千企技改”工程）",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F8", why: "百色田阳铝材: 1,200 against the fund's maximum of 1,000万元 a project: 200 over" },
      { rule: "register.duplicate", cell: "D12", why: "柳州龙城汽车零部件有限公司's 新能源汽车零部件扩能改造项目 is already listed on row 4 with the same 1,000" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F4", why: "1,000 is the maximum itself, not above it" },
      { rule: "cap.exceeded", cell: "E7", why: "总投资 168,000 is the project's investment, not the support" },
      { rule: "cap.exceeded", cell: "F13", why: "合计 7,750 is no project's support" },
      { rule: "cap.unknown-policy", why: "the title's fund is the catalog's item" },
      { rule: "register.ineligible-location", why: "南宁、柳州、桂林、梧州、百色、钦州、玉林、河池 are all 设区市 of 广西壮族自治区" },
      { rule: "composition.total-mismatch", cell: "F13", why: "800 + 1,000 + 500 + 300 + 1,000 + 1,200 + 900 + 600 + 450 + 1,000 = 7,750, as stated" },
      { rule: "composition.total-mismatch", cell: "E13", why: "the ten investments add up to 530,600, as stated" },
    ],
  },
};
