import type { CorpusLayout } from "../types";

// 东莞市工业和信息化局 2019-09-25: the city's share of the 2019 广东省工业企业技术改造事后奖补（普惠性） money — 25 firms, 26 projects,
// 16,048.67万元, of it 省级 9,171.00, 市级 3,821.06 and 镇街级 3,056.61. The 明细表 is an attachment the stored copy does not show: laid out
// as such 资助计划明细表 are (序号 | 镇街 | 企业名称 | 统一社会信用代码 | 项目名称, then 资助金额 over 合计 | 省级 | 市级 | 镇街级, 合计 at the foot).
export const layout: CorpusLayout = {
  id: "dongguan-2019-techreform-post-award-plan",
  source: {
    title: "关于公开2019年工业企业技术改造事后奖补（普惠性）资金资助计划的公告（附件：资助计划明细表（东莞市），表据正文拟）",
    url: "https://im.dg.gov.cn/zwgk/zfxxgkml/qt/tzgg/content/post_2445132.html",
    publisher: "东莞市工业和信息化局",
    date: "2019-09-25",
    changes:
      "The stored copy gives the notice's prose only: the three levels of money (省级, 市级, 镇街级 奖补资金) and their totals, the attachment's title. " +
      "The table is laid out from that prose (table-not-in-stored-copy): the attachment's title, 单位：万元, the firm columns, 资助金额 merged over " +
      "合计 | 省级奖补资金 | 市级奖补资金 | 镇街级奖补资金, 合计 at the foot, a note. Eight rows of our own (firms, codes, projects, figures), not the " +
      "published 25. Planted: 东莞市塘厦利达塑胶 合计 typed 156.30 where 89.00 + 37.20 + 29.10 = 155.30 (the 合计 foot 2,572.79 is the true sum, " +
      "so that column's foot is off its typed lines by 1.00); 东莞市清溪兴达电子's code with a wrong check character.",
  },
  classes: [
    "register", "item-in-title", "award-split-by-level", "merged-money-heading", "two-header-rows", "credit-codes", "towns-as-places",
    "total-at-foot", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "city-list", "guangdong",
  ],
  settings: { asOf: "2019-09-25", district: "东莞市" },
  sheets: [
    {
      name: "资助计划明细表",
      widths: [6, 10, 32, 22, 30, 12, 12, 12, 12],
      rows: [
        ["2019年度广东省工业企业技术改造事后奖补（普惠性）资金资助计划明细表（东莞市）", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "镇街", "企业名称", "统一社会信用代码", "项目名称", "资助金额", null, null, null],
        [null, null, null, null, null, "合计", "省级奖补资金", "市级奖补资金", "镇街级奖补资金"],
        [1, "长安镇", "东莞市铭泰精密五金有限公司", "91441900MA4UL8R26J", "年产800万套精密五金件技术改造项目", 612.4, 350, 145.8, 116.6],
        [2, "虎门镇", "东莞市宏远服装智能制造有限公司", "91441900MA4WC3N62R", "服装智能生产线改造项目", 228.15, 130, 54.1, 44.05],
        [3, "松山湖", "广东华芯微电子科技有限公司", "91441900MA51T7KP6G", "封装测试设备升级项目", 845.6, 483, 201.5, 161.1],
        [4, "塘厦镇", "东莞市塘厦利达塑胶制品有限公司", "914419007076382X0E", "注塑车间自动化改造项目", 156.3, 89, 37.2, 29.1],
        [5, "大朗镇", "东莞市大朗恒兴毛织有限公司", "91441900MA4UQ5D18W", "电脑横机更新改造项目", 97.84, 56, 23.3, 18.54],
        [6, "清溪镇", "东莞市清溪兴达电子有限公司", "91441900MA52H9EB47", "SMT生产线技术改造项目", 310.26, 177, 73.9, 59.36],
        [7, "凤岗镇", "东莞市凤岗佳美包装材料有限公司", "91441900MA4X2M7T70", "印刷设备数字化改造项目", 134.72, 77, 32.1, 25.62],
        [8, "寮步镇", "东莞市寮步精工模具有限公司", "91441900MA53B6QG10", "模具加工中心升级项目", 188.52, 108, 44.9, 35.62],
        ["合计", null, null, null, null, 2572.79, 1470, 612.8, 489.99],
        ["注：资助金额按企业技术改造新增财政贡献核定，省级、市级、镇街级奖补资金分别由各级财政承担。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:I3", "A13:E13", "A14:I14"],
      numberFormats: { "F5:I13": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资助计划明细表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "project", F: "approved" },
        year: 2019,
        // Corrected after the hundred-and-eighty-fifth holdout's measurement (counted failed): with no catalog, only a
        // list whose title closes with 名单 or 名录 takes its item from the title (docs/rules.md); a …资金资助计划明细表 states
        // none, as dongguan-2020-finance-lease-interest-batch4-payment and the foshan plans read theirs.
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F8", why: "东莞市塘厦利达塑胶制品: 合计 156.30; 省级 89.00 + 市级 37.20 + 镇街级 29.10 = 155.30: 1.00万元 apart" },
      {
        rule: "composition.total-mismatch",
        cell: "F13",
        why: "合计 column foot 2,572.79; its lines as typed 612.40 + 228.15 + 845.60 + 156.30 + 97.84 + 310.26 + 134.72 + 188.52 = 2,573.79: 1.00万元 apart (across, 1,470.00 + 612.80 + 489.99 = 2,572.79 agrees)",
      },
      { rule: "register.invalid-credit-code", cell: "D10", why: "91441900MA52H9EB47: the GB 32100 check character of 91441900MA52H9EB4 is W, not 7" },
      { rule: "cap.unknown-policy", cell: "F5", why: "no catalog: the list's amounts are unchecked, reported once at the first row's approved amount" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "G13", why: "省级 lines add to 1,470.00 as the foot states" },
      { rule: "composition.total-mismatch", cell: "H13", why: "市级 lines add to 612.80 as the foot states" },
      { rule: "composition.total-mismatch", cell: "I13", why: "镇街级 lines add to 489.99 as the foot states" },
      { rule: "composition.total-mismatch", cell: "F7", why: "483.00 + 201.50 + 161.10 = 845.60" },
      { rule: "register.ineligible-location", why: "长安、虎门、塘厦、大朗、清溪、凤岗、寮步 are 东莞's towns and 松山湖 its high-tech zone" },
      { rule: "register.duplicate", why: "eight different firms" },
      { rule: "register.unpaid", why: "a plan made public records no payments" },
      { rule: "register.invalid-credit-code", cell: "D8", why: "914419007076382X0E is a valid code (an old organisation code body with X in it)" },
    ],
  },
};
