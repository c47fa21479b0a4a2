import type { CorpusLayout } from "../types";

// 深圳市工业和信息化局 2021-03-15: 工业设计发展扶持计划 第二批 — grants for winners of named design
// awards, the award per row, the design as the firm's own project.
export const layout: CorpusLayout = {
  id: "shenzhen-2021-industrial-design-awards",
  source: {
    title: "深圳市工业和信息化局关于2021年深圳市工业设计发展扶持计划第二批拟资助项目公示的通知（公示表：知名工业设计奖）",
    url: "http://hunanzhuanji.cn/NewsStd_616.html",
    publisher: "深圳市工业和信息化局",
    date: "2021-03-15",
    changes:
      "The notice (7-working-day objection period; 资金拨付最终以资助计划下达文件为准) is stored with the annex title only: " +
      "columns are ours. Awards named as the design prizes such lists carry; firms, works, codes and amounts " +
      "invented; caps per award chosen for the corpus. Planted: row 8 repeats row 4 (same firm, same work, same award).",
  },
  classes: ["register", "item-per-row", "project-name-column", "credit-codes", "wanyuan-in-header"],
  settings: { district: "深圳市" },
  sheets: [
    {
      name: "知名工业设计奖",
      widths: [6, 30, 22, 30, 22, 12],
      rows: [
        ["2021年深圳市工业设计发展扶持计划第二批拟资助项目公示表（知名工业设计奖）", null, null, null, null, null],
        ["序号", "申报单位", "统一社会信用代码", "获奖作品", "获奖奖项", "拟资助金额（万元）"],
        [1, "深圳南山智造设计有限公司", "91440300MA0019381N", "便携式超声诊断仪", "德国红点奖“至尊奖”", 50],
        [2, "深圳前海声学科技有限公司", "91440300MA5TYKF16X", "开放式骨传导耳机", "德国iF设计奖金奖", 50],
        [3, "深圳福田家居用品有限公司", "91440300MA2BRNFB6X", "模块化储物系统", "中国优秀工业设计奖金奖", 30],
        [4, "深圳龙华机器人有限公司", "91440300MA2J7CRY92", "协作机械臂", "美国IDEA金奖", 30],
        [5, "深圳宝安照明电器有限公司", "91440300MA0J5TM94F", "智能护眼台灯", "德国红点奖“至尊奖”", 50],
        [6, "深圳盐田储能科技有限公司", "91440300MA1H7F353M", "户外移动电源", "中国优秀工业设计奖金奖", 30],
        [7, "深圳龙华机器人有限公司", "91440300MA2J7CRY92", "协作机械臂", "美国IDEA金奖", 30],
        ["合计", null, null, null, null, 270],
      ],
      merges: ["A1:F1", "A10:E10"],
    },
  ],
  catalog: {
    items: [
      { name: "德国红点奖“至尊奖”", capType: "max", capAmount: 50, unit: "万元", year: 2021 },
      { name: "德国iF设计奖金奖", capType: "max", capAmount: 50, unit: "万元", year: 2021 },
      { name: "美国IDEA金奖", capType: "max", capAmount: 30, unit: "万元", year: 2021 },
      { name: "中国优秀工业设计奖金奖", capType: "max", capAmount: 30, unit: "万元", year: 2021 },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "知名工业设计奖",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "project", E: "item", F: "approved" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "F9", why: "深圳龙华机器人有限公司, 协作机械臂, 美国IDEA金奖, 30万元 in rows 6 and 9" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "获奖作品 is the firm's own work; the item is the award" },
      { rule: "cap.exceeded", why: "every award is at or under its cap; 合计 (270) is not an award" },
      { rule: "register.duplicate", cell: "F7", why: "two firms won 德国红点奖“至尊奖”, each once" },
      { rule: "register.invalid-credit-code", why: "every code is valid" },
    ],
  },
};
