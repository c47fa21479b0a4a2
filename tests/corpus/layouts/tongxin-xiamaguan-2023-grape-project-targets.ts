import type { CorpusLayout } from "../types";

// 宁夏 同心县下马关镇 2023-03-27: the targets set for a 衔接 project — 50万元 of central 衔接推进乡村振兴 money to plant 黄金蜜 grapes in ten
// greenhouses (1,760株 a 栋). Laid out as the notice's annex, 绩效目标设定表: label–value rows, the money (年度资金总额 and its sources), the
// overall goal, then 一级 / 二级 / 三级指标 | 指标值 with the placeholders of the template kept in the names (≥**株).
export const layout: CorpusLayout = {
  id: "tongxin-xiamaguan-2023-grape-project-targets",
  source: {
    title: "关于下马关镇设施农业黄金蜜（葡萄）种植项目绩效目标设定的公示（附件：绩效目标设定表）",
    url: "https://www.tongxin.gov.cn/zwgk/zfxxgkml/zdxm/zdxm_54945/202309/t20230919_4273316.html",
    publisher: "同心县下马关镇人民政府",
    date: "2023-03-27",
    changes:
      "As published: the project, its documents (同财农(农)指标〔2023〕2-1号, 宁财(农)指标[2022]605号), the 50万元, the person in charge, the overall goal " +
      "and every indicator with its value as the notice lists them (≥17600株, ≥85%, ≥100%, ≤28.40元/株, ≥80万元 twice, ≥10户, 提高, 持续发展, ≥95%). " +
      "The annex itself (an .xlsx) is not in the stored copy: its layout (label rows, 资金情况（万元） over 年度资金总额 | 其中 | 其他资金, the indicator " +
      "table) follows the region's 绩效目标表 and the split of the money is ours. Planted: 年度资金总额 50 over sources of 45 (central) + 3 (farmers' " +
      "own money) = 48.",
  },
  classes: ["targets", "composition", "two-tables-one-form", "label-value-rows", "money-block-under-side-label", "qizhong-lines", "total-row-first", "placeholders-in-names", "text-targets", "no-results-column", "no-weights", "signoff-line", "ningxia"],
  sheets: [
    {
      name: "绩效目标设定表",
      widths: [14, 16, 18, 48, 16],
      rows: [
        ["下马关镇设施农业黄金蜜（葡萄）种植项目绩效目标设定表", null, null, null, null],
        ["（2023年度）", null, null, null, null],
        ["项目名称", "同心县下马关镇设施农业黄金蜜（葡萄）种植项目", null, null, null],
        ["项目负责人", "金秀梧", null, "实施单位", "同心县下马关镇人民政府"],
        ["资金情况（万元）", "年度资金总额：", 50, null, null],
        [null, "其中：中央财政衔接推进乡村振兴补助资金", 45, null, null],
        [null, "其他资金（农户自筹）", 3, null, null],
        ["总体目标", "按照1760株/栋的标准，在10栋设施温棚中种植黄金蜜（葡萄），增加特色产业产值80万元，受益脱贫户、监测户10户，促使脱贫户、监测户增加收入80万元。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [null, "产出指标", "数量指标", "★补助各类瓜果蔬菜种植数量：黄金蜜（葡萄）种植数量（≥**株）", "≥17600株"],
        [null, null, "质量指标", "种植作物成活率（≥**%）", "≥85%"],
        [null, null, "时效指标", "完成及时率（≥**%）", "≥100%"],
        [null, null, "成本指标", "作物种植补助标准：黄金蜜（葡萄）补助成本（≤**元/株）", "≤28.40元/株"],
        [null, "效益指标", "经济效益指标", "脱贫地区特色产业产值（≥**万元）", "≥80万元"],
        [null, null, "经济效益指标", "促使脱贫户、监测户增加收入（≥**万元）", "≥80万元"],
        [null, null, "社会效益指标", "★★★受益脱贫户、监测户人口数（≥**户）", "≥10户"],
        [null, null, "生态效益指标", "生态修复功能", "提高"],
        [null, null, "可持续影响指标", "项目持续发展", "持续发展"],
        [null, "满意度指标", "服务对象满意度指标", "受益脱贫户满意度（≥**%）", "≥95%"],
        ["同心县下马关镇人民政府", null, null, null, "2023年3月27日"],
      ],
      merges: ["A1:E1", "A2:E2", "B3:E3", "B4:C4", "A5:A7", "C5:E5", "C6:E6", "C7:E7", "B8:E8", "A9:A19", "B10:B13", "B14:B18", "A20:D20"],
      numberFormats: { "C5:C7": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标设定表", kind: "composition", unit: "万元", headerRow: 5, lastRow: 7, columns: { B: "line", C: "amount" }, year: 2023 },
      { sheet: "绩效目标设定表", kind: "targets", headerRow: 9, lastRow: 19, columns: { B: "type", D: "name", E: "target" }, year: 2023 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "C5",
        why: "年度资金总额 50.00; its sources 中央 45.00 + 其他资金 3.00 = 48.00 run on to the block's end, so they are all of the money: 2.00万元 short of the total",
      },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "≤28.40元/株 and 1760株/栋 are targets and prose, not a unit × quantity line of the money block" },
      { rule: "selfeval.weights", why: "a target table without 分值: nothing to add up" },
      { rule: "selfeval.indicator-contradicted", why: "no indicator the workbook can measure (no 执行率, 及时拨付 or 应补尽补率 target, no register)" },
      { rule: "selfeval.target-missed-full-score", why: "targets only: no results or scores" },
      { rule: "input.unreadable-value", why: "≥17600株, ≥**% placeholders, 提高 and the sign-off date are target text, not amounts" },
    ],
  },
};
