import type { CorpusLayout } from "../types";

// 内蒙古自治区 2020 重大项目推进 press conference: 3,109 major projects, 总投资 25,790亿元, 年内计划完成投资 5,059亿元, counted by field
// (产业发展 830, 城镇基础设施 378, 农林水利 226, 能源 294, 交通 220, 社会事业 460, 生态环保 159, 物流基础设施 64, 其他 478) — as 领域 | 项目个数 |
// 总投资 | 年内计划投资, 全区合计 first, the progress so far in the note.
export const layout: CorpusLayout = {
  id: "neimenggu-2020-major-projects-plan-by-field",
  source: {
    title: "内蒙古2020年计划实施重大项目3109个 总投资25790亿元（重大项目计划表据报道拟）",
    url: "http://www.wqcgm.cn/news/959164.html",
    publisher: "（转载内蒙古自治区重大项目推进情况新闻发布会）",
    date: "2020",
    changes:
      "The report is prose; no grid was found for it. Kept as published: the nine fields' project counts (adding up to 3,109), the totals " +
      "25,790 and 5,059亿元, and the progress (1,063 projects started, 计划总投资 11,424亿元, 完成投资 173亿元). Ours: each field's 总投资 and 年内计划投资. " +
      "Planted: 交通's 年内计划投资 typed 460 where the column's 合计 5,059 needs 640, so the lines add up to 4,879.",
  },
  classes: ["composition", "investment-plan", "allocation-by-field", "count-column", "two-money-columns", "total-row-first", "whole-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "news-report", "province-level", "inner-mongolia"],
  settings: { district: "内蒙古自治区" },
  sheets: [
    {
      name: "重大项目计划",
      widths: [20, 12, 14, 16],
      rows: [
        ["内蒙古自治区2020年重大项目计划表（按领域分）", null, null, null],
        [null, null, null, "单位：个、亿元"],
        ["领域", "项目个数", "总投资", "年内计划投资"],
        ["全区合计", 3109, 25790, 5059],
        ["产业发展", 830, 9860, 1920],
        ["城镇基础设施", 378, 2450, 520],
        ["农林水利", 226, 1180, 260],
        ["能源", 294, 5320, 980],
        ["交通", 220, 3260, 460],
        ["社会事业", 460, 1540, 330],
        ["生态环保", 159, 760, 150],
        ["物流基础设施", 64, 420, 95],
        ["其他", 478, 1000, 164],
        ["注：截至发布时，引绰济辽工程、呼和浩特轨道交通2号线一期工程等1063个重大项目开复工（新建269个、续建794个），计划总投资11424亿元，完成投资173亿元。", null, null, null],
      ],
      merges: ["A1:D1", "A14:D14"],
      numberFormats: { "B4:D13": "#,##0" },
    },
  ],
  // Corrected after measurement (counted failed): the year's planned investment is a plan's amount and 总投资 a further
  // amount, as the corpus reads them (wenchang-2023, hainan-2023); the findings stand as stated.
  expect: {
    tables: [
      { sheet: "重大项目计划", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 13, columns: { A: "line", C: "amount:总投资", D: "amount" }, year: 2020 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D4", why: "年内计划投资 lines 1,920 + 520 + 260 + 980 + 460 + 330 + 150 + 95 + 164 = 4,879, the 全区合计 says 5,059" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C4", why: "9,860 + 2,450 + 1,180 + 5,320 + 3,260 + 1,540 + 760 + 420 + 1,000 = 25,790" },
      { rule: "composition.total-mismatch", cell: "B4", why: "the counts add up: 3,109 projects (and are no money)" },
      { rule: "composition.line-mismatch", why: "no unit amount: 项目个数 is a count, no quantity money is multiplied by" },
      { rule: "composition.total-mismatch", cell: "A14", why: "the progress in the note (11,424 / 173) is no line" },
    ],
  },
};
