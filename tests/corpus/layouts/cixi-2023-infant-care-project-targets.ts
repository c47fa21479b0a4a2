import type { CorpusLayout } from "../types";

// 慈溪市财政局 2023-03-07: 2023年慈溪市重大政策和项目绩效目标情况 — for the 3岁以下婴幼儿照护服务项目, prose (中长期绩效目标) and then the
// 项目具体目标表: 一级指标 | 二级指标 | 指标名称 | 指标值, eleven indicators, no points and no results. Clean: a target table that states
// targets only; the tempting alarms are the text targets (提高, 及时发放), 应补尽补率 100% with no result beside it, and 4.5 (托位 per 千人).
export const layout: CorpusLayout = {
  id: "cixi-2023-infant-care-project-targets",
  source: {
    title: "2023年慈溪市重大政策和项目绩效目标情况（3岁以下婴幼儿照护服务项目项目绩效目标：项目具体目标表）",
    url: "http://www.cixi.gov.cn/art/2023/3/7/art_1229041725_4196529.html",
    publisher: "慈溪市财政局",
    date: "2023-03-07",
    changes:
      "As published: the heading lines, the 中长期绩效目标 paragraph (shortened), 项目单位按项目实施内容设置了11个指标, and the 项目具体目标表 — its four " +
      "headings, the eleven indicators and their values in the published order. The stored copy lost the merged 一级指标 cell over 社会效益 " +
      "(we write 效益指标 there, merged down) and the merges themselves (ours, as the rows read). Values as published but for 婴幼儿健康管理率 " +
      "(95%, ours ≥95%) and the two satisfaction targets, reworded. Nothing planted: a clean layout.",
  },
  classes: [
    "targets", "clean", "target-form", "no-weights", "text-targets", "first-level-merged-down", "second-level-merged-down", "prose-above-table",
    "year-in-title", "county-level-city", "zhejiang",
  ],
  settings: { district: "慈溪市" },
  sheets: [
    {
      name: "绩效目标",
      widths: [14, 16, 36, 12],
      rows: [
        ["2023年慈溪市重大政策和项目绩效目标情况", null, null, null],
        ["3岁以下婴幼儿照护服务项目项目绩效目标", null, null, null],
        ["（一）中长期绩效目标", null, null, null],
        ["坚持政府引导、家庭为主、多方参与、规范管理的原则，全面建立以家庭为基础、社区为依托、机构为补充的婴幼儿照护服务体系。到2025年，每千人口拥有3岁以下婴幼儿托位数4.5个。", null, null, null],
        ["（二）中长期绩效指标", null, null, null],
        ["项目单位按项目实施内容设置了11个指标，包含数量类、时效类、质量类、效果类指标。指标如下：", null, null, null],
        ["项目具体目标表", null, null, null],
        ["一级指标", "二级指标", "指标名称", "指标值"],
        ["产出指标", "数量指标", "每千人托位", 4.5],
        [null, "质量指标", "应补尽补率", "100%"],
        [null, null, "审核准确性", "100%"],
        [null, null, "补助发放准确率", "100%"],
        [null, "时效指标", "补助发放及时性", "及时发放"],
        ["效益指标", "社会效益", "社区婴幼儿照护服务机构覆盖率", "提高"],
        [null, null, "婴幼儿健康管理率", "≥95%"],
        [null, null, "婴幼儿家长科学育儿知识普及率", "90%"],
        [null, null, "婴幼儿照护服务机构从业人员持证率", "80%"],
        ["满意度指标", "满意度指标", "受益单位满意度", "≥95%"],
        [null, null, "社会公众满意度", "≥90%"],
      ],
      merges: ["A1:D1", "A2:D2", "A3:D3", "A4:D4", "A5:D5", "A6:D6", "A7:D7", "A9:A13", "B10:B12", "A14:A17", "B14:B17", "A18:A19", "B18:B19"],
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标", kind: "targets", headerRow: 8, lastRow: 19, columns: { A: "type", C: "name", D: "target" }, year: 2023 },
    ],
    findings: [],
    absent: [
      { rule: "selfeval.weights", why: "no 分值 anywhere: nothing to add up" },
      { rule: "selfeval.indicator-contradicted", cell: "D10", why: "应补尽补率 100% is a target; no 实际完成值 stands beside it" },
      { rule: "selfeval.target-missed-full-score", why: "no results and no scores" },
      { rule: "input.unreadable-value", cell: "D14", why: "提高 is a text target" },
      { rule: "input.unreadable-value", cell: "D13", why: "及时发放 is a text target" },
      { rule: "execution.total-mismatch", cell: "D9", why: "4.5 托位 per 千人 is a target, not money" },
      { rule: "register.ineligible-location", why: "no register" },
    ],
  },
};
