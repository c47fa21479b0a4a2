import type { CorpusLayout } from "../types";

// 安溪县水利局 (福建 泉州) 2023-03-20: the 2022 省级第七批水利专项资金 (闽财农指〔2022〕72号), 100万元 for seven small water works in seven
// towns, with two annexes: the 资金安排表 (序号 | 乡镇名称 | 项 目 名 称 | 金额 | 备注, 合计) and a 绩效目标表 whose indicator values run across
// one column per village.
export const layout: CorpusLayout = {
  id: "anxi-2022-provincial-water-fund-batch7",
  source: {
    title: "安溪县水利局关于下达2022年省级第七批水利专项资金的通知（附件1：资金安排表；附件2：绩效目标表）",
    url: "http://fjax.gov.cn/zwgk/zdgkxx/sl/slgcjs/202403/t20240304_3010568.htm",
    publisher: "安溪县水利局",
    date: "2023-03-20",
    changes:
      "As published: both annexes' titles, headings (项 目 名 称 and 指 标 解 释 spaced), the seven towns, villages and projects with their " +
      "amounts (20, 15, 20, 10, 10, 10, 15; 合计 100), the target form's money block (资金总额 100, 其中：财政拨款 100, 其他资金) and its first " +
      "indicator (开展小型水利工程建设（个）, 1 a village). The stored copy breaks off after 时效指标: that indicator's value and the others are " +
      "ours. Planted: 魁斗镇's 10 written 12, so the lines add up to 102 against the stated 合计 100.",
  },
  classes: ["composition", "targets", "two-sheets", "allocation-by-project", "towns-as-places", "spaced-headers", "total-at-foot", "wanyuan-caption", "money-block-in-one-row", "indicator-value-per-village", "three-level-indicators", "fujian"],
  settings: { asOf: "2023-03-20", district: "安溪县" },
  sheets: [
    {
      name: "资金安排表",
      widths: [6, 10, 36, 10, 10],
      rows: [
        ["附件1", null, null, null, null],
        ["2022年省级第七批水利专项资金安排表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "乡镇名称", "项 目 名 称", "金额", "备注"],
        [1, "西坪镇", "尧山村排洪排水工程建设", 20, null],
        [2, "桃舟乡", "吾培村前村洋头水圳修复", 15, null],
        [3, "芦田镇", "三洋村坝头溪河道治理", 20, null],
        [4, "蓬莱镇", "植洋村墩后角落溪流河堤修复", 10, null],
        [5, "魁斗镇", "奇观村河道护岸修复", 12, null],
        [6, "龙涓乡", "长塔村水利设施修复", 10, null],
        [7, "尚卿乡", "尤俊村堤岸修复", 15, null],
        ["合计", null, null, 100, null],
      ],
      merges: ["A1:E1", "A2:E2", "A12:C12"],
    },
    {
      name: "绩效目标表",
      widths: [10, 12, 26, 30, 10, 10, 10, 10, 10, 10, 10],
      rows: [
        ["附件2", null, null, null, null, null, null, null, null, null, null],
        ["2022年省级第七批水利专项资金绩效目标表", null, null, null, null, null, null, null, null, null, null],
        ["项目名称", "省级第七批水利专项资金", null, null, "主管部门（单位）名称", null, "安溪县水利局", null, null, null, null],
        ["资金情况（万元）", "资金总额", 100, "其中：财政拨款", 100, "其他资金", null, null, null, null, null],
        ["总 体 目 标", "开展7个小型水利工程建设", null, null, null, null, null, null, null, null, null],
        ["绩效 指标", "一级指标", "二级指标", "三级指标", "指 标 解 释", "西坪镇尧山村", "桃舟乡吾培村", "芦田镇三洋村", "蓬莱镇植洋村", "魁斗镇奇观村", "龙涓乡长塔村"],
        [null, "产出 指标", "数量指标", "开展小型水利工程建设（个）", "反映小型水利工程建设项目开展情况", 1, 1, 1, 1, 1, 1],
        [null, null, "质量指标", "工程验收合格率（%）", "反映工程建设质量", 100, 100, 100, 100, 100, 100],
        [null, null, "时效指标", "截至2023年底完工率（%）", "反映项目建设进度", 100, 100, 100, 100, 100, 100],
        [null, "效益 指标", "社会效益指标", "受益人口（人）", "反映项目惠及群众情况", 800, 650, 900, 500, 600, 550],
        [null, "满意度 指标", "服务对象满意度指标", "受益群众满意度（%）", "反映群众对项目的满意程度", 90, 90, 90, 90, 90, 90],
        ["注：尚卿乡尤俊村各项指标与上列相同，略。", null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:K1", "A2:K2", "B3:D3", "E3:F3", "G3:K3", "G4:K4", "B5:K5", "A6:A11", "B7:B9", "A12:K12"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金安排表",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 12,
        columns: { B: "category", C: "line", D: "amount" },
        year: 2022,
      },
      { sheet: "绩效目标表", kind: "targets", headerRow: 6, lastRow: 11, columns: { B: "type", D: "name", F: "target" }, year: 2022 },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "资金安排表", cell: "D12", why: "the seven projects add up to 20 + 15 + 20 + 10 + 12 + 10 + 15 = 102, stated 合计 100" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "资金安排表", cell: "D5", why: "a line is no total" },
      { rule: "composition.total-mismatch", sheet: "绩效目标表", why: "资金总额 100 = 财政拨款 100 + 其他资金 (blank)" },
      { rule: "selfeval.indicator-contradicted", why: "a target form states no results" },
      { rule: "register.ineligible-location", why: "no register: the towns are 安溪县's own" },
      { rule: "input.unreadable-value", why: "the notes and spaced headings are text" },
    ],
  },
};
