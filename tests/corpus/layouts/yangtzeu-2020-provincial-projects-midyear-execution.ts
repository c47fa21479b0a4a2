import type { CorpusLayout } from "../types";

// 长江大学计划财务处 2020-08-06: 省级财政拨款项目2020年预算执行情况通报 (截至2020年6月30日). The page shows the notice and names its
// annex, 省级财政拨款项目2020年执行情况一览表, without the table: the table is laid out from the notice (表据正文拟).
export const layout: CorpusLayout = {
  id: "yangtzeu-2020-provincial-projects-midyear-execution",
  source: {
    title: "省级财政拨款项目2020年预算执行情况通报（附表：省级财政拨款项目2020年执行情况一览表；表据正文拟）",
    url: "http://cwc.yangtzeu.edu.cn/info/1127/4917.htm",
    publisher: "长江大学计划财务处",
    date: "2020-08-06",
    changes:
      "As published: the annex's name, the as-of line 截至2020年6月30日, the notice's finding that project spending runs too slow, the " +
      "计划财务处 sign-off and its date. The stored copy does not show the annex: the columns (序号 | 项目名称 | 归口单位 | 预算数 | 已支出数 | " +
      "执行率 | 备注), the projects, offices and figures are ours. Planted: 学科建设专项 at 40.53% against a time progress of 6/12 = 50%; " +
      "科研平台建设 with nothing spent; 学生资助配套 stating 65.30% where 266.70 / 420.00 = 63.50%.",
  },
  classes: ["execution", "midyear", "as-of-in-subtitle", "office-column", "remark-column", "rate-column", "two-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "signoff-line", "table-from-prose", "university", "hubei"],
  settings: { asOf: "2020-06-30", district: "荆州市" },
  sheets: [
    {
      name: "执行情况一览表",
      widths: [6, 26, 14, 12, 12, 10, 16],
      rows: [
        ["省级财政拨款项目2020年执行情况一览表", null, null, null, null, null, null],
        ["（截至2020年6月30日）", null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "归口单位", "预算数", "已支出数", "执行率", "备注"],
        [1, "学科建设专项", "发展规划处", 1200, 486.36, "40.53%", null],
        [2, "本科教学质量工程", "教务处", 650, 318.5, "49.00%", null],
        [3, "科研平台建设", "科学技术处", 900, 0, "0.00%", "待招标"],
        [4, "实验室设备购置", "国有资产管理处", 780, 352.8, "45.23%", null],
        [5, "学生资助配套", "学生工作处", 420, 266.7, "65.30%", null],
        [6, "图书文献资源建设", "图书馆", 300, 151.2, "50.40%", null],
        [7, "校园信息化建设", "现代教育技术中心", 350, 165, "47.14%", null],
        ["合计", null, null, 4600, 1740.56, "37.84%", null],
        ["注：执行率=已支出数/预算数。", null, null, null, null, null, null],
        [null, null, null, null, null, "计划财务处", null],
        [null, null, null, null, null, "2020年8月4日", null],
      ],
      merges: ["A1:G1", "A2:F2", "A11:C11", "A12:G12", "F13:G13", "F14:G14"],
      numberFormats: { "D4:E11": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "执行情况一览表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "line", D: "adjustedBudget", E: "actual", F: "rate" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "F4", why: "学科建设专项 486.36 / 1,200.00 = 40.53%, under the time progress 6/12 = 50% by 9.47 points (more than 5)" },
      { rule: "execution.no-spending", cell: "E6", why: "科研平台建设 budgeted 900.00, nothing spent by 2020-06-30" },
      { rule: "execution.rate-mismatch", cell: "F8", why: "学生资助配套 执行率 stated 65.30%; 266.70 / 420.00 = 63.50%" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "F5", why: "本科教学质量工程 49.00% is 1 point under 50%: within 5 points" },
      { rule: "execution.behind-schedule", cell: "F7", why: "实验室设备购置 45.23% is 4.77 points under 50%: within 5 points" },
      { rule: "execution.behind-schedule", cell: "F11", why: "the 合计 row (37.84%) gets no spending status of its own; its lines do" },
      { rule: "execution.total-mismatch", cell: "D11", why: "1,200 + 650 + 900 + 780 + 420 + 300 + 350 = 4,600.00" },
      { rule: "execution.total-mismatch", cell: "E11", why: "486.36 + 318.50 + 0 + 352.80 + 266.70 + 151.20 + 165.00 = 1,740.56" },
      { rule: "execution.rate-mismatch", cell: "F11", why: "1,740.56 / 4,600.00 = 37.84%, as stated" },
      { rule: "input.unreadable-value", cell: "G6", why: "待招标 in 备注 is a remark" },
    ],
  },
};
