import type { CorpusLayout } from "../types";

// 梅河口市 2025-05-16: 2025年度财政衔接推进乡村振兴补助资金项目计划调整 — seven projects cut and eleven added for the same sum, each
// named with its money and whether it is 中央资金 or 省级资金 (the 千村美丽示范村 project with both). Laid out as the plan's
// adjustment table: two blocks, 调减 and 调增, each closing with its 小计, the money split 合计 | 中央资金 | 省级资金.
export const layout: CorpusLayout = {
  id: "meihekou-2025-linkage-plan-adjustment",
  source: {
    title: "梅河口市2025年度财政衔接推进乡村振兴补助资金项目计划调整（附件：项目计划表（调整））",
    url: "http://www.996bkk.com/jyhpt/mhksnyj/gsgk/202505/t20250516_9229986.html",
    publisher: "中共梅河口市委农村工作领导小组（转载）",
    date: "2025-05-16",
    changes:
      "As published: the two documents the money comes from (吉财村指〔2024〕913号, 841号), that seven projects are cut and eleven added for the " +
      "same sum, the projects' names, places and whether each is 中央 or 省级 money. The attachment (项目计划表（调整）) is not on the page: the " +
      "table (序号 | 项目名称 | 实施地点 | 调整金额 合计 / 中央资金 / 省级资金 | 备注) and the amounts are ours, the cut and the added kept equal by " +
      "source (中央 691, 省级 560). Planted: the 调增 小计 gives 省级资金 570 and 合计 1,261 where its lines add to 560 and 1,251.",
  },
  classes: ["composition", "allocation-by-project", "two-blocks", "category-rows", "subtotal-per-block", "merged-header-over-three", "two-header-rows", "row-total-column", "money-by-level", "dashes-as-nothing", "qizhong-in-remark", "wanyuan-caption", "county-level-city", "jilin"],
  sheets: [
    {
      name: "项目计划表（调整）",
      widths: [6, 40, 16, 10, 10, 10, 24],
      rows: [
        ["梅河口市2025年度财政衔接推进乡村振兴补助资金项目计划表（调整）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "实施地点", "调整金额", null, null, "备注"],
        [null, null, null, "合计", "中央资金", "省级资金", null],
        ["一、调减项目（7个）", null, null, null, null, null, null],
        [1, "2025年千村美丽示范村巩固提升工程项目", "全市", 680, 120, 560, null],
        [2, "帮扶车间补助项目", "全市", 6, 6, "—", null],
        [3, "持证就业培训考试补贴项目", "全市", 12, 12, "—", null],
        [4, "雨露计划补助项目", "全市", 25, 25, "—", null],
        [5, "联农带农经营主体补助项目", "全市", 8, 8, "—", null],
        [6, "新合镇得胜村农用机械社会化服务项目", "新合镇得胜村", 70, 70, "—", null],
        [7, "2025年发展壮大村集体经济项目", "全市", 450, 450, "—", null],
        ["小计", null, null, 1251, 691, 560, null],
        ["二、调增项目（11个）", null, null, null, null, null, null],
        [1, "乡村建设薄弱村基础设施建设项目", "双兴镇、新合镇", 621, 621, "—", null],
        [2, "帮扶车间补助项目", "全市", 6, "—", 6, null],
        [3, "持证就业培训考试补贴项目", "全市", 12, "—", 12, null],
        [4, "雨露计划补助项目", "全市", 25, "—", 25, null],
        [5, "联农带农经营主体补助项目", "全市", 8, "—", 8, null],
        [6, "新合镇得胜村工程机械服务项目", "新合镇得胜村", 70, 70, "—", null],
        [7, "曙光镇鹅厂合作项目（艾家村、莲花村）", "曙光镇", 150, "—", 150, null],
        [8, "小杨乡景兴村丝网金属制造项目", "小杨乡景兴村", 82, "—", 82, null],
        [9, "小杨乡保祥村榨油厂建设项目", "小杨乡保祥村", 150, "—", 150, "其中75万元为产业发展资金"],
        [10, "杏岭镇强胜村服装厂建设项目", "杏岭镇强胜村", 60, "—", 60, null],
        [11, "海龙镇裕民村工程机械服务项目", "海龙镇裕民村", 67, "—", 67, null],
        ["小计", null, null, 1261, 691, 570, null],
        ["注：调减、调增资金相等，调整后项目资金总规模不变；各相关行业部门在资金计划下达一个月内牵头组织项目实施。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "A5:G5", "A13:C13", "A14:G14", "A26:C26", "A27:G27"],
      numberFormats: { "D6:F26": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目计划表（调整）",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 26,
        columns: { B: "line", D: "amount", E: "amount:中央资金", F: "amount:省级资金" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D26", why: "调增 合计: 621 + 6 + 12 + 25 + 8 + 70 + 150 + 82 + 150 + 60 + 67 = 1,251, stated 1,261" },
      { rule: "composition.total-mismatch", cell: "F26", why: "调增 省级资金: 6 + 12 + 25 + 8 + 150 + 82 + 150 + 60 + 67 = 560, stated 570" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D13", why: "调减 合计: 680 + 6 + 12 + 25 + 8 + 70 + 450 = 1,251" },
      { rule: "composition.total-mismatch", cell: "E13", why: "调减 中央资金: 120 + 6 + 12 + 25 + 8 + 70 + 450 = 691" },
      { rule: "composition.total-mismatch", cell: "E26", why: "调增 中央资金: 621 + 70 = 691" },
      { rule: "composition.total-mismatch", cell: "D6", why: "千村美丽示范村: 120 + 560 = 680 across the row; every other line has one source and a dash" },
      { rule: "composition.total-mismatch", cell: "D23", why: "其中75万元为产业发展资金 in 备注 is a remark on the line, not a 其中 line to add" },
      { rule: "input.unreadable-value", why: "— in an amount cell means nothing" },
    ],
  },
};
