import type { CorpusLayout } from "../types";

// 襄城县扶贫开发办公室、襄城县财政局 2019-01-07: 2019年 财政专项扶贫资金 10549万元 公告 — 一、资金来源 (five sources in prose, 以上资金合计10549万元),
// 三、资金分配情况 (a table the stored copy does not show). The sources laid out as a table from the prose; the allocation by project class is ours.
export const layout: CorpusLayout = {
  id: "xiangcheng-2019-poverty-fund-sources-and-allocation",
  source: {
    title: "襄城县2019年财政专项扶贫资金分配情况公告（资金来源表据正文拟；分配情况表为拟）",
    url: "https://xiangchengxian.gov.cn/zwgk/010001/20190202/e9215547-7eb6-4cbf-8df1-4d3d0dc35df1.html",
    publisher: "襄城县扶贫开发办公室、襄城县财政局",
    date: "2019-01-07",
    changes:
      "As published: the five sources and their amounts (1245 + 54 + 50 + 1200 + 8000 = 10549万元), kept as stated on the first sheet (表据正文拟). " +
      "The allocation (三、资金分配情况) is not in the stored copy: classes, counts and amounts ours. Planted: 基础设施类 typed 4251 where 4215 closes the 10549, so the 合计 misses its lines.",
  },
  classes: ["composition", "two-sheets", "fund-sources", "allocation-by-use", "count-column", "outline-numbering", "remark-column", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "county-fund", "henan"],
  settings: { district: "襄城县" },
  sheets: [
    {
      name: "资金来源",
      widths: [6, 40, 12],
      rows: [
        ["襄城县2019年财政专项扶贫资金来源表", null, null],
        [null, null, "单位：万元"],
        ["序号", "资金来源", "金额"],
        [1, "中央及省级财政扶贫发展资金", 1245],
        [2, "中央及省级财政专项扶贫少数民族发展资金", 54],
        [3, "省派驻村第一书记专项扶贫资金", 50],
        [4, "市级财政专项扶贫资金", 1200],
        [5, "县本级财政专项扶贫资金", 8000],
        ["合计", null, 10549],
      ],
      merges: ["A1:C1", "A9:B9"],
    },
    {
      name: "资金分配",
      widths: [6, 20, 10, 12, 30],
      rows: [
        ["襄城县2019年度财政专项扶贫资金分配情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "项目类别", "项目个数", "安排资金", "备注"],
        ["一", "产业发展类", 12, 3860, "含到户产业奖补"],
        ["二", "基础设施类", 46, 4251, "贫困村道路、饮水、电网"],
        ["三", "就业扶贫类", 5, 620, null],
        ["四", "教育扶贫类", 3, 854, "雨露计划等"],
        ["五", "金融扶贫类", 2, 700, "风险补偿金、贴息"],
        ["六", "项目管理费", 1, 300, "不超过资金总额的3%"],
        ["合计", null, 69, 10549, null],
        ["注：具体项目建设情况由项目主管部门另行公告公示。监督电话：0374—3866302", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:B10", "A11:E11"],
    },
  ],
  expect: {
    tables: [
      { sheet: "资金来源", kind: "composition", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "code", B: "line", C: "amount" }, year: 2019 },
      { sheet: "资金分配", kind: "composition", unit: "万元", headerRow: 3, lastRow: 10, columns: { A: "code", B: "line", C: "quantity", D: "amount" }, year: 2019 },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "资金分配", cell: "D10", why: "3860 + 4251 + 620 + 854 + 700 + 300 = 10585, not the 10549 stated: 36万元 apart (基础设施类 should be 4215)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "资金来源", cell: "C9", why: "1245 + 54 + 50 + 1200 + 8000 = 10549, as stated" },
      { rule: "composition.total-mismatch", sheet: "资金分配", cell: "C10", why: "12 + 46 + 5 + 3 + 2 + 1 = 69 projects, as stated" },
      { rule: "composition.line-mismatch", sheet: "资金分配", why: "项目个数 is a count beside the money, no unit × quantity" },
      { rule: "cap.exceeded", sheet: "资金分配", cell: "D9", why: "“不超过资金总额的3%” is a remark; 300 is 2.8% of 10549 anyway" },
    ],
  },
};
