import type { CorpusLayout } from "../types";

// 中共宣城市宣州区直属机关工作委员会 2020: the 一般公共预算“三公”经费支出预算表 published as a grid — 项 目 | 预 算 数, 合 计 first, the car
// line split 其中：公务用车运行费 / 公务用车购置费 — with the explanation (一)(二)(三) under it.
export const layout: CorpusLayout = {
  id: "xuanzhou-2020-direct-organs-committee-three-public-budget",
  source: {
    title: "宣州区直工委2020年一般公共预算“三公”经费支出预算表及情况说明",
    url: "https://www.xuanzhou.gov.cn/OpennessContent/show/2128667.html",
    publisher: "中共宣城市宣州区直属机关工作委员会",
    date: "2020",
    changes:
      "As published: the two headings (一、…支出预算表 / 二、…情况说明), the caption 单位：万元, the spaced headings 项 目 | 预 算 数 and 合 计, " +
      "the line order with 其中：公务用车运行费 and 公务用车购置费 under the car line, 因公出国(境)费 left blank, the three explanation paragraphs. " +
      "Ours: the figures (the office budgeted 0.36万元 of 公务接待费 only) and the explanation's sums to match them. " +
      "Planted: 公务用车购置及运行费 typed 1.50 where its 运行费 1.20 and 购置费 0.50 make 1.70; the 合计 2.46 adds the car line as typed.",
  },
  classes: [
    "execution", "budget-only", "three-public", "total-row-first", "qizhong-split", "blank-as-nothing", "spaced-headings",
    "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "district-department", "anhui",
  ],
  settings: { district: "宣城市宣州区" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [30, 16],
      rows: [
        ["一、2020年一般公共预算“三公”经费支出预算表", null],
        ["单位：万元", null],
        ["项 目", "预 算 数"],
        ["合 计", 2.46],
        ["因公出国(境)费", null],
        ["公务接待费", 0.96],
        ["公务用车购置及运行费", 1.5],
        ["其中：公务用车运行费", 1.2],
        ["公务用车购置费", 0.5],
        ["二、2020年“三公”经费支出预算情况说明", null],
        ["区直工委2020年一般公共预算“三公”经费支出预算为2.46万元，比2019年预算减少0.12万元，下降4.65%。其中：因公出国(境)费支出预算为0万元，公务接待费支出预算为0.96万元，公务用车购置及运行费支出预算为1.50万元。具体情况如下：", null],
        ["（一）因公出国(境)费支出0万元。与2019年预算相比，减少0万元。", null],
        ["（二）公务接待费支出0.96万元，比2019年预算减少0.12万元，主要是严格执行公务接待相关制度规定，严格控制公务接待规模、数量、标准。经费使用严格执行《党政机关厉行节约反对浪费条例》、《安徽省省直机关公务接待管理暂行办法》(财行〔2014〕2066号)等相关规定。", null],
        ["（三）公务用车购置及运行费支出1.50万元，与2019年预算持平。", null],
      ],
      merges: ["A1:B1", "A2:B2", "A10:B10", "A11:B11", "A12:B12", "A13:B13", "A14:B14"],
      numberFormats: { "B4:B9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget" }, year: 2020 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B7", why: "公务用车购置及运行费 1.50 but its parts 公务用车运行费 1.20 + 公务用车购置费 0.50 = 1.70 (the two spell the line's name)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "合 计 2.46 = 因公出国 (blank) + 0.96 + 1.50 as typed: the slip is the car line's, reported once" },
      { rule: "execution.total-mismatch", cell: "B8", why: "the 其中 lines are parts of the car line, never added into the 合计 beside it" },
      { rule: "execution.no-spending", why: "a budget table: no spending column, nothing to measure" },
      { rule: "execution.behind-schedule", why: "a budget table; and 三公 lines are ceilings" },
      { rule: "input.unreadable-value", cell: "B5", why: "因公出国(境)费 left blank as published: no figure, not an unreadable one" },
      { rule: "input.unreadable-value", cell: "A11", why: "the explanation under the table is prose, not figures" },
    ],
  },
};
