import type { CorpusLayout } from "../types";

// 北京市公安局 2023-08: the 2022 部门决算 — 十一、财政拨款“三公”经费支出决算表 (a 预算数 block and a 决算数 block, each 合计 | 因公出国（境）费 |
// 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, a 栏次 row) and, from 第四部分 2022年度部门绩效评价情况, a 项目支出绩效自评表.
export const layout: CorpusLayout = {
  id: "beijing-police-2022-three-public-and-project-selfeval",
  source: {
    title: "北京市公安局2022年度部门决算公开（十一、财政拨款“三公”经费支出决算表；第四部分 部门绩效评价情况 — 项目支出绩效自评表；表据目录拟）",
    url: "https://shpresents.com/zfy202308/t20230831_3238655.html",
    publisher: "北京市公安局（转载）",
    date: "2023-08-31",
    changes:
      "As published: the 决算's contents (十三 tables, 第四部分 绩效评价情况) and the bureau's units; the stored copy says 报表详见附件. The 三公 table " +
      "follows the Beijing 部门决算 form (two six-column blocks, 栏次 row), the self-evaluation the national 项目支出绩效自评表; the project (交通管理设施 " +
      "运行维护) and every figure are ours. Planted: 因公出国（境）费 budgeted 120.00 and nothing spent; 公务用车购置费 2,236.40 spent of 2,150.00; the " +
      "project's 执行率 typed 97.83% where 2,968.45 / 3,050.00 = 97.33%; 交通标志标线更新 760 of ≥800公里 scored its full 10.",
  },
  classes: [
    "execution", "selfeval", "two-sheets", "three-public", "final-accounts", "budget-and-actual-blocks", "subtotal-columns", "column-number-row",
    "one-row-across", "national-template", "budget-cut-during-year", "missed-target-full-score", "past-year", "wanyuan-caption",
    "department-final-accounts", "table-not-in-stored-copy", "municipal-department", "beijing",
  ],
  settings: { district: "北京市" },
  sheets: [
    {
      name: "三公经费决算表",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, "公开11表"],
        ["编制部门：北京市公安局", null, null, null, null, "2022年度", null, null, null, null, null, "单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [9860, 120, 8940, 2150, 6790, 800, 9161.34, 0, 8748.78, 2236.4, 6512.38, 412.56],
        ["注：“三公”经费预算数为年初预算数；2022年度未安排出国（境）团组。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A3:E3", "F3:K3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "#,##0.00" },
    },
    {
      name: "项目自评表",
      widths: [10, 16, 14, 28, 16, 16, 8, 8, 18, 10],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["（2022年度）", null, null, null, null, null, null, null, null, null],
        ["项目名称", "交通管理设施运行维护", null, null, null, null, null, null, null, null],
        ["主管部门", "北京市公安局", null, null, null, "实施单位", "北京市公安局公安交通管理局", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额", 3200, 3050, 2968.45, 10, "97.83%", 9.73, null, null],
        [null, "其中：当年财政拨款", 3200, 3050, 2968.45, "—", "—", "—", null, null],
        [null, "上年结转资金", null, null, null, "—", "—", "—", null, null],
        [null, "其他资金", null, null, null, "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [
          null,
          "保障全市交通信号灯、交通标志标线等管理设施正常运行，全年维护信号灯路口不少于1200处，更新交通标志标线不少于800公里。",
          null, null, null,
          "全年维护信号灯路口1236处；受部分道路施工影响，更新交通标志标线760公里。",
          null, null, null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null],
        [null, "产出指标（50分）", "数量指标", "维护信号灯路口数量", "≥1200处", "1236处", 10, 10, null, null],
        [null, null, null, "交通标志标线更新", "≥800公里", "760公里", 10, 10, "部分道路施工推迟，剩余路段顺延至次年", null],
        [null, null, "质量指标", "设施完好率", "≥98%", "98.6%", 10, 10, null, null],
        [null, null, "时效指标", "故障修复时限", "≤24小时", "18小时", 10, 10, null, null],
        [null, null, "成本指标", "项目总成本", "≤3050万元", "2968.45万元", 10, 10, null, null],
        [null, "效益指标（30分）", "社会效益指标", "路口通行效率", "有效提升", "有效提升", 15, 15, null, null],
        [null, null, "可持续影响指标", "设施持续稳定运行", "持续保障", "持续保障", 15, 15, null, null],
        [null, "满意度指标（10分）", "服务对象满意度指标", "群众满意度", "≥90%", "92%", 10, 10, null, null],
        [null, "总分", null, null, null, null, 100, 99.73, null, null],
      ],
      merges: [
        "A1:J1", "A2:J2", "B3:J3", "B4:E4", "G4:J4", "A5:B5", "A6:A9", "I5:J9", "A10:A11", "B10:E10", "F10:J10", "B11:E11", "F11:J11",
        "A12:A21", "I12:J12", "B13:B17", "C13:C14", "B18:B19", "I13:J13", "I14:J14", "I15:J15", "I16:J16", "I17:J17", "I18:J18", "I19:J19",
        "I20:J20", "B21:F21", "I21:J21",
      ],
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 8, columns: { A: "adjustedBudget", G: "actual" }, year: 2022 },
      { sheet: "项目自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2022 },
    ],
    findings: [
      { rule: "execution.no-spending", sheet: "三公经费决算表", cell: "H8", why: "因公出国（境）费: 预算数 120.00, 决算数 0 — nothing spent of a budget" },
      { rule: "execution.overspent", sheet: "三公经费决算表", cell: "J8", why: "公务用车购置费 决算 2,236.40 above its 预算数 2,150.00 (86.40 over)" },
      { rule: "selfeval.rate-mismatch", sheet: "项目自评表", cell: "G6", why: "2,968.45 / 3,050.00 = 97.33%, stated 97.83%" },
      { rule: "selfeval.target-missed-full-score", sheet: "项目自评表", cell: "H14", why: "交通标志标线更新 760公里 misses ≥800公里 yet scores its full 10" },
    ],
    absent: [
      { rule: "execution.total-mismatch", sheet: "三公经费决算表", cell: "A8", why: "预算数 合计 120 + 8,940 + 800 = 9,860 (the 小计, not its parts again)" },
      { rule: "execution.total-mismatch", sheet: "三公经费决算表", cell: "G8", why: "决算数 合计 0 + 8,748.78 + 412.56 = 9,161.34" },
      { rule: "execution.total-mismatch", sheet: "三公经费决算表", cell: "I8", why: "小计 2,236.40 + 6,512.38 = 8,748.78" },
      { rule: "execution.overspent", sheet: "三公经费决算表", cell: "I8", why: "小计 8,748.78 is below its 8,940.00 even with 购置费 over" },
      { rule: "execution.behind-schedule", sheet: "三公经费决算表", cell: "L8", why: "公务接待费 412.56 of 800 (51.6%): 三公 lines are ceilings, never behind schedule" },
      { rule: "input.unreadable-value", sheet: "三公经费决算表", cell: "A7", why: "the 栏次 row numbers the columns" },
      { rule: "selfeval.score-mismatch", sheet: "项目自评表", cell: "H6", why: "10 × 2,968.45 / 3,050.00 = 9.73, as typed" },
      { rule: "selfeval.score-mismatch", sheet: "项目自评表", cell: "H21", why: "总分 99.73 = 9.73 + 10×5 + 15 + 15 + 10" },
      { rule: "selfeval.weights", sheet: "项目自评表", why: "10 + 50 + 30 + 10 = 100" },
      { rule: "selfeval.missing-explanation", sheet: "项目自评表", cell: "H14", why: "the missed target has its reason in I14" },
      { rule: "selfeval.target-missed-full-score", sheet: "项目自评表", cell: "H17", why: "2,968.45万元 meets ≤3050万元" },
    ],
  },
};
