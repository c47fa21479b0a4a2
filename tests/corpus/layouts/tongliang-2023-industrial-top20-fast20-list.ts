import type { CorpusLayout } from "../types";

// 铜梁区经济信息委 2024-02-18: the call for 2023年度 工业企业“20强”“20快” (铜经信发〔2022〕53号). The page is the call (conditions,
// dates); the list it leads to is laid out here as such offices publish one: two sections under their own heading rows,
// 序号 | 企业名称 | 统一社会信用代码 | 所在镇街（园区）, no money column (a recognition list).
export const layout: CorpusLayout = {
  id: "tongliang-2023-industrial-top20-fast20-list",
  source: {
    title: "2023年度铜梁区工业企业“20强”“20快”拟认定名单（表据正文拟）",
    url: "http://cqstl.gov.cn/bm/qjjxxw_71101/zwgk_70831/fdzdgknr_70834/qtgknr/lwlb/202402/t20240218_12929065.html",
    publisher: "重庆市铜梁区经济和信息化委员会",
    date: "2024-02-18",
    changes:
      "As published: the two titles (“20强”: 2023年营业收入2亿元以上且正增长、经济贡献400万元以上; “20快”: 营业收入1亿元以上、增速超过全区平均、" +
      "经济贡献100万元以上), the year and the office. The stored copy is the call for applications: the list, its sections, firms, codes and towns " +
      "are ours (an excerpt of each section, so not 20 a section). Planted: 巴川精密 listed twice in the “20强” section; 铜梁蒲吕新材's code has " +
      "a wrong check character; 龙水五金 is placed in 大足区龙水镇.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "section-heading-rows", "credit-codes", "towns-as-places", "parks-as-places", "table-from-prose", "district-fund", "chongqing"],
  settings: { district: "铜梁区", asOf: "2024-02-28" },
  sheets: [
    {
      name: "名单",
      widths: [6, 34, 22, 20],
      rows: [
        ["2023年度铜梁区工业企业“20强”“20快”拟认定名单", null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在镇街（园区）"],
        ["一、“20强”企业", null, null, null],
        [1, "重庆巴川精密机械制造有限公司", "91500151UQBAUKA8WA", "巴川街道"],
        [2, "重庆铜梁高新新材料股份有限公司", "91500151F5MLFQ9WA1", "铜梁高新区"],
        [3, "重庆安居汽车零部件有限公司", "915001516TXHMM1ML3", "安居镇"],
        [4, "重庆东城电子科技有限公司", "91500151JKQP2MAB4H", "东城街道"],
        [5, "重庆土桥食品有限公司", "91500151HBEA310GNH", "土桥镇"],
        [6, "重庆巴川精密机械制造有限公司", "91500151UQBAUKA8WA", "巴川街道"],
        [7, "重庆南城铸造有限公司", "91500151L8WB9F5Q34", "南城街道"],
        ["二、“20快”企业", null, null, null],
        [1, "重庆铜梁蒲吕新材料有限公司", "91500151MUUGDHJ3MA", "蒲吕街道"],
        [2, "重庆旧县龙舟文化用品有限公司", "91500151WLMLHPPPDF", "旧县街道"],
        [3, "重庆大足龙水五金制品有限公司", "91500151UDP7G1D970", "大足区龙水镇"],
        [4, "重庆围龙农业科技有限公司", "91500151XRJ65A05A5", "围龙镇"],
        [5, "重庆少云电气设备有限公司", "915001514GD4LW9GHW", "少云镇"],
        [6, "重庆维新塑胶制品有限公司", "91500151C3UWBKDA30", "维新镇"],
        ["注：“20强”“20快”企业按《重庆市铜梁区培育“20强”“20快”工业企业实施办法（试行）》（铜经信发〔2022〕53号）认定，同一事项当年享受区级多项优惠政策的实行就高不重复原则。", null, null, null],
      ],
      merges: ["A1:D1", "A3:D3", "A11:D11", "A18:D18"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "名单",
        kind: "register",
        headerRow: 2,
        lastRow: 17,
        columns: { B: "enterprise", C: "creditCode", D: "place" },
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "B9", why: "重庆巴川精密机械制造有限公司 (91500151UQBAUKA8WA) is already listed on row 4 of the same “20强” section" },
      { rule: "register.invalid-credit-code", cell: "C12", why: "91500151MUUGDHJ3MA: the check character should be N (91500151MUUGDHJ3MN)" },
      { rule: "register.ineligible-location", cell: "D14", why: "大足区龙水镇 lies in 大足区, not 铜梁区" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no money column leaves no amount unchecked" },
      { rule: "cap.no-cap", why: "no amount column" },
      { rule: "register.ineligible-location", cell: "D5", why: "铜梁高新区 is the district's own development area" },
      { rule: "register.ineligible-location", cell: "D16", why: "少云镇 is a town of 铜梁区" },
      { rule: "register.ineligible-location", cell: "D15", why: "围龙镇 is a town of 铜梁区" },
      { rule: "register.duplicate", cell: "B12", why: "序号 restarts at 1 under the second heading: numbers repeat, firms do not" },
      { rule: "register.location-code-mismatch", cell: "C14", why: "the row's place is outside already; the code's 500151 is 铜梁区 itself" },
      { rule: "register.invalid-credit-code", cell: "C9", why: "the repeated code is itself valid" },
    ],
  },
};
