import type { CorpusLayout } from "../types";

// 汉阴县 (陕西 安康) 2021-09 (汉政办发〔2021〕88号): the county's rules for 统筹整合使用财政涉农资金 in the transition period. Laid out as the
// 项目计划表 such rules call for: projects under category rows (一、产业发展类, 二、基础设施类), each with its town, measure, quantity, the
// 补助标准 and the money, 小计 under each group, 合计 at the foot, the 实施单位.
export const layout: CorpusLayout = {
  id: "hanyin-2021-integrated-funds-project-plan",
  source: {
    title: "汉阴县人民政府办公室关于印发《汉阴县过渡期统筹整合使用财政涉农资金管理办法》的通知（汉政办发〔2021〕88号）— 整合资金项目计划表",
    url: "https://www.hanyin.gov.cn/Content-2331720.html",
    publisher: "汉阴县人民政府办公室",
    date: "2021-09-28",
    changes:
      "The rules are as published (财农〔2021〕22号, 陕财办农〔2021〕38号). The page holds the rules, not a plan, so the table (序号 | 项目名称 | " +
      "实施地点 | 建设内容 | 单位 | 数量 | 补助标准（万元） | 整合资金（万元） | 实施单位), its groups, 小计 and 合计, the projects (in the county's towns) " +
      "and every figure are ours, laid out as county 项目计划表 are. Planted: 蒲溪镇生猪养殖 1,200头 × 0.02 = 24.00 stated 26.00; 合计 556.00 " +
      "where the 小计 add up to 546.00.",
  },
  classes: ["composition", "allocation-by-project", "category-rows", "subtotals-under-lines", "unit-times-quantity", "standard-heading", "units-of-measure-column", "towns-as-places", "implementing-body-column", "wanyuan-in-header", "shaanxi"],
  sheets: [
    {
      name: "项目计划表",
      widths: [6, 26, 10, 16, 6, 8, 14, 14, 16],
      rows: [
        ["汉阴县2021年统筹整合财政涉农资金项目计划表", null, null, null, null, null, null, null, null],
        ["序号", "项目名称", "实施地点", "建设内容", "单位", "数量", "补助标准（万元）", "整合资金（万元）", "实施单位"],
        ["一、产业发展类", null, null, null, null, null, null, null, null],
        [1, "城关镇茶园提质增效项目", "城关镇", "茶园提质增效", "亩", 500, 0.06, 30, "县农业农村局"],
        [2, "涧池镇魔芋种植补助项目", "涧池镇", "魔芋种植", "亩", 800, 0.08, 64, "县农业农村局"],
        [3, "蒲溪镇生猪养殖补助项目", "蒲溪镇", "生猪养殖", "头", 1200, 0.02, 26, "县农业农村局"],
        ["小计", null, null, null, null, null, null, 120, null],
        ["二、基础设施类", null, null, null, null, null, null, null, null],
        [4, "双乳镇产业路硬化项目", "双乳镇", "产业路硬化", "公里", 6.5, 40, 260, "县交通运输局"],
        [5, "平梁镇安全饮水巩固提升项目", "平梁镇", "供水管网", "处", 12, 8, 96, "县水利局"],
        [6, "铁佛寺镇小型水利设施项目", "铁佛寺镇", "蓄水池", "座", 20, 3.5, 70, "县水利局"],
        ["小计", null, null, null, null, null, null, 426, null],
        ["合计", null, null, null, null, null, null, 556, null],
      ],
      merges: ["A1:I1", "A3:I3", "A7:G7", "A8:I8", "A12:G12", "A13:G13"],
      numberFormats: { "G4:H13": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目计划表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "line", F: "quantity", G: "unitAmount", H: "amount" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "H6", why: "1,200头 × 0.02万元 = 24.00, stated 26.00: 2.00万元 too much (a 补助标准 allows no rounding)" },
      { rule: "composition.total-mismatch", cell: "H13", why: "合计 556.00 where the stated 小计 120.00 + 426.00 = 546.00: 10.00万元 too much" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "H9", why: "6.5公里 × 40 = 260.00" },
      { rule: "composition.total-mismatch", cell: "H7", why: "小计 120.00 = the stated lines 30 + 64 + 26" },
      { rule: "composition.total-mismatch", cell: "H12", why: "小计 426.00 = 260 + 96 + 70" },
      { rule: "register.duplicate", why: "实施单位 names the body carrying out a project, no applicant; it repeats by nature" },
      { rule: "register.ineligible-location", why: "the towns are the county's own, and the table is no register" },
      { rule: "input.unreadable-value", why: "units of measure (亩, 头, 公里) and the category rows are text by nature" },
    ],
  },
};
