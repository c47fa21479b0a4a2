import type { CorpusLayout } from "../types";

// 广西壮族自治区人民政府办公厅 (桂政办电〔2018〕247号, via 百色市住建局): the plan for the second 2018–2019 batch of dilapidated-house renovation
// for 建档立卡贫困户 and three other groups. Its task table laid out by 设区市: 改造任务（户） | 补助标准（万元/户） | 中央和自治区补助资金（万元） | 备注,
// 合计 at the foot.
export const layout: CorpusLayout = {
  id: "guangxi-2018-2019-dilapidated-housing-batch2-tasks",
  source: {
    title: "桂政办电〔2018〕247号 关于印发2018~2019年广西第二批建档立卡贫困户等4类重点对象危房改造实施方案的通知（任务及补助资金分配表据方案拟）",
    url: "https://keke.chddh.cn/archives/365rneoxjzd9mlqgd7z0.html",
    publisher: "广西壮族自治区人民政府办公厅（百色市住房和城乡建设局网站转载）",
    changes:
      "As published: the notice's number and title, the batch (2018~2019年第二批), the four groups (建档立卡贫困户等4类重点对象). The stored copy shows the " +
      "document's title only: the task table's columns, the fourteen 设区市's households, the single 1.8万元 a household standard and every amount are " +
      "ours. Planted: 贺州市's money typed 1,962 where 940 households × 1.8 = 1,692 (digits swapped); the 合计 adds the lines as typed.",
  },
  classes: [
    "composition", "unit-times-quantity", "standard-column", "count-column", "allocation-by-city", "remark-column", "one-decimal-wanyuan-standard",
    "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "table-not-in-stored-copy", "province-fund", "guangxi",
  ],
  settings: { district: "广西壮族自治区" },
  sheets: [
    {
      name: "任务分配表",
      widths: [6, 12, 14, 18, 24, 20],
      rows: [
        ["2018～2019年广西第二批建档立卡贫困户等4类重点对象危房改造任务及补助资金分配表", null, null, null, null, null],
        ["序号", "设区市", "改造任务（户）", "补助标准（万元/户）", "中央和自治区补助资金（万元）", "备注"],
        [1, "南宁市", 1850, 1.8, 3330, null],
        [2, "柳州市", 1420, 1.8, 2556, null],
        [3, "桂林市", 1630, 1.8, 2934, null],
        [4, "梧州市", 980, 1.8, 1764, null],
        [5, "北海市", 310, 1.8, 558, null],
        [6, "防城港市", 260, 1.8, 468, "含边境地区"],
        [7, "钦州市", 870, 1.8, 1566, null],
        [8, "贵港市", 1240, 1.8, 2232, null],
        [9, "玉林市", 1360, 1.8, 2448, null],
        [10, "百色市", 2480, 1.8, 4464, "含深度贫困县"],
        [11, "贺州市", 940, 1.8, 1962, null],
        [12, "河池市", 2650, 1.8, 4770, "含深度贫困县"],
        [13, "来宾市", 1120, 1.8, 2016, null],
        [14, "崇左市", 890, 1.8, 1602, "含边境地区"],
        ["合计", null, 18000, null, 32670, null],
        ["注：4类重点对象为建档立卡贫困户、低保户、农村分散供养特困人员和贫困残疾人家庭；各市可在户均补助标准内分类分级确定补助。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A17:B17", "A18:F18"],
      numberFormats: { "D3:D16": "0.0", "E3:E17": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "任务分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 17,
        columns: { A: "code", B: "line", C: "quantity", D: "unitAmount", E: "amount" },
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E13", why: "贺州市: 940 households × 1.8万元 = 1,692, not 1,962: 270 over" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E17", why: "the lines as typed add up to 32,670 (32,400 + the 270 of 贺州's slip): the 合计 agrees with them" },
      { rule: "composition.total-mismatch", cell: "C17", why: "1,850 + 1,420 + 1,630 + 980 + 310 + 260 + 870 + 1,240 + 1,360 + 2,480 + 940 + 2,650 + 1,120 + 890 = 18,000 households" },
      { rule: "composition.line-mismatch", cell: "E12", why: "百色市 2,480 × 1.8 = 4,464, as stated" },
      { rule: "register.ineligible-location", why: "the fourteen 设区市 are all of 广西壮族自治区" },
      { rule: "input.unreadable-value", cell: "F8", why: "备注 is text" },
    ],
  },
};
