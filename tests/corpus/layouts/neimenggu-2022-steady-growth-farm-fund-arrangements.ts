import type { CorpusLayout } from "../types";

// 内蒙古自治区 2022年坚持稳中求进推动产业高质量发展政策清单 (内政发 2022-02-20), 一、推进农牧业优质高效转型: the list states, measure by
// measure, the money the region arranges (亿元 / 万元) and the 责任单位. The table is built from that prose: 序号 | 政策措施 | 主要内容 |
// 安排资金（亿元） | 责任单位, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "neimenggu-2022-steady-growth-farm-fund-arrangements",
  source: {
    title: "内蒙古自治区2022年坚持稳中求进推动产业高质量发展政策清单（一、推进农牧业优质高效转型：资金安排；表据正文拟）",
    url: "http://gosarahschneider.com/policy/info/359",
    publisher: "内蒙古自治区人民政府",
    date: "2022-02-20",
    changes:
      "The list is prose: each measure says what it funds, how much (亿元 or 万元) and the 责任单位. The table (序号 | 政策措施 | 主要内容 | " +
      "安排资金（亿元） | 责任单位, 合计) is ours, built from the farm measures; the measure names and 责任单位 follow the list, the money " +
      "figures are ours (the 5,000万元 salt-land line written 0.50亿元), and the last three lines are measures of ours of the same kind. Planted: " +
      "合计 typed 187.50 where the seven lines add up to 185.70.",
  },
  classes: ["composition", "policy-list-amounts", "measures-as-lines", "text-task-column", "responsible-unit-column", "total-at-foot", "two-decimal-yiyuan", "yiyuan-in-header", "notes-under-table", "table-from-prose", "province-level", "neimenggu"],
  sheets: [
    {
      name: "资金安排",
      widths: [6, 28, 34, 16, 30],
      rows: [
        ["内蒙古自治区2022年推进农牧业优质高效转型主要资金安排表（表据正文拟）", null, null, null, null],
        ["序号", "政策措施", "主要内容", "安排资金（亿元）", "责任单位"],
        [1, "实施优质高效增粮示范行动", "稳定粮食播种面积和产量", 108, "自治区农牧厅、发展改革委、财政厅"],
        [2, "实施耕地保护与建设行动", "支持400万亩高标准农田建设", 40, "自治区农牧厅、发展改革委、财政厅"],
        [3, "黑土地保护性耕作", "支持1350万亩黑土地保护性耕作", 6, "自治区农牧厅、发展改革委、财政厅"],
        [4, "盐碱化耕地改良", "分类开展盐碱化耕地改良", 0.5, "自治区农牧厅、财政厅"],
        [5, "实施大豆振兴计划", "提高大豆生产者补贴，扩种大豆430万亩", 12.6, "自治区农牧厅、财政厅"],
        [6, "实施奶业振兴行动", "支持奶源基地和乳制品加工", 10.2, "自治区农牧厅、财政厅"],
        [7, "推进肉牛肉羊产业发展", "支持良种繁育和标准化养殖", 8.4, "自治区农牧厅、财政厅"],
        ["合计", null, null, 187.5, null],
        ["注：资金含中央和自治区各类资金，以年度预算下达数为准。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:C10", "A11:E11"],
      numberFormats: { "D3:D10": "0.00" },
    },
  ],
  settings: { district: "内蒙古自治区" },
  expect: {
    tables: [
      { sheet: "资金安排", kind: "composition", unit: "亿元", headerRow: 2, lastRow: 10, columns: { A: "code", B: "line", D: "amount" }, year: 2022 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D10", why: "合计 187.50; the lines add up to 108.00 + 40.00 + 6.00 + 0.50 + 12.60 + 10.20 + 8.40 = 185.70 (1.80亿元 less)" },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "no unit price or quantity column: 400万亩 / 1350万亩 / 430万亩 are text in 主要内容" },
      { rule: "input.unreadable-value", cell: "C4", why: "主要内容 is text, its 万亩 figure is not an amount" },
      { rule: "cap.unknown-policy", cell: "B3", why: "政策措施 are measures (lines of a plan), not policy items of an award list" },
      { rule: "composition.total-mismatch", cell: "A11", why: "the note under the table is not a line" },
    ],
  },
};
