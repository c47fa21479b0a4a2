import type { CorpusLayout } from "../types";

// 昆山市人民政府 2025-10-20: 关于助推经济高质量发展的若干政策意见, 一（一）支持科技创新技术攻关 — 对认定的省级、苏州市级创新联合体分别给予200万元、
// 100万元支持, one level a row, beside a list of the consortia's lead firms to be supported (序号 | 牵头企业 | 统一社会信用代码 | 所在镇 |
// 创新联合体名称 | 支持事项 | 支持金额（万元）, 合计 at the foot).
export const layout: CorpusLayout = {
  id: "kunshan-2025-innovation-consortium-support",
  source: {
    title: "市政府印发关于助推经济高质量发展的若干政策意见的通知（创新联合体支持条款与拟支持名单表据正文拟）",
    url: "http://www.zggtzx.com/forum/Info-189193.html",
    publisher: "昆山市人民政府",
    date: "2025-10-20",
    changes:
      "The page is prose; the stored copy stops inside clause 一（一）. The catalog splits that clause's one sentence into its two levels, each with its " +
      "sum; the list of lead firms and their consortia is ours. Planted: 昆山迈康医疗器械有限公司's 苏州市级 consortium given 150 (100万元); " +
      "昆山精工机器人有限公司's code ends M where its check character is J.",
  },
  classes: ["register", "catalog", "catalog-in-workbook", "prose-caps", "two-levels-one-sentence", "fixed-award-by-level", "credit-codes", "invalid-credit-code", "project-column", "towns-as-places", "total-at-foot", "whole-wanyuan", "wanyuan-in-header", "table-from-prose", "county-city-policy", "jiangsu"],
  settings: { district: "昆山市" },
  sheets: [
    {
      name: "支持条款",
      widths: [6, 22, 24, 60],
      rows: [
        ["昆山市创新联合体支持条款（表据正文拟）", null, null, null],
        ["序号", "政策方向", "支持事项", "支持标准"],
        [1, "支持科技创新技术攻关", "省级创新联合体支持", "对认定的省级创新联合体给予200万元支持。"],
        [2, "支持科技创新技术攻关", "苏州市级创新联合体支持", "对认定的苏州市级创新联合体给予100万元支持。"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "拟支持名单",
      widths: [6, 30, 22, 10, 28, 24, 16],
      rows: [
        ["2025年昆山市创新联合体拟支持名单（表据正文拟）", null, null, null, null, null, null],
        ["序号", "牵头企业", "统一社会信用代码", "所在镇", "创新联合体名称", "支持事项", "支持金额（万元）"],
        [1, "昆山瑞芯半导体设备有限公司", "91320583MA1N8F3K4E", "陆家镇", "第三代半导体装备创新联合体", "省级创新联合体支持", 200],
        [2, "昆山迈康医疗器械有限公司", "91320583MAC3RT6Q0E", "周市镇", "高端医疗器械创新联合体", "苏州市级创新联合体支持", 150],
        [3, "昆山华锐光电科技有限公司", "91320583MA27WY5L91", "巴城镇", "新型显示材料创新联合体", "苏州市级创新联合体支持", 100],
        [4, "昆山精工机器人有限公司", "91320583MABX4H7P2M", "张浦镇", "工业机器人创新联合体", "苏州市级创新联合体支持", 100],
        [5, "昆山清航新能源科技有限公司", "91320583MA1WQ9E63C", "千灯镇", "氢能装备创新联合体", "苏州市级创新联合体支持", 100],
        ["合计", null, null, null, null, null, 650],
      ],
      merges: ["A1:G1", "A8:F8"],
    },
  ],
  expect: {
    tables: [
      { sheet: "支持条款", kind: "catalog", headerRow: 2, lastRow: 4, columns: { A: "code", B: "category", C: "item", D: "standard" } },
      { sheet: "拟支持名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 8, columns: { B: "enterprise", C: "creditCode", D: "place", E: "project", F: "item", G: "approved" }, year: 2025 },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟支持名单", cell: "G4", why: "苏州市级创新联合体支持 is 100万元; 昆山迈康医疗器械有限公司 is given 150 (50 over)" },
      { rule: "register.invalid-credit-code", sheet: "拟支持名单", cell: "C6", why: "91320583MABX4H7P2M: the check character for 91320583MABX4H7P2 is J, not M" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟支持名单", cell: "G3", why: "省级 200, its fixed sum (the 200 is the 省级 level's, not the 苏州市级 100)" },
      { rule: "composition.total-mismatch", sheet: "拟支持名单", cell: "G8", why: "合计 200 + 150 + 100 + 100 + 100 = 650" },
      { rule: "register.ineligible-location", sheet: "拟支持名单", why: "陆家, 周市, 巴城, 张浦, 千灯 are towns of 昆山市" },
      { rule: "cap.unknown-policy", sheet: "拟支持名单", cell: "E3", why: "创新联合体名称 names the firm's consortium (its project), not a policy item" },
      { rule: "register.duplicate", sheet: "拟支持名单", why: "five different firms" },
      { rule: "register.unpaid", why: "a list of support to be given records no payments" },
    ],
  },
};
