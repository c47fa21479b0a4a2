import type { CorpusLayout } from "../types";

// 洛阳瀍河回族区财政局 2024: 2024年第二批财政衔接推进乡村振兴补助资金（巩固拓展脱贫攻坚成果和乡村振兴任务）分配情况公告公示 — the money's
// three sources (省级 194, 市级 48.5, 区级 91.83万元) in prose, then the grid 序号 | 项目名称 | 建设地点 | 建设内容 | 投资规模 | 责任单位 under a
// title row ending 单位:万元, and a 备注 under it.
export const layout: CorpusLayout = {
  id: "luoyang-chanhe-2024-linkage-fund-batch2-allocation",
  source: {
    title: "洛阳瀍河回族区财政局关于下达2024年第二批财政衔接推进乡村振兴补助资金（巩固拓展脱贫攻坚成果和乡村振兴任务）分配情况公告公示",
    url: "https://www.chanhe.gov.cn/portal/article/index/id/12712.html",
    publisher: "洛阳市瀍河回族区财政局",
    date: "2024",
    changes:
      "As published: the title with its 单位:万元, the six headings, the 备注. The published grid has two projects and no 合计; we add a third " +
      "project and the 合计 row. Project names, contents and sums are ours (the published lines are 9.45 and 324.87). Planted: the 合计 is typed " +
      "334.33, the three sources' sum, where the lines add up to 9.60 + 286.40 + 34.53 = 330.53 (a 3.80 line left out).",
  },
  classes: ["composition", "allocation-by-project", "linkage-fund", "place-column", "content-column", "responsible-unit-column", "total-at-foot", "two-decimal-wanyuan", "wanyuan-in-title", "notes-under-table", "district-fund", "henan"],
  settings: { district: "洛阳市瀍河回族区" },
  sheets: [
    {
      name: "分配情况表",
      widths: [6, 40, 12, 48, 12, 14],
      rows: [
        ["瀍河回族区2024年第二批财政衔接推进乡村振兴补助资金分配情况表", null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "建设地点", "建设内容", "投资规模", "责任单位"],
        [1, "“雨露计划”2024年春季学期职业教育补助项目", "白马寺镇", "对脱贫户、监测户家庭子女接受中高职教育给予补助，每生每学期1500元，共64人。", 9.6, "农业农村局"],
        [2, "2024年白马寺镇枣园村食用菌产业园（二期）项目", "白马寺镇", "新建食用菌种植大棚24座，配套恒温一体机、水肥一体化设施及园区道路。", 286.4, "白马寺镇"],
        [3, "2024年瀍河回族区脱贫人口小额信贷贴息项目", "瀍河回族区", "对脱贫户、监测户发放的小额信贷按规定给予贴息。", 34.53, "农业农村局"],
        ["合计", null, null, null, 334.33, null],
        ["备注：每个具体项目建设情况由责任单位另行公告公示。", null, null, null, null, null],
      ],
      merges: ["A1:E1", "A6:D6", "A7:F7"],
      numberFormats: { "E3:E6": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "分配情况表", kind: "composition", unit: "万元", headerRow: 2, lastRow: 6, columns: { A: "code", B: "line", E: "amount" }, year: 2024 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E6", why: "合计 334.33; the lines 9.60 + 286.40 + 34.53 = 330.53 (3.80 short of the 合计)" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "E3", why: "每生每学期1500元 × 64人 is written in the content text, no unit or quantity column: 9.60 is not checked against it (and 0.15 × 64 = 9.60 anyway)" },
      { rule: "register.ineligible-location", why: "an allocation by project with its 责任单位, no register: 建设地点 are places of the works" },
      { rule: "cap.unknown-policy", why: "no register: the 责任单位 are no payees of an award" },
      { rule: "input.unreadable-value", cell: "A7", why: "the 备注 under the table is no figure" },
    ],
  },
};
