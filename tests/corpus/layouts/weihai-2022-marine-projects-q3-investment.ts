import type { CorpusLayout } from "../types";

// 威海市 2022-10-20: the city's key marine-industry projects to the end of September — for the city and each 区市, the number of projects, the
// investment done 1-9月 and its share of the year's plan, the smaller districts' investment written in 万元 among figures in 亿元. Prose
// (one sentence per 区市); set out as the table it reads as, with the year's plan beside.
export const layout: CorpusLayout = {
  id: "weihai-2022-marine-projects-q3-investment",
  source: {
    title: "威海市2022年市级海洋产业重点项目1-9月推进情况（表据正文拟）",
    url: "http://kmsrf.com/art/2022/10/20/art_59449_3133145.html",
    publisher: "威海市（镜像页）",
    date: "2022-10-20",
    changes:
      "As published: the eight 区市 in order (环翠区, 文登区, 荣成市, 乳山市, 高区, 经区, 临港区, 南海新区), 80 projects, investment in 亿元 except 经区 and " +
      "临港区 written in 万元, and 占年度计划的% to one decimal; the city's total first in the prose. Ours: the table form and headings, the 年度计划投资 " +
      "column (the prose gives the plan for the city only), the total placed at the foot, every figure. Planted: the 合计 完成投资 written 47.36 where " +
      "the 区市 add up to 46.36 (its rate 95.3% agrees with 47.36 / 49.70); 荣成市's 93.9% where 11.52 / 12.90 = 89.3%.",
  },
  classes: ["execution", "investment-plan", "by-district", "count-column", "mixed-units-in-cells", "yiyuan-caption", "rates-as-text", "one-decimal-rates", "as-of-in-title", "mid-year", "table-from-prose", "total-at-foot", "shandong"],
  settings: { asOf: "2022-09-30" },
  sheets: [
    {
      name: "推进情况",
      widths: [12, 10, 16, 16, 16],
      rows: [
        ["2022年1-9月威海市海洋产业重点项目推进情况", null, null, null, null],
        ["单位：亿元", null, null, null, null],
        ["区市", "项目个数", "年度计划投资", "1-9月完成投资", "占年度计划%"],
        ["环翠区", 13, 11.4, 11.06, "97.0%"],
        ["文登区", 18, 7.3, 6.78, "92.9%"],
        ["荣成市", 17, 12.9, 11.52, "93.9%"],
        ["乳山市", 17, 8.8, 8.46, "96.1%"],
        ["高区", 4, 2.5, 2.03, "81.2%"],
        ["经区", 2, 0.9, "7155万元", "79.5%"],
        ["临港区", 1, 1, "9791万元", "97.9%"],
        ["南海新区", 8, 4.9, 4.82, "98.4%"],
        ["合计", 80, 49.7, 47.36, "95.3%"],
      ],
      merges: ["A1:E1", "A2:E2"],
      numberFormats: { "C4:D12": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "推进情况",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 12,
        columns: { A: "line", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2022,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "D12",
        why: "合计 完成投资 47.36; the 区市 add up to 11.06 + 6.78 + 11.52 + 8.46 + 2.03 + 0.7155 + 0.9791 + 4.82 = 46.3646 ≈ 46.36亿元: 1.00亿元 apart",
      },
      { rule: "execution.rate-mismatch", cell: "E6", why: "荣成市 11.52 / 12.90 = 89.3%, stated 93.9%" },
    ],
    absent: [
      { rule: "input.unreadable-value", cell: "D9", why: "7155万元 is an amount with its unit: 0.7155亿元 (0.7155 / 0.90 = 79.5%)" },
      { rule: "input.unreadable-value", cell: "D10", why: "9791万元 = 0.9791亿元 (97.9% of 1.00)" },
      { rule: "execution.rate-mismatch", cell: "E9", why: "0.7155 / 0.90 = 79.50%, shown 79.5%" },
      { rule: "execution.rate-mismatch", cell: "E12", why: "the 合计's 95.3% agrees with its own stated figures, 47.36 / 49.70 = 95.29%" },
      { rule: "execution.total-mismatch", cell: "C12", why: "年度计划 49.70 = 11.40 + 7.30 + 12.90 + 8.80 + 2.50 + 0.90 + 1.00 + 4.90" },
      { rule: "execution.total-mismatch", cell: "B12", why: "项目个数 80 = 13 + 18 + 17 + 17 + 4 + 2 + 1 + 8, a count and no money" },
      { rule: "execution.behind-schedule", why: "as of 09-30 (75% of the year) the lowest, 经区 at 79.5%, is ahead" },
      { rule: "execution.overspent", why: "no 区市 has done more than its plan" },
    ],
  },
};
