import type { CorpusLayout } from "../types";

// 山西晚报 2023-02: at the 晋中市 private-economy meeting on 2月10日 the city paid 1,860万元 of its 2022 awards to 248 private firms
// (besides vehicles); the report names the award kinds in prose and prints no list, so the excerpt below is ours.
export const layout: CorpusLayout = {
  id: "jinzhong-2022-private-economy-award-payout",
  source: {
    title: "晋中市重奖民营企业 现场兑现奖补资金1860万元（兑现企业名单摘录据报道拟）",
    url: "http://butikzahra.com/20/1238.html",
    publisher: "山西晚报（晋中市委、市政府）",
    date: "2023-02-11",
    changes:
      "As published: the report (《中共晋中市委 晋中市人民政府关于落实兑现民营经济相关奖补政策的决定》, 248 户 firms, 1,860万元, the award to a " +
      "特钢产业链链主 whose 2022 主营业务收入 reached 300亿元). No list is printed: the title row, caption, columns (序号 | 企业名称 | 统一社会信用代码 | " +
      "县（区、市） | 奖补事项 | 奖补金额), the eight firms, codes, award kinds, amounts and the note are ours. Planted: 合计 typed 760 over lines adding to " +
      "780; 寿阳 firm's code ends 5 where the GB 32100 check character is 4. Left: 介休市 (a county-level city of 晋中) and a city-issued code (140700).",
  },
  classes: [
    "register", "item-column", "credit-codes", "counties-as-places", "county-level-city-among-counties", "city-code-in-district", "excerpt",
    "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "city-fund", "shanxi",
  ],
  settings: { district: "晋中市" },
  sheets: [
    {
      name: "兑现名单",
      widths: [6, 30, 22, 12, 24, 12],
      rows: [
        ["晋中市2022年度民营经济奖补政策兑现企业名单（摘录）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "县（区、市）", "奖补事项", "奖补金额"],
        [1, "晋安特钢控股有限公司", "91140781MA0M2D6W38", "介休市", "民营企业营收进档奖励", 500],
        [2, "晋中华瑞新能源科技有限公司", "91140702MA0L5H1R79", "榆次区", "民营企业营收进档奖励", 100],
        [3, "平遥古陶食品股份有限公司", "91140728MA0N8K4X5Q", "平遥县", "民营企业营收进档奖励", 50],
        [4, "祁县晶华玻璃器皿有限公司", "91140727MA0P3T7C9L", "祁县", "民营企业营收进档奖励", 50],
        [5, "灵石鑫源煤机装备有限公司", "91140729MA0Q6N2L4T", "灵石县", "新增规模以上工业企业奖励", 20],
        [6, "寿阳宏达铸造有限公司", "91140725MA0R1E9H85", "寿阳县", "新增规模以上工业企业奖励", 20],
        [7, "太谷晋农种业科技有限公司", "91140703MA0T4W5B64", "太谷区", "新增规模以上工业企业奖励", 20],
        [8, "晋中佳禾新材料有限公司", "91140700MA0K3P8T2Y", "榆次区", "新增规模以上工业企业奖励", 20],
        ["合计", null, null, null, null, 760],
        ["注：全市共248户民营企业符合奖励政策，兑现奖励资金1860万元，此处摘录8户。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A12:E12", "A13:F13"],
      numberFormats: { "F4:F12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F12", why: "合计 760 against 500 + 100 + 50 + 50 + 20 + 20 + 20 + 20 = 780" },
      { rule: "register.invalid-credit-code", cell: "C9", why: "91140725MA0R1E9H85: the GB 32100 check character for 91140725MA0R1E9H8 is 4, not 5" },
      { rule: "cap.unknown-policy", cell: "E4", why: "no catalog: 民营企业营收进档奖励 (4 rows) is unchecked, reported at its first item cell" },
      { rule: "cap.unknown-policy", cell: "E8", why: "no catalog: 新增规模以上工业企业奖励 (4 rows) is unchecked, reported at its first item cell" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "D4", why: "介休市 is a county-level city of 晋中市" },
      { rule: "register.ineligible-location", cell: "D10", why: "太谷区 is a district of 晋中市" },
      { rule: "register.location-code-mismatch", cell: "C11", why: "140700 is 晋中市's own registration code, issued for firms in 榆次区" },
      { rule: "register.duplicate", why: "eight firms, eight names, eight codes; two 榆次区 firms are two firms" },
      { rule: "cap.exceeded", cell: "F12", why: "the 合计 is no award" },
      { rule: "input.unreadable-value", why: "the caption and the note under the table are text" },
    ],
  },
};
