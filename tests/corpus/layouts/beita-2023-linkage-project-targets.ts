import type { CorpusLayout } from "../types";

// 邵阳市北塔区财政局 邵北财农绩〔2023〕1号: the approved performance targets of the district's first batch of 2023
// 衔接推进乡村振兴 projects — one project's 绩效目标表: label–value rows, the year's money with its 其中 by level of
// government (中央 / 省级 / 区级), the year's goal, then 三级指标 with 指标值 and no results column.
export const layout: CorpusLayout = {
  id: "beita-2023-linkage-project-targets",
  source: {
    title: "关于下达2023年第一批财政衔接推进乡村振兴补助资金项目绩效目标的通知（邵北财农绩〔2023〕1号）",
    url: "https://doc.chddh.cn/archives/769xb3le5kv34lmzpngj.html",
    publisher: "邵阳市北塔区财政局",
    date: "2023",
    changes:
      "The notice's text is as the stored copy shows it (审核通过的项目绩效目标批复给你单位; 20个工作日内将绩效目标表公开; 财办农〔2019〕68号). " +
      "The stored copy shows only the notice's first page, so the 绩效目标表 follows the 衔接资金 project target form as Hunan " +
      "counties publish it (项目名称 / 主管部门 / 实施单位 / 项目属性; 项目资金（万元） 年度资金总额 with 其中 by level; 年度绩效目标; " +
      "一级 / 二级 / 三级指标 | 指标值 | 备注; 填报单位 line); the project (an industrial road), the street, the money and the " +
      "targets are ours. Planted: 年度资金总额 120.00 where 中央 80.00 + 省级 30.00 + 区级 12.00 = 122.00.",
  },
  classes: ["targets", "composition", "two-tables-one-form", "label-value-rows", "qizhong-lines", "money-by-level", "cost-target", "no-results-column", "hunan", "signoff-line"],
  sheets: [
    {
      name: "项目绩效目标表",
      widths: [16, 20, 16, 24, 20, 14],
      rows: [
        ["北塔区2023年第一批财政衔接推进乡村振兴补助资金项目绩效目标表", null, null, null, null, null],
        ["项目名称", "茶元头街道南山村产业路硬化项目", null, "主管部门", "北塔区农业农村局", null],
        ["实施单位", "茶元头街道办事处", null, "项目属性", "新建", null],
        ["项目资金（万元）", "年度资金总额", 120, null, null, null],
        [null, "其中：中央财政衔接资金", 80, null, null, null],
        [null, "省级财政衔接资金", 30, null, null, null],
        [null, "区级财政衔接资金", 12, null, null, null],
        ["年度绩效目标", "硬化南山村产业路2.5公里，改善蔬菜基地运输条件，带动脱贫户和监测户增收。", null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注"],
        [null, "产出指标", "数量指标", "硬化产业路长度", "≥2.5公里", null],
        [null, null, "质量指标", "工程验收合格率", "100%", null],
        [null, null, "时效指标", "项目完工时间", "2023年10月底前", null],
        [null, null, "成本指标", "每公里补助标准", "≤48万元/公里", null],
        [null, "效益指标", "经济效益指标", "带动脱贫户户均增收", "≥500元", null],
        [null, null, "社会效益指标", "受益脱贫人口", "≥320人", null],
        [null, null, "可持续影响指标", "道路使用年限", "≥10年", null],
        [null, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥95%", null],
        ["填报单位（盖章）：茶元头街道办事处", null, null, "填报人：肖红梅", "联系电话：0739-5221086", null],
      ],
      merges: [
        "A1:F1", "B2:C2", "E2:F2", "B3:C3", "E3:F3", "A4:A7", "C4:F4", "C5:F5", "C6:F6", "C7:F7", "B8:F8", "A9:A17", "B10:B13", "B14:B16",
        "A18:C18", "E18:F18",
      ],
      numberFormats: { "C4:C7": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "项目绩效目标表", kind: "composition", unit: "万元", headerRow: 4, lastRow: 7, columns: { B: "line", C: "amount" }, year: 2023 },
      { sheet: "项目绩效目标表", kind: "targets", headerRow: 9, lastRow: 17, columns: { D: "name", E: "target" }, year: 2023 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "C4",
        why: "年度资金总额 120.00; its 其中 lines 中央 80.00 + 省级 30.00 + 区级 12.00 = 122.00 (2.00万元 more)",
      },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "no unit price column: 2.5公里 × 48万元/公里 = 120.00 is in the targets, as text" },
      { rule: "input.unreadable-value", why: "指标值 (≥2.5公里, 2023年10月底前, ≤48万元/公里) and the label–value rows are text by nature" },
      { rule: "selfeval.weights", why: "a target table has no 分值" },
      { rule: "selfeval.indicator-contradicted", why: "the form states targets only, no results" },
      { rule: "execution.overspent", why: "the form holds no spending" },
    ],
  },
};
