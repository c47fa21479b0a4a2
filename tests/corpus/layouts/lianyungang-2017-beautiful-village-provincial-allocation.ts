import type { CorpusLayout } from "../types";

// 连云港市财政局 2017-05: 省级美丽乡村建设示范 — the city gets 2,400万元 of provincial 奖补资金 for 8 面上示范项目, reported in a
// news item. Built as the allocation by project: 序号 | 县（区） | 乡镇 | 示范村 | 省财政奖补资金, two projects in 东海县 and in
// 灌云县, 合计 at the foot. The lines add up to 2,440 under a 2,400 合计.
export const layout: CorpusLayout = {
  id: "lianyungang-2017-beautiful-village-provincial-allocation",
  source: {
    title: "我市获省财政奖补资金2400万元 新建8个省级美丽乡村面上示范项目（分配表据报道拟）",
    url: "http://wumasheying.com/news/lygxw/2017/0503/81187.shtml",
    publisher: "连网（连云港市财政局通讯员稿）",
    date: "2017-05-03",
    changes:
      "The report gives the total (2,400万元), the number of projects (8), the kinds of project (面上示范项目 and 示范区项目) and the " +
      "deadlines (工程 by 2018-09, 市级验收 by 2018-10). The allocation table is ours: the split by county and town, the villages and " +
      "each project's sum; the deadlines are the note under it. Planted: 海州区锦屏镇's line typed 330 where the allocation adds up to " +
      "2,400 with 290 (lines add up to 2,440).",
  },
  classes: [
    "composition", "allocation-by-project", "county-column", "towns-and-villages", "whole-wanyuan", "wanyuan-caption", "total-at-foot",
    "notes-under-table", "table-from-prose", "news-report", "province-fund", "city-level", "jiangsu",
  ],
  settings: { district: "连云港市" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 10, 12, 16, 16],
      rows: [
        ["2017年连云港市省级美丽乡村建设面上示范项目省财政奖补资金分配表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "县（区）", "乡镇（街道）", "示范村", "省财政奖补资金"],
        [1, "东海县", "桃林镇", "北芹村", 320],
        [2, "东海县", "石榴街道", "西湖村", 300],
        [3, "灌云县", "伊山镇", "东园村", 280],
        [4, "灌云县", "杨集镇", "沙沟村", 300],
        [5, "灌南县", "新安镇", "硕湖村", 300],
        [6, "赣榆区", "班庄镇", "前集村", 310],
        [7, "海州区", "锦屏镇", "桃李村", 330],
        [8, "连云区", "宿城街道", "留云村", 300],
        ["合计", null, null, null, 2400],
        ["注：示范项目应于2018年9月底前完成工程建设，县级验收后，10月底前由市级完成面上示范村验收评价。", null, null, null, null],
      ],
      merges: ["A1:E1", "A12:D12", "A13:E13"],
      numberFormats: { "E4:E12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { D: "line", E: "amount" },
        year: 2017,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E12", why: "合计 2,400; the lines add up to 320 + 300 + 280 + 300 + 300 + 310 + 330 + 300 = 2,440 (40 more)" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "an allocation table (…分配表) among counties' villages, not an award list" },
      { rule: "register.duplicate", why: "two projects in 东海县 and two in 灌云县 are different villages of an allocation" },
      { rule: "register.ineligible-location", why: "an allocation; and every county and district lies in 连云港市" },
      { rule: "input.unreadable-value", why: "the note under the table is text, not a line" },
    ],
  },
};
