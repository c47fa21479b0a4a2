import type { CorpusLayout } from "../types";

// 广东省财政厅 via 南方日报 / 央广网 2017-04-28: 17.76亿元 over three years for 村庄人居环境综合整治 财政奖补 — 普惠性达标奖补 (粤东西北 counties above
// the average 覆盖率: 400万元 each) and 叠加性争先奖补 in three tiers of 14 places each (10 粤东西北, 4 珠三角): 800 / 500 / 300万元. Set out
// as the scheme's grid: 序号 | 奖补类别 | 奖补对象及条件 | 名额 | 奖补标准.
export const layout: CorpusLayout = {
  id: "guangdong-2017-village-environment-award-tiers",
  source: {
    title: "广东省财政三年内投17.76亿 支持农村人居环境综合整治（村庄人居环境综合整治财政奖补标准，表据正文拟）",
    url: "http://hainiu11.com/gd/gdkx/20170428/t20170428_523730076.shtml",
    publisher: "南方日报（央广网转载）",
    date: "2017-04-28",
    changes:
      "As published: the two kinds of award (普惠性达标奖补, 叠加性争先奖补), who qualifies for each (粤东西北 counties at or above their region's average " +
      "自然村整治覆盖率; 珠三角 districts in the top 12 and 粤东西北 counties in the top 30 above the average), the tiers' 14 places each (粤东西北 10, " +
      "珠三角 4) and the amounts 400 / 800 / 500 / 300万元; the note on 申报 and 评估. Set out by us as a grid, one row per award or tier, the article " +
      "being prose. Nothing planted: a clean catalog.",
  },
  classes: [
    "catalog", "policy-catalog", "tiered-caps", "prose-caps", "per-county-awards", "places-column", "conditions-column", "section-rows",
    "notes-under-table", "table-from-prose", "news-report", "province-policy", "clean", "guangdong",
  ],
  settings: { district: "广东省" },
  sheets: [
    {
      name: "奖补标准",
      widths: [6, 26, 56, 22, 20],
      rows: [
        ["村庄人居环境综合整治财政奖补标准", null, null, null, null],
        ["序号", "奖补类别", "奖补对象及条件", "名额", "奖补标准"],
        ["一、普惠性达标奖补", null, null, null, null],
        [1, "普惠性达标奖补", "粤东西北欠发达地区所辖县（市、区）自然村村庄整治覆盖率达到粤东西北地区县（市、区）平均覆盖率以上", "不限", "每个奖励400万元"],
        ["二、叠加性争先奖补", null, null, null, null],
        [2, "叠加性争先奖补（一档）", "珠三角地区所辖区（市）年度覆盖率达平均以上且排位前12位、粤东西北地区所辖县（市、区）达平均以上且排位前30位", "14个（粤东西北10个、珠三角4个）", "每个奖励800万元"],
        [3, "叠加性争先奖补（二档）", "同上", "14个（粤东西北10个、珠三角4个）", "每个奖励500万元"],
        [4, "叠加性争先奖补（三档）", "同上", "14个（粤东西北10个、珠三角4个）", "每个奖励300万元"],
        ["注：县（市、区）对照目标要求自主申报，地市复核，省重点抽查或委托第三方机构评估后兑现奖补；奖补资金使用管理办法另行制订。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:E3", "A5:E5", "A9:E9"],
    },
  ],
  expect: {
    tables: [{ sheet: "奖补标准", kind: "catalog", headerRow: 2, lastRow: 8, columns: { B: "item", E: "standard" } }],
    findings: [],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "E4", why: "每个奖励400万元: 400万元 a county" },
      { rule: "catalog.unreadable-standard", cell: "E6", why: "每个奖励800万元" },
      { rule: "catalog.unreadable-standard", cell: "E7", why: "每个奖励500万元" },
      { rule: "catalog.unreadable-standard", cell: "E8", why: "每个奖励300万元" },
      { rule: "catalog.unreadable-standard", cell: "D6", why: "14个 is the number of places, not an amount" },
      { rule: "cap.rate-exceeded", why: "覆盖率 and 排位 are conditions, no rate of a base" },
      { rule: "input.unreadable-value", cell: "A9", why: "the note under the table is no clause" },
    ],
  },
};
