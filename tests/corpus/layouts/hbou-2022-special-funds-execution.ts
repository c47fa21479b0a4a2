import type { CorpusLayout } from "../types";

// 湖北开放大学 财务处: the urgent notice opening the 2022 evaluation of its special funds, with the list of what is evaluated —
// 序号 | 责任部门 | 项目名称 | 预算数 | 执行数 | 预算执行率, 合计 first, then 一 … 五 (a fund heading its lines, or a single line),
// 五 split into (一) and (二) whose lines run on in one numbering (1–6, 7–…), 责任部门 merged down over a department's lines.
export const layout: CorpusLayout = {
  id: "hbou-2022-special-funds-execution",
  source: {
    title: "关于开展2022年度专项资金绩效评价工作的紧急通知（明细表）",
    url: "https://cwc.hbou.edu.cn/info/1010/1363.htm",
    publisher: "湖北开放大学财务处",
    changes:
      "As published: the notice's title, 单位：万元, the six headings, 合计 first, the outline 一 / 二 / 三 / 四 / 五 with (一) 开大教育（终身、开放、成人、社区教育）专项 " +
      "and (二) 高职提质培优及双高行动计划专项, the line names and departments in their order, the running numbering 1–6 then 7–11 under (二), and " +
      "rates as text with two decimals. Cut: (二)'s lines after 11 (数据中心机房环控系统) and whatever followed (the stored copy stops at 12 图书信息中心); " +
      "(二)'s and the totals' figures are ours accordingly. Ours: every figure (the published 一 states 执行数 1,116.19 over lines of 1,528.47 and 0). " +
      "Planted: 一 高校学生资助专项's 执行数 1,528.47 leaves out 电大's 11.00 (its lines add up to 1,539.47; the 合计 adds the categories as stated); " +
      "全景演播室 98.99% where 88.19 / 90.00 = 97.99%; the year over, 三 关山校区 at 86.85% and 智能阅卷系统 with nothing spent. The as-of date is ours.",
  },
  classes: ["execution", "by-project", "outline-numbering", "total-row-first", "category-with-own-line", "sub-categories", "running-numbering", "department-merged-down", "rates-as-text", "two-decimal-rates", "year-end", "wanyuan-caption", "university", "hubei"],
  settings: { asOf: "2023-02-28" },
  sheets: [
    {
      name: "评价范围明细",
      widths: [8, 14, 44, 14, 14, 12],
      rows: [
        ["关于开展2022年度专项资金绩效评价工作的紧急通知", null, null, null, null, null],
        ["明细如下：", null, null, null, null, null],
        ["单位：万元", null, null, null, null, null],
        ["序号", "责任部门", "项目名称", "预算数", "执行数", "预算执行率"],
        ["合计", null, null, 9162.59, 8896.63, "97.10%"],
        ["一", "相关部门", "高校学生资助专项", 1548.45, 1528.47, "98.71%"],
        [1, "学工处", "学生资助专项-高职", 1537.45, 1528.47, "99.42%"],
        [2, "教务处", "学生资助专项-电大", 11, 11, "100.00%"],
        ["二", "财务处", "高校还本付息专项", 800.5, 800.5, "100.00%"],
        ["三", "基建处", "高校基本建设专项-关山校区综合实训楼及图书馆建设项目", 1250, 1085.6, "86.85%"],
        ["四", "财务处", "不可预见费", 791, 776.3, "98.14%"],
        ["五", "相关部门", "高等教育发展专项", 4772.64, 4705.76, "98.60%"],
        ["（一）", "开大教育（终身、开放、成人、社区教育）专项", null, 4560, 4496.89, "98.62%"],
        [1, "教务处", "上交国开管理费专项", 4420, 4398.35, "99.51%"],
        [2, null, "办学评估系统", 45, 44.89, "99.76%"],
        [3, null, "智能阅卷系统", 40, 0, "0.00%"],
        [4, "导学中心", "开放教育工商管理模拟实验软件（网络版）", 10, 9.8, "98.00%"],
        [5, null, "开放教育课程资源建设", 30, 29.25, "97.50%"],
        [6, null, "直播课程平台服务", 15, 14.6, "97.33%"],
        ["（二）", "高职提质培优及双高行动计划专项", null, 212.64, 208.87, "98.23%"],
        [7, "保卫处", "监控及消防项目质保金、尾款", 8.64, 8.6, "99.54%"],
        [8, "教育技术中心", "财政电子票据系统", 39, 38.2, "97.95%"],
        [9, null, "全景演播室", 90, 88.19, "98.99%"],
        [10, null, "数据交换与共享能力提升项目", 60, 59, "98.33%"],
        [11, null, "数据中心机房环控系统", 15, 14.88, "99.20%"],
      ],
      merges: ["A1:F1", "A2:F2", "A3:F3", "A5:C5", "B13:C13", "B14:B16", "B17:B19", "B20:C20", "B22:B25"],
      numberFormats: { "D5:E25": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "评价范围明细",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 25,
        columns: { A: "code", C: "line", D: "adjustedBudget", E: "actual", F: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "E6", why: "一 高校学生资助专项 执行数 1,528.47; its lines 1,528.47 + 11.00 = 1,539.47: 11.00万元 apart (预算数 1,537.45 + 11.00 = 1,548.45 agrees)" },
      { rule: "execution.rate-mismatch", cell: "F23", why: "全景演播室 88.19 / 90.00 = 97.99%, stated 98.99%" },
      { rule: "execution.behind-schedule", cell: "F10", why: "2022 is over (as of 2023-02-28): 关山校区 1,085.60 / 1,250.00 = 86.85%, below 100% by more than 5 points" },
      { rule: "execution.no-spending", cell: "E16", why: "智能阅卷系统 budgeted 40.00, spent 0" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D5", why: "合计 预算数 9,162.59 = 一 1,548.45 + 二 800.50 + 三 1,250.00 + 四 791.00 + 五 4,772.64 (the categories, not their lines again)" },
      { rule: "execution.total-mismatch", cell: "E5", why: "合计 执行数 8,896.63 = 1,528.47 + 800.50 + 1,085.60 + 776.30 + 4,705.76, the categories as stated; 一's slip is reported once, at 一" },
      { rule: "execution.total-mismatch", cell: "D12", why: "五 4,772.64 = (一) 4,560.00 + (二) 212.64; 执行数 4,705.76 = 4,496.89 + 208.87" },
      { rule: "execution.total-mismatch", cell: "E13", why: "(一) 执行数 4,496.89 = 4,398.35 + 44.89 + 0 + 9.80 + 29.25 + 14.60; 预算数 4,560.00 = 4,420 + 45 + 40 + 10 + 30 + 15" },
      { rule: "execution.total-mismatch", cell: "E20", why: "(二) 执行数 208.87 = 8.60 + 38.20 + 88.19 + 59.00 + 14.88; 预算数 212.64 = 8.64 + 39 + 90 + 60 + 15" },
      { rule: "execution.rate-mismatch", cell: "F6", why: "一's rate 98.71% agrees with its own stated figures, 1,528.47 / 1,548.45" },
      { rule: "execution.rate-mismatch", cell: "F5", why: "8,896.63 / 9,162.59 = 97.10%" },
      { rule: "execution.behind-schedule", cell: "F5", why: "合计 at 97.10% is within 5 points of 100%" },
      { rule: "execution.behind-schedule", cell: "F22", why: "财政电子票据系统 97.95% is within 5 points" },
      { rule: "execution.overspent", why: "no line spends more than its 预算数" },
      { rule: "execution.no-spending", cell: "E11", why: "不可预见费 spent 776.30" },
      // Corrected after the thirty-first holdout's measurement: the layout expected behind-schedule at F16 as well. A row
      // has one status a year, the most serious first (docs/architecture.md; docs/rules.md said nothing and now does).
      { rule: "execution.behind-schedule", cell: "F16", why: "智能阅卷系统 spent nothing: reported once, as no-spending at E16" },
    ],
  },
};
