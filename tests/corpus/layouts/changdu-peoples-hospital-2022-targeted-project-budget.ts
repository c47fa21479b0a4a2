import type { CorpusLayout } from "../types";

// 昌都市人民医院 2022年度部门预算 (dated 2022-02-11, posted 2024-05-22): 第二部分 四、支出预算--特定目标类支出表, the Tibetan budget system's
// project table — 项目名称 | 功能科目 (编码 | 名称) | 合计 | 财政拨款 | 事业收入 | 其他收入, 合计 at the foot. The stored copy lists the five
// tables but shows none of their figures.
export const layout: CorpusLayout = {
  id: "changdu-peoples-hospital-2022-targeted-project-budget",
  source: {
    title: "昌都市人民医院2022年度部门预算（四、支出预算--特定目标类支出表，表据预算目录拟）",
    url: "http://www.changdu.gov.cn/cdrmzf/c103312/202405/78a3f8f354624a27ad61afe7f8e382a0.shtml",
    publisher: "昌都市人民医院",
    date: "2022-02-11",
    changes:
      "As published: the budget's contents (第二部分 一、收入预算--财政拨款收入表 … 四、支出预算--特定目标类支出表, 五、支出预算--其他运转类支出表), the " +
      "hospital's role (三级甲等, 集临床医疗、保健、科研、教学、急救为一体). The stored copy does not show the tables: the form (projects with their " +
      "functional classification and the money by source) is laid out as such 特定目标类 tables are; the projects and figures are ours. Planted: the " +
      "援藏医疗人才生活补助 合计 typed 86.00 where 财政拨款 60.00 + 事业收入 36.00 = 96.00; the 财政拨款 total typed 1,265.40 where its lines add to 1,256.40.",
  },
  classes: [
    "execution", "budget-only", "project-budget", "functional-codes", "row-total-column", "source-columns", "two-header-rows", "total-at-foot",
    "two-decimal-wanyuan", "unit-line-with-department", "notes-under-table", "table-not-in-stored-copy", "hospital", "city-unit", "xizang",
  ],
  settings: { district: "昌都市" },
  sheets: [
    {
      name: "特定目标类支出表",
      widths: [6, 34, 12, 24, 12, 12, 12, 12],
      rows: [
        ["支出预算--特定目标类支出表", null, null, null, null, null, null, null],
        ["单位名称：昌都市人民医院", null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "功能科目", null, "2022年预算数", null, null, null],
        [null, null, "科目编码", "科目名称", "合计", "财政拨款", "事业收入", "其他收入"],
        [1, "医疗设备购置项目", "2100201", "综合医院", 480, 480, null, null],
        [2, "院感防控及核酸检测能力提升项目", "2100409", "重大公共卫生服务", 215.6, 215.6, null, null],
        [3, "援藏医疗人才生活补助", "2100201", "综合医院", 86, 60, 36, null],
        [4, "住院医师规范化培训补助", "2109999", "其他卫生健康支出", 132.4, 132.4, null, null],
        [5, "医院信息化建设运维项目", "2100201", "综合医院", 168, 120, 48, null],
        [6, "远程医疗会诊系统运维", "2100201", "综合医院", 45.5, 45.5, null, null],
        [7, "藏医药特色专科建设", "2100601", "中医（民族医）药专项", 78, 60, null, 18],
        [8, "医疗废物集中处置费", "2100201", "综合医院", 52.9, 52.9, null, null],
        [9, "基层医疗对口帮扶工作经费", "2100201", "综合医院", 90, 90, null, null],
        [null, "合计", null, null, 1348.4, 1265.4, 84, 18],
        ["注：特定目标类支出为单位为完成特定工作任务和事业发展目标所发生的支出；空白表示该项目无此项资金来源。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:G2", "A3:A4", "B3:B4", "C3:D3", "E3:H3", "A15:H15"],
      numberFormats: { "E5:H14": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "特定目标类支出表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "line", C: "code", E: "initialBudget", F: "initialBudget:财政拨款", G: "initialBudget:事业收入", H: "initialBudget:其他收入" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "E7", why: "援藏医疗人才生活补助 合计 86.00 where 财政拨款 60.00 + 事业收入 36.00 = 96.00 (10.00万元 short)" },
      { rule: "execution.total-mismatch", cell: "F14", why: "财政拨款 合计 1,265.40 where its lines add to 480 + 215.6 + 60 + 132.4 + 120 + 45.5 + 60 + 52.9 + 90 = 1,256.40 (9.00万元 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "E14", why: "合计 1,348.40 = the projects' 合计 as typed (480 + 215.6 + 86 + 132.4 + 168 + 45.5 + 78 + 52.9 + 90); a total row's parts are checked down their columns only" },
      { rule: "execution.total-mismatch", cell: "G14", why: "事业收入 84.00 = 36 + 48" },
      { rule: "execution.total-mismatch", cell: "H14", why: "其他收入 18.00 = 18 (藏医药特色专科)" },
      { rule: "execution.total-mismatch", cell: "E11", why: "藏医药特色专科 78 = 60 + 18; 信息化 168 = 120 + 48" },
      { rule: "execution.no-spending", why: "a budget table alone (支出预算, no 决算 or 执行 column): no project gets a spending status" },
      { rule: "input.unreadable-value", why: "科目编码 are codes typed as text; blank source cells mean no money from that source" },
    ],
  },
};
