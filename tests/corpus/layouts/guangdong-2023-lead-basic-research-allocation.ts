import type { CorpusLayout } from "../types";

// 广东省科学技术厅 2023-11-28: 2023年度”领航“（原”旗舰“）类省基础与应用基础研究重大项目及省实验室（河源分中心）2023年省级财政同步投入
// 资金拟安排 — 10 projects, 11622.07万元 of provincial money, put up for comment. Two kinds of project in a 项目类别 column, the body that
// carries each project with its code and city, amounts to two decimals.
export const layout: CorpusLayout = {
  id: "guangdong-2023-lead-basic-research-allocation",
  source: {
    title: "2023年度省基础与应用基础研究重大项目（领航）及省实验室同步投入资金拟安排表（省科技厅公示附件）",
    url: "https://www.chacewang.com/newsdetail/news482253.html",
    publisher: "广东省科学技术厅（转载）",
    date: "2023-11-28",
    changes:
      "The stored page gives the notice (10 projects, 11622.07万元, 公示期 2023-11-30 to 12-06, the two kinds: ”领航“ major projects and the " +
      "provincial laboratory's 河源分中心 同步投入), not the annex's body. The table (序号 | 项目类别 | 项目名称 | 承担单位 | 统一社会信用代码 | 所在地市 | " +
      "拟安排省级财政资金, 单位：万元, 合计) is ours, as are the projects, bodies (invented, apart from the 河源分中心 the notice names), codes and " +
      "amounts; the ten amounts add up to the notice's 11622.07. Planted: 赣南医学转化研究院 placed in 江西省赣州市, outside 广东; the 茂名分中心's " +
      "code with a wrong check character.",
  },
  classes: [
    "register", "project-name-column", "kind-column", "public-institution-codes", "cities-as-places", "province-wide-fund",
    "two-decimal-wanyuan", "wanyuan-caption", "table-from-prose", "total-at-foot", "no-catalog", "guangdong",
  ],
  settings: { district: "广东省", asOf: "2023-12-06" },
  sheets: [
    {
      name: "拟安排表",
      widths: [6, 26, 36, 32, 22, 14, 16],
      rows: [
        ["2023年度省基础与应用基础研究重大项目（领航）及省实验室同步投入资金拟安排表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目类别", "项目名称", "承担单位", "统一社会信用代码", "所在地市", "拟安排省级财政资金"],
        [1, "省基础与应用基础研究重大项目（领航）", "新型储能材料界面机理与器件基础研究", "广东南岭大学", "124400004552LBUPL9", "广州市", 1500],
        [2, "省基础与应用基础研究重大项目（领航）", "华南主要作物种质资源创新利用基础研究", "广东珠江农业大学", "12440000455KDXNAL7", "广州市", 1500],
        [3, "省基础与应用基础研究重大项目（领航）", "超大城市智能感知与韧性治理基础研究", "广州湾区先进技术研究院", "12440100MPQ30HR5PQ", "广州市", 1480.5],
        [4, "省基础与应用基础研究重大项目（领航）", "高端芯片新架构与设计方法基础研究", "深圳鹏城微电子科技有限公司", "91440300MA5GBT364E", "深圳市", 1450],
        [5, "省基础与应用基础研究重大项目（领航）", "南海深海生态过程与资源效应基础研究", "广东南海海洋研究院", "12440000MB2EC6HXCM", "广州市", 1400],
        [6, "省基础与应用基础研究重大项目（领航）", "先进结构陶瓷制备与服役基础研究", "佛山陶瓷新材料科技有限公司", "91440600MA551AW7QD", "佛山市", 1300],
        [7, "省基础与应用基础研究重大项目（领航）", "重大慢病新靶点发现与转化基础研究", "赣南医学转化研究院", "12440000455LX60650", "江西省赣州市", 1200],
        [8, "省基础与应用基础研究重大项目（领航）", "极端条件材料制备与表征基础研究", "东莞松山湖材料科技有限公司", "91441900MA56HG0AJL", "东莞市", 1191.57],
        [9, "省实验室同步投入", "岭南现代农业科学与技术广东省实验室河源分中心2023年省级财政同步投入", "岭南现代农业科学与技术广东省实验室河源分中心", "12441600MB2WCB2L7B", "河源市", 300],
        [10, "省实验室同步投入", "广东湾区绿色化工实验室茂名分中心2023年省级财政同步投入", "广东湾区绿色化工实验室茂名分中心", "12440000MB2GC1ET80", "茂名市", 300],
        ["合计", null, null, null, null, null, 11622.07],
      ],
      merges: ["A1:G1", "A14:F14"],
      numberFormats: { "G4:G14": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟安排表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "category", C: "project", D: "enterprise", E: "creditCode", F: "place", G: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "register.ineligible-location", cell: "F10", why: "江西省赣州市 lies outside 广东省, the fund's province" },
      { rule: "register.invalid-credit-code", cell: "E13", why: "12440000MB2GC1ET80: the GB 32100 check character of 12440000MB2GC1ET8 is 6, not 0" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "F12", why: "河源市 is a city of 广东" },
      { rule: "register.location-code-mismatch", why: "codes 440000 (province-level bodies), 440100 广州, 440300 深圳, 440600 佛山, 441600 河源, 441900 东莞 all lie in 广东; the 赣州 row is outside already and is not also a code mismatch" },
      { rule: "register.duplicate", why: "ten different bodies, one project each" },
      { rule: "cap.exceeded", cell: "G14", why: "合计 11,622.07 = 1,500.00 + 1,500.00 + 1,480.50 + 1,450.00 + 1,400.00 + 1,300.00 + 1,200.00 + 1,191.57 + 300.00 + 300.00 is no award" },
      { rule: "register.unpaid", why: "a proposed allocation put up for comment records no payments" },
    ],
  },
};
