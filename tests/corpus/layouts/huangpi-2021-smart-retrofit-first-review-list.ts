import type { CorpusLayout } from "../types";

// 黄陂区科技经信局 2021-02-19: three firms' projects passed the first review for the city's 2021 工业智能化改造 fund and are put up
// for notice. The notice names them in prose; laid out as the list such a notice carries — firm, code, 街乡, project — with no money
// (the city sets the sums later).
export const layout: CorpusLayout = {
  id: "huangpi-2021-smart-retrofit-first-review-list",
  source: {
    title: "黄陂区2021年工业智能化改造专项资金申报企业初审情况公示（名单据正文拟）",
    url: "http://www.whht.org.cn/news/info/id/494.html",
    publisher: "武汉市黄陂区科学技术和经济信息化局",
    date: "2021-02-19",
    changes:
      "As published: three firms, each with one 智能化改造 project, the notice period (2021-02-20 to 02-25), the office. Ours: the table form, the firms' names " +
      "(invented in place of the three published), their codes and 街乡. Planted: the second firm's code with a wrong check character (K for R).",
  },
  classes: ["register", "recognition-list", "no-amount-column", "credit-codes", "towns-as-places", "project-column", "remark-column", "notes-under-table", "signoff-line", "table-from-prose", "district-level", "hubei"],
  settings: { district: "武汉市黄陂区" },
  sheets: [
    {
      name: "初审名单",
      widths: [6, 30, 22, 12, 36, 10],
      rows: [
        ["黄陂区2021年工业智能化改造专项资金申报企业初审名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在街乡", "项目名称", "备注"],
        [1, "武汉澜岳光电有限公司", "91420116MA4K8R2T57", "前川街道", "新型数码瞄关重部件精密机加智能制造改造项目", "符合"],
        [2, "武汉神禾汽车部件有限责任公司", "91420116MA49D3FJ6K", "横店街道", "精密模具制造车间改造项目", "符合"],
        [3, "武汉长衡轨道装备有限公司", "91420116MA4F0L7C2F", "武湖街道", "智能化工厂改造升级（一期）项目", "符合"],
        ["公示时间：2021年2月20日—2月25日（5个工作日）。如有异议，请于2月25日前向黄陂区科学技术和经济信息化局反映。公示接待电话：61002510", null, null, null, null, null],
        ["黄陂区科学技术和经济信息化局　2021年2月19日", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A6:F6", "A7:F7"],
    },
  ],
  expect: {
    tables: [
      { sheet: "初审名单", kind: "register", headerRow: 2, lastRow: 5, columns: { B: "enterprise", C: "creditCode", D: "place", E: "project" }, year: 2021 },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "C4", why: "91420116MA49D3FJ6K: the GB 32100-2015 check character of 91420116MA49D3FJ6 is R, not K" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "D3", why: "前川街道, 横店街道 and 武湖街道 are streets of 黄陂区" },
      { rule: "register.location-code-mismatch", cell: "C3", why: "420116 is 黄陂区's own code" },
      { rule: "cap.unknown-policy", why: "no amount column: a recognition list leaves no amount unchecked" },
      { rule: "register.duplicate", why: "three different firms" },
      { rule: "cap.unknown-policy", cell: "E3", why: "项目名称 is the firm's own project, not a policy item" },
    ],
  },
};
