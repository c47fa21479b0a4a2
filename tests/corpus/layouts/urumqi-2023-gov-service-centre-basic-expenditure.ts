import type { CorpusLayout } from "../types";

// 乌鲁木齐市政务服务中心 2023年度部门决算 — 一般公共预算财政拨款基本支出决算表: spending by economic classification in
// three column pairs side by side (人员经费 | 公用经费 over two pairs), 类 codes of three digits over 款 codes of five
// written as numbers, 302's 款 running on from the second pair into the third, 人员经费合计 / 公用经费合计 at the foot.
export const layout: CorpusLayout = {
  id: "urumqi-2023-gov-service-centre-basic-expenditure",
  source: {
    title: "乌鲁木齐市政务服务中心2023年度部门决算公开说明 — 一般公共预算财政拨款基本支出决算表",
    url: "http://upcchem.com/wlmqs/c119485/202501/b6ed714d8d334d43bcd1e201fd61491c.shtml",
    publisher: "乌鲁木齐市政务服务中心（转载）",
    date: "2024",
    changes:
      "The stored page gives the publication's contents and text, not the table body; the layout follows the national " +
      "部门决算公开 template for this table (人员经费 | 公用经费 over 科目编码 / 科目名称 / 决算数 pairs, the 公用经费 in two pairs, " +
      "人员经费合计 / 公用经费合计 at the foot, 金额单位：万元, a note), which the publication lists among its tables. The codes and " +
      "names are real economic-classification codes; the amounts are ours. Planted: 301 工资福利支出 states 172.20 while its 款 " +
      "add up to 173.20 (and 人员经费合计 180.70 follows the stated 类).",
  },
  classes: [
    "execution", "final-accounts", "economic-classification", "three-column-pairs-side-by-side", "codes-as-numbers",
    "kuan-running-on-into-next-pair", "totals-at-foot", "xinjiang", "wanyuan-caption", "notes-under-table",
  ],
  settings: { asOf: "2023-12-31" },
  sheets: [
    {
      name: "公开07表",
      widths: [10, 28, 10, 10, 22, 10, 10, 26, 10],
      rows: [
        ["一般公共预算财政拨款基本支出决算表", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "公开07表"],
        ["部门：乌鲁木齐市政务服务中心", null, null, null, null, null, null, null, "金额单位：万元"],
        ["人员经费", null, null, "公用经费", null, null, null, null, null],
        ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
        [301, "工资福利支出", 172.2, 302, "商品和服务支出", 31.1, 30217, "公务接待费", 0.12],
        [30101, "基本工资", 68.52, 30201, "办公费", 3.2, 30228, "工会经费", 2.1],
        [30102, "津贴补贴", 42.3, 30202, "印刷费", 0.85, 30229, "福利费", 1.6],
        [30103, "奖金", 5.71, 30205, "水费", 0.42, 30231, "公务用车运行维护费", 1.1],
        [30107, "绩效工资", 18.4, 30206, "电费", 2.16, 30239, "其他交通费用", 4.8],
        [30108, "机关事业单位基本养老保险缴费", 16.45, 30207, "邮电费", 1.08, 30299, "其他商品和服务支出", 0.67],
        [30110, "职工基本医疗保险缴费", 8.62, 30209, "物业管理费", 9.6, 310, "资本性支出", 1.85],
        [30112, "其他社会保障缴费", 0.86, 30211, "差旅费", 1.75, 31002, "办公设备购置", 1.85],
        [30113, "住房公积金", 12.34, 30213, "维修（护）费", 0.9, 31007, "信息网络及软件购置更新", 0],
        [303, "对个人和家庭的补助", 8.5, 30215, "会议费", 0.3, null, null, null],
        [30302, "退休费", 6.8, 30216, "培训费", 0.45, null, null, null],
        [30305, "生活补助", 1.2, null, null, null, null, null, null],
        [30309, "奖励金", 0.5, null, null, null, null, null, null],
        ["人员经费合计", null, 180.7, "公用经费合计", null, null, null, null, 32.95],
        ["注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A3:C3", "A4:C4", "D4:I4", "A19:B19", "D19:H19", "A20:I20"],
      numberFormats: { "C6:C19": "#,##0.00", "F6:F19": "#,##0.00", "I6:I19": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开07表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 19,
        columns: { A: "code", B: "line", C: "actual" },
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "C6",
        why: "类 301 states 172.20; its 款 68.52 + 42.30 + 5.71 + 18.40 + 16.45 + 8.62 + 0.86 + 12.34 = 173.20 (1.00万元 short)",
      },
    ],
    absent: [
      {
        rule: "execution.total-mismatch",
        cell: "C19",
        why: "人员经费合计 180.70 = the stated 类 301 172.20 + 303 8.50; 款 rows are not added again; the error inside 301 is reported at C6",
      },
      { rule: "execution.total-mismatch", cell: "C15", why: "303: 6.80 + 1.20 + 0.50 = 8.50" },
      {
        rule: "execution.total-mismatch",
        cell: "F6",
        why: "302 = its 款 in both pairs: 3.20 + 0.85 + 0.42 + 2.16 + 1.08 + 9.60 + 1.75 + 0.90 + 0.30 + 0.45 (20.71) + 0.12 + 2.10 + 1.60 + 1.10 + 4.80 + 0.67 (10.39) = 31.10",
      },
      { rule: "execution.total-mismatch", cell: "I12", why: "310: 1.85 + 0.00 = 1.85" },
      { rule: "execution.total-mismatch", cell: "I19", why: "公用经费合计 32.95 = 302 31.10 + 310 1.85" },
      { rule: "execution.overspent", why: "a 决算 table without a budget column has nothing to overspend" },
      { rule: "execution.no-spending", why: "no budget column: 31007's 0.00 is no budgeted row left unspent" },
      { rule: "input.unreadable-value", why: "the codes (301, 30101 …) are classification codes; the headers and the note are text" },
    ],
  },
};
