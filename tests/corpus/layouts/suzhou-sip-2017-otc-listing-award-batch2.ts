import type { CorpusLayout } from "../types";

// 苏州工业园区 2017-12-13: the second batch of first-year awards to firms listed on 苏州股权交易中心,
// graded by 挂牌层级 (孵化层 4万, 新兴层 10万, 优选层 50万 first year); the annex grid is ours.
export const layout: CorpusLayout = {
  id: "suzhou-sip-2017-otc-listing-award-batch2",
  source: {
    title: "2017年第二批苏州股交中心挂牌企业政策奖励的公示",
    url: "http://aipuou.cn/h-nd-189.html",
    publisher: "苏州工业园区管委会（金融管理服务局）, mirrored on aipuou.cn",
    date: "2017-12-13",
    changes:
      "The stored page shows the notice (71 firms, 孵化层 4万元/家, 新兴层 10万元, 优选层 股改奖励 50万元/家 in the first year, 合计382万元) " +
      "but not its annex; the annex grid (序号 | 企业名称 | 统一社会信用代码 | 挂牌层级 | 奖励类别 | 首年兑现金额) is ours, seven invented firms " +
      "with invented codes of 苏州工业园区 (320571). The catalog's three first-year amounts are the notice's (苏园管[2016]92号). Planted: " +
      "澜睿生物 given 6万 as 孵化层 (the fixed 4万); 云川信息 listed twice for the same award; 智衡检测's code has a wrong check character.",
  },
  classes: ["register", "credit-codes", "item-per-row", "category-column", "fixed-awards", "duplicate-firm", "invalid-credit-code", "catalog-from-prose", "wanyuan-caption", "total-at-foot", "notes-under-table", "park-fund", "jiangsu"],
  settings: { district: "苏州工业园区" },
  sheets: [
    {
      name: "附件",
      widths: [6, 30, 22, 10, 18, 14],
      rows: [
        ["2017年第二批苏州股交中心挂牌企业首年政策奖励明细", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "挂牌层级", "奖励类别", "首年兑现金额"],
        [1, "苏州园达精密机械有限公司", "91320571MA1MXK2Q4E", "孵化层", "孵化层挂牌奖励", 4],
        [2, "苏州云川信息技术有限公司", "91320571MA1NB3T75U", "孵化层", "孵化层挂牌奖励", 4],
        [3, "苏州澜睿生物科技有限公司", "91320571MA1P0WD2X9", "孵化层", "孵化层挂牌奖励", 6],
        [4, "苏州恒邦智能装备有限公司", "91320571MA1Q7L8E3P", "新兴层", "新兴层挂牌奖励", 10],
        [5, "苏州禾初新材料股份有限公司", "91320571MA1RD5H611", "优选层", "优选层股改奖励", 50],
        [6, "苏州云川信息技术有限公司", "91320571MA1NB3T75U", "孵化层", "孵化层挂牌奖励", 4],
        [7, "苏州智衡检测技术有限公司", "91320571MA1T2K9A81", "孵化层", "孵化层挂牌奖励", 4],
        ["合计", null, null, null, null, 82],
        ["注：按苏园管[2016]92号，孵化层、新兴层、优选层企业奖励分三年兑现，本表为首年兑现金额。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A11:E11", "A12:F12"],
    },
  ],
  catalog: {
    items: [
      { name: "孵化层挂牌奖励", category: "苏州股交中心挂牌奖励", capType: "fixed", capAmount: 4, unit: "万元", year: 2017, document: "苏园管[2016]92号（首年兑现额）" },
      { name: "新兴层挂牌奖励", category: "苏州股交中心挂牌奖励", capType: "fixed", capAmount: 10, unit: "万元", year: 2017, document: "苏园管[2016]92号（首年兑现额）" },
      { name: "优选层股改奖励", category: "苏州股交中心挂牌奖励", capType: "fixed", capAmount: 50, unit: "万元", year: 2017, document: "苏园管[2016]92号（首年兑现额）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "附件",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "category", E: "item", F: "approved" },
        year: 2017,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F6", why: "澜睿生物 孵化层挂牌奖励 6万元 against the fixed first-year 4万元 (2万元 over)" },
      { rule: "register.duplicate", cell: "F9", why: "云川信息 (91320571MA1NB3T75U) has 孵化层挂牌奖励 again on row 9, first on row 5" },
      { rule: "register.invalid-credit-code", cell: "C10", why: "91320571MA1T2K9A81: the check character for 91320571MA1T2K9A8 is 0, not 1" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F11", why: "4 + 4 + 6 + 10 + 50 + 4 + 4 = 82, as typed" },
      { rule: "cap.exceeded", cell: "F8", why: "禾初新材料's 50万元 is exactly 优选层股改奖励's first-year 50万元" },
      { rule: "cap.unknown-policy", why: "every 奖励类别 is in the catalog; 挂牌层级 is a category" },
      { rule: "register.invalid-credit-code", cell: "C5", why: "91320571MA1NB3T75U is valid (a duplicate, not a bad code)" },
    ],
  },
};
