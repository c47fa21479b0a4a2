import type { CorpusLayout } from "../types";

// 兰州新区 招商引资优惠政策 (兰州新区报, 2024-01-16): the 上规入库奖励 clause (工业企业 10万元, 商业企业 3万元) as a two-row catalog, and a list
// of firms awarded under it — 序号 | 企业名称 | 统一社会信用代码 | 企业类型 | 奖励事项 | 入库时间 | 奖励金额（万元）, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "lanzhou-xinqu-2024-above-scale-entry-awards",
  source: {
    title: "新区招商引资优惠政策“放大招”（上规入库奖励政策及兑现名单表据正文拟）",
    url: "http://www.lzxq.gov.cn/system/2024/01/16/030940800.shtml",
    publisher: "兰州新区报（兰州新区管委会网站）",
    date: "2024-01-16",
    changes:
      "The article states the policies in prose (投资奖励 by bands of investment and intensity, 上规入库奖励 工业企业 10万元 / 商业企业 3万元, 经济社会贡献, " +
      "大宗贸易, 高管个人贡献). The catalog sheet keeps the 上规入库 clause only, as two items in the article's words; the other awards, by bands and shares, " +
      "are left out because no list below pays them. The award list is ours in the form new-area lists take (firms, codes, dates and amounts invented). " +
      "Planted: 兰州新区中川商贸有限公司, a 商业企业, awarded 5万元 against the 3万元 for a 商业企业; 甘肃陇通供应链管理有限公司's code ends X where its " +
      "check character is 6.",
  },
  classes: ["register", "catalog", "catalog-in-workbook", "prose-caps", "fixed-award-by-firm-kind", "category-column", "credit-code-column", "date-as-text", "total-at-foot", "whole-wanyuan", "table-from-prose", "new-area", "gansu"],
  settings: { district: "兰州新区" },
  sheets: [
    {
      name: "奖励政策",
      widths: [6, 14, 24, 60],
      rows: [
        ["兰州新区上规入库奖励政策（表据正文拟）", null, null, null],
        ["序号", "奖励类别", "奖励事项", "奖励标准"],
        [1, "上规入库奖励", "工业企业上规入库奖励", "对产值或主营业务收入初次达到行业入库标准的工业企业，对企业管理者奖励10万元，在企业上规入库正常运行3个月以后落实奖励。"],
        [2, "上规入库奖励", "商业企业上规入库奖励", "对主营业务收入初次达到行业入库标准的商业企业，对企业管理者奖励3万元，在企业上规入库正常运行3个月以后落实奖励。"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 10, 22, 12, 14],
      rows: [
        ["兰州新区2024年第一批企业上规入库奖励拟兑现名单（表据正文拟）", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "企业类型", "奖励事项", "入库时间", "奖励金额（万元）"],
        [1, "兰州新区秦川精细化工有限公司", "91620100MA7HQ3K2XT", "工业企业", "工业企业上规入库奖励", "2023年9月", 10],
        [2, "甘肃瑞丰新材料科技有限公司", "91620100MABUJ4LN8F", "工业企业", "工业企业上规入库奖励", "2023年9月", 10],
        [3, "兰州新区中川商贸有限公司", "91620100MA72R8P5C5", "商业企业", "商业企业上规入库奖励", "2023年10月", 5],
        [4, "甘肃陇通供应链管理有限公司", "91620100MACT6W9D1X", "商业企业", "商业企业上规入库奖励", "2023年10月", 3],
        [5, "兰州新区绿源食品加工有限公司", "91620100MA7F5Y0N3X", "工业企业", "工业企业上规入库奖励", "2023年11月", 10],
        [6, "兰州新区汇通建材贸易有限公司", "91620100MAC1XK8B22", "商业企业", "商业企业上规入库奖励", "2023年11月", 3],
        ["合计", null, null, null, null, null, 41],
      ],
      merges: ["A1:G1", "A9:F9"],
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励政策", kind: "catalog", headerRow: 2, lastRow: 4, columns: { A: "code", B: "category", C: "item", D: "standard" } },
      { sheet: "兑现名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 9, columns: { B: "enterprise", C: "creditCode", D: "category", E: "item", G: "approved" }, year: 2024 },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G5", why: "商业企业上规入库奖励 is 3万元; 兰州新区中川商贸有限公司 is awarded 5 (2 over)" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", cell: "C6", why: "91620100MACT6W9D1X: the check character for 91620100MACT6W9D1 is 6, not X" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "G9", why: "合计 10 + 10 + 5 + 3 + 10 + 3 = 41" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G3", why: "工业企业 10万元, at its cap" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G8", why: "商业企业 3万元, at its cap" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "both 奖励事项 are items of the catalog sheet" },
      { rule: "catalog.unreadable-standard", sheet: "奖励政策", cell: "D3", why: "奖励10万元 is a fixed award; 3个月 is when it is paid" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", cell: "C7", why: "91620100MA7F5Y0N3X is valid: its check character is X" },
      { rule: "register.duplicate", sheet: "兑现名单", why: "six different firms" },
      { rule: "register.unpaid", why: "a list of awards to be paid (拟兑现) records no payments" },
      { rule: "input.unreadable-value", sheet: "兑现名单", cell: "F3", why: "入库时间 2023年9月 is a month in words, no amount" },
    ],
  },
};
