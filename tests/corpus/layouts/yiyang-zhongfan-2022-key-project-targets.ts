import type { CorpusLayout } from "../types";

// 弋阳县中畈乡 2022年部门预算: its contents list 《部门整体支出绩效目标表》 and 《重点项目绩效目标表》 among the tables. The page shows the
// 概况 and contents; the 重点项目绩效目标表 is set out in the 江西 form — 项目名称, 主管部门 | 实施单位, 资金情况 (年度资金总额 over 其中：财政拨款 |
// 其他资金), 年度总体目标, then 一级指标 | 二级指标 | 三级指标 | 指标值 with the levels merged down.
export const layout: CorpusLayout = {
  id: "yiyang-zhongfan-2022-key-project-targets",
  source: {
    title: "弋阳县中畈乡2022年部门预算（十一、重点项目绩效目标表；表据江西格式拟）",
    url: "http://jindimoban.com/yyxzfx/czyjs/202203/8aab4c9053b44adcab85a4088b932339.shtml",
    publisher: "弋阳县中畈乡人民政府",
    date: "2022-03",
    changes:
      "As published: the department (本级 and 3 second-level units), its contents list naming the 重点项目绩效目标表. The table is not in the stored " +
      "copy: the project (农村人居环境整治), its money and indicators are ours, in the 江西 form. Planted: 年度资金总额 80 where 财政拨款 70 + " +
      "其他资金 5 = 75.",
  },
  classes: ["targets", "composition", "money-block", "qizhong-lines", "three-level-indicators", "merged-text-down", "text-targets", "time-target", "cost-target", "percent-target", "no-points", "table-not-in-stored-copy", "township", "jiangxi"],
  settings: { district: "弋阳县" },
  sheets: [
    {
      name: "重点项目绩效目标表",
      widths: [16, 16, 18, 28, 18],
      rows: [
        ["2022年重点项目绩效目标表", null, null, null, null],
        ["部门（单位）：弋阳县中畈乡人民政府", null, null, null, "单位：万元"],
        ["项目名称", "中畈乡农村人居环境整治项目", null, null, null],
        ["主管部门", "弋阳县中畈乡人民政府", "实施单位", "弋阳县中畈乡人民政府", null],
        ["资金情况（万元）", "年度资金总额", 80, null, null],
        [null, "其中：财政拨款", 70, null, null],
        [null, "其他资金", 5, null, null],
        ["年度总体目标", "完成8个行政村人居环境整治，清理农村生活垃圾及沟渠淤泥，建立村庄保洁长效管护机制，村容村貌明显改善。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [null, "产出指标", "数量指标", "整治行政村数量", "8个"],
        [null, null, null, "清理垃圾及淤泥量", "≥1200吨"],
        [null, null, "质量指标", "整治验收合格率", "100%"],
        [null, null, "时效指标", "项目完成时间", "2022年12月底前"],
        [null, null, "成本指标", "项目总成本", "≤80万元"],
        [null, "效益指标", "社会效益指标", "村庄人居环境", "明显改善"],
        [null, null, "可持续影响指标", "村庄保洁长效管护机制", "建立并运行"],
        [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
      ],
      merges: ["A1:E1", "A2:D2", "B3:E3", "D4:E4", "A5:A7", "C5:E5", "C6:E6", "C7:E7", "B8:E8", "A9:A17", "B10:B14", "C10:C11", "B15:B16"],
    },
  ],
  expect: {
    tables: [
      { sheet: "重点项目绩效目标表", kind: "composition", unit: "万元", headerRow: 5, lastRow: 7, columns: { B: "line", C: "amount" } },
      { sheet: "重点项目绩效目标表", kind: "targets", headerRow: 9, lastRow: 17, columns: { B: "type", D: "name", E: "target" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C5", why: "年度资金总额 80 where 财政拨款 70 + 其他资金 5 = 75: 5万元 apart" },
    ],
    absent: [
      { rule: "selfeval.weights", why: "a target table without 分值: no points to add up" },
      { rule: "selfeval.indicator-contradicted", why: "no 实际完成值: the table states targets only" },
      { rule: "input.unreadable-value", cell: "E13", why: "2022年12月底前 is a target, text by nature" },
      { rule: "input.unreadable-value", cell: "E15", why: "明显改善 is a qualitative target" },
      { rule: "composition.total-mismatch", cell: "E14", why: "≤80万元 is a cost target, no money of the block" },
    ],
  },
};
