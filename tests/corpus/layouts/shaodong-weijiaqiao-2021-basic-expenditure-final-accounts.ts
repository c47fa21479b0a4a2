import type { CorpusLayout } from "../types";

// 邵东市魏家桥镇人民政府 (湖南 邵阳) 2022-09-28: the town's 2021 部门决算, whose fifth part lists nine tables, the sixth being 一般公共预算财政
// 拨款基本支出决算明细. Laid out as that table is printed: 人员经费 (科目编码 | 科目名称 | 决算数) beside 公用经费 (the same three), economic
// classes 301 / 303 and 302 / 310 with their 款, 人员经费合计 and 公用经费合计 on the last row.
export const layout: CorpusLayout = {
  id: "shaodong-weijiaqiao-2021-basic-expenditure-final-accounts",
  source: {
    title: "2021年度邵东市魏家桥镇人民政府部门决算（第二部分 六、一般公共预算财政拨款基本支出决算明细表）",
    url: "https://shaodong.gov.cn/shaodong/wjq/202210/10e98a54c28248dda04f224a4504b17c.shtml",
    publisher: "邵东市财政局（魏家桥镇人民政府）",
    date: "2022-09-28",
    changes:
      "As published: the report's title, date and list of tables. The stored copy does not show the tables' bodies, so this one's layout follows " +
      "the national 基本支出决算明细表 (two code / name / amount groups side by side) and every figure is ours. Planted: 301 工资福利支出 stated " +
      "427.61 where its 款 add up to 417.61; 公用经费合计 written 59.72 where 302 55.57 + 310 2.35 = 57.92.",
  },
  classes: ["execution", "final-accounts", "economic-classification", "two-groups-side-by-side", "lei-kuan-codes", "codes-as-text", "totals-on-last-row", "town-government", "wanyuan-caption", "notes-under-table", "hunan"],
  settings: { asOf: "2022-09-28" },
  sheets: [
    {
      name: "基本支出明细",
      widths: [10, 28, 12, 10, 28, 12],
      rows: [
        ["一般公共预算财政拨款基本支出决算明细表", null, null, null, null, null],
        ["编制单位：邵东市魏家桥镇人民政府", null, null, "2021年度", null, "单位：万元"],
        ["人员经费", null, null, "公用经费", null, null],
        ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
        ["301", "工资福利支出", 427.61, "302", "商品和服务支出", 55.57],
        ["30101", "基本工资", 185.36, "30201", "办公费", 8.65],
        ["30102", "津贴补贴", 96.42, "30205", "水费", 0.84],
        ["30103", "奖金", 42.18, "30206", "电费", 3.12],
        ["30108", "机关事业单位基本养老保险缴费", 38.55, "30207", "邮电费", 1.36],
        ["30110", "职工基本医疗保险缴费", 17.26, "30211", "差旅费", 4.28],
        ["30112", "其他社会保障缴费", 2.14, "30213", "维修（护）费", 2.9],
        ["30113", "住房公积金", 28.9, "30215", "会议费", 0.46],
        ["30199", "其他工资福利支出", 6.8, "30216", "培训费", 0.6],
        ["303", "对个人和家庭的补助", 49.2, "30217", "公务接待费", 0.92],
        ["30302", "退休费", 12.4, "30228", "工会经费", 5.7],
        ["30305", "生活补助", 35.6, "30229", "福利费", 3.8],
        ["30309", "奖励金", 1.2, "30231", "公务用车运行维护费", 4.5],
        [null, null, null, "30239", "其他交通费用", 12.3],
        [null, null, null, "30299", "其他商品和服务支出", 6.14],
        [null, null, null, "310", "资本性支出", 2.35],
        [null, null, null, "31002", "办公设备购置", 2.35],
        ["人员经费合计", null, 476.81, "公用经费合计", null, 59.72],
        ["注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:C2", "A3:C3", "D3:F3", "A22:B22", "D22:E22", "A23:F23"],
      numberFormats: { "C5:C22": "0.00", "F5:F22": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "基本支出明细",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 22,
        columns: { A: "code", B: "line", C: "actual" },
        year: 2021,
      },
      // The 公用经费 group is a table of its own beside the 人员经费 one, as the issue asks of side-by-side
      // blocks ("side-by-side tables read as two"). The holdout had stated one table of two groups; that
      // expectation was at odds with the issue and was corrected after the eleventh holdout's measurement
      // (its count, 2 of 10, does not change).
      {
        sheet: "基本支出明细",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 22,
        columns: { D: "code", E: "line", F: "actual" },
        year: 2021,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "C5",
        why: "301 工资福利支出 427.61; its 款 185.36 + 96.42 + 42.18 + 38.55 + 17.26 + 2.14 + 28.90 + 6.80 = 417.61: 10.00万元 apart",
      },
      { rule: "execution.total-mismatch", cell: "F22", why: "公用经费合计 59.72; 302 55.57 + 310 2.35 = 57.92" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C14", why: "303 49.20 = 12.40 + 35.60 + 1.20" },
      { rule: "execution.total-mismatch", cell: "F5", why: "302 55.57 = its fourteen 款 (the 款 run on from 30201 to 30299 down the right-hand group)" },
      { rule: "execution.total-mismatch", cell: "F20", why: "310 2.35 = 31002 2.35" },
      { rule: "execution.total-mismatch", cell: "C22", why: "人员经费合计 476.81 = the stated 类 427.61 + 49.20 (the slip is inside 301)" },
      { rule: "execution.overspent", why: "a final-accounts table without budget columns" },
      { rule: "execution.no-spending", why: "no budget column, and no line is zero" },
      { rule: "input.unreadable-value", why: "codes written as text are codes, not amounts" },
    ],
  },
};
