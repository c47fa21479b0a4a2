import type { CorpusLayout } from "../types";

// 巴彦淖尔日报 2018-07-03 (on 巴彦淖尔市政府门户网站): 双河镇 won 15 一事一议财政奖补 projects in 2018 — 水泥路维修, 安装路灯, 公厕建设 —
// 总概算 388万元, 自筹 58.2万元, 财政奖补 329.8万元. Laid out as a 项目计划表 by kind: 序号 | 项目类别 | 项目数 | 总投资 | 资金来源
// (财政奖补, 自筹资金) under a merged heading, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "bayannur-shuanghe-2018-yishiyiyi-award-projects",
  source: {
    title: "双河镇争取一事一议建设项目15个（项目资金计划表据报道拟）",
    url: "https://www.txcqz.com/html/.xxgkdtxxqqdt201807t20180703_214180.html",
    publisher: "巴彦淖尔市政府门户网站（巴彦淖尔日报，通讯员 王海龙 贾伟）",
    date: "2018-07-03",
    changes:
      "As published: 15 projects of three kinds, 388 = 财政奖补 329.8 + 自筹 58.2. The split by kind is ours (6 + 5 + 4 projects). Planted: 公厕建设's 自筹 " +
      "typed 16.0 (18.0), so its row no longer adds to its 总投资 120.0 and the 自筹 column's lines add to 56.2 against the 合计 58.2.",
  },
  classes: [
    "composition", "allocation-by-kind", "row-total-column", "sources-under-merged-header", "self-raised-column", "count-column", "two-header-rows",
    "one-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "town-fund", "neimenggu",
  ],
  settings: { district: "巴彦淖尔市临河区" },
  sheets: [
    {
      name: "项目计划",
      widths: [6, 16, 12, 12, 12, 12],
      rows: [
        ["双河镇2018年一事一议财政奖补项目资金计划表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "项目类别", "项目数（个）", "总投资", "资金来源", null],
        [null, null, null, null, "财政奖补", "自筹资金"],
        [1, "水泥路维修", 6, 172.0, 146.2, 25.8],
        [2, "安装路灯", 5, 96.0, 81.6, 14.4],
        [3, "公厕建设", 4, 120.0, 102.0, 16.0],
        ["合计", null, 15, 388.0, 329.8, 58.2],
        ["注：15个项目均已立项并进入施工阶段，自筹资金已全部到位。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "A8:B8", "A9:F9"],
      numberFormats: { "D5:F8": "0.0" },
    },
  ],
  // Corrected after the hundred-and-sixty-third holdout's measurement (counted failed): stated 总投资 as the amount and the
  // 财政奖补 its title names as a further column; docs/rules.md keeps the fund the title names as the amount, 总投资 a
  // further column (as tongchuan-2016 and lanzhou-2013). The findings stand as stated.
  expect: {
    tables: [
      {
        sheet: "项目计划", kind: "composition", unit: "万元", headerRow: 3, lastRow: 8,
        columns: { B: "line", C: "quantity", D: "amount:总投资", E: "amount", F: "amount:自筹资金" }, year: 2018,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D7", why: "公厕建设 总投资 120.0 where its sources add to 102.0 + 16.0 = 118.0: 2.0 over" },
      { rule: "composition.total-mismatch", cell: "F8", why: "自筹 合计 58.2 where the lines as typed add to 25.8 + 14.4 + 16.0 = 56.2" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D8", why: "172.0 + 96.0 + 120.0 = 388.0" },
      { rule: "composition.total-mismatch", cell: "E8", why: "146.2 + 81.6 + 102.0 = 329.8" },
      { rule: "composition.total-mismatch", cell: "D5", why: "172.0 = 146.2 + 25.8; likewise 96.0 = 81.6 + 14.4" },
      { rule: "composition.total-mismatch", cell: "C8", why: "6 + 5 + 4 = 15 (counts)" },
      { rule: "composition.line-mismatch", why: "no unit amount per project is stated" },
      { rule: "input.unreadable-value", cell: "A9", why: "the note under the table is no data" },
    ],
  },
};
