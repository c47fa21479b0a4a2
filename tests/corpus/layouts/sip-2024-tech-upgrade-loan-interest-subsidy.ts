import type { CorpusLayout } from "../types";

// 苏州工业园区经济发展委员会 2025-10-14: the list of firms given interest subsidy on technical-upgrade loans, project period 2024
// (苏园管〔2024〕55号) — 序号 | 企业名称 | 统一社会信用代码 | 项目名称 | 贷款金额 | 贴息金额, 单位：万元, the 经发委 sign-off under it.
export const layout: CorpusLayout = {
  id: "sip-2024-tech-upgrade-loan-interest-subsidy",
  source: {
    title: "苏州工业园区工业企业技术改造贷款贴息（项目实施期为2024年度）公示（附件：苏州工业园区工业企业技术改造贷款贴息项目清单（项目实施期为2024年度））",
    url: "http://www.bddtz.cn/szgyyq/ggxx/202510/b06a9f62ab974d8d893339791b869bc7.shtml",
    publisher: "苏州工业园区经济发展委员会",
    date: "2025-10-14",
    changes:
      "As published: the annex's title, the project period (2024年度), the document (苏园管〔2024〕55号) and the sign-off. The stored copy says the " +
      "list is an attached table and does not show it: its columns (序号 | 企业名称 | 统一社会信用代码 | 技改项目名称 | 贷款金额 | 拟贴息金额), the " +
      "单位：万元 caption, the firms, codes and figures are ours. The catalog is ours too: the stored copy gives neither the rate nor the maximum of " +
      "苏园管〔2024〕55号, so the check uses an assumed maximum of 500万元 a firm. Planted: 园区精密传动 listed twice for the same subsidy; " +
      "晶盛光电's 560.00 above the 500.00 maximum; 瑞泽生物's code with a wrong check character.",
  },
  classes: ["register", "item-in-title", "year-in-brackets", "max-cap", "loan-column", "credit-codes", "no-place-column", "project-column", "wanyuan-caption", "total-at-foot", "signoff-line", "development-park", "jiangsu"],
  settings: { district: "苏州工业园区" },
  sheets: [
    {
      name: "项目清单",
      widths: [6, 34, 22, 34, 14, 14],
      rows: [
        ["附件", null, null, null, null, null],
        ["苏州工业园区工业企业技术改造贷款贴息项目清单（项目实施期为2024年度）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "技改项目名称", "贷款金额", "拟贴息金额"],
        [1, "苏州园区精密传动科技有限公司", "91320594MA1MX7Q3KP", "精密减速器智能产线技术改造项目", 6800, 163.2],
        [2, "苏州晶盛光电材料有限公司", "91320594MA1P2L8D5X", "光学膜材料扩产及设备更新项目", 23500, 560],
        [3, "苏州瑞泽生物医药有限公司", "91320594MA1NB4C6X8", "制剂车间数字化改造项目", 4200, 96.6],
        [4, "苏州恒拓半导体设备有限公司", "91320594MA1W3R9T0A", "刻蚀设备零部件产线升级项目", 12600, 289.8],
        [5, "苏州科润新能源科技有限公司", "91320594MA1Q5H2E77", "动力电池结构件自动化改造项目", 9100, 218.4],
        [6, "苏州园区精密传动科技有限公司", "91320594MA1MX7Q3KP", "精密减速器智能产线技术改造项目", 6800, 163.2],
        [7, "苏州博安医疗器械有限公司", "91320594MA1T8J4G1M", "高值耗材洁净车间改造项目", 3500, 80.5],
        [8, "苏州金汇智能装备有限公司", "91320594MA1R6K0M3F", "工业机器人关节模组产线改造项目", 15800, 379.2],
        [9, "苏州和信电子材料有限公司", "91320594MA1Y9P5U20", "电子化学品提纯装置更新项目", 7400, 170.2],
        [10, "苏州东沙湖纺织科技有限公司", "91320594MA1XG7N8BQ", "智能纺纱车间设备更新项目", 2600, 59.8],
        ["合计", null, null, null, 92300, 2180.9],
        ["苏州工业园区经济发展委员会", null, null, null, null, null],
        ["2025年10月14日", null, null, null, null, null],
      ],
      merges: ["A2:F2", "A15:D15", "A16:F16", "A17:F17"],
      numberFormats: { "E5:F15": "#,##0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "工业企业技术改造贷款贴息", capType: "max", capAmount: 500, unit: "万元", document: "苏园管〔2024〕55号" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "项目清单",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 15,
        columns: { B: "enterprise", C: "creditCode", D: "project", E: "base", F: "approved" },
        year: 2024,
        item: "工业企业技术改造贷款贴息",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F6", why: "晶盛光电 拟贴息 560.00万元 against the item's maximum of 500.00万元 a firm: 60.00万元 over" },
      { rule: "register.invalid-credit-code", cell: "C7", why: "91320594MA1NB4C6X8: the check character for 91320594MA1NB4C6X is 7, not 8" },
      { rule: "register.duplicate", cell: "F10", why: "园区精密传动 (91320594MA1MX7Q3KP) has the same subsidy for the same project in the same year at row 5" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F15", why: "合计 is not an award" },
      { rule: "cap.unknown-policy", why: "the title names the catalog item 工业企业技术改造贷款贴息 whole" },
      { rule: "register.ineligible-location", why: "the list has no place column; every code is issued in 苏州工业园区 (320594)" },
      { rule: "register.location-code-mismatch", why: "every code names 320594, 苏州工业园区" },
      { rule: "register.unpaid", why: "a 公示 list records no payments" },
      { rule: "input.unreadable-value", why: "the sign-off and the date under the table are text" },
    ],
  },
};
