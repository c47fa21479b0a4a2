import type { CorpusLayout } from "../types";

// 广州市工业和信息化局 2021-04-22 公示: the 2021 provincial 促进经济高质量发展专项资金 for 先进制造业集群培育 — 附件1 the 安排计划
// (单位：万元; 序号 | 项目名称 | 促进机构名称 | 补助资金) and 附件2 its 绩效目标 (总体目标 in prose, then 一级 / 二级 / 三级指标 | 指标值).
export const layout: CorpusLayout = {
  id: "guangzhou-2021-cluster-promotion-fund-plan-targets",
  source: {
    title: "广州市工业和信息化局关于2021年省级促进经济高质量发展专项资金（工业企业转型升级-战略性产业集群产业链支撑）支持先进制造业集群培育方向安排计划的公示",
    url: "http://www.hpsme.org.cn/Info.aspx?Gcode=020302&id=14598",
    publisher: "广州市工业和信息化局",
    date: "2021-04-22",
    changes:
      "As published: both attachments' titles, 单位：万元, the plan's four columns and its first line (广东省广深佛莞智能装备产业集群 | 广东省机械工业质量管理协会 | 600), " +
      "the opening of the 总体目标. Ours: the plan's two further lines and its 合计 row, the target table's indicators and values (the stored copy breaks off " +
      "after the 总体目标). Planted: the plan's 合计 typed 1,600 where 600 + 450 + 500 = 1,550.",
  },
  classes: [
    "composition", "targets", "two-sheets", "allocation-by-project", "organisation-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot",
    "overall-goal-row", "merged-type-cells", "three-indicator-levels", "city-bureau", "provincial-fund", "guangdong",
  ],
  settings: { district: "广州市" },
  sheets: [
    {
      name: "安排计划",
      widths: [6, 40, 30, 12],
      rows: [
        ["广州市工业和信息化局关于2021年省级促进经济高质量发展专项资金（工业企业转型升级-战略性产业集群产业链支撑）支持先进制造业集群培育方向安排计划", null, null, null],
        ["单位：万元", null, null, null],
        ["序号", "项目名称", "促进机构名称", "补助资金"],
        [1, "广东省广深佛莞智能装备产业集群", "广东省机械工业质量管理协会", 600],
        [2, "广东省广佛惠超高清视频和智能家电产业集群", "广州市超高清视频产业促进会", 450],
        [3, "广东省广深佛莞汽车产业集群", "广州市汽车行业协会", 500],
        ["合计", null, null, 1600],
      ],
      merges: ["A1:D1", "A2:D2", "A7:C7"],
    },
    {
      name: "绩效目标",
      widths: [14, 20, 34, 14],
      rows: [
        ["2021年省级促进经济高质量发展专项资金（工业企业转型升级-战略性产业集群产业链支撑）支持先进制造业集群培育方向绩效目标", null, null, null],
        ["总体目标", "中央财政资金及时到位，支持先进制造业集群促进机构围绕集群发展进行日常运营管理、公共服务活动，推动集群企业协同创新和产业链上下游对接。", null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "支持集群促进机构数量", "3个"],
        [null, "数量指标", "组织集群公共服务活动场次", "≥20场"],
        [null, "质量指标", "促进机构年度考核合格率", "100%"],
        [null, "时效指标", "资金拨付及时率", "100%"],
        ["效益指标", "经济效益指标", "集群营业收入增长率", "≥5%"],
        [null, "社会效益指标", "带动集群企业参与协同创新数量", "≥50家"],
        ["满意度指标", "服务对象满意度指标", "集群企业满意度", "≥90%"],
      ],
      merges: ["A1:D1", "B2:D2", "A4:A7", "A8:A9"],
    },
  ],
  expect: {
    tables: [
      { sheet: "安排计划", kind: "composition", unit: "万元", headerRow: 3, lastRow: 7, columns: { B: "line", D: "amount" } },
      { sheet: "绩效目标", kind: "targets", headerRow: 3, lastRow: 10, columns: { A: "type", C: "name", D: "target" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "安排计划", cell: "D7", why: "合计 1,600; the three lines 600 + 450 + 500 = 1,550 (50万元 over)" },
    ],
    absent: [
      { rule: "composition.line-mismatch", sheet: "安排计划", why: "no line states a count or standard to multiply" },
      { rule: "selfeval.weights", sheet: "绩效目标", why: "a target table without 分值: no points to add up" },
      { rule: "selfeval.indicator-contradicted", sheet: "绩效目标", why: "no 实际完成值: the table states targets only" },
      { rule: "input.unreadable-value", sheet: "绩效目标", cell: "D5", why: "≥20场, 3个, ≥5% are targets, text by nature" },
      { rule: "input.unreadable-value", sheet: "绩效目标", cell: "B2", why: "the 总体目标 is prose above the table" },
    ],
  },
};
