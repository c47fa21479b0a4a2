import type { CorpusLayout } from "../types";

// 山东省大学生科技创新大赛奖励办法 (2015-05, in force 2015-07-15 to 2020-06-30): fixed awards per prize-winning entry (一等奖10000元 …) to its
// authors and, smaller, to its 指导教师, and 5万元 to each school given the 优秀组织奖 — laid out one award per row under 条款 | 奖励对象 | 奖励项目 |
// 奖励标准, with a list of 优秀组织奖 schools of ours on a second sheet.
export const layout: CorpusLayout = {
  id: "shandong-2015-college-innovation-contest-awards",
  source: {
    title: "关于印发山东省大学生科技创新大赛奖励办法的通知（条款表与优秀组织奖名单据正文拟）",
    url: "https://sd.010b.com/policy/detail/179143.html",
    publisher: "山东省（政策汇编转载）",
    date: "2015-05-24",
    changes:
      "The 办法's 第二条 – 第四条 are split into one award per row (条款 | 奖励对象 merged down | 奖励项目 | 奖励标准 in the 办法's words, " +
      "the prize named in the 奖励项目), as the prose gives them: 作者 10000 / 8000 / 5000元, 指导教师 5000 / 4000 / 3000元, 优秀组织奖 5万元 a " +
      "school; 第五条 (paid by the end of May of the next year) as a note. The 2015 优秀组织奖 list (schools and sums) is ours (table-from-prose). " +
      "Planted: 泰岳职业技术学院 given 60000元 against the fixed 5万元, and 沂蒙师范学院 listed twice for the same award.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "item-per-row", "category-merged-down", "clause-number-column", "fixed-awards", "yuan-amounts", "yuan-in-header", "same-body-twice", "universities-as-bodies", "total-at-foot", "notes-under-table", "table-from-prose", "province-policy", "shandong"],
  settings: { district: "山东省" },
  sheets: [
    {
      name: "奖励标准",
      widths: [10, 16, 20, 60],
      rows: [
        ["山东省大学生科技创新大赛奖励标准", null, null, null],
        ["条款", "奖励对象", "奖励项目", "奖励标准"],
        ["第二条", "获奖作品作者", "作品一等奖作者奖励", "按获奖项目（包括团体项目和个人项目）奖励，一等奖10000元。"],
        ["第二条", null, "作品二等奖作者奖励", "按获奖项目（包括团体项目和个人项目）奖励，二等奖8000元。"],
        ["第二条", null, "作品三等奖作者奖励", "按获奖项目（包括团体项目和个人项目）奖励，三等奖5000元。"],
        ["第三条", "获奖作品指导教师", "作品一等奖指导教师奖励", "按获奖项目（包括团体项目和个人项目）奖励，一等奖5000元。"],
        ["第三条", null, "作品二等奖指导教师奖励", "按获奖项目（包括团体项目和个人项目）奖励，二等奖4000元。"],
        ["第三条", null, "作品三等奖指导教师奖励", "按获奖项目（包括团体项目和个人项目）奖励，三等奖3000元。"],
        ["第四条", "获优秀组织奖的学校", "优秀组织奖", "每个获奖学校奖励5万元，主要用于支持大学生开展科技创新活动，研发科技创新作品。"],
        ["注：奖励资金于大学生科技创新大赛次年5月底前拨付到各有关高校，实行单独核算，专款专用。", null, null, null],
      ],
      merges: ["A1:D1", "B3:B5", "B6:B8", "A10:D10"],
    },
    {
      name: "优秀组织奖名单",
      widths: [6, 28, 16, 16],
      rows: [
        ["2015年山东省大学生科技创新大赛优秀组织奖奖励名单", null, null, null],
        ["序号", "学校名称", "奖励项目", "奖励金额（元）"],
        [1, "山东海岱理工学院", "优秀组织奖", 50000],
        [2, "沂蒙师范学院", "优秀组织奖", 50000],
        [3, "泰岳职业技术学院", "优秀组织奖", 60000],
        [4, "琴岛科技学院", "优秀组织奖", 50000],
        [5, "黄河口工程学院", "优秀组织奖", 50000],
        [6, "沂蒙师范学院", "优秀组织奖", 50000],
        [7, "鲁西商贸职业学院", "优秀组织奖", 50000],
        ["合计", null, null, 360000],
      ],
      merges: ["A1:D1", "A10:C10"],
      numberFormats: { "D3:D10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励标准", kind: "catalog", headerRow: 2, lastRow: 9, columns: { A: "document", B: "category", C: "item", D: "standard" } },
      {
        sheet: "优秀组织奖名单",
        kind: "register",
        unit: "元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "enterprise", C: "item", D: "approved" },
        year: 2015,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "优秀组织奖名单", cell: "D5", why: "优秀组织奖 is a fixed 5万元 a school (第四条); 泰岳职业技术学院 60,000元, 10,000元 over" },
      { rule: "register.duplicate", sheet: "优秀组织奖名单", cell: "D8", why: "沂蒙师范学院 already has 优秀组织奖 for 2015 on row 4" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "奖励标准", why: "each row states one fixed sum (10000元 … 5万元); 团体项目和个人项目 names no figure" },
      { rule: "cap.unknown-policy", why: "优秀组织奖 is a row of the sheet's own 奖励标准" },
      { rule: "cap.exceeded", sheet: "优秀组织奖名单", cell: "D10", why: "合计 360,000 = 50,000 × 6 + 60,000 adds the rows; it is not an award" },
      { rule: "cap.exceeded", sheet: "优秀组织奖名单", cell: "D3", why: "50,000元 is exactly the fixed 5万元" },
      { rule: "register.invalid-credit-code", why: "the list gives no credit codes" },
      { rule: "register.unpaid", why: "an award list records no payments" },
      { rule: "input.unreadable-value", why: "the note under the 奖励标准 is text" },
    ],
  },
};
