import type { CorpusLayout } from "../types";

// 南宁日报 2025-09 (reposted): 广西 raised and released 423.13亿元 for industry and transport this year — 26.11亿 for 工业振兴, 385.94亿 统筹 for
// 交通强区, of which 中央补助 260.40 (平陆运河 130) and 超长期特别国债 64.14 (铁路“两重” 49.8). Laid out as a 资金安排表 with outline numbering (表据报道拟).
export const layout: CorpusLayout = {
  id: "guangxi-2025-industry-transport-fund-by-field",
  source: {
    title: "广西下达423亿元资金推动工业交通发展（资金筹措下达情况表据报道拟）",
    url: "https://www.chinautc.com/templates/H_news/list.aspx?contentid=107090&nodeid=1333&page=ContentPage",
    publisher: "南宁日报 (reposted by 中国城市公共交通网)",
    date: "2025-09-02",
    changes:
      "As published: 423.13亿元 in all; 工业 26.11; 交通 385.94 统筹, with 中央补助 260.40 (+41.3%; 平陆运河 130, +85.7%) and 超长期特别国债 64.14 " +
      "(铁路“两重” 49.8, +255%); the 3亿 试点 cap in the note. Ours: the table's form, reading the central money and the bonds as parts of the 385.94, " +
      "the remainder line (三) 自治区统筹及其他 (61.40 by difference) and the unnamed 11.08 (423.13 − 26.11 − 385.94). " +
      "Planted: (三) typed 71.40, so the transport lines add to 395.94 against the 小计 385.94.",
  },
  classes: ["composition", "allocation-by-field", "outline-numbering", "section-subtotals", "qizhong-rows", "remainder-line", "remark-column", "growth-in-remarks", "two-decimal-yiyuan", "yiyuan-caption", "total-row-first", "notes-under-table", "table-from-prose", "news-report", "region-level", "guangxi"],
  settings: { district: "广西壮族自治区" },
  sheets: [
    {
      name: "资金安排",
      widths: [8, 30, 12, 44],
      rows: [
        ["2025年广西工业振兴与交通强区资金筹措下达情况表", null, null, null],
        [null, null, null, "单位：亿元"],
        ["序号", "项目", "金额", "备注"],
        ["合计", null, 423.13, null],
        ["一", "工业振兴资金", 26.11, "支持新能源汽车推广、县域充换电设施建设及产业优化升级"],
        ["二", "交通强区资金", 385.94, "资本金注入、补助、以奖代补、贴息等方式"],
        ["（一）", "中央交通运输补助资金", 260.4, "同比增长41.3%"],
        [null, "其中：平陆运河项目", 130, "同比增长85.7%"],
        ["（二）", "超长期特别国债资金", 64.14, "交通基础设施建设与设备更新"],
        [null, "其中：铁路“两重”项目", 49.8, "较去年全年增长255%"],
        ["（三）", "自治区统筹及其他资金", 71.4, null],
        ["三", "其他资金", 11.08, "报道未列明用途"],
        ["注：南宁市入选国家第二批制造业新兴技术改造试点城市，最高可获得中央资金3亿元，未列入本表。", null, null, null],
      ],
      merges: ["A1:D1", "A4:B4", "A13:D13"],
      numberFormats: { "C4:C12": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "资金安排", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 12, columns: { A: "code", B: "line", C: "amount" }, year: 2025 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C6", why: "交通强区资金 385.94 where (一) 260.40 + (二) 64.14 + (三) 71.40 = 395.94: the lines are 10.00亿元 over the 小计" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C4", why: "合计 423.13 = 26.11 + 385.94 + 11.08, the 小计 as typed" },
      { rule: "composition.total-mismatch", cell: "C7", why: "平陆运河 130.00 is a 其中 part of 260.40, not a further line" },
      { rule: "composition.total-mismatch", cell: "C9", why: "铁路“两重” 49.80 is a 其中 part of 64.14" },
      { rule: "composition.line-mismatch", cell: "D7", why: "41.3% in the remark is growth, no unit price" },
      { rule: "input.unreadable-value", cell: "A13", why: "the note's 3亿元 is text under the table" },
    ],
  },
};
