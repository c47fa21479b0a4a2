import type { CorpusLayout } from "../types";

// 湛江市人民政府行政服务中心 2021 部门决算, 第二部分 六、一般公共预算财政拨款基本支出决算明细表: two blocks side by side — 人员经费
// (科目编码 | 科目名称 | 决算数: 301 and 303 with their 项) and 公用经费 (302 and its 项) — each closed by its own 合计 on the last row.
export const layout: CorpusLayout = {
  id: "zhanjiang-2021-service-centre-basic-expenditure-detail",
  source: {
    title: "2021年湛江市人民政府行政服务中心部门决算（第二部分 六、一般公共预算财政拨款基本支出决算明细表）",
    url: "https://gosugo.com/zdlyxxgk/czyjshsg/bmyjs/bmjs/2021/content/post_1669527.html",
    publisher: "湛江市人民政府行政服务中心",
    date: "2022",
    changes:
      "As published: the centre, the year and the table's place and name in the set (第二部分 … 六、一般公共预算财政拨款基本支出决算明细表). The stored " +
      "copy shows the contents and the duties, not the table body: the body follows the national form of that table (人员经费 | 公用经费 side by " +
      "side, each 科目编码 | 科目名称 | 决算数, by economic class), cut to two blocks (the form's second 公用经费 block folded into the first); the 项 " +
      "chosen and all figures are ours. Planted: 301 工资福利支出 written 425.36 where its 项 add up to 452.36 (the 人员经费合计 461.00 is right); " +
      "公用经费合计 98.62 where 302's 项 and 302 itself give 96.82.",
  },
  classes: [
    "execution", "final-accounts", "by-economic-class", "two-blocks-side-by-side", "kuan-xiang-codes", "codes-as-text", "total-at-foot",
    "block-totals-on-one-row", "uneven-block-lengths", "national-template", "city-unit", "wanyuan-caption", "guangdong",
  ],
  sheets: [
    {
      name: "基本支出明细表",
      widths: [12, 30, 12, 12, 30, 12],
      rows: [
        ["一般公共预算财政拨款基本支出决算明细表", null, null, null, null, null],
        ["部门：湛江市人民政府行政服务中心", null, null, "2021年度", null, "金额单位：万元"],
        ["人员经费", null, null, "公用经费", null, null],
        ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
        ["301", "工资福利支出", 425.36, "302", "商品和服务支出", 96.82],
        ["30101", "基本工资", 128.4, "30201", "办公费", 18.3],
        ["30102", "津贴补贴", 156.72, "30205", "水费", 3.12],
        ["30103", "奖金", 36.5, "30206", "电费", 21.45],
        ["30107", "绩效工资", 42.18, "30207", "邮电费", 6.8],
        ["30108", "机关事业单位基本养老保险缴费", 41.26, "30211", "差旅费", 4.26],
        ["30109", "职业年金缴费", 16.5, "30213", "维修（护）费", 9.7],
        ["30110", "职工基本医疗保险缴费", 18.6, "30215", "会议费", 1.2],
        ["30113", "住房公积金", 12.2, "30217", "公务接待费", 0.85],
        ["303", "对个人和家庭的补助", 8.64, "30228", "工会经费", 5.64],
        ["30302", "退休费", 5.2, "30229", "福利费", 4.9],
        ["30309", "奖励金", 3.44, "30239", "其他交通费用", 14.2],
        [null, null, null, "30299", "其他商品和服务支出", 6.4],
        ["人员经费合计", null, 461, "公用经费合计", null, 98.62],
      ],
      merges: ["A1:F1", "A2:C2", "D2:E2", "A3:C3", "D3:F3", "A18:B18", "D18:E18"],
      numberFormats: { "C5:C18": "#,##0.00", "F5:F18": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "基本支出明细表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 18, columns: { A: "code", B: "line", C: "actual" }, year: 2021 },
      { sheet: "基本支出明细表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 18, columns: { D: "code", E: "line", F: "actual" }, year: 2021 },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "C5",
        why: "301 工资福利支出 425.36 where its 项 give 128.40 + 156.72 + 36.50 + 42.18 + 41.26 + 16.50 + 18.60 + 12.20 = 452.36: 27.00万元 short (digits swapped)",
      },
      { rule: "execution.total-mismatch", cell: "F18", why: "公用经费合计 98.62 where 302 商品和服务支出 is 96.82, and its 项 add up to 96.82: 1.80万元 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C18", why: "人员经费合计 461.00 = 452.36 (301 as its 项 add up) + 8.64 (303); the slip is 301's C5, reported once there" },
      { rule: "execution.total-mismatch", cell: "C14", why: "303 8.64 = 5.20 + 3.44" },
      { rule: "execution.total-mismatch", cell: "F5", why: "302 96.82 = the sum of its twelve 项" },
      { rule: "execution.overspent", why: "final accounts with no budget column" },
      { rule: "execution.no-spending", why: "no budget column" },
      { rule: "input.unreadable-value", why: "codes as text, the block headings and the blank cells under 人员经费 (row 17) are no values" },
    ],
  },
};
