import type { CorpusLayout } from "../types";

// 荣昌区观胜镇产业发展服务中心 2026-02-27: 2026年单位预算情况说明 — a 公益一类 unit (农技, 农机, 动物防疫 and 强制免疫, 水利 …), 年初预算数
// 401.73万元. Its project's 项目绩效目标表 laid out as the district's form: label / value pairs, 资金情况（万元） over 年度资金总额 and its
// 其中 lines, then 绩效指标 by 一级 / 二级 / 三级指标 with the 指标值 written with its sign (≥95%), no 分值.
export const layout: CorpusLayout = {
  id: "guansheng-industry-centre-2026-epidemic-prevention-project-targets",
  source: {
    title: "重庆市荣昌区观胜镇产业发展服务中心2026年单位预算情况说明（项目绩效目标表，表据区级表式拟）",
    url: "http://www.rongchang.gov.cn/jz/gsz/zwgk_70755/fdzdgknr_70758/ysjs/ysgk/202602/t20260227_15460969.html",
    publisher: "重庆市荣昌区观胜镇产业发展服务中心",
    date: "2026-02-27",
    changes:
      "The stored page gives the unit's duties (产业发展服务, 农技农机林业水利推广, 动物疫病防疫与强制免疫, 病死畜禽无害化处理 …) and its 年初预算数 " +
      "401.73万元 in prose; no target table is shown. The 项目绩效目标表 is laid out as the district's form (申报单位, 项目名称, 项目属性, 资金情况（万元）: " +
      "年度资金总额 over 其中：1.中央资金 … 4.其他资金, 项目年度目标, 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值), the 指标值 written with " +
      "their signs. The project (the town's animal-epidemic prevention work, one of the duties the page names), its money and every indicator " +
      "are ours. Nothing planted: the money block adds up and a target table carries no points.",
  },
  classes: [
    "targets", "composition", "clean", "qizhong-lines", "numbered-sources", "label-value-pairs", "sign-in-target-value",
    "three-level-indicators", "first-level-merged-down", "no-weights", "two-decimal-wanyuan", "table-from-prose", "town", "chongqing",
  ],
  settings: { district: "荣昌区" },
  sheets: [
    {
      name: "项目绩效目标表",
      widths: [16, 16, 18, 30, 16],
      rows: [
        ["项目绩效目标表", null, null, null, null],
        ["（2026年度）", null, null, null, null],
        ["申报单位", "重庆市荣昌区观胜镇产业发展服务中心", null, "项目名称", "观胜镇动物疫病防控工作经费"],
        ["项目属性", "经常性项目", null, "项目负责人", "王某某"],
        ["资金情况（万元）", "年度资金总额：", 18.6, null, null],
        [null, "其中：1.中央资金", null, null, null],
        [null, "2.市级资金", 4.2, null, null],
        [null, "3.区级资金", 14.4, null, null],
        [null, "4.其他资金", null, null, null],
        ["项目年度目标", "完成全镇春秋两季畜禽强制免疫，开展动物疫病监测和病死畜禽无害化收集，全年不发生区域性重大动物疫情。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [null, "产出指标", "数量指标", "畜禽强制免疫数量", "≥42000头（只）"],
        [null, null, null, "动物疫病监测采样数", "≥600份"],
        [null, null, "质量指标", "强制免疫病种应免密度", "≥95%"],
        [null, null, "时效指标", "春秋两季集中免疫完成时间", "6月底、11月底前"],
        [null, null, "成本指标", "村级防疫员补助标准", "≤1500元/人·年"],
        [null, "效益指标", "社会效益指标", "区域性重大动物疫情发生次数", "0次"],
        [null, "满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"],
      ],
      merges: [
        "A1:E1", "A2:E2", "B3:C3", "B4:C4",
        "A5:A9", "C5:E5", "C6:E6", "C7:E7", "C8:E8", "C9:E9",
        "B10:E10", "A11:A18", "B12:B16",
      ],
      numberFormats: { "C5:C9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "项目绩效目标表", kind: "composition", unit: "万元", headerRow: 5, lastRow: 9, columns: { B: "line", C: "amount" }, year: 2026 },
      { sheet: "项目绩效目标表", kind: "targets", headerRow: 11, lastRow: 18, columns: { B: "type", D: "name", E: "target" }, year: 2026 },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "C5", why: "年度资金总额 18.60 = 中央 nothing + 市级 4.20 + 区级 14.40 + 其他 nothing" },
      { rule: "selfeval.weights", why: "a target table without 分值: no points to add up" },
      { rule: "selfeval.indicator-contradicted", why: "no 实际完成值: a target table states targets only" },
      { rule: "selfeval.target-missed-full-score", why: "no results and no scores" },
      { rule: "input.unreadable-value", cell: "E16", why: "≤1500元/人·年 is a target written in words and signs, not a money cell" },
    ],
  },
};
