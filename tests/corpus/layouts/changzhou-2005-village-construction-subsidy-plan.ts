import type { CorpusLayout } from "../types";

// 常州市建设局 / 常州市财政局 2006-02-08 (常建〔2006〕40号, 常财建〔2006〕12号): 30万元 from 城市维护资金 for 村镇建设, sent down by
// 辖市（区） "见附表" — 2005年村镇建设补贴资金计划表, towns under each 辖市（区） with its 小计, the 合计 at the foot.
export const layout: CorpusLayout = {
  id: "changzhou-2005-village-construction-subsidy-plan",
  source: {
    title: "关于下达2005年村镇建设补贴资金计划的通知（附件：2005年村镇建设补贴资金计划表）（表据正文拟）",
    url: "https://www9599116.com/gi_news/133993560674379",
    publisher: "常州市建设局、常州市财政局",
    date: "2006-02-08",
    changes:
      "The page shows the notice, not its 附表: the table is ours (表据正文拟). As published: the document numbers, the 30万元 from 城市维护资金, the 附件's " +
      "title, the addressees 各辖市（区）建设局、财政局 and the instruction to book it as 2006 城市维护费 spending (kept as the note). The towns, projects " +
      "and amounts are ours, adding up to the published 30万元. Planted: 溧阳市 小计 typed 8 where its towns add up to 4 + 3 = 7.",
  },
  classes: [
    "composition", "allocation-by-town", "county-groups", "subtotals", "total-at-foot", "whole-wanyuan", "project-column",
    "document-number-line", "notes-under-table", "built-from-prose", "city-level", "jiangsu",
  ],
  settings: { district: "常州市" },
  sheets: [
    {
      name: "附表",
      widths: [6, 12, 12, 30, 12],
      rows: [
        ["2005年村镇建设补贴资金计划表（表据正文拟）", null, null, null, null],
        ["常建〔2006〕40号 常财建〔2006〕12号附件", null, null, null, "单位：万元"],
        ["序号", "辖市（区）", "补贴单位", "补贴项目", "补贴金额"],
        [1, "金坛市", "直溪镇", "集镇总体规划修编", 4],
        [2, "金坛市", "朱林镇", "集镇污水管网", 3],
        [null, "金坛市小计", null, null, 7],
        [3, "溧阳市", "社渚镇", "集镇道路改造", 4],
        [4, "溧阳市", "上兴镇", "村庄环境整治", 3],
        [null, "溧阳市小计", null, null, 8],
        [5, "武进区", "嘉泽镇", "集镇绿化", 4],
        [6, "武进区", "雪堰镇", "村庄规划编制", 3],
        [null, "武进区小计", null, null, 7],
        [7, "新北区", "孟河镇", "集镇供水管网", 5],
        [8, "新北区", "西夏墅镇", "村庄道路硬化", 4],
        [null, "新北区小计", null, null, 9],
        ["合计", null, null, null, 30],
        ["注：补贴资金随文下达，相应增列各辖市（区）2006年度“城市维护费”支出指标；请确保专款专用，不得随意变更补贴单位及数额。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:D2", "A16:D16", "A17:E17"],
    },
  ],
  expect: {
    tables: [
      { sheet: "附表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 16, columns: { B: "category", C: "line", E: "amount" }, year: 2005 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E9", why: "溧阳市小计 8 where 社渚镇 4 + 上兴镇 3 = 7 (whole figures: no rounding)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E16", why: "合计 30 = 4 + 3 + 4 + 3 + 4 + 3 + 5 + 4, the lines as typed: the 小计's slip is reported once, at the 小计" },
      { rule: "composition.total-mismatch", cell: "E6", why: "金坛市 4 + 3 = 7" },
      { rule: "composition.total-mismatch", cell: "E15", why: "新北区 5 + 4 = 9" },
      { rule: "composition.approved-mismatch", why: "the lines add up to the 30万元 the notice sends down" },
      { rule: "input.unreadable-value", why: "the document-number line and the note are text" },
    ],
  },
};
