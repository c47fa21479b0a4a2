import type { CorpusLayout } from "../types";

// 济源日报 2025-07-14: 济源 rated 优秀 in the 2024 衔接资金 assessment; in 2024 it put 7,739万元 of 衔接资金 into industry — 中央3,138万元、省2,501万元、
// 示范区2,100万元 — for 蔬菜制种、肉羊、兔业、乡村康养、农产品集市及冷藏保鲜、基础设施建设、小额信贷贴息 等41个项目. Laid out as the 示范区's plan by
// kind of project: 项目个数 | 资金合计 | 资金来源（中央 | 省级 | 示范区级）, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "jiyuan-2024-linkage-fund-industry-project-plan",
  source: {
    title: "济源连续8年荣获河南省衔接推进乡村振兴补助资金绩效评价“优秀”等次（2024年产业发展项目资金安排表据正文拟）",
    url: "http://www.jyrb.cn/content/202507/14/c_301078.html",
    publisher: "济源示范区财政金融局（济源日报报道）",
    date: "2025-07-14",
    changes:
      "As published (in prose): 2024年共安排衔接资金7739万元用于产业发展, 其中中央3138万元、省2501万元、示范区2100万元, 41个项目 of seven kinds " +
      "(kept as the table's lines and foot). The split by kind, the counts per kind and the note are ours. Planted: 兔业's 中央 typed 410 where its " +
      "合计 900 = 400 + 300 + 200 — the row's total across (900 against 410 + 300 + 200 = 910) and the 中央 column's foot (3,138 against lines of " +
      "3,148) both miss.",
  },
  classes: [
    "composition", "allocation-by-kind", "row-total-column", "sources-under-merged-header", "two-header-rows", "count-column", "whole-wanyuan",
    "count-and-money-caption", "total-at-foot", "one-slip-two-findings", "notes-under-table", "table-from-prose", "news-report", "demonstration-zone",
    "henan",
  ],
  settings: { district: "济源市" },
  sheets: [
    {
      name: "项目安排表",
      widths: [6, 24, 10, 12, 10, 10, 12],
      rows: [
        ["济源示范区2024年度衔接推进乡村振兴补助资金产业发展项目安排表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：个、万元"],
        ["序号", "项目类别", "项目个数", "资金合计", "资金来源", null, null],
        [null, null, null, null, "中央", "省级", "示范区级"],
        [1, "蔬菜制种", 8, 1850, 800, 600, 450],
        [2, "肉羊", 7, 1420, 600, 470, 350],
        [3, "兔业", 5, 900, 410, 300, 200],
        [4, "乡村康养", 4, 760, 300, 260, 200],
        [5, "农产品集市及冷藏保鲜", 6, 1130, 438, 392, 300],
        [6, "基础设施建设", 9, 1279, 500, 379, 400],
        [7, "小额信贷贴息", 2, 400, 100, 100, 200],
        ["合计", null, 41, 7739, 3138, 2501, 2100],
        ["注：项目惠及11个镇201个村1447户脱贫人口和监测帮扶对象；用于产业发展的中央衔接资金占比不低于55%。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "A12:B12", "A13:G13"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目安排表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "line", C: "quantity", D: "amount", E: "amount:中央", F: "amount:省级", G: "amount:示范区级" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D7", why: "兔业 资金合计 900, its sources 410 + 300 + 200 = 910 (10 apart)" },
      { rule: "composition.total-mismatch", cell: "E12", why: "中央 合计 3,138; the lines as typed add up to 800+600+410+300+438+500+100 = 3,148" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D12", why: "资金合计 7,739 = 1,850+1,420+900+760+1,130+1,279+400, and = 3,138 + 2,501 + 2,100 across" },
      { rule: "composition.total-mismatch", cell: "F12", why: "省级 2,501 = 600+470+300+260+392+379+100" },
      { rule: "composition.total-mismatch", cell: "G12", why: "示范区级 2,100 = 450+350+200+200+300+400+200" },
      { rule: "composition.total-mismatch", cell: "D5", why: "蔬菜制种 1,850 = 800 + 600 + 450 (every other line agrees across)" },
      { rule: "composition.total-mismatch", cell: "C12", why: "项目个数 41 = 8+7+5+4+6+9+2, a count, not money" },
      { rule: "composition.line-mismatch", why: "no standard per project: the counts are no multipliers" },
      { rule: "input.unreadable-value", cell: "A13", why: "the note under the table" },
    ],
  },
};
