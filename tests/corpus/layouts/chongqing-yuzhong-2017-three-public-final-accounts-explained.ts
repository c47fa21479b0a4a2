import type { CorpusLayout } from "../types";

// 重庆市渝中区财政局 2018-10 (reposted 2023-09 as 相关解读): the 2017 三公 决算 grid — 经费项目 | 2017年度支出（万元） | 支出减少情况（万元） | 支出减少率,
// the car line with its 购置 and 运行维护 parts as plain rows under it, the total at the foot, the change columns all dashes; the car line typed 4,085.29 for 4,058.29.
export const layout: CorpusLayout = {
  id: "chongqing-yuzhong-2017-three-public-final-accounts-explained",
  source: {
    title: "渝中区2017年“三公”经费决算汇总情况（相关解读）",
    url: "http://www.cqyz.gov.cn/zjyz/sj_229/sjjd_31744/202309/t20230911_12325850.html",
    publisher: "重庆市渝中区财政局",
    date: "2018-10-08",
    changes:
      "The first grid is as the page shows it: 2017年度渝中区一般公共预算财政拨款开支“三公”经费决算情况, 经费项目 | 2017年度支出 （万元） | 支出减少情况（万元） | " +
      "支出减少率, the lines 因公出国（境）费 91.85, 公务接待费 183.19, 公务用车购置及运行维护费 4,058.29 with 公务用车购置费 1,471.69 and 公务用车运行维护费 2,586.60 " +
      "as plain rows, “三公”经费支出 4,333.33 at the foot, every change cell a dash; the page's paragraph (1,276.52万元 less, 22.75%) is kept as the note. The " +
      "second grid (使用情况: 团组数, 人次, 车辆数, 接待批次 — counts, no money) is left out. Planted: the car line typed 4,085.29 where its parts give 4,058.29.",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "ceiling-lines", "qizhong-lines", "plain-part-rows", "spending-only", "no-budget-column", "dash-columns", "total-at-foot", "unit-in-header", "two-decimal-wanyuan", "year-in-title", "past-year", "notes-under-table", "district-level", "chongqing"],
  settings: { district: "渝中区" },
  sheets: [
    {
      name: "三公决算",
      widths: [30, 18, 18, 12],
      rows: [
        ["2017年度渝中区一般公共预算财政拨款开支“三公”经费决算情况", null, null, null],
        ["经费项目", "2017年度支出 （万元）", "支出减少情况（万元）", "支出减少率"],
        ["因公出国（境）费", 91.85, "-", "-"],
        ["公务接待费", 183.19, "-", "-"],
        ["公务用车购置及运行维护费", 4085.29, "-", "-"],
        ["公务用车购置费", 1471.69, "-", "-"],
        ["公务用车运行维护费", 2586.6, "-", "-"],
        ["“三公”经费支出", 4333.33, "-", "-"],
        ["注：2017年度“三公”经费支出比上年减少1,276.52万元，下降22.75%；其中检察院、法院、审计局三个单位上划市级，减少342.74万元。", null, null, null],
      ],
      merges: ["A1:D1", "A9:D9"],
      numberFormats: { "B3:B8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公决算",
        kind: "execution",
        unit: "万元",
        headerRow: 2,
        lastRow: 8,
        columns: { A: "line", B: "actual" },
        year: 2017,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B5", why: "公务用车购置及运行维护费 4,085.29 against 购置费 1,471.69 + 运行维护费 2,586.60 = 4,058.29" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B8", why: "“三公”经费支出 4,333.33 = 91.85 + 183.19 + (1,471.69 + 2,586.60): the car line's slip is reported once, at the line; its parts are not added again" },
      { rule: "input.unreadable-value", why: "the change columns hold dashes (nothing), and the note is text" },
      { rule: "execution.no-spending", why: "no budget column: no line has a budget to leave unspent" },
      { rule: "execution.overspent", why: "no budget column" },
      { rule: "execution.behind-schedule", why: "no budget column, and 三公 lines are ceilings" },
      { rule: "execution.rate-mismatch", why: "支出减少率 holds only dashes; it is a change rate, not an execution rate" },
    ],
  },
};
