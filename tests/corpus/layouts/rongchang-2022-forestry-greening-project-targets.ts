import type { CorpusLayout } from "../types";

// 荣昌区林业局 2022 department budget, 附件2-1: a 项目绩效目标表 (2022年度) — 申报单位 / 项目名称 / 项目属性 pairs, a 资金情况（万元） block
// (年度资金总额 over 其中：1.中央资金 … 4.其他资金, figures to four decimals), then 绩效指标 by 一级 / 二级 / 三级指标 with 计量单位,
// 指标性质 (=, ≥, ≤) and 指标值 in separate columns, no 分值.
export const layout: CorpusLayout = {
  id: "rongchang-2022-forestry-greening-project-targets",
  source: {
    title: "重庆市荣昌区林业局2022年部门预算（附件2-1 项目绩效目标表（2022年度））",
    url: "http://www.rongchang.gov.cn/bm/qlyj/zwgk_70831/fdzdgknr_70834/ysjs/ysgk/202209/t20220907_11085882.html",
    publisher: "重庆市荣昌区林业局",
    date: "2022-09-07",
    changes:
      "As published: the form's rows and wording (申报单位, 具体实施单位, 项目属性, 项目负责人, 资金情况（万元）, 年度资金总额：, 其中：1.中央资金 … 4.其他资金, " +
      "项目概况及立项依据, 项目总体目标, 项目年度目标, 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 计量单位 | 指标性质 | 指标值), figures to four decimals. " +
      "Ours: the project (another village's greening), the person (named 李某某, phone left out), every figure and the indicators below 质量指标 " +
      "(the stored copy breaks off at 时效指标). Planted: 年度资金总额 128.6420 where 市级 98.6420 + 区级 36.0000 give 134.6420.",
  },
  classes: ["targets", "composition", "qizhong-lines", "numbered-sources", "four-decimal-wanyuan", "label-value-pairs", "operator-column", "unit-column", "three-level-indicators", "no-weights", "district-department", "chongqing"],
  sheets: [
    {
      name: "项目绩效目标表",
      widths: [14, 16, 16, 22, 10, 10, 12],
      rows: [
        ["项目绩效目标表", null, null, null, null, null, null],
        ["（2022年度）", null, null, null, null, null, null],
        ["申报单位", "区林业局", null, "项目（专项）名称", "盘龙镇新岚村乡村振兴绿化美化项目", null, null],
        ["具体实施单位", "区林业局", null, "项目属性", "延续", null, null],
        ["项目负责人", "李某某", null, "联系电话", "（略）", null, null],
        ["资金情况（万元）", "年度资金总额：", 128.642, null, null, null, null],
        [null, "其中：1.中央资金", null, null, null, null, null],
        [null, "2.市级资金", 98.642, null, null, null, null],
        [null, "3.区级资金", 36, null, null, null, null],
        [null, "4.其他资金", null, null, null, null, null],
        ["项目概况及立项依据", "在盘龙镇新岚村实施乡村公路沿线绿化；向沿线村民发放经果林苗木。", null, null, null, null, null],
        ["项目总体目标", "对盘龙镇新岚村约2800米公路沿线进行绿化美化。", null, null, null, null, null],
        ["项目年度目标", "通过地面清表、苗木采购和栽植、区域造景、管护等措施，完成约2800米公路沿线绿化美化，同时向沿线村民发放经果林苗木。", null, null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "计量单位", "指标性质", "指标值"],
        [null, "产出指标", "数量指标", "绿化美化公路", "米", "=", 2800],
        [null, null, null, "购买发放经果林苗木", "株", "=", 12000],
        [null, null, "质量指标", "树木成活率", "%", "≥", 85],
        [null, null, "时效指标", "项目完成时间", "月", "≤", 12],
        [null, null, "成本指标", "每米绿化成本", "元", "≤", 300],
        [null, "效益指标", "社会效益指标", "改善村容村貌受益农户", "户", "≥", 260],
        [null, null, "生态效益指标", "新增绿化面积", "平方米", "≥", 16800],
        [null, "满意度指标", "服务对象满意度指标", "沿线群众满意度", "%", "≥", 90],
      ],
      merges: [
        "A1:G1", "A2:G2", "B3:C3", "E3:G3", "B4:C4", "E4:G4", "B5:C5", "E5:G5",
        "A6:A10", "C6:G6", "C7:G7", "C8:G8", "C9:G9", "C10:G10",
        "B11:G11", "B12:G12", "B13:G13",
        "A14:A22", "B15:B19", "C15:C16", "B20:B21",
      ],
      numberFormats: { "C6:C10": "0.0000" },
    },
  ],
  expect: {
    tables: [
      { sheet: "项目绩效目标表", kind: "composition", unit: "万元", headerRow: 6, lastRow: 10, columns: { B: "line", C: "amount" }, year: 2022 },
      { sheet: "项目绩效目标表", kind: "targets", headerRow: 14, lastRow: 22, columns: { B: "type", D: "name", G: "target" }, year: 2022 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C6", why: "年度资金总额 128.6420; its 其中 lines 中央 nothing + 市级 98.6420 + 区级 36.0000 + 其他 nothing = 134.6420 (6.0000万元 apart)" },
    ],
    absent: [
      { rule: "selfeval.weights", why: "a target table without 分值: no points to add up" },
      { rule: "selfeval.indicator-contradicted", why: "no 实际完成值: a target table states targets only" },
      { rule: "composition.total-mismatch", cell: "G15", why: "indicator values (米, 株, %) are no money" },
      { rule: "input.unreadable-value", cell: "E5", why: "（略） is a contact cell, not a number" },
    ],
  },
};
