import type { CorpusLayout } from "../types";

// 广西日报 2024-04-04: 自治区财政厅 raises 7.68亿元 for major projects — the first batch of 自治区本级预算内基建资金 5.3亿元 (named
// hospitals, a training base, a university centre) and its 前期经费 2.38亿元 over six fields and 164 projects; laid out as a
// 下达表 with 合计 first, numbered sections each with its 小计, a 项目个数 column beside the money.
export const layout: CorpusLayout = {
  id: "guangxi-2024-capital-construction-batch1-and-preparatory-fund",
  source: {
    title: "广西下达7.68亿元支持重大项目建设（自治区本级预算内基建资金第一批及项目前期经费下达表据报道拟）",
    url: "https://bbrtv.com/2024/0404/927348.html",
    publisher: "广西广播电视台（来源：广西日报）",
    date: "2024-04-04",
    changes:
      "The report gives the totals (7.68亿元; 基建资金第一批 5.3亿元; 前期经费 2.38亿元 for 164 projects), the three named projects and the six fields of " +
      "the 前期经费. The table, the sum per project and per field and the count per field are ours, in 万元 (76,800 = 53,000 + 23,800; the counts add up " +
      "to the report's 164). Planted: section 一's four lines add up to 54,000 against its 小计 53,000 (the 合计 adds the 小计 as typed).",
  },
  classes: ["composition", "sections-with-subtotals", "total-row-first", "count-column", "fields-as-lines", "named-projects", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "news-report", "province-fund", "guangxi"],
  settings: { district: "广西壮族自治区" },
  sheets: [
    {
      name: "下达表",
      widths: [8, 44, 12, 14],
      rows: [
        ["2024年第一批自治区本级预算内基建资金及项目前期经费下达表", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "项目（领域）", "项目个数", "下达资金"],
        ["合计", null, null, 76800],
        ["一", "第一批自治区本级预算内基建资金", null, 53000],
        [1, "中山大学附属第一医院广西医院二期", 1, 18000],
        [2, "三塘体育训练比赛基地", 1, 9000],
        [3, "广西大学大学生创新实验中心", 1, 6000],
        [4, "其他重大基础性、公益性项目", null, 21000],
        ["二", "项目前期经费", 164, 23800],
        [1, "交通运输", 52, 9800],
        [2, "保障性安居工程", 28, 3200],
        [3, "社会服务", 31, 4100],
        [4, "产业园区", 22, 2900],
        [5, "经济贸易", 13, 1500],
        [6, "生态环保", 18, 2300],
        ["注：前期经费用于项目前期工作，促进项目达到申报中央资金的前期工作要求。", null, null, null],
      ],
      merges: ["A1:D1", "A4:C4", "A17:D17"],
      numberFormats: { "D4:D16": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "下达表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 16,
        columns: { B: "line", C: "quantity", D: "amount" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D5", why: "一 小计 53,000 against its lines 18,000 + 9,000 + 6,000 + 21,000 = 54,000, 1,000万元 short" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D4", why: "合计 76,800 = 53,000 + 23,800, the 小计 as typed: the slip is reported once, at the 小计" },
      { rule: "composition.total-mismatch", cell: "D10", why: "二 小计 23,800 = 9,800 + 3,200 + 4,100 + 2,900 + 1,500 + 2,300" },
      { rule: "composition.total-mismatch", cell: "C10", why: "164 projects = 52 + 28 + 31 + 22 + 13 + 18" },
      { rule: "composition.line-mismatch", why: "项目个数 is a count beside the money, no unit amount is stated" },
      { rule: "input.unreadable-value", cell: "A17", why: "the 注 row is a note under the table" },
    ],
  },
};
