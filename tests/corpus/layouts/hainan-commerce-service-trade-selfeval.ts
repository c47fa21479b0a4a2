import type { CorpusLayout } from "../types";

// 海南省商务厅 服务贸易项目绩效自评表: 一、项目基本情况 as label | value pairs, the money in one row (计划投资额 | 实际到位资金 | 实际使用情况, 万元 in
// the labels) with 其中：中央财政 / 省财政 / 市县财政 / 其他 under the first two; 二、绩效评价指标评分 in the old three-level scoring template
// (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分: 项目决策 20, 项目管理 25, 项目绩效 55) and 总分 at the foot.
export const layout: CorpusLayout = {
  id: "hainan-commerce-service-trade-selfeval",
  source: {
    title: "服务贸易项目绩效自评表",
    url: "https://m.bdocx.com/doc/30238812.html",
    publisher: "海南省商务厅服务贸易和商贸服务业处（文档转载）",
    date: "2023-08-13",
    changes:
      "As published: the two sections, the 项目基本情况 labels (项目实施单位, 主管部门, 项目负责人, 地址, 邮编, 项目类型), the money row with its 其中 " +
      "lines, the scoring template's headers and its first- and second-level indicators with their 分值 (项目决策 20: 项目目标 4, 决策过程 8, 资金分配 8; " +
      "项目管理 25: 资金到位 5, 资金管理 10, 组织实施 10; 项目绩效 55: 项目产出 15, 项目效益 40) and third-level 分值 as far as the stored copy shows " +
      "(目标内容 4 … 产出成本 3). The split of 项目效益 40 into five third-level lines is ours (the copy breaks off at 经济效益), as are every score, the " +
      "money (570 planned, 398.88 received, 395.86 used) kept as published; the person's name left out. Planted: 产出质量 scored 5 of its 分值 4; " +
      "总分 typed 95 where the scores add up to 93.",
  },
  classes: [
    "selfeval", "scoring-template", "three-level-indicators", "points-per-level", "label-value-rows", "money-in-one-row", "qizhong-lines",
    "money-by-level", "wanyuan-in-labels", "two-decimal-wanyuan", "no-results-column", "no-year-stated", "provincial-department", "hainan",
  ],
  sheets: [
    {
      name: "自评表",
      widths: [14, 8, 14, 8, 18, 8, 18, 10],
      rows: [
        ["服务贸易项目绩效自评表", null, null, null, null, null, null, null],
        ["一、项目基本情况", null, null, null, null, null, null, null],
        ["项目实施单位", "省商务厅服务贸易和商贸服务业处", null, null, "主管部门", "省商务厅", null, null],
        ["项目负责人", "（略）", null, null, "联系电话", null, null, null],
        ["地址", "海口市国兴大道省政府办公楼2楼", null, null, "邮编", "570204", null, null],
        ["项目类型", "经常性项目（√）一次性项目（）", null, null, null, null, null, null],
        ["计划投资额（万元）", null, 570, "实际到位资金（万元）", null, 398.88, "实际使用情况（万元）", 395.86],
        ["其中：", "中央财政", 0, "其中：", "中央财政", 0, null, null],
        [null, "省财政", 570, null, "省财政", 398.88, null, null],
        [null, "市县财政", 0, null, "市县财政", 0, null, null],
        [null, "其他", 0, null, "其他", 0, null, null],
        ["二、绩效评价指标评分", null, null, null, null, null, null, null],
        ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分", null],
        ["项目决策", 20, "项目目标", 4, "目标内容", 4, 4, null],
        [null, null, "决策过程", 8, "决策依据", 3, 3, null],
        [null, null, null, null, "决策程序", 5, 5, null],
        [null, null, "资金分配", 8, "分配办法", 2, 2, null],
        [null, null, null, null, "分配结果", 6, 5, null],
        ["项目管理", 25, "资金到位", 5, "到位率", 3, 2, null],
        [null, null, null, null, "到位时效", 2, 2, null],
        [null, null, "资金管理", 10, "资金使用", 7, 7, null],
        [null, null, null, null, "财务管理", 3, 3, null],
        [null, null, "组织实施", 10, "组织机构", 1, 1, null],
        [null, null, null, null, "管理制度", 9, 8, null],
        ["项目绩效", 55, "项目产出", 15, "产出数量", 5, 5, null],
        [null, null, null, null, "产出质量", 4, 5, null],
        [null, null, null, null, "产出时效", 3, 3, null],
        [null, null, null, null, "产出成本", 3, 3, null],
        [null, null, "项目效益", 40, "经济效益", 10, 8, null],
        [null, null, null, null, "社会效益", 10, 9, null],
        [null, null, null, null, "生态效益", 5, 5, null],
        [null, null, null, null, "可持续影响", 5, 4, null],
        [null, null, null, null, "服务对象满意度", 10, 9, null],
        ["总分", null, null, null, null, 100, 95, null],
      ],
      merges: [
        "A1:H1", "A2:H2", "B3:D3", "F3:H3", "B4:D4", "F4:H4", "B5:D5", "F5:H5", "B6:H6",
        "A7:B7", "D7:E7", "G7:G11", "H7:H11", "A8:A11", "D8:D11", "A12:H12", "G13:H13",
        "A14:A18", "B14:B18", "C15:C16", "D15:D16", "C17:C18", "D17:D18",
        "A19:A24", "B19:B24", "C19:C20", "D19:D20", "C21:C22", "D21:D22", "C23:C24", "D23:D24",
        "A25:A33", "B25:B33", "C25:C28", "D25:D28", "C29:C33", "D29:D33", "A34:E34",
        "G14:H14", "G15:H15", "G16:H16", "G17:H17", "G18:H18", "G19:H19", "G20:H20", "G21:H21", "G22:H22", "G23:H23", "G24:H24",
        "G25:H25", "G26:H26", "G27:H27", "G28:H28", "G29:H29", "G30:H30", "G31:H31", "G32:H32", "G33:H33", "G34:H34",
      ],
      numberFormats: { "C7:C11": "0.00", "F7:F11": "0.00", "H7": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 7, lastRow: 34 }],
    findings: [
      { rule: "selfeval.score-mismatch", cell: "G26", why: "产出质量 scored 5 of its 分值 4" },
      {
        rule: "selfeval.score-mismatch",
        cell: "G34",
        why: "总分 95; the scores add up to 4+3+5+2+5 + 2+2+7+3+1+8 + 5+5+3+3+8+9+5+4+9 = 19 + 23 + 51 = 93",
      },
    ],
    absent: [
      { rule: "selfeval.weights", why: "third-level 分值 20 + 25 + 55 = 100 (4+3+5+2+6, 3+2+7+3+1+9, 5+4+3+3+10+10+5+5+10)" },
      { rule: "selfeval.total-mismatch", cell: "C7", why: "计划投资额 570 = 中央 0 + 省 570 + 市县 0 + 其他 0" },
      { rule: "selfeval.total-mismatch", cell: "F7", why: "实际到位资金 398.88 = 0 + 398.88 + 0 + 0" },
      { rule: "execution.overspent", why: "395.86 used of 398.88 received and 570 planned" },
      { rule: "selfeval.score-mismatch", cell: "B14", why: "the first- and second-level 分值 (20, 4, 8 …) are weights, not scores: 项目决策 20 = 4 + 8 + 8" },
      { rule: "input.unreadable-value", why: "邮编 570204 and the labels are text of the form, not figures" },
    ],
  },
};
