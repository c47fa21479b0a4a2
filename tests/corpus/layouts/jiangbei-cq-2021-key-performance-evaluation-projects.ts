import type { CorpusLayout } from "../types";

// 重庆市江北区财政局 2022-01 to the district people's congress: the 重点绩效评价 of 11 policies and projects (33,258.4万元) —
// 序号 | 评价政策或项目资金名称 | 主管部门（业主单位） | 代建（实施）单位 | 资金规模（万元） | 评分情况 | 评级情况.
export const layout: CorpusLayout = {
  id: "jiangbei-cq-2021-key-performance-evaluation-projects",
  source: {
    title: "江北区财政局关于2021年重点绩效评价情况的报告（评价结果明细表）",
    url: "http://www.cqjb.gov.cn/bm/qczj_71909/zwgk_73798/fdzdgknr_73800/lzyj/qtgw/202201/t20220106_10279808.html",
    publisher: "重庆市江北区财政局",
    date: "2022-01-06",
    changes:
      "As published: the columns, the 33,258.4万元 in all (优 1 项 460, 良 6 项 21,075.69, 中 4 项 11,722.71) and the first seven projects' names, bodies, amounts and scores, the eighth's name and bodies. " +
      "Ours: the last three projects, the amount and score of the eighth, the note; the stored copy was cut after row 8. " +
      "Planted: 老旧小区改造's amount typed 3,974.41 where the 中 grade's four give 11,722.71 with 3,947.41, so the lines (33,285.40) miss the 合计 33,258.40.",
  },
  classes: ["composition", "allocation-by-project", "score-column", "grade-column", "owner-and-agent-columns", "two-decimal-wanyuan", "unit-in-headings", "total-at-foot", "notes-under-table", "report-to-congress", "district-fund", "chongqing"],
  sheets: [
    {
      name: "评价结果",
      widths: [6, 40, 18, 22, 14, 10, 10],
      rows: [
        ["2021年重点绩效评价结果明细表", null, null, null, null, null, null],
        ["序号", "评价政策或项目资金名称", "主管部门（业主单位）", "代建（实施）单位", "资金规模（万元）", "评分情况", "评级情况"],
        [1, "江北区科学技术局援企业稳岗补贴专项资金项目", "区科技局", "区科技局", 460, 90.1, "优"],
        [2, "江北区2020年度文化艺术中心运维经费项目", "区文旅委", "江北区文艺中心", 265, 83, "良"],
        [3, "重庆市诚善中学校改扩建资金项目", "重庆市诚善中学校", "中鹏公司", 12738, 83, "良"],
        [4, "江北区大石坝忠恕沱二期片区（二期）征地拆迁资金项目", "区住建委", "江北区城市房屋征收中心", 5467.69, 82.14, "良"],
        [5, "江北区招商投资促进局2020年度招商引资考察资金", "区招商局", "区招商局", 300, 81, "良"],
        [6, "江北区交通缓堵专项资金项目", "观音桥商圈管理办公室", "观音桥商圈管理办公室", 305, 81, "良"],
        [7, "江北区相国寺码头片区“两江四岸”治理提升工程", "区住建委", "江北区城市建设发展研究中心", 2000, 80, "良"],
        [8, "港城工业园区B区电力迁改工程专项资金项目", "港城工业园区建设有限公司", "港城工业园区建设有限公司", 4215.3, 78.5, "中"],
        [9, "江北区农村公路养护专项资金项目", "区交通局", "江北区公路养护中心", 1860, 76, "中"],
        [10, "江北区老旧小区改造资金项目", "区住建委", "江北区城市更新服务中心", 3974.41, 75.2, "中"],
        [11, "江北区智慧城管平台运维经费项目", "区城市管理局", "江北区数字化城市管理中心", 1700, 72, "中"],
        ["合计", null, null, null, 33258.4, null, null],
        ["注：评级标准为：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A14:D14", "A15:G15"],
      numberFormats: { "E3:E14": "0.00" },
    },
  ],
  settings: { district: "江北区" },
  expect: {
    tables: [
      { sheet: "评价结果", kind: "composition", unit: "万元", headerRow: 2, lastRow: 14, columns: { B: "line", E: "amount", G: "category" }, year: 2021 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E14", why: "合计 33,258.40; the eleven lines give 460 + 265 + 12,738 + 5,467.69 + 300 + 305 + 2,000 + 4,215.30 + 1,860 + 3,974.41 + 1,700 = 33,285.40 (27.00 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F14", why: "评分情况 is a score, never summed as money; the 合计 row leaves it blank" },
      { rule: "composition.line-mismatch", why: "no unit × quantity: 评分情况 is no quantity" },
      { rule: "composition.total-mismatch", cell: "E6", why: "5,467.69 is one project's figure, no total" },
    ],
  },
};
