import type { CorpusLayout } from "../types";

// 广西日报 2018-08-18 (中国供销合作网): 2018年 全区供销合作社系统 125个综合改革项目, 自治区财政扶持资金 3000万元 — 乡镇综合服务站 87个 2141万元, 村级综合服务社
// 21个 209万元, 农业社会化服务 17个 650万元; 36个贫困县 60个项目, 资金占 49.4%. Laid out as such a summary: 项目类别 | 全区 (项目个数 | 扶持资金) |
// 其中：36个贫困县 (项目个数 | 扶持资金), 单位：个、万元, 合计 first.
export const layout: CorpusLayout = {
  id: "guangxi-2018-supply-coop-reform-projects-support",
  source: {
    title: "广西区社：以项目建设推动供销合作社综合改革（2018年供销合作社综合改革项目自治区财政扶持资金安排汇总表，表据正文拟）",
    url: "http://chinagongli.com/wsjy/2018-08-18/153489821512660.html",
    publisher: "广西日报（中国供销合作网转载）",
    date: "2018-08-18",
    changes:
      "As published: the year's sums (125个项目, 自治区财政扶持资金3000万元; 乡镇综合服务站项目87个 2141万元, 村级综合服务社项目21个 209万元, 农业社会化服务项目17个 " +
      "650万元; 36个贫困县60个项目, 资金占49.4%) and the 重点扶持 note. The report gives no table: the summary's layout and the poor counties' split by kind " +
      "(42 / 10 / 8 projects, 1,098 / 104 / 280万元, adding up to 60 and 1,482 = 49.4% of 3,000) are ours (表据正文拟). Planted: 乡镇综合服务站's money typed 2114 " +
      "(the report's 2141, digits transposed), so the 合计 3000 no longer agrees with its lines.",
  },
  classes: [
    "composition", "allocation-by-kind", "count-and-money-blocks", "qizhong-block", "split-under-merged-header", "two-header-rows", "total-row-first",
    "count-unit-in-caption", "whole-wanyuan", "transposed-digits", "notes-under-table", "table-from-prose", "province-fund", "guangxi",
  ],
  sheets: [
    {
      name: "汇总表",
      widths: [6, 22, 12, 12, 12, 12, 26],
      rows: [
        ["2018年全区供销合作社综合改革项目自治区财政扶持资金安排汇总表", null, null, null, null, null, null],
        [null, null, null, null, null, "单位：个、万元", null],
        ["序号", "项目类别", "全区", null, "其中：36个贫困县", null, "备注"],
        [null, null, "项目个数", "扶持资金", "项目个数", "扶持资金", null],
        ["合计", null, 125, 3000, 60, 1482, null],
        ["一", "乡镇综合服务站", 87, 2114, 42, 1098, "改造基层社经营服务基础设施"],
        ["二", "村级综合服务社", 21, 209, 10, 104, null],
        ["三", "农业社会化服务", 17, 650, 8, 280, "提升为农服务能力"],
        ["注：1.贫困县项目安排资金占扶持资金总量的49.4%。2.重点扶持贵港市、田东县等总社综合改革专项试点单位项目，以及南宁—贵港、南宁—百色高速公路沿线地区项目。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "F2:G2", "A3:A4", "B3:B4", "C3:D3", "E3:F3", "G3:G4", "A5:B5", "A9:G9"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "汇总表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 8,
        columns: { B: "line", C: "quantity", D: "amount" },
        year: 2018,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D5",
        why: "合计 3,000; the kinds add up to 2,114 + 209 + 650 = 2,973 (27万元 less: 乡镇综合服务站 typed 2114 for 2141)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C5", why: "项目个数 are counts: 87 + 21 + 17 = 125, never added into the money" },
      { rule: "composition.total-mismatch", cell: "E5", why: "贫困县 项目个数 42 + 10 + 8 = 60" },
      { rule: "composition.total-mismatch", cell: "F5", why: "贫困县 扶持资金 1,098 + 104 + 280 = 1,482" },
      { rule: "composition.total-mismatch", cell: "D6", why: "the 其中：36个贫困县 block is a share of each kind (1,098 ≤ 2,114; 104 ≤ 209; 280 ≤ 650), never added to the 全区 money" },
      { rule: "composition.line-mismatch", why: "no unit amount is stated: 项目个数 × nothing; no line is count × standard" },
      { rule: "input.unreadable-value", cell: "A9", why: "49.4% in the note is a share stated in words, not a figure of the table" },
    ],
  },
};
