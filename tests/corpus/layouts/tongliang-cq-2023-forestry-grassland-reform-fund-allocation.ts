import type { CorpusLayout } from "../types";

// 重庆市财政局 2023-03-02 notice, reposted by 铜梁区 under 惠民惠农资金 (2023-11-21): 2023 central 林业草原改革发展资金 for the
// 新一轮退耕还林还草延长期补助 to the 区县 (项目代码 given), with 附件1 预算安排表 and 附件2 区域绩效目标表. Laid out as those two annexes:
// 序号 | 区县 | 下达金额 | 支出功能分类科目 | 备注, 合计 first; then the 一级 / 二级 / 三级指标 | 指标值 target table.
export const layout: CorpusLayout = {
  id: "tongliang-cq-2023-forestry-grassland-reform-fund-allocation",
  source: {
    title: "重庆市财政局关于下达2023年中央林业草原改革发展资金预算的通知（附件1 预算安排表、附件2 区域绩效目标表；表据通知拟）",
    url: "http://www.cqtn.gov.cn/zwgk_184/hmhnzj/btyj/202311/t20231121_12588475.html",
    publisher: "重庆市财政局（铜梁区政府网站 惠民惠农资金 补贴依据 转载）",
    date: "2023-03-02",
    changes:
      "The stored copy gives the notice's text (the fund, its use for 新一轮退耕还林还草延长期补助, 项目代码 100000Z175070050002, the two annexes by " +
      "name) but not the annexes' bodies. Both are laid out as such annexes usually are (表据通知拟): the 区县 lines, amounts, subject column and " +
      "every indicator and value are ours. Planted: the 合计 typed 10,129.21 while the ten lines add up to 10,192.21 (two digits swapped, 63.00 apart).",
  },
  classes: [
    "composition", "targets", "two-sheets", "allocation-by-county", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "subject-code-column",
    "remark-column", "economic-zone-line", "three-level-indicators", "text-targets", "no-weights", "annex-not-in-stored-copy",
    "municipal-fund", "chongqing",
  ],
  settings: { district: "重庆市" },
  sheets: [
    {
      name: "预算安排表",
      widths: [6, 16, 14, 26, 20],
      rows: [
        ["附件1", null, null, null, null],
        ["2023年中央林业草原改革发展资金预算安排表", null, null, null, null],
        ["项目代码：100000Z175070050002", null, null, null, "单位：万元"],
        ["序号", "区县", "下达金额", "支出功能分类科目", "备注"],
        [null, "合计", 10129.21, null, null],
        [1, "万州区", 1236.45, "2130699 其他退耕还林还草支出", "新一轮退耕还林还草延长期补助"],
        [2, "涪陵区", 842.3, "2130699 其他退耕还林还草支出", "新一轮退耕还林还草延长期补助"],
        [3, "黔江区", 1105.68, "2130699 其他退耕还林还草支出", "新一轮退耕还林还草延长期补助"],
        [4, "綦江区", 326.12, "2130699 其他退耕还林还草支出", "新一轮退耕还林还草延长期补助"],
        [5, "铜梁区", 58.76, "2130699 其他退耕还林还草支出", "新一轮退耕还林还草延长期补助"],
        [6, "城口县", 964.2, "2130699 其他退耕还林还草支出", "新一轮退耕还林还草延长期补助"],
        [7, "巫溪县", 1422.91, "2130699 其他退耕还林还草支出", "新一轮退耕还林还草延长期补助"],
        [8, "酉阳县", 2318.54, "2130699 其他退耕还林还草支出", "新一轮退耕还林还草延长期补助"],
        [9, "彭水县", 1876.03, "2130699 其他退耕还林还草支出", "新一轮退耕还林还草延长期补助"],
        [10, "万盛经开区", 41.22, "2130699 其他退耕还林还草支出", "新一轮退耕还林还草延长期补助"],
      ],
      merges: ["A1:E1", "A2:E2", "A3:D3"],
      numberFormats: { "C5:C15": "#,##0.00" },
    },
    {
      name: "区域绩效目标表",
      widths: [14, 18, 34, 16],
      rows: [
        ["附件2", null, null, null],
        ["林业草原改革发展资金区域绩效目标表", null, null, null],
        ["（2023年度）", null, null, null],
        ["中央主管部门", "国家林业和草原局", null, null],
        ["地方主管部门", "重庆市林业局", null, null],
        ["资金情况（万元）", "年度金额：", 10192.21, null],
        [null, "其中：中央补助", 10192.21, null],
        ["年度总体目标", "按时足额兑付新一轮退耕还林还草延长期补助，巩固退耕还林还草成果，退耕地林草植被保存良好。", null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "退耕还林还草延长期补助面积", "≥113万亩"],
        [null, "质量指标", "补助资金兑付准确率", "100%"],
        [null, "时效指标", "补助资金兑付及时率", "≥95%"],
        ["效益指标", "生态效益指标", "退耕地林草植被保存率", "≥85%"],
        [null, "社会效益指标", "退耕农户政策知晓率", "≥90%"],
        ["满意度指标", "服务对象满意度指标", "退耕农户满意度", "≥90%"],
      ],
      merges: ["A1:D1", "A2:D2", "A3:D3", "B4:D4", "B5:D5", "A6:A7", "C6:D6", "C7:D7", "B8:D8", "A10:A12", "A13:A14"],
      numberFormats: { "C6:C7": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "预算安排表", kind: "composition", unit: "万元", headerRow: 4, lastRow: 15, columns: { B: "line", C: "amount" }, year: 2023 },
      { sheet: "区域绩效目标表", kind: "targets", headerRow: 9, lastRow: 15, columns: { A: "type", C: "name", D: "target" } },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        sheet: "预算安排表",
        cell: "C5",
        why: "the ten lines: 1,236.45 + 842.30 + 1,105.68 + 326.12 + 58.76 + 964.20 + 1,422.91 + 2,318.54 + 1,876.03 + 41.22 = 10,192.21; the 合计 says 10,129.21 (63.00 apart)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "区域绩效目标表", cell: "C6", why: "年度金额 10,192.21 = 其中：中央补助 10,192.21 (the 其中 line is the whole)" },
      { rule: "register.ineligible-location", sheet: "预算安排表", cell: "B15", why: "万盛经开区 is 重庆市's own economic zone, as are the nine 区县 in 重庆市" },
      { rule: "input.unreadable-value", sheet: "预算安排表", cell: "D6", why: "the subject column is text (2130699 其他退耕还林还草支出), not an amount" },
      { rule: "composition.total-mismatch", sheet: "预算安排表", cell: "A15", why: "序号 1–10 are numbering, not money" },
      { rule: "selfeval.weights", why: "a target table without 分值: no points to add up" },
      { rule: "selfeval.indicator-contradicted", why: "no 实际完成值: a target table states targets only" },
    ],
  },
};
