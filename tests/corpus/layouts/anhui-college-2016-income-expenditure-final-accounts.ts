import type { CorpusLayout } from "../types";

// 安徽省教育厅所属一所应用型本科高校 (二级预算单位, 校本级决算) 2016年度部门决算, 三、报表 收入支出决算总表 (公开01表): income and
// spending side by side — 项目 | 行次 | 金额 twice under 收入 / 支出, a 栏次 row, 其中：政府性基金预算财政拨款 under 财政拨款收入,
// blank income 行次 beside the functions, then 本年收入合计 / 本年支出合计, 事业基金 / 结余分配, 结转和结余 and 总计; 金额单位：元.
export const layout: CorpusLayout = {
  id: "anhui-college-2016-income-expenditure-final-accounts",
  source: {
    title: "2016年度部门决算（三、2016年度部门决算报表：收入支出决算总表）",
    url: "https://alex-chef.com/finance/2017/1030/c985a94948/page.htm",
    publisher: "安徽省教育厅所属高校 (财务处页面, stored on a mirror; the stored text does not name the college)",
    date: "2017-10-30",
    changes:
      "As published: the 公开01表 mark, 部门： left blank, 金额单位：元, the 收入 | 支出 halves with 项目 | 行次 | 金额, the 栏次 row, the income lines " +
      "一、财政拨款收入 (其中：政府性基金预算财政拨款, 行次 2) to 六、其他收入 with 行次 1–7 and bare 行次 below them, and the 2016 functions from " +
      "一、一般公共服务支出 (行次 35) on. Every figure is ours, in 元 as the caption says (the stored copy's figures are 万元-sized under that caption). " +
      "Cut: the blank income 行次 past 20, and the functions after 二十、粮油物资储备支出; the closing lines (本年收入合计 … 总计) are the template's, " +
      "the stored copy breaking off before them. Planted: the income side's 总计 typed 437,254,914.78 where 本年收入合计 411,926,508.66 + " +
      "年初结转和结余 25,318,406.12 = 437,244,914.78.",
  },
  classes: [
    "execution", "final-accounts", "income-and-spending-side-by-side", "two-tables-in-one-row", "row-number-column", "column-number-row",
    "qizhong-row-under-line", "blank-as-nothing", "carry-over-rows", "numbered-functions", "two-decimal-yuan", "yuan-caption", "university", "anhui",
  ],
  sheets: [
    {
      name: "收入支出决算总表",
      widths: [30, 6, 18, 30, 6, 18],
      rows: [
        ["收入支出决算总表", null, null, null, null, null],
        [null, null, null, null, null, "公开01表"],
        ["部门：", null, null, "2016年度", null, "金额单位：元"],
        ["收入", null, null, "支出", null, null],
        ["项目", "行次", "金额", "项目", "行次", "金额"],
        ["栏次", null, 1, "栏次", null, 2],
        ["一、财政拨款收入", 1, 298640512.36, "一、一般公共服务支出", 35, 1298940.0],
        ["其中：政府性基金预算财政拨款", 2, null, "二、外交支出", 36, null],
        ["二、上级补助收入", 3, 6200.0, "三、国防支出", 37, null],
        ["三、事业收入", 4, 112537480.5, "四、公共安全支出", 38, null],
        ["四、经营收入", 5, null, "五、教育支出", 39, 362814275.42],
        ["五、附属单位上缴收入", 6, null, "六、科学技术支出", 40, 4760000.0],
        ["六、其他收入", 7, 742315.8, "七、文化体育与传媒支出", 41, 40000.0],
        [null, 8, null, "八、社会保障和就业支出", 42, 18671806.35],
        [null, 9, null, "九、医疗卫生与计划生育支出", 43, 7779012.6],
        [null, 10, null, "十、节能环保支出", 44, 2955400.0],
        [null, 11, null, "十一、城乡社区支出", 45, null],
        [null, 12, null, "十二、农林水支出", 46, null],
        [null, 13, null, "十三、交通运输支出", 47, null],
        [null, 14, null, "十四、资源勘探信息等支出", 48, null],
        [null, 15, null, "十五、商业服务业等支出", 49, null],
        [null, 16, null, "十六、金融支出", 50, null],
        [null, 17, null, "十七、援助其他地区支出", 51, null],
        [null, 18, null, "十八、国土海洋气象等支出", 52, null],
        [null, 19, null, "十九、住房保障支出", 53, 9412630.0],
        [null, 20, null, "二十、粮油物资储备支出", 54, null],
        ["本年收入合计", 31, 411926508.66, "本年支出合计", 59, 407732064.37],
        ["用事业基金弥补收支差额", 32, null, "结余分配", 60, 1250000.0],
        ["年初结转和结余", 33, 25318406.12, "年末结转和结余", 61, 28262850.41],
        ["总计", 34, 437254914.78, "总计", 62, 437244914.78],
        ["注：本表反映部门本年度的总收支和年末结转结余情况。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A3:C3", "A4:C4", "D4:F4", "A31:F31"],
      numberFormats: { "C7:C30": "#,##0.00", "F7:F30": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收入支出决算总表", kind: "execution", unit: "元", headerRow: 4, lastRow: 30, columns: { A: "line", C: "actual" }, year: 2016 },
      { sheet: "收入支出决算总表", kind: "execution", unit: "元", headerRow: 4, lastRow: 30, columns: { D: "line", F: "actual" }, year: 2016 },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "C30",
        why: "收入 总计 437,254,914.78 where 本年收入合计 411,926,508.66 + 用事业基金弥补收支差额 (blank) + 年初结转和结余 25,318,406.12 = 437,244,914.78 (10,000.00 over)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C27", why: "本年收入合计 411,926,508.66 = 298,640,512.36 + 6,200.00 + 112,537,480.50 + 742,315.80; the blank 其中 line is a share of 财政拨款收入, not added" },
      { rule: "execution.total-mismatch", cell: "F27", why: "本年支出合计 407,732,064.37 = 1,298,940.00 + 362,814,275.42 + 4,760,000.00 + 40,000.00 + 18,671,806.35 + 7,779,012.60 + 2,955,400.00 + 9,412,630.00" },
      { rule: "execution.total-mismatch", cell: "F30", why: "支出 总计 437,244,914.78 = 407,732,064.37 + 结余分配 1,250,000.00 + 年末结转和结余 28,262,850.41" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the 栏次 row (1, 2) and the 行次 columns (1–34, 35–62) are numbering, not money" },
      { rule: "execution.overspent", why: "no budget column: both halves are actuals, and 年初结转和结余 is carried-over money, not a budget" },
      { rule: "execution.no-spending", why: "the blank functions (外交, 国防 …) are template rows with nothing budgeted" },
      { rule: "input.unreadable-value", cell: "A3", why: "部门： left blank in the head is a label, not a figure" },
    ],
  },
};
