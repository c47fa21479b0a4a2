import type { CorpusLayout } from "../types";

// 衡水市工业和信息化局 2025-12-22, 公开征求意见: 《衡水市制造业技术改造升级扶持措施》 — 一、市本级2026年设立1000万元技术改造专项资金;
// 二、技术改造项目: 经核定的实际发生的设备投资额按不超过4%补助, 单个项目上限180万元; 三、设备更新项目 (the stored copy stops mid-sentence).
// The clauses as a table (条款 | 扶持项目 | 扶持标准 | 单个项目补助上限) beside a list of projects of ours.
export const layout: CorpusLayout = {
  id: "hengshui-2026-tech-upgrade-support-measures",
  source: {
    title: "衡水市制造业技术改造升级扶持措施（公开征求意见稿）（条款表与拟补助项目表据正文拟）",
    url: "https://news.0haochuangkou.com/article-5-44805.html",
    publisher: "衡水市工业和信息化局",
    date: "2025-12-22",
    changes:
      "As published: clause 二's wording (在建项目, 经核定的实际发生的设备投资额按不超过4%给予补助, 单个项目补助上限为180万元) and the start of clause 三 " +
      "(设备更新项目 … 对经核定的实际发生的设 — the stored copy stops there). Ours: the table's layout (条款 | 扶持项目 | 扶持标准 | 单个项目补助上限), the " +
      "items' short names, clause 三's rate and cap after the cut (3%, 100万元), the omission of clause 一 (the 1,000万元 fund itself, no award), and " +
      "the whole second sheet (projects, firms, codes, counties, figures). Planted: 冀州华宇采暖's 95万元 above 4% of its 2,000万元 (80); 安平金网丝网's " +
      "200万元 above the 180万元 cap (4% of 6,000 = 240 does not bind).",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "base-column", "cap-column", "clause-number-column", "item-per-row",
    "project-column", "credit-codes", "counties-as-places", "wanyuan-in-header", "total-at-foot", "consultation-draft", "truncated-clause",
    "city-policy", "hebei",
  ],
  settings: { district: "衡水市" },
  sheets: [
    {
      name: "扶持措施",
      widths: [8, 20, 80, 16],
      rows: [
        ["衡水市制造业技术改造升级扶持措施（摘录）", null, null, null],
        ["条款", "扶持项目", "扶持标准", "单个项目补助上限（万元）"],
        ["二", "技术改造项目补助", "支持企业以扩大优质产能为目标，实施一批投资规模大、产业带动强、示范作用好的技术改造项目。项目应为在建项目，对经核定的实际发生的设备投资额按不超过4%给予补助，单个项目补助上限为180万元。", 180],
        ["三", "设备更新项目补助", "支持企业实施一批采用先进、成熟、适用设备，淘汰老旧设备的技术改造项目。项目应为在建项目，对经核定的实际发生的设备投资额按不超过3%给予补助，单个项目补助上限为100万元。", 100],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "拟补助项目",
      widths: [6, 10, 30, 22, 34, 18, 18, 16],
      rows: [
        ["衡水市2026年制造业技术改造升级拟补助项目表", null, null, null, null, null, null, null],
        ["序号", "县（市、区）", "企业名称", "统一社会信用代码", "项目名称", "扶持项目", "经核定设备投资额（万元）", "拟补助资金（万元）"],
        [1, "桃城区", "衡水瑞丰橡塑制品有限公司", "91131102MA0CK7T5XF", "年产500万米橡塑管材智能化改造项目", "技术改造项目补助", 3200, 120],
        [2, "冀州区", "冀州华宇采暖设备有限公司", "91131103MA0D2H8L41", "压铸铝散热器生产线技术改造项目", "技术改造项目补助", 2000, 95],
        [3, "枣强县", "枣强县恒达玻璃钢有限公司", "91131121MA0B9R3N6R", "玻璃钢缠绕设备更新项目", "设备更新项目补助", 1500, 45],
        [4, "安平县", "安平县金网丝网制品有限公司", "91131125MA0E6W1P23", "不锈钢丝网数字化车间改造项目", "技术改造项目补助", 6000, 200],
        [5, "景县", "景县通力橡胶管件有限公司", "91131127MA0F3K9T54", "硫化设备节能更新项目", "设备更新项目补助", 2800, 80],
        [6, "深州市", "深州市华强农机装备有限公司", "91131182MA0G7Q2U81", "农机关键部件智能制造技术改造项目", "技术改造项目补助", 4500, 180],
        ["合计", null, null, null, null, null, 20000, 720],
      ],
      merges: ["A1:H1", "A9:F9"],
      numberFormats: { "G3:H9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      // Corrected after the hundred-and-ninety-first holdout's measurement (counted failed): a clause number alone (二, 三; none
      // repeated, no 序号 beside) numbers the rows, their code (docs/rules.md), as diqing-2023 and haikou-hitech-2024 read theirs.
      { sheet: "扶持措施", kind: "catalog", headerRow: 2, lastRow: 4, columns: { A: "code", B: "item", C: "standard", D: "capAmount" } },
      {
        sheet: "拟补助项目",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "project", F: "item", G: "base", H: "approved" },
        year: 2026,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "拟补助项目", cell: "H4", why: "冀州华宇采暖: 4% × 2,000 = 80万元 (below the 180 cap, so binding); 95 is 15万元 over" },
      { rule: "cap.exceeded", sheet: "拟补助项目", cell: "H6", why: "安平金网丝网: 4% × 6,000 = 240 is above the 180万元 cap, which binds; 200 is 20万元 over" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟补助项目", cell: "H8", why: "深州华强: 4% × 4,500 = 180 = the cap; 180 is allowed" },
      { rule: "cap.rate-exceeded", sheet: "拟补助项目", cell: "H3", why: "瑞丰橡塑: 4% × 3,200 = 128 ≥ 120" },
      { rule: "cap.rate-exceeded", sheet: "拟补助项目", cell: "H5", why: "恒达玻璃钢 (设备更新): 3% × 1,500 = 45 = 45" },
      { rule: "cap.rate-exceeded", sheet: "拟补助项目", cell: "H7", why: "通力橡胶 (设备更新): 3% × 2,800 = 84 ≥ 80" },
      { rule: "cap.rate-exceeded", sheet: "拟补助项目", cell: "H6", why: "only the binding limit, the 180 cap, is reported for 安平金网丝网" },
      { rule: "cap.unknown-policy", why: "both 扶持项目 are items of the sheet's catalog" },
      { rule: "register.invalid-credit-code", why: "every code's check character is right" },
      { rule: "register.ineligible-location", why: "桃城区, 冀州区, 枣强县, 安平县, 景县 and 深州市 all lie in 衡水市" },
      { rule: "register.duplicate", why: "six different firms" },
      { rule: "catalog.unreadable-standard", why: "both standards state a rate and a cap" },
    ],
  },
};
