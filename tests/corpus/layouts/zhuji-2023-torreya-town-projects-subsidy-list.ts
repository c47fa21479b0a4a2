import type { CorpusLayout } from "../types";

// 诸暨市农业农村局 2025-06-06: the subsidy list of 2023's 香榧产业个性化发展 money, paid to the towns of the 香榧 area for their
// 三产融合 projects: 序号 | 单位 | 项目名称 | 申报金额(元) | 核定补助 (元), one town's name and its one approved sum merged down
// over the projects it applied for, a number to every project.
export const layout: CorpusLayout = {
  id: "zhuji-2023-torreya-town-projects-subsidy-list",
  source: {
    title: "关于诸暨市2023年度香榧产业高质量发展支持香榧产业个性化发展的补助公示（附表：补助清单）",
    url: "https://www.zhuji.gov.cn/art/2025/6/6/art_1370364_59158668.html",
    publisher: "诸暨市农业农村局",
    date: "2025-06-06",
    changes:
      "As published: the list's title, its five headings with their units in brackets, the numbering by project, the town's name and its " +
      "核定补助 merged over its projects, and 东白湖镇's three projects with their sums (263,140.00 + 54,958.50 + 23,715.00, approved " +
      "341,813.50). The stored copy breaks off at 赵家镇: its projects, 陈宅镇's and every other figure are ours, and so is the 合计 row. " +
      "Planted: the 合计 of 核定补助 typed 901,023.50 where the three towns' approved sums add up to 891,023.50.",
  },
  classes: ["register", "merged-payee-over-projects", "merged-approved-amount", "requested-and-approved", "yuan-in-header", "two-decimal-yuan", "total-at-foot", "towns-as-payees", "no-credit-code", "county-fund", "zhejiang"],
  settings: { district: "诸暨市" },
  sheets: [
    {
      name: "补助清单",
      widths: [6, 24, 52, 16, 16],
      rows: [
        ["诸暨市2023年度香榧产业高质量发展支持香榧产业个性化发展政策补助清单", null, null, null, null],
        ["序号", "单位", "项目名称", "申报金额(元)", "核定补助 (元)"],
        [1, "诸暨市东白湖镇人民政府", "“香满东白 榧尝不可”东白湖镇首届香榧文化旅游节视频摄制及现场布展", 263140.0, 341813.5],
        [2, null, "首届香榧文化旅游节集市布展", 54958.5, null],
        [3, null, "“榧”你莫属Fun“斯”嗨玩大型实景沉浸式剧本杀", 23715.0, null],
        [4, "诸暨市赵家镇人民政府", "香榧森林公园游步道提升工程", 185600.0, 318000.0],
        [5, null, "榧王村古香榧群保护和复壮", 96420.0, null],
        [6, null, "赵家香榧开竿节主题活动", 58300.0, null],
        [7, "诸暨市陈宅镇人民政府", "陈宅镇香榧形象场地建设", 142750.0, 231210.0],
        [8, null, "沙塔村古香榧游步道建设", 88460.0, null],
        ["合计", null, null, 913343.5, 901023.5],
      ],
      merges: ["A1:E1", "B3:B5", "E3:E5", "B6:B8", "E6:E8", "B9:B10", "E9:E10", "A11:C11"],
      numberFormats: { "D3:E11": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "补助清单",
        kind: "register",
        unit: "元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "enterprise", C: "project", D: "requested", E: "approved" },
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        sheet: "补助清单",
        cell: "E11",
        why: "核定补助 合计 901,023.50 where the towns' merged sums add up to 341,813.50 + 318,000.00 + 231,210.00 = 891,023.50: 10,000.00 over",
      },
    ],
    absent: [
      {
        rule: "composition.total-mismatch",
        sheet: "补助清单",
        cell: "D11",
        why: "申报金额 合计 913,343.50 = 263,140.00 + 54,958.50 + 23,715.00 + 185,600.00 + 96,420.00 + 58,300.00 + 142,750.00 + 88,460.00",
      },
      {
        rule: "register.duplicate",
        sheet: "补助清单",
        cell: "B4",
        why: "a town's name merged over its projects is one payee with one approved sum, not the same town listed again",
      },
      {
        rule: "register.duplicate",
        sheet: "补助清单",
        cell: "B10",
        why: "陈宅镇's second project row carries no award of its own (核定补助 merged over both rows)",
      },
      {
        rule: "composition.total-mismatch",
        sheet: "补助清单",
        cell: "E6",
        why: "赵家镇's approved 318,000.00 is below its requests (340,320.00): an award cut on review, not a total of them",
      },
      { rule: "register.invalid-credit-code", why: "the list has no credit-code column" },
    ],
  },
};
