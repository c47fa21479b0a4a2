import type { CorpusLayout } from "../types";

// 荣财农〔2021〕99号 (重庆市荣昌区财政局, 2022-02-11): 提前下达2022年水库移民后期扶持基金（资金） to 区水利局 — central and 市级 money, 具体项目、
// 金额和科目详见附件1, 项目绩效详见附件2. Laid out as those two attachments: the project table and its 绩效目标表.
export const layout: CorpusLayout = {
  id: "rongchang-2022-reservoir-resettlement-fund",
  source: {
    title: "重庆市荣昌区财政局关于提前下达2022年水库移民后期扶持基金（资金）的通知（荣财农〔2021〕99号）附件1、附件2",
    url: "http://www.rongchang.gov.cn/bm/qczj/zwgk_70831/zfxxgkml_160169/zdzj/gzjz/202202/t20220211_10381788.html",
    publisher: "重庆市荣昌区财政局",
    date: "2022-02-11",
    changes:
      "As published: the notice (中央资金 and 市级资金, 参照直达 money, projects, amounts and 科目 in 附件1, 绩效 in 附件2). The stored copy carries the text, not " +
      "the attachments: 附件1 laid out as 序号 | 项目名称 | 实施单位 | 合计 | 资金来源 (中央资金 | 市级资金) | 支出功能科目, 附件2 as 一级 | 二级 | 三级指标 | " +
      "指标值; projects, towns of 荣昌区, amounts (3,120 = 2,960 + 160) and targets are ours. Planted: 龙集镇's 合计 typed 219 against 149 + 60 = 209, so the " +
      "合计 column's lines as typed (3,130) also miss its foot 3,120.",
  },
  classes: ["composition", "targets", "two-sheets", "attachments-as-sheets", "project-lines", "implementing-unit-column", "sources-under-merged-header", "total-column-first", "function-code-column", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "target-table", "district-fund", "chongqing"],
  settings: { district: "荣昌区" },
  sheets: [
    {
      name: "附件1",
      widths: [6, 36, 16, 10, 10, 10, 14],
      rows: [
        ["附件1", null, null, null, null, null, null],
        ["2022年水库移民后期扶持基金（资金）项目分配表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "实施单位", "合计", "资金来源", null, "支出功能科目"],
        [null, null, null, null, "中央资金", "市级资金", null],
        [1, "2022年大中型水库移民后期扶持直补资金", "区水利局", 1746, 1746, 0, "2240850"],
        [2, "清江镇移民村道路硬化项目", "清江镇人民政府", 420, 420, 0, "2240851"],
        [3, "河包镇移民安置区人居环境整治项目", "河包镇人民政府", 365, 365, 0, "2240851"],
        [4, "古昌镇移民产业扶持项目", "古昌镇人民政府", 320, 280, 40, "2240851"],
        [5, "龙集镇移民村灌溉渠系改造项目", "龙集镇人民政府", 219, 149, 60, "2240851"],
        [6, "移民后期扶持项目管理及技术培训", "区水利局", 60, 0, 60, "2240899"],
        ["合计", null, null, 3120, 2960, 160, null],
      ],
      merges: ["A2:G2", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4", "G4:G5", "A12:C12"],
    },
    {
      name: "附件2",
      widths: [14, 18, 30, 18],
      rows: [
        ["附件2", null, null, null],
        ["2022年水库移民后期扶持基金（资金）项目绩效目标表", null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "直补移民人数", "≥29100人"],
        [null, "数量指标", "移民村道路硬化里程", "≥6.5公里"],
        [null, "质量指标", "项目验收合格率", "100%"],
        [null, "时效指标", "直补资金发放及时率", "100%"],
        [null, "成本指标", "直补标准", "600元/人·年"],
        ["效益指标", "社会效益指标", "移民人均可支配收入增幅", "≥6%"],
        [null, "可持续影响指标", "项目持续发挥效益年限", "≥10年"],
        ["满意度指标", "服务对象满意度指标", "移民群众满意度", "≥90%"],
      ],
      merges: ["A2:D2", "A4:A8", "A9:A10"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 12,
        columns: { B: "line", D: "amount", E: "amount:中央资金", F: "amount:市级资金" },
        year: 2022,
      },
      { sheet: "附件2", kind: "targets", headerRow: 3, lastRow: 11, columns: { A: "type", C: "name", D: "target" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "附件1", cell: "D10", why: "龙集镇 合计 219 against 中央资金 149 + 市级资金 60 = 209: 10万元 over" },
      { rule: "composition.total-mismatch", sheet: "附件1", cell: "D12", why: "合计 3,120 against the lines as typed 1,746 + 420 + 365 + 320 + 219 + 60 = 3,130: 10万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "附件1", cell: "E12", why: "中央资金 2,960 = 1,746 + 420 + 365 + 280 + 149 + 0" },
      { rule: "composition.total-mismatch", sheet: "附件1", cell: "F12", why: "市级资金 160 = 40 + 60 + 60" },
      { rule: "composition.total-mismatch", sheet: "附件1", cell: "D9", why: "古昌镇 320 = 280 + 40" },
      { rule: "input.unreadable-value", sheet: "附件1", cell: "G6", why: "2240850 is a function code typed as text, not an amount" },
      { rule: "selfeval.weights", sheet: "附件2", why: "a target table without 分值: no points to add up" },
      { rule: "selfeval.indicator-contradicted", sheet: "附件2", why: "no 实际完成值: targets set at allocation" },
      { rule: "register.ineligible-location", why: "towns of 荣昌区 implementing projects; no register" },
    ],
  },
};
