import type { CorpusLayout } from "../types";

// 佳木斯市前进区 2024-01-26: how the district places its 2024 衔接推进乡村振兴补助资金 (中央 375万元 + 省级 376万元 = 751万元) — 产业项目 and
// 其他项目 by project, each with its central and provincial shares, the 项目管理费 at 1% / 3%; with the plan's 绩效目标 on a second sheet.
export const layout: CorpusLayout = {
  id: "qianjin-jms-2024-linkage-fund-project-plan",
  source: {
    title: "关于前进区2024年度衔接资金项目计划安排情况的公告（项目计划表及绩效目标据正文拟）",
    url: "http://wasg.jmsqjq.gov.cn/e/action/ShowInfo.php?classid=109&id=18923&tempid=14",
    publisher: "佳木斯市前进区水务局",
    date: "2024-01-26",
    changes:
      "As published: the documents (黑财指(农)〔2024〕19号 / 20号), 中央 375 + 省级 376 = 751万元, the projects and amounts the notice names (大豆萃取深加工厂房 " +
      "314.51, 南岗村秸秆机械 30 省级, 南岗村民宿 256.5, 南岗村粮食晾晒农机设备库 128 中央, 项目管理费 15.03 at 中央1% / 省级3%) and their benefits " +
      "(8万元 and 42户; 1.2万元 and 23户). The notice is prose; laid out here as a plan table (项目名称 | 建设内容 | 资金规模 合计 / 中央资金 / 省级资金 | " +
      "预期效益) under 一、产业项目 / 二、其他项目. Ours: the 6.96万元 小额信贷贴息 line that brings the sum to 751 (the notice's list is cut in the stored " +
      "copy), the central / provincial split of 大豆萃取 (236.29 / 78.22), the targets sheet built from the notice's figures. Planted: 民宿 合计 typed " +
      "265.50 over its 省级 256.50, so the 合计 row's 751 no longer equals the lines as typed.",
  },
  classes: ["composition", "targets", "two-sheets", "allocation-by-project", "money-by-level", "row-total-column", "merged-header-over-three", "two-header-rows", "category-heading-rows", "management-fee-line", "percentages-in-note", "text-benefit-column", "total-at-foot", "wanyuan-caption", "notes-under-table", "three-level-indicators", "no-weights", "table-from-prose", "city-district", "heilongjiang"],
  settings: { district: "前进区" },
  sheets: [
    {
      name: "项目计划",
      widths: [6, 34, 40, 12, 12, 12, 30],
      rows: [
        ["前进区2024年度衔接资金项目计划安排表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "建设内容", "资金规模", null, null, "预期效益"],
        [null, null, null, "合计", "中央资金", "省级资金", null],
        ["一、产业项目", null, null, null, null, null, null],
        [1, "前进区大豆萃取深加工厂房基础设施配套项目", "修缮建设6000平方米标准化厂房，打造大豆萃取深加工产业园区", 314.51, 236.29, 78.22, "直接或间接效益8万元，带动42户"],
        [2, "南岗村秸秆机械采购项目", "购置玉米秸秆搂草机、轮式拖拉机等农业机械", 30, null, 30, "直接或间接效益1.2万元，带动23户"],
        [3, "南岗村民宿文旅示范点项目", "升级改造房屋，提供民宿、餐饮等文旅服务", 265.5, null, 256.5, null],
        [4, "南岗村粮食晾晒农机设备库项目", "建设集粮食晾晒场地、农机设备储存于一体的附属农用设施库", 128, 128, null, null],
        ["二、其他项目", null, null, null, null, null, null],
        [1, "项目管理费", "用于支付设计、代理、监理、审计等服务费用", 15.03, 3.75, 11.28, null],
        [2, "脱贫人口小额信贷贴息", "对脱贫户、监测户小额信贷给予贴息", 6.96, 6.96, null, null],
        ["合计", null, null, 751, 375, 376, null],
        ["注：项目管理费按中央资金1%、省级资金3%提取。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "A5:C5", "A10:C10", "A13:C13", "A14:G14"],
      numberFormats: { "D5:F13": "#,##0.00" },
    },
    {
      name: "绩效目标",
      widths: [14, 18, 36, 18],
      rows: [
        ["前进区2024年度衔接资金项目绩效目标表", null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "修缮标准化厂房面积", "6000平方米"],
        [null, "数量指标", "购置农业机械", "≥2台"],
        [null, "质量指标", "项目（工程）验收合格率", "100%"],
        [null, "成本指标", "项目总投资", "≤751万元"],
        ["效益指标", "经济效益指标", "项目直接或间接效益", "≥9.2万元"],
        [null, "社会效益指标", "带动农户数", "≥65户"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥95%"],
      ],
      merges: ["A1:D1", "A3:A6", "A7:A8"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目计划",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "line", D: "amount", E: "amount:中央资金", F: "amount:省级资金" },
        year: 2024,
      },
      { sheet: "绩效目标", kind: "targets", headerRow: 2, lastRow: 9, columns: { A: "type", C: "name", D: "target" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "项目计划", cell: "D8", why: "南岗村民宿 合计 265.50 where 中央 (blank) + 省级 256.50 = 256.50: 9.00万元 apart" },
      { rule: "composition.total-mismatch", sheet: "项目计划", cell: "D13", why: "合计 751.00 where the lines as typed give 314.51 + 30.00 + 265.50 + 128.00 + 15.03 + 6.96 = 760.00" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "项目计划", cell: "E13", why: "中央 375.00 = 236.29 + 128.00 + 3.75 + 6.96" },
      { rule: "composition.total-mismatch", sheet: "项目计划", cell: "F13", why: "省级 376.00 = 78.22 + 30.00 + 256.50 + 11.28" },
      { rule: "composition.total-mismatch", sheet: "项目计划", cell: "D11", why: "项目管理费 15.03 = 3.75 + 11.28 (1% of 375 and 3% of 376)" },
      { rule: "composition.total-mismatch", sheet: "项目计划", cell: "D6", why: "314.51 = 236.29 + 78.22" },
      { rule: "composition.total-mismatch", sheet: "项目计划", cell: "D5", why: "一、产业项目 is a heading without amounts" },
      { rule: "input.unreadable-value", why: "建设内容, 预期效益, the note and the targets' values are text by nature" },
    ],
  },
};
