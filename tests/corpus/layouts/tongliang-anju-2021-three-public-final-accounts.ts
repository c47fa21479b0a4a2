import type { CorpusLayout } from "../types";

// 铜梁区安居镇 (重庆) 2021: the town's 三公经费 as budgeted at the year's start and as spent, with the change from the budget.
export const layout: CorpusLayout = {
  id: "tongliang-anju-2021-three-public-final-accounts",
  source: {
    title: "重庆市铜梁区安居镇人民政府2021年“三公”经费决算汇总情况",
    url: "https://cqstl.gov.cn/jz/ajz_70782/zwgk_70755/fdzdgknr_70758/ysjs3334/jsgk/202210/t20221026_11229485.html",
    publisher: "重庆市铜梁区安居镇人民政府",
    date: "2022-10-26",
    changes:
      "The page is prose; the table is ours (表据正文拟). As published: budget 20万元 (因公出国（境）费 0, 公务接待费 9, 公务用车运行维护费 11, " +
      "公务用车购置 0); spent 9.07万元, 10.93万元 (54.65%) below the budget. The split of the 9.07 between 公务接待费 (2.35) and 公务用车运行维护费 " +
      "(6.72) and the lines' changes are ours. Nothing is planted: a clean layout whose temptations are the ceilings spent well below budget at " +
      "the year's end, the zero-budget lines, and a 增减率 column of negative shares that is no execution rate.",
  },
  classes: ["execution", "three-public", "clean", "ceilings", "change-columns", "built-from-prose", "wanyuan-caption", "chongqing"],
  sheets: [
    {
      name: "三公经费",
      widths: [28, 14, 12, 12, 12],
      rows: [
        ["安居镇2021年“三公”经费决算汇总表（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "年初预算数", "决算数", "较预算增减额", "较预算增减率"],
        ["合计", 20, 9.07, -10.93, "-54.65%"],
        ["因公出国（境）费", 0, 0, 0, "—"],
        ["公务接待费", 9, 2.35, -6.65, "-73.89%"],
        ["公务用车购置费", 0, 0, 0, "—"],
        ["公务用车运行维护费", 11, 6.72, -4.28, "-38.91%"],
        ["注：“三公”经费支出较预算下降，主要原因是认真贯彻落实中央八项规定精神和厉行节约要求，从严控制“三公”经费。联系电话：023-45855004", null, null, null, null],
      ],
      merges: ["A1:E1", "A9:E9"],
      numberFormats: { "B4:D8": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 8, columns: { A: "line", B: "initialBudget", C: "actual" }, year: 2021 },
    ],
    findings: [],
    absent: [
      { rule: "execution.behind-schedule", cell: "C6", why: "三公经费 lines are ceilings: 2.35 of 9 spent is saving, never behind schedule" },
      { rule: "execution.behind-schedule", cell: "C8", why: "6.72 of 11 on a ceiling line" },
      { rule: "execution.behind-schedule", cell: "C4", why: "a total row gets no status of its own" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费 had no budget (0)" },
      { rule: "execution.no-spending", cell: "C7", why: "公务用车购置费 had no budget (0)" },
      { rule: "execution.total-mismatch", cell: "B4", why: "20 = 0 + 9 + 0 + 11" },
      { rule: "execution.total-mismatch", cell: "C4", why: "9.07 = 0 + 2.35 + 0 + 6.72" },
      { rule: "execution.total-mismatch", cell: "D4", why: "-10.93 = 0 - 6.65 + 0 - 4.28" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "较预算增减率 is the change from the budget (9.07 / 20 - 1 = -54.65%), no execution rate" },
      { rule: "execution.rate-mismatch", cell: "E6", why: "-73.89% = 2.35 / 9 - 1, a change, no execution rate" },
      { rule: "execution.overspent", why: "every line is below its budget" },
      { rule: "input.unreadable-value", why: "the dashes in 增减率 stand for no share; the note is prose" },
    ],
  },
};
