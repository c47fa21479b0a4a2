import type { CorpusLayout } from "../types";

// 西藏自治区 2023-02 (news report of the 自治区乡村振兴局): the first batch of central 衔接 money, 68.57亿元, already sent down; the
// first quarter's spending must reach 30%. Laid out as a progress table by 地（市） as of 2023-02-10 (by month: 2/12 = 16.67%).
// Planted: 那曲市 at 4.50% (more than 5 points behind); 昌都市's progress typed 17.00% where its figures give 15.00%.
export const layout: CorpusLayout = {
  id: "xizang-2023-linkage-fund-batch1-feb-progress",
  source: {
    title: "西藏自治区已下达第一批中央衔接资金68.57亿元（支出进度表据正文拟）",
    url: "http://02boy.com/news/202302/10/252494.html",
    publisher: "西藏自治区乡村振兴局（新闻报道转载）",
    date: "2023-02-10",
    changes:
      "The report gives the totals only (68.57亿元 sent down; 84 projects started; a 30% first-quarter spending target): the table by " +
      "地（市） is built from the prose (table from prose) — title, 截至 line with 单位：万元, 序号 | 地（市） | 下达资金 | 已支出资金 | 支出进度, " +
      "合计 at the foot adding to the reported 685,700万元, the targets as a note. The split among the seven 地（市） and all spending " +
      "figures are ours. Planted: 那曲市 spent 5,904 of 131,200 (4.50%, more than 5 points under 16.67%); 昌都市's 支出进度 typed 17.00% " +
      "while 21,390 / 142,600 = 15.00%.",
  },
  classes: ["execution", "spending-progress", "allocation-by-prefecture", "prefectures-as-lines", "as-of-line", "month-to-date", "rate-column", "total-at-foot", "notes-under-table", "wanyuan-caption", "whole-wanyuan", "linkage-fund", "table-from-prose", "news-report", "province-fund", "xizang"],
  settings: { asOf: "2023-02-10", district: "西藏自治区" },
  sheets: [
    {
      name: "支出进度",
      widths: [6, 14, 14, 14, 12],
      rows: [
        ["西藏自治区2023年第一批中央财政衔接推进乡村振兴补助资金支出进度表", null, null, null, null],
        ["截至2023年2月10日", null, null, null, "单位：万元"],
        ["序号", "地（市）", "下达资金", "已支出资金", "支出进度"],
        [1, "拉萨市", 62300, 9845, 0.158],
        [2, "日喀则市", 168400, 24366, 0.1447],
        [3, "昌都市", 142600, 21390, 0.17],
        [4, "林芝市", 48700, 7012, 0.144],
        [5, "山南市", 79500, 12243, 0.154],
        [6, "那曲市", 131200, 5904, 0.045],
        [7, "阿里地区", 53000, 8745, 0.165],
        ["合计", null, 685700, 89505, 0.1305],
        ["注：一季度中央衔接资金支出进度须达到30%；4月1日前项目开工率达到100%（海拔4000米以上地区5月20日前）。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:D2", "A11:B11", "A12:E12"],
      numberFormats: { "C4:D11": "#,##0", "E4:E11": "0.00%" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支出进度", kind: "execution", unit: "万元", headerRow: 3, lastRow: 11, columns: { B: "line", C: "adjustedBudget", D: "actual", E: "rate" }, year: 2023 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E6", why: "昌都市: 21,390 / 142,600 = 15.00%, typed 17.00%" },
      { rule: "execution.behind-schedule", cell: "D9", why: "那曲市: 5,904 / 131,200 = 4.50%, more than 5 points under the time progress 2/12 = 16.67% as of 2023-02-10" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C11", why: "62,300 + 168,400 + 142,600 + 48,700 + 79,500 + 131,200 + 53,000 = 685,700" },
      { rule: "execution.total-mismatch", cell: "D11", why: "9,845 + 24,366 + 21,390 + 7,012 + 12,243 + 5,904 + 8,745 = 89,505" },
      { rule: "execution.rate-mismatch", cell: "E11", why: "89,505 / 685,700 = 13.05%" },
      { rule: "execution.behind-schedule", cell: "D11", why: "the 合计 is a total row; its lines carry their own status" },
      { rule: "execution.behind-schedule", cell: "D5", why: "日喀则市 14.47% is 2.20 points under 16.67%: within 5 points" },
      { rule: "execution.behind-schedule", cell: "D7", why: "林芝市 14.40% is 2.27 points under 16.67%" },
      { rule: "execution.behind-schedule", cell: "D12", why: "the 30% first-quarter target is a note, not the time progress of 2023-02-10" },
    ],
  },
};
