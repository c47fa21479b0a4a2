import type { CorpusLayout } from "../types";

// 新疆 哈密市伊州区 2022: 中央财政衔接推进乡村振兴补助资金项目公示 — 13 projects, each written as numbered fields (实施地点、建设内容、资金规模及来源
// — 总投资 | 中央衔接资金 | 地县配套 —、建设期限、实施单位及责任人、绩效目标). Laid out as the project table (资金规模及来源 merged over its three
// columns) and, on a second sheet, the first project's 绩效目标 as a target table.
export const layout: CorpusLayout = {
  id: "yizhou-2022-linkage-fund-projects",
  source: {
    title: "伊州区2022年度中央财政衔接推进乡村振兴补助资金项目公示（项目表及绩效目标表据公示拟）",
    url: "https://ixbang.com/bid/detail/DC7CBB037229AE64E9CBFA6309C75217.html",
    publisher: "伊州区委农村工作领导小组暨乡村振兴领导小组（转载）",
    date: "2022",
    changes:
      "As published: the first two projects' names, places, 建设内容, 实施单位 and 责任人, and the first project's 绩效目标 (2950亩, 338户889人 of which 脱贫户21户46人, " +
      "就近就业, 流转面积不少于30%, 产权归村集体). The stored copy hides every amount (*元) and cuts after two projects: the three further projects, every figure " +
      "and the output, quality, time and satisfaction targets are ours; five of the 13 projects are shown and the 合计 is theirs. Planted: the third project's " +
      "中央 part typed 400 for 420 — its 合计 460 no longer equals 400 + 40, and the 中央 foot 1,946 (the intended sum) misses its lines as typed (1,926).",
  },
  classes: ["composition", "targets", "two-sheets", "allocation-by-project", "source-split-columns", "merged-group-header", "total-column-first", "total-at-foot", "office-implementers", "text-targets", "three-level-indicators", "first-level-merged-down", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "linkage-fund", "xinjiang"],
  settings: { district: "伊州区" },
  sheets: [
    {
      name: "项目表",
      widths: [6, 40, 22, 40, 10, 16, 12, 16, 12],
      rows: [
        ["伊州区2022年度中央财政衔接推进乡村振兴补助资金项目公示表", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "实施地点", "建设内容", "资金规模及来源", null, null, "实施单位", "责任人"],
        [null, null, null, null, "合计", "中央财政衔接推进乡村振兴补助资金", "地县配套资金", null, null],
        [1, "沁城乡脱贫退出村小堡村、芨芨台村小型农田水利设施补短板建设项目", "沁城乡小堡村、芨芨台村", "新建渠首一座；新修渠道24.5公里，维修3.1公里及配套附属建筑物等", 980, 900, 80, "伊州区水利局", "刘文玲"],
        [2, "伊州区乌拉台乡二宫村休闲渔业项目", "乌拉台乡二宫村", "新建木栈道750米、木围栏750米；拆除鱼塘围栏750米，扩建重修810米；设立钓鱼台100座", 320, 300, 20, "乌拉台乡", "库里满·恰里甫"],
        [3, "伊州区花园乡哈密瓜冷链保鲜库建设项目", "花园乡", "新建保鲜库2000立方米及配套设施", 460, 400, 40, "花园乡", "马晓军"],
        [4, "伊州区2022年雨露计划职业教育补助项目", "全区各乡镇", "补助脱贫家庭、监测户中职、高职在校生", 86, 86, 0, "伊州区乡村振兴局", "李娜"],
        [5, "伊州区二堡镇庭院经济发展项目", "二堡镇", "扶持农户发展庭院种植养殖", 260, 240, 20, "二堡镇", "艾力·买买提"],
        ["合计", null, null, null, 2106, 1946, 160, null, null],
        ["注：以上项目经伊州区委农村工作领导小组暨乡村振兴领导小组审核同意实施，建设期限2022年；公示期间如有异议，请向区乡村振兴局反映。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4", "I3:I4", "A10:D10", "A11:I11"],
    },
    {
      name: "绩效目标表",
      widths: [14, 18, 40, 24],
      rows: [
        ["沁城乡脱贫退出村小堡村、芨芨台村小型农田水利设施补短板建设项目绩效目标表", null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "新建渠首", "1座"],
        [null, null, "新修渠道", "24.5公里"],
        [null, null, "维修渠道", "3.1公里"],
        [null, "质量指标", "工程验收合格率", "100%"],
        [null, "时效指标", "项目完工时间", "2022年12月底前"],
        ["效益指标", "经济效益指标", "受益灌溉面积", "2950亩"],
        [null, "社会效益指标", "覆盖农户", "338户889人（其中脱贫户21户46人）"],
        [null, null, "吸纳本地群众就近就地就业", "有效吸纳"],
        [null, null, "土地流转面积占项目区比例", "≥30%"],
        [null, "可持续影响指标", "产权归属及管护", "产权归小堡村、芨芨台村，村集体运行管护"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥95%"],
      ],
      merges: ["A1:D1", "A3:A7", "B3:B5", "A8:A12", "B9:B11"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "line", E: "amount", F: "amount:中央财政衔接推进乡村振兴补助资金", G: "amount:地县配套资金" },
        year: 2022,
      },
      { sheet: "绩效目标表", kind: "targets", headerRow: 2, lastRow: 13, columns: { A: "type", C: "name", D: "target" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "项目表", cell: "E7", why: "花园乡冷链保鲜库 合计 460 where 中央 400 + 配套 40 = 440 (20 off)" },
      { rule: "composition.total-mismatch", sheet: "项目表", cell: "F10", why: "中央 foot 1,946 where its lines as typed add up to 900 + 300 + 400 + 86 + 240 = 1,926" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "项目表", cell: "E10", why: "980 + 320 + 460 + 86 + 260 = 2,106, and 1,946 + 160 = 2,106 across the foot as typed" },
      { rule: "composition.total-mismatch", sheet: "项目表", cell: "G10", why: "80 + 20 + 40 + 0 + 20 = 160" },
      { rule: "composition.total-mismatch", sheet: "项目表", cell: "E8", why: "雨露计划 86 = 86 + 0: no 配套 money" },
      { rule: "register.duplicate", why: "the 实施单位 are offices and towns running projects, no payees; no register" },
      { rule: "selfeval.weights", sheet: "绩效目标表", why: "a target table with no 分值 and no points in its headings" },
      { rule: "input.unreadable-value", sheet: "绩效目标表", why: "targets written 1座, 24.5公里, 2022年12月底前, 338户889人 are targets, not amounts" },
    ],
  },
};
