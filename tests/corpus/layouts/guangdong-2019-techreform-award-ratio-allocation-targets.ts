import type { CorpusLayout } from "../types";

// 广东省工业和信息化厅 2019-10-14: the 2019 加大工业企业技术改造奖励力度（按标准落实奖励比例） money put up for comment, two attachments —
// 附件1 资金使用安排额度表 (序号 | 地区 | 安排额度 | 备注, 合计 at the foot) and 附件2 资金项目绩效目标表 (资金名称, 主管部门, 资金总额, 总体目标,
// then 一级 / 二级 / 三级指标 | 指标值).
export const layout: CorpusLayout = {
  id: "guangdong-2019-techreform-award-ratio-allocation-targets",
  source: {
    title: "2019年加大工业企业技术改造奖励力度（按标准落实奖励比例）资金项目计划公示（附件1、附件2，表据正文拟）",
    url: "http://hntfsm.com/article/content/201910/1204/1.html",
    publisher: "广东省工业和信息化厅",
    date: "2019-10-14",
    changes:
      "The stored copy gives the notice (公示期 2019-10-14 to 10-20) and the two attachments' titles; the attachments are a zip it does not hold " +
      "(table-not-in-stored-copy). Both are laid out from their titles and the province's usual forms: 附件1 by city with 合计 at the foot, 附件2 " +
      "as the 省级专项资金 绩效目标表 (资金名称, 主管部门, 资金总额, 总体目标, three levels of indicators, 指标值). The ten cities, the figures and the " +
      "indicators are ours. Planted: 附件1's 合计 typed 23,460 (digits swapped) where the cities add up to 24,360.",
  },
  classes: [
    "composition", "targets", "two-sheets", "cities-as-lines", "total-at-foot", "remarks-column", "whole-wanyuan", "wanyuan-caption",
    "three-level-indicators", "text-targets", "no-weights", "money-line-in-form", "table-not-in-stored-copy", "provincial-list", "guangdong",
  ],
  settings: { district: "广东省" },
  sheets: [
    {
      name: "附件1",
      widths: [6, 14, 16, 24],
      rows: [
        ["2019年加大工业企业技术改造奖励力度（按标准落实奖励比例）资金使用安排额度表", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "地区", "安排额度", "备注"],
        [1, "广州市", 4860, null],
        [2, "珠海市", 1250, null],
        [3, "汕头市", 1120, null],
        [4, "佛山市", 5340, null],
        [5, "惠州市", 2180, null],
        [6, "东莞市", 4720, "含松山湖"],
        [7, "中山市", 1690, null],
        [8, "江门市", 1460, null],
        [9, "肇庆市", 980, null],
        [10, "湛江市", 760, null],
        ["合计", null, 23460, null],
      ],
      merges: ["A1:D1", "A14:B14"],
      numberFormats: { "C4:C14": "#,##0" },
    },
    {
      name: "附件2",
      widths: [14, 18, 30, 20],
      rows: [
        ["2019年加大工业企业技术改造奖励力度（按标准落实奖励比例）资金项目绩效目标表", null, null, null],
        ["专项资金名称", "省级促进经济高质量发展专项资金（加大工业企业技术改造奖励力度）", null, null],
        ["主管部门", "广东省工业和信息化厅", "资金总额（万元）", 24360],
        ["总体目标", "按标准落实工业企业技术改造奖励比例，支持企业实施新一轮技术改造，推动制造业高质量发展。", null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "支持技术改造项目数", "≥800个"],
        [null, null, "带动工业技术改造投资", "≥300亿元"],
        [null, "质量指标", "奖励资金按标准兑现率", "100%"],
        [null, "时效指标", "资金下达时间", "2019年12月底前"],
        ["效益指标", "经济效益指标", "受奖励企业工业增加值增长", "≥8%"],
        [null, "社会效益指标", "企业技术改造积极性", "明显提升"],
        [null, "可持续影响指标", "推动产业转型升级", "长期"],
        ["满意度指标", "服务对象满意度指标", "受奖励企业满意度", "≥90%"],
      ],
      merges: ["A1:D1", "B2:D2", "B4:D4", "A6:A9", "B6:B7", "A10:A12"],
    },
  ],
  expect: {
    tables: [
      { sheet: "附件1", kind: "composition", unit: "万元", headerRow: 3, lastRow: 14, columns: { B: "line", C: "amount" }, year: 2019 },
      { sheet: "附件2", kind: "targets", headerRow: 5, lastRow: 13, columns: { A: "type", C: "name", D: "target" }, year: 2019 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        sheet: "附件1",
        cell: "C14",
        why: "合计 23,460; 4,860 + 1,250 + 1,120 + 5,340 + 2,180 + 4,720 + 1,690 + 1,460 + 980 + 760 = 24,360 (digits swapped): 900万元 apart",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "附件1", cell: "A4", why: "序号 1 … 10 number the cities, no money" },
      { rule: "input.unreadable-value", sheet: "附件1", cell: "D9", why: "含松山湖 is a remark, not an amount" },
      { rule: "selfeval.weights", why: "the target table states no 分值 and no points in a heading" },
      { rule: "selfeval.indicator-contradicted", why: "targets only: no result stated" },
      { rule: "input.unreadable-value", sheet: "附件2", why: "the 指标值 (≥800个, 明显提升, 2019年12月底前) are targets, text by nature" },
    ],
  },
};
