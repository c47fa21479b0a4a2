import type { CorpusLayout } from "../types";

// 内蒙古 达茂旗 (包头市达尔罕茂明安联合旗): the first central 彩票公益金 support for 革命老区整村推进 in the region — the report names the four
// projects the lottery money builds, each with its amount and progress. The table is built from that prose: 序号 | 项目名称 | 实施地点 |
// 建设内容 | 彩票公益金（万元） | 实施进度, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "damao-lottery-fund-old-revolutionary-village-projects",
  source: {
    title: "内蒙古首次利用中央彩票公益金支持革命老区整村推进项目（达茂旗彩票公益金项目；表据正文拟）",
    url: "http://kbm75.com/xy/nmg/149523.html",
    publisher: "《内蒙古日报》（转载：中国产业经济信息网）",
    changes:
      "The page is a news report (prose): 达茂旗 builds four projects with 彩票公益金, each named with its town, its amount and where it " +
      "stands. The table (序号 | 项目名称 | 实施地点 | 建设内容 | 彩票公益金（万元） | 实施进度, 合计) is ours, built from that prose; project " +
      "names and towns as the report gives them, amounts and 建设内容 ours. Planted: 合计 typed 1,550 where 360 + 240 + 450 + 450 = 1,500.",
  },
  classes: ["composition", "projects-as-lines", "towns-beside-lines", "progress-text-column", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "news-report", "county-fund", "neimenggu"],
  sheets: [
    {
      name: "彩票公益金项目",
      widths: [6, 34, 18, 26, 16, 18],
      rows: [
        ["达茂旗革命老区整村推进彩票公益金项目表（表据正文拟）", null, null, null, null, null],
        ["单位：万元", null, null, null, null, null],
        ["序号", "项目名称", "实施地点", "建设内容", "彩票公益金", "实施进度"],
        [1, "乌克镇马铃薯储窖交易市场项目", "乌克镇", "马铃薯储窖及交易大厅", 360, "已开工"],
        [2, "二里半移民搬迁新村项目", "二里半村", "移民新村住房及配套设施", 240, "开工前准备"],
        [3, "希拉穆仁镇万头肉羊育肥基地项目", "希拉穆仁镇", "育肥棚圈、饲草料库", 450, "已确定养殖模式"],
        [4, "百灵庙镇黄花滩新村及千头肉牛养殖基地项目", "百灵庙镇", "新村建设及肉牛棚圈", 450, "已完成选址设计"],
        ["合计", null, null, null, 1550, null],
        ["注：项目扶持10个革命老区贫困村，彩票公益金以外资金由旗级整合安排。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A8:D8", "A9:F9"],
      numberFormats: { "E4:E8": "#,##0" },
    },
  ],
  settings: { district: "包头市达尔罕茂明安联合旗" },
  expect: {
    tables: [
      { sheet: "彩票公益金项目", kind: "composition", unit: "万元", headerRow: 3, lastRow: 8, columns: { A: "code", B: "line", E: "amount" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E8", why: "合计 1,550; the four projects add up to 360 + 240 + 450 + 450 = 1,500 (50万元 less)" },
    ],
    absent: [
      { rule: "register.ineligible-location", why: "乌克镇, 希拉穆仁镇, 百灵庙镇 are towns of 达茂旗" },
      { rule: "composition.line-mismatch", why: "no unit price or quantity column" },
      { rule: "input.unreadable-value", cell: "F4", why: "实施进度 is text by nature" },
      { rule: "composition.total-mismatch", cell: "A9", why: "the note (10个革命老区贫困村) is not a line" },
    ],
  },
};
