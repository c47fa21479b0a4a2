import type { CorpusLayout } from "../types";

// 重庆市渝北区科学技术局 2025-08-19: 关于申报2024年度市级重点以上科研项目配套经费的通知 — 一、申报条件, 二、配套标准 (按当年上级下拨经费的50%
// 给予项目第一承担单位区级配套，单个项目配套最高不超过200万元), 三、申报材料 with the 申请表 as 附件. The standard as a one-line clause table
// (序号 | 政策事项 | 申报条件 | 配套标准 | 政策依据), and a summary of applications (ours) on a second sheet, each project's 上级下拨经费 beside
// the 配套经费 asked.
export const layout: CorpusLayout = {
  id: "yubei-2024-research-matching-fund-clause-and-applications",
  source: {
    title: "重庆市渝北区科学技术局关于申报2024年度市级重点以上科研项目配套经费的通知（配套标准；申请汇总表据申请表拟）",
    url: "http://www.ybq.gov.cn/bm/qkjj/zwgk_70831/sxbt/202508/t20250819_14915371.html",
    publisher: "重庆市渝北区科学技术局",
    date: "2025-08-19",
    changes:
      "As published: the notice's 申报条件 (渝北区 bodies, the first undertaker of a national or 市级重点专项以上 project between 2023-12-16 and " +
      "2024-12-31), the 配套标准 word for word and its 政策依据 (渝北府办发〔2024〕16号). The notice has no table: the clause is laid out as a one-line " +
      "policy table, and the second sheet sums up applications in the fields the 申请表 asks for; its bodies, codes, projects and figures are ours. " +
      "Planted: 180 asked on 300 sent down (50% gives 150); 250 asked on 500 sent down, where the 200万元 ceiling binds before 50% × 500 = 250; one " +
      "credit code with a wrong check character (…E2KJ8D; GB 32100 gives K).",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "rate-and-max-cap", "base-column", "document-column", "item-column", "credit-codes",
    "public-institution-code", "requested-only", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "built-from-prose",
    "district-fund", "chongqing",
  ],
  settings: { district: "渝北区" },
  sheets: [
    {
      name: "配套标准",
      widths: [6, 26, 60, 60, 46],
      rows: [
        ["渝北区市级重点以上科研项目配套经费政策", null, null, null, null],
        ["序号", "政策事项", "申报条件", "配套标准", "政策依据"],
        [
          1,
          "市级重点以上科研项目配套经费",
          "在渝北区行政管理区域（不含两江新区直管区）依法合规开展生产经营活动的企业、事业单位、社会组织，2023年12月16日至2024年12月31日期间作为第一承担单位承担国家级科研项目、市级重点专项以上科研项目。",
          "按当年上级下拨经费的50%给予项目第一承担单位区级配套，单个项目配套最高不超过200万元。",
          "《渝北区加快科技创新引领高质量发展十条措施》（渝北府办发〔2024〕16号）",
        ],
      ],
      merges: ["A1:E1"],
    },
    {
      name: "申请汇总",
      widths: [6, 32, 22, 34, 28, 14, 14],
      rows: [
        ["2024年度市级重点以上科研项目配套经费申请汇总表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "申报单位", "统一社会信用代码", "项目名称", "政策事项", "当年上级下拨经费", "申请配套经费"],
        [1, "重庆渝北擎宇智能装备有限公司", "91500112MA5YQ6TD3M", "高精度伺服驱动关键技术研发", "市级重点以上科研项目配套经费", 120, 60],
        [2, "重庆两路空港生物医药有限公司", "91500112MA61E2KJ8D", "新型缓释制剂工艺开发", "市级重点以上科研项目配套经费", 80, 40],
        [3, "重庆渝北仙桃数据科技有限公司", "91500112MA7G4WN155", "工业大模型可信计算平台", "市级重点以上科研项目配套经费", 300, 180],
        [4, "重庆市渝北区农业科学研究所", "125001127094115638", "丘陵山区特色果蔬绿色栽培技术", "市级重点以上科研项目配套经费", 60, 30],
        [5, "重庆木耳新材料科技有限公司", "91500112MACH2RB90U", "车规级碳化硅功率模块封装材料", "市级重点以上科研项目配套经费", 500, 250],
        ["合计", null, null, null, null, 1060, 560],
        ["注：当年上级下拨经费以市科技局资金拨付回执单为准；申请配套经费按当年上级下拨经费的50%测算。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A9:E9", "A10:G10"],
      numberFormats: { "F4:G9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "配套标准", kind: "catalog", headerRow: 2, lastRow: 3, columns: { A: "code", B: "item", D: "standard", E: "document" } },
      {
        sheet: "申请汇总",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "project", E: "item", F: "base", G: "requested" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "申请汇总", cell: "G6", why: "50% of 当年上级下拨经费 300 = 150; 180 asked, 30 over (the 200 ceiling does not bind)" },
      { rule: "cap.exceeded", sheet: "申请汇总", cell: "G8", why: "50% × 500 = 250, but 单个项目配套最高不超过200万元 binds first: 250 asked, 50 over" },
      { rule: "register.invalid-credit-code", sheet: "申请汇总", cell: "C5", why: "91500112MA61E2KJ8 + check character: GB 32100 gives K, the code ends in D" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", sheet: "申请汇总", cell: "G8", why: "only the binding limit is reported: the 200 ceiling" },
      { rule: "cap.rate-exceeded", sheet: "申请汇总", cell: "G4", why: "60 is exactly 50% of 120" },
      { rule: "cap.exceeded", sheet: "申请汇总", cell: "G9", why: "合计 560 = 60 + 40 + 180 + 30 + 250 is no award" },
      { rule: "composition.total-mismatch", sheet: "申请汇总", cell: "F9", why: "120 + 80 + 300 + 60 + 500 = 1,060" },
      { rule: "cap.unknown-policy", sheet: "申请汇总", why: "every 政策事项 is the clause's item word for word" },
      { rule: "register.invalid-credit-code", sheet: "申请汇总", cell: "C7", why: "125001127094115638 is a valid 事业单位 code (check character 8)" },
      { rule: "register.duplicate", sheet: "申请汇总", why: "five bodies, five projects, no repeat" },
      { rule: "catalog.unreadable-standard", sheet: "配套标准", why: "a rate of a named base with a fixed ceiling is readable" },
    ],
  },
};
