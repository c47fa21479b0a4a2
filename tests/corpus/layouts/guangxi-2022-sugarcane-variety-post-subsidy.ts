import type { CorpusLayout } from "../types";

// 广西壮族自治区糖业发展办公室 2022-03: 广西甘蔗优良品种选育后补助奖励办法（试行） — five grades by the variety's crush in the named season
// (机收蔗 counted at 1.1 times), 100 / 200 / 300 / 400 / 500万元. The grades as a catalog in the notice's own sentences; the awards ours.
export const layout: CorpusLayout = {
  id: "guangxi-2022-sugarcane-variety-post-subsidy",
  source: {
    title: "广西发布关于印发广西甘蔗优良品种选育后补助奖励办法（试行）的通知（补助标准；补助安排表据办法拟）",
    url: "http://lppnfr.cn/money/2022/0330/8066.html",
    publisher: "广西壮族自治区糖业发展办公室",
    date: "2022-03-30",
    changes:
      "As published: the five grades, each a sentence (入榨量在100—300万吨（含）之间的优良品种，补助资金100万元 …; 超2400万吨 500万元) and the " +
      "machine-harvest rule (1.1倍). Ours: the catalog's layout (档次 | 等级 | 补助标准) and a second sheet of awards — varieties, breeders, " +
      "codes, crushes. Planted: 桂柳07号 (455.2万吨, the 300—600 grade) given 250 where the grade pays 200; 广西桂南种业有限公司's code " +
      "91450200MA5L2F7W9E (check character F).",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "graded-fixed-awards", "grade-per-row", "item-column", "credit-codes", "institute-codes", "multiplier-in-note", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "province-policy", "guangxi"],
  settings: { district: "广西壮族自治区" },
  sheets: [
    {
      name: "补助标准",
      widths: [10, 28, 60],
      rows: [
        ["广西甘蔗优良品种选育后补助标准", null, null],
        ["档次", "等级", "补助标准"],
        ["第一档", "入榨量100—300万吨（含）", "入榨量在100—300万吨（含）之间的优良品种，补助资金100万元。"],
        ["第二档", "入榨量300—600万吨（含）", "入榨量在300—600万吨（含）之间的优良品种，补助资金200万元。"],
        ["第三档", "入榨量600—1200万吨（含）", "入榨量在600—1200万吨（含）之间的优良品种，补助资金300万元。"],
        ["第四档", "入榨量1200—2400万吨（含）", "入榨量在1200—2400万吨（含）之间的优良品种，补助资金400万元。"],
        ["第五档", "入榨量超2400万吨", "入榨量超2400万吨的优良品种，补助资金500万元。"],
        ["注：入榨量按申报指南指定榨季计算，机收蔗按照实际入榨量的1.1倍计算。", null, null],
      ],
      merges: ["A1:C1", "A8:C8"],
    },
    {
      name: "补助安排",
      widths: [6, 12, 30, 22, 14, 26, 12],
      rows: [
        ["2022年广西甘蔗优良品种选育后补助资金安排表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "品种名称", "选育单位", "统一社会信用代码", "指定榨季入榨量（万吨）", "补助等级", "补助资金"],
        [1, "桂糖58号", "广西蔗糖产业研究院", "12450000MB0K3N7T4K", 1350.6, "入榨量1200—2400万吨（含）", 400],
        [2, "桂柳07号", "广西柳蔗农业科学研究所", "12450000MB1R8D2Q6N", 455.2, "入榨量300—600万吨（含）", 250],
        [3, "桂亚13号", "广西南亚热带甘蔗育种中心", "52450100MJ4P6X8L29", 186.4, "入榨量100—300万吨（含）", 100],
        [4, "桂南1号", "广西桂南种业有限公司", "91450200MA5L2F7W9E", 732.9, "入榨量600—1200万吨（含）", 300],
        [5, "桂北3号", "广西桂北甘蔗科技有限公司", "91450300MA5K9H3C1N", 2618, "入榨量超2400万吨", 500],
        ["合计", null, null, null, null, null, 1550],
      ],
      merges: ["A1:G1", "A9:F9"],
      numberFormats: { "E4:E8": "#,##0.0" },
    },
  ],
  // Corrected after measurement (counted failed): E (指定榨季入榨量) was stated the base, but the crush only decides the grade,
  // a fixed sum: docs/rules.md reads a band's bounds as conditions, and the corpus states no base for band columns
  // (chengdu-2024-scale-up, heilongjiang-2023-digital-economy).
  expect: {
    tables: [
      { sheet: "补助标准", kind: "catalog", headerRow: 2, lastRow: 7, columns: { A: "code", B: "item", C: "standard" } },
      { sheet: "补助安排", kind: "register", unit: "万元", headerRow: 3, lastRow: 9, columns: { B: "project", C: "enterprise", D: "creditCode", F: "item", G: "approved" }, year: 2022 },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "补助安排", cell: "G5", why: "the 300—600万吨 grade pays 200万元; 桂柳07号 is given 250: 50 over" },
      { rule: "register.invalid-credit-code", sheet: "补助安排", cell: "D7", why: "91450200MA5L2F7W9E: the first 17 characters give the check character F, not E" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "补助安排", cell: "G9", why: "400 + 250 + 100 + 300 + 500 = 1550" },
      { rule: "cap.exceeded", sheet: "补助安排", cell: "G8", why: "the top grade pays 500" },
      { rule: "register.invalid-credit-code", sheet: "补助安排", cell: "D6", why: "52450100MJ4P6X8L29 is valid (a social organisation's 52)" },
      { rule: "cap.unknown-policy", sheet: "补助安排", why: "every grade on the list is a catalog item" },
      { rule: "catalog.unreadable-standard", sheet: "补助标准", cell: "A8", why: "the 1.1倍 note counts the crush; it is no grade" },
    ],
  },
};
