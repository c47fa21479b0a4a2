import type { CorpusLayout } from "../types";

// 昆明市呈贡区 (2022): 关于促进产业转型升级和经济平稳健康发展的若干政策措施 — clause 1 refers investment promotion to two other documents
// (no standard of its own), clause 2 rewards a project's investor by a per-mille of the year's completed fixed-asset investment, tiered
// by size (30亿元以上 0.2‰, 25–30亿元 0.18‰, 20–25亿元 …). As a clause list with the year's award list on a second sheet.
export const layout: CorpusLayout = {
  id: "chenggong-2022-investment-measures-and-awards",
  source: {
    title: "昆明市呈贡区关于促进产业转型升级和经济平稳健康发展的若干政策措施（清单及奖补名单据正文拟）",
    url: "https://gqrdw.com/yunnan/3417.html",
    publisher: "昆明市呈贡区人民政府（网站转载）",
    changes:
      "The page is prose. Sheet 政策清单 sets clauses 一 and 二 one tier a row (序号 | 条款 | 支持事项 | 支持标准 | 责任单位) in the document's words; " +
      "the stored copy breaks off in the 20–25亿元 tier, whose 0.15‰ is ours. Sheet 奖补名单 is ours (four invented investors with codes of " +
      "呈贡区, their investment as the base). Planted: 第一条 has no standard of its own (按照…给予政策支持); 斗南花卉交易中心, in the 25–30亿元 " +
      "tier (0.18‰ × 272,000 = 48.96), given 54.40 — the 0.2‰ of the tier above.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "per-mille-rates", "tiered-by-base", "referral-clause", "base-column", "credit-codes",
    "item-column", "responsible-unit-column", "wanyuan-caption", "total-at-foot", "table-from-prose", "district-fund", "yunnan",
  ],
  settings: { district: "昆明市呈贡区" },
  sheets: [
    {
      name: "政策清单",
      widths: [6, 22, 36, 56, 30],
      rows: [
        ["呈贡区促进产业转型升级和经济平稳健康发展政策清单（扩大有效投资部分）", null, null, null, null],
        ["序号", "条款", "支持事项", "支持标准", "责任单位"],
        [1, "第一条 强化招商引资", "带动能力强、发展潜力大、科技含量高且符合呈贡区产业导向的重大招商引资项目", "按照《昆明市呈贡区关于促进招商引资相关政策的规定（2021年修订）》（呈办发〔2022〕1号）给予政策支持；中介招商按照呈政办发〔2017〕193号给予中介奖补", "昆明呈贡信息产业园区管委会、区商务和投资促进局"],
        [2, "第二条 加快推进重大项目", "当年完成固定资产投资30亿元（含）以上的项目投资主体", "按照实际完成投资额的0.2‰进行奖补", "区发展和改革局"],
        [3, "第二条 加快推进重大项目", "当年完成固定资产投资25亿元（含）-30亿元的项目投资主体", "按照实际完成投资额的0.18‰进行奖补", "区发展和改革局"],
        [4, "第二条 加快推进重大项目", "当年完成固定资产投资20亿元（含）-25亿元的项目投资主体", "按照实际完成投资额的0.15‰进行奖补", "区发展和改革局"],
      ],
      merges: ["A1:E1"],
    },
    {
      name: "奖补名单",
      widths: [6, 32, 22, 44, 20, 16],
      rows: [
        ["2022年呈贡区重大项目投资奖补名单", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "项目投资主体", "统一社会信用代码", "支持事项", "当年完成固定资产投资", "奖补金额"],
        [1, "昆明呈贡数智产业发展有限公司", "91530114MA6K7C2Q3K", "当年完成固定资产投资30亿元（含）以上的项目投资主体", 326000, 65.2],
        [2, "云南斗南花卉交易中心建设有限公司", "91530114MA6N4D8R5L", "当年完成固定资产投资25亿元（含）-30亿元的项目投资主体", 272000, 54.4],
        [3, "昆明吴家营健康城开发有限公司", "91530114MA6P2W7T13", "当年完成固定资产投资20亿元（含）-25亿元的项目投资主体", 228000, 34.2],
        [4, "昆明洛龙文创园投资有限公司", "91530114MA6L9X3B4U", "当年完成固定资产投资20亿元（含）-25亿元的项目投资主体", 214000, 32.1],
        ["合计", null, null, null, 1040000, 185.9],
      ],
      merges: ["A1:F1", "A8:D8"],
      numberFormats: { "E4:E8": "#,##0", "F4:F8": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策清单", kind: "catalog", headerRow: 2, lastRow: 6, columns: { C: "item", D: "standard" } },
      {
        sheet: "奖补名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 8,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "D3", why: "第一条 refers to two other documents: no amount or rate to read as a cap" },
      { rule: "cap.rate-exceeded", sheet: "奖补名单", cell: "F5", why: "25–30亿元 tier: 0.18‰ × 272,000 = 48.96; 54.40 given (0.2‰)" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", sheet: "奖补名单", cell: "F4", why: "0.2‰ × 326,000 = 65.20, as given" },
      { rule: "cap.rate-exceeded", sheet: "奖补名单", cell: "F6", why: "0.15‰ × 228,000 = 34.20" },
      { rule: "cap.rate-exceeded", sheet: "奖补名单", cell: "F7", why: "0.15‰ × 214,000 = 32.10" },
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "D4", why: "0.2‰ of the completed investment is a rate" },
      { rule: "composition.total-mismatch", sheet: "奖补名单", cell: "F8", why: "65.20 + 54.40 + 34.20 + 32.10 = 185.90" },
      { rule: "composition.total-mismatch", sheet: "奖补名单", cell: "E8", why: "326,000 + 272,000 + 228,000 + 214,000 = 1,040,000" },
      { rule: "register.duplicate", sheet: "奖补名单", why: "four different investors; rows 6 and 7 share a tier, not a firm" },
      { rule: "cap.unknown-policy", sheet: "奖补名单", why: "every 支持事项 is a clause of the list" },
    ],
  },
};
