import type { CorpusLayout } from "../types";

// 国际在线河北 2019-04-17: 河北省“双创双服”活动领导小组办公室 issues 《推进千项技改项目专项工作实施方案》 — about 1,000 省工业企业重点技改项目
// in 2019, 技改投资 growth about 6%, two rounds of applications (April and August) over nine trades and five 行动, the two batches' plans by
// the end of June and in October, the plan issued by the end of October. Laid out as the work's 绩效目标表: 一级 / 二级 / 三级指标 | 指标值 | 备注.
export const layout: CorpusLayout = {
  id: "hebei-2019-thousand-tech-renovation-projects-targets",
  source: {
    title: "河北省出台推进千项技改项目专项工作实施方案（2019年推进千项技改项目专项工作绩效目标表；表据正文拟）",
    url: "https://hebei.cri.cn/20190417/ce923d46-7375-677b-f783-ec9eecaf83f0.html",
    publisher: "河北省“双创双服”活动领导小组办公室（国际在线河北 报道）",
    date: "2019-04-17",
    changes:
      "As published: every target and its wording — 1000项左右 重点技术改造项目, 技术改造投资增长速度保持6%左右, 4月和8月 two rounds, the nine trades " +
      "(装备制造、钢铁、石化、建材、食品、纺织服装、医药、电子信息和轻工) and five 行动 (智能化、绿色化、服务化、高端化改造, 创新能力提升), the batches' plans by " +
      "6月底 and in 10月份, the plan issued 10月底前. The item is prose only: the table (一级 / 二级 / 三级指标 | 指标值 | 备注, the sorting of targets " +
      "into 产出 and 效益) is ours (table-from-prose). Clean: a target table with no points and no results.",
  },
  classes: [
    "targets", "clean", "three-level-indicators", "first-level-merged-down", "text-targets", "approximate-targets", "remark-column",
    "no-weights", "no-results", "year-in-title", "table-from-prose", "province-plan", "hebei",
  ],
  sheets: [
    {
      name: "绩效目标",
      widths: [12, 16, 34, 40, 24],
      rows: [
        ["2019年推进千项技改项目专项工作绩效目标表", null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
        ["产出指标", "数量指标", "实施省工业企业重点技术改造项目", "1000项左右", "分两批申报"],
        [null, null, "项目申报批次", "2批", "4月和8月启动申报"],
        [null, null, "申报重点行业", "9个", "装备制造、钢铁、石化、建材、食品、纺织服装、医药、电子信息和轻工"],
        [null, "时效指标", "第一批千项技改项目计划印发", "6月底前", null],
        [null, null, "第二批千项技改项目计划印发", "10月份", null],
        [null, null, "千项技改项目计划下达", "10月底前", null],
        ["效益指标", "经济效益指标", "工业技术改造投资增长速度", "6%左右", null],
        [null, "可持续影响指标", "新一轮技术改造行动", "智能化、绿色化、服务化、高端化改造和创新能力提升5大行动", null],
        ["注：目标分解到各市，由各市围绕重点行业组织申报。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:A8", "B3:B5", "B6:B8", "A9:A10", "A11:E11"],
    },
  ],
  expect: {
    tables: [{ sheet: "绩效目标", kind: "targets", headerRow: 2, lastRow: 10, columns: { A: "type", C: "name", D: "target" }, year: 2019 }],
    findings: [],
    absent: [
      { rule: "selfeval.weights", why: "no 分值: a target table without points" },
      { rule: "selfeval.indicator-contradicted", why: "no 实际完成值, and no indicator the workbook can measure" },
      { rule: "selfeval.target-missed-full-score", why: "no results and no scores" },
      { rule: "input.unreadable-value", cell: "D3", why: "1000项左右 is a target, text by nature" },
      { rule: "input.unreadable-value", cell: "A11", why: "the note under the table" },
    ],
  },
};
