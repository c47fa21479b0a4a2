import type { CorpusLayout } from "../types";

// 第一师阿拉尔市财政局 2025-09-19 (师市财农发[2025]55号, publicised again): 2025年财政衔接推进乡村振兴补助资金 5664万元 sent down to 七团, 十二团,
// 十六团 and 库沙新拜产业园 — 中央 1921万元 (十二团, 十六团) and 兵团本级 3743万元 (七团, 十六团, 库沙新拜产业园); 附件1 the allocation. Laid out as
// that annex: 序号 | 实施单位 | 项目名称 | 资金规模 over 合计 | 中央… | 兵团本级…, the 合计 first.
export const layout: CorpusLayout = {
  id: "alar-2025-linkage-fund-regiments-allocation",
  source: {
    title: "关于再次公示《关于下达财政衔接推进乡村振兴补助资金文件及绩效目标表》的通知（附件1 资金分配表，表据正文拟）",
    url: "http://www.ale.gov.cn/xwzx/bmdt/content_109651",
    publisher: "第一师阿拉尔市财政局",
    date: "2025-09-19",
    changes:
      "As published: the notice's sums (5664万元, 其中中央财政衔接推进乡村振兴补助资金1921万元、兵团本级3743万元), which units get which level's money " +
      "(中央: 十二团、十六团; 兵团本级: 七团、十六团、库沙新拜产业园), the document number and 详见附件1. The stored copy does not show the annex: its " +
      "rows, project names and amounts are ours, adding up to the notice's sums (表据正文拟). Planted: the 合计 typed 5646 where the projects add " +
      "up to 5664 (and 1921 + 3743 = 5664).",
  },
  classes: [
    "composition", "allocation-by-project", "total-row-first", "total-column-and-level-columns", "split-under-merged-header", "two-header-rows",
    "blank-as-nothing", "transposed-digits", "notice-lines-above", "whole-wanyuan", "wanyuan-caption", "table-from-prose", "bingtuan", "xinjiang",
  ],
  settings: { district: "阿拉尔市" },
  sheets: [
    {
      name: "附件1",
      widths: [8, 16, 40, 12, 20, 20],
      rows: [
        ["关于下达财政衔接推进乡村振兴补助资金的通知（师市财农发[2025]55号）附件1", null, null, null, null, null],
        ["第一师阿拉尔市2025年财政衔接推进乡村振兴补助资金分配表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "实施单位", "项目名称", "资金规模", null, null],
        [null, null, null, "合计", "中央财政衔接推进乡村振兴补助资金", "兵团本级财政衔接推进乡村振兴补助资金"],
        ["合计", null, null, 5646, 1921, 3743],
        [1, "七团", "七团设施农业温室大棚提质改造项目", 1280, null, 1280],
        [2, "十二团", "十二团农产品冷链仓储物流项目", 1021, 1021, null],
        [3, "十六团", "十六团红枣精深加工车间建设项目", 900, 900, null],
        [4, "十六团", "十六团连队人居环境整治提升项目", 863, null, 863],
        [5, "库沙新拜产业园", "库沙新拜产业园标准化厂房配套设施项目", 1600, null, 1600],
        ["注：资金列入2025年政府收支功能分类科目“2130599-其他巩固脱贫攻坚成果衔接乡村振兴支出”，请各单位按绩效目标表抓紧组织实施。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A4:A5", "B4:B5", "C4:C5", "D4:F4", "A6:C6", "A12:F12"],
      numberFormats: { "D6:F11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 11,
        columns: { C: "line", D: "amount", E: "amount:中央财政衔接推进乡村振兴补助资金", F: "amount:兵团本级财政衔接推进乡村振兴补助资金" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D6", why: "合计 5,646; the projects add up to 1,280 + 1,021 + 900 + 863 + 1,600 = 5,664 (18万元 short; the notice says 5664)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E6", why: "中央 1,921 = 1,021 + 900" },
      { rule: "composition.total-mismatch", cell: "F6", why: "兵团本级 3,743 = 1,280 + 863 + 1,600" },
      { rule: "composition.total-mismatch", cell: "D7", why: "each project's 合计 is its one level's money (1,280 = 1,280 …), the other level blank" },
      { rule: "input.unreadable-value", cell: "A12", why: "2130599 in the note is a budget subject code, not a figure" },
      { rule: "cap.unknown-policy", why: "an allocation to 团场 and the park by project, no register" },
      { rule: "register.duplicate", why: "十六团 running two projects is two lines, no duplicate payee" },
    ],
  },
};
