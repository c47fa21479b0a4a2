import type { CorpusLayout } from "../types";

// 沅陵县人民政府 2021-04-16: 沅陵县2021年“三公”经费预算财政拨款情况统计表 — 单位：万; 项目 | 本年预算数 | 备注, 合计 first, the lines
// numbered 1、2、3、 with the car line split 其中：（1）（2）, the definitions of 三公 typed as one note merged down the 备注 column beside
// the figures, and a 增减情况说明 row under the table.
export const layout: CorpusLayout = {
  id: "yuanling-2021-county-three-public-budget",
  source: {
    title: "沅陵县2021年“三公”经费预算财政拨款情况统计表",
    url: "https://71584.cn/yuanling/c108884/202104/1dbac9a6670c4f599a1b887ee212fb09.shtml",
    publisher: "沅陵县人民政府",
    date: "2021-04-16",
    changes:
      "As published: the title, the caption 单位：万 (so cut on the page), the three headings, 合计 first, the numbered lines and their 其中, the " +
      "definition note merged down the 备注 column and the 增减情况说明 under the table. The figures are ours (the county's own: 4196 = 0 + 2747 + " +
      "1449); the 说明 states our figures. Planted: the 合计 typed 4,163 where its three lines add up to 4,136; 公务用车运行维护费 typed 1,425 under " +
      "a car line of 1,452 (the 说明 gives 1,452), so the car line misses its 其中 parts.",
  },
  classes: ["execution", "budget-only", "three-public-expenses", "ceiling-lines", "qizhong-lines", "numbered-lines", "remark-column", "note-merged-down-remark", "total-row-first", "whole-wanyuan", "cut-unit-caption", "notes-under-table", "county-level", "hunan"],
  settings: { district: "沅陵县" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [34, 14, 60],
      rows: [
        ["沅陵县2021年“三公”经费预算财政拨款情况统计表", null, null],
        ["单位：万", null, null],
        ["项目", "本年预算数", "备注"],
        ["合计", 4163, "注：按照党中央、国务院有关文件及部门预算管理有关规定，“三公”经费包括因公出国（境）费、公务用车购置及运行费和公务接待费。（1）因公出国（境）费，指单位工作人员公务出国（境）的住宿费、旅费、伙食补助费、杂费、培训费等支出。（2）公务用车购置及运行费，指单位公务用车购置费及租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出，公务用车指用于履行公务的机动车辆，包括领导干部专车、一般公务用车和执法执勤用车。（3）公务接待费，指单位按规定开支的各类公务接待（含外宾接待）支出。"],
        ["1、因公出国（境）费用", 0, null],
        ["2、公务接待费", 2684, null],
        ["3、公务用车费", 1452, null],
        ["其中：（1）公务用车运行维护费", 1425, null],
        ["（2）公务用车购置", 0, null],
        ["增减情况说明：2021年度“三公”经费预算数为4136万元，较2020年4702万元减少566万元，同比下降12.0%。其中：因公出国（境）费用预算数为0万元；公务接待费预算数为2684万元；公务用车维护费预算数为1452万元，公车购置费预算数为0万元。按照“三公”经费只减不增的原则，2021年我县将进一步严格规范公务接待，控制规模和标准，严格执行预算管理等相关规定。", null, null],
      ],
      merges: ["A1:C1", "A2:C2", "C4:C9", "A10:C10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B4", why: "合计 4,163 ≠ 0 + 2,684 + 1,452 = 4,136 (the lines as typed; the 说明 gives 4,136 too)" },
      { rule: "execution.total-mismatch", cell: "B7", why: "公务用车费 1,452 ≠ its 其中 1,425 + 0 = 1,425 (27万元 apart)" },
    ],
    absent: [
      { rule: "execution.no-spending", why: "a budget-only table: no spending column" },
      { rule: "execution.behind-schedule", why: "budget only, and 三公 lines are ceilings" },
      { rule: "execution.overspent", why: "no spending column" },
      { rule: "execution.total-mismatch", cell: "A10", why: "the 增减情况说明 is a note (4,702 − 4,136 = 566; 566 / 4,702 = 12.0%), no row" },
      { rule: "input.unreadable-value", cell: "C4", why: "the definition note merged down the 备注 column is text beside the figures" },
    ],
  },
};
