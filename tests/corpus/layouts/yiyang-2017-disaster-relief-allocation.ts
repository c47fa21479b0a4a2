import type { CorpusLayout } from "../types";

// 益阳市财政局 / 益阳市民政局 2017-08-28: the city's share-out of the province's 自然灾害生活补助资金 among three
// districts — a three-column table (单位 | 补助资金(万元) | 备注) under a 单位:万元 caption, where 单位 heads the
// receiving districts, not a unit of measure.
export const layout: CorpusLayout = {
  id: "yiyang-2017-disaster-relief-allocation",
  source: {
    title: "益阳市财政局 益阳市民政局关于下达2017年自然灾害生活补助资金的通知（附件：2017年自然灾害生活补助资金分配表）",
    url: "http://yiyang.gov.cn:80/czj/5841/5844/5862/content_338333.html",
    publisher: "益阳市财政局、益阳市民政局",
    date: "2017-08-28",
    changes:
      "Title, the 单位:万元 caption, the header (单位 | 补助资金(万元) | 备注), the three districts (资阳区, 赫山区, 大通湖区) and the 合计 " +
      "row as published; the amounts are ours (published: 150 / 210 / 40 / 400), and one 备注 is ours. The notice's subject " +
      "line (湘财社指〔2017〕79号; 功能科目 2081503 自然灾害灾后重建补助) is quoted in a note under the table. Planted: 合计 states 450 " +
      "where the districts add up to 440.",
  },
  classes: ["composition", "allocation-by-county", "wanyuan-caption", "wanyuan-in-header", "unit-as-column-name", "remark-column", "notes-under-table"],
  sheets: [
    {
      name: "分配表",
      widths: [16, 18, 30],
      rows: [
        ["2017年自然灾害生活补助资金分配表", null, null],
        [null, null, "单位:万元"],
        ["单位", "补助资金(万元)", "备注"],
        ["资阳区", 165, null],
        ["赫山区", 230, "含倒损房屋恢复重建"],
        ["大通湖区", 45, null],
        ["合计", 450, null],
        ["注：依据湘财社指〔2017〕79号下达，列2017年政府支出功能分类科目第2081503项“自然灾害灾后重建补助”。", null, null],
      ],
      merges: ["A1:C1", "A8:C8"],
      numberFormats: { "B4:B7": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: { A: "line", B: "amount" },
        year: 2017,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "B7",
        why: "合计 states 450.00; 资阳区 165.00 + 赫山区 230.00 + 大通湖区 45.00 = 440.00 (10.00万元 too much)",
      },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "the districts are receiving governments, not applicants: this is no register" },
      { rule: "register.duplicate", why: "no register; each district appears once" },
      { rule: "register.ineligible-location", why: "no register; the three districts are 益阳's" },
      { rule: "composition.line-mismatch", why: "no unit price or quantity" },
      { rule: "input.unreadable-value", why: "备注 text and the 2081503 in the note are not amounts" },
    ],
  },
};
