import type { CorpusLayout } from "../types";

// 财联社 2024-04-02: 山东省 issues 《关于加快构建一流科技创新生态的意见》 — among its measures 企业研发投入分档分类后补助, at most 500万元 a firm a
// year. The report prints no list; the subsidy list below, its tiers and figures are ours, the cap is the report's.
export const layout: CorpusLayout = {
  id: "shandong-2024-rd-post-subsidy-list",
  source: {
    title: "山东：实施企业研发投入分档分类后补助政策 单个企业年度最高补助500万元（拟补助企业名单据报道拟）",
    url: "http://news.khat42.cn/detail/1991459",
    publisher: "财联社（山东省人民政府）",
    date: "2024-04-02",
    changes:
      "As published: the report of the 意见 (科技领军企业牵头创新联合体, 80% shares, 研发投入分档分类后补助 单个企业年度最高补助500万元, 研发费用占营收 " +
      "above 5%, 30 demonstration scenes, 200 new products). No list is printed: the title, caption, columns (序号 | 企业名称 | 统一社会信用代码 | " +
      "所在市 | 补助档次 | 上年度研发费用 | 补助金额), the seven firms and figures are ours; the catalog holds the report's 500万元 cap. Planted: 青岛 " +
      "firm given 520 over the 500 cap; 济南 firm listed again at row 10 (300 + 150, within the year's 500). Left: the 研发费用 column (a base, far above any award) and the 档次 words.",
  },
  classes: [
    "register", "catalog-from-report", "max-cap", "base-column", "tier-column", "credit-codes", "cities-as-places", "province-wide-list",
    "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-policy", "shandong",
  ],
  settings: { district: "山东省" },
  catalog: {
    items: [
      { name: "企业研发投入后补助", category: "科技创新", capType: "max", capAmount: 500, unit: "万元", year: 2024, document: "《关于加快构建一流科技创新生态的意见》" },
    ],
  },
  sheets: [
    {
      name: "拟补助名单",
      widths: [6, 30, 22, 10, 10, 14, 12],
      rows: [
        ["2024年度山东省企业研发投入后补助拟补助企业名单（摘录）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在市", "补助档次", "上年度研发费用", "补助金额"],
        [1, "济南浪舟信息技术有限公司", "91370100MA3J8E4L3M", "济南市", "第一档", 48500, 300],
        [2, "青岛海汇智能家电有限公司", "91370200MA3K1W7T6W", "青岛市", "第一档", 52300, 520],
        [3, "潍坊盛泰农业机械有限公司", "91370700MA3L3C9P21", "潍坊市", "第二档", 12600, 200],
        [4, "烟台福山生物医药有限公司", "91370600MA3M5D2K8U", "烟台市", "第二档", 9800, 150],
        [5, "淄博齐鲁精细化工有限公司", "91370300MA3N7H4R17", "淄博市", "第三档", 4200, 80],
        [6, "临沂沂河电子科技有限公司", "91371300MA3P2X6T9B", "临沂市", "第三档", 3600, 60],
        [7, "济南浪舟信息技术有限公司", "91370100MA3J8E4L3M", "济南市", "第二档", 48500, 150],
        ["合计", null, null, null, null, 179500, 1460],
        ["注：补助档次按企业上年度研发费用及增长情况确定，单个企业年度补助最高不超过500万元。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A11:E11", "A12:G12"],
      numberFormats: { "F4:G11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟补助名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "category", F: "base", G: "approved" },
        item: "企业研发投入后补助",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "G5", why: "企业研发投入后补助 is at most 500 a firm a year; 青岛海汇 given 520, 20 over" },
      { rule: "register.duplicate", cell: "B10", why: "济南浪舟信息技术有限公司 (91370100MA3J8E4L3M) already at row 4 for the same subsidy" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "G11", why: "300 + 520 + 200 + 150 + 80 + 60 + 150 = 1,460" },
      { rule: "composition.total-mismatch", cell: "F11", why: "研发费用 48,500 + 52,300 + 12,600 + 9,800 + 4,200 + 3,600 + 48,500 = 179,500" },
      { rule: "cap.exceeded", cell: "G4", why: "济南浪舟 300 + 150 = 450 for the year, within 500" },
      { rule: "cap.exceeded", cell: "F5", why: "上年度研发费用 is the base, not an award" },
      { rule: "cap.unknown-policy", why: "the title names 企业研发投入后补助, the catalog's item" },
      { rule: "register.ineligible-location", why: "six cities of 山东省" },
      { rule: "input.unreadable-value", why: "the caption and the note under the table are text" },
    ],
  },
};
