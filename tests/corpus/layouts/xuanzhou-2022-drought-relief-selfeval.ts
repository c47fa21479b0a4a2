import type { CorpusLayout } from "../types";

// 宣城市宣州区应急管理局 (安徽) 2023-04-10: the 2022 self-evaluation of 中央自然灾害救灾资金 (干旱灾害救灾补助), 70万元 under 皖财环〔2022〕912号,
// decided on 8-31 and sent on 9-6 as 7万元 to each of ten towns. Laid out as the 项目支出绩效自评表 the report carries (项目资金 with 分值 / 执行率 /
// 得分, indicators with 分值 / 得分 / 偏差原因分析及改进措施, 总分) and, on a second sheet, the ten towns' money as the report lists it.
export const layout: CorpusLayout = {
  id: "xuanzhou-2022-drought-relief-selfeval",
  source: {
    title: "宣城市宣州区应急管理局（中央自然灾害救灾资金—干旱灾害救灾补助）转移支付2022年度绩效自评报告及自评表",
    url: "http://m.6lm99.com/OpennessContent/show/2721777.html",
    publisher: "宣城市宣州区应急管理局",
    date: "2023-04-10",
    changes:
      "As published: the document, the 70万元 budget and execution (100%), the ten towns (周王, 新田, 黄渡, 洪林, 杨柳, 寒亭, 孙埠, 水东, 狸桥, 向阳) " +
      "at 7万元 each, the decision (8-31) and the payment (9-6). Ours: the form's indicators, their values and scores (the stored copy gives the " +
      "report's text, not the form's body), laid out as the national 项目支出绩效自评表. Planted: 资金下拨及时性 targets 8月31日前 while the money " +
      "went out on 9月6日, yet it keeps its full 10 points; 单个乡镇补助标准 scored 6 of its 5 分值 (总分 101, the scores' sum).",
  },
  classes: ["selfeval", "composition", "two-sheets", "national-template", "transfer-payment", "text-targets", "date-targets", "score-above-weight", "allocation-by-town", "wanyuan-caption", "anhui"],
  settings: { asOf: "2023-04-10", district: "宣州区" },
  sheets: [
    {
      name: "自评表",
      widths: [12, 14, 24, 16, 16, 8, 10, 8, 18],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2022年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "中央自然灾害救灾资金（干旱灾害救灾补助）", null, null, null, null, null, null, null],
        ["主管部门", "宣城市宣州区应急管理局", null, null, "实施单位", "宣城市宣州区应急管理局", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分", null],
        [null, "年度资金总额：", 0, 70, 70, 10, "100%", 10, null],
        [null, "其中：本年财政拨款", 0, 70, 70, "—", "—", "—", null],
        [null, "上年结转资金", null, null, null, "—", "—", "—", null],
        [null, "其他资金", null, null, null, "—", "—", "—", null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null],
        [null, "解决受旱地区城乡居民用水困难，购买、租赁应急储水、净水、供水设备，组织应急抗旱保障生活用水。", null, null, null, "对十个乡镇各补助7万元，受旱群众生活用水得到保障。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标（50分）", "数量指标", "补助乡镇数量", "≥10个", "10个", 15, 15, null],
        [null, null, "数量指标", "购置（租赁）应急供水设备", "≥30台（套）", "34台（套）", 10, 10, null],
        [null, null, "质量指标", "资金使用合规率", "100%", "100%", 10, 10, null],
        [null, null, "时效指标", "资金下拨及时性", "8月31日前下拨到乡镇", "9月6日下拨到乡镇", 10, 10, null],
        [null, null, "成本指标", "单个乡镇补助标准", "≤7万元", "7万元", 5, 6, null],
        [null, "效益指标（30分）", "社会效益指标", "受旱群众饮水困难解决率", "≥95%", "98%", 15, 15, null],
        [null, null, "可持续影响指标", "基层抗旱应急保障能力", "持续提升", "有效提升", 15, 15, null],
        [null, "满意度指标（10分）", "服务对象满意度指标", "受益群众满意度", "≥90%", "96%", 10, 10, null],
        ["总分", null, null, null, null, null, 100, 101, null],
      ],
      merges: ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:A9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11", "A12:A20", "B13:B17", "B18:B19", "A21:F21"],
      numberFormats: { "C6:E7": "0.00" },
    },
    {
      name: "资金分配",
      widths: [6, 12, 14, 14],
      rows: [
        ["2022年中央自然灾害救灾资金（干旱灾害救灾补助）分配表", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "乡镇", "补助资金", "下拨日期"],
        [1, "周王镇", 7, "2022年9月6日"],
        [2, "新田镇", 7, "2022年9月6日"],
        [3, "黄渡乡", 7, "2022年9月6日"],
        [4, "洪林镇", 7, "2022年9月6日"],
        [5, "杨柳镇", 7, "2022年9月6日"],
        [6, "寒亭镇", 7, "2022年9月6日"],
        [7, "孙埠镇", 7, "2022年9月6日"],
        [8, "水东镇", 7, "2022年9月6日"],
        [9, "狸桥镇", 7, "2022年9月6日"],
        [10, "向阳街道", 7, "2022年9月6日"],
        ["合计", null, 70, null],
      ],
      merges: ["A1:D1", "A14:B14"],
      numberFormats: { "C4:C14": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2022 },
      { sheet: "资金分配", kind: "composition", unit: "万元", headerRow: 3, lastRow: 14, columns: { B: "line", C: "amount" }, year: 2022 },
    ],
    findings: [
      {
        rule: "selfeval.target-missed-full-score",
        sheet: "自评表",
        cell: "H16",
        why: "资金下拨及时性: 8月31日前 targeted, 9月6日 achieved, yet the full 10 of 10 points",
      },
      { rule: "selfeval.score-mismatch", sheet: "自评表", cell: "H17", why: "单个乡镇补助标准 scores 6 above its 分值 5" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", sheet: "自评表", cell: "G6", why: "70.00 / 70.00 = 100%" },
      { rule: "selfeval.total-mismatch", sheet: "自评表", cell: "D6", why: "全年预算数 70 = 本年财政拨款 70 + blanks; 执行数 likewise" },
      { rule: "selfeval.weights", sheet: "自评表", why: "15 + 10 + 10 + 10 + 5 + 15 + 15 + 10 = 90, plus the budget's 10 = 100" },
      { rule: "selfeval.score-mismatch", sheet: "自评表", cell: "H21", why: "总分 101 = 10 + 15 + 10 + 10 + 10 + 6 + 15 + 15 + 10, the scores' sum (the slip is the 成本指标's score)" },
      { rule: "selfeval.target-missed-full-score", sheet: "自评表", cell: "H17", why: "≤7万元 is met by 7万元" },
      { rule: "selfeval.missing-explanation", sheet: "自评表", why: "no indicator is scored below its 分值 and the rate is 100%" },
      { rule: "composition.total-mismatch", sheet: "资金分配", cell: "C14", why: "10 × 7 = 70" },
      { rule: "input.unreadable-value", sheet: "资金分配", why: "下拨日期 written as text dates are dates, and no rule needs a number there" },
    ],
  },
};
