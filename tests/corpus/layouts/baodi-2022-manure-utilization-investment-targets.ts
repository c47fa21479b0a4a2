import type { CorpusLayout } from "../types";

// 天津市宝坻区 财政局 津财基指〔2022〕23号 附件: 农业绿色发展专项（畜禽粪污资源化利用整县推进项目）2022年中央预算内投资计划绩效目标表 —
// label–value rows (专项名称, 下达地方或单位, 下达中央预算内投资（万元）, 总体目标) then 绩效指标: 一级指标 | 二级指标 | 三级指标 | 指标值,
// with 实施效果指标 merged down the 一级 column and 产出指标 / 效益指标 as the 二级.
export const layout: CorpusLayout = {
  id: "baodi-2022-manure-utilization-investment-targets",
  source: {
    title: "天津市农业绿色发展专项（畜禽粪污资源化利用整县推进项目）2022年中央预算内投资计划绩效目标表（天津市宝坻区畜禽粪污资源化利用整区推进项目）",
    url: "http://www.tyc-yl.com/zwgk_53713/ysgk_59783/czjzxzj/202207/t20220710_5930157.html",
    publisher: "天津市宝坻区财政局（津财基指〔2022〕23号 附件）",
    date: "2022-05-27",
    changes:
      "Layout and wording as the page shows the table: the three title lines, 专项名称 / 下达地方或单位 / 下达中央预算内投资（万元） / 总 体 目 标, " +
      "then 绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 指标值 with 实施效果指标 merged down and 产出指标 / 效益指标 as the 二级. The stored copy " +
      "breaks off inside the 效益指标 rows: the value of 规模养殖场畜禽粪污处理设施装备配套率 and the 满意度 row are ours; the other indicator " +
      "values are as published. Nothing is planted: a clean target table (a stated investment, targets without results).",
  },
  classes: ["targets", "clean", "label-value-rows", "merged-text-down", "first-level-merged", "spaced-labels", "text-targets", "percent-target", "investment-plan", "wanyuan-in-label", "district-project", "tianjin"],
  sheets: [
    {
      name: "绩效目标表",
      widths: [14, 16, 14, 40, 16],
      rows: [
        ["天津市农业绿色发展专项（畜禽粪污", null, null, null, null],
        ["资源化利用整县推进项目）2022年", null, null, null, null],
        ["中央预算内投资计划绩效目标表", null, null, null, null],
        ["（天津市宝坻区畜禽粪污资源化利用整区推进项目）", null, null, null, null],
        ["专项名称", "农业绿色发展专项（畜禽粪污资源化利用整县推进项目）", null, null, null],
        ["下达地方或单位", "宝坻区人民政府", null, null, null],
        ["下达中央预算内投资（万元）", 2350, null, null, null],
        ["总 体 目 标", "提高畜禽粪污综合利用率和规模养殖场设施装备配套率。", null, null, null],
        ["绩 效 指 标", "一级指标", "二级指标", "三级指标", "指标值"],
        [null, "实施效果指标", "产出指标", "建设项目个数（含续建）", "1"],
        [null, null, null, "竣工验收合格率", "100%"],
        [null, null, null, "按进度计划实施情况", "按计划实施"],
        [null, null, "效益指标", "完工项目县畜禽粪污综合利用率", "≥90%"],
        [null, null, null, "完工项目县规模养殖场畜禽粪污处理设施装备配套率", "≥95%"],
        [null, null, "满意度指标", "项目区养殖户满意度", "≥90%"],
      ],
      merges: ["A1:E1", "A2:E2", "A3:E3", "A4:E4", "B5:E5", "B6:E6", "B7:E7", "B8:E8", "A9:A15", "B10:B15", "C10:C12", "C13:C14"],
    },
  ],
  settings: { district: "天津市宝坻区" },
  expect: {
    tables: [
      { sheet: "绩效目标表", kind: "targets", headerRow: 9, lastRow: 15, columns: { B: "type", D: "name", E: "target" }, year: 2022 },
    ],
    findings: [],
    absent: [
      { rule: "input.unreadable-value", why: "指标值 (100%, 按计划实施, ≥90%) and the label–value rows are text by nature" },
      { rule: "selfeval.weights", why: "a target table has no 分值: there are no weights to add up" },
      { rule: "selfeval.indicator-contradicted", why: "the form states targets only, no results" },
      { rule: "selfeval.total-mismatch", why: "the single 2,350 investment figure has no parts to add up" },
      { rule: "composition.total-mismatch", why: "no composition: the investment is one figure" },
    ],
  },
};
