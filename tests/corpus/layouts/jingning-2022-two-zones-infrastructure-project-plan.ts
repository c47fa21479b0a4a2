import type { CorpusLayout } from "../types";

// 景宁畲族自治县 (移民 office) 2022-06-02: four 2022 “两区” (移民安置区、库区) infrastructure and 美丽家园 projects paid from the province's
// 区域协调财政专项激励资金 (浙财农〔2020〕56号), 253.31万元 in all, put up for notice. The notice names the four projects and the sum; laid out
// as its attached plan: town, project, content, 总投资 beside 拟补助资金 in two-decimal 万元, 合计 at the foot. Nothing is planted.
export const layout: CorpusLayout = {
  id: "jingning-2022-two-zones-infrastructure-project-plan",
  source: {
    title: "区域协调财政专项激励资金——2022年度“两区”基础设施和美丽家园建设项目资金计划公示（附件表据正文拟）",
    url: "https://www.chacewang.com/newsdetail/news90050.html",
    publisher: "景宁畲族自治县移民管理部门",
    date: "2022-06-02",
    changes:
      "As published: the four projects (大际上山头游步道工程; 渤海镇旦水村生态停车场及水毁工程; 渤海镇石塘山岭后自然村道路提升工程; 东坑镇心田村龙井口至狗坟林道路硬化项目), " +
      "the 253.31万元 in all, the documents, the notice period. The attached xlsx was not stored: the split of 253.31 over the projects, the 总投资, the contents " +
      "and the table form are ours. Clean: every figure adds up exactly.",
  },
  classes: ["composition", "allocation-by-project", "towns-as-places", "investment-beside-subsidy", "two-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "county-fund", "clean", "zhejiang"],
  settings: { district: "景宁畲族自治县" },
  sheets: [
    {
      name: "资金计划",
      widths: [6, 10, 34, 30, 12, 12],
      rows: [
        ["2022年度“两区”基础设施和美丽家园建设项目资金计划表", null, null, null, null, null],
        ["单位：万元", null, null, null, null, null],
        ["序号", "乡镇", "项目名称", "主要建设内容", "总投资", "拟补助资金"],
        [1, "大际乡", "大际上山头游步道工程", "新建游步道1.2公里及护栏", 95.6, 68.45],
        [2, "渤海镇", "渤海镇旦水村生态停车场及水毁工程", "生态停车场40个车位，修复水毁护岸", 98.2, 72.16],
        [3, "渤海镇", "渤海镇石塘山岭后自然村道路提升工程", "道路拓宽及路面硬化0.9公里", 76.35, 55.9],
        [4, "东坑镇", "东坑镇心田村龙井口至狗坟林道路硬化项目", "道路硬化1.1公里", 80.08, 56.8],
        ["合计", null, null, null, 350.23, 253.31],
        ["注：资金来源为省区域协调财政专项激励资金（浙财农〔2020〕56号、景移发〔2020〕13号）。公示时间为2022年6月2日至6月8日。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A8:D8", "A9:F9"],
      numberFormats: { "E4:F8": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "资金计划", kind: "composition", unit: "万元", headerRow: 3, lastRow: 8, columns: { C: "line", E: "amount:总投资", F: "amount" }, year: 2022 },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "F8", why: "68.45 + 72.16 + 55.90 + 56.80 = 253.31 exactly" },
      { rule: "composition.total-mismatch", cell: "E8", why: "95.60 + 98.20 + 76.35 + 80.08 = 350.23 exactly" },
      { rule: "composition.total-mismatch", cell: "E4", why: "总投资 is the project's whole cost beside the subsidy, not a total of parts: 95.60 against 68.45 is no slip" },
      { rule: "composition.total-mismatch", cell: "F4", why: "拟补助资金 below 总投资 is a share of it, not a total of parts" },
      { rule: "composition.total-mismatch", cell: "A9", why: "the documents and notice period are prose under the table" },
    ],
  },
};
