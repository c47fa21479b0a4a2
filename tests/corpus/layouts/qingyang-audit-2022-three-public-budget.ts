import type { CorpusLayout } from "../types";

// 青阳县审计局 2022年“三公”经费预算 (池州市青阳县): Anhui's departmental 三公 notice — 一、2022年“三公”经费支出预算表 (项目 | 预算数, 合计
// first, 公务用车购置及运行费 over 其中：公务用车运行费 and 公务用车购置费), then 二、…支出预算情况说明 in sentences under the table.
export const layout: CorpusLayout = {
  id: "qingyang-audit-2022-three-public-budget",
  source: {
    title: "青阳县审计局2022年“三公”经费预算",
    url: "http://www.chidc.com.cn/OpennessContent/show/1253381.html",
    publisher: "青阳县审计局",
    date: "2022",
    changes:
      "Kept as published: the notice's title line, the 一、 table heading, 项目 | 预算数, 合计 first (typed with one decimal as published, the lines " +
      "with two), the line wording with 其中：公务用车运行费 and the unmarked 公务用车购置费 under it, the 二、 heading and its explanation in " +
      "sentences (shortened to the three items). The stored copy shows no unit line; 单位：万元 is written as Anhui's template of the year prints " +
      "it over the table (the sentences say 万元). Figures are ours. Planted: 公务用车购置费 typed 1.60 (the sentence below says 2万元), so " +
      "公务用车购置及运行费 5.80 stands over parts of 3.80 + 1.60 = 5.40; 合计 12.6 = 0.00 + 6.80 + 5.80 agrees with the lines as typed.",
  },
  classes: [
    "execution", "budget-only", "three-public-expenses", "ceiling-lines", "qizhong-lines", "unmarked-second-part", "total-row-first",
    "one-decimal-total", "two-decimal-wanyuan", "wanyuan-caption", "explanation-under-table", "county-department", "anhui",
  ],
  settings: { district: "青阳县" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [34, 16],
      rows: [
        ["青阳县审计局2022年“三公”经费预算", null],
        ["一、2022年“三公”经费支出预算表", null],
        [null, "单位：万元"],
        ["项目", "预算数"],
        ["合计", 12.6],
        ["因公出国（境）费", 0],
        ["公务接待费", 6.8],
        ["公务用车购置及运行费", 5.8],
        ["其中：公务用车运行费", 3.8],
        ["公务用车购置费", 1.6],
        ["二、2022年“三公”经费支出预算情况说明", null],
        ["青阳县审计局2022年度“三公”经费支出预算为12.6万元，比2021年预算增加1.2万元，增加10.53%。其中：因公出国（境）费支出预算为0万元，公务接待费支出预算为6.8万元，公务用车购置及运行费支出预算为5.8万元。", null],
        ["（一）因公出国（境）费预算0万元，比2021年预算减少0万元，原因主要是无该项预算。", null],
        ["（二）公务接待费预算6.8万元，较2021年预算减少0.4万元，原因主要是进一步厉行节约，减少公务接待批次和人次。", null],
        ["（三）公务用车购置及运行费支出预算为5.8万元，其中公务用车购置费2万元，用于更新1辆已达报废年限的执法执勤用车；公务用车运行费3.8万元，主要用于车辆燃料费、维修费、过路过桥费、保险费等支出。", null],
      ],
      merges: ["A1:B1", "A2:B2", "A11:B11", "A12:B12", "A13:B13", "A14:B14", "A15:B15"],
      numberFormats: { "B5": "0.0", "B6:B10": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算", kind: "execution", unit: "万元", headerRow: 4, lastRow: 10, columns: { A: "line", B: "initialBudget" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B8", why: "公务用车购置及运行费 5.80; its parts 运行费 3.80 + 购置费 1.60 = 5.40 (0.40 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B5", why: "合计 12.6 = 0.00 + 6.80 + 5.80, the line as typed (its slip against its parts is reported once, at the line); the 其中 parts are not added again" },
      { rule: "execution.no-spending", why: "a budget table records no spending: no line is measured" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, and a budget table records no spending" },
      { rule: "input.unreadable-value", cell: "A12", why: "the explanation's sentences are text under the table, no figures of it" },
    ],
  },
};
