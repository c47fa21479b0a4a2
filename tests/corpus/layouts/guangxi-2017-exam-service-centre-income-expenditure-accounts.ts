import type { CorpusLayout } from "../types";

// 广西壮族自治区招生考试服务中心 (a 自收自支 unit) 2017年部门决算, 表一 收入支出决算总表 in 万元 under the report's heading: 收 入 | 支 出 side by side, each 项目 | 决算数
// (no 行次 or 栏次), 一、财政拨款 left blank, 本年收入合计 / 本年支出合计 and the carry-overs to two 总计; the 收入 总计 typed 45.00万元 short.
export const layout: CorpusLayout = {
  id: "guangxi-2017-exam-service-centre-income-expenditure-accounts",
  source: {
    title: "广西壮族自治区招生考试服务中心2017年部门决算（表一：收入支出决算总表）",
    url: "https://www.gxeea.cn/view/content_1192_23768.htm",
    publisher: "广西壮族自治区招生考试服务中心",
    date: "2018",
    changes:
      "As published: the 目录 (表一 to 表八), the centre's status (自收自支的事业单位, 桂编局[1989]88号), 表一's title, 单位:万元, the two sides headed 收 入 | 支 出 " +
      "over 项目 | 决算数 | 项目 | 决算数, and the first line 一、财政拨款 left blank beside 一、一般公共服务支出. The stored copy breaks off there: the other lines follow the " +
      "2017 公开表 (income by source; spending by function, cut to the functions such a centre spends on), and every figure is ours. Planted: the 收入 总计 typed " +
      "1,605.97 where 本年收入合计 1,238.41 + 年初结转和结余 412.56 = 1,650.97 (the 支出 总计's figure).",
  },
  classes: ["execution", "final-accounts", "income-and-expenditure-side-by-side", "two-tables-one-sheet", "spaced-side-headings", "no-line-numbers", "blank-template-lines", "carry-over-lines", "self-funded-unit", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "province-unit", "guangxi"],
  sheets: [
    {
      name: "表一",
      widths: [30, 14, 32, 14],
      rows: [
        ["广西壮族自治区招生考试服务中心 2017年度部门决算报表", null, null, null],
        ["表一：收入支出决算总表", null, null, null],
        [null, null, null, "单位：万元"],
        ["收 入", null, "支 出", null],
        ["项目", "决算数", "项目", "决算数"],
        ["一、财政拨款", null, "一、一般公共服务支出", null],
        ["二、上级补助收入", null, "二、教育支出", 1012.46],
        ["三、事业收入", 1082.37, "三、社会保障和就业支出", 64.35],
        ["四、经营收入", 146.2, "四、医疗卫生与计划生育支出", 18.92],
        ["五、附属单位上缴收入", null, "五、住房保障支出", 27.6],
        ["六、其他收入", 9.84, "六、其他支出", null],
        ["本年收入合计", 1238.41, "本年支出合计", 1123.33],
        ["用事业基金弥补收支差额", null, "结余分配", null],
        ["年初结转和结余", 412.56, "年末结转和结余", 527.64],
        ["总计", 1605.97, "总计", 1650.97],
        ["注：本单位为自收自支事业单位，本年度无财政拨款收入。", null, null, null],
      ],
      merges: ["A1:D1", "A2:D2", "A4:B4", "C4:D4", "A16:D16"],
      numberFormats: { "B6:B15": "#,##0.00", "D6:D15": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "表一", kind: "execution", unit: "万元", headerRow: 4, lastRow: 15, columns: { A: "line", B: "actual" }, year: 2017 },
      { sheet: "表一", kind: "execution", unit: "万元", headerRow: 4, lastRow: 15, columns: { C: "line", D: "actual" }, year: 2017 },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "B15",
        why: "收入 总计 1,605.97; 本年收入合计 1,238.41 + 用事业基金弥补收支差额 (blank) + 年初结转和结余 412.56 = 1,650.97 (45.00万元 short)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B12", why: "本年收入合计 1,238.41 = 1,082.37 + 146.20 + 9.84 (blank lines nothing)" },
      { rule: "execution.total-mismatch", cell: "D12", why: "本年支出合计 1,123.33 = 1,012.46 + 64.35 + 18.92 + 27.60" },
      { rule: "execution.total-mismatch", cell: "D15", why: "支出 总计 1,650.97 = 1,123.33 + 527.64" },
      { rule: "execution.overspent", why: "a 决算总表 has no budget column; 年初结转和结余 is carried-over money, not a budget" },
      { rule: "execution.no-spending", cell: "B6", why: "一、财政拨款 is blank for a self-funded unit: no budget, nothing measured" },
      { rule: "input.unreadable-value", why: "blank cells mean nothing; the note under the table is text" },
    ],
  },
};
