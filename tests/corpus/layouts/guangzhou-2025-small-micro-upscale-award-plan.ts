import type { CorpusLayout } from "../types";

// 广州市工业和信息化局 2025-11-14: 2025年促进小微工业企业上规模发展奖补资金项目拟安排计划 (970 firms in three kinds: 2024年新升规,
// 2023年升规后2024年工业增加值增长超过10%, 2023年首次升规后2024年成为专精特新中小企业). The page shows the notice; the annex's list is laid
// out from it (表据正文拟).
export const layout: CorpusLayout = {
  id: "guangzhou-2025-small-micro-upscale-award-plan",
  source: {
    title: "2025年促进小微工业企业上规模发展奖补资金项目拟安排计划公示（附件：项目拟安排计划；表据正文拟）",
    url: "https://www.chacewang.com/newsdetail/news895541.html",
    publisher: "广州市工业和信息化局",
    date: "2025-11-14",
    changes:
      "As published: the annex's title, the three kinds of firm and their wording, the city's districts. The stored copy does not show the " +
      "annex: the columns (序号 | 所属区 | 企业名称 | 统一社会信用代码 | 奖补类别 | 拟安排金额（万元）), 8 of the 970 rows, the firms, codes and " +
      "amounts are ours, and the catalog's cap (20万元 a firm) was chosen for the corpus, the notice giving none. Planted: 广州南沙海联食品 " +
      "given 25万元 above the 20万元 cap; 广州花都骏达皮具's code ending 3 where the check character is W.",
  },
  classes: ["register", "award-list", "kind-column", "condition-in-kind-name", "credit-codes", "districts-as-places", "item-in-title", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "city-level", "guangdong"],
  settings: { district: "广州市" },
  catalog: {
    items: [
      {
        name: "促进小微工业企业上规模发展奖补",
        capType: "fixed",
        capAmount: 20,
        unit: "万元",
        document: "粤工信融资函〔2025〕20号 促进小微工业企业上规模发展专项资金（每家企业最高20万元：上限为语料库所定）",
      },
    ],
  },
  sheets: [
    {
      name: "拟安排计划",
      widths: [6, 10, 34, 22, 40, 14],
      rows: [
        ["2025年促进小微工业企业上规模发展奖补资金项目拟安排计划", null, null, null, null, null],
        ["序号", "所属区", "企业名称", "统一社会信用代码", "奖补类别", "拟安排金额（万元）"],
        [1, "白云区", "广州穗丰五金制品有限公司", "91440111MA59D8P3RW", "2024年新升规企业", 10],
        [2, "黄埔区", "广州科瑞精密模具有限公司", "91440112MA5AT4N6Q0", "2024年新升规企业", 10],
        [3, "番禺区", "广州番禺宏展电子科技有限公司", "91440113MA5D1W8K2U", "2023年升规后2024年工业增加值增长超过10%企业", 15],
        [4, "花都区", "广州花都骏达皮具有限公司", "91440114MA5BH3G9U3", "2024年新升规企业", 10],
        [5, "南沙区", "广州南沙海联食品有限公司", "91440115MA5CX7E1MH", "2023年首次升规后2024年成为专精特新中小企业", 25],
        [6, "增城区", "广州增城利达牛仔服装有限公司", "91440118MA59Q5T4B8", "2023年升规后2024年工业增加值增长超过10%企业", 15],
        [7, "天河区", "广州天河智联信息设备有限公司", "91440106MA5CK2L7X0", "2024年新升规企业", 10],
        [8, "白云区", "广州白云美妍化妆品有限公司", "91440111MA5AW6C3K4", "2024年新升规企业", 10],
        ["合计", null, null, null, null, 105],
        ["注：同一企业同时符合多项条件的，按就高原则不重复奖励。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A11:E11", "A12:F12"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟安排计划",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "category", F: "approved" },
        item: "促进小微工业企业上规模发展奖补",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F7", why: "广州南沙海联食品有限公司 25万元 > the 20万元 cap a firm (5 over)" },
      { rule: "register.invalid-credit-code", cell: "D6", why: "91440114MA5BH3G9U3: the GB 32100 check character for 91440114MA5BH3G9U is W, not 3" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F11", why: "合计 105 = 10 + 10 + 15 + 10 + 25 + 15 + 10 + 10 is no award" },
      { rule: "cap.rate-exceeded", why: "超过10% in a kind's name is a condition on growth, not a rate of award" },
      { rule: "cap.unknown-policy", cell: "E5", why: "奖补类别 names the kind of firm, not a policy item: the title's policy is in the catalog" },
      { rule: "register.duplicate", cell: "C10", why: "two 白云区 firms, different names and codes" },
      { rule: "register.ineligible-location", why: "白云、黄埔、番禺、花都、南沙、增城、天河 are districts of 广州市" },
      { rule: "register.unpaid", why: "a plan to be paid (拟安排) records no payments" },
      { rule: "composition.total-mismatch", why: "合计 105 agrees with its lines" },
    ],
  },
};
