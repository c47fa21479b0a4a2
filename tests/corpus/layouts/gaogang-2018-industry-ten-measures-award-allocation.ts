import type { CorpusLayout } from "../types";

// 中国网·美丽泰州 2019: 泰州市高港区 pays its 2018 “工业十条” awards — 60 firms, 1200余万元 — over ten clauses (战略性新兴产业, 智能改造,
// 高位嫁接 …). Laid out as the allocation behind it by clause: 序号 | 政策条款 | 奖补企业（家） | 奖补资金（万元）, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "gaogang-2018-industry-ten-measures-award-allocation",
  source: {
    title: "高港区2018年度“工业十条”奖补资金惠及60家企业（分配表据正文拟）",
    url: "http://jiangsu.china.com.cn/html/jsnews/around/10690127_1.html",
    publisher: "泰州市高港区工信局、财政局（中国网·美丽泰州）",
    date: "2019",
    changes:
      "As published: 60家 firms, 1200余万元, the policy's ten clauses and the three it names (培育壮大战略性新兴产业, 智能改造, 高位嫁接). Ours: the table, the " +
      "other seven clauses' wording, each clause's firms and money. Planted: the 合计 typed 1,263.50 where the ten clauses give 1,236.50.",
  },
  classes: ["composition", "allocation-by-clause", "count-columns", "unit-in-headings", "two-decimal-wanyuan", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "district-fund", "jiangsu"],
  sheets: [
    {
      name: "奖补资金分配",
      widths: [6, 32, 14, 16],
      rows: [
        ["高港区2018年度“工业十条”奖补资金分配表", null, null, null],
        ["序号", "政策条款", "奖补企业（家）", "奖补资金（万元）"],
        [1, "鼓励培育壮大战略性新兴产业", 8, 286],
        [2, "鼓励企业智能改造", 12, 312.4],
        [3, "鼓励企业高位嫁接", 3, 120],
        [4, "鼓励企业技术改造投入", 9, 168.3],
        [5, "鼓励企业创新研发", 7, 96.5],
        [6, "鼓励企业品牌建设", 5, 45],
        [7, "鼓励企业开拓市场", 6, 38.6],
        [8, "鼓励企业绿色发展", 4, 52.8],
        [9, "鼓励企业上规模", 4, 80],
        [10, "鼓励企业兼并重组", 2, 36.9],
        ["合计", null, 60, 1263.5],
        ["注：奖补依据为修订前的2017版“工业十条”；奖补资金由区财政列支，与省、市政策叠加享受。", null, null, null],
      ],
      merges: ["A1:D1", "A13:B13", "A14:D14"],
      numberFormats: { "D3:D13": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖补资金分配",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "line", C: "quantity", D: "amount" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D13", why: "合计 1,263.50; the ten clauses give 286 + 312.40 + 120 + 168.30 + 96.50 + 45 + 38.60 + 52.80 + 80 + 36.90 = 1,236.50 (27.00万元 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C13", why: "奖补企业 60 = 8 + 12 + 3 + 9 + 7 + 5 + 6 + 4 + 4 + 2, a count" },
      { rule: "composition.line-mismatch", why: "no unit amount: the firms' count is not a quantity times a standard" },
    ],
  },
};
