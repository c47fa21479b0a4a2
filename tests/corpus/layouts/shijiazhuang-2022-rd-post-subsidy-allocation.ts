import type { CorpusLayout } from "../types";

// 石家庄市财政局、科学技术局 2023 (石财教〔2023〕105号): the 2022 研发投入后补助资金 sent down to the counties and districts. Laid out as the
// notice's 分配表: two groups under category rows (一、市区, 二、县（市）) each closed by 小计, firms counted beside the money, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "shijiazhuang-2022-rd-post-subsidy-allocation",
  source: {
    title: "关于下达2022年研发投入后补助资金的通知（石财教〔2023〕105号；附件：资金分配表）",
    url: "https://www.zhetiaohe.com/ss/8b19d694d53b9e5d0b11da8ff8880b1e637eb116f8693e22818b833d66d19817eeb3e5d51c8d75af2682674a538ecdba46a6c5edc15b15f3.html",
    publisher: "石家庄市财政局 石家庄市科学技术局",
    date: "2023",
    changes:
      "The notice's number and subject are as published; the stored page gives its title only, so the annex's columns (序号 | 县（市、区） | " +
      "企业数（家） | 补助资金（万元） | 备注), the two groups, the 小计 and 合计 rows, the nine places chosen and every figure are ours. Planted: " +
      "县（市）小计 251.40 where its four lines add up to 241.40.",
  },
  classes: ["composition", "allocation-by-county", "category-rows", "subtotals-under-lines", "count-column", "total-at-foot", "wanyuan-in-header", "remark-column", "hebei"],
  sheets: [
    {
      name: "分配表",
      widths: [6, 18, 14, 16, 10],
      rows: [
        ["附件", null, null, null, null],
        ["2022年研发投入后补助资金分配表", null, null, null, null],
        ["序号", "县（市、区）", "企业数（家）", "补助资金（万元）", "备注"],
        ["一、市区", null, null, null, null],
        [1, "长安区", 12, 186.4, null],
        [2, "桥西区", 9, 142.8, null],
        [3, "新华区", 7, 98.5, null],
        [4, "裕华区", 10, 155.2, null],
        [5, "高新区", 21, 412.6, null],
        ["小计", null, 59, 995.5, null],
        ["二、县（市）", null, null, null, null],
        [6, "正定县", 6, 88.3, null],
        [7, "辛集市", 5, 76.4, "省直管"],
        [8, "晋州市", 4, 52.1, null],
        [9, "赞皇县", 2, 24.6, null],
        ["小计", null, 17, 251.4, null],
        ["合计", null, 76, 1246.9, null],
      ],
      merges: ["A2:E2", "A4:E4", "A10:B10", "A11:E11", "A16:B16", "A17:B17"],
      numberFormats: { "D5:D17": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 17, columns: { B: "line", C: "quantity", D: "amount" }, year: 2022 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D16", why: "县（市）小计 251.40 where 88.30 + 76.40 + 52.10 + 24.60 = 241.40: 10.00万元 too much" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D10", why: "市区 小计 995.50 = 186.40 + 142.80 + 98.50 + 155.20 + 412.60" },
      { rule: "composition.total-mismatch", cell: "D17", why: "合计 1,246.90 = the stated 小计 995.50 + 251.40" },
      { rule: "composition.total-mismatch", cell: "C17", why: "企业数 76 = 59 + 17, and each 小计 its lines'" },
      { rule: "composition.line-mismatch", why: "企业数 is a count beside the money, no unit is given" },
      { rule: "register.duplicate", why: "two 小计 rows close two groups" },
      { rule: "input.unreadable-value", why: "the category rows and 省直管 are text by nature" },
    ],
  },
};
