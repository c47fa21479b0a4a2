import type { CorpusLayout } from "../types";

// 昆明市 (生物医药 policy compilation, 2023-07-10): the province's vaccine and new-drug clauses quoted one after another — 20% / 15% of
// investment up to 5000 / 2000万元, 500万元 a variety, 20% of research spending up to 300 / 1000万元, and 一事一议 for major projects.
// As a clause list (one clause a row), with the year's 兑现名单 on a second sheet.
export const layout: CorpusLayout = {
  id: "kunming-2023-biomedicine-support-clauses",
  source: {
    title: "生物医药产业支持政策摘编（云政发〔2022〕15号、云发改高技〔2022〕564号；清单及兑现名单据正文拟）",
    url: "http://www.kmsl.gov.cn/c/2023-07-10/6664210.shtml",
    publisher: "昆明市（政策汇编转载）",
    date: "2023-07-10",
    changes:
      "The page quotes the clauses as prose. Sheet 政策清单 sets them one a row (序号 | 政策依据 | 支持事项 | 支持标准), the standards in the " +
      "documents' words, shortened. Sheet 兑现名单 is ours (five rows, firms and codes invented, 计算基数 beside the amount). Planted: the 一事一议 " +
      "clause has no readable cap; 云岭疫苗配套材料 given 1,400 where 15% of 8,600 is 1,290; 滇池生物制药 given 400 above the 300 maximum.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "fixed-per-variety", "case-by-case-clause", "document-column",
    "base-column", "dash-for-no-base", "credit-codes", "item-column", "wanyuan-caption", "whole-wanyuan", "total-at-foot",
    "notes-under-table", "table-from-prose", "yunnan",
  ],
  settings: { district: "昆明市" },
  sheets: [
    {
      name: "政策清单",
      widths: [6, 24, 40, 60],
      rows: [
        ["生物医药产业支持政策清单（摘编）", null, null, null],
        ["序号", "政策依据", "支持事项", "支持标准"],
        [1, "云政发〔2022〕15号", "疫苗产业化、扩产扩能、技改提升项目", "按照已完成投资的20%给予企业补助，单个项目最高不超过5000万元"],
        [2, "云政发〔2022〕15号", "疫苗配套产业项目", "落地建设的按照已完成投资的15%给予企业补助，单个项目最高不超过2000万元"],
        [3, "云政发〔2022〕15号", "疫苗取得世界卫生组织预认证或国外上市许可", "每个品种奖励500万元"],
        [4, "云发改高技〔2022〕564号", "新获得临床研究批件或默示许可的品种", "每个品种按照临床前研究阶段研发费用的20%给予补助，最高不超过300万元"],
        [5, "云发改高技〔2022〕564号", "新获得国家新药证书或生产批件且在我省实现产业化的品种", "每个品种按照临床研究阶段研发费用的20%给予补助，最高不超过1000万元"],
        [6, "云政发〔2022〕15号", "省委、省政府确定的重大产业化项目", "按照“一事一议”原则进行支持"],
        ["注：同一项目符合多项政策的，按就高原则给予支持，不重复享受。", null, null, null],
      ],
      merges: ["A1:D1", "A9:D9"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 40, 16, 16],
      rows: [
        ["2023年生物医药产业支持资金兑现名单", null, null, null, null, null],
        ["单位：万元", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "支持事项", "计算基数（万元）", "补助金额（万元）"],
        [1, "昆明滇康生物技术有限公司", "91530100MA6K3T8P5P", "疫苗产业化、扩产扩能、技改提升项目", 12000, 2400],
        [2, "昆明云岭疫苗配套材料有限公司", "91530111MA6NW2L478", "疫苗配套产业项目", 8600, 1400],
        [3, "云南滇池生物制药有限公司", "91530112MA6P4D9R1K", "新获得临床研究批件或默示许可的品种", 2100, 400],
        [4, "安宁市华康药业有限公司", "91530181MA6Q7F2X8U", "新获得国家新药证书或生产批件且在我省实现产业化的品种", 3800, 760],
        [5, "昆明滇康生物技术有限公司", "91530100MA6K3T8P5P", "疫苗取得世界卫生组织预认证或国外上市许可", "—", 500],
        ["合计", null, null, null, null, 5460],
      ],
      merges: ["A1:F1", "A2:F2", "A9:E9"],
      numberFormats: { "E4:F9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策清单", kind: "catalog", headerRow: 2, lastRow: 8, columns: { B: "document", C: "item", D: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "D8", why: "按照“一事一议”原则进行支持: no amount or rate to read as a cap" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F5", why: "疫苗配套产业项目: 15% × 8,600 = 1,290 (below the 2,000 maximum, so binding); 1,400 given" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F6", why: "临床研究批件: 20% × 2,100 = 420, but the maximum 300 binds first; 400 given" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F4", why: "20% × 12,000 = 2,400, within 5,000" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F7", why: "20% × 3,800 = 760, within 1,000" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F8", why: "500 a variety, as fixed" },
      { rule: "cap.no-cap", sheet: "兑现名单", cell: "F8", why: "a fixed award needs no base: the dash is no missing base" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "D8", why: "滇康生物 twice under two different items" },
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "D5", why: "每个品种奖励500万元 is a fixed award" },
      { rule: "input.unreadable-value", sheet: "政策清单", cell: "A9", why: "the note under the clauses" },
    ],
  },
};
