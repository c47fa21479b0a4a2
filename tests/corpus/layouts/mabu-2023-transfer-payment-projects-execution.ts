import type { CorpusLayout } from "../types";

// 金寨县麻埠镇人民政府 2023: the town's ten projects paid from higher-level transfers (755.19万元) — 项目名称 | 资金级次 | 下达资金 |
// 实际支出 | 执行率 — as its 绩效自评报告 describes them (each project's execution rate in the prose), 合计 at the foot.
export const layout: CorpusLayout = {
  id: "mabu-2023-transfer-payment-projects-execution",
  source: {
    title: "金寨县麻埠镇人民政府2023年度上级转移支付资金绩效自评报告（项目执行情况表据正文拟）",
    url: "https://www.ahjinzhai.gov.cn/public/6597191/37522367.html",
    publisher: "金寨县麻埠镇人民政府",
    date: "2024",
    changes:
      "As published: 2023年度下达上级资金转移支付755.19万元 in 10 projects, the project names the report gives (桂花村美丽乡村建设 25万元, 对村集体" +
      "组织帮助 0.71万元, 鲜花岭水毁河堤维修加固工程, 2023年度农村改厕项目资金（皖财农〔2022〕1115号） 21.24万元, 奖励督查 10万元, 安徽省大别山区" +
      "水环境生态补偿资金, 2022年农村人居环境整治项目, 响洪甸水毁修复项目, 2023年美丽乡村建设项目) and their stated rates (99.97%, 99.89%, 95.6%, " +
      "86.02%, 99.49%). The report gives no table: its form, the tenth project, the split of the money (the report's own parts, 124.23 + 370.83 + " +
      "260.3 = 755.36, do not add up to its 755.19; not reproduced) and the spending are ours. Planted: 合计 下达资金 written 755.36 where the " +
      "projects add up to 755.19; 2023年美丽乡村建设项目's rate written 99.94% where 119.39 / 120.00 = 99.49%; the 生态补偿 money 86.02% spent " +
      "at the year's end.",
  },
  classes: [
    "execution", "by-project", "table-from-prose", "source-level-column", "rates-as-text", "two-decimal-rates", "year-end-as-of",
    "total-at-foot", "town-level", "wanyuan-caption", "notes-under-table", "anhui",
  ],
  settings: { asOf: "2023-12-31" },
  sheets: [
    {
      name: "项目执行情况",
      widths: [6, 40, 10, 12, 12, 10, 16],
      rows: [
        ["金寨县麻埠镇人民政府2023年度上级转移支付资金项目执行情况表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "资金级次", "下达资金", "实际支出", "执行率", "备注"],
        [1, "桂花村美丽乡村建设", "省级", 25, 24.97, "99.88%", "已完工"],
        [2, "对村集体组织帮助", "省级", 0.71, 0.71, "100.00%", null],
        [3, "麻埠镇鲜花岭水毁河堤维修加固工程", "省级", 150, 150, "100.00%", "已完工"],
        [4, "2023年度农村改厕项目资金（皖财农〔2022〕1115号）", "中央", 21.24, 21.24, "100.00%", null],
        [5, "奖励督查", "市级", 10, 10, "100.00%", null],
        [6, "安徽省大别山区水环境生态补偿资金", "市级", 200, 172.04, "86.02%", "按合同进度支付"],
        [7, "2022年农村人居环境整治项目", "中央", 118.5, 118.46, "99.97%", "已完工"],
        [8, "响洪甸水毁修复项目", "省级", 80, 76.48, "95.60%", "已完工"],
        [9, "2023年美丽乡村建设项目", "省级", 120, 119.39, "99.94%", "已完工"],
        [10, "村级公益事业建设一事一议财政奖补", "中央", 29.74, 29.74, "100.00%", null],
        ["合计", null, null, 755.36, 723.03, "95.74%", null],
        ["注：执行率=实际支出/下达资金；10个项目均已完工，未支付部分为质保金及按合同进度待付款。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A14:C14", "A15:G15"],
      numberFormats: { "D4:E14": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目执行情况",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "line", C: "category", D: "adjustedBudget", E: "actual", F: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D14", why: "合计 下达资金 755.36; the projects add up to 25.00 + 0.71 + 150.00 + 21.24 + 10.00 + 200.00 + 118.50 + 80.00 + 120.00 + 29.74 = 755.19: 0.17万元 apart" },
      { rule: "execution.rate-mismatch", cell: "F12", why: "2023年美丽乡村建设项目 stated 99.94%; 119.39 / 120.00 = 99.49%" },
      { rule: "execution.behind-schedule", cell: "F9", why: "大别山区水环境生态补偿资金: 172.04 / 200.00 = 86.02% at the year's end (time progress 100%): 13.98 points behind, beyond 5" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "F14", why: "合计 95.74% = 723.03 / 755.19 (the projects' budget); the wrong 755.36 is reported once, at D14" },
      { rule: "execution.total-mismatch", cell: "E14", why: "实际支出 723.03 = the projects' sum" },
      { rule: "execution.behind-schedule", cell: "F11", why: "响洪甸水毁修复 95.60%: 4.40 points behind, within the 5-point tolerance" },
      { rule: "execution.behind-schedule", cell: "F14", why: "in all 95.74%: within 5 points of 100%" },
      { rule: "execution.rate-mismatch", cell: "F4", why: "24.97 / 25.00 = 99.88%, as stated" },
      { rule: "execution.overspent", why: "no project spent more than it was given" },
      { rule: "execution.no-spending", why: "every project has spent" },
      { rule: "input.unreadable-value", why: "资金级次 and 备注 are text; the note is no row" },
    ],
  },
};
