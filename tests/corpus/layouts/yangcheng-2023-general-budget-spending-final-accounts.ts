import type { CorpusLayout } from "../types";

// 阳城县财政局 2024-08-29: 阳城县2023年政府决算, 第七部分 (05表) 一般公共预算支出决算功能分类明细表 — spending by 类 with the budget as
// passed (预算数), the adjusted budget, the outcome, the outcome as a share of the adjusted budget and of last year's outcome; 合计 first.
// One share misstated, one 类 spent above its adjusted budget.
export const layout: CorpusLayout = {
  id: "yangcheng-2023-general-budget-spending-final-accounts",
  source: {
    title: "阳城县2023年政府决算 — 第七部分 2023年决算报表（05表）一般公共预算支出决算功能分类明细表",
    url: "http://xxgk.yczf.gov.cn/xzf/ycczj/fdzdgknr/czxx/sfjczyjs/zfjs_xczj/202408/t20240829_2027133.shtml",
    publisher: "阳城县财政局",
    date: "2024-08-29",
    changes:
      "The stored copy shows the 决算's table list, with (05表)一般公共预算支出决算功能分类明细表, but not the table body: the columns (科目编码 | " +
      "科目名称 | 预算数 | 调整预算数 | 决算数 | 决算数为调整预算数的% | 决算数为上年决算数的%), 合计 first and the 类 lines are the usual 县级 " +
      "决算 form, shown to 类 level only (14 类); every figure is ours. Planted: 教育支出's share written 96.8% where 71,320 / 72,150 = 98.8%; " +
      "灾害防治及应急管理支出 spent 2,918 against an adjusted 2,650 (its 110.1% stated correctly).",
  },
  classes: [
    "execution", "final-accounts", "by-function", "lei-codes", "codes-as-text", "initial-and-adjusted-budget", "rates-as-numbers",
    "one-decimal-rates", "growth-rate-column", "total-row-first", "form-number-caption", "wanyuan-caption", "notes-under-table",
    "county-finance-bureau", "year-end", "shanxi",
  ],
  sheets: [
    {
      name: "05表",
      widths: [10, 28, 12, 12, 12, 14, 14],
      rows: [
        ["阳城县2023年一般公共预算支出决算功能分类明细表", null, null, null, null, null, null],
        ["05表", null, null, null, null, null, "单位：万元"],
        ["科目编码", "科目名称", "预算数", "调整预算数", "决算数", "决算数为调整预算数的%", "决算数为上年决算数的%"],
        [null, "一般公共预算支出合计", 269380, 302355, 299748, 0.991, 1.043],
        ["201", "一般公共服务支出", 21350, 24860, 24512, 0.986, 1.032],
        ["203", "国防支出", 120, 135, 131, 0.97, 0.965],
        ["204", "公共安全支出", 9860, 10420, 10288, 0.987, 1.018],
        ["205", "教育支出", 68400, 72150, 71320, 0.968, 1.046],
        ["206", "科学技术支出", 3200, 3560, 3512, 0.987, 1.123],
        ["207", "文化旅游体育与传媒支出", 4150, 4620, 4585, 0.992, 0.987],
        ["208", "社会保障和就业支出", 52300, 58740, 58506, 0.996, 1.079],
        ["210", "卫生健康支出", 31600, 34280, 34061, 0.994, 1.024],
        ["211", "节能环保支出", 12800, 15360, 14970, 0.975, 1.256],
        ["212", "城乡社区支出", 18500, 21940, 21702, 0.989, 0.938],
        ["213", "农林水支出", 36900, 45210, 44893, 0.993, 1.081],
        ["214", "交通运输支出", 6300, 7450, 7388, 0.992, 0.894],
        ["224", "灾害防治及应急管理支出", 2400, 2650, 2918, 1.101, 1.312],
        ["229", "其他支出", 1500, 980, 962, 0.982, 0.641],
        ["注：本表反映2023年全县一般公共预算支出决算情况，按支出功能分类科目列示到类级；预算数为县人代会批准的年初预算数。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A19:G19"],
      numberFormats: { "C4:E18": "#,##0", "F4:G18": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "05表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 18,
        columns: { A: "code", B: "line", C: "initialBudget", D: "adjustedBudget", E: "actual", F: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "F8", why: "教育支出: 71,320 / 72,150 = 98.85%, shown 96.8%" },
      { rule: "execution.overspent", cell: "E17", why: "灾害防治及应急管理支出: 决算 2,918 against an adjusted budget of 2,650, 268万元 over (110.1%, as stated)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "合计 = the sum of the 14 类 in each column: 预算数 269,380, 调整预算数 302,355, 决算数 299,748" },
      { rule: "execution.rate-mismatch", cell: "F4", why: "299,748 / 302,355 = 99.14%, shown 99.1%" },
      { rule: "execution.rate-mismatch", cell: "F17", why: "2,918 / 2,650 = 110.11%, shown 110.1%: the share is right, the spending is the finding" },
      { rule: "execution.rate-mismatch", cell: "G4", why: "决算数为上年决算数的% compares with last year's outcome, which the table does not give: it is no execution rate" },
      { rule: "execution.overspent", cell: "E5", why: "决算 above the 预算数 as first passed (24,512 against 21,350) is within the adjusted 24,860: the budget was raised" },
      { rule: "execution.behind-schedule", why: "the year is over and every 类 has done 97.0% (国防支出 131 / 135) or more, within 5 points of 100%" },
      { rule: "input.unreadable-value", why: "the codes are classification codes and the note is text" },
    ],
  },
};
