import type { CorpusLayout } from "../types";

// 苏州市吴江区科学技术局、吴江区财政局 2023-04-17: passing on 苏财教〔2022〕175号 — the 验收尾款 of 苏州市2022年度第四十四批科技发展计划
// （重点产业技术创新）, 5 projects, 96万元, to 吴江开发区, 汾湖高新区（黎里镇） and 东太湖度假区（太湖新城）, booked under 2060499. The notice is prose;
// laid out as a 下达表 by 区镇 with 小计 rows.
export const layout: CorpusLayout = {
  id: "wujiang-2022-science-plan-batch44-final-payment",
  source: {
    title: "关于下达苏州市2022年度第四十四批科技发展计划（重点产业技术创新）项目验收尾款的通知（下达表据正文拟）",
    url: "https://www.chacewang.com/newsdetail/news319832.html",
    publisher: "苏州市吴江区科学技术局、苏州市吴江区财政局",
    date: "2023-04-17",
    changes:
      "The notice states the batch, 5 projects, 96万元, the three 区镇 it goes to and the budget line 2060499, not the projects. The table " +
      "(序号 | 区镇 | 项目编号 | 项目名称 | 项目承担单位 | 下达尾款, a 小计 per 区镇, 合计 96) is ours, as are the projects, firms and amounts (they keep " +
      "the published 5 projects and 96万元). Planted: 汾湖高新区（黎里镇）'s 小计 typed 32 where its lines add up to 16 + 20 = 36 (the 合计 96 " +
      "agrees with the five lines).",
  },
  classes: [
    "composition", "allocation-by-project", "area-column", "subtotal-rows", "project-code-column", "whole-wanyuan", "wanyuan-caption",
    "total-at-foot", "notes-under-table", "signoff-line", "table-from-prose", "district-fund", "jiangsu",
  ],
  settings: { district: "吴江区" },
  sheets: [
    {
      name: "下达表",
      widths: [6, 24, 14, 34, 30, 12],
      rows: [
        ["苏州市2022年度第四十四批科技发展计划（重点产业技术创新）项目验收尾款下达表", null, null, null, null, null],
        ["单位：万元", null, null, null, null, null],
        ["序号", "区镇", "项目编号", "项目名称", "项目承担单位", "下达尾款"],
        [1, "吴江开发区", "SYG2022041", "高精度伺服电机驱动芯片研发", "苏州同里芯驰微电子有限公司", 20],
        [2, "吴江开发区", "SYG2022057", "新能源汽车热管理系统关键部件研发", "苏州运东热能科技有限公司", 24],
        [null, "吴江开发区小计", null, null, null, 44],
        [3, "汾湖高新区（黎里镇）", "SYG2022063", "光纤激光器用特种光纤制备技术研发", "苏州汾湖光纤材料有限公司", 16],
        [4, "汾湖高新区（黎里镇）", "SYG2022078", "工业机器人精密减速器研发", "苏州黎里智能传动有限公司", 20],
        [null, "汾湖高新区（黎里镇）小计", null, null, null, 32],
        [5, "东太湖度假区（太湖新城）", "SYG2022092", "生物基可降解包装材料研发", "苏州太湖新城绿材科技有限公司", 16],
        [null, "东太湖度假区（太湖新城）小计", null, null, null, 16],
        ["合计", null, null, null, null, 96],
        ["注：相应增列“其他技术研究与开发支出”（政府收支分类科目编码：2060499）预算支出指标，以数字人民币形式拨付。", null, null, null, null, null],
        [null, null, null, "苏州市吴江区科学技术局　苏州市吴江区财政局", null, null],
        [null, null, null, "2023年4月17日", null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A12:E12", "A13:F13", "D14:F14", "D15:F15"],
      numberFormats: { "F4:F12": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "下达表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "category", C: "code", D: "line", F: "amount" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F9", why: "汾湖高新区（黎里镇）小计 32, but its lines add up to 16 + 20 = 36" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F12", why: "合计 96 = 20 + 24 + 16 + 20 + 16, the five lines as typed (the 小计 slip is reported once, at the 小计)" },
      { rule: "composition.total-mismatch", cell: "F6", why: "吴江开发区小计 44 = 20 + 24" },
      { rule: "composition.total-mismatch", cell: "F11", why: "东太湖度假区（太湖新城）小计 16 = its one line" },
      { rule: "composition.line-mismatch", why: "no unit or quantity columns" },
      { rule: "input.unreadable-value", cell: "C4", why: "项目编号 (SYG…) are codes, not amounts" },
      { rule: "input.unreadable-value", cell: "A13", why: "the budget-line note under the table" },
    ],
  },
};
