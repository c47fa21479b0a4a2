import type { CorpusLayout } from "../types";

// 福建省 2015年预算草案 as reported 2015-01-29 (闽南网/海都报): the province's own main spending lines for 2015 — 农林水 104.03亿元 …
// 交通运输 127.31亿元, nine functions. Laid out as the 省级一般公共预算主要支出项目安排表 such drafts annex: 序号 | 项目 | 2015年预算数, in 亿元,
// 合计 of the nine at the foot, the 生态文明 sum and the 2014 revenue outcome as notes; the 合计 typed 63.00 short.
export const layout: CorpusLayout = {
  id: "fujian-2015-provincial-major-spending-budget",
  source: {
    title: "福建省2014年预算执行情况及2015年预算草案提交省十二届人大三次会议审议（省级主要支出项目安排；表据报道拟）",
    url: "http://www.fafqdl.cn/news/fj/847575.html",
    publisher: "闽南网（海都报）转载",
    date: "2015-01-29",
    changes:
      "As published: the nine 省级主要支出项目 and their 2015 sums (农林水104.03亿元, 社会保障和就业86.23, 医疗卫生与计划生育102.96, 教育118.82, 文化体育与传媒11.33, " +
      "住房保障9.93, 科学技术12.56, 节能环保19.24, 交通运输127.31), in the report's order; 生态文明先行示范区建设 53.67亿元; 2014 全省一般公共预算总收入3828.02亿元, " +
      "100.6% of the year-start budget, and 2015's 4309亿元. The report gives them in prose; the table (序号 | 项目 | 2015年预算数, a 合计 of the nine) is ours, the " +
      "rest as notes. Planted: the 合计 typed 529.41 where the nine add up to 592.41.",
  },
  classes: ["execution", "budget-only", "budget-by-function", "main-lines-only", "two-decimal-yiyuan", "yiyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-level", "fujian"],
  sheets: [
    {
      name: "主要支出项目",
      widths: [6, 28, 18],
      rows: [
        ["2015年福建省级一般公共预算主要支出项目安排表", null, null],
        [null, null, "单位：亿元"],
        ["序号", "项目", "2015年预算数"],
        [1, "农林水支出", 104.03],
        [2, "社会保障和就业支出", 86.23],
        [3, "医疗卫生与计划生育支出", 102.96],
        [4, "教育支出", 118.82],
        [5, "文化体育与传媒支出", 11.33],
        [6, "住房保障支出", 9.93],
        [7, "科学技术支出", 12.56],
        [8, "节能环保支出", 19.24],
        [9, "交通运输支出", 127.31],
        ["合计", null, 529.41],
        ["注：1.支持生态文明先行示范区建设共安排53.67亿元，用于生态保护财力转移支付补助、森林生态效益补偿、造林绿化、水土流失治理和宜居环境建设等，分列于上述有关项目。", null, null],
        ["2.2014年全省一般公共预算总收入3828.02亿元，完成年初预算的100.6%；2015年全省一般公共预算总收入预计4309亿元，增长10%。", null, null],
      ],
      merges: ["A1:C1", "A13:B13", "A14:C14", "A15:C15"],
      numberFormats: { "C4:C13": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "主要支出项目", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 13, columns: { B: "line", C: "initialBudget" }, year: 2015 },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "C13",
        why: "合计 529.41; 104.03 + 86.23 + 102.96 + 118.82 + 11.33 + 9.93 + 12.56 + 19.24 + 127.31 = 592.41 (63.00亿元 short: digits transposed)",
      },
    ],
    absent: [
      { rule: "execution.no-spending", why: "a budget table alone (…安排表, one 预算数 column): no line gets a spending status" },
      { rule: "execution.total-mismatch", cell: "C4", why: "the notes' 53.67亿元 (生态文明) and 3828.02 / 4309亿元 (revenue) are no lines of the table" },
      { rule: "execution.rate-mismatch", why: "no rate column; 100.6% in the note speaks of 2014's revenue" },
      { rule: "input.unreadable-value", why: "the notes under the table are text" },
    ],
  },
};
