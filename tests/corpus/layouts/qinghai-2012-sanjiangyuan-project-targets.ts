import type { CorpusLayout } from "../types";

// 青海: 三江源生态保护和建设工程 2012 — 完成投资15.4亿元 (总投资75亿元); 黑土滩治理200万亩, 封山育林73.1万亩,
// 重点沼泽湿地保护50万亩, 灌溉饲草料基地2.5万亩. Laid out as the year's 绩效目标表 (一级/二级/三级指标, 年度指标值, 依据); clean.
export const layout: CorpusLayout = {
  id: "qinghai-2012-sanjiangyuan-project-targets",
  source: {
    title: "青海省2012年投资15.4亿元保护三江源生态（年度绩效目标表据报道拟）",
    url: "http://nakedoat.com/govweb/jrzg/2012-12/24/content_2297606.htm",
    publisher: "新华社（中央政府门户网站转载）",
    date: "2012-12-24",
    changes:
      "As published: 完成投资15.4亿元, 总投资75亿元, the four 2012 tasks and their sizes, 青海省三江源办公室. " +
      "Ours: the form (项目名称 / 主管部门 / 投资 rows, 年度目标, the indicator table), the 二级指标 grouping, the cost, benefit and satisfaction indicators and the 依据 column. Nothing planted: clean.",
  },
  classes: ["targets", "clean", "three-level-indicators", "first-level-merged-down", "basis-column", "text-targets", "no-weights", "money-in-text", "form-head-rows", "table-from-prose", "news-report", "ecological-project", "qinghai"],
  sheets: [
    {
      name: "绩效目标表",
      widths: [14, 18, 26, 16, 22],
      rows: [
        ["三江源生态保护和建设工程2012年度绩效目标表", null, null, null, null],
        ["项目名称", "三江源生态保护和建设工程", null, null, null],
        ["主管部门", "青海省三江源生态保护和建设办公室", null, null, null],
        ["年度投资", "15.4亿元", null, "工程总投资", "75亿元"],
        ["年度目标", "完成黑土滩治理、封山育林、重点沼泽湿地保护和灌溉饲草料基地建设任务，遏制三江源地区生态恶化。", null, null, null],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "指标值依据"],
        ["产出指标", "数量指标", "黑土滩治理面积", "200万亩", "年度实施方案"],
        [null, null, "封山育林面积", "73.1万亩", "年度实施方案"],
        [null, null, "重点沼泽湿地保护面积", "50万亩", "年度实施方案"],
        [null, null, "灌溉饲草料基地建设面积", "2.5万亩", "年度实施方案"],
        [null, "成本指标", "年度完成投资", "≤15.4亿元", "年度投资计划"],
        ["效益指标", "生态效益指标", "退化草场植被盖度", "逐步提高", "生态监测报告"],
        [null, "可持续影响指标", "水源涵养功能", "逐步恢复", "生态监测报告"],
        ["满意度指标", "服务对象满意度指标", "项目区农牧民满意度", "≥90%", "问卷调查"],
      ],
      merges: ["A1:E1", "B2:E2", "B3:E3", "B4:C4", "B5:E5", "A7:A11", "B7:B10", "A12:A13"],
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标表", kind: "targets", headerRow: 6, lastRow: 14, columns: { A: "type", C: "name", D: "target", E: "basis" }, year: 2012 },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "B4", why: "the year's 15.4亿元 is one year of the 75亿元 programme, not its parts" },
      { rule: "selfeval.weights", why: "a target table carries no 分值" },
      { rule: "selfeval.target-missed-full-score", why: "no results and no scores: targets only" },
      { rule: "composition.total-mismatch", cell: "D7", why: "the areas are indicator values, not money lines" },
    ],
  },
};
