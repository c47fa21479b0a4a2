import type { CorpusLayout } from "../types";

// 河南省人民政府 2025-08-04 (豫政〔2025〕18号): 河南省支持企业降本增效若干政策措施, 一、加力降低企业研发成本, 1. 支持企业科技创新 —
// 省级制造业创新中心 补助 30% of the investment in technology, instruments, equipment and software, 最高不超过500万元; 首台（套）/首批次/首版次
// awards by a share of sales, 单个企业年度最高不超过500万元. The clause split into its two money sentences as a catalog, with awards of ours.
export const layout: CorpusLayout = {
  id: "henan-2025-cost-reduction-rnd-measures-awards",
  source: {
    title: "河南省人民政府关于印发河南省支持企业降本增效若干政策措施的通知（豫政〔2025〕18号）第1条（兑现表据政策拟）",
    url: "http://www.zglyh.cn/news/44944.html",
    publisher: "河南省人民政府",
    date: "2025-08-04",
    changes:
      "The clause's two money sentences are as published, laid out as 序号 | 支持事项 | 支持标准 | 文件依据. The second sheet (兑现表: firms, codes, " +
      "investment or sales, awards, 合计) is ours. Planted: an innovation centre given 300 on an investment of 800 (30% = 240).",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "annual-cap-per-firm", "document-column", "base-column", "credit-codes", "item-per-row", "total-at-foot", "wanyuan-in-header", "province-policy", "henan"],
  sheets: [
    {
      name: "政策条款",
      widths: [6, 30, 80, 20],
      rows: [
        ["河南省支持企业降本增效若干政策措施（一、加力降低企业研发成本 第1条）", null, null, null],
        ["序号", "支持事项", "支持标准", "文件依据"],
        ["1-1", "省级制造业创新中心建设补助", "鼓励重点产业链企业联合上下游企业、科研机构成立省级制造业创新中心，以支持项目建设方式，按照技术引进及购置科研仪器、设备和软件等实际投资额的30%给予补助，最高不超过500万元。", "豫政〔2025〕18号"],
        ["1-2", "首台（套）首批次首版次产品奖励", "支持企业研发和应用首台（套）重大技术装备、首批次新材料、首版次软件、首套件核心电子元器件等产品，依据有关规定按照销售额的一定比例给予奖励，单个企业年度最高不超过500万元。", "豫政〔2025〕18号"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "兑现表",
      widths: [6, 30, 22, 28, 18, 14],
      rows: [
        ["2025年支持企业科技创新奖补兑现表", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "支持事项", "投资额或销售额（万元）", "奖补金额（万元）"],
        [1, "郑州中原智能装备创新中心有限公司", "91410100MA46K3R2XM", "省级制造业创新中心建设补助", 800, 300],
        [2, "郑州宇辰新材料科技有限公司", "91410100MA9F1W5H2F", "首台（套）首批次首版次产品奖励", 9000, 450],
        [3, "洛阳中重精工机械有限公司", "91410300171588320R", "省级制造业创新中心建设补助", 1500, 450],
        ["合计", null, null, null, 11300, 1200],
      ],
      merges: ["A1:F1", "A6:D6"],
      numberFormats: { "E3:F6": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 4, columns: { B: "item", C: "standard", D: "document" } },
      { sheet: "兑现表", kind: "register", unit: "万元", headerRow: 2, lastRow: 6, columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" }, year: 2025 },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "兑现表", cell: "F3", why: "创新中心 补助 at most 30% of 800 = 240; 300 is 60万元 over (37.5%)" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现表", cell: "F4", why: "首台（套） 450 is under the 500 yearly cap; its share of sales is not fixed" },
      { rule: "cap.rate-exceeded", sheet: "兑现表", cell: "F5", why: "450 = 30% of 1,500 exactly, under 500" },
      { rule: "cap.exceeded", sheet: "兑现表", cell: "F6", why: "合计 1,200 is no award" },
      { rule: "register.invalid-credit-code", why: "all three codes carry their right check characters" },
      { rule: "register.duplicate", why: "three firms, each once" },
    ],
  },
};
