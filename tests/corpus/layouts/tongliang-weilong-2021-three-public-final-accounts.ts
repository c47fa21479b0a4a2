import type { CorpusLayout } from "../types";

// 重庆市铜梁区围龙镇 2022-10: the town's 2021 “三公” final account, published as one paragraph (4.5 万元, all car running costs;
// 0.03 below last year, 6.3 below the 年初预算, −58.3%). Set as the usual vertical table: 项目 | 上年决算数 | 年初预算数 | 本年决算数,
// 合计 first, the car line split 其中 购置 | 运行维护.
export const layout: CorpusLayout = {
  id: "tongliang-weilong-2021-three-public-final-accounts",
  source: {
    title: "重庆市铜梁区围龙镇人民政府2021年度“三公”经费决算汇总情况（表据正文拟）",
    url: "https://cqstl.gov.cn/jz/wlz_70794/zwgk_70755/fdzdgknr_70758/ysjs3334/jsgk/202210/t20221014_11189975.html",
    publisher: "重庆市铜梁区围龙镇人民政府",
    date: "2022-10-14",
    changes:
      "The page gives the account in prose (决算 4.5 万元: 出国 0, 接待 0, 车 4.5 of which 购置 0 and 运行维护 4.5; 上年 4.53; 年初预算 10.8). The " +
      "table is ours; how the budget split between the lines is ours. Planted: 公务接待费 budgeted 2.00 and nothing spent; the 年初预算 合计 " +
      "kept at 10.80 while its lines add to 0 + 8.60 + 2.00 = 10.60.",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "vertical-three-public", "qizhong-split", "last-year-column", "initial-budget-column",
    "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "town-government", "chongqing",
  ],
  settings: { asOf: "2022-10-14", district: "重庆市铜梁区" },
  sheets: [
    {
      name: "三公经费",
      widths: [34, 14, 14, 14],
      rows: [
        ["围龙镇本级2021年度“三公”经费决算汇总表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "上年决算数", "年初预算数", "本年决算数"],
        ["“三公”经费合计", 4.53, 10.8, 4.5],
        ["1.因公出国（境）费", 0, 0, 0],
        ["2.公务用车购置及运行维护费", 4.53, 8.6, 4.5],
        ["  其中：公务用车购置费", 0, 0, 0],
        ["        公务用车运行维护费", 4.53, 8.6, 4.5],
        ["3.公务接待费", 0, 2, 0],
        ["注：本年“三公”经费决算较上年减少0.03万元，下降0.6%，主要是严格落实中央八项规定精神，严控“三公”经费支出。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:D9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", C: "initialBudget", D: "actual" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "年初预算 合计 10.80 where 0 + 8.60 + 2.00 = 10.60 (0.20 over)" },
      { rule: "execution.no-spending", cell: "D9", why: "公务接待费: 2.00 budgeted, 0 spent (a ceiling, but nothing spent still counts)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D4", why: "决算 4.50 = 0 + 4.50 + 0" },
      { rule: "execution.total-mismatch", cell: "B4", why: "上年 4.53 = 0 + 4.53 + 0 (a comparison column anyway)" },
      { rule: "execution.total-mismatch", cell: "D6", why: "4.50 = 购置 0 + 运行维护 4.50" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: 4.50 of 8.60 on cars is economy" },
      { rule: "execution.no-spending", cell: "D5", why: "因公出国（境）费 has no budget: nothing to spend" },
      { rule: "execution.no-spending", cell: "D7", why: "公务用车购置费 has no budget" },
      { rule: "execution.no-spending", cell: "D4", why: "the 合计 carries no status of its own" },
      { rule: "input.unreadable-value", sheet: "三公经费", cell: "A10", why: "the 注 line is a note" },
    ],
  },
};
