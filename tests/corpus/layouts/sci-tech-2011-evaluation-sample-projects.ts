import type { CorpusLayout } from "../types";

// A city science bureau's performance evaluation of finished projects (2011年结题): the sampled projects with money
// planned and money spent, each split into 总计 / 拨款 / 自筹 under two merged headers, the project's years as text
// (2008-2011), its category and the bureau's own verdict beside the figures.
export const layout: CorpusLayout = {
  id: "sci-tech-2011-evaluation-sample-projects",
  source: {
    title: "财政支出项目绩效评价报告（******项目绩效评价项目抽样明细表）",
    url: "https://m.bdocx.com/doc/13218463.html",
    publisher: "（document shared on bdocx.com; the evaluating 科技局 is not named in the stored copy）",
    date: "2012",
    changes:
      "The table's header as the stored copy shows it (序号 | 项目名称 | 承担单位 | 起止时间 | 安排经费（万元） 总计 / 拨款 / 自筹 | " +
      "实际支出（万元） 总计 / 拨款 / 自筹 | 备注（项目类别） | 科技局自评结果) and the kinds of values (2008-2011, 验收合格 / 基本合格 / " +
      "验收不合格) are as published; the project names and bodies are blank in the copy and ours, as are all amounts; the table " +
      "is cut to eight projects, the title's masked name kept as published and a 合计 row added. Planted: the 电机控制器 project " +
      "spent 38.60 of its 35.00 拨款 (338.60 of 335.00 in all); the 合计 of 实际支出 拨款 states 236.45 where its rows add up to 235.45.",
  },
  classes: [
    "execution", "by-project", "planned-and-actual-groups", "source-of-funds-parts", "two-header-rows", "years-as-text",
    "verdict-column", "category-column", "wanyuan-in-header",
  ],
  settings: { asOf: "2011-12-31" },
  sheets: [
    {
      name: "抽样明细表",
      widths: [6, 30, 22, 11, 10, 9, 10, 10, 9, 10, 12, 12],
      rows: [
        ["******项目绩效评价项目抽样明细表", null, null, null, null, null, null, null, null, null, null, null],
        ["序号", "项目名称", "承担单位", "起止时间", "安排经费（万元）", null, null, "实际支出（万元）", null, null, "备注（项目类别）", "科技局自评结果"],
        [null, null, null, null, "总计", "拨款", "自筹", "总计", "拨款", "自筹", null, null],
        [1, "设施蔬菜病虫害绿色防控技术集成与示范", "市农业科学研究所", "2008-2011", 105, 45, 60, 103.2, 44.1, 59.1, "农业", "验收合格"],
        [2, "高效节能电机控制器研发", "华泰电机有限公司", "2009-2011", 335, 35, 300, 338.6, 38.6, 300, "工业", "验收合格"],
        [3, "污水处理厂污泥资源化利用技术研究", "市环境科学研究院", "2009-2011", 383.82, 35, 348.82, 380.5, 34.2, 346.3, "社会发展", "验收合格"],
        [4, "新型墙体材料生产线技术改造", "宏基新型建材有限公司", "2008-2011", 1300, 30, 1270, 1288.4, 30, 1258.4, "工业", "验收合格"],
        [5, "中药材规范化种植基地建设", "本草中药饮片有限公司", "2010-2011", 290, 30, 260, 284.6, 29.8, 254.8, "农业", "基本合格"],
        [6, "城市交通信号智能控制系统", "通衢信息技术有限公司", "2009-2011", 230, 30, 200, 226.35, 29.35, 197, "社会发展", "验收合格"],
        [7, "农村沼气综合利用示范", "县农业技术推广中心", "2008-2010", 20, 10, 10, 19.6, 10, 9.6, "农业", "验收合格"],
        [8, "食品安全快速检测试剂盒开发", "康检生物技术有限公司", "2010-2011", 180, 20, 160, 176.4, 19.4, 157, "社会发展", "验收不合格"],
        ["合计", null, null, null, 2843.82, 235, 2608.82, 2817.65, 236.45, 2582.2, null, null],
      ],
      merges: ["A1:L1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:J2", "K2:K3", "L2:L3", "A12:D12"],
      numberFormats: { "E4:J12": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "抽样明细表",
        kind: "execution",
        unit: "万元",
        headerRow: 2,
        lastRow: 12,
        columns: { B: "line", E: "adjustedBudget", F: "adjustedBudget:拨款", H: "actual", I: "actual:拨款" },
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "H5", why: "电机控制器: 338.60 spent of 335.00 planned (拨款 38.60 of 35.00): 3.60万元 over" },
      {
        rule: "execution.total-mismatch",
        cell: "I12",
        why: "合计 of 实际支出 拨款 states 236.45; 44.10 + 38.60 + 34.20 + 30.00 + 29.80 + 29.35 + 10.00 + 19.40 = 235.45 (1.00万元 too much)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "H12", why: "2,817.65 = the eight projects' 实际支出 总计" },
      { rule: "execution.total-mismatch", cell: "E12", why: "2,843.82 = the eight projects' 安排经费 总计" },
      { rule: "execution.total-mismatch", cell: "E4", why: "总计 105.00 = 拨款 45.00 + 自筹 60.00: parts of the row, not further lines" },
      { rule: "execution.overspent", cell: "H4", why: "103.20 of 105.00; 拨款 44.10 of 45.00; 自筹 59.10 of 60.00" },
      { rule: "execution.overspent", cell: "H10", why: "19.60 of 20.00; 拨款 10.00 of 10.00 exactly" },
      { rule: "execution.no-spending", why: "every project has spent" },
      { rule: "input.unreadable-value", why: "起止时间 (2008-2011) and the verdicts (验收合格) are text by nature, not amounts" },
    ],
  },
};
