import type { CorpusLayout } from "../types";

// 第一师阿拉尔市财政局 2025-12-12 (师市财农发[2025]70号): 2026年中央财政衔接推进乡村振兴补助资金 passed on early to 四团 and 五团 — 1356万元,
// of which 少数民族发展任务 1086万元 and 以工代赈任务 270万元; 附件1 the 分配方案及项目名称. Laid out as that annex: the notice's lines above,
// 序号 | 实施单位 | 项目名称 | 任务类别 | 下达资金（万元）, the 合计 first.
export const layout: CorpusLayout = {
  id: "alar-2026-linkage-minority-workrelief-allocation",
  source: {
    title: "关于公示《关于下达2026年中央财政衔接推进乡村振兴补助资金（少数民族发展任务和以工代赈任务）文件及绩效目标表》的通知（附件1 分配方案，表据正文拟）",
    url: "http://www.ale.gov.cn/xwzx/bmdt/content_109653",
    publisher: "第一师阿拉尔市财政局",
    date: "2025-12-12",
    changes:
      "As published: the notice's sums (1356万元, 其中少数民族发展任务1086万元、以工代赈任务270万元), the two 团 it goes to, the document number and " +
      "the annex's name (分配方案及项目名称详见附件1). The stored copy does not show the annex: its rows, project names and amounts are ours, " +
      "adding up to the notice's task sums (表据正文拟). Planted: 五团's 以工代赈 project typed 129 where 270 − 150 = 120 — the lines add up " +
      "to 1,365 against the 合计 1,356.",
  },
  classes: [
    "composition", "allocation-by-project", "total-row-first", "task-category-column", "notice-lines-above", "whole-wanyuan",
    "unit-in-header", "table-from-prose", "bingtuan", "xinjiang",
  ],
  settings: { district: "阿拉尔市" },
  sheets: [
    {
      name: "附件1",
      widths: [8, 10, 40, 18, 16],
      rows: [
        ["关于提前下达2026年中央财政衔接推进乡村振兴补助资金（少数民族发展任务和以工代赈任务）预算的通知（师市财农发[2025]70号）", null, null, null, null],
        ["四团、五团：现下达你单位2026年中央财政衔接推进乡村振兴补助资金1356万元，其中：少数民族发展任务1086万元、以工代赈任务270万元。", null, null, null, null],
        ["附件1", null, null, null, null],
        ["2026年中央财政衔接推进乡村振兴补助资金分配方案及项目名称", null, null, null, null],
        ["序号", "实施单位", "项目名称", "任务类别", "下达资金（万元）"],
        ["合计", null, null, null, 1356],
        [1, "四团", "四团设施农业大棚提升项目", "少数民族发展任务", 486],
        [2, "四团", "四团农产品初加工车间建设项目", "少数民族发展任务", 300],
        [3, "四团", "四团连队道路硬化以工代赈项目", "以工代赈任务", 150],
        [4, "五团", "五团特色林果保鲜库建设项目", "少数民族发展任务", 300],
        [5, "五团", "五团农田渠系配套以工代赈项目", "以工代赈任务", 129],
        ["注：资金列入2025年政府收入科目“1100231-巩固脱贫攻坚成果衔接乡村振兴转移支付收入”，支出功能分类“2130599-其他巩固脱贫攻坚成果衔接乡村振兴支出”。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A3:E3", "A4:E4", "A6:D6", "A12:E12"],
      numberFormats: { "E6:E11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "composition",
        unit: "万元",
        headerRow: 5,
        lastRow: 11,
        columns: { C: "line", D: "category", E: "amount" },
        year: 2026,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E6", why: "合计 1,356; the projects add up to 486 + 300 + 150 + 300 + 129 = 1,365 (9万元 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E7", why: "the total stands first: row 7 is project 1" },
      { rule: "input.unreadable-value", cell: "A12", why: "1100231 and 2130599 in the note are budget subject codes, not figures of the table" },
      { rule: "composition.line-mismatch", why: "no unit price or quantity" },
      { rule: "cap.unknown-policy", why: "an allocation to projects, no register" },
      { rule: "register.ineligible-location", why: "no register; 四团 and 五团 are 团场 of 第一师阿拉尔市" },
    ],
  },
};
