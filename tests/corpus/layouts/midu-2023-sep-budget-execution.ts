import type { CorpusLayout } from "../types";

// 弥渡县 (云南 大理州) 2023年1-9月财政预算执行情况: revenue against the budget 县人民代表大会批准, 其中 税收 / 非税, the fund
// revenue, spending against its budget and, under it, the main functions' spending with last year's figure and growth only —
// laid out as the table the report's prose reads as (项目 | 全年预算数 | 1-9月完成数 | 为预算% | 上年同期数 | 增长%), 万元.
export const layout: CorpusLayout = {
  id: "midu-2023-sep-budget-execution",
  source: {
    title: "（弥渡县）2023年1-9月财政预算收支完成情况（表据正文拟）",
    url: "http://mdx.gov.cn/info/2069/42656.htm",
    publisher: "弥渡县人民政府（县财政局）",
    date: "2023-10",
    changes:
      "The stored page gives the figures as prose (一般公共预算收入 … 为县人民代表大会批准全县全年预算 … 的80.43%, 比上年同期 … 增长6.9%; 其中 " +
      "税收收入 / 非税收入; 政府性基金收入; 一般公共预算支出 and, 其中, ten functions with last year's figure and growth only). The table " +
      "(headings, order, 其中 rows) is laid out from that wording; the county is named from the host (mdx.gov.cn), the excerpt saying 全县. " +
      "Every figure is ours. Planted: 一般公共预算支出 为预算% stated 83.93% where 172,080 / 207,500 = 82.93%; 一般公共预算收入 38,150 where " +
      "税收收入 23,060 + 非税收入 15,190 = 38,250.",
  },
  classes: ["execution", "revenue-and-spending", "as-of-in-title", "mid-year", "qizhong-lines", "qizhong-only-some", "growth-rate-column", "rates-as-text", "report-as-prose", "wanyuan-caption", "notes-under-table", "yunnan"],
  settings: { asOf: "2023-09-30" },
  sheets: [
    {
      name: "1-9月执行",
      widths: [30, 14, 14, 12, 14, 12],
      rows: [
        ["弥渡县2023年1-9月财政预算收支完成情况", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["项目", "全年预算数", "1-9月完成数", "为预算%", "上年同期数", "增长%"],
        ["一、一般公共预算收入", 47200, 38150, "80.83%", 35640, "7.0%"],
        ["其中：税收收入", 33100, 23060, "69.7%", 22410, "2.9%"],
        ["非税收入", 14100, 15190, "107.7%", 13230, "14.8%"],
        ["二、政府性基金收入", 15900, 6410, "40.3%", 9020, "-28.9%"],
        ["三、一般公共预算支出", 207500, 172080, "83.93%", 165860, "3.8%"],
        ["其中：一般公共服务支出", null, 12210, null, 17480, "-30.1%"],
        ["公共安全支出", null, 5420, null, 4960, "9.3%"],
        ["教育支出", null, 24610, null, 22350, "10.1%"],
        ["科学技术支出", null, 265, null, 142, "86.6%"],
        ["文化旅游体育与传媒支出", null, 2910, null, 1300, "123.8%"],
        ["社会保障和就业支出", null, 27350, null, 24800, "10.3%"],
        ["卫生健康支出", null, 14190, null, 24520, "-42.1%"],
        ["节能环保支出", null, 9050, null, 1470, "515.6%"],
        ["城乡社区支出", null, 7310, null, 4730, "54.5%"],
        ["农林水支出", null, 44600, null, 30200, "47.7%"],
        ["注：支出“其中”列主要科目，未列全部科目。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A19:F19"],
      numberFormats: { "B4:C18": "#,##0", "E4:E18": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "1-9月执行",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 18,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D8", why: "一般公共预算支出 172,080 / 207,500 = 82.93%, stated 83.93%" },
      { rule: "execution.total-mismatch", cell: "C4", why: "一般公共预算收入 38,150 where 税收收入 23,060 + 非税收入 15,190 = 38,250 (its two 其中 lines are all of it): 100万元 apart" },
      // Revenue's pace (收入进度) is watched as spending's is (docs/rules.md, execution.behind-schedule). Changed with that
      // rule after the thirty-third holdout: this layout stated "no behind-schedule anywhere: revenue rows are not spending".
      { rule: "execution.behind-schedule", cell: "C5", why: "税收收入 23,060 / 33,100 = 69.67% at 2023-09-30 (time progress 75%): 5.33 points behind, beyond the 5 allowed" },
      { rule: "execution.behind-schedule", cell: "C7", why: "政府性基金收入 6,410 / 15,900 = 40.31% at 2023-09-30: 34.69 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "budgets 33,100 + 14,100 = 47,200" },
      { rule: "execution.total-mismatch", cell: "C8", why: "the ten functions under 其中 (147,915) are only the main ones, as the note says: not all of 172,080" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "38,150 / 47,200 = 80.83%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "23,060 / 33,100 = 69.67% → 69.7%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "15,190 / 14,100 = 107.73% → 107.7%" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "6,410 / 15,900 = 40.31% → 40.3%" },
      { rule: "execution.overspent", cell: "C6", why: "非税收入 above its budget is revenue collected, not spending" },
      { rule: "execution.behind-schedule", why: "一般公共预算收入 80.83% and 支出 82.93% are ahead of 75%; 非税收入 is above its budget (collected beyond plan, no status)" },
      { rule: "execution.no-spending", why: "the function rows state no budget" },
      { rule: "execution.rate-mismatch", cell: "F4", why: "增长% compares with last year, not with the budget" },
    ],
  },
};
