import type { CorpusLayout } from "../types";

// 岳阳县 (湖南), reported by 湖南日报 on 6月21日 and reposted on a local forum: the county's first 农村淘宝 service centre opened with 36
// village stations, and the county pays each 村级服务站 1万元 and each 示范村服务站 2万元. Laid out as the allocation by town such an award
// makes: 村级服务站 and 示范村服务站 each as 个数 | 奖励资金 under a merged heading naming its standard, 奖励资金合计 beside them, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "yueyangxian-taobao-village-station-awards",
  source: {
    title: "36个村级服务站同时投运（湖南日报6月21日讯，论坛转载；岳阳县农村淘宝县级服务中心开业）",
    url: "http://bbs.cnssxq.com/forum.php?mod=viewthread&ordertype=1&tid=149139",
    publisher: "湖南日报 (reposted on 岳阳 local forum)",
    changes:
      "As published: 36 村级服务站 opened with the county centre, the standard (县财政按每个村级服务站1万元、每个示范村服务站2万元标准给予奖励), the " +
      "county's other support (1200平方米场地, 前5年免租金) and the project's lead group. The report is prose and gives no year in the stored copy: " +
      "the table, its towns, the split of the 36 stations (30 ordinary, 6 示范) and every figure are ours. Planted: 张谷英镇's 合计 written 5 where " +
      "2 + 2 = 4, so the 合计 column's lines add up to 43 against the stated 42.",
  },
  classes: ["composition", "allocation-by-town", "two-groups-side-by-side", "standard-in-group-heading", "count-columns", "row-total-column", "merged-header-over-two", "two-header-rows", "blank-as-nothing", "total-at-foot", "towns-as-lines", "news-report", "wanyuan-caption", "notes-under-table", "hunan"],
  sheets: [
    {
      name: "奖励资金安排",
      widths: [6, 12, 10, 12, 10, 12, 14],
      rows: [
        ["岳阳县农村淘宝村级服务站奖励资金安排表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "金额单位：万元"],
        ["序号", "乡镇", "村级服务站（每个1万元）", null, "示范村服务站（每个2万元）", null, "奖励资金合计"],
        [null, null, "个数", "奖励资金", "个数", "奖励资金", null],
        [1, "荣家湾镇", 4, 4, 1, 2, 6],
        [2, "黄沙街镇", 3, 3, null, null, 3],
        [3, "新墙镇", 3, 3, 1, 2, 5],
        [4, "柏祥镇", 3, 3, null, null, 3],
        [5, "筻口镇", 3, 3, 1, 2, 5],
        [6, "公田镇", 3, 3, 1, 2, 5],
        [7, "毛田镇", 3, 3, null, null, 3],
        [8, "月田镇", 3, 3, 1, 2, 5],
        [9, "张谷英镇", 2, 2, 1, 2, 5],
        [10, "杨林街镇", 3, 3, null, null, 3],
        ["合计", null, 30, 30, 6, 12, 42],
        ["注：县财政按每个村级服务站1万元、每个示范村服务站2万元标准给予奖励；示范村服务站计入全县36个村级服务站。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A3:A4", "B3:B4", "C3:D3", "E3:F3", "G3:G4", "A15:B15", "A16:G16"],
      numberFormats: { "C5:G15": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖励资金安排",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { B: "line", D: "amount:村级服务站", F: "amount:示范村服务站", G: "amount" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "G13", why: "张谷英镇 合计 5 where 村级服务站 2 + 示范村服务站 2 = 4" },
      { rule: "composition.total-mismatch", cell: "G15", why: "合计 column: the towns add up to 6 + 3 + 5 + 3 + 5 + 5 + 3 + 5 + 5 + 3 = 43, stated 42" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D15", why: "村级服务站 奖励资金 30 = 4 + 3 × 8 + 2" },
      { rule: "composition.total-mismatch", cell: "F15", why: "示范村服务站 奖励资金 12 = 6 × 2; blank cells are nothing" },
      { rule: "composition.total-mismatch", cell: "C15", why: "30 stations, as the counts add up" },
      { rule: "composition.total-mismatch", cell: "G5", why: "荣家湾镇 6 = 4 + 2: the counts (个数) are not amounts and not added in" },
      { rule: "composition.line-mismatch", why: "no unit-amount column: the standard is in the group headings" },
      { rule: "input.unreadable-value", why: "blank 示范村 cells are nothing; the note is text" },
    ],
  },
};
