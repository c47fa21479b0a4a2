import type { CorpusLayout } from "../types";

// 温州市人民政府 温政发〔2023〕8号: 关于全面加快科技创新推动工业高质量发展的若干政策意见, published as a grid — 序号 | 项目名称 | 条款内容 |
// 执行方式 | 是否纳入总量控制 | 责任单位 under the section row 一、支持创新创造 — its first three clauses as the catalog, and a year's award
// list (ours) naming those clauses as its items.
export const layout: CorpusLayout = {
  id: "wenzhou-2023-tech-innovation-policy-awards",
  source: {
    title: "温州市人民政府关于全面加快科技创新推动工业高质量发展的若干政策意见（温政发〔2023〕8号；兑现名单为本库拟）",
    url: "https://www.wenzhou.gov.cn/art/2023/3/1/art_1229117830_2020990.html",
    publisher: "温州市人民政府办公室",
    date: "2023-03-01",
    changes:
      "As published: the grid's columns, the section row 一、支持创新创造 and its first three clauses word for word (支持大孵化集群建设 — a " +
      "competitive pool of at most 2,000万元 a year; 企业孵化器、众创空间（星创天地）奖励 — 最高 200 / 100 and 80 / 40; 科技创新载体绩效贡献奖励 — " +
      "40 / 30 / 20, the clause cut after 省级企业研究院), their 执行方式 and 责任单位; the 是否纳入总量控制 cells as the stored copy left them " +
      "(blank where it showed none). Ours: the second sheet (places, firms, codes, awards). Planted: an incubator award of 220 (the clause's " +
      "largest award is 200); 瑞安 firm's code with a wrong check character.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "several-awards-one-clause", "section-row", "method-column", "yes-no-column",
    "pool-not-a-cap", "item-column", "credit-codes", "counties-and-districts-as-places", "wanyuan-in-header", "total-at-foot",
    "city-policy", "zhejiang",
  ],
  settings: { district: "温州市" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 26, 70, 10, 10, 10],
      rows: [
        ["温州市人民政府关于全面加快科技创新推动工业高质量发展的若干政策意见", null, null, null, null, null],
        ["序号", "项目名称", "条款内容", "执行方式", "是否纳入总量控制", "责任单位"],
        ["一、支持创新创造", null, null, null, null, null],
        [1, "支持大孵化集群建设", "市财政每年统筹安排不超过2000万元，按照结果导向、竞争性分配用于支持大孵化集群建设。", "竞争分配", null, "市科技局"],
        [2, "企业孵化器、众创空间（星创天地）奖励", "新认定为国家级、省级科技企业孵化器的，每家分别给予最高奖励200万元、100万元。新通过备案的国家级、省级众创空间或星创天地，每家分别给予最高奖励80万元、40万元。", "资格定补", "是", "市科技局"],
        [3, "科技创新载体绩效贡献奖励", "对获省级产业创新服务综合体绩效评价优秀的，给予40万元奖励；对绩效评价结果优秀的省级重点企业研究院每家奖励30万元，省级企业研究院每家奖励20万元。", "资格定补", "是", "市科技局"],
      ],
      merges: ["A1:F1", "A3:F3"],
    },
    {
      name: "兑现名单",
      widths: [6, 10, 34, 22, 34, 14],
      rows: [
        ["2023年度温州市科技创新政策奖励兑现名单", null, null, null, null, null],
        ["序号", "所在地", "单位名称", "统一社会信用代码", "奖励项目", "奖励金额（万元）"],
        [1, "鹿城区", "温州鹿城瓯江科创孵化器有限公司", "91330302G5DBYQQH6F", "企业孵化器、众创空间（星创天地）奖励", 200],
        [2, "瓯海区", "温州瓯海智汇众创科技有限公司", "91330304U97TJ0UH93", "企业孵化器、众创空间（星创天地）奖励", 220],
        [3, "龙湾区", "温州龙湾激光与光电产业创新服务中心有限公司", "91330303D2WCED8526", "科技创新载体绩效贡献奖励", 40],
        [4, "瑞安市", "瑞安华峰汽车部件研究院有限公司", "91330381700BHAUU8A", "科技创新载体绩效贡献奖励", 30],
        [5, "乐清市", "乐清正泰电气技术研究有限公司", "91330382D0UF8YXP01", "科技创新载体绩效贡献奖励", 20],
        ["合计", null, null, null, null, 510],
      ],
      merges: ["A1:F1", "A8:E8"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 6, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 8,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", F: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F4", why: "企业孵化器、众创空间（星创天地）奖励 names no level: at most the clause's largest award, 200; 220 awarded, 20 over" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", cell: "D6", why: "91330381700BHAUU8A: the GB 32100 check character of the first 17 characters is K, not A" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F3", why: "200 is exactly the largest award (国家级孵化器 最高200万元)" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F5", why: "40 is the clause's largest award (综合体 优秀)" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F8", why: "the 合计 is no award" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "F8", why: "510 = 200 + 220 + 40 + 30 + 20" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "both 奖励项目 are catalog items word for word" },
      { rule: "register.ineligible-location", sheet: "兑现名单", cell: "B6", why: "瑞安市 and 乐清市 are county-level cities of 温州市" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C5", why: "several maximum awards, 分别给予最高…200万元、100万元 … 80万元、40万元: one cap per level, the item at most 200" },
    ],
  },
};
