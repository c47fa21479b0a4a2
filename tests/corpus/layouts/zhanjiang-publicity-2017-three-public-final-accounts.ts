import type { CorpusLayout } from "../types";

// 湛江市委宣传部 2017: the 三公 account of the year (35万元: 因公出国（境） 0, 公务用车购置及运行维护 5, 公务接待 30; 2.28 below 2016 —
// the car 0.28, reception 2), laid out as a 三公 final-account table: 项目 | 2017年预算数 | 2017年决算数 | 比上年增减, 合计 first, the car
// line split 其中, the cars and receptions in a note under it.
export const layout: CorpusLayout = {
  id: "zhanjiang-publicity-2017-three-public-final-accounts",
  source: {
    title: "2017年湛江市委宣传部“三公”经费增减情况说明（“三公”经费支出决算表据说明拟）",
    url: "http://www.duoyuan-iws.com.cn/zdlyxxgk/czyjshsg/sgjf/content/post_1359998.html",
    publisher: "中共湛江市委宣传部",
    date: "2018",
    changes:
      "The page gives the year in prose (支出合计35万元, 比上年减少2.28万元: 因公出国（境）费0, 公务用车购置及运行维护费5万元 (down 0.28), " +
      "公务接待费30万元 (down 2), 保有量2辆, 接待记者46批次约600人) with its 占 % left blank; the table, its headings and the 预算数 column are " +
      "ours (表据说明拟), the 决算 and 增减 figures the page's. Planted: the 预算数 合计 typed 43.00 where its three lines add up to 34.00; " +
      "公务接待费 30.00 spent against a budget of 28.00.",
  },
  classes: ["execution", "three-public-expenses", "final-accounts", "ceiling-lines", "qizhong-lines", "difference-column", "negative-differences", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "city-department", "guangdong"],
  sheets: [
    {
      name: "三公经费",
      widths: [34, 16, 16, 14],
      rows: [
        ["2017年湛江市委宣传部财政拨款“三公”经费支出决算表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "2017年预算数", "2017年决算数", "比上年增减"],
        ["合计", 43, 35, -2.28],
        ["1.因公出国（境）费", 0, 0, 0],
        ["2.公务用车购置及运行维护费", 6, 5, -0.28],
        ["  其中：公务用车购置费", 0, 0, 0],
        ["        公务用车运行维护费", 6, 5, -0.28],
        ["3.公务接待费", 28, 30, -2],
        ["注：公务用车保有量2辆；全年接待记者46批次，约600人。接待费减少的原因主要是严格执行中央“八项规定”，严控公务接待开支。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:D9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2017 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B4", why: "预算数 合计 43.00 ≠ 0 + 6.00 + 28.00 = 34.00 (9.00万元 over its lines)" },
      { rule: "execution.overspent", cell: "C9", why: "公务接待费 spent 30.00 against a budget of 28.00 (2.00 over; a 三公 ceiling overspent is still overspent)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "决算 0 + 5.00 + 30.00 = 35.00, as stated" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the car line 5.00 = its 其中 0 + 5.00; the 其中 lines are not added into the 合计 again" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: the car line's 5.00 of 6.00 is economy, not slowness" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费 has no budget (0) and spends nothing" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "比上年增减 is a difference on 2016 (0 − 0.28 − 2.00 = −2.28), no rate" },
    ],
  },
};
