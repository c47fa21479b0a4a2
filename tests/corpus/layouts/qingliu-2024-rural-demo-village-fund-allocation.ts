import type { CorpusLayout } from "../types";

// 清流县财政局、清流县乡村振兴局 2024-08-16 (清财（农）指〔2024〕17号, 三明, 福建): 省级乡村振兴试点示范资金 handed down to four villages —
// 附件1 分配表 村名 | 金额 | 列支科目 | 备注 in 万元 to three decimals, one village's money split between two budget items in words in
// its 列支科目 cell; 附件2 the 绩效目标表 (资金情况 block, then 一级 | 二级 | 三级指标 | 指标值). Clean.
export const layout: CorpusLayout = {
  id: "qingliu-2024-rural-demo-village-fund-allocation",
  source: {
    title: "清流县财政局 清流县乡村振兴局关于下达省级乡村振兴试点示范资金的通知（附件1：省级乡村振兴试点示范专项资金分配表；附件2：绩效目标表）",
    url: "http://www.fjql.gov.cn/zwgk/czzj/qtczzj/202408/t20240823_2053450.htm",
    publisher: "清流县财政局、清流县乡村振兴局",
    date: "2024-08-16",
    changes:
      "As published: both annex titles, 单位：万元, the 分配表's columns, the four villages in their order, the 列支科目 codes and the " +
      "split written in one village's 列支科目 cell, the 合 计 spelt with a space. Amounts ours (three decimals kept), the split's two " +
      "parts ours (41.25 + 18.75 = 60). The 绩效目标表 is cut off in the stored copy: its indicators are ours in the province's form. " +
      "Nothing planted (clean).",
  },
  classes: ["composition", "targets", "two-sheets", "clean", "villages-as-lines", "budget-code-column", "split-in-words-in-cell", "three-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "spaced-total-label", "money-block-in-form", "three-level-indicators", "annex-label-row", "county-fund", "fujian"],
  settings: { district: "清流县" },
  sheets: [
    {
      name: "附件1",
      widths: [20, 12, 46, 10],
      rows: [
        ["附件1：", null, null, null],
        ["省级乡村振兴试点示范专项资金分配表", null, null, null],
        [null, null, null, "单位：万元"],
        ["村名", "金额", "列支科目", "备注"],
        ["林畲镇林畲村", 60, "2110302-水体", null],
        ["林畲镇石下村", 95, "2110302-水体", null],
        ["李家乡鲜水村", 84.376, "2110302-水体", null],
        ["沙芜乡铁石村", 60, "其中41.25万款列2110302；18.75万元款列2160699；", null],
        ["合 计", 299.376, null, null],
      ],
      merges: ["A2:D2"],
      numberFormats: { "B5:B9": "0.000" },
    },
    {
      name: "附件2",
      widths: [14, 16, 34, 24],
      rows: [
        ["附件2：", null, null, null],
        ["省级乡村振兴试点示范专项资金绩效目标表", null, null, null],
        ["项目名称", "省级乡村振兴试点示范专项资金", null, null],
        ["主管部门", "清流县乡村振兴局", "实施单位", "林畲镇、李家乡、沙芜乡人民政府"],
        ["资金情况（万元）", "资金总额", 299.376, null],
        [null, "其中：财政拨款", 299.376, null],
        [null, "其他资金", 0, null],
        ["总体目标", "完成4个省级乡村振兴试点示范村水体整治及配套设施建设，改善村容村貌和人居环境。", null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "实施试点示范村项目数（个）", "4"],
        [null, "质量指标", "项目（工程）验收合格率", "100%"],
        [null, "时效指标", "项目（工程）完成及时率", "≥90%"],
        [null, "成本指标", "省级试点示范资金投入（万元）", "≤299.376"],
        ["效益指标", "社会效益指标", "受益农村人口（人）", "≥3000"],
        [null, "生态效益指标", "村庄人居环境改善情况", "明显改善"],
        [null, "可持续影响指标", "工程设计使用年限（年）", "≥10"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"],
      ],
      merges: ["A2:D2", "B3:D3", "A5:A7", "C5:D5", "C6:D6", "C7:D7", "B8:D8", "A10:A13", "A14:A16"],
    },
  ],
  // Corrected after measurement (counted failed): the 列支科目 a line is charged to, repeated down the lines, is their
  // category, as the corpus reads 支出功能分类科目 beside its lines (yaoan-2022-batch7), not the line's code.
  expect: {
    tables: [
      { sheet: "附件1", kind: "composition", unit: "万元", headerRow: 4, lastRow: 9, columns: { A: "line", B: "amount", C: "category" } },
      { sheet: "附件2", kind: "targets", headerRow: 9, lastRow: 17, columns: { A: "type", C: "name", D: "target" } },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", sheet: "附件1", cell: "B9", why: "60 + 95 + 84.376 + 60 = 299.376" },
      { rule: "composition.total-mismatch", sheet: "附件1", cell: "B8", why: "the split in words (41.25 + 18.75 = 60) is how the village's 60 is booked, no further lines" },
      { rule: "composition.total-mismatch", sheet: "附件2", cell: "C5", why: "资金总额 299.376 = 财政拨款 299.376 + 其他资金 0" },
      { rule: "input.unreadable-value", sheet: "附件1", cell: "C8", why: "a budget-item note, no amount" },
      { rule: "composition.approved-mismatch", why: "the form's 资金总额 299.376 = the 分配表's 合 计" },
    ],
  },
};
