import type { CorpusLayout } from "../types";

// 西藏成办综合服务保障中心 2026年部门预算: the “三公”经费 budget (项目 | 2026年预算数, 合计 first, the car line with its 其中 lines)
// and a project's 绩效目标表 (一级 / 二级 / 三级指标 | 指标值) from the 项目绩效目标情况 section. The car line typed 38.60 over its
// 其中 lines' 36.80; the 合计 agrees with the lines as typed.
export const layout: CorpusLayout = {
  id: "xizang-chengdu-office-service-centre-2026-budget",
  source: {
    title: "2026年西藏成办综合服务保障中心部门预算（“三公”经费预算表；项目绩效目标表）",
    url: "https://cdbsc.xizang.gov.cn/xwzx/tztg/202602/t20260212_524787.html",
    publisher: "西藏成办综合服务保障中心（西藏自治区人民政府驻成都办事处所属）",
    date: "2026-02-12",
    changes:
      "The stored copy shows the 说明 (收入预算 4,464.21万元, the 2025 merger under 藏机编发〔2025〕4号) with the tables as attachments " +
      "(表格详见附件); the 三公 budget and one project's 绩效目标表 are laid out as such 部门预算 publish them (table-not-in-stored-copy). " +
      "The project, indicators and figures are ours. Planted: 公务用车购置及运行维护费 typed 38.60 where its 其中 lines give 0.00 + 36.80.",
  },
  classes: ["execution", "targets", "two-sheets", "budget-only", "three-public", "total-row-first", "qizhong-split", "subtotal-slip", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "project-info-block", "three-level-indicators", "table-not-in-stored-copy", "province-level-unit", "xizang"],
  settings: { asOf: "2026-02-12" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [34, 16],
      rows: [
        ["西藏成办综合服务保障中心2026年“三公”经费预算表", null],
        [null, "单位：万元"],
        ["项目", "2026年预算数"],
        ["合计", 51.2],
        ["1.因公出国（境）费", 0],
        ["2.公务用车购置及运行维护费", 38.6],
        ["  其中：公务用车购置费", 0],
        ["        公务用车运行维护费", 36.8],
        ["3.公务接待费", 12.6],
        ["注：本单位为2025年度机构改革新组建单位，整合原顺江苑服务中心、机关后勤服务中心、成办接待车队及原接待处相关职责。", null],
      ],
      merges: ["A1:B1", "A10:B10"],
      numberFormats: { "B4:B9": "0.00" },
    },
    {
      name: "项目绩效目标",
      widths: [14, 20, 34, 18],
      rows: [
        ["2026年项目支出绩效目标表", null, null, null],
        ["项目名称", "接待服务保障经费", null, null],
        ["主管部门", "西藏自治区人民政府驻成都办事处", "实施单位", "西藏成办综合服务保障中心"],
        ["项目资金（万元）", 186, null, null],
        ["年度目标", "保障自治区来蓉公务接待及驻蓉工作服务保障任务，接待服务安全、规范、节约。", null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "保障接待批次", "≥300批次"],
        [null, "质量指标", "接待服务安全事故发生次数", "0次"],
        [null, "时效指标", "接待任务按时完成率", "100%"],
        [null, "成本指标", "接待服务保障经费", "≤186万元"],
        ["效益指标", "社会效益指标", "驻蓉服务保障水平", "有效提升"],
        ["满意度指标", "服务对象满意度指标", "接待对象满意度", "≥95%"],
      ],
      merges: ["A1:D1", "B2:D2", "B4:D4", "B5:D5", "A7:A10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget" }, year: 2026 },
      { sheet: "项目绩效目标", kind: "targets", headerRow: 6, lastRow: 12, columns: { A: "type", C: "name", D: "target" } },
    ],
    findings: [
      { rule: "execution.total-mismatch", sheet: "三公经费预算", cell: "B6", why: "公务用车购置费 0.00 + 公务用车运行维护费 36.80 = 36.80, not the 38.60 typed" },
    ],
    absent: [
      { rule: "execution.total-mismatch", sheet: "三公经费预算", cell: "B4", why: "合计 51.20 = 0.00 + 38.60 + 12.60, the lines as typed: the slip is reported once, at the car line" },
      { rule: "execution.no-spending", sheet: "三公经费预算", why: "a budget-only table: nothing is spent yet, and 因公出国（境）费 has no budget" },
      { rule: "execution.behind-schedule", sheet: "三公经费预算", why: "a budget with no spending column, on ceiling lines" },
      { rule: "selfeval.indicator-contradicted", why: "the 2026 targets cannot be judged in February 2026" },
      { rule: "selfeval.weights", why: "the target table gives no 分值" },
      { rule: "input.unreadable-value", sheet: "项目绩效目标", cell: "D11", why: "有效提升 is a qualitative target, text by design" },
    ],
  },
};
